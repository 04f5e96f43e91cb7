//! What a file held that Convene has no place for, kept on the map so that
//! writing that format again gives it back.

use std::collections::BTreeMap;

use super::{Comments, Id};

/// Data from a file, kept as it was written. Convene does not show or
/// change it; it only writes it back: another tool's fields when the map
/// goes out in that format again, and comments written by hand in a map
/// file when the map is saved.
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
    /// Comments written by hand in the map file, by what they belong to.
    pub comments: Comments,
}

impl Kept {
    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.canvas_fields.is_empty()
            && self.canvas_edges.is_empty()
            && self.canvas_top.is_empty()
            && self.comments.is_empty()
    }
}
