//! Removing items and repairing whatever referred to them.

use std::collections::HashSet;

use super::patch::Change;
use crate::model::{Id, IdBuildHasher, Item, Map, Problem, ProblemKind};

type IdSet = HashSet<Id, IdBuildHasher>;

/// Plans the removal of `ids`: the items themselves, the boundaries that
/// would be left with fewer than two sides, the tensions on removed
/// boundaries, and repaired copies of everything that named a removed item.
pub(super) fn plan(map: &Map, ids: &[Id]) -> Result<Vec<Change>, Problem> {
    let (doomed, gone, mut repairs) = what_goes(map, ids)?;
    repairs.extend(repairs_for(map, &gone));
    let mut changes: Vec<Change> = repairs.into_iter().map(Change::Replace).collect();
    changes.extend(doomed.into_iter().map(Change::Remove));
    Ok(changes)
}

/// What goes when `ids` go: the items themselves, boundaries left with
/// fewer than two sides and the tensions on those, in that order; the set of
/// them all; and the boundaries that lose a side but keep two or more.
#[allow(
    clippy::type_complexity,
    reason = "three results of one pass, named where they are taken apart"
)]
fn what_goes(map: &Map, ids: &[Id]) -> Result<(Vec<Id>, IdSet, Vec<Item>), Problem> {
    let mut doomed: Vec<Id> = Vec::with_capacity(ids.len());
    let mut gone: IdSet = HashSet::default();
    for &id in ids {
        if !map.contains(id) {
            return Err(Problem::new(
                ProblemKind::NoSuchItem,
                id,
                format!("There is no item {id} on the map to delete"),
            ));
        }
        if gone.insert(id) {
            doomed.push(id);
        }
    }

    let mut repairs: Vec<Item> = Vec::new();
    let parties_go = doomed.iter().any(|&id| map.is_party(id));
    if parties_go {
        for b in map.boundaries.iter() {
            if gone.contains(&b.id) {
                continue;
            }
            let left: Vec<Id> = b
                .between
                .iter()
                .copied()
                .filter(|p| !gone.contains(p))
                .collect();
            if left.len() < 2 {
                gone.insert(b.id);
                doomed.push(b.id);
            } else if left.len() != b.between.len() {
                let mut fixed = b.clone();
                fixed.between = left;
                repairs.push(fixed.into());
            }
        }
    }
    if doomed.iter().any(|&id| map.boundaries.contains(id)) {
        for t in map.tensions.iter() {
            if !gone.contains(&t.id) && gone.contains(&t.boundary) {
                gone.insert(t.id);
                doomed.push(t.id);
            }
        }
    }

    Ok((doomed, gone, repairs))
}

/// The items that stay but point at something in `gone`, each without it.
fn repairs_for(map: &Map, gone: &IdSet) -> Vec<Item> {
    let mut repairs: Vec<Item> = Vec::new();
    let keep = |list: &[Id]| -> Option<Vec<Id>> {
        list.iter().any(|id| gone.contains(id)).then(|| {
            list.iter()
                .copied()
                .filter(|id| !gone.contains(id))
                .collect()
        })
    };
    for t in map.tensions.iter().filter(|t| !gone.contains(&t.id)) {
        if t.raised_by.is_some_and(|p| gone.contains(&p)) {
            let mut fixed = t.clone();
            fixed.raised_by = None;
            repairs.push(fixed.into());
        }
    }
    for a in map.activities.iter().filter(|a| !gone.contains(&a.id)) {
        let boundaries = keep(&a.boundaries);
        let tensions = keep(&a.tensions);
        let participants = keep(&a.participants);
        let expectations_touched = a.expectations.iter().any(|e| gone.contains(&e.party));
        if boundaries.is_some()
            || tensions.is_some()
            || participants.is_some()
            || expectations_touched
        {
            let mut fixed = a.clone();
            fixed.boundaries = boundaries.unwrap_or(fixed.boundaries);
            fixed.tensions = tensions.unwrap_or(fixed.tensions);
            fixed.participants = participants.unwrap_or(fixed.participants);
            fixed.expectations.retain(|e| !gone.contains(&e.party));
            repairs.push(fixed.into());
        }
    }
    for o in map.objects.iter().filter(|o| !gone.contains(&o.id)) {
        if let Some(boundaries) = keep(&o.boundaries) {
            let mut fixed = o.clone();
            fixed.boundaries = boundaries;
            repairs.push(fixed.into());
        }
    }
    for b in map.brokers.iter().filter(|b| !gone.contains(&b.id)) {
        let communities = keep(&b.communities);
        let boundaries = keep(&b.boundaries);
        if communities.is_some() || boundaries.is_some() {
            let mut fixed = b.clone();
            fixed.communities = communities.unwrap_or(fixed.communities);
            fixed.boundaries = boundaries.unwrap_or(fixed.boundaries);
            repairs.push(fixed.into());
        }
    }

    repairs
}
