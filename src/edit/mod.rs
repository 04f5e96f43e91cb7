//! Edits: the one way to change a map.
//!
//! Every change is an [`Edit`] value, checked against the map and then
//! applied by [`apply`] in one place. Applying gives back a [`Patch`] that
//! undoes it exactly, so undo, redo and "modified since saved" need nothing
//! from the code that asked for the change. An edit that breaks a rule is
//! refused whole: the map is left as it was.

mod apply;
pub mod clip;
mod patch;
mod remove;

pub use apply::apply;
pub use patch::Patch;

use crate::model::{Conflict, Id, Item, Meta, Point, Problem, SavedView};

/// Why an edit was refused.
pub type EditError = Problem;

/// One change to a map.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Replace the map's title, purpose, facilitator, date and place.
    SetMeta(Meta),
    /// Add a new item. Its id must be new and what it refers to must exist.
    Add(Item),
    /// Replace an item with a new version of it (same id, same kind).
    Update(Item),
    /// Remove items, and repair whatever referred to them: a boundary left
    /// with fewer than two sides goes too, with its tensions; lists that
    /// named a removed item forget it.
    Remove(Vec<Id>),
    /// Move items that have a position: communities, stakeholders, notes and
    /// groups. A whole drag is one move.
    Move(Vec<(Id, Point)>),
    /// Replace the list of saved views: saving, renaming, reordering,
    /// updating and deleting a view are all this one edit.
    SetViews(Vec<SavedView>),
    /// Replace the list of merge conflicts: settling a conflict is this
    /// edit, batched with the change that keeps the chosen side.
    SetConflicts(Vec<Conflict>),
    /// Several edits that stand or fall together and undo as one.
    Batch(Vec<Edit>),
}

impl Edit {
    /// A short description for menus, such as "Add community".
    pub fn label(&self) -> String {
        match self {
            Self::SetMeta(_) => "Edit map details".to_owned(),
            Self::Add(item) => format!("Add {}", item.kind()),
            Self::Update(item) => format!("Edit {}", item.kind()),
            Self::Remove(ids) if ids.len() == 1 => "Delete item".to_owned(),
            Self::Remove(ids) => format!("Delete {} items", ids.len()),
            Self::Move(moves) if moves.len() == 1 => "Move item".to_owned(),
            Self::Move(moves) => format!("Move {} items", moves.len()),
            Self::SetViews(_) => "Change saved views".to_owned(),
            Self::SetConflicts(_) => "Settle conflict".to_owned(),
            Self::Batch(edits) => match edits.as_slice() {
                [only] => only.label(),
                _ => "Several changes".to_owned(),
            },
        }
    }
}
