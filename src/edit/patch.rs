//! Patches: the low-level steps an edit is made of, which undo replays.

use crate::model::{Conflict, Id, Item, Map, Meta, Point, SavedView};

/// One low-level step. Steps are only made by checked edits or as the
/// inverse of other steps, so they always fit the map they are applied to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// Put an item at a place in its kind's order.
    Insert { index: usize, item: Item },
    /// Take an item out.
    Remove(Id),
    /// Swap in a new version of an item.
    Replace(Item),
    /// Set the position of an item.
    Place { id: Id, pos: Point },
    /// Set the map's facts.
    Meta(Meta),
    /// Set the saved views.
    Views(Vec<SavedView>),
    /// Set the merge conflicts.
    Conflicts(Vec<Conflict>),
}

/// A sequence of low-level steps. Applying a patch gives back the patch
/// that undoes it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Patch {
    changes: Vec<Change>,
}

impl Patch {
    pub(crate) fn from_changes(changes: Vec<Change>) -> Self {
        Self { changes }
    }

    /// Whether the patch changes nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Applies the patch; gives back the patch that undoes it.
    pub fn apply(self, map: &mut Map) -> Patch {
        let mut inverse: Vec<Change> = self
            .changes
            .into_iter()
            .filter_map(|change| apply_change(map, change))
            .collect();
        inverse.reverse();
        Patch { changes: inverse }
    }

    /// The ids of the items it changes, in order, each once. The inverse
    /// patch changes the same ones.
    pub fn touched(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = Vec::new();
        for change in &self.changes {
            let id = match change {
                Change::Insert { item, .. } | Change::Replace(item) => item.id(),
                Change::Remove(id) | Change::Place { id, .. } => *id,
                Change::Meta(_) | Change::Views(_) | Change::Conflicts(_) => continue,
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// A patch that does `self` and then `next`.
    pub fn then(mut self, next: Patch) -> Patch {
        self.changes.extend(next.changes);
        self
    }
}

/// Applies one step; gives back the step that undoes it. A step that does
/// not fit the map (which checked edits never produce) is skipped rather
/// than allowed to crash the app in front of a room.
fn apply_change(map: &mut Map, change: Change) -> Option<Change> {
    match change {
        Change::Insert { index, item } => {
            let id = item.id();
            if map.contains(id) {
                debug_assert!(false, "insert of an id already on the map");
                return None;
            }
            map.insert_item(index, item);
            Some(Change::Remove(id))
        }
        Change::Remove(id) => {
            let (index, item) = map.remove_item(id)?;
            Some(Change::Insert { index, item })
        }
        Change::Replace(item) => map.replace_item(item).map(Change::Replace),
        Change::Place { id, pos } => {
            let slot = map.pos_mut(id)?;
            let old = std::mem::replace(slot, pos);
            Some(Change::Place { id, pos: old })
        }
        Change::Meta(meta) => Some(Change::Meta(std::mem::replace(&mut map.meta, meta))),
        Change::Views(views) => Some(Change::Views(std::mem::replace(&mut map.views, views))),
        Change::Conflicts(list) => Some(Change::Conflicts(std::mem::replace(
            &mut map.conflicts,
            list,
        ))),
    }
}
