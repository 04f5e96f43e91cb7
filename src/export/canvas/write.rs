//! Writes a map as a JSON Canvas file: every item as the node or edge
//! another tool shows, with what Convene knows about it under `convene`.

use serde_json::{Map as Object, Value, json};

use super::schema::{self, CONVENE, Payload, Top};
use crate::app::canvas::scene::Scene;
use crate::export::Prepared;
use crate::model::{Colour, Id, Map};

/// Where a node is and how big, in canvas pixels.
#[derive(Clone, Copy)]
struct Frame {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Frame {
    fn centred(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self {
            x: f64::from(x) - f64::from(w) / 2.0,
            y: f64::from(y) - f64::from(h) / 2.0,
            w: f64::from(w),
            h: f64::from(h),
        }
    }

    fn of(rect: eframe::egui::Rect) -> Self {
        Self {
            x: rect.min.x.into(),
            y: rect.min.y.into(),
            w: rect.width().into(),
            h: rect.height().into(),
        }
    }
}

/// The size of the small node that stands for a boundary of three or more
/// parties.
const BOUNDARY_NODE: (f32, f32) = (160.0, 60.0);

/// The map as a JSON Canvas file. Only `p.map` is written; the same map
/// always gives the same bytes.
pub fn write(p: &Prepared) -> String {
    let map = &p.map;
    let scene = Scene::new(map);
    let mut out = Writer {
        map,
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    out.board_and_parties();
    out.boundaries(&scene);
    out.activities(&scene);
    out.kept_edges();
    let top = Top {
        title: map.meta.title.clone(),
        purpose: map.meta.purpose.clone(),
        facilitator: map.meta.facilitator.clone(),
        date: map.meta.date,
        place: map.meta.place.clone(),
        objects: map.objects.iter().cloned().collect(),
        brokers: map.brokers.iter().cloned().collect(),
        views: map.views.clone(),
    };
    let mut file = Object::new();
    file.insert("nodes".into(), Value::Array(out.nodes));
    file.insert("edges".into(), Value::Array(out.edges));
    file.insert(CONVENE.into(), to_value(&top));
    merge(&mut file, &map.kept.canvas_top);
    let mut text = serde_json::to_string_pretty(&Value::Object(file)).unwrap_or_default();
    text.push('\n');
    text
}

struct Writer<'a> {
    map: &'a Map,
    nodes: Vec<Value>,
    edges: Vec<Value>,
}

impl Writer<'_> {
    /// Groups first (they lie underneath), then communities, stakeholders
    /// and notes.
    fn board_and_parties(&mut self) {
        let map = self.map;
        for g in map.groups.iter() {
            let frame = Frame {
                x: g.pos.x.into(),
                y: g.pos.y.into(),
                w: g.size.w.into(),
                h: g.size.h.into(),
            };
            let mut node = self.node(g.id, "group", frame, Some(g.colour));
            node.insert("label".into(), g.label.clone().into());
            self.push_node(g.id, node, Payload::Group(g.clone()));
        }
        // Parties are drawn centred on their position at a fixed size.
        let hot = |w: f32, h: f32, at: crate::model::Point| Frame::centred(at.x, at.y, w, h);
        for c in map.communities.iter() {
            let d = 2.0 * crate::app::canvas::shapes::COMMUNITY_RADIUS;
            let mut node = self.node(c.id, "text", hot(d, d, c.pos), Some(c.colour));
            node.insert("text".into(), c.name.clone().into());
            self.push_node(c.id, node, Payload::Community(c.clone()));
        }
        for s in map.stakeholders.iter() {
            let size = crate::app::canvas::shapes::STAKEHOLDER_SIZE;
            let frame = hot(size.x, size.y, s.pos);
            let mut node = self.node(s.id, "text", frame, Some(s.colour));
            node.insert("text".into(), s.name.clone().into());
            self.push_node(s.id, node, Payload::Stakeholder(s.clone()));
        }
        for n in map.notes.iter() {
            let frame = Frame {
                x: n.pos.x.into(),
                y: n.pos.y.into(),
                w: n.size.w.into(),
                h: n.size.h.into(),
            };
            let kept = self.kept(n.id);
            let (kind, text) = match (kept.get("file"), kept.get("url")) {
                (Some(Value::String(f)), _) if file_text(&kept, f) == n.text => ("file", false),
                (_, Some(Value::String(u))) if *u == n.text => ("link", false),
                _ => ("text", true),
            };
            let mut node = self.node(n.id, kind, frame, Some(n.colour));
            if text {
                node.insert("text".into(), n.text.clone().into());
            }
            self.push_node(n.id, node, Payload::Note(n.clone()));
        }
    }

    /// Boundaries between two parties as labelled edges; between more, as
    /// a small node joined to each.
    fn boundaries(&mut self, scene: &Scene) {
        let map = self.map;
        for b in map.boundaries.iter() {
            let payload = Payload::Boundary {
                boundary: b.clone(),
                tensions: map.tensions_on(b.id).cloned().collect(),
            };
            if let [from, to] = b.between[..] {
                let mut edge = Object::new();
                edge.insert("id".into(), self.canvas_id(b.id).into());
                edge.insert("fromNode".into(), self.canvas_id(from).into());
                edge.insert("toNode".into(), self.canvas_id(to).into());
                if !b.label.is_empty() {
                    edge.insert("label".into(), b.label.clone().into());
                }
                edge.insert(CONVENE.into(), to_value(&payload));
                merge(&mut edge, self.kept_text(b.id));
                // A boundary has no direction: no arrow, unless the file it
                // came from drew one.
                edge.entry("toEnd").or_insert_with(|| "none".into());
                self.edges.push(Value::Object(edge));
                continue;
            }
            let centre = scene.entry(b.id).map_or_else(
                || middle(map, &b.between),
                |e| (e.hot.center().x, e.hot.center().y),
            );
            let (w, h) = BOUNDARY_NODE;
            let frame = Frame::centred(centre.0, centre.1, w, h);
            let mut node = self.node(b.id, "text", frame, None);
            node.insert("text".into(), map.boundary_title(b).into());
            self.push_node(b.id, node, Payload::Marks(b.id));
            let mut payload = Some(payload);
            for &party in &b.between {
                let on = payload.take().unwrap_or(Payload::Joins(b.id));
                self.join(b.id, party, on);
            }
        }
    }

    /// Activity cards, each joined to the parties of its boundaries.
    fn activities(&mut self, scene: &Scene) {
        let map = self.map;
        for a in map.activities.iter() {
            let frame = scene.entry(a.id).map_or_else(
                || {
                    let size = crate::app::canvas::shapes::CARD_SIZE;
                    let sides: Vec<Id> = a
                        .boundaries
                        .iter()
                        .filter_map(|&b| map.boundaries.get(b))
                        .flat_map(|b| b.between.iter().copied())
                        .collect();
                    let (x, y) = middle(map, &sides);
                    Frame::centred(x, y, size.x, size.y)
                },
                |e| Frame::of(e.hot),
            );
            let mut node = self.node(a.id, "text", frame, None);
            let text = format!("{}\n\n{}", a.title, a.kind.label());
            node.insert("text".into(), text.into());
            self.push_node(a.id, node, Payload::Activity(a.clone()));
            let mut parties: Vec<Id> = Vec::new();
            for b in a.boundaries.iter().filter_map(|&b| map.boundaries.get(b)) {
                for &party in &b.between {
                    if !parties.contains(&party) {
                        parties.push(party);
                    }
                }
            }
            for party in parties {
                self.join(a.id, party, Payload::Joins(a.id));
            }
        }
    }

    /// The lines of the file this map came from that Convene does not
    /// draw, when both their ends are still here.
    fn kept_edges(&mut self) {
        let present: std::collections::HashSet<String> = self
            .nodes
            .iter()
            .filter_map(|n| n.get("id").and_then(Value::as_str).map(str::to_owned))
            .collect();
        for text in &self.map.kept.canvas_edges {
            let Ok(Value::Object(edge)) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            let end = |key: &str| edge.get(key).and_then(Value::as_str);
            if [end("fromNode"), end("toNode")]
                .iter()
                .all(|e| e.is_some_and(|id| present.contains(id)))
            {
                self.edges.push(Value::Object(edge));
            }
        }
    }

    /// A line from an item shown as a node to one of its parties.
    fn join(&mut self, item: Id, party: Id, payload: Payload) {
        let mut edge = Object::new();
        let from = self.canvas_id(item);
        edge.insert(
            "id".into(),
            format!("{from}-{}", self.canvas_id(party)).into(),
        );
        edge.insert("fromNode".into(), from.into());
        edge.insert("toNode".into(), self.canvas_id(party).into());
        edge.insert("toEnd".into(), "none".into());
        edge.insert(CONVENE.into(), to_value(&payload));
        self.edges.push(Value::Object(edge));
    }

    /// A node's common fields.
    fn node(
        &self,
        id: Id,
        kind: &str,
        frame: Frame,
        colour: Option<Colour>,
    ) -> Object<String, Value> {
        let mut node = Object::new();
        node.insert("id".into(), self.canvas_id(id).into());
        node.insert("type".into(), kind.into());
        node.insert("x".into(), number(frame.x));
        node.insert("y".into(), number(frame.y));
        node.insert("width".into(), number(frame.w));
        node.insert("height".into(), number(frame.h));
        if let Some(colour) = colour {
            let kept = self.kept(id);
            let text = match kept.get("color").and_then(Value::as_str) {
                Some(preset)
                    if schema::is_preset(preset) && schema::colour_of(preset) == Some(colour) =>
                {
                    preset.to_owned()
                }
                _ => colour.to_string(),
            };
            node.insert("color".into(), text.into());
        }
        node
    }

    /// Adds what Convene knows and what was kept, and keeps the node.
    fn push_node(&mut self, id: Id, mut node: Object<String, Value>, payload: Payload) {
        node.insert(CONVENE.into(), to_value(&payload));
        merge(&mut node, self.kept_text(id));
        self.nodes.push(Value::Object(node));
    }

    fn kept_text(&self, id: Id) -> &str {
        self.map
            .kept
            .canvas_fields
            .get(&id)
            .map_or("", String::as_str)
    }

    fn kept(&self, id: Id) -> Object<String, Value> {
        match serde_json::from_str(self.kept_text(id)) {
            Ok(Value::Object(o)) => o,
            _ => Object::new(),
        }
    }

    /// The id a node or edge has in the file: the one it came with, or
    /// Convene's own.
    fn canvas_id(&self, id: Id) -> String {
        match self.kept(id).get("id") {
            Some(Value::String(s)) => s.clone(),
            _ => id.to_string(),
        }
    }
}

/// The text a note made from a file node has: the file and its subpath.
pub(super) fn file_text(node: &Object<String, Value>, file: &str) -> String {
    match node.get("subpath").and_then(Value::as_str) {
        Some(sub) => format!("{file}{sub}"),
        None => file.to_owned(),
    }
}

/// Adds the kept fields (a JSON object's text) that the object does not
/// already have.
fn merge(object: &mut Object<String, Value>, kept: &str) {
    if kept.is_empty() {
        return;
    }
    if let Ok(Value::Object(kept)) = serde_json::from_str::<Value>(kept) {
        for (key, value) in kept {
            object.entry(key).or_insert(value);
        }
    }
}

/// The middle of some parties, for items the scene does not place.
fn middle(map: &Map, parties: &[Id]) -> (f32, f32) {
    let points: Vec<_> = map
        .placed()
        .filter(|(id, _)| parties.contains(id))
        .map(|(_, p)| p)
        .collect();
    let n = points.len().max(1) as f32;
    let sum = points
        .iter()
        .fold((0.0, 0.0), |s, p| (s.0 + p.x, s.1 + p.y));
    (sum.0 / n, sum.1 / n)
}

/// A whole number of pixels, as the format asks.
fn number(v: f64) -> Value {
    let r = v.round();
    if r.abs() < 9.0e15 {
        json!(r as i64)
    } else {
        serde_json::Number::from_f64(r).map_or(Value::Null, Value::Number)
    }
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}
