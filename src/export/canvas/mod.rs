//! JSON Canvas (`.canvas`), the open format of Obsidian and other tools,
//! both ways.
//!
//! Out: communities and stakeholders as text nodes, groups as group nodes,
//! notes as text nodes, boundaries as labelled edges (a boundary of three
//! or more parties as a small text node joined to each), activity cards as
//! text nodes joined to their boundaries' parties. Every node and edge
//! carries what Convene knows about it under one `convene` key, and the
//! file carries the map's facts, saved views, boundary objects and brokers
//! under its own, so that reading the file back gives the same map.
//!
//! In: any canvas becomes a map (see [`read`] for the rules), and what
//! Convene has no place for is kept on the map to be written back.

mod edges;
mod edited;
mod foreign;
mod messages;
mod prune;
mod read;
mod schema;
mod write;

pub use messages::CanvasError;
pub use read::{Imported, NAME_LIMIT, SIZE_LIMIT_MB, read};
pub use write::write;
