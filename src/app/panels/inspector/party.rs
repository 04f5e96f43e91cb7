//! Communities of practice and stakeholders.

use eframe::egui::Ui;

use super::Inspector;
use super::form::{Form, pin_ui};
use super::widgets::{COUNT, LINES};
use crate::app::request::Requests;
use crate::model::{Community, Stakeholder};

/// Everything recorded about a community.
pub(super) fn community_ui(
    state: &mut Inspector,
    ui: &mut Ui,
    community: &Community,
    out: &mut Requests,
) {
    ui.heading("Community");
    let mut f = Form::item(state, community);
    f.line(ui, "Name", "name", |c| &mut c.name);
    f.area(ui, "Practice", "practice", |c| &mut c.practice);
    f.parsed(ui, "Size", "size", &COUNT, |c| &mut c.size);
    f.parsed(ui, "Key people", "key people", &LINES, |c| {
        &mut c.key_people
    });
    f.hint(ui, "One a line.");
    f.parsed(ui, "Their words", "terms", &LINES, |c| &mut c.terms);
    f.hint(ui, "Words of theirs that others misread, one a line.");
    f.area(ui, "What it values", "values", |c| &mut c.values);
    f.colour(ui, |c| &mut c.colour);
    pin_ui(&mut f, ui, |c| &mut c.pinned);
    f.finish(out);
}

/// Everything recorded about a stakeholder.
pub(super) fn stakeholder_ui(
    state: &mut Inspector,
    ui: &mut Ui,
    stakeholder: &Stakeholder,
    out: &mut Requests,
) {
    ui.heading("Stakeholder");
    let mut f = Form::item(state, stakeholder);
    f.line(ui, "Name", "name", |s| &mut s.name);
    f.area(ui, "Role", "role", |s| &mut s.role);
    f.area(ui, "Wants", "wants", |s| &mut s.wants);
    f.colour(ui, |s| &mut s.colour);
    pin_ui(&mut f, ui, |s| &mut s.pinned);
    f.finish(out);
}
