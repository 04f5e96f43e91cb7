//! The one edit that turns a map into another version of it: how the app
//! takes in a merge as a single undo step.

use crate::edit::Edit;
use crate::model::{Id, Map};

/// The edit that makes `now` equal to `target` in its items, details,
/// saved views and conflicts: items `target` adds (in an order where each
/// finds what it refers to), items it changes, items it no longer has, then
/// the details, views and conflicts. `target` must be a valid map, as a
/// merge always gives.
pub fn towards(now: &Map, target: &Map) -> Edit {
    let mut adds = Vec::new();
    let mut updates = Vec::new();
    for id in target.ids() {
        let Some(item) = target.item(id) else {
            continue;
        };
        match now.item(id) {
            None => adds.push(Edit::Add(item)),
            Some(old) if old != item => updates.push(Edit::Update(item)),
            Some(_) => {}
        }
    }
    let gone: Vec<Id> = now.ids().filter(|id| !target.contains(*id)).collect();
    let mut edits = adds;
    edits.append(&mut updates);
    if !gone.is_empty() {
        edits.push(Edit::Remove(gone));
    }
    edits.push(Edit::SetMeta(target.meta.clone()));
    edits.push(Edit::SetViews(target.views.clone()));
    edits.push(Edit::SetConflicts(target.conflicts.clone()));
    Edit::Batch(edits)
}

/// How many items `target` has that `now` has not.
pub fn added(now: &Map, target: &Map) -> usize {
    target.ids().filter(|id| !now.contains(*id)).count()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::compare::merge;
    use crate::edit::apply;
    use crate::model::{Boundary, Community, Point, Severity, Tension, TensionKind};

    fn example() -> Map {
        let text = include_str!("../../examples/referral-guidelines.ron");
        crate::file::parse(text.as_bytes()).unwrap()
    }

    #[test]
    fn the_edit_turns_a_map_into_its_merge_and_undo_turns_it_back() {
        let base = example();
        let mut theirs = base.clone();
        let id = theirs.new_id();
        let c = Community::new(id, "Practice nurses", Point::new(10.0, 20.0));
        apply(&mut theirs, Edit::Add(c.into())).unwrap();
        let gone = theirs.notes.iter().next().unwrap().id;
        apply(&mut theirs, Edit::Remove(vec![gone])).unwrap();
        theirs.meta.place = "Town hall".to_owned();
        let mut mine = base.clone();
        mine.meta.facilitator = "Someone else".to_owned();
        let merged = merge(&base, &mine, &theirs).map;
        let mut now = mine.clone();
        assert_eq!(added(&now, &merged), 1);
        let undo = apply(&mut now, towards(&mine, &merged)).unwrap();
        assert_eq!(now.communities, merged.communities);
        assert_eq!(now.notes, merged.notes);
        assert!(!now.contains(gone));
        assert_eq!(now.meta, merged.meta);
        assert_eq!(now.conflicts, merged.conflicts);
        undo.apply(&mut now);
        assert_eq!(now, mine);
    }

    #[test]
    fn a_new_community_boundary_and_tension_come_in_together() {
        let base = example();
        let mut theirs = base.clone();
        let party = theirs.communities.iter().next().unwrap().id;
        let c = theirs.new_id();
        apply(
            &mut theirs,
            Edit::Add(Community::new(c, "Practice nurses", Point::new(0.0, 0.0)).into()),
        )
        .unwrap();
        let b = theirs.new_id();
        apply(
            &mut theirs,
            Edit::Add(Boundary::new(b, vec![party, c]).into()),
        )
        .unwrap();
        let t = theirs.new_id();
        let tension = Tension::new(
            t,
            b,
            TensionKind::Misunderstanding,
            Severity::new(3).unwrap(),
        );
        apply(&mut theirs, Edit::Add(tension.into())).unwrap();
        let merged = merge(&base, &base, &theirs).map;
        let mut now = base.clone();
        apply(&mut now, towards(&base, &merged)).unwrap();
        assert!(now.contains(c) && now.contains(b) && now.contains(t));
        assert_eq!(added(&base, &merged), 3);
    }
}
