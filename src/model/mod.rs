//! The map model: communities, stakeholders, boundaries, tensions,
//! activities and the rest, with no knowledge of windows or files.

mod activity;
mod board;
mod boundary;
mod colour;
mod comments;
mod conflict;
mod date;
mod geometry;
mod id;
mod item;
mod items;
mod kept;
pub mod limit;
mod map;
mod meta;
mod party;
mod playbook;
pub mod query;
mod tension;
mod text_value;
mod validate;
mod view;
mod warnings;

pub use activity::{Activity, ActivityKind, ActivityStatus, Commitment, Expectation, ValueKind};
pub use board::{Group, Note};
pub use boundary::{Boundary, BoundaryObject, Broker, Progress};
pub use colour::Colour;
pub use comments::{Anchor, Attached, Comments, LostComment};
pub use conflict::Conflict;
pub use date::Date;
pub use geometry::{Point, Size};
pub use id::{Id, IdBuildHasher, IdError};
pub use item::{Item, ItemKind, ItemRef};
pub use items::{Identified, Items};
pub use kept::Kept;
pub use map::{Counts, Map};
pub use meta::Meta;
pub use party::{Community, Stakeholder};
pub use playbook::{Suggestion, new_activity, suggest};
pub use tension::{Severity, SeverityError, Tension, TensionKind, TensionStatus};
pub use validate::{Problem, ProblemKind, Reference, check_item, check_map};
pub use view::{Reveal, SavedView};
pub use warnings::{Warning, WarningKind, warnings};

/// Whether a value is its type's default, so that files leave it out.
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
