//! File ▸ Export…: one window for the format, the part of the map, the
//! look of pictures and whether confidential items go out; then where to
//! save (the system's dialog, or the app's own chooser where there is
//! none), and the export itself on a thread of its own. The choices are
//! remembered in the app's preferences, never in the map.

mod job;
mod window;

use std::path::{Path, PathBuf};
use std::time::Duration;

use eframe::egui;

pub use window::ExportWindow;

use job::{Job, saved_words};

use super::chooser::Purpose;
use crate::app::ConveneApp;
use crate::export::{Options, Picture, Scope};
use crate::file::{ExportPrefs, ExportScope};
use crate::model::Map;

impl ConveneApp {
    /// Opens the export window with the choices last made. "Include
    /// confidential items" always starts off.
    pub(crate) fn open_export(&mut self) {
        let Some(w) = &self.work else { return };
        let mut choice = self.settings.prefs.export.clone();
        fit_choice(&mut choice, w.doc.map(), !self.selection.ids().is_empty());
        let window = &mut self.files.export;
        window.choice = choice;
        window.include_confidential = false;
        window.problem = None;
        window.open = true;
    }

    /// The export window while it is open (not while the file chooser is
    /// asking where), and news of an export under way.
    pub(crate) fn export_ui(&mut self, ctx: &egui::Context) {
        self.poll_export(ctx);
        if !self.files.export.open || self.files.chooser.is_some() {
            return;
        }
        let Some(w) = &self.work else {
            self.files.export.open = false;
            return;
        };
        let facts = window::Facts {
            selected: self.selection.ids().len(),
            views: w.doc.map().views.iter().map(|v| v.name.clone()).collect(),
        };
        self.files.export.ui(ctx, &facts, &mut self.requests);
    }

    /// The Export button: remembers the choices, then asks where to save.
    /// The system's dialog answers at once; the app's own chooser answers
    /// in a later frame.
    pub(crate) fn export_asked(&mut self) {
        self.remember_export_choices();
        let Some(w) = &self.work else { return };
        let options = match self.export_options(w.doc.map()) {
            Ok(options) => options,
            Err(problem) => {
                self.files.export.problem = Some(problem);
                return;
            }
        };
        let name = suggested_name(w.path.as_deref(), w.doc.map(), options.format.extension());
        self.files.export.pending = Some(options.clone());
        self.files.export.problem = None;
        if let Some(path) = self.choose(Purpose::Export(options.format.extension()), name) {
            self.start_export(path);
        }
    }

    /// Starts the export asked for, to files beside `path`.
    pub(crate) fn start_export(&mut self, path: PathBuf) {
        let (Some(w), Some(options)) = (&self.work, self.files.export.pending.take()) else {
            return;
        };
        self.files.export.job = Some(Job::start(w.doc.map().clone(), options, path));
    }

    /// Closes the export window, remembering its choices. An export under
    /// way finishes first.
    pub(crate) fn close_export(&mut self) {
        if self.files.export.job.is_none() {
            self.remember_export_choices();
            self.files.export.open = false;
        }
    }

    /// Whether an export is under way.
    pub fn is_exporting(&self) -> bool {
        self.files.export.job.is_some()
    }

    /// Whether the export window is open.
    pub fn export_window_open(&self) -> bool {
        self.files.export.open
    }

    /// What went wrong with the last export, shown in its window.
    pub fn export_problem(&self) -> Option<&str> {
        self.files.export.problem.as_deref()
    }

    /// Checks on an export under way: when it is done the window closes and
    /// the files are named; when it failed the window says why.
    fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.files.export.job else {
            return;
        };
        match job.poll() {
            None => ctx.request_repaint_after(Duration::from_millis(50)),
            Some(Ok(done)) => {
                self.files.export.job = None;
                self.files.export.open = false;
                self.banner = Some(saved_words(&done));
            }
            Some(Err(problem)) => {
                self.files.export.job = None;
                self.files.export.open = true;
                self.files.export.problem = Some(problem);
            }
        }
    }

    /// Keeps the window's choices in the preferences, when they changed.
    fn remember_export_choices(&mut self) {
        let choice = &self.files.export.choice;
        if *choice != self.settings.prefs.export {
            self.settings.prefs.export = choice.clone();
            self.save_prefs();
        }
    }

    /// The export's options from the window's choices, or why it cannot
    /// start.
    fn export_options(&self, map: &Map) -> Result<Options, String> {
        let window = &self.files.export;
        let c = &window.choice;
        let scope = match c.scope {
            ExportScope::Whole | ExportScope::PagePerView => Scope::Whole,
            ExportScope::Selection if self.selection.ids().is_empty() => {
                return Err("Nothing is selected. Choose the whole map, or close this window and select what to export.".to_owned());
            }
            ExportScope::Selection => Scope::Selection(self.selection.ids().to_vec()),
            ExportScope::View => match map.views.iter().position(|v| v.name == c.view) {
                Some(i) => Scope::View(i),
                None => return Err("Choose a saved view first.".to_owned()),
            },
        };
        Ok(Options {
            format: c.format,
            scope,
            picture: Picture {
                look: c.look,
                scale: f32::from(c.scale.clamp(1, 4)),
                legend: c.legend,
                title_block: c.title_block,
            },
            page_per_view: c.scope == ExportScope::PagePerView,
            include_confidential: window.include_confidential,
        })
    }
}

/// Makes remembered choices fit this map: a selection needs something
/// selected, a view must exist, one page per view is for PDF with views.
pub(crate) fn fit_choice(choice: &mut ExportPrefs, map: &Map, selected: bool) {
    let has_view = map.views.iter().any(|v| v.name == choice.view);
    if !has_view {
        choice.view = map
            .views
            .first()
            .map(|v| v.name.clone())
            .unwrap_or_default();
    }
    let fits = match choice.scope {
        ExportScope::Whole => true,
        ExportScope::Selection => selected,
        ExportScope::View => !map.views.is_empty(),
        ExportScope::PagePerView => {
            !map.views.is_empty() && choice.format == crate::export::Format::Pdf
        }
    };
    if !fits {
        choice.scope = ExportScope::Whole;
    }
    choice.scale = choice.scale.clamp(1, 4);
}

/// The name offered for an export: the map file's (or title's) with the
/// format's extension.
fn suggested_name(path: Option<&Path>, map: &Map, extension: &str) -> String {
    let stem = path
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| {
            let title = map.meta.title.trim();
            if title.is_empty() {
                "Untitled map"
            } else {
                title
            }
            .replace(['/', '\\'], "-")
        });
    format!("{stem}.{extension}")
}
