//! Graph formats for network tools: GraphML (Gephi, yEd) and node and edge
//! lists (Kumu, spreadsheets). Both are written from one [`Network`] made
//! from the prepared map, so the two always agree.
//!
//! Communities, stakeholders and activities are nodes. A boundary between
//! two parties is an edge; a boundary between three or more is a node of
//! its own, joined to each side, since an edge has only two ends. An
//! activity is joined to the parties of the boundaries it serves (or to a
//! boundary's own node).

mod graphml;
mod lists;
mod network;
#[cfg(test)]
mod tests;

pub use graphml::graphml;
pub use lists::network_csv;
pub use network::{Edge, Network, Node};
