//! GraphML, the XML graph format Gephi, yEd, Cytoscape and networkx read.
//! Every value has a typed key (`attr.type`), so numbers arrive as numbers.
//! The attribute names Gephi knows (`label`, `x`, `y`, `r`, `g`, `b`) are
//! used where they fit, so that it shows names, places and colours at once.

use std::fmt::Write as _;

use super::network::{Edge, Network, Node, Tensions};
use crate::export::xml::escape;
use crate::export::{Prepared, left_out_words};

/// The keys: id, what it belongs to, its name, its type.
const KEYS: [(&str, &str, &str, &str); 19] = [
    ("n_kind", "node", "kind", "string"),
    ("n_label", "node", "label", "string"),
    ("n_description", "node", "description", "string"),
    ("n_status", "node", "status", "string"),
    ("n_colour", "node", "colour", "string"),
    ("n_r", "node", "r", "int"),
    ("n_g", "node", "g", "int"),
    ("n_b", "node", "b", "int"),
    ("n_x", "node", "x", "double"),
    ("n_y", "node", "y", "double"),
    ("n_open", "node", "open tensions", "int"),
    ("n_severity", "node", "severity", "int"),
    ("n_tensions", "node", "tensions", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_open", "edge", "open tensions", "int"),
    ("e_severity", "edge", "severity", "int"),
    ("e_tensions", "edge", "tensions", "string"),
    ("e_weight", "edge", "weight", "double"),
];

/// The map as GraphML. The same map always gives the same text.
pub fn graphml(p: &Prepared) -> String {
    let net = Network::of(&p.map);
    let mut out = String::with_capacity(512 + 400 * (net.nodes.len() + net.edges.len()));
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    let mut desc = p.map.meta.title.clone();
    if let Some(words) = left_out_words(p.left_out) {
        desc = format!("{desc}. {words}");
    }
    let _ = writeln!(out, "  <desc>{}</desc>", escape(&desc));
    for (id, owner, name, kind) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{owner}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
        );
    }
    out.push_str("  <graph id=\"map\" edgedefault=\"undirected\">\n");
    for node in &net.nodes {
        write_node(&mut out, node);
    }
    for edge in &net.edges {
        write_edge(&mut out, edge);
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn write_node(out: &mut String, n: &Node) {
    let _ = writeln!(out, "    <node id=\"{}\">", escape(&n.id));
    data(out, "n_kind", n.kind);
    data(out, "n_label", &n.label);
    if !n.description.is_empty() {
        data(out, "n_description", &n.description);
    }
    if !n.status.is_empty() {
        data(out, "n_status", &n.status);
    }
    if let Some(c) = n.colour {
        data(out, "n_colour", &c.to_string());
        data(out, "n_r", &c.r.to_string());
        data(out, "n_g", &c.g.to_string());
        data(out, "n_b", &c.b.to_string());
    }
    if let Some(p) = n.pos {
        data(out, "n_x", &p.x.to_string());
        data(out, "n_y", &p.y.to_string());
    }
    if n.kind == "Boundary" {
        tension_data(out, "n", &n.tensions);
    }
    out.push_str("    </node>\n");
}

fn write_edge(out: &mut String, e: &Edge) {
    let _ = writeln!(
        out,
        "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
        escape(&e.id),
        escape(&e.from),
        escape(&e.to)
    );
    data(out, "e_kind", e.kind);
    if !e.label.is_empty() {
        data(out, "e_label", &e.label);
    }
    if e.kind == "Boundary" {
        tension_data(out, "e", &e.tensions);
        // Heavier where more is open, so that a weighted layout pulls
        // the hottest boundaries together.
        data(out, "e_weight", &(1 + e.tensions.open).to_string());
    } else {
        data(out, "e_weight", "1");
    }
    out.push_str("    </edge>\n");
}

fn tension_data(out: &mut String, prefix: &str, t: &Tensions) {
    data(out, &format!("{prefix}_open"), &t.open.to_string());
    data(out, &format!("{prefix}_severity"), &t.severity.to_string());
    if !t.statements.is_empty() {
        data(
            out,
            &format!("{prefix}_tensions"),
            &t.statements.join(" | "),
        );
    }
}

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}
