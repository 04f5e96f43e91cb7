//! Where warnings point in a file's text: the reference inside an item
//! (the id in `raised_by`, in an activity's `tensions`, …) or, failing
//! that, the item's own `id` field. One pass over the text, skipping
//! strings and comments, so that a large map with many warnings is still
//! quick and a commented-out copy of an item never draws a warning.

use std::collections::HashMap;

use super::Position;
use crate::model::{Id, IdBuildHasher, Warning};

/// A piece of RON text that matters for finding places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Open,
    Close,
    Colon,
    Comma,
    /// An identifier: its byte range.
    Word(usize, usize),
    /// A quoted string: the byte range of what is between the quotes.
    Text(usize, usize),
}

/// A token and the byte offset it starts at.
type At = (usize, Token);

/// Where each warning points, in the order given: `None` when neither its
/// reference nor its item can be found in the text (as in a map that was
/// never read from this text).
pub fn warning_places(text: &str, warnings: &[Warning]) -> Vec<Option<Position>> {
    if warnings.is_empty() {
        return Vec::new();
    }
    let tokens = tokens(text);
    let wanted: std::collections::HashSet<Id, IdBuildHasher> =
        warnings.iter().map(|w| w.item).collect();
    let items = item_spans(text, &tokens, &wanted);
    let lines = Lines::new(text);
    warnings
        .iter()
        .map(|w| {
            let span = items.get(&w.item)?;
            let offset = match (w.field, w.reference) {
                (Some(field), Some(reference)) => {
                    reference_in(text, &tokens[span.open..=span.close], field, reference)
                }
                _ => None,
            };
            Some(lines.position(text, offset.unwrap_or(span.id_at)))
        })
        .collect()
}

/// An item's place among the tokens: its brackets, and where its `id`
/// field starts.
struct Span {
    open: usize,
    close: usize,
    id_at: usize,
}

/// The first definition of each wanted item: the brackets around an
/// `id: "…"` field whose id is wanted.
fn item_spans(
    text: &str,
    tokens: &[At],
    wanted: &std::collections::HashSet<Id, IdBuildHasher>,
) -> HashMap<Id, Span, IdBuildHasher> {
    let mut spans: HashMap<Id, Span, IdBuildHasher> = HashMap::default();
    // Open brackets not yet closed, each with the item it holds, if any.
    let mut stack: Vec<(usize, Option<(Id, usize)>)> = Vec::new();
    for (i, &(offset, token)) in tokens.iter().enumerate() {
        match token {
            Token::Open => stack.push((i, None)),
            Token::Close => {
                if let Some((open, Some((id, id_at)))) = stack.pop() {
                    spans.entry(id).or_insert(Span {
                        open,
                        close: i,
                        id_at,
                    });
                }
            }
            Token::Word(start, end) if &text[start..end] == "id" => {
                if let (Some((_, Token::Colon)), Some((_, Token::Text(s, e)))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                    && let Ok(id) = Id::parse(&text[*s..*e])
                    && wanted.contains(&id)
                    && let Some(top) = stack.last_mut()
                {
                    top.1 = Some((id, offset));
                }
            }
            _ => {}
        }
    }
    spans
}

/// Where, among an item's tokens, the value of `field` holds the id
/// `reference`.
fn reference_in(text: &str, tokens: &[At], field: &str, reference: Id) -> Option<usize> {
    for (i, &(_, token)) in tokens.iter().enumerate() {
        let Token::Word(start, end) = token else {
            continue;
        };
        if &text[start..end] != field || tokens.get(i + 1).map(|t| t.1) != Some(Token::Colon) {
            continue;
        }
        // The value runs to the comma or bracket that ends the field.
        let mut depth = 0usize;
        for &(offset, token) in &tokens[i + 2..] {
            match token {
                Token::Open => depth += 1,
                Token::Close if depth == 0 => break,
                Token::Close => depth -= 1,
                Token::Comma if depth == 0 => break,
                Token::Text(s, e) if Id::parse(&text[s..e]) == Ok(reference) => {
                    // Point at the opening quote.
                    return Some(offset);
                }
                _ => {}
            }
        }
    }
    None
}

/// The tokens of RON text, skipping white space, comments, numbers and
/// other punctuation.
fn tokens(text: &str) -> Vec<At> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'(' | b'[' | b'{' => out.push((i, Token::Open)),
            b')' | b']' | b'}' => out.push((i, Token::Close)),
            b':' => out.push((i, Token::Colon)),
            b',' => out.push((i, Token::Comma)),
            b'"' => {
                i = string_end(bytes, i + 1);
                out.push((
                    start,
                    Token::Text(start + 1, i.saturating_sub(1).max(start + 1)),
                ));
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = block_comment_end(bytes, i + 2);
                continue;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                if let Some((inner, end)) = raw_string(bytes, i + 1) {
                    out.push((start, Token::Text(inner.0, inner.1)));
                    i = end;
                    continue;
                }
                i = word_end(bytes, i);
                out.push((start, Token::Word(start, i)));
                continue;
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                i = word_end(bytes, i);
                out.push((start, Token::Word(start, i)));
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn word_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
        i += 1;
    }
    i
}

/// The offset just past the closing quote of a string whose text starts
/// at `i`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of a block comment whose text starts at `i`; RON's block
/// comments nest.
fn block_comment_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 1;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// A raw string `r#"…"#` whose hashes start at `i`: the range of its text
/// and the offset just past it.
fn raw_string(bytes: &[u8], mut i: usize) -> Option<((usize, usize), usize)> {
    let hashes = bytes[i..].iter().take_while(|&&b| b == b'#').count();
    i += hashes;
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    let inner = i + 1;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    let end = bytes[inner..]
        .windows(closing.len())
        .position(|w| w == closing.as_slice())
        .map_or(bytes.len(), |n| inner + n);
    Some(((inner, end), (end + closing.len()).min(bytes.len())))
}

/// Where each line starts, to turn offsets into lines and columns quickly.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self(starts)
    }

    fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.0.partition_point(|&start| start <= offset).max(1);
        let start = self.0[line - 1];
        let column = 1 + text.get(start..offset).map_or(0, |s| s.chars().count());
        Position { line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WarningKind;

    fn warning(item: &str, field: Option<&'static str>, reference: &str) -> Warning {
        Warning {
            kind: WarningKind::RaisedOffBoundary,
            item: Id::parse(item).unwrap(),
            reference: Some(Id::parse(reference).unwrap()),
            field,
            message: String::new(),
        }
    }

    #[test]
    fn points_at_the_reference_past_comments_and_strings() {
        let text = "(\n  // (id: \"c1\", raised_by: \"a1\"),\n  tensions: [\n    (id: \"c1\", note: \"raised_by: a1\",\n     raised_by: Some(\"a1\")),\n  ],\n)";
        let places = warning_places(
            text,
            &[
                warning("c1", Some("raised_by"), "a1"),
                warning("c1", None, "a1"),
                warning("c1", Some("raised_by"), "a2"),
                warning("c2", Some("raised_by"), "a1"),
            ],
        );
        let at = |line, column| Some(Position { line, column });
        assert_eq!(places, vec![at(5, 22), at(4, 6), at(4, 6), None]);
    }

    #[test]
    fn finds_an_id_in_a_list_and_in_a_nested_field() {
        let text = "(id: \"0a\", tensions: [\"01\", \"02\"], expectations: [(party: \"03\"), (party: \"04\")])";
        let places = warning_places(
            text,
            &[
                warning("0a", Some("tensions"), "02"),
                warning("0a", Some("party"), "04"),
            ],
        );
        let col = |p: &Option<Position>| p.map(|p| p.column);
        assert_eq!(col(&places[0]), Some(29));
        assert_eq!(col(&places[1]), Some(74));
    }
}
