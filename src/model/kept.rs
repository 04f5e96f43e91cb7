//! What a file from another tool held that Convene has no place for, kept
//! on the map so that writing that format again gives it back.

use std::collections::BTreeMap;

use super::Id;

/// Data from another tool's file, kept as that tool wrote it. Convene does
/// not show or change it; it only writes it back. It lives with the open
/// map and is not (yet) saved in Convene's own map file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Kept {
    /// JSON Canvas: for an item, the fields of its node or edge that
    /// Convene does not use, as the text of one JSON object.
    pub canvas_fields: BTreeMap<Id, String>,
    /// JSON Canvas: lines between nodes that Convene does not join (a note
    /// to a group, a line from a node to itself, a second line between the
    /// same two communities), each the text of one JSON object, in order.
    pub canvas_edges: Vec<String>,
    /// JSON Canvas: the file's own fields besides its nodes and edges, as
    /// the text of one JSON object, or empty.
    pub canvas_top: String,
}

impl Kept {
    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.canvas_fields.is_empty() && self.canvas_edges.is_empty() && self.canvas_top.is_empty()
    }
}
