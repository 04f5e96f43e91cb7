//! The Problems panel: what on the map looks odd though it is allowed (a
//! tension raised by someone not on its boundary, a boundary drawn twice,
//! …), one row each, a click away from the item. It never blocks anything:
//! the map opens, saves and exports as usual.
//!
//! The warnings are worked out again only when the map's revision changes,
//! and cut down to what the screen may show only when that changes, so an
//! open panel costs a frame nothing but its rows.

use eframe::egui::{self, Ui};

use crate::Document;
use crate::app::request::{Request, Requests};
use crate::app::shown::ShownMap;
use crate::model::{Id, Map, Warning, warnings};

/// What the panel remembers between frames. View state: never saved in a
/// map.
#[derive(Debug, Default)]
pub struct ProblemsPanel {
    /// Whether the panel is shown.
    pub open: bool,
    /// Every warning, and the revision it was worked out for.
    found: Option<(u64, Vec<Warning>)>,
    /// The warnings the screen may show (their places in `found`), and the
    /// shown map's key they were picked for.
    shown: Option<(u64, Vec<usize>)>,
}

impl ProblemsPanel {
    /// Brings the warnings up to date with the document and with what the
    /// screen shows, doing work only when either changed.
    pub fn refresh(&mut self, doc: &Document, shown: ShownMap<'_>) {
        let revision = doc.revision();
        if self.found.as_ref().map(|(r, _)| *r) != Some(revision) {
            self.found = Some((revision, warnings(doc.map())));
            self.shown = None;
        }
        if self.shown.as_ref().map(|(k, _)| *k) == Some(shown.key) {
            return;
        }
        let all = self.all();
        // A warning about a hidden item (a confidential tension on a shared
        // screen) would give it away, and could not be gone to.
        let seen = |id: Id| shown.map.contains(id);
        let visible = (0..all.len())
            .filter(|&i| seen(all[i].item) && all[i].reference.is_none_or(seen))
            .collect();
        self.shown = Some((shown.key, visible));
    }

    /// Every warning for the map, as of the last refresh.
    pub fn all(&self) -> &[Warning] {
        self.found.as_ref().map_or(&[], |(_, w)| w.as_slice())
    }

    /// The warnings the screen may show now.
    pub fn visible(&self) -> impl Iterator<Item = &Warning> {
        let all = self.all();
        self.shown
            .iter()
            .flat_map(|(_, list)| list.iter())
            .filter_map(move |&i| all.get(i))
    }

    /// How many warnings the screen may show now.
    pub fn count(&self) -> usize {
        self.shown.as_ref().map_or(0, |(_, list)| list.len())
    }

    /// Forgets the warnings, as when the map is closed.
    pub fn clear(&mut self) {
        self.found = None;
        self.shown = None;
    }

    /// Shows the panel along the bottom of the editor while it is open.
    pub fn panel_ui(&mut self, ui: &mut Ui, map: &Map, selection: &[Id], out: &mut Requests) {
        if !self.open {
            return;
        }
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(150.0)
            .min_size(60.0)
            .show(ui, |ui| self.ui(ui, map, selection, out));
        super::access::name_resize_handle(ui, "problems", "Problems height");
    }

    fn ui(&mut self, ui: &mut Ui, map: &Map, selection: &[Id], out: &mut Requests) {
        let count = self.count();
        let hidden = self.all().len() - count;
        ui.horizontal(|ui| {
            ui.strong("Problems");
            super::access::name_panel(ui, egui::UiKind::BottomPanel, "Problems area");
            ui.weak(match count {
                0 => "Nothing on this map looks odd.".to_owned(),
                1 => "1 thing to look at. Click it to go there.".to_owned(),
                n => format!("{n} things to look at. Click one to go there."),
            });
            if hidden > 0 {
                ui.weak(format!("({hidden} more about hidden items)"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button("Close")
                    .on_hover_text("Hide the Problems panel")
                    .accessible_name("Close the Problems panel")
                    .clicked()
                {
                    self.open = false;
                }
            });
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (i, w) in self.visible().enumerate() {
                    ui.push_id(i, |ui| row_ui(ui, map, w, selection, out));
                }
            });
    }
}

/// One warning: its words, highlighted while its item is selected; a click
/// selects the item and brings it into view.
fn row_ui(ui: &mut Ui, map: &Map, w: &Warning, selection: &[Id], out: &mut Requests) {
    let selected = selection.contains(&w.item);
    let response = ui
        .selectable_label(selected, w.message.as_str())
        .on_hover_text(format!(
            "{}. Click to select {} and show it.",
            w.kind.label(),
            map.describe(w.item)
        ))
        .accessible_name(&w.message);
    if response.clicked() {
        out.push(Request::GoTo(w.item));
    }
}

impl crate::app::ConveneApp {
    /// Brings the Problems panel's warnings up to date, before the frame
    /// decides what the toolbar shows.
    pub(crate) fn refresh_problems(&mut self) {
        let Some(w) = &self.work else {
            self.panels.problems.clear();
            return;
        };
        let shown = self.shown.of(&w.doc, &self.panels.overview.filter_in_use());
        self.panels.problems.refresh(&w.doc, shown);
    }

    /// The warnings the Problems panel lists now: what on the open map
    /// looks odd, leaving out what the screen hides.
    pub fn problems(&self) -> Vec<&Warning> {
        self.panels.problems.visible().collect()
    }
}
