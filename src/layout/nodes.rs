//! What a layout works on: the items that stand at a point of their own
//! (communities, stakeholders, notes) as boxes around their centres, which
//! of them must stay, which pairs share a boundary, the group frames, and
//! the columns of activity cards that hang from boundaries.

use std::collections::HashMap;

use super::tidy::Sizes;
use crate::model::{Id, IdBuildHasher, Map, Point};

/// A rectangle in map units, by its corners.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    /// The rectangle of half-size `half` around `(x, y)`.
    pub fn around(x: f32, y: f32, half: (f32, f32)) -> Self {
        Self {
            x0: x - half.0,
            y0: y - half.1,
            x1: x + half.0,
            y1: y + half.1,
        }
    }

    /// Whether the two overlap (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// The shortest move of `self` that clears `o`, as `(dx, dy)`, one of
    /// them zero.
    pub fn way_out(&self, o: &Rect) -> (f32, f32) {
        let left = self.x1 - o.x0; // moving left by this clears
        let right = o.x1 - self.x0;
        let up = self.y1 - o.y0;
        let down = o.y1 - self.y0;
        let dx = if left < right { -left } else { right };
        let dy = if up < down { -up } else { down };
        if dx.abs() <= dy.abs() {
            (dx, 0.0)
        } else {
            (0.0, dy)
        }
    }
}

/// A column of activity cards hung from a boundary.
pub(super) struct Cards {
    /// The boundary's sides, as node indices.
    pub sides: Vec<u32>,
    /// The column's size.
    pub size: (f32, f32),
    /// From the boundary's middle down to the column's top.
    pub gap: f32,
}

/// A map's items, ready to be laid out.
pub(super) struct Nodes {
    /// Each item's id.
    pub ids: Vec<Id>,
    /// Each item's centre.
    pub xs: Vec<f32>,
    /// Each item's centre.
    pub ys: Vec<f32>,
    /// Each item's half width and half height.
    pub half: Vec<(f32, f32)>,
    /// Whether it must stay where it is (pinned, or inside a group).
    pub fixed: Vec<bool>,
    /// Whether its position is its top-left corner (a note) rather than
    /// its centre.
    pub corner: Vec<bool>,
    /// The pairs of items that share a boundary, each pair once.
    pub edges: Vec<(u32, u32)>,
    /// The group frames, which stay and which nothing else may cover.
    pub frames: Vec<Rect>,
    /// The activity cards that hang from boundaries.
    pub cards: Vec<Cards>,
}

impl Nodes {
    /// The items of `map` with the sizes they are drawn at.
    pub fn of(map: &Map, sizes: &Sizes) -> Self {
        let n = map.communities.len() + map.stakeholders.len() + map.notes.len();
        let mut nodes = Nodes {
            ids: Vec::with_capacity(n),
            xs: Vec::with_capacity(n),
            ys: Vec::with_capacity(n),
            half: Vec::with_capacity(n),
            fixed: Vec::with_capacity(n),
            corner: Vec::with_capacity(n),
            edges: Vec::new(),
            frames: Vec::new(),
            cards: Vec::new(),
        };
        let grouped: std::collections::HashSet<Id, IdBuildHasher> = map
            .groups
            .iter()
            .flat_map(|g| map.group_contents(g.id))
            .collect();
        let half = |w: f32, h: f32| (w / 2.0, h / 2.0);
        let mut push = |id: Id, p: Point, size: (f32, f32), pinned: bool, corner: bool| {
            let (cx, cy) = if corner {
                (p.x + size.0, p.y + size.1)
            } else {
                (p.x, p.y)
            };
            nodes.ids.push(id);
            nodes.xs.push(cx);
            nodes.ys.push(cy);
            nodes.half.push(size);
            nodes
                .fixed
                .push(pinned || grouped.contains(&id) || !p.is_finite());
            nodes.corner.push(corner);
        };
        let (cw, ch) = half(sizes.community.w, sizes.community.h);
        for c in map.communities.iter() {
            push(c.id, c.pos, (cw, ch), c.pinned, false);
        }
        let (sw, sh) = half(sizes.stakeholder.w, sizes.stakeholder.h);
        for s in map.stakeholders.iter() {
            push(s.id, s.pos, (sw, sh), s.pinned, false);
        }
        for note in map.notes.iter() {
            let size = half(note.size.w.max(1.0), note.size.h.max(1.0));
            push(note.id, note.pos, size, note.pinned, true);
        }
        nodes.links(map, sizes);
        nodes.frames = map
            .groups
            .iter()
            .map(|g| Rect {
                x0: g.pos.x,
                y0: g.pos.y,
                x1: g.pos.x + g.size.w,
                y1: g.pos.y + g.size.h,
            })
            .collect();
        nodes
    }

    /// The pairs that share a boundary, and the card columns.
    fn links(&mut self, map: &Map, sizes: &Sizes) {
        let index: HashMap<Id, u32, IdBuildHasher> = self
            .ids
            .iter()
            .enumerate()
            .map(|(i, &id)| (id, i as u32))
            .collect();
        let mut cards: HashMap<Id, usize, IdBuildHasher> = HashMap::default();
        for a in map.activities.iter() {
            if let Some(&b) = a.boundaries.first() {
                *cards.entry(b).or_default() += 1;
            }
        }
        for b in map.boundaries.iter() {
            let sides: Vec<u32> = b
                .between
                .iter()
                .filter_map(|id| index.get(id).copied())
                .collect();
            for (k, &a) in sides.iter().enumerate() {
                for &c in &sides[k + 1..] {
                    self.edges.push((a.min(c), a.max(c)));
                }
            }
            let count = cards.get(&b.id).copied().unwrap_or(0);
            if count > 0 && sides.len() == b.between.len() {
                let height = count as f32 * sizes.card_step;
                self.cards.push(Cards {
                    sides,
                    size: (sizes.card.w, height),
                    gap: sizes.card_gap,
                });
            }
        }
        self.edges.sort_unstable();
        self.edges.dedup();
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// The box of item `i`, widened by `pad` on every side.
    pub fn rect(&self, i: usize, pad: f32) -> Rect {
        let (w, h) = self.half[i];
        Rect::around(self.xs[i], self.ys[i], (w + pad, h + pad))
    }

    /// Where a card column stands now: below its boundary's middle.
    pub fn card_rect(&self, c: &Cards) -> Rect {
        let k = c.sides.len().max(1) as f32;
        let mx = c.sides.iter().map(|&i| self.xs[i as usize]).sum::<f32>() / k;
        let my = c.sides.iter().map(|&i| self.ys[i as usize]).sum::<f32>() / k;
        Rect {
            x0: mx - c.size.0 / 2.0,
            y0: my + c.gap,
            x1: mx + c.size.0 / 2.0,
            y1: my + c.gap + c.size.1,
        }
    }

    /// Item `i`'s position as the map stores it (a note's top-left corner).
    pub fn pos(&self, i: usize) -> Point {
        let (w, h) = self.half[i];
        if self.corner[i] {
            Point::new(self.xs[i] - w, self.ys[i] - h)
        } else {
            Point::new(self.xs[i], self.ys[i])
        }
    }
}
