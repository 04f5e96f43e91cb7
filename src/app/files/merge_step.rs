//! The merge's second step: after the other copy is picked, whether the
//! person has the copy both started from. With it, a change made in only
//! one copy comes in without a question; without it, every difference is
//! left to settle.

use eframe::egui;

use super::merge::MergeAnswer;
use crate::app::ConveneApp;
use crate::app::request::Request;

impl ConveneApp {
    /// The second step, while a merge waits for it (and no file chooser
    /// is open over it).
    pub(crate) fn merge_step_ui(&mut self, ctx: &egui::Context) {
        if self.files.chooser.is_some() {
            return;
        }
        let Some(held) = &self.files.merging else {
            return;
        };
        let name = held.name.as_str();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("merge step")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(format!("Merge “{name}”"));
            ui.label(
                "Do you have the copy you both started from? With it, a change made \
                 in only one of the two copies comes in by itself. Without it, every \
                 difference is kept for you to settle.",
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Pick the copy you both started from…").clicked() {
                    answer = Some(MergeAnswer::PickOriginal);
                }
                if ui.button("Merge without it").clicked() {
                    answer = Some(MergeAnswer::WithoutOriginal);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(MergeAnswer::Cancel);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(MergeAnswer::Cancel);
        }
        if let Some(answer) = answer {
            self.requests.push(Request::MergeStep(answer));
        }
    }
}
