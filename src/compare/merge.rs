//! The three-way merge: two people's copies of one original map, combined
//! by item and by field.

use super::fields::{Clash, Fields, keep_confidential};
use super::{item_text, repair, views};
use crate::model::{Conflict, Id, Identified, Item, Items, Map};

/// What a merge gives: the combined map, whose `conflicts` list holds every
/// conflict left on it, and the conflicts this merge found.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The combined map. Where the sides disagreed it holds my value, and
    /// both values are in its `conflicts`.
    pub map: Map,
    /// The conflicts this merge found (the map may also carry older ones
    /// that neither side has resolved yet).
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// Whether the merged map holds no conflicts at all.
    pub fn is_clean(&self) -> bool {
        self.map.conflicts.is_empty()
    }
}

/// Combines `mine` and `theirs`, two versions of `base`, by item id and by
/// field. Items either side added are kept; a change made on one side is
/// taken; the same change on both sides is fine. The same field changed
/// differently, and an item changed on one side but removed on the other,
/// are conflicts: the merged map keeps my value (or the changed item), and
/// both values go in its list of conflicts, so nothing either side wrote is
/// lost. A removal is then repaired as the editor repairs one, and the
/// result is always a valid map.
pub fn merge(base: &Map, mine: &Map, theirs: &Map) -> Merged {
    let mut found = Vec::new();
    let mut clashes = Vec::new();
    let meta = <crate::model::Meta as Fields>::merge(
        Some(&base.meta),
        &mine.meta,
        &theirs.meta,
        &mut clashes,
    );
    found.extend(clashes.into_iter().map(|c| conflict(None, c)));
    let mut three = Three {
        base,
        mine,
        theirs,
        found: &mut found,
    };
    let mut map = Map {
        meta,
        communities: three.kind(|m| &m.communities, |_, _, _, _| {}),
        stakeholders: three.kind(|m| &m.stakeholders, |_, _, _, _| {}),
        boundaries: three.kind(|m| &m.boundaries, |_, _, _, _| {}),
        tensions: three.kind(
            |m| &m.tensions,
            |b, m, t, merged| keep_confidential(b, m, t, merged, |x| &mut x.confidential),
        ),
        activities: three.kind(|m| &m.activities, |_, _, _, _| {}),
        objects: three.kind(|m| &m.objects, |_, _, _, _| {}),
        brokers: three.kind(|m| &m.brokers, |_, _, _, _| {}),
        notes: three.kind(
            |m| &m.notes,
            |b, m, t, merged| keep_confidential(b, m, t, merged, |x| &mut x.confidential),
        ),
        groups: three.kind(|m| &m.groups, |_, _, _, _| {}),
        views: Vec::new(),
        conflicts: Vec::new(),
        kept: mine.kept.clone(),
    };
    map.views = views::merge(&base.views, &mine.views, &theirs.views, &mut found);
    repair::run(&mut map, mine, theirs, &mut found);
    let mut all = views::merge_conflicts(&base.conflicts, &mine.conflicts, &theirs.conflicts);
    for c in &found {
        if !all.contains(c) {
            all.push(c.clone());
        }
    }
    map.conflicts = all;
    Merged {
        map,
        conflicts: found,
    }
}

fn conflict(item: Option<Id>, clash: Clash) -> Conflict {
    Conflict {
        item,
        view: None,
        field: clash.field.to_owned(),
        mine: Some(clash.mine),
        theirs: Some(clash.theirs),
    }
}

/// A whole-item conflict: one side removed it (`None`), the other has it.
pub(crate) fn whole(id: Id, mine: Option<Item>, theirs: Option<Item>) -> Conflict {
    Conflict {
        item: Some(id),
        view: None,
        field: String::new(),
        mine: mine.as_ref().map(|x| item_text(x.as_ref())),
        theirs: theirs.as_ref().map(|x| item_text(x.as_ref())),
    }
}

/// The three maps, and the conflicts found so far.
struct Three<'a> {
    base: &'a Map,
    mine: &'a Map,
    theirs: &'a Map,
    found: &'a mut Vec<Conflict>,
}

/// A last step for one kind's merged item, given base, mine and theirs.
type Hook<T> = fn(Option<&T>, &T, &T, &mut T);

impl Three<'_> {
    /// Merges one kind of item: mine in my order, then theirs that I do
    /// not have, in their order.
    fn kind<T>(&mut self, of: fn(&Map) -> &Items<T>, hook: Hook<T>) -> Items<T>
    where
        T: Identified + Fields + Clone + PartialEq + Into<Item>,
    {
        let (base, mine, theirs) = (of(self.base), of(self.mine), of(self.theirs));
        let mut out: Items<T> = Items::default();
        for m in mine {
            let id = m.id();
            let b = base.get(id);
            let kept = match theirs.get(id) {
                Some(t) => {
                    let mut clashes = Vec::new();
                    let mut merged = T::merge(b, m, t, &mut clashes);
                    hook(b, m, t, &mut merged);
                    self.found
                        .extend(clashes.into_iter().map(|c| conflict(Some(id), c)));
                    Some(merged)
                }
                None => self.one_side(b, m, true),
            };
            if let Some(x) = kept {
                out.insert_at(usize::MAX, x);
            }
        }
        for t in theirs.iter().filter(|t| !mine.contains(t.id())) {
            if let Some(x) = self.one_side(base.get(t.id()), t, false) {
                out.insert_at(usize::MAX, x);
            }
        }
        out
    }

    /// An item only one side has: added there, removed by the other side
    /// (gone if the side that kept it left it unchanged), or changed on the
    /// side that kept it (a conflict, and it stays).
    fn one_side<T>(&mut self, base: Option<&T>, kept: &T, mine_kept: bool) -> Option<T>
    where
        T: Identified + Clone + PartialEq + Into<Item>,
    {
        match base {
            None => Some(kept.clone()),
            Some(b) if b == kept => None,
            Some(_) => {
                let item: Item = kept.clone().into();
                let c = if mine_kept {
                    whole(kept.id(), Some(item), None)
                } else {
                    whole(kept.id(), None, Some(item))
                };
                self.found.push(c);
                Some(kept.clone())
            }
        }
    }
}
