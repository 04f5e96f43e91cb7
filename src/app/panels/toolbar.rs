//! The toolbar: the commands used most in a workshop, one click away, with
//! their full names and shortcuts on hover.

use eframe::egui::{self, Ui};

use crate::app::command::Command;
use crate::app::command::{Placed, Ready};
use crate::app::request::Requests;

/// The toolbar's buttons, in groups, with their short names.
const GROUPS: [&[(Command, &str)]; 3] = [
    &[
        (Command::Add(Placed::Community), "+ Community"),
        (Command::Add(Placed::Stakeholder), "+ Stakeholder"),
        (Command::Add(Placed::Note), "+ Note"),
        (Command::Connect, "Connect"),
        (Command::AddTension, "+ Tension"),
        (Command::AddActivity, "+ Activity"),
    ],
    &[(Command::Undo, "Undo"), (Command::Redo, "Redo")],
    &[
        (Command::ZoomFit, "Whole map"),
        (Command::Find, "Find"),
        (Command::ToggleOverview, "Overview"),
        (Command::ToggleInspector, "Inspector"),
        (Command::ToggleViews, "Views"),
        (Command::ToggleProblems, "Problems"),
        (Command::SharingScreen, "Sharing screen"),
        (Command::Present, "Present"),
    ],
];

/// Shows the toolbar, wrapping onto more rows when the window is narrow
/// or the text large. Commands that cannot run now are greyed out, with
/// the reason on hover; a shown panel's button looks pressed; a click asks
/// for the command.
pub fn ui(ui: &mut Ui, ready: &Ready, requests: &mut Requests) {
    ui.horizontal_wrapped(|ui| {
        for (i, group) in GROUPS.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            for &(command, short) in group.iter() {
                let a = ready.get(command);
                let hover = match command.shortcuts().first() {
                    Some(sc) => format!("{} ({})", a.label, ui.ctx().format_shortcut(sc)),
                    None => a.label.clone().into_owned(),
                };
                // A count worth seeing, such as how many problems there are.
                let text = match a.count {
                    Some(n) if n > 0 => format!("{short} {n}"),
                    _ => short.to_owned(),
                };
                // Only a switch is a toggle to a screen reader ("pressed").
                let mut button = egui::Button::new(text);
                if command.is_switch() {
                    button = button.selected(a.checked);
                }
                let mut button = ui.add_enabled(a.enabled, button).on_hover_text(hover);
                if let Some(why) = a.why {
                    button = button.on_disabled_hover_text(why);
                }
                if button.clicked() {
                    requests.run(command);
                }
            }
        }
    });
}
