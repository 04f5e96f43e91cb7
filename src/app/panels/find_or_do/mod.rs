//! The "Find or do" box (Ctrl+K): type to find any command or any item by
//! name, or one of the short forms that make a community, a boundary, a
//! tension or an activity at once. Arrow keys choose a line, Enter runs it,
//! Escape closes the box. What it asks for goes through the request queue.

mod rows;

use eframe::egui::{self, Key, Modifiers, RichText, TextEdit, Ui};

pub use rows::{Row, command_name, rows};

use crate::app::command::Ready;
use crate::app::request::{Request, Requests};
use crate::capture::Action;
use crate::model::Map;

/// What the box remembers between frames. View state: never saved in a
/// map.
#[derive(Debug, Default)]
pub struct FindOrDo {
    /// Whether the box is shown.
    open: bool,
    /// What was typed.
    text: String,
    /// The line Enter runs.
    chosen: usize,
    /// Whether a line was chosen with the arrow keys since the text last
    /// changed: with nothing typed, Enter runs only a line chosen so.
    browsed: bool,
    /// Put the keyboard in the field on the next frame.
    focus: bool,
}

/// What the person did in the box this frame.
enum Asked {
    /// Run the line at this index.
    Run(usize),
    /// Close without doing anything.
    Close,
}

impl FindOrDo {
    /// Opens the box, empty, with the keyboard in it.
    pub fn open(&mut self) {
        self.open = true;
        self.text.clear();
        self.chosen = 0;
        self.browsed = false;
        self.focus = true;
    }

    /// Closes the box.
    pub fn close(&mut self) {
        self.open = false;
    }

    /// Shows the box if it is open; what is chosen goes to `requests`.
    pub fn show(&mut self, ctx: &egui::Context, map: &Map, ready: &Ready, requests: &mut Requests) {
        if !self.open {
            return;
        }
        let id = egui::Id::unique("find or do");
        let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, 90.0]);
        let modal = egui::Modal::new(id)
            .area(area)
            .backdrop_color(egui::Color32::from_black_alpha(40))
            .show(ctx, |ui| self.box_ui(ui, map, ready));
        // Escape and a click outside the box close it.
        let close = modal.inner.is_none() && modal.should_close();
        let asked = modal.inner.or(close.then_some(Asked::Close));
        match asked {
            Some(Asked::Close) => self.open = false,
            Some(Asked::Run(i)) => {
                let rows = rows(&self.text, map, ready);
                if let Some(row) = rows.get(i)
                    && let Some(request) = request_for(row, ready)
                {
                    self.open = false;
                    requests.push(request);
                }
            }
            None => {}
        }
    }

    /// The field and the lines under it.
    fn box_ui(&mut self, ui: &mut Ui, map: &Map, ready: &Ready) -> Option<Asked> {
        ui.set_width(520.0);
        let field_id = egui::Id::unique("find or do text");
        let before = self.text.clone();
        let moved = self.arrow_keys(ui, field_id);
        let enter = ui.memory(|m| m.has_focus(field_id))
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
        let caption = ui.label("Find or do");
        super::access::name_enclosing(ui, egui::UiKind::Modal, "Find or do");
        let field = ui
            .add(
                TextEdit::singleline(&mut self.text)
                    .id(field_id)
                    .hint_text("a command or a name")
                    .desired_width(f32::INFINITY)
                    .return_key(None),
            )
            .labelled_by(caption.id);
        if std::mem::take(&mut self.focus) {
            field.request_focus();
        }
        if self.text != before {
            self.chosen = 0;
            self.browsed = false;
        }
        let rows = rows(&self.text, map, ready);
        self.chosen = self.chosen.min(rows.len().saturating_sub(1));
        let blank = self.text.trim().is_empty();
        let mut asked = (enter && (self.browsed || !blank)).then_some(Asked::Run(self.chosen));
        if blank {
            ui.weak(ADD_HELP);
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .min_scrolled_height(320.0)
            .show(ui, |ui| {
                for (i, row) in rows.iter().enumerate() {
                    // With nothing typed no line is chosen until an arrow key says so.
                    let chosen = i == self.chosen && (self.browsed || !blank);
                    let line = row_ui(ui, row, ready, chosen);
                    if moved && i == self.chosen {
                        line.scroll_to_me(None);
                    }
                    if line.clicked() {
                        asked = Some(Asked::Run(i));
                    }
                }
            });
        if rows.is_empty() {
            ui.weak("Nothing matches.");
        }
        asked
    }

    /// Up and down choose a line while the field has the keyboard. Gives
    /// back whether the choice moved.
    fn arrow_keys(&mut self, ui: &Ui, field_id: egui::Id) -> bool {
        if !ui.memory(|m| m.has_focus(field_id)) {
            return false;
        }
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
            )
        });
        if down {
            self.chosen = self.chosen.saturating_add(1);
        }
        if up {
            self.chosen = self.chosen.saturating_sub(1);
        }
        self.browsed |= down || up;
        down || up
    }
}

/// The short forms, in a line, shown while nothing is typed.
const ADD_HELP: &str = "Add in one line:  + Name   ·   A / B   ·   ! A / B kind 1–5 their words   ·   > A / B kind title";

/// What running a line asks for; `None` when it cannot run now.
fn request_for(row: &Row, ready: &Ready) -> Option<Request> {
    match row {
        Row::Command(c) => ready.can_run(*c).then_some(Request::Run(*c)),
        Row::Item(hit) => Some(Request::GoTo(hit.id)),
        Row::Capture(plan) => match &plan.action {
            Action::Make(recipe) => Some(Request::Capture(recipe.clone())),
            Action::GoTo(id) => Some(Request::GoTo(*id)),
            Action::Nothing => None,
        },
    }
}

/// One line: a command (greyed, with the reason, when it cannot run), an
/// item to go to, or what a short form makes.
fn row_ui(ui: &mut Ui, row: &Row, ready: &Ready, chosen: bool) -> egui::Response {
    let wide = egui::vec2(ui.available_width(), 0.0);
    match row {
        Row::Command(c) => {
            let a = ready.get(*c);
            let name = command_name(*c, ready);
            let mut button = egui::Button::new(&name).selected(chosen).min_size(wide);
            // On the right: why it cannot run now, else its shortcut.
            if let Some(why) = a.why {
                button = button.shortcut_text(why);
            } else if let Some(sc) = c.shortcuts().first() {
                button = button.shortcut_text(ui.ctx().format_shortcut(sc));
            }
            let mut line = ui.add_enabled(a.enabled, button);
            if let Some(why) = a.why {
                line = line.on_disabled_hover_text(why);
            }
            // Screen readers hear the name and, when it cannot run, why.
            match a.why {
                Some(why) => line.accessible_name(format!("{name}: {why}")),
                None => line.accessible_name(&name),
            }
        }
        Row::Item(hit) => ui
            .add(
                egui::Button::new(&hit.name)
                    .shortcut_text(hit.kind)
                    .selected(chosen)
                    .min_size(wide),
            )
            .accessible_name(format!("Go to {}: {}", hit.kind, hit.name)),
        Row::Capture(plan) => match plan.action {
            Action::Nothing => {
                ui.label(RichText::new(&plan.preview).color(ui.visuals().warn_fg_color))
            }
            Action::Make(_) | Action::GoTo(_) => ui
                .add(
                    egui::Button::new(RichText::new(&plan.preview).strong())
                        .wrap()
                        .selected(chosen)
                        .min_size(wide),
                )
                .accessible_name(&plan.preview),
        },
    }
}
