//! Opening, saving and the question before unsaved work is replaced or
//! closed: Save, Don't save, or Cancel. Files are chosen with the system's
//! dialog, or the app's own chooser where no system dialog can be shown.

use std::path::{Path, PathBuf};

use eframe::egui::{self, ViewportCommand};

pub mod chooser;
mod chooser_window;
pub mod comments;
pub mod dialogs;
pub mod examples;
pub mod export;
mod import;
mod merge;
mod merge_step;
pub mod prefs;
mod question;
pub mod recovery;

pub use dialogs::Dialogs;
pub use merge::MergeAnswer;

pub use crate::app::request::Answer;
use crate::app::request::Request;
use crate::app::{CanvasState, ConveneApp, Workspace};
use crate::model::{Map, Meta};
use crate::{Document, file};
use chooser::{FileChooser, Purpose};
use dialogs::Chosen;
use question::Question;

/// What the app keeps about files between frames: the question before
/// unsaved work is replaced, and how files are chosen.
#[derive(Debug, Default)]
pub struct Files {
    /// What waits for an answer to "save changes?".
    pub prompt: Option<Pending>,
    /// The person agreed to close without saving.
    pub may_close: bool,
    /// Which file dialogs to use.
    pub dialogs: Dialogs,
    /// The app's own file chooser, while open.
    pub chooser: Option<chooser::FileChooser>,
    /// The export window, and an export under way.
    pub export: export::ExportWindow,
    /// The question before saving over comments that cannot be kept.
    pub comments: comments::CommentsGuard,
    /// A merge waiting for its second step (the original copy).
    pub merging: Option<merge::HeldMerge>,
}

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
    /// Choose a file another tool wrote and bring it in as a new map.
    Import,
    /// Bring in this file (one dropped on the window) as a new map.
    ImportPath(PathBuf),
    /// Open a built-in example.
    Example(&'static str),
    /// Close the window.
    Close,
    /// Restore unsaved work from an earlier run in place of the open map.
    Restore,
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
            self.files.prompt = Some(pending);
        } else {
            self.proceed(ctx, pending);
        }
    }

    pub(crate) fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => self.show_map(Map::new(Meta::titled("Untitled map")), None),
            Pending::Open => {
                if let Some(path) = self.choose(Purpose::Open, String::new()) {
                    self.open_path(&path);
                }
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Import => {
                if let Some(path) = self.choose(Purpose::Import, String::new()) {
                    self.import_path(&path);
                }
            }
            Pending::ImportPath(path) => self.import_path(&path),
            Pending::Example(name) => self.open_example(name),
            Pending::Close => {
                self.files.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Pending::Restore => self.restore_now(),
        }
    }

    /// Answers the "save changes?" question.
    pub fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(pending) = self.files.prompt.take() else {
            return;
        };
        match answer {
            Answer::Cancel => {}
            Answer::DontSave => {
                // The person chose to drop these changes: drop the copy too.
                self.clear_copy();
                self.proceed(ctx, pending);
            }
            Answer::Save => {
                self.save(false);
                // A cancelled file dialog or a failed save keeps the map;
                // the app's own chooser, or the question about comments,
                // goes on once it has saved.
                if !self.unsaved() {
                    self.proceed(ctx, pending);
                } else if let Some(held) = &mut self.files.comments.asking {
                    held.then = Some(pending);
                } else if let Some(chooser) = &mut self.files.chooser {
                    chooser.then = Some(pending);
                }
            }
        }
    }

    pub(crate) fn prompt_ui(&mut self, ctx: &egui::Context) {
        if self.files.prompt.is_none() {
            return;
        }
        let name = self
            .work
            .as_ref()
            .map(|w| w.doc.map().meta.title.clone())
            .unwrap_or_default();
        let heading = format!("Save changes to “{name}”?");
        let answer = Question {
            id: "save changes?",
            heading: &heading,
            body: "If you don't save, the changes since the last save are lost.",
            answers: &[
                ("Save", Answer::Save),
                ("Don't save", Answer::DontSave),
                ("Cancel", Answer::Cancel),
            ],
            dismissed: Answer::Cancel,
            max_width: None,
        }
        .ask(ctx);
        if let Some(a) = answer {
            self.requests.push(Request::Answer(a));
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
        self.show_document(Document::new(map), path);
    }

    /// Shows a document in place of the open one.
    pub(crate) fn show_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.work = Some(Workspace { doc, path });
        self.files.comments = comments::CommentsGuard::default();
        self.canvas = CanvasState::default();
        self.panels.welcome = false;
        self.selection.reset();
        self.canvas.fit_pending = true;
        self.banner = None;
        self.look_for_copy();
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

    /// Saves the open map to its file, or to one the person chooses when
    /// it has none or `choose` is set. With the app's own chooser the map
    /// is saved once a file is chosen there.
    pub(crate) fn save(&mut self, choose: bool) {
        if self.hold_save_for_comments(choose) {
            return;
        }
        let Some(w) = &self.work else { return };
        let path = match (&w.path, choose) {
            (Some(p), false) => p.clone(),
            _ => {
                let name = suggested_name(w);
                match self.choose(Purpose::Save, name) {
                    Some(p) => p,
                    None => return,
                }
            }
        };
        if let Err(error) = self.save_to(&path) {
            self.banner = Some(error.to_string());
        }
    }

    /// Saves the open map to `path`, which it then belongs to.
    fn save_to(&mut self, path: &Path) -> Result<(), file::FileError> {
        let Some(w) = &mut self.work else {
            return Ok(());
        };
        file::write(path, w.doc.map())?;
        // The copy belongs to the file the work came from.
        self.clear_copy();
        let Some(w) = &mut self.work else {
            return Ok(());
        };
        w.doc.mark_saved();
        w.path = Some(path.to_path_buf());
        self.banner = None;
        self.remember(path);
        Ok(())
    }

    /// Uses the app's own file chooser from now on (or the system's).
    pub fn with_dialogs(mut self, dialogs: Dialogs) -> Self {
        self.files.dialogs = dialogs;
        self
    }

    /// Whether the app's own file chooser is open.
    pub fn is_choosing_file(&self) -> bool {
        self.files.chooser.is_some()
    }

    /// Asks which file to use: the system's dialog answers at once; the
    /// app's own chooser opens and answers in a later frame. A system
    /// dialog that cannot be shown gives way to the app's chooser, from
    /// then on.
    pub(crate) fn choose(&mut self, purpose: Purpose, name: String) -> Option<PathBuf> {
        let mut note = None;
        if self.files.dialogs == Dialogs::System {
            let chosen = match purpose {
                Purpose::Open => dialogs::open_file(),
                Purpose::Import => dialogs::import_file(),
                Purpose::Merge | Purpose::MergeOriginal | Purpose::Compare => dialogs::open_file(),
                Purpose::Save => dialogs::save_file(&name),
                Purpose::Export(ext) => dialogs::save_export(&name, "Export", ext),
            };
            match chosen {
                Chosen::Path(path) => return Some(path),
                Chosen::Cancelled => return None,
                Chosen::Failed => {
                    self.files.dialogs = Dialogs::InApp;
                    note = Some(
                        "The system's file window could not be shown, so Convene shows its own."
                            .to_owned(),
                    );
                }
            }
        }
        let mut chooser = FileChooser::new(purpose, self.start_folder(), name);
        chooser.note = note;
        self.files.chooser = Some(chooser);
        None
    }

    /// Where a file chooser starts: the open map's folder, else the most
    /// recent file's, else the home folder.
    fn start_folder(&self) -> PathBuf {
        self.path()
            .or_else(|| self.settings.prefs.recent.first().map(PathBuf::as_path))
            .and_then(Path::parent)
            .filter(|p| file::is_folder(p))
            .map_or_else(chooser::home_folder, Path::to_path_buf)
    }

    /// The app's own file chooser, while it is open.
    pub(crate) fn chooser_ui(&mut self, ctx: &egui::Context) {
        let Some(chooser) = &mut self.files.chooser else {
            return;
        };
        match chooser_window::ui(ctx, chooser) {
            None => {}
            Some(chooser_window::Outcome::Cancel) => self.requests.push(Request::CloseChooser),
            Some(chooser_window::Outcome::Chosen(path)) => {
                self.requests.push(Request::FileChosen(path));
            }
        }
    }

    /// Opens or saves where the person chose in the app's own chooser. A
    /// save that fails leaves the chooser open with the reason.
    pub(crate) fn file_chosen(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some(purpose) = self.files.chooser.as_ref().map(|c| c.purpose) else {
            return;
        };
        match purpose {
            Purpose::Open => {
                self.files.chooser = None;
                self.open_path(&path);
            }
            Purpose::Import => {
                self.files.chooser = None;
                self.import_path(&path);
            }
            Purpose::Merge => {
                self.files.chooser = None;
                self.merge_path(&path);
            }
            Purpose::MergeOriginal => {
                self.files.chooser = None;
                self.merge_from_original(&path);
            }
            Purpose::Compare => {
                self.files.chooser = None;
                self.compare_path(&path);
            }
            Purpose::Export(_) => {
                self.files.chooser = None;
                self.start_export(path);
            }
            Purpose::Save => match self.save_to(&path) {
                Ok(()) => {
                    if let Some(then) = self.files.chooser.take().and_then(|c| c.then) {
                        self.proceed(ctx, then);
                    }
                }
                // The chooser stays open with the reason, to choose again.
                Err(error) => {
                    if let Some(chooser) = &mut self.files.chooser {
                        chooser.problem = Some(error.to_string());
                        chooser.focus = true;
                    }
                }
            },
        }
    }
}

/// The file name offered when saving: the file's own, else the map's title.
fn suggested_name(w: &Workspace) -> String {
    if let Some(name) = w.path.as_deref().and_then(Path::file_name) {
        return name.to_string_lossy().into_owned();
    }
    let title = w.doc.map().meta.title.trim();
    let title = if title.is_empty() {
        "Untitled map"
    } else {
        title
    };
    format!("{}.ron", title.replace(['/', '\\'], "-"))
}
