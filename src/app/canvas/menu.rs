//! The canvas's context menu: what can be done with the item under the
//! pointer, or what can be added where it was opened.

use eframe::egui::Ui;

use super::{CanvasState, Inputs};
use crate::app::command::{Command, Placed};
use crate::app::request::{Request, Requests};

impl CanvasState {
    /// The context menu: what can be done with the item under the pointer,
    /// or what can be added where it was opened. Commands that cannot run
    /// are greyed out.
    pub(super) fn menu_ui(&mut self, ui: &mut Ui, inputs: &mut Inputs<'_>) {
        let Some(target) = self.menu else {
            ui.close();
            return;
        };
        let (map, ready) = (inputs.map, inputs.ready);
        let out = &mut *inputs.out;
        let run = |ui: &mut Ui, command: Command, out: &mut Requests| {
            if command.menu_item(ui, ready) {
                out.run(command);
                ui.close();
            }
        };
        let Some(id) = target.item.filter(|&id| map.contains(id)) else {
            for kind in [Placed::Community, Placed::Stakeholder, Placed::Note] {
                let label = format!("{} here", Command::Add(kind).label());
                if ui.button(label).clicked() {
                    out.push(Request::AddAt(kind, target.at));
                    ui.close();
                }
            }
            ui.separator();
            for c in [
                Command::Paste,
                Command::SelectAll,
                Command::Tidy,
                Command::ZoomFit,
            ] {
                run(ui, c, out);
            }
            return;
        };
        if map.boundaries.contains(id) {
            run(ui, Command::AddTension, out);
            run(ui, Command::AddActivity, out);
            ui.separator();
        } else if map.is_party(id) && ready.can_run(Command::Connect) {
            run(ui, Command::Connect, out);
            ui.separator();
        }
        if map.is_party(id) || map.notes.contains(id) {
            run(ui, Command::Pin, out);
        }
        for c in [
            Command::Rename,
            Command::Cut,
            Command::Copy,
            Command::Duplicate,
            Command::Delete,
        ] {
            run(ui, c, out);
        }
    }
}
