//! Comparing and combining copies of a map: [`diff`] says what changed
//! between two versions in words, and [`merge`] combines two people's
//! copies of one original, by item and by field, keeping both values
//! wherever they disagree.
//!
//! Both are pure: they read maps and give back values, with no files and
//! no windows, so the command line, git and the app share them.

mod absorb;
mod diff;
mod fields;
mod merge;
mod repair;
mod settle;
mod views;

pub use absorb::{added, towards};
pub use diff::{Diff, ItemChange, ItemEntry, ViewChange, diff};
pub use fields::FieldChange;
pub use merge::{Merged, merge};
pub use settle::{Side, settle};

use serde::Serialize;

use crate::model::{
    Activity, Boundary, BoundaryObject, Broker, Community, Group, Id, ItemRef, Map, Note,
    Stakeholder, Tension,
};

/// What to call an item in a sentence: its name, title or words, or its
/// kind and id when it has none.
pub fn name_of(map: &Map, id: Id) -> String {
    let Some(item) = map.item_ref(id) else {
        return id.to_string();
    };
    let name = match item {
        ItemRef::Boundary(b) => map.boundary_title(b),
        ItemRef::Tension(t) if !t.statement.trim().is_empty() => t.statement.clone(),
        other => other.name(),
    };
    let name = name.replace(['\n', '\r'], " ");
    if name.trim().is_empty() {
        format!("{} {id}", item.kind())
    } else if name.chars().count() > 40 {
        let cut: String = name.chars().take(40).collect();
        format!("{cut}…")
    } else {
        name
    }
}

/// An item's name as a diff line gives it after its kind: `'Social
/// workers'`, or for a tension `'They never read our notes' on
/// Psychiatrists – Social workers`.
pub fn title_of(map: &Map, item: ItemRef<'_>) -> String {
    let mut out = format!("'{}'", name_of(map, item.id()));
    if let ItemRef::Tension(t) = item {
        out.push_str(&format!(" on {}", name_of(map, t.boundary)));
    }
    out
}

/// A word with its first letter in upper case.
pub(crate) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An item of any kind, written with its kind so that the text can be read
/// back as that item.
#[derive(Serialize)]
enum Whole<'a> {
    Community(&'a Community),
    Stakeholder(&'a Stakeholder),
    Boundary(&'a Boundary),
    Tension(&'a Tension),
    Activity(&'a Activity),
    Object(&'a BoundaryObject),
    Broker(&'a Broker),
    Note(&'a Note),
    Group(&'a Group),
}

/// A whole item as file text, such as `Tension((id: "…", …))`.
pub(crate) fn item_text(item: ItemRef<'_>) -> String {
    let whole = match item {
        ItemRef::Community(x) => Whole::Community(x),
        ItemRef::Stakeholder(x) => Whole::Stakeholder(x),
        ItemRef::Boundary(x) => Whole::Boundary(x),
        ItemRef::Tension(x) => Whole::Tension(x),
        ItemRef::Activity(x) => Whole::Activity(x),
        ItemRef::Object(x) => Whole::Object(x),
        ItemRef::Broker(x) => Whole::Broker(x),
        ItemRef::Note(x) => Whole::Note(x),
        ItemRef::Group(x) => Whole::Group(x),
    };
    fields::file_text(&whole)
}

/// A conflict in one line a person reads, such as "Tension 'They never
/// read our notes' on Psychiatrists – Social workers: severity: mine 4,
/// theirs 5". Values are shown as the file holds them.
pub fn describe_conflict(map: &Map, conflict: &crate::model::Conflict) -> String {
    let what = match (&conflict.item, &conflict.view) {
        (Some(id), _) => match map.item_ref(*id) {
            Some(item) => format!(
                "{} {}",
                capitalised(item.kind().noun()),
                title_of(map, item)
            ),
            None => format!("Item {id}"),
        },
        (None, Some(name)) => format!("Saved view '{name}'"),
        (None, None) => "Map details".to_owned(),
    };
    if conflict.is_whole() {
        let sides = match (&conflict.mine, &conflict.theirs) {
            (None, _) => "removed in mine, changed or still needed in theirs",
            (_, None) => "changed or still needed in mine, removed in theirs",
            _ => "changed differently on each side",
        };
        let here = match (&conflict.item, &conflict.view) {
            (Some(id), _) => map.contains(*id),
            (None, Some(name)) => map.views.iter().any(|v| &v.name == name),
            (None, None) => true,
        };
        let kept = if here { "kept" } else { "left out" };
        return format!("{what}: {sides} ({kept})");
    }
    let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "nothing".to_owned());
    format!(
        "{what}: {}: mine {}, theirs {}",
        conflict.field.replace('_', " "),
        value(&conflict.mine),
        value(&conflict.theirs)
    )
}
