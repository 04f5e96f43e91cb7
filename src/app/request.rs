//! One queue of requests. The canvas, the panels, the menus, the toolbar,
//! the pickers, the welcome screen and the keyboard push what they want
//! here while the frame is drawn; the app handles the queue once, after the
//! frame, in one place (see `handle.rs`).

use std::path::PathBuf;

use super::command::{Command, Placed};
pub use super::talk::Step;
use crate::Edit;
use crate::capture::Recipe;
use crate::model::{Id, Point};

/// Something the person asked for during a frame.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "a handful are made per frame at most"
)]
pub enum Request {
    /// Carry out a command.
    Run(Command),
    /// Apply an edit; edits with the same key, one after another, undo as
    /// one step. When it is applied, `select` becomes the selection; when it
    /// is refused, nothing else changes.
    Edit {
        /// The change.
        edit: Edit,
        /// The field it changes, such as `"0f3a… name"`.
        key: Option<String>,
        /// What to select once it is applied.
        select: Option<Vec<Id>>,
    },
    /// Make these items the selection.
    Select(Vec<Id>),
    /// Select an item and bring it into view.
    GoTo(Id),
    /// Select an item and show it in the inspector, opening the inspector
    /// if it was put away; when the item was already the selection, the
    /// keyboard goes on into the inspector's first field (Enter on the map).
    Inspect(Id),
    /// Add a community, stakeholder or note at a map point, then name it.
    AddAt(Placed, Point),
    /// Select an item and start naming it on the canvas.
    Rename(Id),
    /// Make what a short form in the "Find or do" box says, as one step,
    /// and select it; new communities go where there is room in view.
    Capture(Recipe),
    /// Open a recently used file (asking first about unsaved work).
    OpenRecent(PathBuf),
    /// Open one of the built-in example maps (asking first).
    OpenExample(&'static str),
    /// The answer to "save changes?".
    Answer(Answer),
    /// The answer to "save and drop the comments that cannot be kept?":
    /// true to save.
    SaveOverComments(bool),
    /// Restore the unsaved work an earlier run left (asking first about the
    /// open map's unsaved changes).
    Restore,
    /// Throw away the unsaved work an earlier run left.
    DiscardCopy,
    /// The app's own file chooser chose this path.
    FileChosen(PathBuf),
    /// Close the app's own file chooser without choosing.
    CloseChooser,
    /// The answer to the merge's second step (the original copy).
    MergeStep(crate::app::files::MergeAnswer),
    /// Show the map's saved view at this place in its list, in the editor.
    ShowView(usize),
    /// Present the map, starting at the saved view at this place.
    PresentFrom(usize),
    /// Move through the presentation, or blank the screen.
    Step(Step),
    /// Export as the export window says: ask where, then write.
    Export,
    /// Close the export window, remembering its choices.
    CloseExport,
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

/// The requests of one frame, in the order they were made.
#[derive(Debug, Default)]
pub struct Requests(Vec<Request>);

impl Requests {
    /// Adds a request.
    pub fn push(&mut self, request: Request) {
        self.0.push(request);
    }

    /// Asks for a command.
    pub fn run(&mut self, command: Command) {
        self.push(Request::Run(command));
    }

    /// Asks for an edit.
    pub fn edit(&mut self, edit: Edit, key: Option<String>) {
        self.push(Request::Edit {
            edit,
            key,
            select: None,
        });
    }

    /// Asks for an edit that selects `select` once applied.
    pub fn edit_and_select(&mut self, edit: Edit, select: Vec<Id>) {
        self.push(Request::Edit {
            edit,
            key: None,
            select: Some(select),
        });
    }

    /// Asks for a new selection.
    pub fn select(&mut self, ids: Vec<Id>) {
        self.push(Request::Select(ids));
    }

    /// Takes every request made so far.
    pub fn take(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.0)
    }

    /// The requests made so far.
    pub fn pending(&self) -> &[Request] {
        &self.0
    }
}
