//! Activities: proposed ways for communities to work across a boundary.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Date, Id, is_default};

/// A proposed way to work across one or more boundaries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Its identity.
    pub id: Id,
    /// What sort of activity it is.
    pub kind: ActivityKind,
    /// A short title.
    pub title: String,
    /// What happens in it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub description: String,
    /// The boundaries it works across.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub boundaries: Vec<Id>,
    /// The tensions it means to ease.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub tensions: Vec<Id>,
    /// The communities and stakeholders taking part.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub participants: Vec<Id>,
    /// Who hosts or guides it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub host: String,
    /// Who makes sure it happens.
    #[serde(default, skip_serializing_if = "is_default")]
    pub owner: String,
    /// How far it has got.
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ActivityStatus,
    /// When it takes place.
    #[serde(default, skip_serializing_if = "is_default")]
    pub date: Option<Date>,
    /// How much it asks of the people taking part.
    #[serde(default, skip_serializing_if = "is_default")]
    pub commitment: Commitment,
    /// What each side expects to get out of it.
    #[serde(default, skip_serializing_if = "is_default")]
    #[serde(deserialize_with = "crate::model::limit::list")]
    pub expectations: Vec<Expectation>,
}

impl Activity {
    /// An idea for an activity of this kind, serving these boundaries.
    pub fn new(id: Id, kind: ActivityKind, title: impl Into<String>, boundaries: Vec<Id>) -> Self {
        Self {
            id,
            kind,
            title: title.into(),
            description: String::new(),
            boundaries,
            tensions: Vec::new(),
            participants: Vec::new(),
            host: String::new(),
            owner: String::new(),
            status: ActivityStatus::default(),
            date: None,
            commitment: Commitment::default(),
            expectations: Vec::new(),
        }
    }
}

/// The ways of working across a boundary that the guide describes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActivityKind {
    /// Something simple and useful to every side at once, for practices in open conflict.
    Breakthrough,
    /// A concrete joint task that needs both practices.
    BoundaryProject,
    /// One shared position on an outside change.
    JointResponse,
    /// Answering an outsider who asks for the communities' view.
    RequestForOpinion,
    /// Seeing another practice where it happens: a visit, field trip or learning expedition.
    Visit,
    /// A workshop or training session that opens the practice to others.
    Workshop,
    /// Regular training whose content the community supplies and a training unit delivers.
    OutsourcedTraining,
    /// A path from membership to an official certificate.
    Certification,
    /// A kind the facilitator names.
    Other(String),
}

impl ActivityKind {
    /// Every kind the guide names, in the order a picker shows them.
    pub const NAMED: [ActivityKind; 8] = [
        ActivityKind::Breakthrough,
        ActivityKind::BoundaryProject,
        ActivityKind::JointResponse,
        ActivityKind::RequestForOpinion,
        ActivityKind::Visit,
        ActivityKind::Workshop,
        ActivityKind::OutsourcedTraining,
        ActivityKind::Certification,
    ];

    /// A short name to show.
    pub fn label(&self) -> &str {
        match self {
            Self::Breakthrough => "Breakthrough activity",
            Self::BoundaryProject => "Boundary project",
            Self::JointResponse => "Joint response",
            Self::RequestForOpinion => "Request for opinion",
            Self::Visit => "Visit or field trip",
            Self::Workshop => "Workshop or training",
            Self::OutsourcedTraining => "Outsourced training",
            Self::Certification => "Certification",
            Self::Other(name) => name,
        }
    }

    /// One line on when the kind fits.
    pub fn explanation(&self) -> &'static str {
        match self {
            Self::Breakthrough => {
                "A small, light task that helps every side at once when talk has stalled."
            }
            Self::BoundaryProject => {
                "A real joint task that needs both practices; learning comes with the work."
            }
            Self::JointResponse => {
                "Agree one position on an outside change; disagreement along the way is useful."
            }
            Self::RequestForOpinion => {
                "Give outsiders the communities' view on a decision that affects them."
            }
            Self::Visit => "Go and see the other practice at work, with a local guide.",
            Self::Workshop => "Give members or outsiders a way into the practice.",
            Self::OutsourcedTraining => {
                "The community writes the content; a training unit runs it regularly."
            }
            Self::Certification => "Let membership lead to a recognised certificate.",
            Self::Other(_) => "A kind of your own.",
        }
    }
}

impl fmt::Display for ActivityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How far an activity has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ActivityStatus {
    /// Just an idea.
    #[default]
    Idea,
    /// Put to the communities.
    Proposed,
    /// The communities said yes.
    Agreed,
    /// It has a date.
    Scheduled,
    /// It took place.
    Done,
    /// It will not happen.
    Dropped,
}

impl ActivityStatus {
    /// Every status, in order.
    pub const ALL: [ActivityStatus; 6] = [
        Self::Idea,
        Self::Proposed,
        Self::Agreed,
        Self::Scheduled,
        Self::Done,
        Self::Dropped,
    ];

    /// The status in a word, as people see it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Idea => "Idea",
            Self::Proposed => "Proposed",
            Self::Agreed => "Agreed",
            Self::Scheduled => "Scheduled",
            Self::Done => "Done",
            Self::Dropped => "Dropped",
        }
    }
}

/// How much an activity asks of the people taking part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Commitment {
    /// A little time, no lasting obligation.
    #[default]
    Light,
    /// Real time and effort over a while.
    Substantial,
}

/// What one side expects to get from an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The community or stakeholder expecting it.
    pub party: Id,
    /// The sort of value, if the facilitator names one.
    #[serde(default, skip_serializing_if = "is_default")]
    pub value: Option<ValueKind>,
    /// The value in their words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub note: String,
}

/// Sorts of value an activity can create, after the Wenger-Trayner value
/// creation framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ValueKind {
    /// Useful in itself, right away.
    Immediate,
    /// Something that may pay off later: skills, contacts, ideas.
    Potential,
    /// Put to use in practice.
    Applied,
    /// Shows in results that matter.
    #[serde(alias = "Realised")]
    Realized,
    /// Changes how people see their work.
    Transformative,
    /// Helps the organisation set its direction.
    Strategic,
    /// Makes other work possible.
    Enabling,
}

impl ValueKind {
    /// Every sort, in order.
    pub const ALL: [ValueKind; 7] = [
        Self::Immediate,
        Self::Potential,
        Self::Applied,
        Self::Realized,
        Self::Transformative,
        Self::Strategic,
        Self::Enabling,
    ];
}
