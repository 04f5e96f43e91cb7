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

/// Step 2, first: when many items still overlap their neighbours, as on a
/// map squeezed together, spreads the items that may move evenly about
/// their middle, far enough that most overlapping pairs would part.
/// Pushing apart then only has local piles to sort out, which it does in a
/// few rounds, rather than a whole crowd, which it would have to part from
/// the outside in.
fn widen(nodes: &mut Nodes, pad: f32) {
    /// How many of the overlapping pairs the widening parts.
    const PARTED: f32 = 0.97;
    /// The most the map is widened by.
    const MOST: f32 = 3.0;
    let movable: Vec<usize> = (0..nodes.len()).filter(|&i| !nodes.fixed[i]).collect();
    if movable.len() < 2 {
        return;
    }
    let mut needs = needed_widening(nodes, pad);
    // A few piles are for pushing apart, not a reason to spread the map.
    if needs.len() * 4 < movable.len() {
        return;
    }
    needs.sort_unstable_by(f32::total_cmp);
    let scale = needs[((needs.len() - 1) as f32 * PARTED) as usize].clamp(1.0, MOST);
    let k = movable.len() as f32;
    let mx = movable.iter().map(|&i| nodes.xs[i]).sum::<f32>() / k;
    let my = movable.iter().map(|&i| nodes.ys[i]).sum::<f32>() / k;
    for &i in &movable {
        nodes.xs[i] = mx + (nodes.xs[i] - mx) * scale;
        nodes.ys[i] = my + (nodes.ys[i] - my) * scale;
    }
}

/// For each pair of items that may move and whose boxes (with `pad` of
/// room) overlap, how many times further apart their centres must be for
/// the boxes to clear each other. Pairs at the same spot are left out:
/// no widening parts them.
fn needed_widening(nodes: &Nodes, pad: f32) -> Vec<f32> {
    let wide = nodes
        .half
        .iter()
        .map(|&(w, h)| w.max(h))
        .fold(0.0, f32::max)
        + pad;
    let grid = Grid::of(2.0 * wide, &nodes.xs, &nodes.ys);
    let mut found = Vec::new();
    let mut needs = Vec::new();
    for i in (0..nodes.len()).filter(|&i| !nodes.fixed[i]) {
        let b = nodes.rect(i, pad);
        let reach = Rect::around(
            nodes.xs[i],
            nodes.ys[i],
            (b.x1 - nodes.xs[i] + wide, b.y1 - nodes.ys[i] + wide),
        );
        grid.near(reach, &mut found);
        for &j in found.iter().filter(|&&j| j as usize > i) {
            let j = j as usize;
            if nodes.fixed[j] || !b.overlaps(&nodes.rect(j, pad)) {
                continue;
            }
            let (dx, dy) = (
                (nodes.xs[i] - nodes.xs[j]).abs(),
                (nodes.ys[i] - nodes.ys[j]).abs(),
            );
            let (wx, wy) = (
                nodes.half[i].0 + nodes.half[j].0 + 2.0 * pad,
                nodes.half[i].1 + nodes.half[j].1 + 2.0 * pad,
            );
            let need = (wx / dx).min(wy / dy);
            if need.is_finite() {
                needs.push(need);
            }
        }
    }
    needs
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
/// out of group frames and, in the first rounds, out of other boundaries'
/// card columns. Each of the two phases ends when its rounds stop parting
/// items (the last step places what is left); all of it stops once nothing
/// overlaps.
fn push_apart(nodes: &mut Nodes, sizes: &Sizes) {
    let n = nodes.len();
    let pad = sizes.spacing / 2.0;
    let mut push = Pushes::new(n);
    let mut with_cards = true;
    let mut progress = Progress::default();
    for round in 0..PUSH_ROUNDS {
        push.clear();
        let boxes: Vec<Rect> = (0..n).map(|i| nodes.rect(i, pad)).collect();
        let mut overlaps = apart_pairs(nodes, &boxes, pad, &mut push);
        overlaps += frames(nodes, &boxes, &mut push);
        if with_cards {
            overlaps += cards(nodes, &boxes, &mut push);
        }
        if overlaps == 0 {
            return;
        }
        push.apply(nodes);
        // Cards make room in the first rounds; the last ones only part items.
        if progress.stalled(overlaps) || (with_cards && round + 1 >= PUSH_ROUNDS / 2) {
            if !with_cards {
                return;
            }
            with_cards = false;
            progress = Progress::default();
        }
    }
}

/// Rounds in a row that part no more items before a phase of pushing ends.
const IDLE_ROUNDS: usize = 4;

/// How a phase of pushing goes: the fewest overlaps seen so far, and how
/// many rounds since it last fell by a twentieth.
#[derive(Default)]
struct Progress {
    fewest: Option<usize>,
    idle: usize,
}

impl Progress {
    /// Notes a round's overlaps; whether the phase has stopped parting items.
    fn stalled(&mut self, overlaps: usize) -> bool {
        if self.fewest.is_none_or(|f| overlaps * 20 < f * 19) {
            self.fewest = Some(overlaps);
            self.idle = 0;
        } else {
            self.idle += 1;
        }
        self.idle >= IDLE_ROUNDS
    }
}

/// The moves gathered in one round of pushing.
struct Pushes {
    dx: Vec<f32>,
    dy: Vec<f32>,
    /// The largest single push each item gets in a round: the sum of its
    /// pushes never goes further, so that an item in a crowd does not
    /// overshoot into its neighbours.
    most: Vec<f32>,
}

impl Pushes {
    fn new(n: usize) -> Self {
        Self {
            dx: vec![0.0; n],
            dy: vec![0.0; n],
            most: vec![0.0; n],
        }
    }

    fn clear(&mut self) {
        self.dx.fill(0.0);
        self.dy.fill(0.0);
        self.most.fill(0.0);
    }

    /// Adds a push of `share` of `(mx, my)` to item `i`.
    fn add(&mut self, i: usize, (mx, my): (f32, f32), share: f32) {
        self.dx[i] += mx * share;
        self.dy[i] += my * share;
        self.most[i] = self.most[i].max(mx.hypot(my) * share.abs());
    }

    /// Moves the items that may move by their pushes.
    fn apply(&self, nodes: &mut Nodes) {
        for i in (0..nodes.len()).filter(|&i| !nodes.fixed[i]) {
            let len = self.dx[i].hypot(self.dy[i]);
            let cap = self.most[i].max(1.0);
            let scale = if len > cap { cap / len } else { 1.0 };
            nodes.xs[i] += self.dx[i] * scale;
            nodes.ys[i] += self.dy[i] * scale;
        }
    }
}

/// Adds the moves that part overlapping pairs of items; gives back how
/// many pairs overlap.
fn apart_pairs(nodes: &Nodes, boxes: &[Rect], pad: f32, push: &mut Pushes) -> usize {
    let wide = nodes.half.iter().map(|&(w, _)| w).fold(0.0, f32::max) + pad;
    let tall = nodes.half.iter().map(|&(_, h)| h).fold(0.0, f32::max) + pad;
    let grid = Grid::of(2.0 * wide.max(tall), &nodes.xs, &nodes.ys);
    let mut found = Vec::new();
    let mut overlaps = 0usize;
    for (i, b) in boxes.iter().enumerate() {
        let reach = Rect::around(
            nodes.xs[i],
            nodes.ys[i],
            (b.x1 - nodes.xs[i] + wide, b.y1 - nodes.ys[i] + tall),
        );
        grid.near(reach, &mut found);
        for &j in found.iter().filter(|&&j| j as usize > i) {
            let j = j as usize;
            if !b.overlaps(&boxes[j]) {
                continue;
            }
            let (si, sj) = match (nodes.fixed[i], nodes.fixed[j]) {
                (false, false) => (0.5, 0.5),
                (false, true) => (1.0, 0.0),
                (true, false) => (0.0, 1.0),
                (true, true) => continue,
            };
            overlaps += 1;
            let m = way_out(b, &boxes[j], i, j);
            push.add(i, m, si);
            push.add(j, m, -sj);
        }
    }
    overlaps
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
fn frames(nodes: &Nodes, boxes: &[Rect], push: &mut Pushes) -> usize {
    let mut overlaps = 0;
    for i in (0..nodes.len()).filter(|&i| !nodes.fixed[i]) {
        for frame in nodes.frames.iter().filter(|f| boxes[i].overlaps(f)) {
            overlaps += 1;
            push.add(i, boxes[i].way_out(frame), 1.0);
        }
    }
    overlaps
}

/// Adds the moves that take items part of the way out of the card columns
/// of boundaries they are not a side of; gives back how many overlaps it
/// found. Cards get room where the rounds can make it: on a crowded map a
/// column may still lie under an item at the end.
fn cards(nodes: &Nodes, boxes: &[Rect], push: &mut Pushes) -> usize {
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
            push.add(i, b.way_out(column), 0.5);
        }
    }
    overlaps
}
