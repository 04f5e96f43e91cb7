//! A map being worked on: undo and redo to any depth, and whether it
//! differs from what was last saved.

use crate::edit::{self, Edit, EditError, Patch};
use crate::model::{Id, Map};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};

/// A map with its history.
///
/// Every state the map passes through gets a revision number. The document
/// is modified when its current revision differs from the one last saved, so
/// undoing back to the saved state makes it unmodified again (as in helix).
/// Revision numbers are unique across every document in the process, so a
/// view may cache what it derives from a map under its revision.
#[derive(Debug, Clone)]
pub struct Document {
    map: Map,
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    saved: Option<u64>,
    /// The latest moves between revisions, oldest first, with the ids each
    /// touched; for views that bring what they derive up to date.
    moves: VecDeque<Move>,
}

/// A move of the map from one revision to another by an edit, an undo or a
/// redo, and the items it touched.
#[derive(Debug, Clone)]
struct Move {
    from: u64,
    to: u64,
    touched: Vec<Id>,
}

/// How many moves a document remembers; a view further behind derives
/// everything again.
const MOVES_KEPT: usize = 64;

/// A revision number no document in this process has used yet.
fn next_revision() -> u64 {
    static NEWEST: AtomicU64 = AtomicU64::new(0);
    NEWEST.fetch_add(1, Ordering::Relaxed) + 1
}

/// One entry in the history.
#[derive(Debug, Clone)]
struct Step {
    /// Applying this moves the map from `after` back to `before` (on the
    /// undo stack) or from `before` to `after` (on the redo stack).
    patch: Patch,
    before: u64,
    after: u64,
    label: String,
    /// Edits with the same key made one after another join this step.
    coalesce: Option<String>,
}

impl Document {
    /// A document for a map as it stands on disk, or a new map that holds
    /// nothing to lose yet: unmodified until the first edit.
    pub fn new(map: Map) -> Self {
        let revision = next_revision();
        Self {
            map,
            undo: Vec::new(),
            redo: Vec::new(),
            revision,
            saved: Some(revision),
            moves: VecDeque::new(),
        }
    }

    /// A document for a map that exists nowhere on disk, such as one
    /// restored after a crash: modified from the start, so that closing it
    /// asks whether to save.
    pub fn unsaved(map: Map) -> Self {
        Self {
            saved: None,
            ..Self::new(map)
        }
    }

    /// The map as it is now.
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// Applies an edit as a step of its own. A refused edit changes nothing
    /// and leaves the history as it was; an edit that changes nothing adds
    /// no step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply_step(edit, None)
    }

    /// Applies an edit that joins the previous step if that step had the
    /// same key, so typing a name letter by letter undoes in one go. Use a
    /// key naming the field being edited, such as `"name 0f3a…"`.
    pub fn apply_coalescing(
        &mut self,
        edit: Edit,
        key: impl Into<String>,
    ) -> Result<(), EditError> {
        self.apply_step(edit, Some(key.into()))
    }

    /// Ends the current run of coalescing edits: the next one starts a new
    /// step even if its key is the same.
    pub fn seal(&mut self) {
        if let Some(step) = self.undo.last_mut() {
            step.coalesce = None;
        }
    }

    fn apply_step(&mut self, edit: Edit, coalesce: Option<String>) -> Result<(), EditError> {
        let label = edit.label();
        let inverse = edit::apply(&mut self.map, edit)?;
        if inverse.is_empty() {
            return Ok(());
        }
        let after = next_revision();
        self.record(after, inverse.touched());
        self.redo.clear();
        if let Some(key) = &coalesce
            && let Some(top) = self.undo.last_mut()
            && top.coalesce.as_ref() == Some(key)
            && top.after == self.revision
        {
            top.patch = inverse.then(std::mem::take(&mut top.patch));
            top.after = after;
        } else {
            self.undo.push(Step {
                patch: inverse,
                before: self.revision,
                after,
                label,
                coalesce,
            });
        }
        self.revision = after;
        Ok(())
    }

    /// Undoes the latest step. Gives back false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let redo = step.patch.apply(&mut self.map);
        self.record(step.before, redo.touched());
        self.revision = step.before;
        self.redo.push(Step {
            patch: redo,
            coalesce: None,
            ..step
        });
        true
    }

    /// Redoes the latest undone step. Gives back false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let undo = step.patch.apply(&mut self.map);
        self.record(step.after, undo.touched());
        self.revision = step.after;
        self.undo.push(Step {
            patch: undo,
            coalesce: None,
            ..step
        });
        true
    }

    /// Remembers that the map moves from the current revision to `to`,
    /// touching `touched`.
    fn record(&mut self, to: u64, touched: Vec<Id>) {
        if self.moves.len() == MOVES_KEPT {
            self.moves.pop_front();
        }
        self.moves.push_back(Move {
            from: self.revision,
            to,
            touched,
        });
    }

    /// The ids of the items changed since the map was at `revision`, for a
    /// view that derived something from it then: empty if it is still there,
    /// none if the document cannot tell (the revision is not one of its
    /// recent ones), in which case derive everything again.
    pub fn touched_since(&self, revision: u64) -> Option<Vec<Id>> {
        let mut at = self.revision;
        let mut touched: Vec<Id> = Vec::new();
        for m in self.moves.iter().rev() {
            if at == revision {
                break;
            }
            if m.to != at {
                return None;
            }
            touched.extend(&m.touched);
            at = m.from;
        }
        if at != revision {
            return None;
        }
        touched.sort_unstable();
        touched.dedup();
        Some(touched)
    }

    /// What undo would undo, such as "Add community".
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether the map differs from what was last saved (or was never saved).
    pub fn is_modified(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// Records that the map as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
    }

    /// A number that changes whenever the map changes, and returns to an
    /// earlier value when undo or redo returns to an earlier state; for
    /// knowing when to write a recovery file or redraw.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Community, Point};

    fn community(map: &Map, name: &str) -> Edit {
        Edit::Add(Community::new(map.new_id(), name, Point::new(0.0, 0.0)).into())
    }

    #[test]
    fn touched_since_follows_edits_undo_and_redo() {
        let mut doc = Document::new(Map::default());
        let start = doc.revision();
        assert_eq!(doc.touched_since(start), Some(vec![]));
        assert_eq!(doc.touched_since(start + 1_000_000), None);
        doc.apply(community(doc.map(), "A")).expect("adds");
        let a = doc
            .map()
            .communities
            .iter()
            .next()
            .map(|c| c.id)
            .expect("A");
        let one = doc.revision();
        doc.apply(Edit::Move(vec![(a, Point::new(5.0, 5.0))]))
            .expect("moves");
        assert_eq!(doc.touched_since(one), Some(vec![a]));
        assert_eq!(doc.touched_since(start), Some(vec![a]));
        doc.undo();
        assert_eq!(doc.revision(), one);
        assert_eq!(doc.touched_since(one), Some(vec![]));
        doc.undo();
        doc.redo();
        assert_eq!(doc.touched_since(start), Some(vec![a]));
        // A revision this document never had, or one forgotten long ago.
        let other = Document::new(Map::default());
        assert_eq!(doc.touched_since(other.revision()), None);
        for k in 0..MOVES_KEPT {
            doc.apply(Edit::Move(vec![(a, Point::new(k as f32 + 1.0, 0.0))]))
                .expect("moves");
        }
        assert_eq!(doc.touched_since(start), None);
    }
}
