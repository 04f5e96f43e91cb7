//! The one place where requests are carried out: after the frame, in the
//! order they were made. Edits go to the document here, and nowhere else;
//! `command.rs` carries out commands, `availability.rs` decides whether
//! each can run.

use eframe::egui;

mod availability;
mod command;
mod remove;
mod tidy;

use crate::Edit;
use crate::app::canvas::{self, free_spot};
use crate::app::command::{Command, Placed};
use crate::app::panels::overview;
use crate::app::request::Request;
use crate::app::{ConveneApp, Pending};
use crate::capture::Recipe;
use crate::model::{Id, Map, Note, Point, Stakeholder};

impl ConveneApp {
    /// Handles every request made during the frame.
    pub(crate) fn handle(&mut self, ctx: &egui::Context) {
        for request in self.requests.take() {
            match request {
                Request::Run(command) => self.run_command(ctx, command),
                Request::Edit { edit, key, select } => {
                    self.apply(edit, key, select);
                }
                Request::Select(ids) => {
                    if let Some(w) = &self.work {
                        self.selection.set(ids, w.doc.map());
                    }
                }
                Request::GoTo(id) => self.go_to(id),
                Request::Inspect(id) => self.inspect(id),
                Request::AddAt(kind, at) => self.add_at(kind, at),
                Request::Rename(id) => self.rename(id),
                Request::Capture(recipe) => self.capture(&recipe),
                Request::OpenRecent(path) => self.open_recent(ctx, path),
                Request::OpenExample(name) => self.guard(ctx, Pending::Example(name)),
                Request::Answer(answer) => self.answer(ctx, answer),
                Request::SaveOverComments(save) => self.answer_comments(ctx, save),
                Request::Restore => self.restore(),
                Request::DiscardCopy => self.discard_recovery(),
                Request::FileChosen(path) => self.file_chosen(ctx, path),
                Request::CloseChooser => self.files.chooser = None,
                Request::MergeStep(answer) => self.merge_answer(answer),
                Request::ShowView(index) => self.show_view(index),
                Request::PresentFrom(index) => self.start_presenting(ctx, index),
                Request::Step(step) => self.step(step),
                Request::Export => self.export_asked(),
                Request::CloseExport => self.close_export(),
            }
        }
    }

    /// Shows an item in the inspector (see [`Request::Inspect`]).
    fn inspect(&mut self, id: Id) {
        let Some(w) = &self.work else { return };
        if self.selection.ids() == [id] && self.panels.inspector_shown {
            self.panels.inspector.focus_first_field();
        }
        self.selection.set(vec![id], w.doc.map());
        self.panels.inspector_shown = true;
    }

    /// Applies an edit to the open map and then selects `select`; edits
    /// with the same `key`, one after another, undo as one step. A refused
    /// edit is shown and changes nothing else. Gives back whether it was
    /// applied.
    pub fn apply(&mut self, edit: Edit, key: Option<String>, select: Option<Vec<Id>>) -> bool {
        let Some(w) = &mut self.work else {
            return false;
        };
        // The step about to be made remembers what was selected before it.
        self.selection.remember(w.doc.revision());
        let result = match key {
            Some(key) => w.doc.apply_coalescing(edit, key),
            None => {
                w.doc.seal();
                w.doc.apply(edit)
            }
        };
        match result {
            Ok(()) => {
                let map = w.doc.map();
                if let Some(ids) = select {
                    self.selection.set(ids, map);
                }
                self.selection.retain_existing(map);
                self.selection.remember(w.doc.revision());
                true
            }
            Err(problem) => {
                self.banner = Some(problem.to_string());
                false
            }
        }
    }

    /// Applies the name being typed on the canvas, if any.
    pub(crate) fn keep_typed_name(&mut self) {
        if let Some(w) = &self.work
            && let Some(edit) = self.canvas.finish_rename(w.doc.map())
        {
            self.apply(edit, None, None);
        }
    }

    /// Adds a community, stakeholder or note at a map point, selects it and
    /// puts the keyboard in its name.
    pub(crate) fn add_at(&mut self, kind: Placed, pos: Point) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let item = match kind {
            Placed::Stakeholder => Stakeholder::new(map.new_id(), "New stakeholder", pos).into(),
            Placed::Note => Note::new(map.new_id(), "", pos).into(),
            Placed::Community => canvas::new_community(map, pos),
        };
        let id = item.id();
        if self.apply(Edit::Add(item), None, Some(vec![id])) {
            self.rename(id);
        }
    }

    /// Adds a community, stakeholder or note where the person can see it:
    /// near the middle of the canvas, where nothing stands yet.
    pub(crate) fn add_in_view(&mut self, kind: Placed) {
        let Some(w) = &self.work else { return };
        let spot = free_spot(w.doc.map(), self.canvas.visible_area());
        self.add_at(kind, spot);
    }

    /// Makes what a short form says, as one step, and selects it.
    fn capture(&mut self, recipe: &Recipe) {
        let Some(w) = &self.work else { return };
        let area = self.canvas.visible_area();
        match recipe.make(w.doc.map(), &|map: &Map| free_spot(map, area)) {
            Ok(made) => {
                self.apply(made.edit, None, Some(vec![made.select]));
            }
            Err(problem) => self.banner = Some(problem.to_string()),
        }
    }

    /// Selects an item and starts naming it on the canvas.
    fn rename(&mut self, id: Id) {
        if let Some(w) = &self.work {
            let map = w.doc.map();
            self.selection.set(vec![id], map);
            self.canvas.start_rename(map, id);
        }
    }

    /// Selects an item and brings it into view.
    fn go_to(&mut self, id: Id) {
        if let Some(w) = &self.work {
            // A hidden item cannot be gone to: nothing would show.
            let shown = self.shown.of(&w.doc, &self.panels.overview.filter_in_use());
            if !shown.map.contains(id) {
                return;
            }
            self.selection.set(vec![id], shown.map);
            overview::centre_on(&mut self.canvas, shown.map, shown.key, id);
        }
    }

    /// Turns the shortcuts pressed this frame into requests. egui takes
    /// the keyboard from a text field on Escape before the frame starts, so
    /// a field that had it at the end of the last frame still counts: its
    /// Escape is not also a Cancel.
    pub(crate) fn shortcuts(&mut self, ctx: &egui::Context) {
        // The map takes the keyboard for its walk, not for text: Delete, F2
        // and the rest still work there.
        let typing =
            (ctx.egui_wants_keyboard_input() && !self.canvas.has_keyboard(ctx)) || self.typing;
        // An open menu or popup, or a drag on the canvas, takes Escape for
        // itself.
        let escape_taken = egui::Popup::is_any_open(ctx) || self.canvas.is_dragging();
        let presenting = self.talk.is_on();
        if presenting && !typing {
            self.step_keys(ctx, escape_taken);
        }
        // egui matches shortcuts loosely (Ctrl+Z also matches Ctrl+Shift+Z),
        // so the ones with more modifiers are tried first.
        let mut bindings: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .iter()
            .filter(|c| !(typing && c.yields_to_text()))
            .filter(|&&c| !(escape_taken && matches!(c, Command::Cancel | Command::StopPresenting)))
            // Escape leaves a presentation, and deselects only outside one.
            .filter(|&&c| {
                c != if presenting {
                    Command::Cancel
                } else {
                    Command::StopPresenting
                }
            })
            .flat_map(|&c| c.shortcuts().into_iter().map(move |sc| (c, sc)))
            .collect();
        bindings.sort_by_key(|(_, sc)| std::cmp::Reverse(modifier_count(sc.modifiers)));
        for (command, shortcut) in bindings {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.requests.run(command);
            }
        }
    }
}

fn modifier_count(m: egui::Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
}
