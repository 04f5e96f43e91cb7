//! Every way out of Convene besides its own map file: pictures, the
//! workshop report, spreadsheets and open formats other tools read.
//!
//! Exporting is pure: a map and [`Options`] in, bytes out. Nothing here
//! touches files, windows or dialogs; the file layer writes the parts and
//! the app and the command line choose the options. Every export starts
//! from [`prepare`], which cuts the map down to the chosen scope and, unless
//! asked otherwise, leaves out confidential items, so that no format can
//! forget to.

pub mod secrets;
mod share;

pub use share::{ExportError, Prepared, Scope, prepare};

/// How a picture looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Look {
    /// Dark ink on a light background, as the editor's light theme.
    #[default]
    Light,
    /// Light ink on a dark background, as the editor's dark theme.
    Dark,
    /// For paper: white background, no fills heavier than needed.
    Print,
}

/// What to export and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Which part of the map.
    pub scope: Scope,
    /// Whether confidential tensions and notes go out too. Off by default:
    /// every export is for sharing unless the person asks otherwise.
    pub include_confidential: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scope: Scope::Whole,
            include_confidential: false,
        }
    }
}

/// One file an export makes. Most formats make one; node and edge lists
/// make two, told apart by `suffix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Added to the file's stem, such as `"-nodes"`; empty for the main part.
    pub suffix: &'static str,
    /// The file's extension, without the dot.
    pub extension: &'static str,
    /// The bytes to write.
    pub bytes: Vec<u8>,
}

/// What an export made, and what it left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The files to write.
    pub parts: Vec<Part>,
    /// How many confidential items were left out.
    pub left_out: usize,
}

/// Words for what was left out, for a status line or the end of a report:
/// "2 confidential items were left out.", or nothing when none were.
pub fn left_out_words(left_out: usize) -> Option<String> {
    match left_out {
        0 => None,
        1 => Some("1 confidential item was left out.".to_owned()),
        n => Some(format!("{n} confidential items were left out.")),
    }
}
