//! Which item is under the pointer: the topmost drawn one, found through
//! the scene's grid and read from the scene's geometry, so that a click
//! looks only at what is near it and agrees with what is drawn.

use eframe::egui::{Pos2, Rect, Vec2, pos2};

use super::scene::{Layer, Scene};
use super::shapes::{self, View};
use crate::model::Id;

/// Which part of an item the pointer is over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Hit {
    /// The item itself.
    Body(Id),
    /// The rim of a community or stakeholder, where boundaries start.
    Edge(Id),
}

/// How far outside a community or stakeholder its rim reaches, in screen
/// points, and how close to a line counts as on it.
const RIM: f32 = 8.0;
const NEAR_LINE: f32 = 5.0;

/// The topmost item under a screen point.
pub fn hit_test(view: &View, scene: &Scene, p: Pos2) -> Option<Hit> {
    let w = view.camera.world_from_screen(view.screen, p);
    let reach = (RIM + 8.0) / view.camera.zoom;
    let area = Rect::from_center_size(pos2(w.x, w.y), Vec2::splat(2.0 * reach));
    for i in scene.query(area, &[]).into_iter().rev() {
        let e = &scene.entries[i as usize];
        let id = e.id;
        let hot = view.map_rect(e.hot);
        match e.layer {
            Layer::Community => {
                let (centre, radius) = (hot.center(), hot.width() / 2.0);
                let d = centre.distance(p);
                if d <= radius - RIM.min(radius / 2.0) {
                    return Some(Hit::Body(id));
                }
                if d <= radius + RIM {
                    return Some(Hit::Edge(id));
                }
            }
            Layer::Stakeholder => {
                if hot.shrink(RIM.min(hot.height() / 4.0)).contains(p) {
                    return Some(Hit::Body(id));
                }
                if hot.expand(RIM).contains(p) {
                    return Some(Hit::Edge(id));
                }
            }
            Layer::Note | Layer::Card { .. } | Layer::Group => {
                if hot.contains(p) {
                    return Some(Hit::Body(id));
                }
            }
            Layer::Boundary => {
                let m = hot.center();
                if m.distance(p) <= view.len(shapes::MARKER_RADIUS + 1.0).max(8.0) {
                    return Some(Hit::Body(id));
                }
                let on_line = scene
                    .sides_of(e)
                    .iter()
                    .any(|&(_, c)| shapes::distance_to_segment(p, m, view.at(c)) <= NEAR_LINE);
                if on_line {
                    return Some(Hit::Body(id));
                }
            }
        }
    }
    None
}
