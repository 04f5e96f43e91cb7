//! The question before saving over comments written by hand that Convene
//! cannot keep: save and drop them, or cancel. Asked once for each map
//! opened; the comments Convene can keep are saved without a word.

use eframe::egui;

use super::Pending;
use super::question::Question;
use crate::app::ConveneApp;
use crate::app::request::Request;

/// Whether saving the open map must first ask about its comments.
#[derive(Debug, Default)]
pub struct CommentsGuard {
    /// The save waiting for an answer, while the question is open.
    pub asking: Option<HeldSave>,
    /// The person agreed to drop the comments of the open map.
    pub agreed: bool,
}

/// A save held until the person answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldSave {
    /// How many comments saving drops.
    pub count: usize,
    /// Whether to choose a file to save to.
    pub choose: bool,
    /// What to do once saved (close the window, open another map).
    pub then: Option<Pending>,
}

impl ConveneApp {
    /// Whether saving must wait: the open map's file held comments that
    /// cannot be kept, and the person has not yet agreed to drop them. If
    /// so, the question is asked.
    pub(crate) fn hold_save_for_comments(&mut self, choose: bool) -> bool {
        let guard = &self.files.comments;
        if guard.agreed || guard.asking.is_some() {
            return guard.asking.is_some();
        }
        let count = self
            .work
            .as_ref()
            .map_or(0, |w| w.doc.map().kept.comments.lost_count());
        if count == 0 {
            return false;
        }
        self.files.comments.asking = Some(HeldSave {
            count,
            choose,
            then: None,
        });
        true
    }

    /// Answers the question: `save` saves and drops the comments (and goes
    /// on with what waited for the save); otherwise nothing is saved.
    pub(crate) fn answer_comments(&mut self, ctx: &egui::Context, save: bool) {
        let Some(held) = self.files.comments.asking.take() else {
            return;
        };
        if !save {
            return;
        }
        self.files.comments.agreed = true;
        self.save(held.choose);
        let Some(then) = held.then else { return };
        if !self.unsaved() {
            self.proceed(ctx, then);
        } else if let Some(chooser) = &mut self.files.chooser {
            chooser.then = Some(then);
        }
    }

    /// The question, while it is asked.
    pub(crate) fn comments_question_ui(&mut self, ctx: &egui::Context) {
        let Some(held) = &self.files.comments.asking else {
            return;
        };
        let n = held.count;
        let (them, comments) = if n == 1 {
            ("it", "1 comment".to_owned())
        } else {
            ("them", format!("{n} comments"))
        };
        let heading = format!("Save without {comments}?");
        let body = format!(
            "This map's file has {comments} written by hand among its saved views. \
             Convene cannot keep comments there, so saving drops {them}. \
             Comments before or beside items are kept."
        );
        let save = format!("Save and drop {comments}");
        let answer = Question {
            id: "drop comments?",
            heading: &heading,
            body: &body,
            answers: &[(&save, true), ("Cancel", false)],
            dismissed: false,
            max_width: None,
        }
        .ask(ctx);
        if let Some(save) = answer {
            self.requests.push(Request::SaveOverComments(save));
        }
    }
}
