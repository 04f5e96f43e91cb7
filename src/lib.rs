//! Convene: a canvas for facilitators who map communities of practice, the
//! boundaries between them, the tensions at those boundaries and the
//! activities proposed to work across them.
//!
//! The crate is layered. [`model`] is the map itself and [`edit`] the only way
//! to change it; [`Document`] adds undo, redo and "modified since saved".
//! None of these touch files or windows. [`file`] reads and writes maps as
//! RON, [`cli`] is the command line and [`app`] the desktop editor.

pub mod app;
pub mod capture;
pub mod cli;
pub mod compare;
pub mod document;
pub mod edit;
pub mod export;
pub mod file;
pub mod generate;
pub mod layout;
pub mod model;

pub use document::Document;
pub use edit::{Edit, EditError};
pub use model::Map;
