//! What the canvas derives from a map once per revision, not once per
//! frame: each drawn item's place in map units, in drawing order, indexed by
//! a grid so that a frame and a click look only at what is near; and what
//! each boundary carries.

use std::collections::{HashMap, HashSet};

use eframe::egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::palette::{BADGE, colour, severity_colour};

use super::shapes::{self, COMMUNITY_RADIUS, STAKEHOLDER_SIZE};
use crate::model::{Id, IdBuildHasher, Map, Point, Severity, TensionStatus};

/// What kind of drawn thing an entry is. Entries are kept in this order,
/// which is the order they are drawn in (later ones on top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// A group's frame.
    Group,
    /// A boundary's lines and its middle marker.
    Boundary,
    /// An activity's card, hung below a boundary's marker.
    Card {
        /// The boundary it hangs from.
        boundary: Id,
        /// Its place in that boundary's column of cards.
        slot: usize,
    },
    /// A sticky note.
    Note,
    /// A stakeholder's box.
    Stakeholder,
    /// A community's circle.
    Community,
}

/// One drawn item.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The item.
    pub id: Id,
    /// What it is.
    pub layer: Layer,
    /// Where it is, in map units.
    pub bounds: Rect,
    /// Its main colour.
    pub fill: Color32,
    /// For a boundary, where its sides are listed in [`Scene::sides`].
    pub sides: (u32, u32),
    /// For a boundary, how many of its tensions are open.
    pub open: u32,
}

/// What a boundary carries.
#[derive(Debug, Default, Clone)]
pub struct Load {
    /// All its tensions.
    pub count: usize,
    /// Its tensions that are not resolved.
    pub open: usize,
    /// The highest severity among those.
    pub worst: Option<Severity>,
    /// The activities drawn at it: those that list it first.
    pub cards: Vec<Id>,
}

/// A map's drawn items, indexed by place.
#[derive(Debug, Default)]
pub struct Scene {
    /// The entries in drawing order.
    pub entries: Vec<Entry>,
    /// Where each item's entry is.
    index: HashMap<Id, u32, IdBuildHasher>,
    /// What each boundary carries.
    pub loads: HashMap<Id, Load, IdBuildHasher>,
    /// The sides of every boundary and their centres, in map units.
    pub sides: Vec<(Id, Pos2)>,
    grid: Grid,
}

impl Entry {
    fn new(id: Id, layer: Layer, bounds: Rect) -> Self {
        Self {
            id,
            layer,
            bounds,
            fill: Color32::GRAY,
            sides: (0, 0),
            open: 0,
        }
    }
}

static NO_LOAD: Load = Load {
    count: 0,
    open: 0,
    worst: None,
    cards: Vec::new(),
};

impl Scene {
    /// Works out where everything on `map` is drawn.
    pub fn new(map: &Map) -> Self {
        let parties = map.communities.len() + map.stakeholders.len();
        let drawn = map.groups.len()
            + map.boundaries.len()
            + map.activities.len()
            + map.notes.len()
            + parties;
        let mut scene = Scene {
            entries: Vec::with_capacity(drawn),
            index: with_room(drawn),
            loads: with_room(map.boundaries.len()),
            sides: Vec::with_capacity(2 * map.boundaries.len()),
            grid: Grid::default(),
        };
        for t in map.tensions.iter() {
            let load = scene.loads.entry(t.boundary).or_default();
            load.count += 1;
            if t.status != TensionStatus::Resolved {
                load.open += 1;
                load.worst = load.worst.max(Some(t.severity));
            }
        }
        for a in map.activities.iter() {
            if let Some(&b) = a.boundaries.first() {
                scene.loads.entry(b).or_default().cards.push(a.id);
            }
        }
        let entries = &mut scene.entries;
        for g in map.groups.iter() {
            entries.push(Entry {
                fill: colour(g.colour),
                ..Entry::new(g.id, Layer::Group, rect_at(g.pos, vec2(g.size.w, g.size.h)))
            });
        }
        let mut cards = Vec::new();
        for b in map.boundaries.iter() {
            let mut bounds = Rect::NOTHING;
            let first = scene.sides.len() as u32;
            for &side in &b.between {
                if let Some(p) = shapes::party_centre(map, side) {
                    bounds.extend_with(pos2(p.x, p.y));
                    scene.sides.push((side, pos2(p.x, p.y)));
                }
            }
            if bounds.min.x > bounds.max.x {
                continue; // no side is drawn
            }
            let placed = &scene.sides[first as usize..];
            // Cards hang from the middle, when every side is on the canvas.
            let middle = (placed.len() == b.between.len()).then(|| {
                let sum = placed
                    .iter()
                    .fold(Vec2::ZERO, |sum, (_, p)| sum + p.to_vec2());
                let m = sum / placed.len() as f32;
                Point::new(m.x, m.y)
            });
            let load = scene.loads.get(&b.id);
            let worst = load.and_then(|l| l.worst);
            entries.push(Entry {
                fill: severity_colour(worst),
                open: load.map_or(0, |l| l.open as u32),
                sides: (first, scene.sides.len() as u32),
                ..Entry::new(b.id, Layer::Boundary, bounds.expand(shapes::MARKER_RADIUS))
            });
            if let (Some(middle), Some(load)) = (middle, load) {
                for (slot, &a) in load.cards.iter().enumerate() {
                    let (top_left, size) = shapes::card_place(middle, slot);
                    let layer = Layer::Card {
                        boundary: b.id,
                        slot,
                    };
                    cards.push(Entry {
                        fill: BADGE,
                        ..Entry::new(a, layer, rect_at(top_left, size))
                    });
                }
            }
        }
        entries.append(&mut cards);
        for n in map.notes.iter() {
            entries.push(Entry {
                fill: colour(n.colour),
                ..Entry::new(n.id, Layer::Note, rect_at(n.pos, vec2(n.size.w, n.size.h)))
            });
        }
        for s in map.stakeholders.iter() {
            let bounds = Rect::from_center_size(pos2(s.pos.x, s.pos.y), STAKEHOLDER_SIZE);
            entries.push(Entry {
                fill: colour(s.colour),
                ..Entry::new(s.id, Layer::Stakeholder, bounds)
            });
        }
        for c in map.communities.iter() {
            let size = Vec2::splat(2.0 * COMMUNITY_RADIUS);
            let bounds = Rect::from_center_size(pos2(c.pos.x, c.pos.y), size);
            entries.push(Entry {
                fill: colour(c.colour),
                ..Entry::new(c.id, Layer::Community, bounds)
            });
        }
        let Scene { entries, index, .. } = &mut scene;
        index.extend(entries.iter().enumerate().map(|(i, e)| (e.id, i as u32)));
        scene.grid = Grid::new(&scene.entries);
        scene
    }

    /// What a boundary carries (nothing, if it is not one).
    pub fn load(&self, boundary: Id) -> &Load {
        self.loads.get(&boundary).unwrap_or(&NO_LOAD)
    }

    /// The bounding box of everything drawn, in map units.
    pub fn bounds(&self) -> Rect {
        self.grid.bounds
    }

    /// The entries whose bounds meet `area` (map units), plus `extra`
    /// entries, in drawing order, each once.
    pub fn query(&self, area: Rect, extra: &[u32]) -> Vec<u32> {
        let mut found = self.grid.query(area, &self.entries);
        if !extra.is_empty() {
            found.extend_from_slice(extra);
            found.sort_unstable();
            found.dedup();
        }
        found
    }

    /// The sides of a boundary's entry and their centres, in map units.
    pub fn sides_of(&self, e: &Entry) -> &[(Id, Pos2)] {
        &self.sides[e.sides.0 as usize..e.sides.1 as usize]
    }

    /// The entry of an item, if it is drawn.
    pub fn entry_of(&self, id: Id) -> Option<u32> {
        self.index.get(&id).copied()
    }

    /// The entries that move with `ids` while they are dragged: their own,
    /// the boundaries they are sides of, and those boundaries' cards.
    pub fn moving_entries(&self, moving: &HashSet<Id, IdBuildHasher>) -> Vec<u32> {
        let mut out: Vec<u32> = moving.iter().filter_map(|&id| self.entry_of(id)).collect();
        for (i, e) in self.entries.iter().enumerate() {
            if e.layer == Layer::Boundary
                && self
                    .sides_of(e)
                    .iter()
                    .any(|(side, _)| moving.contains(side))
            {
                out.push(i as u32);
                out.extend(
                    self.load(e.id)
                        .cards
                        .iter()
                        .filter_map(|&a| self.entry_of(a)),
                );
            }
        }
        out
    }
}

/// An empty map by id with room for `n` entries.
fn with_room<V>(n: usize) -> HashMap<Id, V, IdBuildHasher> {
    HashMap::with_capacity_and_hasher(n, IdBuildHasher::default())
}

fn rect_at(top_left: Point, size: Vec2) -> Rect {
    Rect::from_min_size(pos2(top_left.x, top_left.y), size)
}

/// A uniform grid over the map; each cell lists the entries that meet it.
/// Entries spanning very many cells (a boundary across the whole map) are
/// kept in one list that every query checks.
#[derive(Debug)]
struct Grid {
    bounds: Rect,
    cell: f32,
    cols: usize,
    rows: usize,
    /// Where each cell's list starts in `items` (one more than cells).
    starts: Vec<u32>,
    items: Vec<u32>,
    wide: Vec<u32>,
}

impl Default for Grid {
    fn default() -> Self {
        Self {
            bounds: Rect::NOTHING,
            cell: 1.0,
            cols: 0,
            rows: 0,
            starts: Vec::new(),
            items: Vec::new(),
            wide: Vec::new(),
        }
    }
}

/// Entries that would be listed in more cells than this go in `wide`.
const MOST_CELLS: usize = 64;

impl Grid {
    fn new(entries: &[Entry]) -> Self {
        let bounds = entries.iter().fold(Rect::NOTHING, |r, e| r.union(e.bounds));
        if entries.is_empty() || !bounds.is_finite() {
            return Self::default();
        }
        // About two entries per cell, but never more cells than entries × 4.
        let area = (bounds.width() * bounds.height()).max(1.0);
        let mut cell = (area / entries.len() as f32 * 2.0).sqrt().max(32.0);
        while (bounds.width() / cell + 1.0) * (bounds.height() / cell + 1.0)
            > (entries.len() * 4 + 16) as f32
        {
            cell *= 1.5;
        }
        let cols = (bounds.width() / cell) as usize + 1;
        let rows = (bounds.height() / cell) as usize + 1;
        let mut grid = Self {
            bounds,
            cell,
            cols,
            rows,
            starts: vec![0; cols * rows + 1],
            items: Vec::new(),
            wide: Vec::new(),
        };
        let mut counts = vec![0u32; cols * rows];
        for e in entries {
            let (c0, r0, c1, r1) = grid.span(e.bounds);
            if (c1 - c0 + 1) * (r1 - r0 + 1) <= MOST_CELLS {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        counts[r * cols + c] += 1;
                    }
                }
            }
        }
        let mut total = 0;
        for (i, n) in counts.iter().enumerate() {
            grid.starts[i] = total;
            total += n;
        }
        grid.starts[cols * rows] = total;
        grid.items = vec![0; total as usize];
        let mut next: Vec<u32> = grid.starts[..cols * rows].to_vec();
        for (i, e) in entries.iter().enumerate() {
            let (c0, r0, c1, r1) = grid.span(e.bounds);
            if (c1 - c0 + 1) * (r1 - r0 + 1) <= MOST_CELLS {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        let slot = &mut next[r * cols + c];
                        grid.items[*slot as usize] = i as u32;
                        *slot += 1;
                    }
                }
            } else {
                grid.wide.push(i as u32);
            }
        }
        grid
    }

    /// The cells (first column, first row, last column, last row) that a
    /// rectangle meets, clamped to the grid.
    fn span(&self, r: Rect) -> (usize, usize, usize, usize) {
        let cell = |v: f32, min: f32, count: usize| {
            (((v - min) / self.cell).max(0.0) as usize).min(count - 1)
        };
        (
            cell(r.min.x, self.bounds.min.x, self.cols),
            cell(r.min.y, self.bounds.min.y, self.rows),
            cell(r.max.x, self.bounds.min.x, self.cols),
            cell(r.max.y, self.bounds.min.y, self.rows),
        )
    }

    fn query(&self, area: Rect, entries: &[Entry]) -> Vec<u32> {
        if self.cols == 0 || !area.intersects(self.bounds) {
            return Vec::new();
        }
        let (c0, r0, c1, r1) = self.span(area);
        let cells = (c1 - c0 + 1) * (r1 - r0 + 1);
        // With most of the map in view, one pass over every entry is faster
        // than gathering, sorting and merging the cells' lists.
        if cells * 2 >= self.cols * self.rows {
            return (0..entries.len() as u32)
                .filter(|&i| entries[i as usize].bounds.intersects(area))
                .collect();
        }
        let mut found = Vec::new();
        for r in r0..=r1 {
            let row = r * self.cols;
            let (from, to) = (
                self.starts[row + c0] as usize,
                self.starts[row + c1 + 1] as usize,
            );
            found.extend(
                self.items[from..to]
                    .iter()
                    .copied()
                    .filter(|&i| entries[i as usize].bounds.intersects(area)),
            );
        }
        found.extend(
            self.wide
                .iter()
                .copied()
                .filter(|&i| entries[i as usize].bounds.intersects(area)),
        );
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The map area a screen rectangle shows, widened by `margin` screen points.
pub fn world_area(view: &shapes::View, margin: f32) -> Rect {
    let a = view.camera.world_from_screen(view.screen, view.screen.min);
    let b = view.camera.world_from_screen(view.screen, view.screen.max);
    Rect::from_two_pos(pos2(a.x, a.y), pos2(b.x, b.y)).expand(margin / view.camera.zoom)
}

/// A map point as an egui position.
pub fn at(p: Point) -> Pos2 {
    pos2(p.x, p.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate;

    /// The grid finds exactly what a scan of every entry finds.
    #[test]
    fn grid_query_matches_a_full_scan() {
        let map = generate::map(400, 3);
        let scene = Scene::new(&map);
        let b = scene.bounds();
        for (i, f) in [(0.1, 0.2), (0.5, 0.05), (0.3, 0.6), (0.9, 0.9), (0.0, 1.0)]
            .into_iter()
            .enumerate()
        {
            let min = b.min + b.size() * f.0;
            let area = Rect::from_min_size(min, b.size() * f.1 + Vec2::splat(i as f32));
            let want: Vec<u32> = (0..scene.entries.len() as u32)
                .filter(|&i| scene.entries[i as usize].bounds.intersects(area))
                .collect();
            assert!(!want.is_empty());
            assert_eq!(scene.query(area, &[]), want);
        }
    }

    #[test]
    fn a_moving_community_brings_its_boundaries_and_their_cards() {
        let map = generate::map(50, 1);
        let scene = Scene::new(&map);
        let c = map.communities.iter().next().unwrap().id;
        let moving: HashSet<Id, IdBuildHasher> = [c].into_iter().collect();
        let found: Vec<Id> = scene
            .moving_entries(&moving)
            .into_iter()
            .map(|i| scene.entries[i as usize].id)
            .collect();
        let boundaries: Vec<Id> = map
            .boundaries
            .iter()
            .filter(|b| b.between.contains(&c))
            .map(|b| b.id)
            .collect();
        assert!(!boundaries.is_empty());
        assert!(found.contains(&c));
        for b in &boundaries {
            assert!(found.contains(b));
            for a in &scene.load(*b).cards {
                assert!(found.contains(a));
            }
        }
        let cards: usize = boundaries.iter().map(|b| scene.load(*b).cards.len()).sum();
        assert_eq!(found.len(), 1 + boundaries.len() + cards);
    }

    #[test]
    fn entries_are_in_drawing_order() {
        let map = generate::map(50, 1);
        let scene = Scene::new(&map);
        let layers: Vec<u8> = scene
            .entries
            .iter()
            .map(|e| match e.layer {
                Layer::Group => 0,
                Layer::Boundary => 1,
                Layer::Card { .. } => 2,
                Layer::Note => 3,
                Layer::Stakeholder => 4,
                Layer::Community => 5,
            })
            .collect();
        assert!(layers.is_sorted());
        assert_eq!(
            scene.entries.len(),
            map.boundaries.len() + map.activities.len() + map.communities.len()
        );
    }
}
