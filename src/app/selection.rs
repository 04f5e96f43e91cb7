//! The selected items: view state, never saved in a map. Each step of the
//! history remembers the selection it had, so undo and redo bring it back.

use std::collections::VecDeque;

use crate::model::{Id, Map};

/// How many revisions' selections are remembered: two an undo step.
const REMEMBERED: usize = 512;

/// What is selected, and what was.
#[derive(Debug, Default)]
pub struct Selection {
    ids: Vec<Id>,
    /// The last two communities or stakeholders selected on their own,
    /// oldest first, so that two can be joined from the keyboard.
    parties: [Option<Id>; 2],
    /// The selection at each revision an edit left or reached, newest
    /// last; only the latest [`REMEMBERED`] are kept, so a long session of
    /// edits on a large selection does not grow without end.
    by_revision: VecDeque<(u64, Vec<Id>)>,
}

impl Selection {
    /// The selected items, in the order they were selected.
    pub fn ids(&self) -> &[Id] {
        &self.ids
    }

    /// Selects exactly these items.
    pub fn set(&mut self, ids: Vec<Id>, map: &Map) {
        self.ids = ids;
        if let [id] = self.ids[..]
            && map.is_party(id)
            && self.parties[1] != Some(id)
        {
            self.parties = [self.parties[1], Some(id)];
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.ids.clear();
    }

    /// Drops items that are no longer on the map.
    pub fn retain_existing(&mut self, map: &Map) {
        self.ids.retain(|&id| map.contains(id));
    }

    /// Remembers the selection as the one of `revision`.
    pub fn remember(&mut self, revision: u64) {
        self.by_revision.retain(|(r, _)| *r != revision);
        if self.by_revision.len() == REMEMBERED {
            self.by_revision.pop_front();
        }
        self.by_revision.push_back((revision, self.ids.clone()));
    }

    /// Brings back the selection remembered for `revision` (after undo or
    /// redo reached it), keeping only items that exist.
    pub fn restore(&mut self, revision: u64, map: &Map) {
        if let Some((_, ids)) = self.by_revision.iter().rev().find(|(r, _)| *r == revision) {
            self.ids = ids.clone();
        }
        self.retain_existing(map);
    }

    /// Forgets everything: a different map is open.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// The communities and stakeholders a boundary would join: the selected
    /// ones, or, with one selected, it and the one selected before it.
    pub fn sides_to_connect(&self, map: &Map) -> Vec<Id> {
        let sides: Vec<Id> = self
            .ids
            .iter()
            .copied()
            .filter(|&id| map.is_party(id))
            .collect();
        match (sides.as_slice(), self.parties) {
            ([one], [Some(before), Some(now)])
                if now == *one && before != now && map.is_party(before) =>
            {
                vec![before, now]
            }
            _ => sides,
        }
    }

    /// The boundary a new tension or activity would go to: the selected
    /// boundary, or the boundary of the selected tension or activity.
    pub fn boundary(&self, map: &Map) -> Option<Id> {
        match self.ids[..] {
            [id] if map.boundaries.contains(id) => Some(id),
            [id] => map.tensions.get(id).map(|t| t.boundary).or_else(|| {
                map.activities
                    .get(id)
                    .and_then(|a| a.boundaries.first().copied())
            }),
            _ => None,
        }
    }
}
