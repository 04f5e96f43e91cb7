//! Finding places in a file's text: the format number at the top, the
//! line where an item is defined, and where an item names another.

use super::Position;
use super::tokens::{Token, Tokens};
use crate::model::{Id, Reference};

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

/// The byte offset of a line and column (the inverse of [`position_at`]),
/// or the end of the text when it has no such place.
pub(crate) fn offset_at(text: &str, at: Position) -> usize {
    let mut line_start = 0;
    for _ in 1..at.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    text[line_start..]
        .char_indices()
        .nth(at.column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// Where the `nth` (from 0) item with this id is defined: the position of
/// its `id: "…"` field. Comments and texts are never searched.
pub(crate) fn definition(text: &str, id: Id, nth: usize) -> Option<Position> {
    let mut seen = 0;
    let mut window: [Option<(usize, Token<'_>)>; 2] = [None, None];
    for (at, token) in Tokens::new(text) {
        if let [Some((id_at, Token::Word("id"))), Some((_, Token::Colon))] = window
            && token == Token::Text(id.as_str())
        {
            if seen == nth {
                return Some(position_at(text, id_at));
            }
            seen += 1;
        }
        window = [window[1], Some((at, token))];
    }
    None
}

/// Where a field of the map itself (such as `views`) stands.
pub(crate) fn map_field(text: &str, name: &str) -> Option<Position> {
    let mut depth = 0usize;
    let mut word = None;
    for (at, token) in Tokens::new(text) {
        match token {
            Token::Open(_) => depth += 1,
            Token::Close => depth = depth.saturating_sub(1),
            Token::Word(w) if depth == 1 && w == name => word = Some(at),
            Token::Colon if word.is_some() => return word.map(|at| position_at(text, at)),
            _ => {}
        }
        if !matches!(token, Token::Word(_)) {
            word = None;
        }
    }
    None
}

/// A record being read through, for [`value`]: its own id, and where the
/// value of the wanted field starts.
#[derive(Default)]
struct Record<'a> {
    id: Option<&'a str>,
    value: Option<usize>,
}

/// Where the value of `field` (such as `size`) stands in the first
/// definition of `item`: the first character after `size:`. Comments and
/// texts are never searched.
pub(crate) fn value(text: &str, item: Id, field: &str) -> Option<Position> {
    // One entry per open bracket; `None` for a list.
    let mut stack: Vec<Option<Record<'_>>> = Vec::new();
    // The field whose value comes next, in the innermost record.
    let mut pending: Option<&str> = None;
    let mut word: Option<&str> = None;
    for (at, token) in Tokens::new(text) {
        if let Some(name) = pending.take()
            && let Some(Some(top)) = stack.last_mut()
        {
            if name == field && top.value.is_none() {
                top.value = Some(at);
            }
            if name == "id"
                && let Token::Text(written) = token
            {
                top.id = Some(written);
            }
        }
        match token {
            Token::Open(bracket) => stack.push((bracket == b'(').then(Record::default)),
            Token::Close => {
                if let Some(Some(record)) = stack.pop()
                    && record.id == Some(item.as_str())
                {
                    return record.value.map(|at| position_at(text, at));
                }
            }
            Token::Colon => pending = word,
            _ => {}
        }
        word = match token {
            Token::Word(w) => Some(w),
            _ => None,
        };
    }
    None
}

/// A bracket being read through, for [`reference`].
struct Frame<'a> {
    /// `(` rather than `[`.
    record: bool,
    /// The field whose value is being read, in a record, and where its
    /// name stands.
    field: Option<(&'a str, usize)>,
    /// The record's own id, and where its `id` field stands.
    id: Option<(&'a str, usize)>,
    /// How often the wanted id has stood in the wanted field so far.
    seen: usize,
    /// Where it stood the wanted time.
    found: Option<usize>,
}

/// Where `item` names the id of a [`Reference`]: the position of the id
/// inside the field (such as `between: [...]`), as the person wrote it.
/// Falls back to the item's `id:` field when the id is not found there.
/// Comments and texts are never searched.
pub(crate) fn reference(text: &str, item: Id, wanted: &Reference) -> Option<Position> {
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut word: Option<(&str, usize)> = None;
    let mut after_colon = false;
    for (at, token) in Tokens::new(text) {
        match token {
            Token::Open(bracket) => stack.push(Frame {
                record: bracket == b'(',
                field: None,
                id: None,
                seen: 0,
                found: None,
            }),
            Token::Close => {
                if let Some(frame) = stack.pop()
                    && let Some((id, id_at)) = frame.id
                    && frame.record
                    && id == item.as_str()
                {
                    return Some(position_at(text, frame.found.unwrap_or(id_at)));
                }
            }
            Token::Colon => {
                if let (Some(w), Some(top)) = (word, stack.last_mut())
                    && top.record
                {
                    top.field = Some(w);
                }
            }
            Token::Text(written) => {
                if let Some(top) = stack.last_mut()
                    && after_colon
                    && top.record
                    && let Some(("id", id_at)) = top.field
                {
                    top.id = Some((written, id_at));
                }
                if written == wanted.id.as_str() {
                    let in_field =
                        |f: &&mut Frame<'_>| f.field.is_some_and(|(name, _)| name == wanted.field);
                    for frame in stack.iter_mut().filter(in_field) {
                        if frame.seen == wanted.nth {
                            frame.found = Some(at);
                        }
                        frame.seen += 1;
                    }
                }
            }
            Token::Word(_) | Token::Comma | Token::Other => {}
        }
        after_colon = token == Token::Colon;
        word = match token {
            Token::Word(w) => Some((w, at)),
            _ => None,
        };
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
    fn finds_the_nth_definition_outside_comments() {
        let text = "(\n  // (id: \"a1\"),\n  a: (id: \"a1\"),\n  b: (raid: \"a1\", id: \"a1\"),\n)";
        let id = Id::parse("a1").unwrap();
        assert_eq!(
            definition(text, id, 0),
            Some(Position { line: 3, column: 7 })
        );
        assert_eq!(
            definition(text, id, 1),
            Some(Position {
                line: 4,
                column: 19
            })
        );
        assert_eq!(definition(text, id, 2), None);
    }

    #[test]
    fn finds_a_reference_inside_its_field_of_its_item() {
        let text = "(boundaries: [\n  // (id: \"b1\", between: [\"x\", \"y\"]),\n  (between: [\"x\", \"y\", \"x\"], id: \"b1\"),\n  (id: \"b2\", between: [\"x\"]),\n], activities: [(id: \"a\", expectations: [(party: \"x\")])])";
        let at = |item: &str, field, id: &str, nth| {
            let wanted = Reference {
                field,
                id: Id::parse(id).unwrap(),
                nth,
            };
            reference(text, Id::parse(item).unwrap(), &wanted)
        };
        assert_eq!(
            at("b1", "between", "y", 0),
            Some(Position {
                line: 3,
                column: 19
            })
        );
        assert_eq!(
            at("b1", "between", "x", 1),
            Some(Position {
                line: 3,
                column: 24
            })
        );
        assert_eq!(
            at("b2", "between", "x", 0),
            Some(Position {
                line: 4,
                column: 24
            })
        );
        assert_eq!(
            at("a", "expectations", "x", 0),
            Some(Position {
                line: 5,
                column: 50
            })
        );
        // Not in the field: the item's own `id` field.
        assert_eq!(
            at("b2", "between", "q", 0),
            Some(Position { line: 4, column: 4 })
        );
        assert_eq!(at("zz", "between", "x", 0), None);
    }

    #[test]
    fn finds_a_reference_written_as_raw_text() {
        // The same scanner as the warnings': a raw text is a text, and a
        // comma or brace is not part of a word.
        let text = "(\n  b: (id: \"b1\", between: [r\"x\",{},r#\"y\"#]),\n)";
        let wanted = Reference {
            field: "between",
            id: Id::parse("y").unwrap(),
            nth: 0,
        };
        assert_eq!(
            reference(text, Id::parse("b1").unwrap(), &wanted),
            Some(Position {
                line: 2,
                column: 35
            })
        );
    }

    #[test]
    fn finds_the_value_of_an_items_field() {
        let text = "(\n  // (id: \"n1\", size: x),\n  (size: (w: 1.0), id: \"n0\"),\n  (id: \"n1\", pos: (x: 0.0),\n   size: (w: -1.0, h: 2.0)),\n)";
        let id = Id::parse("n1").unwrap();
        assert_eq!(
            value(text, id, "size"),
            Some(Position {
                line: 5,
                column: 10
            })
        );
        assert_eq!(
            value(text, Id::parse("n0").unwrap(), "size"),
            Some(Position {
                line: 3,
                column: 10
            })
        );
        assert_eq!(value(text, id, "colour"), None);
        assert_eq!(value(text, Id::parse("n9").unwrap(), "size"), None);
    }

    #[test]
    fn finds_a_field_of_the_map() {
        let text = "(\n  // views: x\n  title: \"views\",\n  views: [],\n)";
        assert_eq!(
            map_field(text, "views"),
            Some(Position { line: 4, column: 3 })
        );
        assert_eq!(map_field(text, "notes"), None);
    }
}
