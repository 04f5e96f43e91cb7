//! Settling a conflict: keeping one side's value, as one edit that also
//! takes the conflict off the map's list, so it undoes in one step.

use serde::Deserialize;

use super::fields::Fields;
use crate::Edit;
use crate::model::{
    Activity, Boundary, BoundaryObject, Broker, Community, Group, Item, Map, Note, SavedView,
    Stakeholder, Tension,
};

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The value in my copy.
    Mine,
    /// The value in their copy.
    Theirs,
}

/// A whole item as a conflict holds it (see `item_text`).
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

impl From<Whole> for Item {
    fn from(whole: Whole) -> Item {
        match whole {
            Whole::Community(x) => x.into(),
            Whole::Stakeholder(x) => x.into(),
            Whole::Boundary(x) => x.into(),
            Whole::Tension(x) => x.into(),
            Whole::Activity(x) => x.into(),
            Whole::Object(x) => x.into(),
            Whole::Broker(x) => x.into(),
            Whole::Note(x) => x.into(),
            Whole::Group(x) => x.into(),
        }
    }
}

/// The edit that settles conflict number `index` on `map` by keeping
/// `side`'s value: the change itself (if the map does not already hold that
/// value) and the conflict's removal from the list, applied together. Says
/// why when the conflict's text cannot be read (a hand-edited file).
pub fn settle(map: &Map, index: usize, side: Side) -> Result<Edit, String> {
    let conflict = map
        .conflicts
        .get(index)
        .ok_or_else(|| format!("there is no conflict number {}", index + 1))?;
    let value = match side {
        Side::Mine => conflict.mine.as_deref(),
        Side::Theirs => conflict.theirs.as_deref(),
    };
    let change = match (conflict.item, &conflict.view) {
        (Some(id), _) if conflict.is_whole() => match value {
            None => map.contains(id).then(|| Edit::Remove(vec![id])),
            Some(text) => {
                let whole: Whole = ron::from_str(text).map_err(|e| e.to_string())?;
                let item = Item::from(whole);
                Some(if map.contains(item.id()) {
                    Edit::Update(item)
                } else {
                    Edit::Add(item)
                })
            }
        },
        (Some(id), _) => {
            let mut item = map
                .item(id)
                .ok_or_else(|| format!("the item {id} is no longer on the map"))?;
            set_field(&mut item, &conflict.field, value.unwrap_or_default())?;
            Some(Edit::Update(item))
        }
        (None, Some(name)) => {
            let mut views = map.views.clone();
            let at = views.iter().position(|v| &v.name == name);
            match (value, at) {
                (None, Some(at)) => {
                    views.remove(at);
                }
                (None, None) => {}
                (Some(text), at) => {
                    let view: SavedView = ron::from_str(text).map_err(|e| e.to_string())?;
                    match at {
                        Some(at) => views[at] = view,
                        None => views.push(view),
                    }
                }
            }
            Some(Edit::SetViews(views))
        }
        (None, None) => {
            let mut meta = map.meta.clone();
            meta.set(&conflict.field, value.unwrap_or_default())?;
            Some(Edit::SetMeta(meta))
        }
    };
    let mut rest = map.conflicts.clone();
    rest.remove(index);
    let mut edits: Vec<Edit> = change.into_iter().collect();
    edits.push(Edit::SetConflicts(rest));
    Ok(Edit::Batch(edits))
}

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
