//! Positions and sizes on the canvas, in the map's own coordinates.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `value` rounded to a tenth, so that files carry no float noise such as
/// `-6.5567083e-6`. Values too large to have tenths, and values that are
/// not numbers, are left as they are; `-0.0` becomes `0.0`.
pub fn round_tenth(value: f32) -> f32 {
    if !value.is_finite() || value.abs() >= 1.0e6 {
        return value;
    }
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// A side of a size rounded to a tenth, never rounded down to zero from a
/// positive length (the size would no longer be valid).
fn round_side(value: f32) -> f32 {
    let rounded = round_tenth(value);
    if value > 0.0 && rounded <= 0.0 {
        0.1
    } else {
        rounded
    }
}

fn write_tenth<S: Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f32(round_tenth(*value))
}

fn read_tenth<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f32, D::Error> {
    f32::deserialize(deserializer).map(round_tenth)
}

fn write_side<S: Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f32(round_side(*value))
}

fn read_side<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f32, D::Error> {
    f32::deserialize(deserializer).map(round_side)
}

/// A point on the canvas. The canvas has no fixed unit; one unit is one
/// screen pixel at 100 % zoom.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Distance to the right.
    #[serde(serialize_with = "write_tenth", deserialize_with = "read_tenth")]
    pub x: f32,
    /// Distance downwards.
    #[serde(serialize_with = "write_tenth", deserialize_with = "read_tenth")]
    pub y: f32,
}

impl Point {
    /// The point at `x`, `y`.
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// The point rounded to a tenth, as files hold it.
    pub fn rounded(self) -> Self {
        Self::new(round_tenth(self.x), round_tenth(self.y))
    }

    /// Whether both coordinates are ordinary numbers (not infinite, not NaN).
    pub fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

/// The width and height of a note or a group frame.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Size {
    /// Width.
    #[serde(serialize_with = "write_side", deserialize_with = "read_side")]
    pub w: f32,
    /// Height.
    #[serde(serialize_with = "write_side", deserialize_with = "read_side")]
    pub h: f32,
}

impl Size {
    /// A size of `w` by `h`.
    pub const fn new(w: f32, h: f32) -> Self {
        Self { w, h }
    }

    /// The size rounded to a tenth, as files hold it.
    pub fn rounded(self) -> Self {
        Self::new(round_side(self.w), round_side(self.h))
    }

    /// Whether both sides are finite and larger than zero.
    pub fn is_valid(self) -> bool {
        self.w.is_finite() && self.h.is_finite() && self.w > 0.0 && self.h > 0.0
    }
}
