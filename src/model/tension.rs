//! Tensions: the difficulties a facilitator records at a boundary.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Id, is_default};

/// A difficulty at a boundary, as one community sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tension {
    /// Its identity.
    pub id: Id,
    /// The boundary it belongs to.
    pub boundary: Id,
    /// What sort of difficulty it is.
    pub kind: TensionKind,
    /// How much it hurts, 1 (mild) to 5 (severe).
    pub severity: Severity,
    /// Whose view it is: the community or stakeholder that raised it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub raised_by: Option<Id>,
    /// Whether it is still felt.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: TensionStatus,
    /// What the room said, in its own short words: "They never read our
    /// discharge notes". Shown on the canvas and in the table.
    #[serde(default, skip_serializing_if = "is_default")]
    pub statement: String,
    /// What was said about it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: String,
    /// Kept out of anything exported for sharing.
    #[serde(default, skip_serializing_if = "is_default")]
    pub confidential: bool,
}

impl Tension {
    /// An open tension of this kind and severity on a boundary.
    pub fn new(id: Id, boundary: Id, kind: TensionKind, severity: Severity) -> Self {
        Self {
            id,
            boundary,
            kind,
            severity,
            raised_by: None,
            status: TensionStatus::default(),
            statement: String::new(),
            note: String::new(),
            confidential: false,
        }
    }
}

/// The sorts of difficulty found at boundaries between practices.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TensionKind {
    /// One side misreads what the other does or says.
    Misunderstanding,
    /// The sides look at the same matter from views that collide.
    ClashingPerspectives,
    /// One side distrusts the other's intentions.
    Suspicion,
    /// What is good for one side costs the other.
    ConflictOfInterest,
    /// The sides use different words, or the same word differently.
    Terminology,
    /// One side is unsure what drives the other or what it values.
    UnclearMotivation,
    /// One side holds a fixed picture of the other.
    Stereotypes,
    /// A kind the facilitator names.
    Other(String),
}

impl TensionKind {
    /// Every kind the guide names, in the order a picker shows them.
    pub const NAMED: [TensionKind; 7] = [
        TensionKind::Misunderstanding,
        TensionKind::ClashingPerspectives,
        TensionKind::Suspicion,
        TensionKind::ConflictOfInterest,
        TensionKind::Terminology,
        TensionKind::UnclearMotivation,
        TensionKind::Stereotypes,
    ];

    /// A short name to show.
    pub fn label(&self) -> &str {
        match self {
            Self::Misunderstanding => "Misunderstanding",
            Self::ClashingPerspectives => "Clashing perspectives",
            Self::Suspicion => "Suspicion",
            Self::ConflictOfInterest => "Conflict of interest",
            Self::Terminology => "Different terms",
            Self::UnclearMotivation => "Unclear motives or values",
            Self::Stereotypes => "Stereotypes",
            Self::Other(name) => name,
        }
    }

    /// One line on what the kind means.
    pub fn explanation(&self) -> &'static str {
        match self {
            Self::Misunderstanding => "One side misreads what the other does or says.",
            Self::ClashingPerspectives => "Both look at the same matter and see it differently.",
            Self::Suspicion => "One side doubts the other's intentions.",
            Self::ConflictOfInterest => "What helps one side costs the other.",
            Self::Terminology => "Words need translating between the sides.",
            Self::UnclearMotivation => "One side cannot tell what drives the other.",
            Self::Stereotypes => "One side holds a fixed picture of the other.",
            Self::Other(_) => "A kind of your own.",
        }
    }
}

impl fmt::Display for TensionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How severe a tension is: a whole number from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Severity(u8);

impl Severity {
    /// The mildest severity.
    pub const MIN: Severity = Severity(1);
    /// The most severe.
    pub const MAX: Severity = Severity(5);

    /// The severity `value`, if it is from 1 to 5.
    pub fn new(value: u8) -> Result<Self, SeverityError> {
        if (1..=5).contains(&value) {
            Ok(Self(value))
        } else {
            Err(SeverityError(value))
        }
    }

    /// The number, 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for Severity {
    fn default() -> Self {
        Self(3)
    }
}

impl TryFrom<u8> for Severity {
    type Error = SeverityError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Severity> for u8 {
    fn from(value: Severity) -> u8 {
        value.0
    }
}

/// A severity outside 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("severity {0} is out of range: it goes from 1 (mild) to 5 (severe)")]
pub struct SeverityError(pub u8);

/// Whether a tension is still felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TensionStatus {
    /// Felt now.
    #[default]
    Open,
    /// Getting better.
    Easing,
    /// No longer felt.
    Resolved,
}

impl TensionStatus {
    /// Every status, in order.
    pub const ALL: [TensionStatus; 3] = [Self::Open, Self::Easing, Self::Resolved];

    /// The status in a word, as people see it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::Easing => "Easing",
            Self::Resolved => "Resolved",
        }
    }

    /// Whether the tension is still felt (open or easing).
    pub fn is_open(self) -> bool {
        self != Self::Resolved
    }
}
