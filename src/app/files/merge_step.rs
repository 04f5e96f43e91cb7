//! The merge's second step: after the other copy is picked, whether the
//! person has the copy both started from. With it, a change made in only
//! one copy comes in without a question; without it, every difference is
//! left to settle.

use eframe::egui;

use super::merge::MergeAnswer;
use super::question::Question;
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
        let heading = format!("Merge “{name}”");
        let answer = Question {
            id: "merge step",
            heading: &heading,
            body: "Do you have the copy you both started from? With it, a change made \
                   in only one of the two copies comes in by itself. Without it, every \
                   difference is kept for you to settle.",
            answers: &[
                (
                    "Pick the copy you both started from…",
                    MergeAnswer::PickOriginal,
                ),
                ("Merge without it", MergeAnswer::WithoutOriginal),
                ("Cancel", MergeAnswer::Cancel),
            ],
            dismissed: MergeAnswer::Cancel,
            max_width: Some(460.0),
        }
        .ask(ctx);
        if let Some(answer) = answer {
            self.requests.push(Request::MergeStep(answer));
        }
    }
}
