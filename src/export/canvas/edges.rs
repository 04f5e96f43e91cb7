//! Reads a canvas's edges: the lines Convene wrote come back as the
//! boundaries they were; a line another tool drew between two communities
//! becomes a boundary; any other line is kept to be written back.

use serde_json::{Map as Object, Value};

use super::messages::{CanvasError, place};
use super::read::{Reader, Stands, object_with_id, pair, text_field};
use super::schema::{EDGE_OWN, Payload};
use crate::model::Boundary;

impl Reader {
    /// One edge.
    pub(super) fn edge(&mut self, index: usize, edge: Value) -> Result<(), CanvasError> {
        let (cid, mut obj) = object_with_id("Edge", index, edge)?;
        let at = place("Edge", Some(&cid), index);
        match self.payload(&mut obj, &at) {
            Some(Payload::Joins(_)) => Ok(()),
            Some(mut payload @ Payload::Boundary { .. }) => {
                if super::edited::take_edits(&mut payload, &obj) {
                    self.edited += 1;
                }
                let Payload::Boundary { boundary, tensions } = payload else {
                    return Ok(());
                };
                let (id, sides) = (boundary.id, boundary.between.len());
                self.boundary_with(boundary, tensions, &at)?;
                // A boundary of three or more parties keeps its fields on
                // the node that stands for it.
                if sides == 2 {
                    self.keep(id, &cid, without_plain_end(obj), &EDGE_OWN);
                }
                Ok(())
            }
            Some(_) => Err(CanvasError::Field {
                place: at,
                problem: "its Convene data belongs on a node, not a line.".to_owned(),
            }),
            None => self.foreign_edge(&cid, obj, &at),
        }
    }

    /// A line another tool drew.
    fn foreign_edge(
        &mut self,
        cid: &str,
        obj: Object<String, Value>,
        at: &str,
    ) -> Result<(), CanvasError> {
        let mut ends = Vec::with_capacity(2);
        for key in ["fromNode", "toNode"] {
            let Some(end) = text_field(&obj, key, at)? else {
                self.said.push(format!(
                    "{at} has no \"{key}\", so it joins nothing; it was left out."
                ));
                return Ok(());
            };
            let Some(&found) = self.ids.get(&end) else {
                self.said.push(format!(
                    "{at} joins \"{end}\", which is not a node in the file; it was left out."
                ));
                return Ok(());
            };
            ends.push(found);
        }
        let label = text_field(&obj, "label", at)?.unwrap_or_default();
        let [(a, sa), (b, sb)] = ends[..] else {
            return Ok(());
        };
        if sa != Stands::Party || sb != Stands::Party || a == b {
            self.untied += 1;
            self.kept.canvas_edges.push(Value::Object(obj).to_string());
            return Ok(());
        }
        if self.pairs.contains(&pair(a, b)) {
            self.said.push(format!(
                "{at} is a second line between the same two communities; Convene shows one boundary there, and keeps the line for when the map goes out as a canvas again."
            ));
            self.kept.canvas_edges.push(Value::Object(obj).to_string());
            return Ok(());
        }
        self.pairs.insert(pair(a, b));
        let id = self.fresh_id(cid);
        let mut boundary = Boundary::new(id, vec![a, b]);
        boundary.label = label;
        self.boundaries.push(boundary);
        self.keep(id, cid, without_plain_end(obj), &EDGE_OWN);
        Ok(())
    }
}

/// A boundary's edge without `"toEnd": "none"`, which Convene writes on
/// every boundary (a boundary has no direction).
fn without_plain_end(mut obj: Object<String, Value>) -> Object<String, Value> {
    if obj.get("toEnd").and_then(Value::as_str) == Some("none") {
        obj.remove("toEnd");
    }
    obj
}
