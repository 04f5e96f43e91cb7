//! The menu bar: File, Edit, Add and View, built from the list of commands.

use eframe::egui::{self, Ui};

use crate::app::files::prefs;
use crate::app::{Command, ConveneApp};

impl ConveneApp {
    /// Draws the menu bar and runs what is chosen.
    pub(crate) fn menu_ui(&mut self, ui: &mut Ui) {
        let mut chosen = None;
        let mut recent_chosen = None;
        let current: Vec<Command> = Command::ALL
            .into_iter()
            .filter(|&c| self.is_current(c))
            .collect();
        let recent = &self.prefs.recent;
        egui::MenuBar::new().ui(ui, |ui| {
            let mut item = |ui: &mut Ui, command: Command| {
                if command.menu_item(ui, current.contains(&command)).clicked() {
                    chosen = Some(command);
                }
            };
            ui.menu_button("File", |ui| {
                for c in [Command::New, Command::Open] {
                    item(ui, c);
                }
                ui.menu_button("Open recent", |ui| {
                    recent_chosen = prefs::recent_menu_ui(ui, recent);
                    ui.separator();
                    item(ui, Command::ClearRecent);
                });
                for c in [Command::Save, Command::SaveAs] {
                    item(ui, c);
                }
            });
            ui.menu_button("Edit", |ui| {
                for c in [
                    Command::Undo,
                    Command::Redo,
                    Command::Cut,
                    Command::Copy,
                    Command::Paste,
                    Command::Duplicate,
                    Command::Delete,
                    Command::Rename,
                    Command::SelectAll,
                    Command::Cancel,
                    Command::Find,
                ] {
                    item(ui, c);
                }
            });
            ui.menu_button("Add", |ui| {
                for c in [
                    Command::AddCommunity,
                    Command::AddStakeholder,
                    Command::AddNote,
                    Command::Connect,
                    Command::AddTension,
                    Command::AddActivity,
                ] {
                    item(ui, c);
                }
            });
            ui.menu_button("View", |ui| {
                for c in [
                    Command::ZoomFit,
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::ZoomReset,
                    Command::ToggleOverview,
                ] {
                    item(ui, c);
                }
                ui.separator();
                ui.menu_button("Theme", |ui| {
                    for c in [
                        Command::ThemeLight,
                        Command::ThemeDark,
                        Command::ThemeSystem,
                    ] {
                        item(ui, c);
                    }
                });
                ui.menu_button("Text size", |ui| {
                    for c in [
                        Command::TextNormal,
                        Command::TextLarge,
                        Command::TextLarger,
                        Command::TextLargest,
                    ] {
                        item(ui, c);
                    }
                    ui.separator();
                    for c in [Command::TextBigger, Command::TextSmaller] {
                        item(ui, c);
                    }
                });
            });
        });
        if let Some(c) = chosen {
            self.run(ui.ctx(), c);
        }
        if let Some(path) = recent_chosen {
            self.open_recent(ui.ctx(), path);
        }
    }
}
