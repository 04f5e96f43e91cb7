//! The map's own facts, shown when nothing is selected.

use eframe::egui::Ui;

use super::Inspector;
use super::form::Form;
use super::widgets::DATE;
use crate::app::request::Requests;
use crate::model::Meta;

/// Title, purpose, facilitator, date and place.
pub(super) fn ui(state: &mut Inspector, ui: &mut Ui, meta: &Meta, out: &mut Requests) {
    ui.heading("About this map");
    let mut f = Form::meta(state, meta);
    f.line(ui, "Title", "title", |m| &mut m.title);
    f.area(ui, "Purpose", "purpose", |m| &mut m.purpose);
    f.line(ui, "Facilitator", "facilitator", |m| &mut m.facilitator);
    f.parsed(ui, "Date", "date", &DATE, |m| &mut m.date);
    f.line(ui, "Place", "place", |m| &mut m.place);
    f.finish(out);
    ui.add_space(8.0);
    ui.label(
        "Double-click the canvas to add a community. \
         Drag from a community's rim to another to draw a boundary.",
    );
}
