//! Whiteboard items: sticky notes and group frames.

use serde::{Deserialize, Serialize};

use super::{Colour, Id, Point, Size, is_default};

/// A free sticky note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Its identity.
    pub id: Id,
    /// What it says.
    pub text: String,
    /// Its colour.
    #[serde(default = "note_colour")]
    pub colour: Colour,
    /// Its top-left corner.
    #[serde(default)]
    pub pos: Point,
    /// Its size.
    #[serde(default = "note_size")]
    pub size: Size,
    /// Kept where the facilitator put it when the map is tidied.
    #[serde(default, skip_serializing_if = "is_default")]
    pub pinned: bool,
    /// Kept out of anything exported for sharing.
    #[serde(default, skip_serializing_if = "is_default")]
    pub confidential: bool,
}

fn note_colour() -> Colour {
    Colour::NOTE
}

fn note_size() -> Size {
    Note::SIZE
}

impl Note {
    /// The size a new note has.
    pub const SIZE: Size = Size::new(160.0, 100.0);

    /// A yellow note of the usual size.
    pub fn new(id: Id, text: impl Into<String>, pos: Point) -> Self {
        Self {
            id,
            text: text.into(),
            colour: Colour::NOTE,
            pos,
            size: Self::SIZE,
            pinned: false,
            confidential: false,
        }
    }
}

/// A labelled frame. Whatever lies inside it moves with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Its identity.
    pub id: Id,
    /// Its title.
    pub label: String,
    /// Its colour.
    #[serde(default = "group_colour")]
    pub colour: Colour,
    /// Its top-left corner.
    pub pos: Point,
    /// Its size.
    pub size: Size,
}

fn group_colour() -> Colour {
    Colour::NEUTRAL
}

impl Group {
    /// A grey frame.
    pub fn new(id: Id, label: impl Into<String>, pos: Point, size: Size) -> Self {
        Self {
            id,
            label: label.into(),
            colour: Colour::NEUTRAL,
            pos,
            size,
        }
    }
}
