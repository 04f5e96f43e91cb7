//! JSON Canvas, both ways.
//! PENDING: the canvas helper replaces this file.

use super::Prepared;

/// The map as a JSON Canvas file.
pub fn write(_p: &Prepared) -> String {
    String::new()
}
