//! Copy and paste: which items a copy takes, and what a paste adds.
//!
//! A copy takes the chosen items and what belongs to them: the contents of
//! a chosen group, the boundaries between chosen communities and
//! stakeholders, and the tensions and activities on those boundaries. What
//! the copied items point at without being copied (the boundary of a copied
//! tension, say) travels along as an *anchor*, so the copy is a whole map on
//! its own. A paste adds fresh copies of the copied items; anchors are never
//! copied: they join up with the same items if the map has them (pasting a
//! tension back into its own map puts it on the same boundary), and
//! whatever needs a missing anchor is left out.

use std::collections::{HashMap, HashSet};

use super::Edit;
use crate::model::{Id, IdBuildHasher, Item, Map, Meta, Point};

/// Copied items, ready to paste into this map or another.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clip {
    /// The copied items and their anchors: a complete map.
    pub map: Map,
    /// The items in `map` that were not copied, only pointed at.
    pub anchors: Vec<Id>,
}

/// What a paste adds.
#[derive(Debug, Clone, PartialEq)]
pub struct Pasted {
    /// One edit that adds everything (one undo step).
    pub edit: Edit,
    /// The new items.
    pub ids: Vec<Id>,
    /// The new items that stand on the canvas by themselves, to select
    /// after pasting so that they can be dragged at once.
    pub placed: Vec<Id>,
}

type IdSet = HashSet<Id, IdBuildHasher>;

/// Copies `ids` from `map`, with what belongs to them. Gives `None` when
/// none of them is on the map.
pub fn copy(map: &Map, ids: &[Id]) -> Option<Clip> {
    let mut copied: IdSet = ids.iter().copied().filter(|&id| map.contains(id)).collect();
    if copied.is_empty() {
        return None;
    }
    // A group takes what lies inside its frame.
    for &g in ids.iter().filter(|&&id| map.groups.contains(id)) {
        copied.extend(map.group_contents(g));
    }
    // Boundaries between copied parties, then what sits on copied boundaries.
    for b in map.boundaries.iter() {
        if b.between.iter().all(|p| copied.contains(p)) {
            copied.insert(b.id);
        }
    }
    for t in map.tensions.iter() {
        if copied.contains(&t.boundary) {
            copied.insert(t.id);
        }
    }
    let all_copied =
        |list: &[Id], copied: &IdSet| !list.is_empty() && list.iter().all(|id| copied.contains(id));
    for a in map.activities.iter() {
        if all_copied(&a.boundaries, &copied) {
            copied.insert(a.id);
        }
    }
    for o in map.objects.iter() {
        if all_copied(&o.boundaries, &copied) {
            copied.insert(o.id);
        }
    }
    for b in map.brokers.iter() {
        let mut named = b.communities.clone();
        named.extend(&b.boundaries);
        if all_copied(&named, &copied) {
            copied.insert(b.id);
        }
    }

    // Anchors: what copied items point at, and what those anchors need.
    let mut anchors: IdSet = IdSet::default();
    let mut wanted: Vec<Id> = copied.iter().flat_map(|&id| references(map, id)).collect();
    while let Some(id) = wanted.pop() {
        if !copied.contains(&id) && map.contains(id) && anchors.insert(id) {
            wanted.extend(references(map, id));
        }
    }

    let keep = |id: &Id| copied.contains(id) || anchors.contains(id);
    let clip_map = Map {
        meta: Meta::titled("Copied items"),
        views: Vec::new(),
        conflicts: Vec::new(),
        kept: crate::model::Kept::default(),
        ..map.keeping(keep)
    };
    // Anchors in map order, so the same copy always reads the same.
    let anchors = clip_map
        .communities
        .iter()
        .map(|c| c.id)
        .chain(clip_map.stakeholders.iter().map(|s| s.id))
        .chain(clip_map.boundaries.iter().map(|b| b.id))
        .chain(clip_map.tensions.iter().map(|t| t.id))
        .chain(clip_map.activities.iter().map(|a| a.id))
        .filter(|id| anchors.contains(id))
        .collect();
    Some(Clip {
        map: clip_map,
        anchors,
    })
}

/// The items an item points at.
fn references(map: &Map, id: Id) -> Vec<Id> {
    if let Some(b) = map.boundaries.get(id) {
        return b.between.clone();
    }
    if let Some(t) = map.tensions.get(id) {
        return std::iter::once(t.boundary).chain(t.raised_by).collect();
    }
    if let Some(a) = map.activities.get(id) {
        let mut out = a.boundaries.clone();
        out.extend(&a.tensions);
        out.extend(&a.participants);
        out.extend(a.expectations.iter().map(|e| e.party));
        return out;
    }
    if let Some(o) = map.objects.get(id) {
        return o.boundaries.clone();
    }
    if let Some(b) = map.brokers.get(id) {
        let mut out = b.communities.clone();
        out.extend(&b.boundaries);
        return out;
    }
    Vec::new()
}

/// Where each clip item lands in `target`: a fresh id for every copied
/// item, its own id for an anchor `target` has (of the same kind); missing
/// means left out.
type Renaming = HashMap<Id, Id, IdBuildHasher>;

/// What pasting `clip` into `target` adds: fresh copies of the copied
/// items, moved by `shift` (map units). Gives `None` when nothing can be
/// added (everything copied needs an anchor `target` does not have).
pub fn paste(target: &Map, clip: &Clip, shift: Point) -> Option<Pasted> {
    let anchors: IdSet = clip.anchors.iter().copied().collect();
    let mut rename = renaming(target, clip, &anchors);
    let mut added: Vec<Item> = Vec::new();
    copy_placed(&clip.map, &anchors, &rename, shift, &mut added);
    copy_linked(&clip.map, &anchors, &mut rename, &mut added);
    if added.is_empty() {
        return None;
    }

    Some(Pasted {
        ids: added.iter().map(Item::id).collect(),
        placed: added
            .iter()
            .filter(|i| i.kind().stands_alone())
            .map(Item::id)
            .collect(),
        edit: Edit::Batch(added.into_iter().map(Edit::Add).collect()),
    })
}

/// The ids the clip items take in `target`.
fn renaming(target: &Map, clip: &Clip, anchors: &IdSet) -> Renaming {
    let mut taken: IdSet = IdSet::default();
    let mut rename = Renaming::default();
    let source = &clip.map;
    for id in source.ids() {
        if anchors.contains(&id) {
            if target.kind_of(id) == source.kind_of(id) {
                rename.insert(id, id);
            }
        } else {
            let fresh = loop {
                let candidate = target.new_id();
                if taken.insert(candidate) {
                    break candidate;
                }
            };
            rename.insert(id, fresh);
        }
    }
    rename
}

/// Copies of the items with a place of their own, moved by `shift`.
fn copy_placed(
    source: &Map,
    anchors: &IdSet,
    rename: &Renaming,
    shift: Point,
    added: &mut Vec<Item>,
) {
    let copied = |id: &Id| !anchors.contains(id);
    let moved = |p: Point| Point::new(p.x + shift.x, p.y + shift.y);
    for g in source.groups.iter().filter(|g| copied(&g.id)) {
        let mut g = g.clone();
        g.pos = moved(g.pos);
        g.id = rename[&g.id];
        added.push(g.into());
    }
    for c in source.communities.iter().filter(|c| copied(&c.id)) {
        let mut c = c.clone();
        c.pos = moved(c.pos);
        c.id = rename[&c.id];
        added.push(c.into());
    }
    for s in source.stakeholders.iter().filter(|s| copied(&s.id)) {
        let mut s = s.clone();
        s.pos = moved(s.pos);
        s.id = rename[&s.id];
        added.push(s.into());
    }
    for n in source.notes.iter().filter(|n| copied(&n.id)) {
        let mut n = n.clone();
        n.pos = moved(n.pos);
        n.id = rename[&n.id];
        added.push(n.into());
    }
}

/// Copies of the items that point at others, pointing at the copies (or
/// the anchors); an item left with nothing to stand on is left out.
fn copy_linked(source: &Map, anchors: &IdSet, rename: &mut Renaming, added: &mut Vec<Item>) {
    let copied = |id: &Id| !anchors.contains(id);
    let to = |rename: &Renaming, list: &[Id]| -> Vec<Id> {
        list.iter()
            .filter_map(|id| rename.get(id).copied())
            .collect()
    };
    for b in source.boundaries.iter().filter(|b| copied(&b.id)) {
        let mut b = b.clone();
        b.between = to(rename, &b.between);
        if b.between.len() < 2 {
            rename.remove(&b.id);
            continue;
        }
        b.id = rename[&b.id];
        added.push(b.into());
    }
    for t in source.tensions.iter().filter(|t| copied(&t.id)) {
        let mut t = t.clone();
        let Some(&boundary) = rename.get(&t.boundary) else {
            rename.remove(&t.id);
            continue;
        };
        t.boundary = boundary;
        t.raised_by = t.raised_by.and_then(|p| rename.get(&p).copied());
        t.id = rename[&t.id];
        added.push(t.into());
    }
    for a in source.activities.iter().filter(|a| copied(&a.id)) {
        let mut a = a.clone();
        a.boundaries = to(rename, &a.boundaries);
        if a.boundaries.is_empty() {
            rename.remove(&a.id);
            continue;
        }
        a.tensions = to(rename, &a.tensions);
        a.participants = to(rename, &a.participants);
        a.expectations.retain_mut(|e| match rename.get(&e.party) {
            Some(&p) => {
                e.party = p;
                true
            }
            None => false,
        });
        a.id = rename[&a.id];
        added.push(a.into());
    }
    for o in source.objects.iter().filter(|o| copied(&o.id)) {
        let mut o = o.clone();
        o.boundaries = to(rename, &o.boundaries);
        o.id = rename[&o.id];
        added.push(o.into());
    }
    for b in source.brokers.iter().filter(|b| copied(&b.id)) {
        let mut b = b.clone();
        b.communities = to(rename, &b.communities);
        b.boundaries = to(rename, &b.boundaries);
        b.id = rename[&b.id];
        added.push(b.into());
    }
}
