//! Node and edge lists as CSV, laid out as Kumu imports them: the nodes
//! ("elements") start with `ID`, `Label`, `Type`, the edges
//! ("connections") with `From`, `To`, `Type`, where From and To are the
//! nodes' IDs. Any spreadsheet opens them too: UTF-8 with a byte order
//! mark, so that accents survive Excel. (Gephi reads the GraphML export,
//! which carries the same network with typed values.)

use super::network::{Network, Tensions};
use crate::export::{ExportError, Prepared};

/// The byte order mark that tells spreadsheet programs the file is UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

const NODE_HEADER: [&str; 11] = [
    "ID",
    "Label",
    "Type",
    "Description",
    "Status",
    "Colour",
    "X",
    "Y",
    "Open tensions",
    "Severity",
    "Tensions",
];

const EDGE_HEADER: [&str; 7] = [
    "From",
    "To",
    "Type",
    "Label",
    "Open tensions",
    "Severity",
    "Tensions",
];

/// The map as a node list and an edge list, both CSV. The same map always
/// gives the same bytes.
pub fn network_csv(p: &Prepared) -> Result<(Vec<u8>, Vec<u8>), ExportError> {
    let net = Network::of(&p.map);
    let mut nodes = writer();
    row(&mut nodes, NODE_HEADER)?;
    for n in &net.nodes {
        let boundary = n.kind == "Boundary";
        let (open, severity, tensions) = tension_cells(&n.tensions, boundary);
        row(
            &mut nodes,
            [
                n.id.clone(),
                n.label.clone(),
                n.kind.to_owned(),
                n.description.clone(),
                n.status.clone(),
                n.colour.map(|c| c.to_string()).unwrap_or_default(),
                n.pos.map(|p| p.x.to_string()).unwrap_or_default(),
                n.pos.map(|p| p.y.to_string()).unwrap_or_default(),
                open,
                severity,
                tensions,
            ],
        )?;
    }
    let mut edges = writer();
    row(&mut edges, EDGE_HEADER)?;
    for e in &net.edges {
        let (open, severity, tensions) = tension_cells(&e.tensions, e.kind == "Boundary");
        row(
            &mut edges,
            [
                e.from.clone(),
                e.to.clone(),
                e.kind.to_owned(),
                e.label.clone(),
                open,
                severity,
                tensions,
            ],
        )?;
    }
    Ok((finish(nodes)?, finish(edges)?))
}

/// The tension cells: filled for a boundary, empty for anything else.
fn tension_cells(t: &Tensions, boundary: bool) -> (String, String, String) {
    if boundary {
        // Kumu reads `|` as the separator of several values in one cell.
        (
            t.open.to_string(),
            t.severity.to_string(),
            t.statements.join(" | "),
        )
    } else {
        Default::default()
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec())
}

fn row<I, T>(w: &mut csv::Writer<Vec<u8>>, cells: I) -> Result<(), ExportError>
where
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    w.write_record(cells).map_err(failed)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    w.into_inner().map_err(|e| failed(e.into_error()))
}

fn failed(e: impl std::fmt::Display) -> ExportError {
    ExportError::Format(format!("The node and edge lists could not be written: {e}"))
}
