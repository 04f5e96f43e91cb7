//! Opening, saving and the question before unsaved work is replaced or
//! closed: Save, Don't save, or Cancel.

use std::path::{Path, PathBuf};

use eframe::egui::{self, ViewportCommand};

pub mod examples;
pub mod prefs;
pub mod recovery;

use crate::app::{CanvasState, ConveneApp, Workspace};
use crate::model::{Map, Meta};
use crate::{Document, file};

/// An action that would replace or close an unsaved map, held until the
/// person says whether to save first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Start a new map.
    New,
    /// Choose a file and open it.
    Open,
    /// Open this file (a recent one, or one dropped on the window).
    OpenPath(PathBuf),
    /// Open a built-in example.
    Example(&'static str),
    /// Close the window.
    Close,
}

/// The answers to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    DontSave,
    /// Stay.
    Cancel,
}

impl ConveneApp {
    /// Whether the open map has changes that are not saved.
    pub(crate) fn unsaved(&self) -> bool {
        self.work.as_ref().is_some_and(|w| w.doc.is_modified())
    }

    /// Does `pending` now, or first asks whether to save the open map.
    pub(crate) fn guard(&mut self, ctx: &egui::Context, pending: Pending) {
        self.keep_typed_name();
        if self.unsaved() {
            self.prompt = Some(pending);
        } else {
            self.proceed(ctx, pending);
        }
    }

    pub(crate) fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => self.show_map(Map::new(Meta::titled("Untitled map")), None),
            Pending::Open => {
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter("Convene map", &["ron"])
                    .pick_file()
                {
                    self.open_path(&path);
                }
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Example(name) => self.open_example(name),
            Pending::Close => {
                self.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Answers the "save changes?" question.
    pub fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(pending) = self.prompt.take() else {
            return;
        };
        match answer {
            Answer::Cancel => {}
            Answer::DontSave => {
                // The person chose to drop these changes: drop the copy too.
                if let Some(r) = &self.recovery
                    && self.offer.is_none()
                    && let Err(e) = r.clear()
                {
                    self.banner = Some(format!("The recovery copy could not be removed: {e}"));
                }
                self.written = None;
                self.proceed(ctx, pending);
            }
            Answer::Save => {
                self.save(false);
                // A cancelled file dialog or a failed save keeps the map.
                if !self.unsaved() {
                    self.proceed(ctx, pending);
                }
            }
        }
    }

    pub(crate) fn prompt_ui(&mut self, ctx: &egui::Context) {
        if self.prompt.is_none() {
            return;
        }
        let name = self
            .work
            .as_ref()
            .map(|w| w.doc.map().meta.title.clone())
            .unwrap_or_default();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("save changes?")).show(ctx, |ui| {
            ui.heading(format!("Save changes to “{name}”?"));
            ui.label("If you don't save, the changes since the last save are lost.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some(Answer::Save);
                }
                if ui.button("Don't save").clicked() {
                    answer = Some(Answer::DontSave);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(Answer::Cancel);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(Answer::Cancel);
        }
        if let Some(a) = answer {
            self.answer(ctx, a);
        }
    }

    /// Opens a map file, replacing the open map, and puts it first among
    /// the recent files. A recent file that is gone is taken off the list.
    pub fn open_path(&mut self, path: &Path) {
        match file::read(path) {
            Ok(map) => {
                self.show_map(map, Some(path.to_path_buf()));
                self.remember(path);
            }
            Err(error)
                if error.is_missing() && self.settings.prefs.recent.iter().any(|p| p == path) =>
            {
                self.forget_vanished(path);
            }
            Err(error) => self.banner = Some(format!("Could not open the map. {error}")),
        }
    }

    /// Shows a map that was just opened or created.
    pub(crate) fn show_map(&mut self, map: Map, path: Option<PathBuf>) {
        self.work = Some(Workspace {
            doc: Document::new(map),
            path,
        });
        self.canvas = CanvasState::default();
        self.selection.reset();
        self.canvas.fit_pending = true;
        self.banner = None;
    }

    /// Opens one of the example maps built into the program.
    pub fn open_example(&mut self, name: &str) {
        match examples::example(name).map(file::parse) {
            Some(Ok(map)) => self.show_map(map, None),
            Some(Err(error)) => {
                self.banner = Some(format!("The example could not be opened: {error}"))
            }
            None => self.banner = Some(format!("There is no example called {name}.")),
        }
    }

    pub(crate) fn save(&mut self, choose: bool) {
        let Some(w) = &mut self.work else { return };
        let path = match (&w.path, choose) {
            (Some(p), false) => p.clone(),
            _ => {
                let name = format!("{}.ron", w.doc.map().meta.title.trim());
                match rfd::FileDialog::new()
                    .add_filter("Convene map", &["ron"])
                    .set_file_name(name)
                    .save_file()
                {
                    Some(p) => p,
                    None => return,
                }
            }
        };
        match file::write(&path, w.doc.map()) {
            Ok(()) => {
                w.doc.mark_saved();
                w.path = Some(path.clone());
                self.banner = None;
                self.remember(&path);
            }
            Err(error) => self.banner = Some(error.to_string()),
        }
    }
}
