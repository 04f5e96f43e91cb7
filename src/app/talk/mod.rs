//! Presenting the map: full screen, without panels, menus or toolbar, in a
//! look a projector shows well, with confidential items hidden, one saved
//! view after another. The map stays live: the canvas takes clicks and
//! names as in the editor. Leaving puts back everything as it was.
//!
//! Everything here is view state: a presentation is never written into the
//! map file.

mod keys;
pub mod look;
mod screen;

use eframe::egui::{self, Rect, ViewportCommand, pos2, vec2};

use crate::app::ConveneApp;
use crate::app::canvas::Spot;
use crate::model::query::Filter;
use crate::model::{Point, Reveal, SavedView};

/// A move through the presentation, as a clicker or the keyboard asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next view.
    Next,
    /// The view before.
    Previous,
    /// The first view.
    First,
    /// The last view.
    Last,
    /// Blank the screen, or bring it back.
    Blank,
}

/// Whether the map is being presented, and where in the talk it is.
#[derive(Debug, Default)]
pub struct Talk {
    running: Option<Running>,
}

/// A presentation under way.
#[derive(Debug)]
struct Running {
    /// The view shown, counted from 0.
    step: usize,
    /// Whether the screen is blanked.
    blank: bool,
    /// What to put back on leaving.
    before: Before,
}

/// What the editor looked like before the presentation.
#[derive(Debug)]
struct Before {
    sharing: bool,
    spot: Spot,
    fullscreen: bool,
}

impl Talk {
    /// Whether the map is being presented.
    pub fn is_on(&self) -> bool {
        self.running.is_some()
    }
}

/// How many steps a map's views make: one per view, or the whole map as
/// one step when there are none.
fn step_count(views: &[SavedView]) -> usize {
    views.len().max(1)
}

/// The view a step moves to, from `at`, among `count` steps.
fn moved(at: usize, step: Step, count: usize) -> usize {
    let last = count.saturating_sub(1);
    match step {
        Step::Next => (at + 1).min(last),
        Step::Previous => at.saturating_sub(1),
        Step::First => 0,
        Step::Last => last,
        Step::Blank => at,
    }
}

/// The view, among `views`, whose centre is nearest `at` (the first of
/// equals); 0 when there are none.
fn nearest(views: &[SavedView], at: Point) -> usize {
    let distance = |v: &SavedView| (v.centre.x - at.x).hypot(v.centre.y - at.y);
    views
        .iter()
        .enumerate()
        .min_by(|(_, a), (_, b)| distance(a).total_cmp(&distance(b)))
        .map_or(0, |(i, _)| i)
}

impl ConveneApp {
    /// Starts presenting at the saved view nearest the part of the map
    /// shown now, as presentation tools start from the current slide.
    pub(crate) fn present_here(&mut self, ctx: &egui::Context) {
        let Some(w) = &self.work else { return };
        let centre = self.canvas.camera.centre;
        let index = nearest(&w.doc.map().views, Point::new(centre.x, centre.y));
        self.start_presenting(ctx, index);
    }

    /// Where the presentation is: the step shown (from 1), how many there
    /// are, and whether the screen is blanked. `None` while editing.
    pub fn presentation(&self) -> Option<(usize, usize, bool)> {
        let running = self.talk.running.as_ref()?;
        let views = self.work.as_ref().map_or(&[][..], |w| &w.doc.map().views);
        Some((running.step + 1, step_count(views), running.blank))
    }

    /// Starts presenting at the view at `index` (or moves there, if the
    /// map is already being presented).
    pub(crate) fn start_presenting(&mut self, ctx: &egui::Context, index: usize) {
        if self.work.is_none() {
            return;
        }
        self.keep_typed_name();
        if self.talk.running.is_none() {
            let before = Before {
                sharing: self.shown.sharing,
                spot: self.canvas.spot(),
                fullscreen: ctx.input(|i| i.viewport().fullscreen.unwrap_or(false)),
            };
            self.canvas.cancel_drag();
            self.shown.sharing = true;
            self.settings.projector = true;
            self.apply_view(ctx);
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
            self.talk.running = Some(Running {
                step: 0,
                blank: false,
                before,
            });
        }
        if let Some(running) = &mut self.talk.running {
            running.step = index;
            running.blank = false;
        }
        self.show_step();
    }

    /// Leaves the presentation and puts the editor back as it was: the
    /// panels, the look, the sharing switch, the filter, the camera and
    /// the window. What was made during the talk stays in the map.
    pub(crate) fn stop_presenting(&mut self, ctx: &egui::Context) {
        let Some(running) = self.talk.running.take() else {
            return;
        };
        let before = running.before;
        self.shown.sharing = before.sharing;
        self.shown.reveal = None;
        self.panels.overview.set_view_filter(None);
        self.canvas.restore(before.spot);
        self.settings.projector = false;
        self.apply_view(ctx);
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(before.fullscreen));
    }

    /// Moves through the presentation, or blanks the screen.
    pub(crate) fn step(&mut self, step: Step) {
        let count = step_count(self.work.as_ref().map_or(&[][..], |w| &w.doc.map().views));
        let Some(running) = &mut self.talk.running else {
            return;
        };
        if step == Step::Blank {
            running.blank = !running.blank;
            return;
        }
        // A step key brings a blanked screen back where it was.
        if std::mem::take(&mut running.blank) {
            return;
        }
        running.step = moved(running.step, step, count);
        self.show_step();
    }

    /// Shows the presentation's current step: its region, its filter and
    /// how much it reveals.
    fn show_step(&mut self) {
        let (Some(w), Some(running)) = (&self.work, &mut self.talk.running) else {
            return;
        };
        let views = &w.doc.map().views;
        running.step = running.step.min(step_count(views) - 1);
        match views.get(running.step).filter(|v| v.is_valid()) {
            Some(view) => {
                self.canvas.show_region(region(view));
                self.panels
                    .overview
                    .set_view_filter(Some(view.filter.clone()));
                self.shown.reveal = Some(view.reveal);
            }
            // With no views, the whole map, everything revealed and no
            // filter of the editor's leaking in.
            None => {
                self.canvas.fit_pending = true;
                self.panels
                    .overview
                    .set_view_filter(Some(Filter::default()));
                self.shown.reveal = Some(Reveal::default());
            }
        }
    }

    /// Goes to a saved view in the editor: the canvas shows its region and
    /// the overview's filters become the view's, so the person sees what
    /// it picks out and can change it. Nothing is hidden by its reveal
    /// level while editing: that belongs to the presentation.
    pub(crate) fn show_view(&mut self, index: usize) {
        let Some(view) = self
            .work
            .as_ref()
            .and_then(|w| w.doc.map().views.get(index))
        else {
            return;
        };
        if !view.is_valid() {
            return;
        }
        self.canvas.show_region(region(view));
        self.panels.overview.set_own_filter(view.filter.clone());
    }
}

/// A view's region, in map units.
pub fn region(view: &SavedView) -> Rect {
    Rect::from_center_size(
        pos2(view.centre.x, view.centre.y),
        vec2(view.size.w, view.size.h),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stop_at_either_end() {
        assert_eq!(moved(0, Step::Previous, 3), 0);
        assert_eq!(moved(0, Step::Next, 3), 1);
        assert_eq!(moved(2, Step::Next, 3), 2);
        assert_eq!(moved(1, Step::Last, 3), 2);
        assert_eq!(moved(2, Step::First, 3), 0);
        assert_eq!(moved(0, Step::Next, 1), 0);
    }
}
