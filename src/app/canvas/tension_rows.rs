//! A boundary's tensions on the canvas, close up: one row each above its
//! marker, the most severe first, with a badge in the severity's colour
//! that carries the number, the kind, and the room's own words.

use std::borrow::Cow;

use eframe::egui::{Pos2, Rect, pos2, vec2};

use super::display::{Anchor, Ink, Outline, Part, Prim, Shape, Show, Small, Text, label};
use super::palette::CONFIDENTIAL;
use super::shapes::MARKER_RADIUS;
use crate::model::Tension;

/// The size of one row, in map units.
const ROW: eframe::egui::Vec2 = vec2(280.0, 36.0);
/// The gap between rows, in map units.
const GAP: f32 = 3.0;
/// At most this many rows; a last line says how many more there are.
pub const MOST: usize = 5;
/// The size of a row's text, in map units.
const SIZE: f32 = 13.0;

/// The order rows are shown in: tensions still felt before resolved ones,
/// the most severe first; ties keep the map's order.
pub fn ordered<'a>(tensions: &[&'a Tension]) -> Vec<&'a Tension> {
    let mut rows = tensions.to_vec();
    rows.sort_by_key(|t| (!t.status.is_open(), std::cmp::Reverse(t.severity)));
    rows
}

/// What a row says after the kind: the statement, else the first words of
/// the note, else nothing.
pub fn words(t: &Tension) -> Cow<'_, str> {
    let statement = t.statement.trim();
    if !statement.is_empty() {
        return Cow::Borrowed(statement);
    }
    let mut first: Vec<&str> = t.note.split_whitespace().take(9).collect();
    if first.len() == 9 {
        first.pop();
        return Cow::Owned(format!("{} …", first.join(" ")));
    }
    Cow::Owned(first.join(" "))
}

/// A row's text: "Suspicion: They never read our notes", marked first
/// when the tension is confidential.
fn row_text(t: &Tension) -> String {
    let words = words(t);
    let secret = if t.confidential {
        "Confidential · "
    } else {
        ""
    };
    if words.is_empty() {
        format!("{secret}{}", t.kind.label())
    } else {
        format!("{secret}{}: {words}", t.kind.label())
    }
}

/// A boundary's label for the row of tension `t`, for screen readers and
/// tests: "Tension: Suspicion: They never read our notes".
pub fn row_label(t: &Tension) -> String {
    format!("Tension: {}", row_text(t))
}

/// What the label beside the focus ring says while it is on a tension
/// that has no row drawn: "Tension 2 of 7: Suspicion: They never read our
/// notes".
pub fn callout(t: &Tension, place: usize, of: usize) -> String {
    format!("Tension {place} of {of}: {}", row_text(t))
}

/// How many rows a boundary with `total` tensions draws when there is
/// room for all of them.
pub fn most_rows(total: usize) -> usize {
    total.min(MOST)
}

/// How many lines a stack of `fit` rows out of `total` takes: the rows and,
/// when some are left out, a line that says how many.
fn lines(total: usize, fit: usize) -> usize {
    if total == 0 {
        return 0;
    }
    fit + usize::from(total > fit)
}

/// From the top of one row to the top of the next.
const STEP: f32 = ROW.y + GAP;

/// The rectangle a stack of `fit` of a boundary's `total` rows covers,
/// standing on its marker at `middle`, in map units.
pub fn stack_rect(middle: Pos2, total: usize, fit: usize) -> Rect {
    let bottom = middle.y - MARKER_RADIUS - 6.0;
    let height = lines(total, fit) as f32 * STEP;
    Rect::from_min_max(
        pos2(middle.x - ROW.x / 2.0, bottom - height),
        pos2(middle.x + ROW.x / 2.0, bottom),
    )
}

/// Where the `k`-th row of a stack of `fit` out of `total` is drawn, in
/// map units.
pub fn row_rect(middle: Pos2, total: usize, fit: usize, k: usize) -> Rect {
    let top = stack_rect(middle, total, fit).min;
    Rect::from_min_size(top + vec2(0.0, k as f32 * STEP), ROW)
}

/// How far the rows of a stack of `fit` are drawn below where the whole
/// stack (every row that could be shown) puts them.
pub fn drop_for(total: usize, fit: usize) -> f32 {
    (lines(total, most_rows(total)) - lines(total, fit)) as f32 * STEP
}

/// Which row of a stack of `fit` out of `total` (standing on a marker at
/// `middle`) holds the map point `p`, if any.
pub fn row_at(middle: Pos2, total: usize, fit: usize, p: Pos2) -> Option<usize> {
    (0..fit).find(|&k| row_rect(middle, total, fit, k).contains(p))
}

/// Adds the rows for `tensions` above a boundary's marker at `middle`,
/// every one that may be shown, each primitive marked with its row, and
/// for each shorter stack the line that says how many are left out; the
/// painter keeps what fits (see `fit.rs`). Gives back the rectangle the
/// whole stack covers (none: an empty one at `middle`).
pub fn rows(middle: Pos2, tensions: &[&Tension], out: &mut Vec<Prim>) -> Rect {
    if tensions.is_empty() {
        return Rect::from_min_max(middle, middle);
    }
    let rows = ordered(tensions);
    let (total, shown) = (rows.len(), most_rows(rows.len()));
    for (k, t) in rows.iter().take(shown).enumerate() {
        let part = Part::Row(k as u8);
        let push = |out: &mut Vec<Prim>, shape| {
            out.push(Prim::new(Show::CLOSE, shape).part(part));
        };
        let rect = row_rect(middle, total, shown, k);
        let ink = Ink::Severity(if t.status.is_open() {
            t.severity.get()
        } else {
            0
        });
        push(
            out,
            Shape::Box {
                rect,
                corner: 4,
                fill: Ink::Panel,
                // A confidential tension's row has a red rim.
                outline: Some(if t.confidential {
                    Outline {
                        width: 3.0,
                        ink: Ink::Rgb(CONFIDENTIAL),
                    }
                } else {
                    Outline { width: 1.5, ink }
                }),
                inside: true,
            },
        );
        let badge = Rect::from_min_size(rect.min, vec2(28.0, ROW.y));
        push(
            out,
            Shape::Box {
                rect: badge,
                corner: 4,
                fill: ink,
                outline: None,
                inside: false,
            },
        );
        push(
            out,
            text(
                badge.center(),
                Anchor::Centre,
                t.severity.get().to_string(),
                None,
                Ink::Canvas,
            ),
        );
        let at = pos2(badge.right() + 5.0, rect.center().y);
        let wrap = Some(rect.right() - at.x - 4.0);
        push(
            out,
            text(at, Anchor::LeftCentre, row_text(t), wrap, Ink::Text),
        );
    }
    for fit in (0..=shown).filter(|&fit| total > fit) {
        let at = pos2(
            middle.x - ROW.x / 2.0 + 4.0,
            row_rect(middle, total, fit, fit).center().y,
        );
        let words = match (fit, total - fit) {
            (0, 1) => "1 tension".to_owned(),
            (0, n) => format!("{n} tensions"),
            (_, n) => format!("and {n} more"),
        };
        let shape = text(at, Anchor::LeftCentre, words, None, Ink::WeakText);
        out.push(Prim::new(Show::CLOSE, shape).part(Part::More(fit as u8)));
    }
    stack_rect(middle, total, shown)
}

/// A row's text, in at most two lines.
fn text(at: Pos2, anchor: Anchor, words: String, wrap: Option<f32>, ink: Ink) -> Shape {
    Shape::Text(Text {
        at,
        anchor,
        text: label(&words),
        size: SIZE,
        wrap,
        rows: 2,
        fit: false,
        small: Small::Hide,
        ink,
    })
}
