//! The app's own preferences, kept between runs: recently used map files,
//! the theme and the text size. They live in the app's storage folder, never
//! in a map file, and hold nothing a person made, so a missing or damaged
//! file simply gives the defaults.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{FileError, LoadError, Position, atomic, messages};
use crate::export::{Format, Look};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// What the app remembers between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Map files opened or saved, most recent first, without duplicates.
    pub recent: Vec<PathBuf>,
    /// Light, dark, or as the system says.
    pub theme: Theme,
    /// How large the app's text and controls are drawn.
    pub text_size: TextSize,
    /// The choices last made in the export window.
    pub export: ExportPrefs,
}

/// What the export window remembers: everything but "include confidential
/// items", which starts off each time so that an export is for sharing
/// unless the person asks again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportPrefs {
    /// The format last chosen.
    pub format: Format,
    /// Which part of the map.
    pub scope: ExportScope,
    /// The saved view last chosen, by name.
    pub view: String,
    /// How pictures look.
    pub look: Look,
    /// Pixels per map unit for PNG, a whole number from 1 to 4.
    pub scale: u8,
    /// Whether pictures have a legend.
    pub legend: bool,
    /// Whether pictures have the title block.
    pub title_block: bool,
}

impl Default for ExportPrefs {
    fn default() -> Self {
        Self {
            format: Format::default(),
            scope: ExportScope::default(),
            view: String::new(),
            look: Look::default(),
            scale: 2,
            legend: true,
            title_block: true,
        }
    }
}

/// Which part of the map an export carries, as the export window offers it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportScope {
    /// The whole map.
    #[default]
    Whole,
    /// What is selected.
    Selection,
    /// One saved view.
    View,
    /// For PDF: a page for each saved view.
    PagePerView,
}

/// The colour scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system's setting.
    #[default]
    System,
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// A step of text size; the larger ones are for projectors and big rooms.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum TextSize {
    /// As the system draws it.
    #[default]
    Normal,
    /// A quarter larger.
    Large,
    /// Half as large again.
    Larger,
    /// Twice as large, for the back of a big room.
    Largest,
}

impl TextSize {
    /// Every step, smallest first.
    pub const ALL: [TextSize; 4] = [Self::Normal, Self::Large, Self::Larger, Self::Largest];

    /// How much larger than normal everything is drawn.
    pub fn scale(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Large => 1.25,
            Self::Larger => 1.5,
            Self::Largest => 2.0,
        }
    }

    /// The next step up, or this one if it is the largest.
    pub fn larger(self) -> Self {
        let i = Self::ALL.iter().position(|&s| s == self).unwrap_or(0);
        Self::ALL[(i + 1).min(Self::ALL.len() - 1)]
    }

    /// The next step down, or this one if it is the smallest.
    pub fn smaller(self) -> Self {
        let i = Self::ALL.iter().position(|&s| s == self).unwrap_or(0);
        Self::ALL[i.saturating_sub(1)]
    }
}

impl Prefs {
    /// Puts `path` at the front of the recent files, as given: no duplicates,
    /// at most [`MAX_RECENT`]. Use [`Prefs::remember`] for a path on disk.
    pub fn push_recent(&mut self, path: PathBuf) {
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Puts the file at `path` at the front of the recent files, under its
    /// full, canonical name so that one file is listed once however it was
    /// reached. A name that is not valid text cannot be stored and is skipped.
    pub fn remember(&mut self, path: &Path) {
        let path = fs::canonicalize(path).unwrap_or_else(|_| absolute(path));
        if path.to_str().is_some() {
            self.push_recent(path);
        }
    }

    /// Takes `path` off the recent files; whether it was there.
    pub fn forget(&mut self, path: &Path) -> bool {
        let before = self.recent.len();
        self.recent.retain(|p| p != path);
        self.recent.len() != before
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Where the preferences are kept.
#[derive(Debug, Clone)]
pub struct PrefsFile {
    path: PathBuf,
}

impl PrefsFile {
    /// Preferences in `folder` (created when first saved).
    pub fn new(folder: impl AsRef<Path>) -> Self {
        Self {
            path: folder.as_ref().join("prefs.ron"),
        }
    }

    /// The file itself.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved preferences; the defaults if none were saved yet. A file
    /// that cannot be read or understood is an error, for the caller to
    /// note before going on with the defaults.
    pub fn load(&self) -> Result<Prefs, FileError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Prefs::default()),
            Err(source) => {
                return Err(FileError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        ron::from_str(&text).map_err(|e| FileError::Load {
            path: self.path.clone(),
            error: LoadError::Invalid {
                at: Position {
                    line: e.span.start.line.max(1),
                    column: e.span.start.col.max(1),
                },
                message: messages::explain(&e.code),
            },
        })
    }

    /// The saved preferences, or the defaults with a note saying why the
    /// saved ones could not be used.
    pub fn load_or_default(&self) -> (Prefs, Option<FileError>) {
        match self.load() {
            Ok(prefs) => (prefs, None),
            Err(error) => (Prefs::default(), Some(error)),
        }
    }

    /// Saves the preferences atomically, replacing any earlier ones (even
    /// damaged ones: they hold nothing a person made).
    pub fn save(&self, prefs: &Prefs) -> Result<(), FileError> {
        let fail = |source| FileError::Write {
            path: self.path.clone(),
            source,
        };
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let mut text = ron::ser::to_string_pretty(prefs, config)
            .map_err(|e| fail(io::Error::new(io::ErrorKind::InvalidData, e.to_string())))?;
        text.push('\n');
        if let Some(folder) = self.path.parent() {
            fs::create_dir_all(folder).map_err(fail)?;
        }
        atomic::write(&self.path, text.as_bytes()).map_err(fail)
    }
}
