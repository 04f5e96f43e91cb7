//! RON parser errors, told in plain words.

use ron::error::Error;

/// Says what a parser error means for someone who may never have seen RON.
pub(crate) fn explain(error: &Error) -> String {
    match error {
        Error::Eof => "the file ends too early; it may have been cut short".to_owned(),
        Error::ExpectedArray => "expected a list starting with `[`".to_owned(),
        Error::ExpectedArrayEnd => {
            "expected a comma or a closing `]` here; the list may be unfinished".to_owned()
        }
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            "expected a record starting with `(`".to_owned()
        }
        Error::ExpectedStructLikeEnd => {
            "expected a comma or a closing `)` here; the record may be unfinished".to_owned()
        }
        Error::ExpectedComma => "expected a comma between two entries".to_owned(),
        Error::ExpectedMapColon => "expected a colon `:` after the field name".to_owned(),
        Error::ExpectedIdentifier => "expected a field name".to_owned(),
        Error::ExpectedString => "expected text in double quotes".to_owned(),
        Error::ExpectedStringEnd => {
            "this text has no closing double quote `\"`; the file may have been cut short"
                .to_owned()
        }
        Error::ExpectedInteger => "expected a whole number".to_owned(),
        Error::ExpectedFloat => "expected a number".to_owned(),
        Error::ExpectedBoolean => "expected `true` or `false`".to_owned(),
        Error::ExpectedOption | Error::ExpectedOptionEnd => {
            "expected `Some(...)` or `None`".to_owned()
        }
        Error::ExpectedUnit => "expected `()`".to_owned(),
        Error::IntegerOutOfBounds => "this number is too large or too small here".to_owned(),
        Error::InvalidIntegerDigit { digit, .. } => {
            format!("`{digit}` does not belong in a number")
        }
        Error::FloatUnderscore => "a number cannot contain `_` here".to_owned(),
        Error::UnexpectedChar(c) => format!("`{}` is not expected here", c.escape_debug()),
        Error::TrailingCharacters => {
            "there is more text after the end of the map; only one map fits in a file".to_owned()
        }
        Error::UnclosedBlockComment => "a comment starting with `/*` is never closed".to_owned(),
        Error::UnclosedLineComment => "a comment is not closed".to_owned(),
        Error::InvalidEscape(what) => format!("a backslash in text is not used correctly ({what})"),
        Error::Utf8Error(_) => "the file contains bytes that are not text (UTF-8)".to_owned(),
        Error::ExceededRecursionLimit => {
            "the file is nested far deeper than any Convene map; it is not a map or it is damaged"
                .to_owned()
        }
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "{} has no field `{}`; its fields are {}. Check the spelling",
            record(outer.as_deref()),
            short(found),
            list(expected)
        ),
        Error::MissingStructField { field, outer } => {
            format!("{} is missing its `{field}`", record(outer.as_deref()))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("{} has `{field}` twice", record(outer.as_deref()))
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{}` is not a choice here; the choices are {}",
            short(found),
            list(expected)
        ),
        Error::InvalidValueForType { expected, found } => {
            format!(
                "expected {expected}, but found {}",
                short(&found.to_string())
            )
        }
        Error::ExpectedDifferentLength { expected, found } => {
            format!("expected {expected}, but found {found} entries")
        }
        Error::Message(text) => short_message(text),
        Error::SuggestRawIdentifier(found) => format!(
            "`{}` is not expected here; a field name or a choice is a word such as `name` or `Visit`",
            short(found)
        ),
        Error::ExpectedDifferentStructName {
            expected: "Map",
            found,
        } => format!(
            "expected a map starting with `(`, but found `{}`; this may not be a Convene map",
            short(found)
        ),
        Error::ExpectedDifferentStructName { expected, found } => format!(
            "this entry is named `{}`, but this list holds {}; leave the name out, or move the entry to its own list",
            short(found),
            plural(expected)
        ),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "the file could not be read".to_owned(),
            }
        }
    }
}

/// "a community", "the map" and so on, from a struct's name.
fn record(name: Option<&str>) -> String {
    match name {
        Some("Map") | None => "The map".to_owned(),
        Some("BoundaryObject") => "A boundary object".to_owned(),
        Some("Expectation") => "An expected value".to_owned(),
        Some("Point") => "A position".to_owned(),
        Some("Size") => "A size".to_owned(),
        Some(other @ ("Activity" | "Item")) => format!("An {}", other.to_lowercase()),
        Some(other) => format!("A {}", other.to_lowercase()),
    }
}

/// "communities" and so on, from a struct's name.
fn plural(name: &str) -> String {
    match name {
        "Community" => "communities".to_owned(),
        "Activity" => "activities".to_owned(),
        "BoundaryObject" => "boundary objects".to_owned(),
        "Expectation" => "expected values".to_owned(),
        "SavedView" => "saved views".to_owned(),
        "Map" => "a map".to_owned(),
        other => format!("{}s", other.to_lowercase()),
    }
}

/// A message cut to a few hundred characters, in case it quotes a great
/// deal of the file.
pub(crate) fn short_message(text: &str) -> String {
    match text.char_indices().nth(300) {
        None => text.to_owned(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}

/// At most a short excerpt of text found in a file.
fn short(text: &str) -> String {
    match text.char_indices().nth(40) {
        None => text.to_owned(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}

fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "none".to_owned(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
