//! What changed between two versions of a map, item by item and field by
//! field, in words and by name.

use serde::Serialize;

use super::fields::{FieldChange, Fields};
use super::{capitalised, title_of};
use crate::model::{Id, Identified, Items, Map, Point, SavedView};

/// Everything that differs between two versions of a map. Lists follow the
/// kinds in map order (communities first), each in the order of the map
/// that holds the item, so the same two maps always give the same diff.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Diff {
    /// The map's own details (title, purpose, …) that changed.
    pub details: Vec<FieldChange>,
    /// Items only the second version has.
    pub added: Vec<ItemEntry>,
    /// Items only the first version has.
    pub removed: Vec<ItemEntry>,
    /// Items both have, changed in something besides their position.
    pub changed: Vec<ItemChange>,
    /// Items both have whose position changed.
    pub moved: Vec<Id>,
    /// Saved views added, removed, changed or reordered.
    pub views: Vec<ViewChange>,
    /// How many merge conflicts each version holds, when that differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<(usize, usize)>,
}

/// An item added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemEntry {
    /// Its id, to go to it.
    pub id: Id,
    /// Its kind in words: `community`, `tension`.
    pub kind: &'static str,
    /// Its name as [`title_of`] gives it.
    pub title: String,
}

/// An item changed in some of its fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    /// Its id, to go to it.
    pub id: Id,
    /// Its kind in words.
    pub kind: &'static str,
    /// Its name in the second version, as [`title_of`] gives it.
    pub title: String,
    /// What changed, field by field.
    pub fields: Vec<FieldChange>,
}

/// A saved view that differs, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ViewChange {
    /// The view's name.
    pub name: String,
    /// `added`, `removed`, `changed`, or `reordered` (then for all views,
    /// with an empty name).
    pub change: &'static str,
}

impl Diff {
    /// Whether the two versions are the same.
    pub fn is_empty(&self) -> bool {
        self.details.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.moved.is_empty()
            && self.views.is_empty()
            && self.conflicts.is_none()
    }

    /// The ids of every item added, changed or moved: what to mark on the
    /// canvas of the second version.
    pub fn touched(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self.added.iter().map(|e| e.id).collect();
        ids.extend(self.changed.iter().map(|c| c.id));
        ids.extend(self.moved.iter().copied());
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The diff as lines a person reads, one change a line; moves are
    /// counted, not listed.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.details {
            out.push(format!(
                "Map details: {} {} → {}",
                f.field, f.before, f.after
            ));
        }
        for e in &self.added {
            out.push(format!("Added {} {}", e.kind, e.title));
        }
        for e in &self.removed {
            out.push(format!("Removed {} {}", e.kind, e.title));
        }
        for c in &self.changed {
            for f in &c.fields {
                out.push(format!(
                    "{} {}: {} {} → {}",
                    capitalised(c.kind),
                    c.title,
                    f.field,
                    f.before,
                    f.after
                ));
            }
        }
        match self.moved.len() {
            0 => {}
            1 => out.push("1 item moved".to_owned()),
            n => out.push(format!("{n} items moved")),
        }
        for v in &self.views {
            if v.change == "reordered" {
                out.push("Saved views reordered".to_owned());
            } else {
                out.push(format!("Saved view '{}' {}", v.name, v.change));
            }
        }
        if let Some((before, after)) = self.conflicts {
            out.push(format!("Conflicts left from a merge: {before} → {after}"));
        }
        out
    }
}

/// What changed from `was` to `now`.
pub fn diff(was: &Map, now: &Map) -> Diff {
    let mut d = Diff {
        details: Fields::changes(&was.meta, &now.meta, was, now),
        ..Diff::default()
    };
    let mut pair = Pair {
        was,
        now,
        d: &mut d,
    };
    pair.kind(&was.communities, &now.communities);
    pair.kind(&was.stakeholders, &now.stakeholders);
    pair.kind(&was.boundaries, &now.boundaries);
    pair.kind(&was.tensions, &now.tensions);
    pair.kind(&was.activities, &now.activities);
    pair.kind(&was.objects, &now.objects);
    pair.kind(&was.brokers, &now.brokers);
    pair.kind(&was.notes, &now.notes);
    pair.kind(&was.groups, &now.groups);
    d.views = views(&was.views, &now.views);
    if was.conflicts != now.conflicts {
        d.conflicts = Some((was.conflicts.len(), now.conflicts.len()));
    }
    d
}

/// The two maps being compared, and the diff being built.
struct Pair<'a> {
    was: &'a Map,
    now: &'a Map,
    d: &'a mut Diff,
}

impl Pair<'_> {
    fn kind<T: Identified + Fields + PartialEq>(&mut self, before: &Items<T>, after: &Items<T>) {
        for a in after {
            let id = a.id();
            match before.get(id) {
                None => self.d.added.push(entry(self.now, id)),
                Some(b) if b == a => {}
                Some(b) => {
                    if pos_of(self.was, id) != pos_of(self.now, id) {
                        self.d.moved.push(id);
                    }
                    let fields = T::changes(b, a, self.was, self.now);
                    if !fields.is_empty() {
                        let e = entry(self.now, id);
                        self.d.changed.push(ItemChange {
                            id,
                            kind: e.kind,
                            title: e.title,
                            fields,
                        });
                    }
                }
            }
        }
        for b in before {
            if !after.contains(b.id()) {
                self.d.removed.push(entry(self.was, b.id()));
            }
        }
    }
}

fn entry(map: &Map, id: Id) -> ItemEntry {
    match map.item_ref(id) {
        Some(item) => ItemEntry {
            id,
            kind: item.kind().noun(),
            title: title_of(map, item),
        },
        None => ItemEntry {
            id,
            kind: "item",
            title: id.to_string(),
        },
    }
}

/// Where an item stands, for the kinds that have a position.
fn pos_of(map: &Map, id: Id) -> Option<Point> {
    map.communities
        .get(id)
        .map(|x| x.pos)
        .or_else(|| map.stakeholders.get(id).map(|x| x.pos))
        .or_else(|| map.notes.get(id).map(|x| x.pos))
        .or_else(|| map.groups.get(id).map(|x| x.pos))
}

/// Saved views compared by name (a repeated name by its turn).
fn views(was: &[SavedView], now: &[SavedView]) -> Vec<ViewChange> {
    let before = super::views::keyed(was);
    let after = super::views::keyed(now);
    let mut out = Vec::new();
    for (key, view) in &after {
        let change = match before.iter().find(|(k, _)| k == key) {
            None => "added",
            Some((_, old)) if old != view => "changed",
            Some(_) => continue,
        };
        out.push(ViewChange {
            name: view.name.clone(),
            change,
        });
    }
    for (key, view) in &before {
        if !after.iter().any(|(k, _)| k == key) {
            out.push(ViewChange {
                name: view.name.clone(),
                change: "removed",
            });
        }
    }
    if out.is_empty() && was != now {
        out.push(ViewChange {
            name: String::new(),
            change: "reordered",
        });
    }
    out
}
