//! The first screen: start a map, open a recent one or any other, or look
//! at an example.

use std::path::PathBuf;

use eframe::egui::{self, RichText, Ui};

use crate::app::command::Command;
use crate::app::files::examples::{EXAMPLES, name_and_folder};
use crate::app::request::{Request, Requests};

/// Shows the welcome screen, with the recently used files, newest first,
/// and asks for what the person chooses. Over an open map (`open`) it
/// offers the way back to it.
pub fn ui(ui: &mut Ui, recent: &[PathBuf], open: bool, requests: &mut Requests) {
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| ui.vertical_centered(|ui| {
        if open {
            ui.add_space(12.0);
            if ui.button(RichText::new("Back to the map").size(16.0)).clicked() {
                requests.run(Command::Welcome);
            }
        }
        ui.add_space(40.0);
        ui.heading(RichText::new("Convene").size(32.0));
        ui.label("Map the communities in the room, where they meet, what divides them, and what could bring them together.");
        ui.add_space(20.0);
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 260.0).max(0.0) / 2.0);
            if ui.button(RichText::new(Command::New.label()).size(18.0)).clicked() {
                requests.run(Command::New);
            }
            if ui.button(RichText::new(Command::Open.label()).size(18.0)).clicked() {
                requests.run(Command::Open);
            }
        });
        if !recent.is_empty() {
            ui.add_space(30.0);
            ui.strong("Recent");
            for path in recent {
                let (name, folder) = name_and_folder(path);
                if ui
                    .add(egui::Button::new(name).min_size(egui::vec2(280.0, 28.0)))
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    requests.push(Request::OpenRecent(path.clone()));
                }
                ui.weak(folder);
                ui.add_space(6.0);
            }
        }
        ui.add_space(30.0);
        ui.strong("Examples");
        for (name, about, _) in EXAMPLES {
            if ui.add(egui::Button::new(name).min_size(egui::vec2(280.0, 28.0))).on_hover_text(about).clicked() {
                requests.push(Request::OpenExample(name));
            }
            ui.weak(about);
            ui.add_space(6.0);
        }
    }));
}
