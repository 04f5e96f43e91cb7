//! How warnings name the items they are about: by the words the room used.

use crate::model::{Activity, Boundary, Id, Map, Tension};

/// A community's or stakeholder's name, or "someone unnamed".
pub(super) fn party(map: &Map, id: Id) -> String {
    match map.party_name(id).map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => "someone unnamed".to_owned(),
    }
}

/// A boundary as "'Its label'", or by its sides: "Police – Social workers".
pub(super) fn boundary(map: &Map, b: &Boundary) -> String {
    if b.label.trim().is_empty() {
        map.boundary_title(b)
    } else {
        format!("'{}'", b.label.trim())
    }
}

/// A boundary by its id, for references.
pub(super) fn boundary_id(map: &Map, id: Id) -> String {
    map.boundaries
        .get(id)
        .map_or_else(|| "a missing boundary".to_owned(), |b| boundary(map, b))
}

/// What the room said about a tension, or its kind when nothing was noted.
pub(super) fn tension(t: &Tension) -> String {
    let said = t.statement.trim();
    let words = if said.is_empty() {
        t.kind.label()
    } else {
        said
    };
    format!("'{words}'")
}

/// An activity's title in quotes, or "(untitled)".
pub(super) fn activity(a: &Activity) -> String {
    match a.title.trim() {
        "" => "(untitled)".to_owned(),
        title => format!("'{title}'"),
    }
}

/// A person's or thing's name in quotes, or "(unnamed)".
pub(super) fn named(name: &str) -> String {
    match name.trim() {
        "" => "(unnamed)".to_owned(),
        name => format!("'{name}'"),
    }
}
