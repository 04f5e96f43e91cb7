//! The find bar: Ctrl+F, type, then Enter jumps from match to match.

use eframe::egui::{self, Key, Modifiers, TextEdit, Ui};

use crate::model::query::{self, IdSet};
use crate::model::{Id, Map};

/// What the find bar remembers between frames. View state: never saved in
/// a map.
#[derive(Debug, Default)]
pub struct FindBar {
    /// Whether the bar is shown.
    pub open: bool,
    /// The text being looked for.
    text: String,
    /// The matches, in [`query::find`]'s order.
    found: Vec<Id>,
    /// The revision and text `found` was computed for.
    found_for: Option<(u64, String)>,
    /// Which match was jumped to last, if any since the text changed.
    current: Option<usize>,
    /// Put the keyboard in the field on the next frame.
    focus: bool,
}

/// Which way to step through the matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Next,
    Previous,
}

impl FindBar {
    /// Shows the bar with the keyboard in it, the text selected for
    /// replacing.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }

    /// Hides the bar. Gives back whether it was open.
    pub fn close(&mut self) -> bool {
        std::mem::replace(&mut self.open, false)
    }

    /// The text looked for while the bar is open and has text; `None`
    /// otherwise.
    pub fn active_text(&self) -> Option<&str> {
        (self.open && !self.text.trim().is_empty()).then_some(self.text.as_str())
    }

    /// What to keep bright while searching: the matches and where they are
    /// drawn. `None` while not searching or while nothing matches, so that
    /// a half-typed word does not fade the whole map.
    pub fn lit(&self, map: &Map) -> Option<IdSet> {
        self.active_text()?;
        (!self.found.is_empty()).then(|| query::with_places(map, &self.found))
    }

    /// Brings the matches up to date with the text and the map.
    fn refresh(&mut self, map: &Map, revision: u64) {
        let key = (revision, self.text.clone());
        if self.found_for.as_ref() == Some(&key) {
            return;
        }
        let text_changed = self.found_for.as_ref().is_none_or(|(_, t)| *t != self.text);
        let was = self.current.and_then(|i| self.found.get(i).copied());
        self.found = query::find(map, &self.text);
        self.current = if text_changed {
            None
        } else {
            was.and_then(|id| self.found.iter().position(|&f| f == id))
        };
        self.found_for = Some(key);
    }

    fn step(&mut self, step: Step) -> Option<Id> {
        let n = self.found.len();
        if n == 0 {
            return None;
        }
        let i = match (self.current, step) {
            (None, Step::Next) => 0,
            (None, Step::Previous) => n - 1,
            (Some(i), Step::Next) => (i + 1) % n,
            (Some(i), Step::Previous) => (i + n - 1) % n,
        };
        self.current = Some(i);
        self.found.get(i).copied()
    }

    /// Shows the bar; gives back the match to jump to, if the person asked
    /// for the next or previous one.
    pub fn ui(&mut self, ui: &mut Ui, map: &Map, revision: u64) -> Option<Id> {
        let mut step = None;
        ui.horizontal(|ui| {
            let caption = ui.label("Find");
            let id = egui::Id::unique("find text");
            let field = ui
                .add(
                    TextEdit::singleline(&mut self.text)
                        .id(id)
                        .hint_text("a word or a name")
                        .desired_width(240.0)
                        // Enter steps through matches and keeps the keyboard here.
                        .return_key(None),
                )
                .labelled_by(caption.id);
            if std::mem::take(&mut self.focus) {
                field.request_focus();
                select_all(ui, id, &self.text);
            }
            // Escape leaves the field and closes the bar (egui takes the
            // keyboard away first, so the field reports the loss).
            if (field.has_focus() || field.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape))
            {
                self.open = false;
            }
            if field.has_focus() {
                ui.input_mut(|i| {
                    if i.consume_key(Modifiers::SHIFT, Key::Enter) {
                        step = Some(Step::Previous);
                    } else if i.consume_key(Modifiers::NONE, Key::Enter) {
                        step = Some(Step::Next);
                    }
                });
            }
            self.refresh(map, revision);
            let some = !self.found.is_empty();
            if ui
                .add_enabled(some, egui::Button::new("Previous"))
                .on_hover_text("Shift+Enter")
                .clicked()
            {
                step = Some(Step::Previous);
            }
            if ui
                .add_enabled(some, egui::Button::new("Next"))
                .on_hover_text("Enter")
                .clicked()
            {
                step = Some(Step::Next);
            }
            // Step before counting, so the count shows where the jump went.
            let target = step.and_then(|s| self.step(s));
            // Read out as it changes, without cutting in.
            let words = self.count_text();
            let count = ui.label(&words);
            super::access::polite(&count);
            // And the field says it too, for readers that skip live regions.
            if !self.text.trim().is_empty() {
                super::access::describe(ui.ctx(), id, &words);
            }
            if ui.button("Close").on_hover_text("Escape").clicked() {
                self.open = false;
            }
            target
        })
        .inner
    }

    /// "3 of 12", "12 found" before the first jump, or "No match".
    fn count_text(&self) -> String {
        let n = self.found.len();
        match self.current {
            _ if self.text.trim().is_empty() => String::new(),
            _ if n == 0 => "No match".to_owned(),
            Some(i) => format!("{} of {n}", i + 1),
            None => format!("{n} found"),
        }
    }
}

/// Selects all the text in a single-line field, so typing replaces it.
fn select_all(ui: &Ui, id: egui::Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let range = egui::text::CCursorRange::two(
        egui::text::CCursor::new(0),
        egui::text::CCursor::new(text.chars().count()),
    );
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), id);
}
