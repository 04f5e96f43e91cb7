//! Bringing a scene up to date after edits, for what they touched: moving
//! or renaming items and adding or changing tensions redraw only the
//! entries concerned; anything that adds or removes a drawn item, or
//! changes which items a boundary joins, asks for the scene to be built
//! again.

use std::collections::HashSet;

use eframe::egui::{Pos2, Rect, pos2};

use super::display;
use super::scene::{Layer, Scene, party_centre};
use crate::model::query;
use crate::model::{Id, IdBuildHasher, ItemKind, Map};

/// What an update has to redraw.
#[derive(Default)]
struct Work {
    /// Entries of communities, stakeholders, notes and groups.
    own: Vec<u32>,
    /// Communities and stakeholders whose boundaries follow them.
    parties: HashSet<Id, IdBuildHasher>,
    /// Boundaries to redraw with their cards.
    boundaries: HashSet<Id, IdBuildHasher>,
    /// Boundaries whose tensions changed.
    tallies: HashSet<Id, IdBuildHasher>,
    /// Cards whose activity changed.
    cards: Vec<u32>,
    /// Whether the grid must be built again.
    regrid: bool,
}

impl Scene {
    /// Brings the scene up to date with `map` after edits that touched
    /// `touched` (the ids their patches changed). Gives back false when the
    /// edits need the scene to be built again; the scene is then half
    /// updated and must be dropped.
    pub fn update(&mut self, map: &Map, touched: &[Id]) -> bool {
        let mut work = Work::default();
        for &id in touched {
            if !self.note_touched(map, id, &mut work) {
                return false;
            }
        }
        if !work.parties.is_empty() {
            // One pass over every side; a few moved parties are found
            // faster in a list than by hashing every side.
            let few: Vec<Id> = work.parties.iter().copied().collect();
            let moved = |s: &Id| {
                if few.len() <= 8 {
                    few.contains(s)
                } else {
                    work.parties.contains(s)
                }
            };
            // Boundaries come after groups, in the order their sides are
            // listed.
            let first = self.entries.partition_point(|e| e.layer == Layer::Group);
            let count = self.entries[first..].partition_point(|e| e.layer == Layer::Boundary);
            let boundaries = &self.entries[first..first + count];
            for (k, (s, _)) in self.sides.iter().enumerate() {
                if moved(s) {
                    let j = boundaries.partition_point(|e| e.sides.1 as usize <= k);
                    if let Some(e) = boundaries.get(j) {
                        work.boundaries.insert(e.id);
                    }
                }
            }
        }
        for &b in &work.tallies {
            self.retally(map, b);
        }
        work.boundaries.extend(work.tallies.iter().copied());
        let mut moved = true;
        for &i in &work.own {
            moved &= self.redraw_item(map, i);
        }
        for &b in &work.boundaries {
            moved &= self.redraw_boundary(map, b);
        }
        for &i in &work.cards {
            moved &= self.redraw_card(map, i);
        }
        if !moved || work.regrid {
            self.regrid();
        }
        if self.stale > 4096 && self.stale * 2 > self.prims.len() {
            self.compact();
        }
        true
    }

    /// Records what an id's change means; false if the scene must be built
    /// again.
    fn note_touched(&mut self, map: &Map, id: Id, work: &mut Work) -> bool {
        let drawn = self.entry_of(id);
        match map.kind_of(id) {
            Some(ItemKind::Community) if drawn.is_none() => self.append_community(map, id, work),
            Some(ItemKind::Community | ItemKind::Stakeholder) => {
                work.parties.insert(id);
                drawn.inspect(|&i| work.own.push(i)).is_some()
            }
            Some(ItemKind::Note | ItemKind::Group) => {
                drawn.inspect(|&i| work.own.push(i)).is_some()
            }
            Some(ItemKind::Boundary) => {
                // Redrawn where it is, if it still joins the same sides.
                let Some(e) = drawn.map(|i| &self.entries[i as usize]) else {
                    return false;
                };
                let sides = self.sides_of(e).iter().map(|(s, _)| s);
                let joins = map.boundaries.get(id).is_some_and(|b| sides.eq(&b.between));
                if joins {
                    work.boundaries.insert(id);
                }
                joins
            }
            Some(ItemKind::Tension) => {
                let home = map.tensions.get(id).map(|t| t.boundary);
                self.rehome(id, home, work);
                true
            }
            Some(ItemKind::Activity) => self.activity_touched(map, id, drawn, work),
            Some(_) => true, // boundary objects and brokers are not drawn
            None if let Some(i) = drawn => self.drop_last_community(i, work),
            None if self.homes.contains_key(&id) => {
                self.rehome(id, None, work);
                true
            }
            None => !self.loads.values().any(|l| l.cards.contains(&id)),
        }
    }

    /// A community added last on the map (the usual way one is added) is
    /// drawn last, on top: its entry goes at the end.
    fn append_community(&mut self, map: &Map, id: Id, work: &mut Work) -> bool {
        let first = self.entries.partition_point(|e| e.layer < Layer::Community);
        let drawn = self.entries.len() - first;
        let Some(c) = map.communities.iter().next_back() else {
            return false;
        };
        if c.id != id || drawn + 1 != map.communities.len() {
            return false;
        }
        let start = self.prims.len();
        let r = display::community(c, &mut self.prims);
        self.push(id, Layer::Community, start, r, r);
        let i = (self.entries.len() - 1) as u32;
        work.regrid |= !self.grid.moved(i, r, self.entries.len());
        true
    }

    /// A community that was drawn last is gone (such as by undoing its
    /// addition): its entry goes. Boundaries it was a side of are gone too
    /// and ask for a rebuild themselves.
    fn drop_last_community(&mut self, i: u32, work: &mut Work) -> bool {
        let last = self.entries.len() as u32 - 1;
        let e = self.entries[i as usize];
        if i != last || e.layer != Layer::Community {
            return false;
        }
        self.entries.pop();
        self.index.remove(&e.id);
        self.stale += (e.prims.1 - e.prims.0) as usize;
        // The grid's cells still list the entry's index.
        work.regrid = true;
        true
    }

    /// Moves a tension to the boundary it is on now (none: it is gone).
    fn rehome(&mut self, id: Id, home: Option<Id>, work: &mut Work) {
        if let Some(old) = self.homes.remove(&id) {
            work.tallies.insert(old);
        }
        if let Some(new) = home {
            self.homes.insert(id, new);
            work.tallies.insert(new);
        }
    }

    /// An activity changed: its card is redrawn if it hangs where it did.
    fn activity_touched(&self, map: &Map, id: Id, drawn: Option<u32>, work: &mut Work) -> bool {
        let first = map
            .activities
            .get(id)
            .and_then(|a| a.boundaries.first().copied());
        match (drawn, first) {
            (Some(i), Some(first)) => match self.entries[i as usize].layer {
                Layer::Card { boundary, .. } if boundary == first => {
                    work.cards.push(i);
                    true
                }
                _ => false,
            },
            (Some(_), None) => false,
            (None, Some(first)) => self.load(first).cards.contains(&id),
            (None, None) => !self.loads.values().any(|l| l.cards.contains(&id)),
        }
    }

    /// Counts a boundary's tensions again (one pass over the map's
    /// tensions, which only tension edits need).
    fn retally(&mut self, map: &Map, boundary: Id) {
        let load = self.loads.entry(boundary).or_default();
        load.tally = query::tally(map, boundary);
        load.tensions = map.tensions_on(boundary).map(|t| t.id).collect();
    }

    /// Gives entry `i` the primitives from `start` on and new bounds; false
    /// if the grid should be built again.
    fn replace(&mut self, i: u32, start: usize, bounds: Rect, hot: Rect) -> bool {
        let end = self.prims.len() as u32;
        let e = &mut self.entries[i as usize];
        self.stale += (e.prims.1 - e.prims.0) as usize;
        e.prims = (start as u32, end);
        e.hot = hot;
        if e.bounds == bounds {
            return true;
        }
        e.bounds = bounds;
        self.grid.moved(i, bounds, self.entries.len())
    }

    /// Draws a community, stakeholder, note or group again.
    fn redraw_item(&mut self, map: &Map, i: u32) -> bool {
        let e = self.entries[i as usize];
        let start = self.prims.len();
        let out = &mut self.prims;
        let (bounds, hot) = match e.layer {
            Layer::Community => map.communities.get(e.id).map(|c| {
                let r = display::community(c, out);
                (r, r)
            }),
            Layer::Stakeholder => map.stakeholders.get(e.id).map(|s| {
                let r = display::stakeholder(s, out);
                (r, r)
            }),
            Layer::Note => map.notes.get(e.id).map(|n| {
                let r = display::note(n, out);
                (r, r)
            }),
            Layer::Group => map.groups.get(e.id).map(|g| display::group(g, out)),
            _ => None,
        }
        .unwrap_or((e.bounds, e.hot));
        self.replace(i, start, bounds, hot)
    }

    /// Draws a boundary again from where its sides are now, and its cards.
    fn redraw_boundary(&mut self, map: &Map, id: Id) -> bool {
        let Some(i) = self.entry_of(id) else {
            return true;
        };
        let sides = self.entries[i as usize].sides;
        for s in &mut self.sides[sides.0 as usize..sides.1 as usize] {
            if let Some(p) = party_centre(map, s.0) {
                s.1 = pos2(p.x, p.y);
            }
        }
        let start = self.prims.len();
        let (bounds, marker) = self.boundary_prims(map, id, sides);
        let mut fits = self.replace(i, start, bounds, marker);
        let cards: Vec<u32> = self
            .load(id)
            .cards
            .iter()
            .filter_map(|&a| self.entry_of(a))
            .collect();
        for c in cards {
            fits &= self.redraw_card(map, c);
        }
        fits
    }

    /// Draws an activity's card again below its boundary's marker.
    fn redraw_card(&mut self, map: &Map, i: u32) -> bool {
        let e = self.entries[i as usize];
        let Layer::Card { boundary, slot } = e.layer else {
            return true;
        };
        let (Some(a), Some(b)) = (map.activities.get(e.id), self.entry(boundary)) else {
            return true;
        };
        let middle: Pos2 = b.hot.center();
        let count = self.load(boundary).cards.len();
        let rect = display::card_rect(self.sides_of(b), middle, slot, count);
        let start = self.prims.len();
        display::card(a, rect, &mut self.prims);
        self.replace(i, start, rect, rect)
    }

    /// Drops the primitives no entry owns.
    fn compact(&mut self) {
        let mut old: Vec<Option<display::Prim>> = std::mem::take(&mut self.prims)
            .into_iter()
            .map(Some)
            .collect();
        let mut prims = Vec::with_capacity(old.len() - self.stale);
        for e in &mut self.entries {
            let start = prims.len() as u32;
            prims.extend(
                old[e.prims.0 as usize..e.prims.1 as usize]
                    .iter_mut()
                    .filter_map(Option::take),
            );
            e.prims = (start, prims.len() as u32);
        }
        self.prims = prims;
        self.stale = 0;
    }
}

#[cfg(test)]
mod tests {
    use eframe::egui::Vec2;

    use super::*;
    use crate::model::{
        Boundary, Item, Point, Severity, Tension, TensionKind, TensionStatus as Status,
    };
    use crate::{Document, Edit, generate};

    /// Two scenes draw the same things in the same places, with the same
    /// loads, and their grids find the same entries.
    fn assert_same(kept: &Scene, fresh: &Scene, step: usize) {
        assert_eq!(kept.entries.len(), fresh.entries.len(), "step {step}");
        for (a, b) in kept.entries.iter().zip(&fresh.entries) {
            let what = format!("step {step}, {:?} {:?}", b.layer, b.id);
            assert_eq!((a.id, a.layer), (b.id, b.layer), "{what}");
            assert_eq!((a.bounds, a.hot), (b.bounds, b.hot), "{what}");
            assert_eq!(kept.sides_of(a), fresh.sides_of(b), "{what}");
            assert_eq!(kept.prims_of(a), fresh.prims_of(b), "{what}");
            let (la, lb) = (kept.load(a.id), fresh.load(b.id));
            assert_eq!(la.tally, lb.tally);
            assert_eq!(la.cards, lb.cards, "{what}");
        }
        assert_eq!(kept.bounds(), fresh.bounds(), "step {step}");
        let all = fresh.bounds();
        for k in 0..6 {
            let f = k as f32 / 6.0;
            let area = Rect::from_min_size(all.min + all.size() * f, all.size() * 0.2);
            assert_eq!(kept.query(area, &[]), fresh.query(area, &[]), "step {step}");
        }
    }

    /// One random edit of the kinds a facilitator makes most; some are
    /// refused, which is fine.
    fn random_edit(doc: &mut Document, rng: &mut fastrand::Rng) {
        let map = doc.map();
        let pick = |rng: &mut fastrand::Rng, n: usize| rng.usize(..n.max(1));
        let community = map
            .communities
            .iter()
            .nth(pick(rng, map.communities.len()))
            .cloned();
        let boundary = map
            .boundaries
            .iter()
            .nth(pick(rng, map.boundaries.len()))
            .cloned();
        let tension = map
            .tensions
            .iter()
            .nth(pick(rng, map.tensions.len()))
            .cloned();
        let severity = |rng: &mut fastrand::Rng| Severity::new(rng.u8(1..=5)).expect("1 to 5");
        let edit = match rng.u8(..13) {
            0 | 1 => community.map(|c| {
                let d = Vec2::new(rng.f32() * 400.0 - 200.0, rng.f32() * 400.0 - 200.0);
                Edit::Move(vec![(c.id, Point::new(c.pos.x + d.x, c.pos.y + d.y))])
            }),
            2 => community.map(|mut c| {
                c.name = format!("Renamed {}", rng.u32(..));
                Edit::Update(c.into())
            }),
            3 => boundary.map(|b| {
                let t = Tension::new(map.new_id(), b.id, TensionKind::Suspicion, severity(rng));
                Edit::Add(t.into())
            }),
            4 => tension.map(|t| Edit::Remove(vec![t.id])),
            5 => tension.map(|mut t| {
                t.severity = severity(rng);
                t.status = [Status::Open, Status::Easing, Status::Resolved][rng.usize(..3)];
                Edit::Update(t.into())
            }),
            6 => {
                let ids: Vec<_> = map.communities.iter().map(|c| c.id).collect();
                let (a, b) = (ids[pick(rng, ids.len())], ids[pick(rng, ids.len())]);
                Some(Edit::Add(Boundary::new(map.new_id(), vec![a, b]).into()))
            }
            7 => boundary.map(|b| Edit::Remove(vec![b.id])),
            8 => map
                .activities
                .iter()
                .nth(pick(rng, map.activities.len()))
                .cloned()
                .map(|mut a| {
                    a.title = format!("Activity {}", rng.u32(..));
                    Edit::Update(Item::from(a))
                }),
            12 => {
                let p = Point::new(rng.f32() * 2000.0, rng.f32() * 2000.0);
                Some(Edit::Add(
                    crate::model::Community::new(map.new_id(), "New", p).into(),
                ))
            }
            9 => {
                doc.undo();
                None
            }
            10 => {
                doc.redo();
                None
            }
            _ => {
                doc.undo();
                doc.undo();
                None
            }
        };
        if let Some(edit) = edit {
            let _ = doc.apply(edit);
        }
    }

    /// A scene kept up to date edit by edit equals one built from scratch,
    /// and most edits are taken in without building again.
    #[test]
    fn an_updated_scene_equals_a_rebuilt_one() {
        let mut rng = fastrand::Rng::with_seed(7);
        let mut doc = Document::new(generate::map(120, 5));
        let mut scene = Scene::new(doc.map());
        let mut revision = doc.revision();
        let mut kept = 0;
        for step in 0..400 {
            for _ in 0..rng.usize(1..=3) {
                random_edit(&mut doc, &mut rng);
            }
            match doc.touched_since(revision) {
                Some(touched) if scene.update(doc.map(), &touched) => kept += 1,
                _ => scene.rebuild(doc.map()),
            }
            revision = doc.revision();
            assert_same(&scene, &Scene::new(doc.map()), step);
        }
        assert!(kept > 200, "only {kept} of 400 kept");
    }

    /// Communities added one by one to an empty map, and taken away again
    /// by undo, are taken in without building the scene again.
    #[test]
    fn added_communities_are_appended() {
        let mut doc = Document::new(crate::model::Map::default());
        let mut scene = Scene::new(doc.map());
        for k in 0..40 {
            let revision = doc.revision();
            let p = Point::new((k % 7) as f32 * 150.0, (k / 7) as f32 * 150.0);
            let c = crate::model::Community::new(doc.map().new_id(), "New", p);
            doc.apply(Edit::Add(c.into())).expect("adds");
            let touched = doc.touched_since(revision).expect("one step");
            assert!(scene.update(doc.map(), &touched));
            assert_same(&scene, &Scene::new(doc.map()), k);
        }
        for k in 0..40 {
            let revision = doc.revision();
            doc.undo();
            let touched = doc.touched_since(revision).expect("one step");
            assert!(scene.update(doc.map(), &touched));
            assert_same(&scene, &Scene::new(doc.map()), k);
        }
        assert!(scene.entries.is_empty());
    }

    /// Many moves in a row leave the grid and the display list tidy.
    #[test]
    fn many_moves_keep_finding_what_moved() {
        let mut doc = Document::new(generate::map(60, 2));
        let mut scene = Scene::new(doc.map());
        let c = doc
            .map()
            .communities
            .iter()
            .next()
            .map(|c| c.id)
            .expect("one");
        for k in 0..3000 {
            let revision = doc.revision();
            let p = Point::new((k % 50) as f32 * 40.0, (k / 50) as f32 * 40.0);
            doc.apply(Edit::Move(vec![(c, p)])).expect("moves");
            let touched = doc.touched_since(revision).expect("one step");
            assert!(scene.update(doc.map(), &touched));
        }
        assert_same(&scene, &Scene::new(doc.map()), 3000);
        assert!(scene.stale * 2 <= scene.prims.len() + 4096);
    }
}
