//! The conflicts panel: after a merge left places where two copies of the
//! map disagree, it lists them, goes to each on the map, and settles each
//! by keeping mine or taking theirs. Each choice is one edit, so it can be
//! undone; conflicts left unsettled stay in the map file when it is saved.

use eframe::egui::{self, Ui};

use crate::app::request::{Request, Requests};
use crate::compare::{Side, describe_conflict, settle};
use crate::model::Map;

/// What the panel remembers between frames. View state: never saved in a
/// map.
#[derive(Debug, Default)]
pub struct ConflictsPanel {
    /// Whether the panel is shown.
    pub open: bool,
    /// How many conflicts the map had last frame: the panel opens by
    /// itself when there are more (a map opened or merged with conflicts).
    seen: usize,
    /// Why the last choice could not be made, in plain words.
    problem: Option<String>,
}

impl ConflictsPanel {
    /// Opens the panel when the map has gained conflicts since last frame.
    pub fn notice(&mut self, map: &Map) {
        let count = map.conflicts.len();
        if count > self.seen {
            self.open = true;
        }
        if count == 0 {
            self.problem = None;
        }
        self.seen = count;
    }

    /// Shows the panel's window while it is open. While the screen is
    /// shared it names no values, since a conflict may hold confidential
    /// words.
    pub fn window_ui(&mut self, ctx: &egui::Context, map: &Map, sharing: bool, out: &mut Requests) {
        if !self.open {
            return;
        }
        let mut open = true;
        super::corner_window(ctx, "Conflicts to settle", 360.0, &mut open, |ui| {
            if sharing {
                ui.label("Conflicts are hidden while the screen is shared.");
            } else {
                self.ui(ui, map, out);
            }
        });
        self.open = open;
    }

    fn ui(&mut self, ui: &mut Ui, map: &Map, out: &mut Requests) {
        let count = map.conflicts.len();
        let heading = match count {
            0 => "No conflicts left.".to_owned(),
            1 => "1 conflict left.".to_owned(),
            n => format!("{n} conflicts left."),
        };
        ui.strong(heading);
        if count > 0 {
            ui.weak(
                "Two copies of this map disagree here. The map shows mine until you choose. \
                 Saving keeps the rest for later.",
            );
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem.as_str());
        }
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for index in 0..count {
                ui.push_id(index, |ui| self.row_ui(ui, map, index, out));
                ui.separator();
            }
        });
    }

    fn row_ui(&mut self, ui: &mut Ui, map: &Map, index: usize, out: &mut Requests) {
        let conflict = &map.conflicts[index];
        let words = describe_conflict(map, conflict);
        let here = conflict.item.filter(|id| map.contains(*id));
        let line = ui.add(
            egui::Label::new(words.as_str())
                .wrap()
                .sense(egui::Sense::click()),
        );
        if let Some(id) = here
            && line.on_hover_text("Show it on the map").clicked()
        {
            out.push(Request::GoTo(id));
        }
        ui.horizontal(|ui| {
            for (side, text) in [(Side::Mine, "Keep mine"), (Side::Theirs, "Take theirs")] {
                let button = ui.button(text).on_hover_text(match side {
                    Side::Mine => "Keep the value in this copy",
                    Side::Theirs => "Use the value from the other copy",
                });
                let button = button.accessible_name(format!("{text}: {words}"));
                if button.clicked() {
                    match settle(map, index, side) {
                        Ok(edit) => {
                            self.problem = None;
                            out.edit(edit, None);
                        }
                        Err(why) => self.problem = Some(why),
                    }
                }
            }
        });
    }
}
