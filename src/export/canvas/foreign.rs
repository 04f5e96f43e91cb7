//! Nodes another tool wrote, turned into the nearest Convene items: short
//! text a community, longer text, files and links notes, groups groups.

use serde_json::{Map as Object, Value};

use super::messages::CanvasError;
use super::read::{NAME_LIMIT, Reader, Stands, text_field};
use super::schema;
use super::write::file_text;
use crate::model::{Colour, Community, Group, Id, Note, Point, Size};

/// Coordinates further out than this are brought in to it.
const FAR: f64 = 1.0e7;

impl Reader {
    /// A node another tool wrote, as the nearest Convene item.
    pub(super) fn foreign_node(
        &mut self,
        cid: &str,
        obj: &Object<String, Value>,
        at: &str,
    ) -> Result<(Id, Stands), CanvasError> {
        let frame = self.frame(obj, at)?;
        let colour = self.colour(obj, at);
        let id = self.fresh_id(cid);
        let kind = text_field(obj, "type", at)?.unwrap_or_default();
        let (x, y, w, h) = frame;
        let corner = Point::new(x as f32, y as f32);
        let size = Size::new(w as f32, h as f32);
        match kind.as_str() {
            "group" => {
                let label = text_field(obj, "label", at)?.unwrap_or_default();
                let mut g = Group::new(id, label, corner, size);
                g.colour = colour.unwrap_or(Colour::NEUTRAL);
                self.groups.push(g);
                return Ok((id, Stands::Other));
            }
            "text" => {
                let text = match text_field(obj, "text", at)? {
                    Some(text) => text,
                    None => {
                        self.said
                            .push(format!("{at} has no text; it came in as an empty note."));
                        String::new()
                    }
                };
                if let Some(name) = short_name(&text) {
                    let centre = Point::new((x + w / 2.0) as f32, (y + h / 2.0) as f32);
                    let mut c = Community::new(id, name, centre);
                    if let Some(colour) = colour {
                        c.colour = colour;
                    }
                    self.communities.push(c);
                    return Ok((id, Stands::Party));
                }
                self.note(id, text, corner, size, colour);
            }
            "file" | "link" => {
                let key = if kind == "file" { "file" } else { "url" };
                let target = text_field(obj, key, at)?.unwrap_or_else(|| {
                    self.said
                        .push(format!("{at} names no {key}; it came in as an empty note."));
                    String::new()
                });
                let text = if kind == "file" {
                    file_text(obj, &target)
                } else {
                    target
                };
                self.note(id, text, corner, size, colour);
            }
            other => {
                self.said.push(format!(
                    "{at} is of a type Convene does not know (\"{other}\"); it came in as a note."
                ));
                let text = text_field(obj, "text", at)?.unwrap_or_default();
                self.note(id, text, corner, size, colour);
            }
        }
        Ok((id, Stands::Other))
    }

    fn note(&mut self, id: Id, text: String, corner: Point, size: Size, colour: Option<Colour>) {
        let mut n = Note::new(id, text, corner);
        n.size = size;
        n.colour = colour.unwrap_or(Colour::NOTE);
        self.notes.push(n);
    }

    /// A node's position and size, brought within reach when far out.
    fn frame(
        &mut self,
        obj: &Object<String, Value>,
        at: &str,
    ) -> Result<(f64, f64, f64, f64), CanvasError> {
        let mut out = [0.0; 4];
        let mut far = false;
        for (slot, key) in out.iter_mut().zip(["x", "y", "width", "height"]) {
            let v = match obj.get(key) {
                None | Some(Value::Null) => None,
                Some(Value::Number(n)) => n.as_f64(),
                Some(_) => {
                    return Err(CanvasError::Field {
                        place: at.to_owned(),
                        problem: format!("its \"{key}\" is not a number."),
                    });
                }
            };
            let v = v.unwrap_or(0.0);
            far |= v.abs() > FAR;
            *slot = v.clamp(-FAR, FAR);
        }
        if far {
            self.said
                .push(format!("{at} lay very far out; it was brought nearer."));
        }
        if out[2] <= 0.0 || out[3] <= 0.0 {
            self.said.push(format!(
                "{at} had no width or height; it came in at the size of a note."
            ));
            out[2] = Note::SIZE.w.into();
            out[3] = Note::SIZE.h.into();
        }
        Ok((out[0], out[1], out[2], out[3]))
    }

    /// A node's colour, if it has one Convene can read.
    fn colour(&mut self, obj: &Object<String, Value>, at: &str) -> Option<Colour> {
        let text = obj.get("color")?.as_str();
        let colour = text.and_then(schema::colour_of);
        if colour.is_none() {
            self.said.push(format!(
                "{at} has a colour Convene cannot read; it came in with its usual colour."
            ));
        }
        colour
    }
}

/// One short line, without a heading mark: a community's name.
fn short_name(text: &str) -> Option<String> {
    let line = text.trim();
    let line = line.trim_start_matches('#').trim();
    let ok = !line.is_empty() && !line.contains('\n') && line.chars().count() <= NAME_LIMIT;
    ok.then(|| line.to_owned())
}
