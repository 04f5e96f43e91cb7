//! Saved views: named regions of the map, with what they show, that a
//! facilitator steps through while presenting.

use serde::{Deserialize, Serialize};

use super::query::Filter;
use super::{Point, Size, is_default};

/// A named view of the map: the region to show, the filter, and how much
/// of the map is revealed, so that a talk can build up step by step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedView {
    /// What the facilitator calls it ("The referral loop").
    pub name: String,
    /// The middle of the region, in map coordinates.
    pub centre: Point,
    /// The region's width and height in map units. Any window shows at least
    /// all of it, keeping its proportions.
    pub size: Size,
    /// How much of the map shows.
    #[serde(default, skip_serializing_if = "is_default")]
    pub reveal: Reveal,
    /// What is picked out; the rest fades or hides as the filter says.
    #[serde(default, skip_serializing_if = "is_default")]
    pub filter: Filter,
}

impl SavedView {
    /// A view of the whole region with nothing filtered and everything
    /// revealed.
    pub fn new(name: impl Into<String>, centre: Point, size: Size) -> Self {
        Self {
            name: name.into(),
            centre,
            size,
            reveal: Reveal::default(),
            filter: Filter::default(),
        }
    }

    /// Whether the view can be shown: a finite centre and a real size.
    pub fn is_valid(&self) -> bool {
        self.centre.is_finite() && self.size.is_valid()
    }
}

/// How much of the map a view reveals. Each step shows everything the one
/// before it does.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum Reveal {
    /// Communities and stakeholders only (with notes and groups).
    Communities,
    /// Plus the boundaries between them.
    Boundaries,
    /// Plus the tensions on the boundaries.
    Tensions,
    /// Everything, activities included.
    #[default]
    Activities,
}

impl Reveal {
    /// Every level, from least to most.
    pub const ALL: [Reveal; 4] = [
        Self::Communities,
        Self::Boundaries,
        Self::Tensions,
        Self::Activities,
    ];

    /// The level in a few words, as people see it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Communities => "Communities only",
            Self::Boundaries => "Plus boundaries",
            Self::Tensions => "Plus tensions",
            Self::Activities => "Everything",
        }
    }

    /// Whether items of this kind show at this level.
    pub fn shows(self, kind: super::ItemKind) -> bool {
        use super::ItemKind as K;
        let needs = match kind {
            K::Community | K::Stakeholder | K::Note | K::Group => Self::Communities,
            K::Boundary | K::Object | K::Broker => Self::Boundaries,
            K::Tension => Self::Tensions,
            K::Activity => Self::Activities,
        };
        self >= needs
    }
}
