//! Sticky notes and group frames.

use eframe::egui::Ui;

use super::Inspector;
use super::form::{Form, pin_ui};
use crate::app::request::Requests;
use crate::model::{Group, Note};

/// A note's text, colour and whether it stays private.
pub(super) fn note_ui(state: &mut Inspector, ui: &mut Ui, note: &Note, out: &mut Requests) {
    super::widgets::heading_ui(ui, "Note", note.confidential);
    let mut f = Form::item(state, note);
    f.area(ui, "Text", "text", |n| &mut n.text);
    f.colour(ui, |n| &mut n.colour);
    pin_ui(&mut f, ui, |n| &mut n.pinned);
    f.check(ui, "Confidential", |n| &mut n.confidential)
        .on_hover_text("Left out of anything exported for sharing.");
    f.finish(out);
}

/// A group's title and colour.
pub(super) fn group_ui(state: &mut Inspector, ui: &mut Ui, group: &Group, out: &mut Requests) {
    ui.heading("Group");
    let mut f = Form::item(state, group);
    f.line(ui, "Title", "label", |g| &mut g.label);
    f.colour(ui, |g| &mut g.colour);
    f.finish(out);
    ui.label("Whatever lies inside the frame moves with it.");
}
