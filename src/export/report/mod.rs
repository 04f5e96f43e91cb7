//! The workshop report, for the client and the people in the room: the
//! facts about the workshop, who is involved, the boundaries and their
//! tensions, the action list in date order and the gaps still open; as
//! Markdown, as one self-contained web page, and the action list and the
//! tension register as spreadsheets.
//!
//! Every writer reads only the prepared map, so what was left out for
//! sharing stays out.

mod escape;
mod gaps;
mod html;
mod markdown;
mod rows;
mod sheet;
mod words;

use super::{ExportError, Prepared};
use rows::{ActionColumn, TensionColumn};

/// The workshop report in Markdown.
pub fn markdown(p: &Prepared) -> String {
    markdown::sections(p).concat()
}

/// The workshop report as one HTML page that needs no other file, with
/// `map_svg` (a picture of the map; empty for none) inline after the facts
/// about the workshop.
pub fn html(p: &Prepared, map_svg: &str) -> String {
    html::page(markdown::title(&p.map), &markdown::sections(p), map_svg)
}

/// The action list as a spreadsheet: one row per activity, the earliest
/// date first, with the report's columns and what the report lists under
/// each activity.
pub fn actions_csv(p: &Prepared) -> Result<Vec<u8>, ExportError> {
    let headings = ActionColumn::ALL.map(ActionColumn::heading);
    let actions = rows::actions(&p.map);
    let cells = actions
        .iter()
        .map(|a| ActionColumn::ALL.map(|c| c.cell(a, "; ")).to_vec());
    sheet::write(&headings, cells)
}

/// The tension register as a spreadsheet: one row per tension, boundary by
/// boundary in the report's order.
pub fn tensions_csv(p: &Prepared) -> Result<Vec<u8>, ExportError> {
    let headings = TensionColumn::ALL.map(TensionColumn::heading);
    let order = rows::boundary_order(&p.map);
    let lines = rows::tension_lines(&p.map, &order);
    let cells = lines
        .iter()
        .map(|line| TensionColumn::ALL.map(|c| c.cell(line)).to_vec());
    sheet::write(&headings, cells)
}
