//! Likely causes of a parser error, read from the text around it: the
//! slips people make when they write a map by hand (a choice in quotes, a
//! decimal or a thousands comma in a whole number, a position without its
//! field names, a missing quote or bracket).

use ron::error::Error;

use super::locate::position_at;
use super::tokens::{Token, Tokens};

/// How much of the offending text a message quotes, in characters.
const QUOTED: usize = 40;

/// A message naming the likely cause of `error` at byte `offset` of
/// `text`, when the text around it shows one.
pub(crate) fn hint(error: &Error, text: &str, offset: usize) -> Option<String> {
    // Errors about a value that was read whole say what is wrong already.
    if matches!(
        error,
        Error::Message(_)
            | Error::NoSuchEnumVariant { .. }
            | Error::NoSuchStructField { .. }
            | Error::MissingStructField { .. }
            | Error::DuplicateStructField { .. }
            | Error::InvalidValueForType { .. }
            | Error::IntegerOutOfBounds
            | Error::ExpectedStringEnd
            | Error::Eof
    ) {
        return None;
    }
    let before = text.get(..offset)?;
    let after = text.get(offset..)?;
    let lead = before.trim_end();
    let next = after.chars().next()?;
    if next == '"' && lead.ends_with(':') {
        return quoted_choice(after);
    }
    if next == '.' && lead == before && before.ends_with(|c: char| c.is_ascii_digit()) {
        return Some(decimal(before, after));
    }
    if before.ends_with(',') && after.starts_with(|c: char| c.is_ascii_digit()) {
        let left = before[..before.len() - 1].trim_end();
        if left.ends_with(|c: char| c.is_ascii_digit()) {
            return Some(thousands(left, after));
        }
    }
    if next.is_ascii_digit()
        || (next == '-' && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(number_out_of_place(lead, after));
    }
    if before.ends_with('"') && next.is_alphanumeric() {
        return unclosed_text(text, offset);
    }
    unclosed_bracket(error, text, offset, after)
}

/// A choice written in quotes: `kind: "Stereotypes"`.
fn quoted_choice(after: &str) -> Option<String> {
    let inner = &after[1..];
    let word: String = inner
        .chars()
        .take_while(|&c| c != '"')
        .take(QUOTED)
        .collect();
    let is_word = !word.is_empty()
        && word.chars().all(|c| c.is_alphanumeric() || c == '_')
        && inner[word.len()..].starts_with('"');
    is_word.then(|| {
        format!("a choice is written without quotes here: write `{word}`, not `\"{word}\"`")
    })
}

/// A decimal point in a whole number: `severity: 3.5`.
fn decimal(before: &str, after: &str) -> String {
    let whole: String = digits_before(before);
    let fraction: String = after[1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .take(QUOTED)
        .collect();
    format!(
        "this must be a whole number, such as {whole}, without a decimal point; `{whole}.{fraction}` has one"
    )
}

/// A comma between thousands: `size: Some(1,400)`.
fn thousands(left: &str, after: &str) -> String {
    let high = digits_before(left);
    let low: String = after
        .chars()
        .take_while(char::is_ascii_digit)
        .take(QUOTED)
        .collect();
    format!(
        "write numbers without a comma between the thousands: `{high}{low}`, not `{high},{low}`"
    )
}

fn digits_before(text: &str) -> String {
    let digits: Vec<char> = text
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .take(QUOTED)
        .collect();
    digits.into_iter().rev().collect()
}

/// A number where a field name or a choice belongs: `pos: (0.0, 0.0)` or
/// `kind: 200`.
fn number_out_of_place(lead: &str, after: &str) -> String {
    let number: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-'))
        .take(QUOTED)
        .collect();
    if let Some(field) = lead.strip_suffix(':') {
        let field = last_word(field);
        return format!(
            "`{number}` is not one of the choices for `{field}`; a choice is a word written without quotes, such as `Visit` or `Stereotypes`"
        );
    }
    let record = lead
        .strip_suffix('(')
        .map(|l| last_word(l.trim_end().trim_end_matches(':')));
    match record {
        Some("pos" | "centre") => {
            "a position needs its field names: write `(x: 10.0, y: 20.0)`, not `(10.0, 20.0)`"
                .to_owned()
        }
        Some("size") => {
            "a size needs its field names: write `(w: 160.0, h: 100.0)`, not `(160.0, 100.0)`"
                .to_owned()
        }
        _ => format!(
            "`{number}` needs a field name in front of it, such as `x: {number}`; each value in `( )` is written as `name: value`"
        ),
    }
}

fn last_word(text: &str) -> &str {
    let text = text.trim_end();
    let start = text
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    &text[start..]
}

/// A text that runs on past where it should end, because its closing quote
/// is missing: the parser pairs its opening quote with the next text's.
fn unclosed_text(text: &str, offset: usize) -> Option<String> {
    let start = Tokens::new(&text[..offset])
        .filter(|(_, t)| matches!(t, Token::Text(_)))
        .last()
        .map(|(at, _)| at)?;
    let at = position_at(text, start);
    Some(format!(
        "a text seems to be missing its closing double quote `\"`: the text that starts at line {}, column {} runs on into what follows",
        at.line, at.column
    ))
}

/// A field name or a new entry where a list or a record should have been
/// closed.
fn unclosed_bracket(error: &Error, text: &str, offset: usize, after: &str) -> Option<String> {
    let mut open: Vec<(usize, u8)> = Vec::new();
    for (at, token) in Tokens::new(&text[..offset]) {
        match token {
            Token::Open(b) => open.push((at, b)),
            Token::Close => {
                open.pop();
            }
            _ => {}
        }
    }
    let &(start, bracket) = open.last()?;
    let at = position_at(text, start);
    let field = field_name(after);
    match (bracket, field) {
        (b'[', Some(field)) => Some(format!(
            "the list that starts at line {}, column {} seems to be missing its closing `]` before `{field}`",
            at.line, at.column
        )),
        (b'(', None) if after.starts_with('(') && matches!(error, Error::ExpectedIdentifier) => {
            Some(format!(
                "the entry that starts at line {}, column {} seems to be missing its closing `)`",
                at.line, at.column
            ))
        }
        _ => None,
    }
}

/// The field name at the start of `text`, when it is `name:`.
fn field_name(text: &str) -> Option<&str> {
    let len = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    let rest = text[len..].trim_start();
    (len > 0 && rest.starts_with(':') && !rest.starts_with("::")).then(|| &text[..len])
}
