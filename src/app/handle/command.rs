//! Carrying out a command, once the request handler reaches it.

use eframe::egui;

use crate::Edit;
use crate::app::command::Command;
use crate::app::files::chooser::Purpose;
use crate::app::panels::picker::Picking;
use crate::app::{ConveneApp, Pending};
use crate::model::Boundary;

/// Commands whose reason for not running is worth telling when they are
/// asked for from the keyboard: they need something set up first.
const EXPLAINED: [Command; 4] = [
    Command::Connect,
    Command::AddTension,
    Command::AddActivity,
    Command::Rename,
];

/// Commands that act on the item under the map's focus ring.
const ON_ITEM: [Command; 9] = [
    Command::Rename,
    Command::Connect,
    Command::AddTension,
    Command::AddActivity,
    Command::Delete,
    Command::Copy,
    Command::Cut,
    Command::Duplicate,
    Command::Pin,
];

impl ConveneApp {
    /// Carries out a command, if it can run now.
    pub(crate) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        // A name half typed on the canvas counts before saving, closing or
        // anything else; only Escape drops it.
        if command != Command::Cancel {
            self.keep_typed_name();
        }
        self.select_keyboard_item(ctx, command);
        let availability = self.availability(command);
        if !availability.enabled {
            if EXPLAINED.contains(&command) {
                self.banner = availability.why.map(str::to_owned);
            }
            return;
        }
        match command {
            Command::New => self.guard(ctx, Pending::New),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::Import => self.guard(ctx, Pending::Import),
            Command::CompareWith => {
                if let Some(path) = self.choose(Purpose::Compare, String::new()) {
                    self.compare_path(&path);
                }
            }
            Command::MergeCopy => {
                if let Some(path) = self.choose(Purpose::Merge, String::new()) {
                    self.merge_path(&path);
                }
            }
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::Export => self.open_export(),
            Command::Undo | Command::Redo => self.step_history(command == Command::Undo),
            Command::Delete => self.remove_selected(),
            Command::SelectAll => {
                if let Some(w) = &self.work {
                    let map = w.doc.map();
                    self.selection.set(map.placed_ids().collect(), map);
                }
            }
            Command::Cancel => self.cancel(),
            Command::Find => self.panels.overview.find.open(),
            Command::FindOrDo => self.panels.find_or_do.open(),
            Command::ToggleOverview => {
                self.panels.overview.shown = !self.panels.overview.shown;
            }
            Command::SharingScreen => self.shown.sharing = !self.shown.sharing,
            Command::ToggleViews => self.panels.views.open = !self.panels.views.open,
            Command::ToggleConflicts => {
                self.panels.conflicts.open = !self.panels.conflicts.open;
            }
            Command::Present => self.start_presenting(ctx, 0),
            Command::PresentHere => self.present_here(ctx),
            Command::StopPresenting => self.stop_presenting(ctx),
            Command::ToggleProblems => self.panels.problems.open = !self.panels.problems.open,
            Command::ToggleInspector => {
                self.panels.inspector_shown = !self.panels.inspector_shown;
            }
            Command::Copy => {
                self.copy(ctx);
            }
            Command::Cut => self.cut(ctx),
            Command::Paste => self.paste_own(),
            Command::Duplicate => self.duplicate(),
            Command::Rename => {
                if let (Some(w), [id]) = (&self.work, self.selection.ids()) {
                    self.canvas.start_rename(w.doc.map(), *id);
                }
            }
            Command::AddTension | Command::AddActivity => self.pick(command),
            Command::Add(kind) => self.add_in_view(kind),
            Command::Connect => self.connect_selection(),
            Command::ZoomFit => self.canvas.fit_pending = true,
            Command::ZoomReset => self.canvas.camera.zoom = 1.0,
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::ClearRecent => {
                self.settings.prefs.recent.clear();
                self.save_prefs();
            }
            Command::Theme(theme) => {
                self.set_view(ctx, theme, self.settings.prefs.text_size);
            }
            Command::TextSize(step) => self.step_text_size(ctx, step),
            Command::Tidy => self.tidy(ctx),
            Command::Pin => self.toggle_pins(),
            Command::Welcome => self.panels.welcome = !self.panels.welcome,
            Command::GoToMap => self.canvas.take_keyboard(ctx),
        }
    }

    /// A command from the keyboard acts on the item under the map's focus
    /// ring: when the ring is on an item that is not selected, it becomes
    /// the selection first, as Enter would make it.
    fn select_keyboard_item(&mut self, ctx: &egui::Context, command: Command) {
        if !ON_ITEM.contains(&command) {
            return;
        }
        let Some(id) = self.canvas.keyboard_item(ctx) else {
            return;
        };
        if let Some(w) = &self.work
            && !self.selection.ids().contains(&id)
        {
            self.selection.set(vec![id], w.doc.map());
        }
    }

    /// Undoes or redoes a step, and brings back the selection it had.
    fn step_history(&mut self, undo: bool) {
        let Some(w) = &mut self.work else { return };
        let moved = if undo { w.doc.undo() } else { w.doc.redo() };
        if moved {
            self.selection.restore(w.doc.revision(), w.doc.map());
        }
    }

    /// Escape: stops a drag, then drops a name being typed, then goes back
    /// from the welcome screen to the map, then closes the find bar, then
    /// clears the selection.
    fn cancel(&mut self) {
        if self.canvas.cancel_drag() || self.canvas.renaming.take().is_some() {
            return;
        }
        if self.panels.welcome && self.work.is_some() {
            self.panels.welcome = false;
            return;
        }
        if !self.panels.overview.find.close() {
            self.selection.clear();
        }
    }

    /// Opens the kind picker for the selected boundary (or the boundary of
    /// the selected tension or activity).
    fn pick(&mut self, command: Command) {
        let Some(w) = &self.work else { return };
        let Some(boundary) = self.selection.boundary(w.doc.map()) else {
            return;
        };
        let picking = if command == Command::AddTension {
            Picking::Tension(boundary)
        } else {
            Picking::Activity(boundary)
        };
        self.panels.picking = Some((picking, true));
    }

    /// Draws a boundary between the selected communities and stakeholders
    /// (with one selected, between it and the one selected before it).
    fn connect_selection(&mut self) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let sides = self.selection.sides_to_connect(map);
        let b = Boundary::new(map.new_id(), sides);
        let id = b.id;
        self.apply(Edit::Add(b.into()), None, Some(vec![id]));
    }
}
