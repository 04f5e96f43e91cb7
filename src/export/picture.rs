//! Pictures of the map: SVG from the display list, PNG and PDF from the SVG.
//! PENDING: the pictures helper replaces this file.

use super::{ExportError, Picture, Prepared};

/// The map as an SVG picture.
pub fn svg(_p: &Prepared, _look: &Picture) -> String {
    String::new()
}

/// The map as a PNG picture.
pub fn png(_p: &Prepared, _look: &Picture) -> Result<Vec<u8>, ExportError> {
    pending("PNG")
}

/// The map as a PDF, one page for each prepared part.
pub fn pdf(_pages: &[Prepared], _look: &Picture) -> Result<Vec<u8>, ExportError> {
    pending("PDF")
}

fn pending<T>(what: &str) -> Result<T, ExportError> {
    Err(ExportError::Format(format!("{what} is not built yet.")))
}
