//! What the canvas derives from a map once per revision, not once per
//! frame: each drawn item in drawing order, with its place in map units and
//! its primitives in the display list, indexed by a grid so that a frame and
//! a click look only at what is near; and what each boundary carries.
//! After an edit the scene is brought up to date for what the edit touched
//! (see `refresh.rs`) rather than built again.

use std::collections::{HashMap, HashSet};

use eframe::egui::{Pos2, Rect, Vec2, pos2};

use super::display::{self, Prim};
use super::grid::Grid;
use super::shapes::{MARKER_RADIUS, View};
use super::tension_rows;
use crate::model::query::Tally;
use crate::model::{Id, IdBuildHasher, Map, Point, Tension};

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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// The item.
    pub id: Id,
    /// What it is.
    pub layer: Layer,
    /// Everything it draws, in map units.
    pub bounds: Rect,
    /// Where it is picked, named and outlined, in map units: a group's title
    /// bar, a boundary's marker, or the item's own shape.
    pub hot: Rect,
    /// For a boundary, where its sides are listed in [`Scene::sides`].
    pub sides: (u32, u32),
    /// Where its primitives are in the display list.
    pub(super) prims: (u32, u32),
}

/// What a boundary carries.
#[derive(Debug, Default, Clone)]
pub struct Load {
    /// Its tensions, counted.
    pub tally: Tally,
    /// Its tensions, in the map's order.
    pub tensions: Vec<Id>,
    /// The activities drawn at it: those that list it first.
    pub cards: Vec<Id>,
    /// The tensions that have a row on the canvas close up, top row first.
    pub rows: Vec<Id>,
}

/// A map's drawn items and their display list, indexed by place.
#[derive(Debug, Default)]
pub struct Scene {
    /// The entries in drawing order.
    pub entries: Vec<Entry>,
    /// Where each item's entry is.
    pub(super) index: HashMap<Id, u32, IdBuildHasher>,
    /// What each boundary carries.
    pub(super) loads: HashMap<Id, Load, IdBuildHasher>,
    /// The boundary each tension is on.
    pub(super) homes: HashMap<Id, Id, IdBuildHasher>,
    /// The sides of every boundary and their centres, in map units.
    pub sides: Vec<(Id, Pos2)>,
    /// The display list; each entry owns a run of it.
    pub(super) prims: Vec<Prim>,
    /// How many primitives no entry owns any more (left by updates).
    pub(super) stale: usize,
    pub(super) grid: Grid,
}

static NO_LOAD: Load = Load {
    tally: Tally {
        count: 0,
        open: 0,
        worst: None,
        confidential: 0,
    },
    tensions: Vec::new(),
    cards: Vec::new(),
    rows: Vec::new(),
};

impl Entry {
    /// The screen rectangle of its hot spot, moved by `shift` (map units).
    /// A boundary's marker is never smaller than ten points across.
    pub fn on_screen(&self, view: &View, shift: Vec2) -> Rect {
        let r = view.map_rect(self.hot.translate(shift));
        match self.layer {
            Layer::Boundary => Rect::from_center_size(r.center(), Vec2::splat(r.width().max(10.0))),
            _ => r,
        }
    }

    /// Where "go to" centres the view on it, in map units.
    pub fn focus(&self) -> Pos2 {
        match self.layer {
            Layer::Boundary => self.hot.center(),
            _ => self.bounds.center(),
        }
    }
}

impl Scene {
    /// Works out where and how everything on `map` is drawn.
    pub fn new(map: &Map) -> Self {
        let mut scene = Scene::default();
        scene.rebuild(map);
        scene
    }

    /// Works out everything again for `map`, keeping the memory the scene
    /// already has (fresh memory costs a large map more than the work).
    pub fn rebuild(&mut self, map: &Map) {
        let parties = map.communities.len() + map.stakeholders.len();
        let drawn = map.groups.len()
            + map.boundaries.len()
            + map.activities.len()
            + map.notes.len()
            + parties;
        // As many as the display module makes for each kind.
        let prims = 2 * (map.communities.len() + map.notes.len())
            + 3 * (map.stakeholders.len() + map.boundaries.len())
            + 4 * map.groups.len()
            + 6 * map.activities.len();
        self.entries.clear();
        self.entries.reserve(drawn);
        self.index.clear();
        self.index.reserve(drawn);
        self.loads.clear();
        self.homes.clear();
        self.homes.reserve(map.tensions.len());
        self.sides.clear();
        self.sides.reserve(2 * map.boundaries.len());
        self.prims.clear();
        self.prims.reserve(prims);
        self.stale = 0;
        let scene = self;
        scene.tally_all(map);
        for g in map.groups.iter() {
            let start = scene.prims.len();
            let (frame, bar) = display::group(g, &mut scene.prims);
            scene.push(g.id, Layer::Group, start, frame, bar);
        }
        let cards = scene.push_boundaries(map);
        for (a, boundary, slot) in cards {
            let (Some(activity), Some(b)) = (map.activities.get(a), scene.entry_of(boundary))
            else {
                continue;
            };
            let e = &scene.entries[b as usize];
            let count = scene.load(boundary).cards.len();
            let rect = display::card_rect(scene.sides_of(e), e.hot.center(), slot, count);
            let start = scene.prims.len();
            display::card(activity, rect, &mut scene.prims);
            scene.push(a, Layer::Card { boundary, slot }, start, rect, rect);
        }
        for n in map.notes.iter() {
            let start = scene.prims.len();
            let r = display::note(n, &mut scene.prims);
            scene.push(n.id, Layer::Note, start, r, r);
        }
        for s in map.stakeholders.iter() {
            let start = scene.prims.len();
            let r = display::stakeholder(s, &mut scene.prims);
            scene.push(s.id, Layer::Stakeholder, start, r, r);
        }
        for c in map.communities.iter() {
            let start = scene.prims.len();
            let r = display::community(c, &mut scene.prims);
            scene.push(c.id, Layer::Community, start, r, r);
        }
        scene.regrid();
    }

    /// Counts every boundary's tensions and lists its cards.
    fn tally_all(&mut self, map: &Map) {
        for t in map.tensions.iter() {
            let load = self.loads.entry(t.boundary).or_default();
            load.tally.add(t);
            load.tensions.push(t.id);
            self.homes.insert(t.id, t.boundary);
        }
        for a in map.activities.iter() {
            if let Some(&b) = a.boundaries.first() {
                self.loads.entry(b).or_default().cards.push(a.id);
            }
        }
    }

    /// Adds every boundary with a side on the canvas; gives back the cards
    /// to hang (activity, boundary, slot), from boundaries whose every side
    /// is on the canvas.
    fn push_boundaries(&mut self, map: &Map) -> Vec<(Id, Id, usize)> {
        let mut cards = Vec::with_capacity(map.activities.len());
        for b in map.boundaries.iter() {
            let first = self.sides.len();
            for &side in &b.between {
                if let Some(p) = party_centre(map, side) {
                    self.sides.push((side, pos2(p.x, p.y)));
                }
            }
            if self.sides.len() == first {
                continue; // no side is drawn
            }
            let sides = (first as u32, self.sides.len() as u32);
            let start = self.prims.len();
            let (bounds, marker) = self.boundary_prims(map, b.id, sides);
            self.push(b.id, Layer::Boundary, start, bounds, marker);
            self.entries.last_mut().expect("just pushed").sides = sides;
            if self.sides.len() - first == b.between.len() {
                let load = self.loads.get(&b.id).unwrap_or(&NO_LOAD);
                cards.extend(load.cards.iter().enumerate().map(|(k, &a)| (a, b.id, k)));
            }
        }
        cards
    }

    /// Appends a boundary's primitives from its sides as listed; gives back
    /// its bounds (with its tension rows) and its marker.
    pub(super) fn boundary_prims(&mut self, map: &Map, id: Id, sides: (u32, u32)) -> (Rect, Rect) {
        let sides = &self.sides[sides.0 as usize..sides.1 as usize];
        let sum = sides.iter().fold(Vec2::ZERO, |s, (_, p)| s + p.to_vec2());
        let middle = (sum / sides.len().max(1) as f32).to_pos2();
        let bounds = sides
            .iter()
            .fold(Rect::from_min_max(middle, middle), |r, (_, p)| {
                r.union(Rect::from_min_max(*p, *p))
            });
        let load = self.loads.get(&id).unwrap_or(&NO_LOAD);
        let tensions: Vec<&Tension> = load
            .tensions
            .iter()
            .filter_map(|&t| map.tensions.get(t))
            .collect();
        let (marker, rows) =
            display::boundary(sides, middle, load.tally, &tensions, &mut self.prims);
        let shown = tension_rows::ordered(&tensions).into_iter().map(|t| t.id);
        let shown: Vec<Id> = shown.take(tension_rows::MOST).collect();
        if let Some(load) = self.loads.get_mut(&id) {
            load.rows = shown;
        }
        (bounds.expand(MARKER_RADIUS).union(rows), marker)
    }

    /// Records a new entry whose primitives start at `start`.
    pub(super) fn push(&mut self, id: Id, layer: Layer, start: usize, bounds: Rect, hot: Rect) {
        self.index.insert(id, self.entries.len() as u32);
        self.entries.push(Entry {
            id,
            layer,
            bounds,
            hot,
            sides: (0, 0),
            prims: (start as u32, self.prims.len() as u32),
        });
    }

    /// Builds the grid again from the entries' bounds.
    pub(super) fn regrid(&mut self) {
        let bounds: Vec<Rect> = self.entries.iter().map(|e| e.bounds).collect();
        self.grid = Grid::new(&bounds);
    }

    /// What a boundary carries (nothing, if it is not one).
    pub fn load(&self, boundary: Id) -> &Load {
        self.loads.get(&boundary).unwrap_or(&NO_LOAD)
    }

    /// The bounding box of everything drawn, in map units.
    pub fn bounds(&self) -> Rect {
        self.entries
            .iter()
            .fold(Rect::NOTHING, |r, e| r.union(e.bounds))
    }

    /// The entries whose bounds meet `area` (map units), plus `extra`
    /// entries, in drawing order, each once.
    pub fn query(&self, area: Rect, extra: &[u32]) -> Vec<u32> {
        let entries = &self.entries;
        let mut found = self
            .grid
            .query(area, entries.len(), |i| entries[i as usize].bounds);
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

    /// An entry's primitives, in drawing order.
    pub fn prims_of(&self, e: &Entry) -> &[Prim] {
        &self.prims[e.prims.0 as usize..e.prims.1 as usize]
    }

    /// The whole display list in drawing order, each primitive with the
    /// item it belongs to.
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "the SVG test backend draws from it; picture export walks the entries, whose kinds it needs"
        )
    )]
    pub fn display_list(&self) -> impl Iterator<Item = (Id, &Prim)> {
        self.entries
            .iter()
            .flat_map(|e| self.prims_of(e).iter().map(|p| (e.id, p)))
    }

    /// The entry of an item, if it is drawn.
    pub fn entry_of(&self, id: Id) -> Option<u32> {
        self.index.get(&id).copied()
    }

    /// The entry of an item, if it is drawn.
    pub fn entry(&self, id: Id) -> Option<&Entry> {
        self.entry_of(id).map(|i| &self.entries[i as usize])
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

/// The centre of a community or stakeholder, in map units.
pub(super) fn party_centre(map: &Map, id: Id) -> Option<Point> {
    map.communities
        .get(id)
        .map(|c| c.pos)
        .or_else(|| map.stakeholders.get(id).map(|s| s.pos))
}

/// The map area a screen rectangle shows, widened by `margin` screen points.
pub fn world_area(view: &View, margin: f32) -> Rect {
    let a = view.camera.world_from_screen(view.screen, view.screen.min);
    let b = view.camera.world_from_screen(view.screen, view.screen.max);
    Rect::from_two_pos(pos2(a.x, a.y), pos2(b.x, b.y)).expand(margin / view.camera.zoom)
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
