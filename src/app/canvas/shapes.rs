//! Where each item of a map sits on screen: one place for the geometry that
//! drawing and hit-testing share.

use eframe::egui::{Pos2, Rect, Vec2, vec2};

use super::camera::Camera;
use crate::model::{Boundary, Id, Map, Point};

/// The radius of a community, in map units.
pub const COMMUNITY_RADIUS: f32 = 46.0;
/// The size of a stakeholder, in map units.
pub const STAKEHOLDER_SIZE: Vec2 = vec2(130.0, 56.0);
/// The size of an activity card, in map units.
pub const CARD_SIZE: Vec2 = vec2(170.0, 26.0);
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

    /// A map length on screen.
    pub fn len(&self, l: f32) -> f32 {
        l * self.camera.zoom
    }

    /// A map rectangle (top-left and size) on screen.
    pub fn rect(&self, top_left: Point, size: Vec2) -> Rect {
        Rect::from_min_size(self.pos(top_left), size * self.camera.zoom)
    }
}

/// The centre of a community or stakeholder, in map units.
pub fn party_centre(map: &Map, id: Id) -> Option<Point> {
    map.communities
        .get(id)
        .map(|c| c.pos)
        .or_else(|| map.stakeholders.get(id).map(|s| s.pos))
}

/// The middle of a boundary, in map units: the mean of its sides' centres.
pub fn boundary_middle(map: &Map, b: &Boundary, offset: &dyn Fn(Id) -> Vec2) -> Option<Point> {
    let mut sum = Vec2::ZERO;
    let mut n = 0.0;
    for &p in &b.between {
        let c = party_centre(map, p)?;
        sum += vec2(c.x, c.y) + offset(p);
        n += 1.0;
    }
    (n > 0.0).then(|| Point::new(sum.x / n, sum.y / n))
}

/// The title bar along the top of a group's frame (both on screen).
pub fn group_bar(view: &View, frame: Rect) -> Rect {
    Rect::from_min_size(frame.min, vec2(frame.width(), view.len(GROUP_BAR)))
}

/// A community's circle on screen.
pub fn community_shape(view: &View, pos: Point) -> (Pos2, f32) {
    (view.pos(pos), view.len(COMMUNITY_RADIUS))
}

/// A stakeholder's box on screen.
pub fn stakeholder_rect(view: &View, pos: Point) -> Rect {
    Rect::from_center_size(view.pos(pos), STAKEHOLDER_SIZE * view.camera.zoom)
}

/// Where the `index`-th activity card below a boundary's middle goes: its
/// top-left corner and size, in map units.
pub fn card_place(middle: Point, index: usize) -> (Point, Vec2) {
    let top = Point::new(
        middle.x - CARD_SIZE.x / 2.0,
        middle.y + 22.0 + index as f32 * (CARD_SIZE.y + 4.0),
    );
    (top, CARD_SIZE)
}

/// The card of the `index`-th activity listed at a boundary, on screen.
pub fn card_rect(view: &View, middle: Point, index: usize) -> Rect {
    let (top, size) = card_place(middle, index);
    view.rect(top, size)
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
