//! The last step of tidying: every item that still overlaps another goes
//! to the nearest free spot, so that when tidying is done nothing overlaps.
//! Items that stay (pinned, or inside a group) are placed first, then the
//! rest in map order, each where it is if that is free.

use super::bins::Bins;
use super::nodes::{Nodes, Rect};

/// How far apart the spots tried around an item are, in map units.
const STEP: f32 = 20.0;
/// How many rings of spots are tried before giving up on an item (it then
/// stays where the earlier steps left it).
const RINGS: i32 = 400;

/// Moves every item that overlaps one placed before it (or a group frame)
/// to the nearest free spot, with `pad` of room on every side.
pub(super) fn settle(nodes: &mut Nodes, pad: f32) {
    let n = nodes.len();
    let widest = nodes
        .half
        .iter()
        .map(|&(w, h)| w.max(h))
        .fold(0.0, f32::max);
    let mut placed = Bins::new(2.0 * (widest + pad));
    let mut boxes: Vec<Rect> = Vec::with_capacity(n);
    let order = (0..n)
        .filter(|&i| nodes.fixed[i])
        .chain((0..n).filter(|&i| !nodes.fixed[i]));
    let mut found = Vec::new();
    for i in order {
        let mut free = |r: &Rect| {
            placed.near(*r, &mut found);
            if found.iter().any(|&j| boxes_overlap(&boxes, j, r)) {
                return false;
            }
            !nodes.frames.iter().any(|f| f.overlaps(r))
        };
        let here = nodes.rect(i, pad);
        if !nodes.fixed[i]
            && !free(&here)
            && let Some((x, y)) = nearest_free(nodes.xs[i], nodes.ys[i], |x, y| {
                free(&Rect::around(x, y, padded(nodes.half[i], pad)))
            })
        {
            nodes.xs[i] = x;
            nodes.ys[i] = y;
        }
        let r = nodes.rect(i, pad);
        placed.insert(boxes.len() as u32, r);
        boxes.push(r);
    }
}

fn padded((w, h): (f32, f32), pad: f32) -> (f32, f32) {
    (w + pad, h + pad)
}

fn boxes_overlap(boxes: &[Rect], j: u32, r: &Rect) -> bool {
    boxes[j as usize].overlaps(r)
}

/// The nearest spot to `(x, y)` on rings of spots `STEP` apart where
/// `free` holds, trying each ring's spots in the same order every time.
fn nearest_free(x: f32, y: f32, mut free: impl FnMut(f32, f32) -> bool) -> Option<(f32, f32)> {
    for ring in 1..=RINGS {
        let mut best: Option<(f32, f32, f32)> = None;
        for (gx, gy) in ring_spots(ring) {
            let d = (gx * gx + gy * gy) as f32;
            if best.is_some_and(|(_, _, b)| b <= d) {
                continue;
            }
            let (px, py) = (x + gx as f32 * STEP, y + gy as f32 * STEP);
            if free(px, py) {
                best = Some((px, py, d));
            }
        }
        if let Some((px, py, _)) = best {
            return Some((px, py));
        }
    }
    None
}

/// The spots on the square ring `ring` steps out, in a fixed order: the
/// top and bottom rows, then the left and right columns between them.
fn ring_spots(ring: i32) -> impl Iterator<Item = (i32, i32)> {
    let rows = (-ring..=ring).flat_map(move |x| [(x, -ring), (x, ring)]);
    let columns = (1 - ring..ring).flat_map(move |y| [(-ring, y), (ring, y)]);
    rows.chain(columns)
}
