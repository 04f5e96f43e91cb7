//! What can go wrong reading or writing a map file, in words a facilitator
//! understands.

use std::fmt;
use std::io;
use std::path::PathBuf;

use super::{FORMAT, MAX_FILE_BYTES};

/// A place in a file: line and column, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why the bytes of a file are not a map this version can open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file is larger than any real map.
    #[error(
        "the file is {} MB, more than the {} MB a map can be; it is probably not a Convene map",
        .bytes / 1_000_000,
        MAX_FILE_BYTES / 1_000_000
    )]
    TooLarge {
        /// Its size.
        bytes: u64,
    },
    /// The file was written by a newer version of Convene.
    #[error(
        "line {}, column {}: this map was saved by a newer Convene (file format {found}); this version reads format {FORMAT} and older, so update Convene to open it",
        at.line,
        at.column
    )]
    Newer {
        /// Where the format number stands.
        at: Position,
        /// The format number found.
        found: u64,
    },
    /// Something at a place in the file is wrong.
    #[error("line {}, column {}: {message}", at.line, at.column)]
    Invalid {
        /// Where.
        at: Position,
        /// What, in plain words.
        message: String,
    },
}

impl LoadError {
    /// Where in the file the problem is, if it is at one place.
    pub fn position(&self) -> Option<Position> {
        match self {
            Self::TooLarge { .. } => None,
            Self::Newer { at, .. } | Self::Invalid { at, .. } => Some(*at),
        }
    }

    /// The problem without its position.
    pub fn message(&self) -> String {
        match self {
            Self::Invalid { message, .. } => message.clone(),
            other => {
                let text = other.to_string();
                match other.position() {
                    Some(at) => text
                        .strip_prefix(&format!("line {}, column {}: ", at.line, at.column))
                        .unwrap_or(&text)
                        .to_owned(),
                    None => text,
                }
            }
        }
    }
}

/// Why a map file could not be opened or saved. Always names the file.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be read.
    #[error("{}: could not read the file: {}", path.display(), describe_io(source))]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was read but is not a map this version can open.
    #[error("{}:{}", path.display(), located(error))]
    Load {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        error: LoadError,
    },
    /// The map could not be written; any earlier file at the path is untouched.
    #[error("{}: could not save: {}; the file on disk was not changed", path.display(), describe_io(source))]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A new map would overwrite a file that is already there.
    #[error("{}: a file with this name already exists; choose another name", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
}

impl FileError {
    /// The load error, when the file was read but could not be understood.
    pub fn load_error(&self) -> Option<&LoadError> {
        match self {
            Self::Load { error, .. } => Some(error),
            _ => None,
        }
    }

    /// Whether the file (or its folder) is not there at all.
    pub fn is_missing(&self) -> bool {
        matches!(self, Self::Read { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }
}

fn located(error: &LoadError) -> String {
    match error.position() {
        Some(at) => format!("{}:{}: {}", at.line, at.column, error.message()),
        None => format!(" {error}"),
    }
}

/// A system error in plain words.
fn describe_io(error: &io::Error) -> String {
    use io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "there is no such file or folder".to_owned(),
        K::PermissionDenied => {
            "permission denied (the file or its folder may be read-only)".to_owned()
        }
        K::StorageFull => "the disk is full".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        K::IsADirectory => "that is a folder, not a file".to_owned(),
        _ => error.to_string(),
    }
}
