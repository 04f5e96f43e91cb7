//! The window of the app's own file chooser: where it is, the folder's
//! maps and sub-folders, and a name field that has the keyboard as soon as
//! it opens, so a full path typed and Enter is enough. Escape cancels.

use eframe::egui::{self, Key, RichText};

use super::chooser::{FileChooser, Purpose};

/// What the chooser asks for after a frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Use this file.
    Chosen(std::path::PathBuf),
    /// Close without choosing.
    Cancel,
}

/// Shows the chooser; returns what the person decided, if anything.
pub fn ui(ctx: &egui::Context, chooser: &mut FileChooser) -> Option<Outcome> {
    let (heading, action) = match chooser.purpose {
        Purpose::Open => ("Open a map", "Open"),
        Purpose::Save => ("Save the map as", "Save"),
        Purpose::Import => ("Import a canvas file", "Import"),
        Purpose::Merge => ("Merge another copy of this map", "Merge"),
        Purpose::MergeOriginal => ("Pick the copy you both started from", "Merge"),
        Purpose::Compare => ("Compare with another copy of this map", "Compare"),
        Purpose::Export(_) => ("Export the map as", "Export"),
    };
    let mut outcome = None;
    let modal = egui::Modal::new(egui::Id::unique("file chooser")).show(ctx, |ui| {
        ui.set_width(560.0);
        crate::app::panels::access::dialog_heading(ui, heading);
        if let Some(note) = &chooser.note {
            ui.label(note.as_str());
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui.button("Up one folder").clicked() {
                chooser.go_up();
            }
            ui.label(format!("In {}", chooser.folder.display()));
        });
        listing_ui(ui, chooser, &mut outcome);
        ui.add_space(4.0);
        let entered = name_ui(ui, chooser);
        if let Some(problem) = &chooser.problem {
            ui.colored_label(ui.visuals().warn_fg_color, problem.as_str());
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui.button(action).clicked() || entered {
                outcome = chooser.submit().map(Outcome::Chosen);
            }
            if ui.button("Cancel").clicked() {
                outcome = Some(Outcome::Cancel);
            }
        });
    });
    if outcome.is_none() && modal.should_close() {
        outcome = Some(Outcome::Cancel);
    }
    outcome
}

/// The folder's sub-folders and maps: a folder is gone into, a map is
/// opened (or its name taken, to save over it).
fn listing_ui(ui: &mut egui::Ui, chooser: &mut FileChooser, outcome: &mut Option<Outcome>) {
    let mut go_to = None;
    egui::ScrollArea::vertical()
        .max_height(280.0)
        .auto_shrink([false, true])
        .show(ui, |ui| match &chooser.listing {
            Err(problem) => {
                ui.colored_label(ui.visuals().warn_fg_color, problem.as_str());
            }
            Ok(entries) if entries.is_empty() => {
                ui.weak("No maps or folders here.");
            }
            Ok(entries) => {
                for entry in entries {
                    let text = if entry.is_folder {
                        RichText::new(format!("{}/", entry.name)).strong()
                    } else {
                        RichText::new(&entry.name)
                    };
                    if ui.selectable_label(false, text).clicked() {
                        go_to = Some(entry.clone());
                    }
                }
            }
        });
    let Some(entry) = go_to else { return };
    if entry.is_folder {
        chooser.go_to(entry.path);
    } else if chooser.purpose != Purpose::Save {
        *outcome = Some(Outcome::Chosen(entry.path));
    } else {
        chooser.name = entry.name;
        chooser.focus = true;
    }
}

/// The name field; returns whether Enter was pressed in it.
fn name_ui(ui: &mut egui::Ui, chooser: &mut FileChooser) -> bool {
    let id = egui::Id::unique("file chooser name");
    let response = ui
        .horizontal(|ui| {
            let label = ui.label("File name or path");
            ui.add(
                egui::TextEdit::singleline(&mut chooser.name)
                    .id(id)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
        })
        .inner;
    if chooser.focus {
        // The suggestion is selected, so typing a path replaces it. A
        // window's first frame only measures it, so this is repeated until
        // the field really has the keyboard.
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::select_all_str(
                &chooser.name,
            )));
        state.store(ui.ctx(), id);
        response.request_focus();
        chooser.focus = !response.has_focus();
    }
    response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter))
}
