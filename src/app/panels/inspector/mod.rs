//! The inspector: the side panel that edits every field of the selection.
//! It reads the map and returns edits; text edits carry a key so that one
//! field's keystrokes undo as one step.

mod activity;
mod board;
mod boundary;
mod crossing;
mod form;
mod meta;
mod party;
mod tension;
mod widgets;

use std::collections::BTreeMap;

use eframe::egui::Ui;

use crate::app::request::Requests;
use crate::app::script::visual;
use crate::model::{Id, ItemRef, Map};

/// What the inspector remembers between frames.
#[derive(Debug, Default)]
pub struct Inspector {
    /// Put the keyboard in the field with this key when it shows, such as
    /// the name of a row just added.
    focus_key: Option<String>,
    /// Put the keyboard in the first text field shown (Enter on the map,
    /// on an item already shown here).
    focus_first: bool,
    /// Text typed into fields that read a value (dates, numbers, lists),
    /// by field key, kept as typed while it is being typed or does not read.
    drafts: BTreeMap<String, String>,
}

impl Inspector {
    /// Shows the fields of the selection (or of the map when nothing is
    /// selected) and asks for the edits made.
    pub fn ui(&mut self, ui: &mut Ui, map: &Map, selection: &[Id], out: &mut Requests) {
        match selection {
            [] => meta::ui(self, ui, &map.meta, out),
            [id] => match map.item_ref(*id) {
                Some(item) => self.item_ui(ui, map, item, out),
                None => {
                    ui.label("Nothing selected.");
                }
            },
            many => {
                ui.heading(format!("{} items selected", many.len()));
                ui.label("Press Delete to remove them, or drag to move them together.");
            }
        }
    }

    fn item_ui(&mut self, ui: &mut Ui, map: &Map, item: ItemRef<'_>, out: &mut Requests) {
        match item {
            ItemRef::Community(c) => party::community_ui(self, ui, c, out),
            ItemRef::Stakeholder(s) => party::stakeholder_ui(self, ui, s, out),
            ItemRef::Boundary(b) => boundary::ui(self, ui, map, b, out),
            ItemRef::Tension(t) => tension::ui(self, ui, map, t, out),
            ItemRef::Activity(a) => activity::ui(self, ui, map, a, out),
            ItemRef::Object(o) => crossing::object_ui(self, ui, map, o, out),
            ItemRef::Broker(b) => crossing::broker_ui(self, ui, map, b, out),
            ItemRef::Note(n) => board::note_ui(self, ui, n, out),
            ItemRef::Group(g) => board::group_ui(self, ui, g, out),
        }
    }

    /// Puts the keyboard in the first text field the inspector shows next.
    pub fn focus_first_field(&mut self) {
        self.focus_first = true;
    }

    /// Whether the field with this key should take the keyboard now.
    fn take_focus(&mut self, key: &str) -> bool {
        if std::mem::take(&mut self.focus_first) {
            return true;
        }
        if self.focus_key.as_deref() == Some(key) {
            self.focus_key = None;
            return true;
        }
        false
    }
}

/// A link to another item: clicking it asks to select that item.
fn link_ui(out: &mut Requests, ui: &mut Ui, text: impl Into<String>, hover: &str, id: Id) {
    let text = text.into();
    // Shown in reading order; a screen reader gets the name as typed.
    let link = ui.link(visual(&text).as_ref()).accessible_name(text);
    if link.on_hover_text(hover).clicked() {
        out.select(vec![id]);
    }
}

/// The names of parties, for lists and ticks.
fn party_names(map: &Map, ids: impl IntoIterator<Item = Id>) -> Vec<(Id, String)> {
    ids.into_iter()
        .map(|id| (id, map.party_name(id).unwrap_or("(gone)").to_owned()))
        .collect()
}
