//! A boundary's tensions on the canvas, close up: one row each above its
//! marker, the most severe first, with a badge in the severity's colour
//! that carries the number, the kind, and the room's own words.

use std::borrow::Cow;

use eframe::egui::{Pos2, Rect, pos2, vec2};

use super::display::{Anchor, Ink, Outline, Prim, Shape, Show, Small, Text, label};
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

/// How `total` rows are laid out above a marker at `middle`: the top-left
/// corner of the first, how many rows are drawn, and how many more there
/// are beyond them.
fn layout(middle: Pos2, total: usize) -> (Pos2, usize, usize) {
    let shown = total.min(MOST);
    let more = total - shown;
    let lines = shown + usize::from(more > 0);
    let top = middle.y - MARKER_RADIUS - 6.0 - lines as f32 * STEP;
    (pos2(middle.x - ROW.x / 2.0, top), shown, more)
}

/// From the top of one row to the top of the next.
const STEP: f32 = ROW.y + GAP;

/// Where the `k`-th of a boundary's `total` rows is drawn, above its
/// marker at `middle`, in map units.
pub fn row_rect(middle: Pos2, total: usize, k: usize) -> Rect {
    let (corner, _, _) = layout(middle, total);
    Rect::from_min_size(corner + vec2(0.0, k as f32 * STEP), ROW)
}

/// Which of a boundary's `total` rows (drawn above its marker at
/// `middle`) holds the map point `p`, if any.
pub fn row_at(middle: Pos2, total: usize, p: Pos2) -> Option<usize> {
    let (_, shown, _) = layout(middle, total);
    (0..shown).find(|&k| row_rect(middle, total, k).contains(p))
}

/// Adds the rows for `tensions` above a boundary's marker at `middle`;
/// gives back the rectangle they cover (none: an empty one at `middle`).
pub fn rows(middle: Pos2, tensions: &[&Tension], out: &mut Vec<Prim>) -> Rect {
    if tensions.is_empty() {
        return Rect::from_min_max(middle, middle);
    }
    let rows = ordered(tensions);
    let (corner, shown, more) = layout(middle, rows.len());
    let (left, top) = (corner.x, corner.y);
    let lines = shown + usize::from(more > 0);
    let step = STEP;
    let push = |out: &mut Vec<Prim>, shape| out.push(Prim::new(Show::CLOSE, shape));
    for (k, t) in rows.iter().take(shown).enumerate() {
        let rect = row_rect(middle, rows.len(), k);
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
    if more > 0 {
        let at = pos2(left + 4.0, top + shown as f32 * step + ROW.y / 2.0);
        let words = format!("and {more} more");
        push(
            out,
            text(at, Anchor::LeftCentre, words, None, Ink::WeakText),
        );
    }
    Rect::from_min_size(pos2(left, top), vec2(ROW.x, lines as f32 * step))
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
