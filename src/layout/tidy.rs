//! Tidying a map: spreads it so that nothing overlaps, pulls the parties
//! that share a boundary near each other and leaves room for the activity
//! cards under each boundary. Pinned items and items inside a group stay
//! where they are. The same map always tidies the same way: there is no
//! randomness, and every step walks the items in map order.
//!
//! It works in three steps, each looking only at near neighbours through a
//! spatial grid so that a map of thousands of items stays quick:
//! 1. a fixed number of rounds of gentle forces, starting from where the
//!    items are: parties on a long boundary pull together, items closer
//!    than their sizes allow push apart;
//! 2. on a crowded map, an even widening about its middle; then rounds
//!    that push overlapping boxes apart along the shortest way out, and out
//!    of group frames and card columns;
//! 3. a last pass that puts anything still overlapping on the nearest free
//!    spot, so that nothing overlaps when it is done.

use super::bins::Grid;
use super::nodes::{Nodes, Rect};
use super::settle::settle;
use crate::model::{Id, Map, Point, Size};

/// The sizes items are drawn at, and the room tidying keeps around them,
/// in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// A community's shape, with room for its name.
    pub community: Size,
    /// A stakeholder's box.
    pub stakeholder: Size,
    /// One activity card.
    pub card: Size,
    /// From a boundary's middle to its first card.
    pub card_gap: f32,
    /// From the top of one card to the top of the next.
    pub card_step: f32,
    /// The free room kept between any two items.
    pub spacing: f32,
    /// How long a boundary may be before its sides are pulled together.
    pub reach: f32,
}

impl Default for Sizes {
    /// The sizes the canvas draws at.
    fn default() -> Self {
        Self {
            community: Size::new(92.0, 92.0),
            stakeholder: Size::new(130.0, 56.0),
            card: Size::new(170.0, 26.0),
            card_gap: 22.0,
            card_step: 30.0,
            spacing: 24.0,
            reach: 360.0,
        }
    }
}

/// Rounds of forces.
const FORCE_ROUNDS: usize = 30;
/// Rounds of pushing overlaps apart.
const PUSH_ROUNDS: usize = 30;
/// How much of a push goes sideways.
const SWIRL: f32 = 0.15;
/// How far an item may move in one round of forces, at first.
const START_STEP: f32 = 80.0;

/// Where the items of `map` go when it is tidied: the communities,
/// stakeholders and notes that move, each with its new position (a note's
/// top-left corner, as the map keeps it), in map order. Items that stay
/// are left out; an already tidy map gives an empty list.
pub fn tidy(map: &Map, sizes: &Sizes) -> Vec<(Id, Point)> {
    let mut nodes = Nodes::of(map, sizes);
    if nodes.len() == 0 {
        return Vec::new();
    }
    let before: Vec<Point> = (0..nodes.len()).map(|i| nodes.pos(i)).collect();
    forces(&mut nodes, sizes);
    widen(&mut nodes, sizes.spacing / 2.0);
    push_apart(&mut nodes, sizes);
    settle(&mut nodes, sizes.spacing / 2.0);
    (0..nodes.len())
        .filter(|&i| !nodes.fixed[i])
        .filter_map(|i| {
            let p = nodes.pos(i);
            let far = (p.x - before[i].x).abs() > 0.5 || (p.y - before[i].y).abs() > 0.5;
            (far && p.is_finite()).then_some((nodes.ids[i], p))
        })
        .collect()
}

/// A direction for two items at the same spot, the same on every run.
fn apart(i: usize, j: usize) -> (f32, f32) {
    let angle = ((i * 7919 + j * 104_729) % 360) as f32 * std::f32::consts::PI / 180.0;
    (angle.cos(), angle.sin())
}

/// Step 1: rounds of forces. Each item is a disc as wide as its box; discs
/// that come closer than their radii and the spacing push apart, and the
/// sides of a boundary longer than `reach` pull together. Each round an
/// item moves at most a step that shrinks round by round.
fn forces(nodes: &mut Nodes, sizes: &Sizes) {
    let n = nodes.len();
    let radius: Vec<f32> = nodes.half.iter().map(|&(w, h)| w.max(h)).collect();
    let widest = radius.iter().copied().fold(0.0, f32::max);
    let cell = 2.0 * widest + sizes.spacing;
    let mut found = Vec::new();
    let mut dx = vec![0.0f32; n];
    let mut dy = vec![0.0f32; n];
    for round in 0..FORCE_ROUNDS {
        let limit = START_STEP * (1.0 - round as f32 / FORCE_ROUNDS as f32) + 2.0;
        dx.fill(0.0);
        dy.fill(0.0);
        let grid = Grid::of(cell, &nodes.xs, &nodes.ys);
        for i in (0..n).filter(|&i| !nodes.fixed[i]) {
            let reach = radius[i] + widest + sizes.spacing;
            grid.near(
                Rect::around(nodes.xs[i], nodes.ys[i], (reach, reach)),
                &mut found,
            );
            for &j in &found {
                let j = j as usize;
                if j == i {
                    continue;
                }
                let want = radius[i] + radius[j] + sizes.spacing;
                let (ex, ey) = (nodes.xs[i] - nodes.xs[j], nodes.ys[i] - nodes.ys[j]);
                if ex.abs() >= want || ey.abs() >= want {
                    continue;
                }
                let d = ex.hypot(ey);
                if d >= want {
                    continue;
                }
                let (ux, uy) = if d > 1e-3 {
                    (ex / d, ey / d)
                } else {
                    apart(i, j)
                };
                // A little sideways, turning each pair about its middle, so
                // that items in a straight row can pass each other.
                let (ux, uy) = (ux - SWIRL * uy, uy + SWIRL * ux);
                let share = if nodes.fixed[j] { 1.0 } else { 0.5 };
                dx[i] += ux * (want - d) * share;
                dy[i] += uy * (want - d) * share;
            }
        }
        pull(nodes, sizes.reach, &mut dx, &mut dy);
        for i in (0..n).filter(|&i| !nodes.fixed[i]) {
            let len = dx[i].hypot(dy[i]);
            let scale = if len > limit { limit / len } else { 1.0 };
            nodes.xs[i] += dx[i] * scale;
            nodes.ys[i] += dy[i] * scale;
        }
    }
}

/// Step 2, first: when the items that may move cover more than
/// `CROWDED` of the area they stand in, as on a map squeezed together,
/// spreads them evenly about their middle until they would not. Pushing
/// apart then only has local piles to sort out, which it does in a few
/// rounds, rather than a whole crowd, which it would have to part from the
/// outside in.
fn widen(nodes: &mut Nodes, pad: f32) {
    const CROWDED: f32 = 0.6;
    let movable: Vec<usize> = (0..nodes.len()).filter(|&i| !nodes.fixed[i]).collect();
    if movable.len() < 2 {
        return;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    let mut covered = 0.0;
    for &i in &movable {
        let r = nodes.rect(i, pad);
        (x0, y0, x1, y1) = (x0.min(r.x0), y0.min(r.y0), x1.max(r.x1), y1.max(r.y1));
        covered += (r.x1 - r.x0) * (r.y1 - r.y0);
    }
    let area = (x1 - x0) * (y1 - y0);
    if !(area.is_finite() && area > 0.0) || covered <= CROWDED * area {
        return;
    }
    let scale = (covered / (CROWDED * area)).sqrt();
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for &i in &movable {
        nodes.xs[i] = mx + (nodes.xs[i] - mx) * scale;
        nodes.ys[i] = my + (nodes.ys[i] - my) * scale;
    }
}

/// The pull of boundaries longer than `reach`: each side moves a part of
/// the excess toward the other.
fn pull(nodes: &Nodes, reach: f32, dx: &mut [f32], dy: &mut [f32]) {
    const STRENGTH: f32 = 0.2;
    for &(a, b) in &nodes.edges {
        let (a, b) = (a as usize, b as usize);
        let (ex, ey) = (nodes.xs[b] - nodes.xs[a], nodes.ys[b] - nodes.ys[a]);
        let d = ex.hypot(ey);
        if d <= reach {
            continue;
        }
        let f = (d - reach) * STRENGTH / d;
        let (fa, fb) = match (nodes.fixed[a], nodes.fixed[b]) {
            (false, false) => (f, f),
            (false, true) => (2.0 * f, 0.0),
            (true, false) => (0.0, 2.0 * f),
            (true, true) => (0.0, 0.0),
        };
        dx[a] += ex * fa;
        dy[a] += ey * fa;
        dx[b] -= ex * fb;
        dy[b] -= ey * fb;
    }
}

/// Step 2: rounds that push overlapping boxes apart along the shortest way
/// out (half each, or all of it for the one that may move), and push items
/// out of group frames and out of other boundaries' card columns. Stops
/// early once nothing overlaps.
fn push_apart(nodes: &mut Nodes, sizes: &Sizes) {
    let n = nodes.len();
    let pad = sizes.spacing / 2.0;
    let wide = nodes.half.iter().map(|&(w, _)| w).fold(0.0, f32::max) + pad;
    let tall = nodes.half.iter().map(|&(_, h)| h).fold(0.0, f32::max) + pad;
    let mut found = Vec::new();
    let mut dx = vec![0.0f32; n];
    let mut dy = vec![0.0f32; n];
    // The largest single push each item gets in a round: the sum of its
    // pushes never goes further, so that an item in a crowd does not
    // overshoot into its neighbours.
    let mut most = vec![0.0f32; n];
    for round in 0..PUSH_ROUNDS {
        dx.fill(0.0);
        dy.fill(0.0);
        most.fill(0.0);
        let boxes: Vec<Rect> = (0..n).map(|i| nodes.rect(i, pad)).collect();
        let grid = Grid::of(2.0 * wide.max(tall), &nodes.xs, &nodes.ys);
        let mut overlaps = 0usize;
        for i in 0..n {
            let b = &boxes[i];
            let reach = Rect::around(
                nodes.xs[i],
                nodes.ys[i],
                (b.x1 - nodes.xs[i] + wide, b.y1 - nodes.ys[i] + tall),
            );
            grid.near(reach, &mut found);
            for &j in found.iter().filter(|&&j| j as usize > i) {
                let j = j as usize;
                if !boxes[i].overlaps(&boxes[j]) {
                    continue;
                }
                let (si, sj) = match (nodes.fixed[i], nodes.fixed[j]) {
                    (false, false) => (0.5, 0.5),
                    (false, true) => (1.0, 0.0),
                    (true, false) => (0.0, 1.0),
                    (true, true) => continue,
                };
                overlaps += 1;
                let (mx, my) = way_out(&boxes[i], &boxes[j], i, j);
                let len = mx.hypot(my);
                dx[i] += mx * si;
                dy[i] += my * si;
                dx[j] -= mx * sj;
                dy[j] -= my * sj;
                most[i] = most[i].max(len * si);
                most[j] = most[j].max(len * sj);
            }
        }
        overlaps += frames(nodes, &boxes, &mut dx, &mut dy, &mut most);
        // Cards make room in the first rounds; the last ones only part items.
        if round < PUSH_ROUNDS / 2 {
            overlaps += cards(nodes, &boxes, &mut dx, &mut dy, &mut most);
        }
        if overlaps == 0 {
            return;
        }
        for i in (0..n).filter(|&i| !nodes.fixed[i]) {
            let len = dx[i].hypot(dy[i]);
            let cap = most[i].max(1.0);
            let scale = if len > cap { cap / len } else { 1.0 };
            nodes.xs[i] += dx[i] * scale;
            nodes.ys[i] += dy[i] * scale;
        }
    }
}

/// The shortest move of box `i` out of box `j`; boxes with the same centre
/// part the same way on every run.
fn way_out(a: &Rect, b: &Rect, i: usize, j: usize) -> (f32, f32) {
    let (mx, my) = a.way_out(b);
    let same = (a.x0 + a.x1 - b.x0 - b.x1).abs() < 1e-3 && (a.y0 + a.y1 - b.y0 - b.y1).abs() < 1e-3;
    if same {
        let (ux, uy) = apart(i, j);
        let len = (mx.abs() + my.abs()).max(1.0);
        return (ux * len, uy * len);
    }
    (mx, my)
}

/// Adds the moves that take items out of group frames; gives back how many
/// overlaps it found. Maps have few groups, so each item looks at each.
fn frames(
    nodes: &Nodes,
    boxes: &[Rect],
    dx: &mut [f32],
    dy: &mut [f32],
    most: &mut [f32],
) -> usize {
    let mut overlaps = 0;
    for i in (0..nodes.len()).filter(|&i| !nodes.fixed[i]) {
        for frame in nodes.frames.iter().filter(|f| boxes[i].overlaps(f)) {
            overlaps += 1;
            let (mx, my) = boxes[i].way_out(frame);
            dx[i] += mx;
            dy[i] += my;
            most[i] = most[i].max(mx.hypot(my));
        }
    }
    overlaps
}

/// Adds the moves that take items part of the way out of the card columns
/// of boundaries they are not a side of; gives back how many overlaps it
/// found. Cards get room where the rounds can make it: on a crowded map a
/// column may still lie under an item at the end.
fn cards(nodes: &Nodes, boxes: &[Rect], dx: &mut [f32], dy: &mut [f32], most: &mut [f32]) -> usize {
    if nodes.cards.is_empty() {
        return 0;
    }
    let columns: Vec<Rect> = nodes.cards.iter().map(|c| nodes.card_rect(c)).collect();
    let cx: Vec<f32> = columns.iter().map(|r| (r.x0 + r.x1) / 2.0).collect();
    let cy: Vec<f32> = columns.iter().map(|r| (r.y0 + r.y1) / 2.0).collect();
    let wide = columns
        .iter()
        .map(|r| (r.x1 - r.x0) / 2.0)
        .fold(0.0, f32::max);
    let tall = columns
        .iter()
        .map(|r| (r.y1 - r.y0) / 2.0)
        .fold(0.0, f32::max);
    let grid = Grid::of(2.0 * wide.max(tall), &cx, &cy);
    let mut found = Vec::new();
    let mut overlaps = 0;
    for i in (0..nodes.len()).filter(|&i| !nodes.fixed[i]) {
        let b = &boxes[i];
        let reach = Rect {
            x0: b.x0 - wide,
            y0: b.y0 - tall,
            x1: b.x1 + wide,
            y1: b.y1 + tall,
        };
        grid.near(reach, &mut found);
        for &k in &found {
            let (column, sides) = (&columns[k as usize], &nodes.cards[k as usize].sides);
            if sides.contains(&(i as u32)) || !b.overlaps(column) {
                continue;
            }
            overlaps += 1;
            let (mx, my) = b.way_out(column);
            dx[i] += mx * 0.5;
            dy[i] += my * 0.5;
            most[i] = most[i].max(0.5 * mx.hypot(my));
        }
    }
    overlaps
}
