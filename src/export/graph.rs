//! Graph formats for network tools: GraphML, and node and edge lists.
//! PENDING: the export-dialog helper replaces this file.

use super::{ExportError, Prepared};

/// The map as GraphML.
pub fn graphml(_p: &Prepared) -> String {
    String::new()
}

/// The map as a node list and an edge list, both CSV.
pub fn network_csv(_p: &Prepared) -> Result<(Vec<u8>, Vec<u8>), ExportError> {
    pending("Node and edge lists")
}

fn pending<T>(what: &str) -> Result<T, ExportError> {
    Err(ExportError::Format(format!("{what} is not built yet.")))
}
