//! Reads any JSON Canvas file into a map. Nodes and edges that Convene
//! wrote come back exactly (with any name, text, place, size, colour or
//! label changed since in another tool); what other tools wrote is turned
//! into the nearest Convene items, and what has no place is kept to be
//! written back.
//!
//! A text node becomes a **community** when its text is one short line (at
//! most [`NAME_LIMIT`] characters once a Markdown heading mark such as `###`
//! is taken off); any other text node, and every file and link node,
//! becomes a **note** (a file or link note says the file or address). Group
//! nodes become groups; an edge between two communities becomes a
//! boundary with the edge's label.

use std::collections::{HashMap, HashSet};

use serde_json::{Map as Object, Value};

use super::messages::{CanvasError, count, place};
use super::schema::{self, CONVENE, NODE_OWN, Payload, TOP_OWN, Top};
use crate::model::{
    Activity, Boundary, Community, Group, Id, Items, Kept, Map, Note, Stakeholder, Tension,
    check_map,
};

/// The longest text, in characters, that comes in as a community's name.
pub const NAME_LIMIT: usize = 60;

/// The largest file read, in megabytes. A canvas a person drew is far
/// smaller; the limit keeps a wrong file from holding the app up.
pub const SIZE_LIMIT_MB: usize = 64;

/// A canvas file brought in as a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The map.
    pub map: Map,
    /// Plain messages about what was adjusted on the way in, in file order.
    pub notes: Vec<String>,
}

/// Reads a JSON Canvas file. Never panics: a file that cannot be read at
/// all gives an error that says where; anything less is adjusted, and the
/// adjustment is told in [`Imported::notes`].
pub fn read(text: &str) -> Result<Imported, CanvasError> {
    if text.len() > SIZE_LIMIT_MB * 1_000_000 {
        return Err(CanvasError::TooLarge {
            megabytes: text.len() / 1_000_000,
            limit: SIZE_LIMIT_MB,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| CanvasError::NotJson {
        line: e.line(),
        column: e.column(),
        reason: reason(&e),
    })?;
    let Value::Object(mut top) = value else {
        return Err(CanvasError::Shape(
            "it holds no JSON object with nodes and edges.".to_owned(),
        ));
    };
    let nodes = list(&mut top, "nodes")?;
    let edges = list(&mut top, "edges")?;
    let mut r = Reader::default();
    r.top(top);
    for (i, node) in nodes.into_iter().enumerate() {
        r.node(i, node)?;
    }
    for (i, edge) in edges.into_iter().enumerate() {
        r.edge(i, edge)?;
    }
    r.finish()
}

/// serde_json's reason without its own " at line … column …" ending.
fn reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Takes the `nodes` or `edges` list out of the file (none is an empty one).
fn list(top: &mut Object<String, Value>, key: &str) -> Result<Vec<Value>, CanvasError> {
    match top.remove(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(list)) => Ok(list),
        Some(_) => Err(CanvasError::Shape(format!("its \"{key}\" is not a list."))),
    }
}

/// What a canvas id stands for once read.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Stands {
    /// A community or stakeholder: an edge to it can be a boundary side.
    Party,
    /// Anything else.
    Other,
}

/// What has been read so far.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) top: Top,
    pub(super) ids: HashMap<String, (Id, Stands)>,
    pub(super) used: HashSet<Id>,
    pub(super) pairs: HashSet<(Id, Id)>,
    pub(super) communities: Vec<Community>,
    pub(super) stakeholders: Vec<Stakeholder>,
    pub(super) boundaries: Vec<Boundary>,
    pub(super) tensions: Vec<Tension>,
    pub(super) activities: Vec<Activity>,
    pub(super) notes: Vec<Note>,
    pub(super) groups: Vec<Group>,
    pub(super) kept: Kept,
    pub(super) said: Vec<String>,
    pub(super) untied: usize,
    pub(super) edited: usize,
}

impl Reader {
    /// The file's own fields: Convene's facts about the map, and the rest
    /// kept as they are.
    fn top(&mut self, mut top: Object<String, Value>) {
        if let Some(value) = top.remove(CONVENE) {
            match serde_json::from_value::<Top>(value) {
                Ok(t) => self.top = t,
                Err(e) => self.said.push(format!(
                    "The map's own Convene facts could not be read ({e}); its title, views, boundary objects and brokers were left out."
                )),
            }
        }
        top.retain(|key, _| !TOP_OWN.contains(&key.as_str()));
        if !top.is_empty() {
            self.kept.canvas_top = Value::Object(top).to_string();
        }
    }

    /// A fresh Convene id for a canvas id, the same for the same file.
    pub(super) fn fresh_id(&mut self, canvas_id: &str) -> Id {
        let mut id = schema::id_for(canvas_id);
        let mut n = 2;
        while self.used.contains(&id) {
            id = schema::id_for(&format!("{canvas_id}#{n}"));
            n += 1;
        }
        self.used.insert(id);
        id
    }

    /// Claims an id written in Convene's data; two items may not share one.
    fn claim(&mut self, id: Id, place: &str) -> Result<(), CanvasError> {
        if self.used.insert(id) {
            Ok(())
        } else {
            Err(CanvasError::Field {
                place: place.to_owned(),
                problem: format!("its Convene data uses the id {id}, which an earlier item has."),
            })
        }
    }

    /// Remembers the fields Convene does not use, and the canvas id when it
    /// is not Convene's own.
    pub(super) fn keep(
        &mut self,
        id: Id,
        canvas_id: &str,
        mut obj: Object<String, Value>,
        own: &[&str],
    ) {
        let preset = obj
            .get("color")
            .and_then(Value::as_str)
            .filter(|c| schema::is_preset(c))
            .map(str::to_owned);
        obj.retain(|key, _| !own.contains(&key.as_str()));
        if let Some(preset) = preset {
            obj.insert("color".into(), preset.into());
        }
        if id.to_string() != canvas_id {
            obj.insert("id".into(), canvas_id.into());
        }
        if !obj.is_empty() {
            // Sorted, so that the same fields are kept as the same text
            // whatever order a tool wrote them in.
            let mut fields: Vec<(String, Value)> = obj.into_iter().collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            let sorted: Object<String, Value> = fields.into_iter().collect();
            self.kept
                .canvas_fields
                .insert(id, Value::Object(sorted).to_string());
        }
    }

    /// One node.
    fn node(&mut self, index: usize, node: Value) -> Result<(), CanvasError> {
        let (cid, mut obj) = object_with_id("Node", index, node)?;
        let at = place("Node", Some(&cid), index);
        if self.ids.contains_key(&cid) {
            self.said.push(format!(
                "{at} has the same id as an earlier node; it came in as its own item, and lines to that id go to the earlier one."
            ));
        }
        let payload = self.payload(&mut obj, &at);
        let (id, stands) = match payload {
            Some(mut payload) => {
                if super::edited::take_edits(&mut payload, &obj) {
                    self.edited += 1;
                }
                self.known_node(payload, &at)?
            }
            None => self.foreign_node(&cid, &obj, &at)?,
        };
        self.ids.entry(cid.clone()).or_insert((id, stands));
        self.keep(id, &cid, obj, &NODE_OWN);
        Ok(())
    }

    /// Convene's data on a node or edge, when it has some that reads.
    pub(super) fn payload(&mut self, obj: &mut Object<String, Value>, at: &str) -> Option<Payload> {
        let value = obj.remove(CONVENE)?;
        match serde_json::from_value::<Payload>(value) {
            Ok(p) => Some(p),
            Err(e) => {
                self.said.push(format!(
                    "{at}: its Convene data could not be read ({e}); it came in as the canvas shows it."
                ));
                None
            }
        }
    }

    /// A node Convene wrote: its item comes back as it was.
    fn known_node(&mut self, payload: Payload, at: &str) -> Result<(Id, Stands), CanvasError> {
        let (id, stands) = match payload {
            Payload::Community(c) => {
                let id = c.id;
                self.communities.push(c);
                (id, Stands::Party)
            }
            Payload::Stakeholder(s) => {
                let id = s.id;
                self.stakeholders.push(s);
                (id, Stands::Party)
            }
            Payload::Note(n) => {
                let id = n.id;
                self.notes.push(n);
                (id, Stands::Other)
            }
            Payload::Group(g) => {
                let id = g.id;
                self.groups.push(g);
                (id, Stands::Other)
            }
            Payload::Activity(a) => {
                let id = a.id;
                self.activities.push(a);
                (id, Stands::Other)
            }
            Payload::Boundary { boundary, tensions } => {
                self.boundary_with(boundary, tensions, at)?;
                return Ok((
                    self.boundaries.last().map_or(Id::from_u64(0), |b| b.id),
                    Stands::Other,
                ));
            }
            Payload::Marks(id) => return Ok((id, Stands::Other)),
            Payload::Joins(_) => {
                return Err(CanvasError::Field {
                    place: at.to_owned(),
                    problem: "its Convene data belongs on a line, not a node.".to_owned(),
                });
            }
        };
        self.claim(id, at)?;
        Ok((id, stands))
    }

    /// A boundary Convene wrote, with its tensions.
    pub(super) fn boundary_with(
        &mut self,
        boundary: Boundary,
        tensions: Vec<Tension>,
        at: &str,
    ) -> Result<(), CanvasError> {
        self.claim(boundary.id, at)?;
        for t in &tensions {
            self.claim(t.id, at)?;
        }
        if let [a, b] = boundary.between[..] {
            self.pairs.insert(pair(a, b));
        }
        self.boundaries.push(boundary);
        self.tensions.extend(tensions);
        Ok(())
    }
}

/// Two parties in a fixed order, for finding a second line between them.
pub(super) fn pair(a: Id, b: Id) -> (Id, Id) {
    if a <= b { (a, b) } else { (b, a) }
}

/// A node or edge as an object with its id.
pub(super) fn object_with_id(
    what: &str,
    index: usize,
    value: Value,
) -> Result<(String, Object<String, Value>), CanvasError> {
    let Value::Object(obj) = value else {
        return Err(CanvasError::Field {
            place: place(what, None, index),
            problem: "it is not an object with fields.".to_owned(),
        });
    };
    match obj.get("id") {
        Some(Value::String(id)) => Ok((id.clone(), obj)),
        Some(_) => Err(CanvasError::Field {
            place: place(what, None, index),
            problem: "its id is not text.".to_owned(),
        }),
        None => Err(CanvasError::Field {
            place: place(what, None, index),
            problem: "it has no id.".to_owned(),
        }),
    }
}

/// A field that should be text: `None` when absent, an error when it is
/// something else.
pub(super) fn text_field(
    obj: &Object<String, Value>,
    key: &str,
    at: &str,
) -> Result<Option<String>, CanvasError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(CanvasError::Field {
            place: at.to_owned(),
            problem: format!("its \"{key}\" is not text."),
        }),
    }
}

impl Reader {
    /// Builds the map from what was read, leaving out what no longer
    /// fits (a boundary whose side is gone) and saying so.
    fn finish(mut self) -> Result<Imported, CanvasError> {
        if self.untied > 0 {
            self.said.push(format!(
                "{} join notes, groups, files or links; Convene does not draw them, and keeps them for when the map goes out as a canvas again.",
                count(self.untied, "line", "lines")
            ));
        }
        if self.edited > 0 {
            self.said.push(match self.edited {
                1 => "1 item was changed in another tool; it came in as the file has it now."
                    .to_owned(),
                n => format!(
                    "{n} items were changed in another tool; they came in as the file has them now."
                ),
            });
        }
        super::prune::prune(&mut self);
        let mut views = std::mem::take(&mut self.top.views);
        let before = views.len();
        views.retain(|v| v.is_valid());
        if views.len() < before {
            self.said
                .push("A saved view without a usable region was left out.".to_owned());
        }
        let map = Map {
            meta: self.top.meta(),
            communities: items(self.communities)?,
            stakeholders: items(self.stakeholders)?,
            boundaries: items(self.boundaries)?,
            tensions: items(self.tensions)?,
            activities: items(self.activities)?,
            objects: items(std::mem::take(&mut self.top.objects))?,
            brokers: items(std::mem::take(&mut self.top.brokers))?,
            notes: items(self.notes)?,
            groups: items(self.groups)?,
            views,
            conflicts: Vec::new(),
            kept: self.kept,
        };
        check_map(&map).map_err(|p| {
            CanvasError::Shape(format!("its Convene data does not fit together: {p}."))
        })?;
        Ok(Imported {
            map,
            notes: self.said,
        })
    }
}

fn items<T: crate::model::Identified>(list: Vec<T>) -> Result<Items<T>, CanvasError> {
    let ids: Vec<Id> = list.iter().map(|x| x.id()).collect();
    Items::from_vec(list).map_err(|i| {
        CanvasError::Shape(format!(
            "two items in its Convene data share the id {}.",
            ids[i]
        ))
    })
}
