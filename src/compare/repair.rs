//! Making a merged map whole again. Items one side removed may still be
//! needed by what the other side wrote: a tension added on a boundary the
//! other side removed, a boundary changed on one side between communities
//! the other removed. Those items are brought back (and the return noted as
//! a conflict), so nothing written is lost. References that only list an
//! item (participants, raised by, …) are dropped, as the editor drops them
//! when an item is deleted.

use std::collections::HashSet;

use super::merge::whole;
use crate::model::{Conflict, Id, IdBuildHasher, Item, ItemKind, Map};

type IdSet = HashSet<Id, IdBuildHasher>;

/// Repairs `map`, merged from `mine` and `theirs`, noting what it had to
/// bring back or leave out in `found`.
pub(crate) fn run(map: &mut Map, mine: &Map, theirs: &Map, found: &mut Vec<Conflict>) {
    let mut fix = Fix {
        map,
        mine,
        theirs,
        found,
        dropped: IdSet::default(),
    };
    fix.one_kind_per_id();
    while fix.needed_items() {}
    strip_references(fix.map);
}

struct Fix<'a> {
    map: &'a mut Map,
    mine: &'a Map,
    theirs: &'a Map,
    found: &'a mut Vec<Conflict>,
    /// Items left out, never to be brought back.
    dropped: IdSet,
}

impl Fix<'_> {
    /// An id the two sides gave to items of different kinds (only possible
    /// in maps that do not share an origin) stays with its first kind.
    fn one_kind_per_id(&mut self) {
        let mut seen = IdSet::default();
        let twice: Vec<(Id, ItemKind)> = all_ids(self.map)
            .filter(|(id, _)| !seen.insert(*id))
            .collect();
        for (id, kind) in twice {
            self.drop_kind(id, kind);
        }
    }

    /// Brings back or leaves out one round of items; says whether it
    /// changed anything.
    fn needed_items(&mut self) -> bool {
        let mut changed = false;
        let lost: Vec<(Id, Id)> = self
            .map
            .tensions
            .iter()
            .filter(|t| !self.map.boundaries.contains(t.boundary))
            .map(|t| (t.id, t.boundary))
            .collect();
        for (tension, boundary) in lost {
            if !self.bring_back(boundary, |k| k == ItemKind::Boundary) {
                self.drop_kind(tension, ItemKind::Tension);
            }
            changed = true;
        }
        let lost: Vec<(Id, Vec<Id>)> = self
            .map
            .boundaries
            .iter()
            .map(|b| {
                let missing = b.between.iter().copied();
                (b.id, missing.filter(|&p| !self.map.is_party(p)).collect())
            })
            .filter(|(_, missing): &(Id, Vec<Id>)| !missing.is_empty())
            .collect();
        for (boundary, missing) in lost {
            let gone: Vec<Id> = missing
                .into_iter()
                .filter(|&p| !self.bring_back(p, ItemKind::is_party))
                .collect();
            if !gone.is_empty() {
                self.shrink_boundary(boundary, &gone);
            }
            changed = true;
        }
        changed
    }

    /// A boundary whose sides in `gone` cannot come back: it loses them, or
    /// goes if fewer than two sides are left.
    fn shrink_boundary(&mut self, boundary: Id, gone: &[Id]) {
        let Some(b) = self.map.boundaries.get(boundary) else {
            return;
        };
        let mut fixed = b.clone();
        fixed.between.retain(|p| !gone.contains(p));
        if fixed.between.len() >= 2 {
            self.map.replace_item(fixed.into());
        } else {
            self.drop_kind(boundary, ItemKind::Boundary);
        }
    }

    /// Puts back an item one side removed, taken from the side that still
    /// has it, if its kind is one `fits` accepts and its id is free.
    /// Says whether the map now has it (perhaps brought back already).
    fn bring_back(&mut self, id: Id, fits: fn(ItemKind) -> bool) -> bool {
        if let Some(kind) = self.map.kind_of(id) {
            return fits(kind);
        }
        if self.dropped.contains(&id) {
            return false;
        }
        let version = |map: &Map| map.item(id).filter(|x| fits(x.kind()));
        let (mine, theirs) = (version(self.mine), version(self.theirs));
        let Some(item) = mine.clone().or_else(|| theirs.clone()) else {
            return false;
        };
        self.map.insert_item(usize::MAX, item);
        self.found.push(whole(id, mine, theirs));
        true
    }

    /// Leaves out the item of this kind with this id, keeping both sides'
    /// versions of it in a conflict.
    fn drop_kind(&mut self, id: Id, kind: ItemKind) {
        let version = |map: &Map| map.item(id).filter(|x| x.kind() == kind);
        let (mine, theirs) = (version(self.mine), version(self.theirs));
        if remove_kind(self.map, id, kind) {
            self.dropped.insert(id);
            self.found.push(whole(id, mine, theirs));
        }
    }
}

/// Takes out the item with this id from this kind's list only.
fn remove_kind(map: &mut Map, id: Id, kind: ItemKind) -> bool {
    match kind {
        ItemKind::Community => map.communities.remove(id).is_some(),
        ItemKind::Stakeholder => map.stakeholders.remove(id).is_some(),
        ItemKind::Boundary => map.boundaries.remove(id).is_some(),
        ItemKind::Tension => map.tensions.remove(id).is_some(),
        ItemKind::Activity => map.activities.remove(id).is_some(),
        ItemKind::Object => map.objects.remove(id).is_some(),
        ItemKind::Broker => map.brokers.remove(id).is_some(),
        ItemKind::Note => map.notes.remove(id).is_some(),
        ItemKind::Group => map.groups.remove(id).is_some(),
    }
}

/// Every id with its kind, kind by kind in map order.
fn all_ids(map: &Map) -> impl Iterator<Item = (Id, ItemKind)> + '_ {
    let of = |kind: ItemKind| move |id: Id| (id, kind);
    map.communities
        .iter()
        .map(|x| x.id)
        .map(of(ItemKind::Community))
        .chain(
            map.stakeholders
                .iter()
                .map(|x| x.id)
                .map(of(ItemKind::Stakeholder)),
        )
        .chain(
            map.boundaries
                .iter()
                .map(|x| x.id)
                .map(of(ItemKind::Boundary)),
        )
        .chain(map.tensions.iter().map(|x| x.id).map(of(ItemKind::Tension)))
        .chain(
            map.activities
                .iter()
                .map(|x| x.id)
                .map(of(ItemKind::Activity)),
        )
        .chain(map.objects.iter().map(|x| x.id).map(of(ItemKind::Object)))
        .chain(map.brokers.iter().map(|x| x.id).map(of(ItemKind::Broker)))
        .chain(map.notes.iter().map(|x| x.id).map(of(ItemKind::Note)))
        .chain(map.groups.iter().map(|x| x.id).map(of(ItemKind::Group)))
}

/// Keeps, in order and once each, the ids that `fits` accepts. Gives back
/// `None` when nothing had to go.
fn kept(list: &[Id], fits: impl Fn(Id) -> bool) -> Option<Vec<Id>> {
    let mut out: Vec<Id> = Vec::with_capacity(list.len());
    for &id in list {
        if fits(id) && !out.contains(&id) {
            out.push(id);
        }
    }
    (out.len() != list.len()).then_some(out)
}

/// Drops references to items that are not on the map (or not of the kind
/// the reference needs), and repeats, as the editor does on a delete.
fn strip_references(map: &mut Map) {
    let mut repairs: Vec<Item> = Vec::new();
    let party = |id: Id| map.is_party(id);
    let boundary = |id: Id| map.boundaries.contains(id);
    for t in map.tensions.iter() {
        if t.raised_by.is_some_and(|p| !party(p)) {
            let mut fixed = t.clone();
            fixed.raised_by = None;
            repairs.push(fixed.into());
        }
    }
    for a in map.activities.iter() {
        let boundaries = kept(&a.boundaries, boundary);
        let tensions = kept(&a.tensions, |id| map.tensions.contains(id));
        let participants = kept(&a.participants, party);
        let expectations_touched = a.expectations.iter().any(|e| !party(e.party));
        if boundaries.is_some()
            || tensions.is_some()
            || participants.is_some()
            || expectations_touched
        {
            let mut fixed = a.clone();
            fixed.boundaries = boundaries.unwrap_or(fixed.boundaries);
            fixed.tensions = tensions.unwrap_or(fixed.tensions);
            fixed.participants = participants.unwrap_or(fixed.participants);
            fixed.expectations.retain(|e| party(e.party));
            repairs.push(fixed.into());
        }
    }
    for o in map.objects.iter() {
        if let Some(boundaries) = kept(&o.boundaries, boundary) {
            let mut fixed = o.clone();
            fixed.boundaries = boundaries;
            repairs.push(fixed.into());
        }
    }
    for b in map.brokers.iter() {
        let communities = kept(&b.communities, |id| map.communities.contains(id));
        let boundaries = kept(&b.boundaries, boundary);
        if communities.is_some() || boundaries.is_some() {
            let mut fixed = b.clone();
            fixed.communities = communities.unwrap_or(fixed.communities);
            fixed.boundaries = boundaries.unwrap_or(fixed.boundaries);
            repairs.push(fixed.into());
        }
    }
    for item in repairs {
        map.replace_item(item);
    }
}
