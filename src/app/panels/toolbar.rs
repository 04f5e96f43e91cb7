//! The toolbar: the commands used most in a workshop, one click away, with
//! their full names and shortcuts on hover.

use eframe::egui::{self, Ui};

use crate::app::Command;

/// The toolbar's buttons, in groups, with their short names.
const GROUPS: [&[(Command, &str)]; 3] = [
    &[
        (Command::AddCommunity, "+ Community"),
        (Command::AddStakeholder, "+ Stakeholder"),
        (Command::AddNote, "+ Note"),
        (Command::Connect, "Connect"),
        (Command::AddTension, "+ Tension"),
        (Command::AddActivity, "+ Activity"),
    ],
    &[(Command::Undo, "Undo"), (Command::Redo, "Redo")],
    &[
        (Command::ZoomFit, "Whole map"),
        (Command::Find, "Find"),
        (Command::ToggleOverview, "Overview"),
    ],
];

/// Shows the toolbar; `enabled` says which commands can run now. Gives back
/// the command clicked, if any.
pub fn ui(ui: &mut Ui, enabled: impl Fn(Command) -> bool) -> Option<Command> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        for (i, group) in GROUPS.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            for &(command, short) in group.iter() {
                let hover = match command.shortcuts().first() {
                    Some(sc) => format!("{} ({})", command.label(), ui.ctx().format_shortcut(sc)),
                    None => command.label().to_owned(),
                };
                let button = ui
                    .add_enabled(enabled(command), egui::Button::new(short))
                    .on_hover_text(hover);
                if button.clicked() {
                    chosen = Some(command);
                }
            }
        }
    });
    chosen
}
