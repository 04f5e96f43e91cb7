//! What crosses a boundary: boundary objects and brokers. Their fields show
//! both in a boundary's lists and on their own.

use eframe::egui::Ui;

use super::form::Form;
use super::{Inspector, link_ui};
use crate::app::request::Requests;
use crate::model::{BoundaryObject, Broker, Id, Map};

/// A boundary object's name and description.
pub(super) fn object_fields(
    state: &mut Inspector,
    ui: &mut Ui,
    object: &BoundaryObject,
    out: &mut Requests,
) {
    let mut f = Form::item(state, object);
    f.line(ui, "Name", "name", |o| &mut o.name);
    f.area(ui, "How each side uses it", "description", |o| {
        &mut o.description
    });
    f.finish(out);
}

/// A broker's name, communities and note.
pub(super) fn broker_fields(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    broker: &Broker,
    out: &mut Requests,
) {
    let mut f = Form::item(state, broker);
    f.line(ui, "Name", "name", |b| &mut b.name);
    ui.label("Belongs to");
    let communities: Vec<(Id, String)> = map
        .communities
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    f.ticks(ui, &communities, |b| &mut b.communities);
    f.area(ui, "Note", "note", |b| &mut b.note);
    f.finish(out);
}

/// A boundary object on its own, with the boundaries it crosses.
pub(super) fn object_ui(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    object: &BoundaryObject,
    out: &mut Requests,
) {
    ui.heading("Boundary object");
    object_fields(state, ui, object, out);
    boundary_links_ui(out, ui, map, "Crosses", &object.boundaries);
}

/// A broker on their own, with the boundaries they broker.
pub(super) fn broker_ui(
    state: &mut Inspector,
    ui: &mut Ui,
    map: &Map,
    broker: &Broker,
    out: &mut Requests,
) {
    ui.heading("Broker");
    broker_fields(state, ui, map, broker, out);
    boundary_links_ui(out, ui, map, "Brokers", &broker.boundaries);
}

fn boundary_links_ui(out: &mut Requests, ui: &mut Ui, map: &Map, heading: &str, ids: &[Id]) {
    ui.separator();
    ui.strong(heading);
    for b in ids.iter().filter_map(|&id| map.boundaries.get(id)) {
        link_ui(out, ui, map.boundary_title(b), "Open this boundary", b.id);
    }
}
