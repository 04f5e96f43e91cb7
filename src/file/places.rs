//! Where warnings point in a file's text: the reference inside an item
//! (the id in `raised_by`, in an activity's `tensions`, …) or, failing
//! that, the item's own `id` field. One pass over the file's tokens (the
//! same [`Tokens`] that place reference errors), so that a large map with
//! many warnings is still quick and a commented-out copy of an item never
//! draws a warning.

use std::collections::{HashMap, HashSet};

use super::Position;
use super::tokens::{Token, Tokens};
use crate::model::{Id, IdBuildHasher, Warning};

/// A token and the byte offset it starts at.
type At<'a> = (usize, Token<'a>);

/// Where each warning points, in the order given: `None` when neither its
/// reference nor its item can be found in the text (as in a map that was
/// never read from this text).
pub fn warning_places(text: &str, warnings: &[Warning]) -> Vec<Option<Position>> {
    if warnings.is_empty() {
        return Vec::new();
    }
    // Numbers, signs and stray characters never name an item or a field:
    // left out, the list stays as short as the ids and names in the file.
    let tokens: Vec<At<'_>> = Tokens::new(text)
        .filter(|(_, t)| match t {
            Token::Other => false,
            Token::Word(w) => !w.starts_with(|c: char| c.is_ascii_digit()),
            _ => true,
        })
        .collect();
    let wanted: HashSet<Id, IdBuildHasher> = warnings.iter().map(|w| w.item).collect();
    let items = item_spans(&tokens, &wanted);
    let lines = Lines::new(text);
    warnings
        .iter()
        .map(|w| {
            let span = items.get(&w.item)?;
            let offset = match (w.field, w.reference) {
                (Some(field), Some(reference)) => {
                    reference_in(&tokens[span.open..=span.close], field, reference)
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
    tokens: &[At<'_>],
    wanted: &HashSet<Id, IdBuildHasher>,
) -> HashMap<Id, Span, IdBuildHasher> {
    let mut spans: HashMap<Id, Span, IdBuildHasher> = HashMap::default();
    // Open brackets not yet closed, each with the item it holds, if any.
    let mut stack: Vec<(usize, Option<(Id, usize)>)> = Vec::new();
    for (i, &(offset, token)) in tokens.iter().enumerate() {
        match token {
            Token::Open(_) => stack.push((i, None)),
            Token::Close => {
                if let Some((open, Some((id, id_at)))) = stack.pop() {
                    spans.entry(id).or_insert(Span {
                        open,
                        close: i,
                        id_at,
                    });
                }
            }
            Token::Word("id") => {
                if let (Some((_, Token::Colon)), Some((_, Token::Text(written)))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                    && let Ok(id) = Id::parse(written)
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
fn reference_in(tokens: &[At<'_>], field: &str, reference: Id) -> Option<usize> {
    for (i, &(_, token)) in tokens.iter().enumerate() {
        if token != Token::Word(field) || tokens.get(i + 1).map(|t| t.1) != Some(Token::Colon) {
            continue;
        }
        // The value runs to the comma or bracket that ends the field.
        let mut depth = 0usize;
        for &(offset, token) in &tokens[i + 2..] {
            match token {
                Token::Open(_) => depth += 1,
                Token::Close if depth == 0 => break,
                Token::Close => depth -= 1,
                Token::Comma if depth == 0 => break,
                Token::Text(written) if Id::parse(written) == Ok(reference) => {
                    // Point at the opening quote.
                    return Some(offset);
                }
                _ => {}
            }
        }
    }
    None
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
