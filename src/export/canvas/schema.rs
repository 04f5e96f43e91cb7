//! The shape of a JSON Canvas file as Convene writes and reads it: which
//! fields are Convene's own, what goes under the `convene` key, and how
//! colours and ids translate.

use serde::{Deserialize, Serialize};

use crate::model::{
    Activity, Boundary, BoundaryObject, Broker, Colour, Community, Date, Group, Id, Meta, Note,
    SavedView, Stakeholder, Tension,
};

/// The key under which Convene keeps what it knows about an object.
pub const CONVENE: &str = "convene";

/// The fields of a node that Convene writes from the map itself; anything
/// else on a node is kept as it came and written back.
pub const NODE_OWN: [&str; 10] = [
    "id", "type", "x", "y", "width", "height", "color", "text", "label", CONVENE,
];

/// The fields of an edge that Convene writes from the map itself.
pub const EDGE_OWN: [&str; 5] = ["id", "fromNode", "toNode", "label", CONVENE];

/// The top-level fields Convene writes itself.
pub const TOP_OWN: [&str; 3] = ["nodes", "edges", CONVENE];

/// What Convene knows about one node or edge, under its `convene` key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Payload {
    /// A community, shown as a text node.
    Community(Community),
    /// A stakeholder, shown as a text node.
    Stakeholder(Stakeholder),
    /// A sticky note, shown as a text node.
    Note(Note),
    /// A group frame, shown as a group node.
    Group(Group),
    /// A boundary with the tensions on it, shown as an edge (or, between
    /// three or more parties, as a small text node joined to each).
    Boundary {
        /// The boundary.
        boundary: Boundary,
        /// Its tensions, in map order.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tensions: Vec<Tension>,
    },
    /// An activity, shown as a card (a text node).
    Activity(Activity),
    /// A node that stands for a boundary of three or more parties. The
    /// boundary itself rides on the first of its lines, so that boundaries
    /// keep their order among the edges.
    Marks(Id),
    /// A line drawn only to show how an item shown as a node (a boundary of
    /// three or more parties, an activity) joins its parties.
    Joins(Id),
}

/// What Convene knows about the map as a whole, under the file's own
/// `convene` key.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Top {
    /// The map's title.
    pub title: String,
    /// Why the communities are meeting.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// Who is facilitating.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    /// The day of the workshop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where it takes place.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Boundary objects (they may cross several boundaries, so they belong
    /// to no one edge).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<BoundaryObject>,
    /// Brokers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub brokers: Vec<Broker>,
    /// Saved views, in presentation order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<SavedView>,
}

impl Top {
    /// The map's facts.
    pub fn meta(&self) -> Meta {
        Meta {
            title: self.title.clone(),
            purpose: self.purpose.clone(),
            facilitator: self.facilitator.clone(),
            date: self.date,
            place: self.place.clone(),
        }
    }
}

/// Convene's colours for the six preset colours, "1" (red) to "6" (purple).
pub const PRESETS: [Colour; 6] = [
    Colour::PALETTE[5],
    Colour::PALETTE[1],
    Colour::NOTE,
    Colour::PALETTE[2],
    Colour::PALETTE[6],
    Colour::PALETTE[4],
];

/// The colour of a preset ("1" to "6"), or of a hex colour.
pub fn colour_of(text: &str) -> Option<Colour> {
    match text.parse::<usize>() {
        Ok(n @ 1..=6) => Some(PRESETS[n - 1]),
        _ => Colour::parse(text),
    }
}

/// Whether a colour text is one of the six presets.
pub fn is_preset(text: &str) -> bool {
    matches!(text, "1" | "2" | "3" | "4" | "5" | "6")
}

/// The Convene id for a canvas id: the id itself when it is one already
/// (Obsidian writes 16 hex digits, as Convene does), or else a number made
/// from its text, the same every time.
pub fn id_for(canvas_id: &str) -> Id {
    if canvas_id.len() == 16
        && canvas_id.bytes().all(|b| b.is_ascii_hexdigit())
        && let Ok(id) = Id::parse(&canvas_id.to_ascii_lowercase())
    {
        return id;
    }
    // FNV-1a: small, stable across versions and machines.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canvas_id.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    Id::from_u64(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_hex_become_colours() {
        assert_eq!(colour_of("1"), Some(Colour::PALETTE[5]));
        assert_eq!(colour_of("6"), Some(Colour::PALETTE[4]));
        assert_eq!(colour_of("#8c94f2"), Some(Colour::rgb(0x8c, 0x94, 0xf2)));
        assert_eq!(colour_of("7"), None);
        assert_eq!(colour_of("red"), None);
    }

    #[test]
    fn ids_from_obsidian_stay_and_others_are_stable() {
        assert_eq!(id_for("69024ca37afac075").to_string(), "69024ca37afac075");
        assert_eq!(id_for("node-1"), id_for("node-1"));
        assert_ne!(id_for("node-1"), id_for("node-2"));
    }
}
