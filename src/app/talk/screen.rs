//! What the room sees while the map is presented: the canvas alone, a
//! small counter in a corner, or a black screen.

use eframe::egui::{self, Align2, Color32, RichText, Sense, Ui, WidgetInfo, vec2};

use crate::app::ConveneApp;
use crate::app::command::{Command, Ready};

impl ConveneApp {
    /// The presentation's screen, in place of the editor.
    pub(crate) fn talk_ui(&mut self, ui: &mut Ui, ready: &Ready) {
        let Some((step, count, blank)) = self.presentation() else {
            return;
        };
        // A map closed during the talk ends it.
        if self.work.is_none() {
            self.requests.run(Command::StopPresenting);
            return;
        }
        if blank {
            blank_ui(ui);
            return;
        }
        self.map_ui(ui, ready, true);
        egui::Area::new(egui::Id::unique("talk counter"))
            .anchor(Align2::RIGHT_BOTTOM, vec2(-14.0, -10.0))
            .interactable(false)
            .show(ui.ctx(), |ui| {
                // Readable for the facilitator, quiet for the room.
                let text = RichText::new(format!("{step} / {count}"))
                    .color(ui.visuals().weak_text_color());
                ui.label(text);
            });
    }
}

/// A black screen. It says what it is to a screen reader only.
fn blank_ui(ui: &mut Ui) {
    egui::CentralPanel::no_frame().show(ui, |ui| {
        let rect = ui.max_rect();
        ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
        let response = ui.allocate_rect(rect, Sense::hover());
        response.widget_info(|| {
            WidgetInfo::labeled(
                egui::Role::Label,
                true,
                "Blank screen: press B to come back",
            )
        });
    });
}
