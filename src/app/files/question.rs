//! A question in a modal window: a heading that also names the window for
//! screen readers, a few sentences, and a row of answers. The questions
//! before a save, a merge or dropping comments are all asked this way.

use eframe::egui;

/// A question and its answers, asked in a modal window.
pub(crate) struct Question<'a, A> {
    /// Where egui keeps the window's state; one per question.
    pub id: &'static str,
    /// The heading, which is also the window's name.
    pub heading: &'a str,
    /// The sentences under the heading.
    pub body: &'a str,
    /// The buttons, left to right: each one's words and its answer.
    pub answers: &'a [(&'a str, A)],
    /// The answer when the window is closed another way (Escape, a click
    /// beside it).
    pub dismissed: A,
    /// The widest the window grows, in points; none: egui's own width.
    pub max_width: Option<f32>,
}

impl<A: Copy> Question<'_, A> {
    /// Shows the question for this frame; gives back the answer given in
    /// it, if any.
    pub(crate) fn ask(&self, ctx: &egui::Context) -> Option<A> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique(self.id)).show(ctx, |ui| {
            if let Some(width) = self.max_width {
                ui.set_max_width(width);
            }
            crate::app::panels::access::dialog_heading(ui, self.heading);
            ui.label(self.body);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                for &(words, value) in self.answers {
                    if ui.button(words).clicked() {
                        answer = Some(value);
                    }
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(self.dismissed);
        }
        answer
    }
}
