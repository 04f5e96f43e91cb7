//! Boundaries between practices, and what crosses them: boundary objects and
//! the brokers who carry practice from one side to the other.

use serde::{Deserialize, Serialize};

use super::{Id, is_default};

/// Where two or more practices meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Boundary {
    /// Its identity.
    pub id: Id,
    /// The communities and stakeholders it lies between: two or more, each once.
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub between: Vec<Id>,
    /// A short name for it, if the room gave one.
    #[serde(default, skip_serializing_if = "is_default")]
    pub label: String,
    /// How far the sides have got in learning across it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub progress: Progress,
    /// Anything else the facilitator wants to remember about it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: String,
}

impl Boundary {
    /// A boundary between these parties, with no label.
    pub fn new(id: Id, between: Vec<Id>) -> Self {
        Self {
            id,
            between,
            label: String::new(),
            progress: Progress::default(),
            note: String::new(),
        }
    }
}

/// How far learning across a boundary has come, after the four learning
/// mechanisms at boundaries (Akkerman and Bakker, 2011). Each stage builds on
/// the ones before it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum Progress {
    /// Nothing yet: the boundary has only just been named.
    #[default]
    NotStarted,
    /// The sides see how their practices differ.
    Identification,
    /// Crossing is becoming smooth: translations, routines, shared forms.
    Coordination,
    /// The sides take each other's perspective.
    Reflection,
    /// A new joint practice is forming.
    Transformation,
}

impl Progress {
    /// Every stage, in order.
    pub const ALL: [Progress; 5] = [
        Progress::NotStarted,
        Progress::Identification,
        Progress::Coordination,
        Progress::Reflection,
        Progress::Transformation,
    ];
}

/// An artefact that each side reads its own way but that still holds the
/// sides together: referral guidelines, a glossary, a shared form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryObject {
    /// Its identity.
    pub id: Id,
    /// What it is called.
    pub name: String,
    /// What it is and how each side uses it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub description: String,
    /// The boundaries it crosses.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub boundaries: Vec<Id>,
}

/// A person who belongs to several communities and carries practice between
/// them. A boundary with no broker is fragile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Broker {
    /// Its identity.
    pub id: Id,
    /// The person's name.
    pub name: String,
    /// The communities they belong to.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub communities: Vec<Id>,
    /// The boundaries they broker.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub boundaries: Vec<Id>,
    /// Anything else worth knowing about them.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: String,
}
