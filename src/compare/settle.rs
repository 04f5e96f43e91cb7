//! Settling a conflict a merge left on a map: keeping my value or taking
//! theirs, as one edit, so the app can offer it as a button and undo it.

use serde::Deserialize;

use super::fields::Fields;
use crate::edit::Edit;
use crate::model::{
    Activity, Boundary, BoundaryObject, Broker, Community, Conflict, Group, Item, Map, Note,
    SavedView, Stakeholder, Tension,
};

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The value in my copy.
    Mine,
    /// The value in their copy.
    Theirs,
}

/// The one edit that settles conflict number `index` on `map` by keeping
/// `side`'s value: the value is put in place (an item or view brought back
/// or removed, a field set) and the conflict leaves the list. Gives back
/// why not in plain words when the value can no longer be put back, for
/// example an item that refers to something since deleted.
pub fn settle(map: &Map, index: usize, side: Side) -> Result<Edit, String> {
    let conflict = map
        .conflicts
        .get(index)
        .ok_or_else(|| "That conflict is already settled.".to_owned())?;
    let value = match side {
        Side::Mine => conflict.mine.as_deref(),
        Side::Theirs => conflict.theirs.as_deref(),
    };
    let mut rest = map.conflicts.clone();
    rest.remove(index);
    let mut edits = put(map, conflict, value)?;
    edits.push(Edit::SetConflicts(rest));
    Ok(Edit::Batch(edits))
}

/// The edits that put `value` where `conflict` says.
fn put(map: &Map, conflict: &Conflict, value: Option<&str>) -> Result<Vec<Edit>, String> {
    let unreadable = |why: String| format!("The kept value cannot be read back: {why}");
    match (&conflict.item, &conflict.view) {
        (None, Some(name)) => {
            let mut views = map.views.clone();
            let at = views.iter().position(|v| &v.name == name);
            match (value, at) {
                (None, Some(at)) => {
                    views.remove(at);
                }
                (None, None) => {}
                (Some(text), at) => {
                    let view: SavedView =
                        ron::from_str(text).map_err(|e| unreadable(e.code.to_string()))?;
                    match at {
                        Some(at) => views[at] = view,
                        None => views.push(view),
                    }
                }
            }
            Ok(vec![Edit::SetViews(views)])
        }
        (None, None) => {
            let mut meta = map.meta.clone();
            meta.set(&conflict.field, value.unwrap_or_default())
                .map_err(unreadable)?;
            Ok(vec![Edit::SetMeta(meta)])
        }
        (Some(id), _) if conflict.is_whole() => match value {
            None if map.contains(*id) => Ok(vec![Edit::Remove(vec![*id])]),
            None => Ok(Vec::new()),
            Some(text) => {
                let item = whole_item(text).map_err(unreadable)?;
                if item.id() != *id {
                    return Err(unreadable("it is a different item".to_owned()));
                }
                if map.contains(*id) {
                    Ok(vec![Edit::Update(item)])
                } else {
                    Ok(vec![Edit::Add(item)])
                }
            }
        },
        (Some(id), _) => {
            let Some(mut item) = map.item(*id) else {
                // The item has gone since; there is nothing to set.
                return Ok(Vec::new());
            };
            let text = value.unwrap_or_default();
            set_field(&mut item, &conflict.field, text).map_err(unreadable)?;
            Ok(vec![Edit::Update(item)])
        }
    }
}

/// Sets one field of an item of any kind.
fn set_field(item: &mut Item, field: &str, text: &str) -> Result<(), String> {
    match item {
        Item::Community(x) => x.set(field, text),
        Item::Stakeholder(x) => x.set(field, text),
        Item::Boundary(x) => x.set(field, text),
        Item::Tension(x) => x.set(field, text),
        Item::Activity(x) => x.set(field, text),
        Item::Object(x) => x.set(field, text),
        Item::Broker(x) => x.set(field, text),
        Item::Note(x) => x.set(field, text),
        Item::Group(x) => x.set(field, text),
    }
}

/// A whole item as a conflict keeps it, such as `Tension((id: "…", …))`.
#[derive(Deserialize)]
enum Whole {
    Community(Community),
    Stakeholder(Stakeholder),
    Boundary(Boundary),
    Tension(Tension),
    Activity(Activity),
    Object(BoundaryObject),
    Broker(Broker),
    Note(Note),
    Group(Group),
}

/// Reads a whole item back from a conflict's text.
fn whole_item(text: &str) -> Result<Item, String> {
    let whole: Whole = ron::from_str(text).map_err(|e| e.code.to_string())?;
    Ok(match whole {
        Whole::Community(x) => Item::Community(x),
        Whole::Stakeholder(x) => Item::Stakeholder(x),
        Whole::Boundary(x) => Item::Boundary(x),
        Whole::Tension(x) => Item::Tension(x),
        Whole::Activity(x) => Item::Activity(x),
        Whole::Object(x) => Item::Object(x),
        Whole::Broker(x) => Item::Broker(x),
        Whole::Note(x) => Item::Note(x),
        Whole::Group(x) => Item::Group(x),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::compare::merge;
    use crate::edit::apply;
    use crate::model::{Id, Severity};

    /// An example map where my copy and theirs gave one tension different
    /// severities (mine the lower), merged: it holds mine and one conflict.
    fn clash() -> (Map, Id, u8, u8) {
        let text = include_str!("../../examples/referral-guidelines.ron");
        let base = crate::file::parse(text.as_bytes()).unwrap();
        let id = base.tensions.iter().next().unwrap().id;
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let was = base.tensions.get(id).unwrap().severity.get();
        let (m, t) = if was >= 4 { (1, 2) } else { (4, 5) };
        mine.tensions.get_mut(id).unwrap().severity = Severity::new(m).unwrap();
        theirs.tensions.get_mut(id).unwrap().severity = Severity::new(t).unwrap();
        let merged = merge(&base, &mine, &theirs);
        assert_eq!(merged.map.conflicts.len(), 1);
        (merged.map, id, m, t)
    }

    fn severity(map: &Map, id: Id) -> u8 {
        map.tensions
            .iter()
            .find(|t| t.id == id)
            .unwrap()
            .severity
            .get()
    }

    #[test]
    fn taking_theirs_sets_their_value_and_the_conflict_goes_and_undo_brings_both_back() {
        let (mut map, id, mine, theirs) = clash();
        assert_eq!(severity(&map, id), mine);
        let before = map.clone();
        let edit = settle(&map, 0, Side::Theirs).unwrap();
        let undo = apply(&mut map, edit).unwrap();
        assert_eq!(severity(&map, id), theirs);
        assert!(map.conflicts.is_empty());
        undo.apply(&mut map);
        assert_eq!(map, before);
    }

    #[test]
    fn keeping_mine_keeps_my_value_and_the_conflict_goes() {
        let (mut map, id, mine, _) = clash();
        let edit = settle(&map, 0, Side::Mine).unwrap();
        apply(&mut map, edit).unwrap();
        assert_eq!(severity(&map, id), mine);
        assert!(map.conflicts.is_empty());
    }

    #[test]
    fn an_item_removed_on_one_side_comes_back_or_goes_as_chosen() {
        let text = include_str!("../../examples/referral-guidelines.ron");
        let base = crate::file::parse(text.as_bytes()).unwrap();
        let id = base.notes.iter().next().unwrap().id;
        let mut mine = base.clone();
        mine.notes.get_mut(id).unwrap().text.push_str(" (checked)");
        let mut theirs = base.clone();
        theirs.notes.remove(id);
        let merged = merge(&base, &mine, &theirs).map;
        let at = merged
            .conflicts
            .iter()
            .position(|c| c.item == Some(id) && c.is_whole())
            .unwrap();
        let mut gone = merged.clone();
        apply(&mut gone, settle(&merged, at, Side::Theirs).unwrap()).unwrap();
        assert!(!gone.contains(id), "theirs removed it");
        let mut kept = merged.clone();
        apply(&mut kept, settle(&merged, at, Side::Mine).unwrap()).unwrap();
        assert!(
            kept.notes
                .iter()
                .any(|n| n.id == id && n.text.ends_with("(checked)"))
        );
        assert!(gone.conflicts.len() == merged.conflicts.len() - 1);
    }

    #[test]
    fn a_settled_conflict_cannot_be_settled_twice() {
        let (mut map, ..) = clash();
        let edit = settle(&map, 0, Side::Mine).unwrap();
        apply(&mut map, edit).unwrap();
        assert!(settle(&map, 0, Side::Theirs).is_err());
    }
}
