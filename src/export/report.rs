//! The workshop report (Markdown, HTML) and its spreadsheets (CSV).
//! PENDING: the report helper replaces this file.

use super::{ExportError, Prepared};

/// The workshop report in Markdown.
pub fn markdown(_p: &Prepared) -> String {
    String::new()
}

/// The workshop report as one HTML page with `map_svg` inline.
pub fn html(_p: &Prepared, _map_svg: &str) -> String {
    String::new()
}

/// The action list as CSV.
pub fn actions_csv(_p: &Prepared) -> Result<Vec<u8>, ExportError> {
    pending("The action list")
}

/// The tension register as CSV.
pub fn tensions_csv(_p: &Prepared) -> Result<Vec<u8>, ExportError> {
    pending("The tension register")
}

fn pending<T>(what: &str) -> Result<T, ExportError> {
    Err(ExportError::Format(format!("{what} is not built yet.")))
}
