//! Finding places in a file's text: the format number at the top, and the
//! line where an item is defined.

use super::Position;
use crate::model::Id;

/// The format number written as the first field of the map, and where it
/// stands. Reads only the start of the file, so that a newer file is
/// recognised before its unknown fields are parsed.
pub(crate) fn format_number(text: &str) -> Option<(u64, Position)> {
    let mut rest = skip_space(text);
    // An optional struct name such as `Map`, then the opening bracket.
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    rest = skip_space(&rest[name_len..]);
    rest = skip_space(rest.strip_prefix('(')?);
    rest = rest.strip_prefix("format")?;
    rest = skip_space(rest);
    rest = skip_space(rest.strip_prefix(':')?);
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    if digits == 0 {
        return None;
    }
    let value = rest[..digits].parse::<u64>().unwrap_or(u64::MAX);
    let offset = text.len() - rest.len();
    Some((value, position_at(text, offset)))
}

/// Skips white space and comments.
fn skip_space(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_start();
        if let Some(after) = trimmed.strip_prefix("//") {
            text = after.find('\n').map_or("", |end| &after[end..]);
        } else if let Some(after) = trimmed.strip_prefix("/*") {
            text = after.find("*/").map_or("", |end| &after[end + 2..]);
        } else {
            return trimmed;
        }
    }
}

/// The line and column of a byte offset.
pub(crate) fn position_at(text: &str, offset: usize) -> Position {
    let before = text.get(..offset).unwrap_or(text);
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = 1 + before[line_start..].chars().count();
    Position { line, column }
}

/// Where the `nth` (from 0) item with this id is defined: the position of
/// its `id: "…"` field. Ids may be written in upper case or without leading
/// zeros by hand, so each candidate is parsed rather than compared as text.
pub(crate) fn definition(text: &str, id: Id, nth: usize) -> Option<Position> {
    let mut seen = 0;
    let mut from = 0;
    while let Some(found) = text[from..].find("id") {
        let start = from + found;
        from = start + 2;
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if !before_ok {
            continue;
        }
        let rest = skip_space(&text[start + 2..]);
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let Some(rest) = skip_space(rest).strip_prefix('"') else {
            continue;
        };
        let Some(end) = rest.find('"') else {
            continue;
        };
        if Id::parse(&rest[..end]) == Ok(id) {
            if seen == nth {
                return Some(position_at(text, start));
            }
            seen += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_format_number_past_comments_and_names() {
        let text = "// a map\n/* note */ Map(\n  format: 12,\n)";
        assert_eq!(
            format_number(text),
            Some((
                12,
                Position {
                    line: 3,
                    column: 11
                }
            ))
        );
        assert_eq!(format_number("(title: \"x\", format: 1)"), None);
        assert_eq!(format_number("(format: x)"), None);
    }

    #[test]
    fn finds_the_nth_definition() {
        let text = "(\n  a: (id: \"00a1\"),\n  b: (raid: \"a1\", id: \"A1\"),\n)";
        let id = Id::from_u64(0xa1);
        assert_eq!(
            definition(text, id, 0),
            Some(Position { line: 2, column: 7 })
        );
        assert_eq!(
            definition(text, id, 1),
            Some(Position {
                line: 3,
                column: 19
            })
        );
        assert_eq!(definition(text, id, 2), None);
    }
}
