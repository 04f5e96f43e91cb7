//! Communities of practice and stakeholders: the parties a boundary joins.

use serde::{Deserialize, Serialize};

use super::{Colour, Id, Point, is_default};

/// People who share a practice: psychiatrists, social workers, a coding group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    /// Its identity.
    pub id: Id,
    /// What the room calls it.
    pub name: String,
    /// Its practice, in a sentence.
    #[serde(default, skip_serializing_if = "is_default")]
    pub practice: String,
    /// Roughly how many members it has.
    #[serde(default, skip_serializing_if = "is_default")]
    pub size: Option<u32>,
    /// Coordinators, brokers and other people who hold it together.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub key_people: Vec<String>,
    /// Words it uses that other communities misread.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub terms: Vec<String>,
    /// What it values.
    #[serde(default, skip_serializing_if = "is_default")]
    pub values: String,
    /// Its colour on the canvas.
    #[serde(default)]
    pub colour: Colour,
    /// Its centre on the canvas.
    #[serde(default)]
    pub pos: Point,
    /// Kept where the facilitator put it when the map is tidied.
    #[serde(default, skip_serializing_if = "is_default")]
    pub pinned: bool,
}

impl Community {
    /// A community with just a name, at a position.
    pub fn new(id: Id, name: impl Into<String>, pos: Point) -> Self {
        Self {
            id,
            name: name.into(),
            practice: String::new(),
            size: None,
            key_people: Vec::new(),
            terms: Vec::new(),
            values: String::new(),
            colour: Colour::default(),
            pos,
            pinned: false,
        }
    }
}

/// Someone who matters to the communities without being one: a manager, a
/// training department, a policy maker, a team asking for help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    /// Its identity.
    pub id: Id,
    /// What the room calls them.
    pub name: String,
    /// Their role.
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: String,
    /// What they want from the communities.
    #[serde(default, skip_serializing_if = "is_default")]
    pub wants: String,
    /// Their colour on the canvas.
    #[serde(default = "neutral")]
    pub colour: Colour,
    /// Their centre on the canvas.
    #[serde(default)]
    pub pos: Point,
    /// Kept where the facilitator put it when the map is tidied.
    #[serde(default, skip_serializing_if = "is_default")]
    pub pinned: bool,
}

fn neutral() -> Colour {
    Colour::NEUTRAL
}

impl Stakeholder {
    /// A stakeholder with just a name, at a position.
    pub fn new(id: Id, name: impl Into<String>, pos: Point) -> Self {
        Self {
            id,
            name: name.into(),
            role: String::new(),
            wants: String::new(),
            colour: Colour::NEUTRAL,
            pos,
            pinned: false,
        }
    }
}
