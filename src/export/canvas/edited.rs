//! Changes made in another tool to a node or edge that Convene wrote: a new
//! text, place, size or colour in the file wins over Convene's own data, so
//! that a map rearranged or reworded in Obsidian comes back as it was left
//! there. Where the file still says what Convene wrote, nothing changes.

use serde_json::{Map as Object, Value};

use super::schema::{self, Payload};
use crate::model::{Colour, Point, Size};

/// Takes what the node or edge says where it differs from `payload`;
/// gives back whether anything was taken.
pub(super) fn take_edits(payload: &mut Payload, obj: &Object<String, Value>) -> bool {
    match payload {
        Payload::Community(c) => {
            take_text(&mut c.name, obj, "text")
                | take_centre(&mut c.pos, obj)
                | take_colour(&mut c.colour, obj)
        }
        Payload::Stakeholder(s) => {
            take_text(&mut s.name, obj, "text")
                | take_centre(&mut s.pos, obj)
                | take_colour(&mut s.colour, obj)
        }
        Payload::Note(n) => {
            take_text(&mut n.text, obj, "text")
                | take_frame(&mut n.pos, &mut n.size, obj)
                | take_colour(&mut n.colour, obj)
        }
        Payload::Group(g) => {
            take_text(&mut g.label, obj, "label")
                | take_frame(&mut g.pos, &mut g.size, obj)
                | take_colour(&mut g.colour, obj)
        }
        Payload::Boundary { boundary, .. } if boundary.between.len() == 2 => {
            let label = obj.get("label").and_then(Value::as_str).unwrap_or("");
            let changed = label != boundary.label;
            if changed {
                boundary.label = label.to_owned();
            }
            changed
        }
        _ => false,
    }
}

fn number(obj: &Object<String, Value>, key: &str) -> Option<f64> {
    obj.get(key).and_then(Value::as_f64)
}

/// Whether a whole number of pixels in the file stands for a different
/// place than Convene's own, beyond rounding (and, far out, beyond what
/// Convene's numbers can tell apart).
fn differs(file: f64, own: f32) -> bool {
    let own = f64::from(own);
    (file - own).abs() > 1.0_f64.max(own.abs() * 1e-6)
}

fn take_text(field: &mut String, obj: &Object<String, Value>, key: &str) -> bool {
    match obj.get(key).and_then(Value::as_str) {
        Some(text) if text != field => {
            *field = text.to_owned();
            true
        }
        _ => false,
    }
}

/// A community's or stakeholder's centre, from its node's frame.
fn take_centre(pos: &mut Point, obj: &Object<String, Value>) -> bool {
    let (Some(x), Some(y), Some(w), Some(h)) = (
        number(obj, "x"),
        number(obj, "y"),
        number(obj, "width"),
        number(obj, "height"),
    ) else {
        return false;
    };
    let centre = (x + w / 2.0, y + h / 2.0);
    let changed = differs(centre.0, pos.x) || differs(centre.1, pos.y);
    if changed && centre.0.is_finite() && centre.1.is_finite() {
        *pos = Point::new(centre.0 as f32, centre.1 as f32);
    }
    changed
}

/// A note's or group's corner and size.
fn take_frame(pos: &mut Point, size: &mut Size, obj: &Object<String, Value>) -> bool {
    let (Some(x), Some(y), Some(w), Some(h)) = (
        number(obj, "x"),
        number(obj, "y"),
        number(obj, "width"),
        number(obj, "height"),
    ) else {
        return false;
    };
    let mut changed = false;
    if differs(x, pos.x) || differs(y, pos.y) {
        *pos = Point::new(x as f32, y as f32);
        changed = true;
    }
    let new_size = Size::new(w as f32, h as f32);
    if (differs(w, size.w) || differs(h, size.h)) && new_size.is_valid() {
        *size = new_size;
        changed = true;
    }
    changed
}

fn take_colour(colour: &mut Colour, obj: &Object<String, Value>) -> bool {
    let Some(new) = obj
        .get("color")
        .and_then(Value::as_str)
        .and_then(schema::colour_of)
    else {
        return false;
    };
    let changed = new != *colour;
    *colour = new;
    changed
}
