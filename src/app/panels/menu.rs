//! The menu bar: File (with the examples and the welcome screen), Edit, Add
//! and View, built from the list of commands.
//! Every item shows what its command is called now and is greyed out when
//! it cannot run; a click asks for it.

use eframe::egui::{self, Ui};

use super::access;
use crate::app::command::Command;
use crate::app::command::{Placed, Ready, TextSize, TextStep, Theme};
use std::path::PathBuf;

use crate::app::files::examples::{EXAMPLES, name_and_folder};
use crate::app::request::{Request, Requests};

/// The Edit menu.
const EDIT: [Command; 14] = [
    Command::Undo,
    Command::Redo,
    Command::Cut,
    Command::Copy,
    Command::Paste,
    Command::Duplicate,
    Command::Delete,
    Command::Rename,
    Command::Pin,
    Command::SelectAll,
    Command::Cancel,
    Command::Find,
    Command::FindOrDo,
    Command::Tidy,
];

/// The Add menu.
const ADD: [Command; 6] = [
    Command::Add(Placed::Community),
    Command::Add(Placed::Stakeholder),
    Command::Add(Placed::Note),
    Command::Connect,
    Command::AddTension,
    Command::AddActivity,
];

/// The View menu, above its Theme and Text size submenus.
const VIEW: [Command; 12] = [
    Command::ZoomFit,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomReset,
    Command::ToggleOverview,
    Command::ToggleInspector,
    Command::ToggleViews,
    Command::ToggleProblems,
    Command::ToggleConflicts,
    Command::SharingScreen,
    Command::Present,
    Command::PresentHere,
];

/// Adds a menu item for each command.
fn items(ui: &mut Ui, ready: &Ready, requests: &mut Requests, commands: &[Command]) {
    for &command in commands {
        if command.menu_item(ui, ready) {
            requests.run(command);
        }
    }
}

/// A menu (or a menu within one) named for screen readers.
fn menu_ui(ui: &mut Ui, name: &str, add: impl FnOnce(&mut Ui)) {
    ui.menu_button(name, |ui| {
        access::name_enclosing(ui, egui::UiKind::Menu, &format!("{name} menu"));
        add(ui);
    });
}

/// Draws the menu bar; what is chosen waits in the queue.
pub fn ui(ui: &mut Ui, ready: &Ready, recent: &[PathBuf], requests: &mut Requests) {
    {
        egui::MenuBar::new().ui(ui, |ui| {
            access::name_this(ui, egui::accesskit::Role::MenuBar, "Menu bar");
            menu_ui(ui, "File", |ui| {
                items(ui, ready, requests, &[Command::New, Command::Open]);
                menu_ui(ui, "Open recent", |ui| {
                    if let Some(path) = recent_menu_ui(ui, recent) {
                        requests.push(Request::OpenRecent(path));
                    }
                    ui.separator();
                    items(ui, ready, requests, &[Command::ClearRecent]);
                });
                menu_ui(ui, "Examples", |ui| {
                    for (name, about, _) in EXAMPLES {
                        if ui.button(name).on_hover_text(about).clicked() {
                            requests.push(Request::OpenExample(name));
                        }
                    }
                });
                items(ui, ready, requests, &[Command::Welcome]);
                ui.separator();
                items(ui, ready, requests, &[Command::Save, Command::SaveAs]);
                ui.separator();
                items(
                    ui,
                    ready,
                    requests,
                    &[Command::Import, Command::CompareWith, Command::MergeCopy],
                );
                items(ui, ready, requests, &[Command::Export]);
            });
            menu_ui(ui, "Edit", |ui| items(ui, ready, requests, &EDIT));
            menu_ui(ui, "Add", |ui| items(ui, ready, requests, &ADD));
            menu_ui(ui, "View", |ui| {
                items(ui, ready, requests, &VIEW);
                ui.separator();
                menu_ui(ui, "Theme", |ui| {
                    let themes = [Theme::Light, Theme::Dark, Theme::System].map(Command::Theme);
                    items(ui, ready, requests, &themes);
                });
                menu_ui(ui, "Text size", |ui| {
                    let sizes = TextSize::ALL.map(|s| Command::TextSize(TextStep::To(s)));
                    items(ui, ready, requests, &sizes);
                    ui.separator();
                    let steps = [TextStep::Bigger, TextStep::Smaller].map(Command::TextSize);
                    items(ui, ready, requests, &steps);
                });
            });
        });
    }
}

/// The recent files as menu items, newest first; the one chosen, if any.
fn recent_menu_ui(ui: &mut Ui, recent: &[PathBuf]) -> Option<PathBuf> {
    if recent.is_empty() {
        ui.add_enabled(false, egui::Button::new("No recent files"));
    }
    let mut chosen = None;
    for path in recent {
        let (name, folder) = name_and_folder(path);
        if ui
            .add(egui::Button::new(name).shortcut_text(folder))
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            chosen = Some(path.clone());
        }
    }
    chosen
}
