//! Warnings: states of a map that are allowed but probably not meant, such
//! as a tension raised by someone who is not on its boundary. A map with
//! warnings opens, saves and exports as usual; `convene check` and the
//! app's Problems panel list them so that a person can look.
//!
//! What "belongs" means here, from the model:
//! - the sides of a boundary are the communities and stakeholders in its
//!   `between` list; a tension's `raised_by` should be one of them;
//! - an activity serves the boundaries in its `boundaries` list; each
//!   tension it addresses should lie on one of them;
//! - the parties taking part in an activity are its `participants`, or,
//!   while that list is empty, the sides of the boundaries it serves; an
//!   expectation should come from one of them;
//! - an activity with participants listed should have at least one side
//!   of each boundary it serves among them;
//! - a broker belongs to the communities in its `communities` list; for
//!   each boundary it brokers, at least one of them should be a side (a
//!   broker with no communities recorded yet is not judged);
//! - two boundaries with the same sides, in any order, are one boundary
//!   drawn twice.
//!
//! Participants who are on none of the activity's boundaries are not
//! warned about: outsiders (a training unit, a policy maker) often take
//! part in joint responses and training.

mod checks;
mod words;

#[cfg(test)]
mod tests;

use std::fmt;

use super::{Id, Map};

/// One oddity on a map, in a facilitator's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What sort of oddity it is.
    pub kind: WarningKind,
    /// The item it is about.
    pub item: Id,
    /// The item that item refers to, where the oddity lies, if any.
    pub reference: Option<Id>,
    /// The field of `item` that holds the reference, as files spell it
    /// (`raised_by`, `tensions`, `party`, `boundaries`), for finding it in
    /// the text.
    pub field: Option<&'static str>,
    /// The oddity in plain words, naming items by name.
    pub message: String,
}

/// The sorts of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WarningKind {
    /// Two boundaries join exactly the same sides.
    SameSides,
    /// A tension is raised by someone who is not on its boundary.
    RaisedOffBoundary,
    /// An activity addresses a tension on a boundary it does not serve.
    TensionElsewhere,
    /// An activity records what someone expects from it who does not take
    /// part.
    ExpectationFromOutsider,
    /// A broker brokers a boundary without belonging to any of its sides.
    BrokerFromNeitherSide,
    /// An activity serves a boundary none of whose sides take part in it.
    NoSideTakesPart,
}

impl WarningKind {
    /// Every kind, in the order warnings are listed.
    pub const ALL: [WarningKind; 6] = [
        Self::SameSides,
        Self::RaisedOffBoundary,
        Self::TensionElsewhere,
        Self::ExpectationFromOutsider,
        Self::NoSideTakesPart,
        Self::BrokerFromNeitherSide,
    ];

    /// A few words for the kind, as a heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::SameSides => "Boundary drawn twice",
            Self::RaisedOffBoundary => "Raised from outside the boundary",
            Self::TensionElsewhere => "Tension on another boundary",
            Self::ExpectationFromOutsider => "Expectation from someone not taking part",
            Self::BrokerFromNeitherSide => "Broker from neither side",
            Self::NoSideTakesPart => "Neither side takes part",
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every warning for a map, item by item in map order (boundaries, then
/// tensions, activities and brokers). Takes time in proportion to the size
/// of the map.
pub fn warnings(map: &Map) -> Vec<Warning> {
    let mut out = Vec::new();
    checks::same_sides(map, &mut out);
    checks::raised_off_boundary(map, &mut out);
    checks::activities(map, &mut out);
    checks::brokers(map, &mut out);
    out
}
