//! The sizes of drawn items in map units, and the view that maps map units
//! to the screen for one frame. Where each item is lives in the scene.

use eframe::egui::{Pos2, Rect, Vec2, vec2};

use super::camera::Camera;
use crate::model::Point;

/// The radius of a community, in map units.
pub const COMMUNITY_RADIUS: f32 = 46.0;
/// The size of a stakeholder, in map units.
pub const STAKEHOLDER_SIZE: Vec2 = vec2(130.0, 56.0);
/// The size of an activity card, in map units.
pub const CARD_SIZE: Vec2 = vec2(240.0, 76.0);
/// The radius of the marker at a boundary's middle, in map units.
pub const MARKER_RADIUS: f32 = 13.0;
/// The height of a group's title bar, in map units.
pub const GROUP_BAR: f32 = 26.0;

/// Maps map units to the screen for one frame.
#[derive(Clone, Copy)]
pub struct View {
    /// The canvas on screen.
    pub screen: Rect,
    /// The camera.
    pub camera: Camera,
}

impl View {
    /// A map point on screen.
    pub fn pos(&self, p: Point) -> Pos2 {
        self.camera.screen_from_world(self.screen, p)
    }

    /// A map point (as an egui position) on screen.
    pub fn at(&self, p: Pos2) -> Pos2 {
        self.screen.center() + (p - self.camera.centre) * self.camera.zoom
    }

    /// A map length on screen.
    pub fn len(&self, l: f32) -> f32 {
        l * self.camera.zoom
    }

    /// A map rectangle on screen.
    pub fn map_rect(&self, r: Rect) -> Rect {
        Rect::from_min_size(self.at(r.min), r.size() * self.camera.zoom)
    }
}

/// The distance from `p` to the segment from `a` to `b`.
pub fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 {
        ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a + ab * t).distance(p)
}
