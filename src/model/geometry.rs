//! Positions and sizes on the canvas, in the map's own coordinates.

use serde::{Deserialize, Serialize};

/// A point on the canvas. The canvas has no fixed unit; one unit is one
/// screen pixel at 100 % zoom.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Distance to the right.
    pub x: f32,
    /// Distance downwards.
    pub y: f32,
}

impl Point {
    /// The point at `x`, `y`.
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
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
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Size {
    /// A size of `w` by `h`.
    pub const fn new(w: f32, h: f32) -> Self {
        Self { w, h }
    }

    /// Whether both sides are finite and larger than zero.
    pub fn is_valid(self) -> bool {
        self.w.is_finite() && self.h.is_finite() && self.w > 0.0 && self.h > 0.0
    }
}
