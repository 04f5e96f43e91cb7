//! The compare window: what differs between the open map and another copy
//! of it, one line a change, each a click away from its item on the map.
//! It reads only; nothing in it changes the map.

use eframe::egui::{self, Ui};

use crate::app::canvas::marks::Mark;
use crate::app::request::{Request, Requests};
use crate::compare::{Diff, capitalised};
use crate::model::{Id, Map};

/// One line of the list, and the item it is about in the open map.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The change in words.
    pub text: String,
    /// The item in the open map, to go to; none when it is only in the
    /// other copy, or is about the map as a whole.
    pub item: Option<Id>,
}

/// The other copy's name and what differs. View state: never saved.
#[derive(Debug, Default)]
pub struct ComparePanel {
    /// Whether the window is shown.
    pub open: bool,
    /// The other copy's file name.
    pub other: String,
    /// What differs, from the other copy to the open map.
    pub rows: Vec<Row>,
    /// The items of the open map that are new or changed.
    pub touched: Vec<Id>,
    /// The same items, each marked new or changed, for the canvas.
    pub marks: Vec<(Id, Mark)>,
    /// The other copy, and the open map's revision the list was made for,
    /// so the list follows edits made while it is open.
    against: Option<(Map, u64)>,
}

impl ComparePanel {
    /// Shows what differs between `other` (named `name`) and `map`, the
    /// open map at `revision`.
    pub fn show(&mut self, name: String, other: Map, map: &Map, revision: u64) {
        self.other = name;
        self.against = Some((other, revision));
        self.list(map);
        self.open = true;
    }

    /// Lists the differences again if the open map changed since.
    pub fn follow(&mut self, map: &Map, revision: u64) {
        let stale = match &mut self.against {
            Some((_, seen)) if *seen != revision => {
                *seen = revision;
                true
            }
            _ => false,
        };
        if stale && self.open {
            self.list(map);
        }
    }

    fn list(&mut self, map: &Map) {
        let Some((other, _)) = &self.against else {
            return;
        };
        let diff = crate::compare::diff(other, map);
        self.rows = rows(&diff, &self.other);
        self.touched = diff.touched();
        self.marks = self
            .touched
            .iter()
            .map(|&id| {
                let new = diff.added.iter().any(|e| e.id == id);
                (id, if new { Mark::New } else { Mark::Changed })
            })
            .collect();
    }

    /// Shows the window while it is open. While the screen is shared it
    /// names nothing, since a change may quote confidential words.
    pub fn window_ui(&mut self, ctx: &egui::Context, sharing: bool, out: &mut Requests) {
        if !self.open {
            return;
        }
        let mut open = true;
        super::corner_window(ctx, "Compared with another copy", 380.0, &mut open, |ui| {
            if sharing {
                ui.label("Differences are hidden while the screen is shared.");
            } else {
                self.ui(ui, out);
            }
        });
        self.open = open;
    }

    fn ui(&mut self, ui: &mut Ui, out: &mut Requests) {
        let heading = match self.rows.len() {
            0 => format!("This map and “{}” are the same.", self.other),
            1 => format!("1 difference from “{}” to this map.", self.other),
            n => format!("{n} differences from “{}” to this map.", self.other),
        };
        ui.strong(heading);
        if !self.touched.is_empty()
            && ui
                .button("Select what is new or changed")
                .on_hover_text("Marks them on the map")
                .clicked()
        {
            out.select(self.touched.clone());
        }
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (index, row) in self.rows.iter().enumerate() {
                ui.push_id(index, |ui| {
                    let sense = if row.item.is_some() {
                        egui::Sense::click()
                    } else {
                        egui::Sense::hover()
                    };
                    let line = ui.add(egui::Label::new(row.text.as_str()).wrap().sense(sense));
                    if let Some(id) = row.item
                        && line.on_hover_text("Show it on the map").clicked()
                    {
                        out.push(Request::GoTo(id));
                    }
                });
            }
        });
    }
}

/// The diff as rows: the map's details, what is only here, what is only in
/// the other copy, what changed field by field, then moves and views.
fn rows(diff: &Diff, other: &str) -> Vec<Row> {
    let mut out = Vec::new();
    let mut push = |text: String, item: Option<Id>| out.push(Row { text, item });
    for f in &diff.details {
        let text = format!(
            "Map details: {} is {} here, {} in “{other}”",
            f.field, f.after, f.before
        );
        push(text, None);
    }
    for e in &diff.added {
        push(
            format!("Only in this map: {} {}", e.kind, e.title),
            Some(e.id),
        );
    }
    for e in &diff.removed {
        push(format!("Only in “{other}”: {} {}", e.kind, e.title), None);
    }
    for c in &diff.changed {
        for f in &c.fields {
            let what = capitalised(c.kind);
            let text = format!(
                "{what} {}: {} is {} here, {} in “{other}”",
                c.title, f.field, f.after, f.before
            );
            push(text, Some(c.id));
        }
    }
    match diff.moved.len() {
        0 => {}
        1 => push(
            "1 item is in another place".to_owned(),
            diff.moved.first().copied(),
        ),
        n => push(format!("{n} items are in other places"), None),
    }
    for v in &diff.views {
        let text = if v.change == "reordered" {
            "Saved views are in another order".to_owned()
        } else {
            format!("Saved view '{}' {}", v.name, v.change)
        };
        push(text, None);
    }
    out
}
