//! Saved views and conflict lists in a merge: views have no ids, so they
//! are matched by name (a repeated name by its turn).

use crate::model::{Conflict, SavedView};

use super::fields::{self, file_text};

/// A view's key: its name and how many views before it share that name.
pub(crate) type Key = (String, usize);

/// Each view with its key, in order.
pub(crate) fn keyed(views: &[SavedView]) -> Vec<(Key, &SavedView)> {
    let mut out: Vec<(Key, &SavedView)> = Vec::with_capacity(views.len());
    for v in views {
        let turn = out.iter().filter(|((name, _), _)| *name == v.name).count();
        out.push(((v.name.clone(), turn), v));
    }
    out
}

fn find<'a>(list: &[(Key, &'a SavedView)], key: &Key) -> Option<&'a SavedView> {
    list.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

/// Merges the saved views. A change on one side is taken; views both sides
/// changed differently, or that one side removed and the other changed,
/// are conflicts (mine stays). Views kept from the original keep its order;
/// new views follow, by name.
pub(crate) fn merge(
    base: &[SavedView],
    mine: &[SavedView],
    theirs: &[SavedView],
    conflicts: &mut Vec<Conflict>,
) -> Vec<SavedView> {
    if mine == theirs || base == theirs {
        return mine.to_vec();
    }
    if base == mine {
        return theirs.to_vec();
    }
    let (b, m, t) = (keyed(base), keyed(mine), keyed(theirs));
    let mut out = Vec::new();
    for (key, was) in &b {
        let chosen = pick(Some(was), find(&m, key), find(&t, key), conflicts);
        out.extend(chosen.cloned());
    }
    let mut new_keys: Vec<&Key> = m
        .iter()
        .chain(t.iter())
        .map(|(k, _)| k)
        .filter(|k| find(&b, k).is_none())
        .collect();
    new_keys.sort();
    new_keys.dedup();
    for key in new_keys {
        let chosen = pick(None, find(&m, key), find(&t, key), conflicts);
        out.extend(chosen.cloned());
    }
    out
}

/// One view three ways: which version stays, noting any conflict.
fn pick<'a>(
    base: Option<&SavedView>,
    mine: Option<&'a SavedView>,
    theirs: Option<&'a SavedView>,
    conflicts: &mut Vec<Conflict>,
) -> Option<&'a SavedView> {
    if mine == theirs || base == theirs {
        return mine;
    }
    if base == mine {
        return theirs;
    }
    let name = mine.or(theirs).map(|v| v.name.clone());
    conflicts.push(Conflict {
        item: None,
        view: name,
        field: String::new(),
        mine: mine.map(file_text),
        theirs: theirs.map(file_text),
    });
    // Nothing either side wrote is lost: a view removed on one side and
    // changed on the other stays.
    mine.or(theirs)
}

/// Merges the conflicts already on the maps: ones either side resolved go,
/// new ones on either side stay.
pub(crate) fn merge_conflicts(
    base: &[Conflict],
    mine: &[Conflict],
    theirs: &[Conflict],
) -> Vec<Conflict> {
    let mut none = Vec::new();
    fields::set(
        "conflicts",
        Some(&base.to_vec()),
        &mine.to_vec(),
        &theirs.to_vec(),
        &mut none,
    )
}
