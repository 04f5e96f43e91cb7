//! How many of a boundary's tension rows are drawn close up. The stack
//! stands on the boundary's marker and is cut short, with a line saying how
//! many more there are, where it would cover an item, a card, another
//! boundary's marker or the rows of a boundary that comes first (the one
//! with the more severe open tension, then the one drawn first). A
//! boundary that comes later keeps clear of the whole stack of one that
//! comes first, so the answer for each boundary depends only on the scene,
//! and the painter, hit testing and screen readers all agree on it.

use std::cmp::Reverse;

use eframe::egui::Rect;

use super::scene::{Entry, Layer, Scene};
use super::tension_rows::{most_rows, stack_rect};

/// How many rows of boundary entry `e` are drawn: `Some(k)` for the first
/// `k` rows (and a line for the rest, if any), `None` when not even that
/// line fits.
pub fn rows_fit(scene: &Scene, e: &Entry) -> Option<usize> {
    fit_within(scene, e, DEPTH)
}

/// How many boundaries that come first are followed, one behind another,
/// before the whole stack of the next is taken as drawn.
const DEPTH: usize = 4;

/// The stack boundary entry `e` draws: the rectangle it covers, if any.
fn drawn_stack(scene: &Scene, e: &Entry, depth: usize) -> Option<Rect> {
    let total = scene.load(e.id).tensions.len();
    let fit = if depth == 0 {
        Some(most_rows(total))
    } else {
        fit_within(scene, e, depth - 1)
    }?;
    Some(stack_rect(e.hot.center(), total, fit))
}

fn fit_within(scene: &Scene, e: &Entry, depth: usize) -> Option<usize> {
    let total = scene.load(e.id).tensions.len();
    let most = most_rows(total);
    let index = scene.entry_of(e.id)?;
    let middle = e.hot.center();
    let whole = stack_rect(middle, total, most);
    let rank = |b: &Entry, i: u32| (Reverse(scene.load(b.id).tally.worst), i);
    // The boundary's own sides stand at its ends; a stack wider than the
    // gap between them may touch their corners.
    let sides = scene.sides_of(e);
    let mut obstacles: Vec<Rect> = Vec::new();
    for i in scene.query(whole, &[]) {
        let o = &scene.entries[i as usize];
        match o.layer {
            _ if i == index => {}
            Layer::Group => {}
            Layer::Community | Layer::Stakeholder if sides.iter().any(|s| s.0 == o.id) => {}
            Layer::Boundary => {
                obstacles.push(o.hot);
                let theirs = scene.load(o.id).tensions.len();
                if theirs > 0 && rank(o, i) < rank(e, index) {
                    obstacles.extend(drawn_stack(scene, o, depth));
                }
            }
            _ => obstacles.push(o.hot),
        }
    }
    (0..=most).rev().find(|&fit| {
        let r = stack_rect(middle, total, fit);
        !obstacles.iter().any(|o| o.intersects(r))
    })
}

#[cfg(test)]
mod tests {
    use eframe::egui::{Rect, vec2};

    use super::*;
    use crate::app::canvas::tension_rows::row_rect;

    /// The rows each boundary of the example draws close up, with the
    /// boundary they belong to.
    fn drawn_rows(scene: &Scene, fitted: bool) -> Vec<(u32, Rect)> {
        let mut rows = Vec::new();
        for (i, e) in scene.entries.iter().enumerate() {
            let total = scene.load(e.id).tensions.len();
            if e.layer != Layer::Boundary || total == 0 {
                continue;
            }
            let fit = if fitted {
                rows_fit(scene, e)
            } else {
                Some(most_rows(total))
            };
            let Some(fit) = fit else { continue };
            let lines = fit + usize::from(total > fit);
            for k in 0..lines {
                rows.push((i as u32, row_rect(e.hot.center(), total, fit, k)));
            }
        }
        rows
    }

    /// The places where a row covers another boundary's row, an item, a
    /// card or another boundary's marker.
    fn clashes(scene: &Scene, fitted: bool) -> usize {
        let rows = drawn_rows(scene, fitted);
        let mut found = 0;
        for (a, (i, r)) in rows.iter().enumerate() {
            // Shrunk a little, so that rows that only touch do not count.
            let r = r.shrink2(vec2(0.5, 0.5));
            found += rows[a + 1..]
                .iter()
                .filter(|(j, o)| j != i && o.intersects(r))
                .count();
            let own = &scene.entries[*i as usize];
            let sides = scene.sides_of(own);
            found += scene
                .entries
                .iter()
                .enumerate()
                .filter(|(j, o)| *j as u32 != *i && o.layer != Layer::Group)
                .filter(|(_, o)| !sides.iter().any(|s| s.0 == o.id))
                .filter(|(_, o)| o.hot.intersects(r))
                .count();
        }
        found
    }

    #[test]
    fn on_a_dense_map_tension_rows_cover_neither_each_other_nor_cards_nor_items() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/referral-guidelines.ron"
        );
        let map = crate::file::read(std::path::Path::new(path)).expect("the example opens");
        let scene = Scene::new(&map);
        assert!(clashes(&scene, false) > 0, "every row drawn would clash");
        assert_eq!(clashes(&scene, true), 0);
        // Where there is room, rows are still drawn.
        assert!(!drawn_rows(&scene, true).is_empty());
    }
}
