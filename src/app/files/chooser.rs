//! The app's own file chooser, used when no system file dialog can be
//! shown: a folder's listing and a name field that takes a full path too.
//! This holds what it shows and decides what a typed name means; the
//! window itself is `chooser_window.rs`.

use std::path::{Path, PathBuf};

use crate::app::Pending;
use crate::file;

/// What the chooser is choosing a file for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A map to open.
    Open,
    /// Where to save the open map.
    Save,
    /// A file another tool wrote (a JSON Canvas), to import.
    Import,
    /// Another copy of the open map, to merge into it.
    Merge,
    /// The copy both the open map and the one being merged started from.
    MergeOriginal,
    /// Another copy of the open map, to compare with it.
    Compare,
    /// Where to write an export, whose main file has this extension.
    Export(&'static str),
}

impl Purpose {
    /// The extension of the files it lists, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Purpose::Open
            | Purpose::Save
            | Purpose::Merge
            | Purpose::MergeOriginal
            | Purpose::Compare => "ron",
            Purpose::Import => "canvas",
            Purpose::Export(extension) => extension,
        }
    }
}

/// An open file chooser.
#[derive(Debug, Clone)]
pub struct FileChooser {
    /// What it is for.
    pub purpose: Purpose,
    /// The folder shown.
    pub folder: PathBuf,
    /// The folder's sub-folders and the files it is for (maps, or canvas
    /// files to import), or why they cannot be listed.
    pub listing: Result<Vec<file::FolderEntry>, String>,
    /// The name (or full path) typed.
    pub name: String,
    /// What went wrong with the last choice, in plain words.
    pub problem: Option<String>,
    /// Whether the name field should take the keyboard, its text selected.
    pub focus: bool,
    /// A note on why this chooser is shown instead of the system's.
    pub note: Option<String>,
    /// What to do once the map is saved (the close prompt's Save).
    pub then: Option<Pending>,
}

impl FileChooser {
    /// A chooser showing `folder`, with `name` suggested.
    pub fn new(purpose: Purpose, folder: PathBuf, name: String) -> Self {
        let mut chooser = Self {
            purpose,
            folder: PathBuf::new(),
            listing: Ok(Vec::new()),
            name,
            problem: None,
            focus: true,
            note: None,
            then: None,
        };
        chooser.go_to(folder);
        chooser
    }

    /// Shows another folder.
    pub fn go_to(&mut self, folder: PathBuf) {
        self.listing = file::list_folder(&folder, self.purpose.extension())
            .map_err(|e| format!("This folder cannot be listed: {e}."));
        self.folder = folder;
        self.focus = true;
    }

    /// Shows the folder above, if there is one.
    pub fn go_up(&mut self) {
        if let Some(parent) = self.folder.parent().map(Path::to_path_buf) {
            self.go_to(parent);
        }
    }

    /// The file the typed name stands for: a full path as it is, `~/…`
    /// under the home folder, anything else in the folder shown. A map to
    /// be saved gets `.ron` if it has no extension.
    pub fn target(&self) -> Option<PathBuf> {
        let typed = self.name.trim();
        if typed.is_empty() {
            return None;
        }
        let path = match typed.strip_prefix("~/") {
            Some(rest) => home_folder().join(rest),
            None => self.folder.join(typed),
        };
        Some(match self.purpose {
            Purpose::Save if path.extension().is_none() => path.with_extension("ron"),
            Purpose::Export(ext) if path.extension().is_none() => path.with_extension(ext),
            _ => path,
        })
    }

    /// Takes the typed name: a folder is gone into, a file is chosen. A
    /// file to save must be in a folder that exists; a file to open must
    /// exist. Anything else is explained and the chooser stays open.
    pub fn submit(&mut self) -> Option<PathBuf> {
        let Some(path) = self.target() else {
            self.problem = Some("Type a file name first.".to_owned());
            return None;
        };
        if file::is_folder(&path) {
            self.name.clear();
            self.problem = None;
            self.go_to(path);
            return None;
        }
        let folder = path.parent().unwrap_or(Path::new("/"));
        let problem = match self.purpose {
            Purpose::Save | Purpose::Export(_) if !file::is_folder(folder) => Some(format!(
                "There is no folder “{}”. Choose a folder that exists.",
                folder.display()
            )),
            Purpose::Open
            | Purpose::Import
            | Purpose::Merge
            | Purpose::MergeOriginal
            | Purpose::Compare
                if !file::exists(&path) =>
            {
                Some(format!("There is no file “{}”.", path.display()))
            }
            _ => None,
        };
        self.problem = problem;
        self.focus = true;
        self.problem.is_none().then_some(path)
    }
}

/// The person's home folder, or the root if it is not known.
pub fn home_folder() -> PathBuf {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map_or_else(|| PathBuf::from("/"), PathBuf::from)
}
