//! Which item is under the pointer: the topmost drawn one, found through
//! the scene's grid so that a click looks only at what is near it.

use eframe::egui::{Pos2, Rect, Vec2, vec2};

use super::scene::{Layer, Scene, at};
use super::shapes::{self, View};
use crate::model::{Id, Map};

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
pub fn hit_test(view: &View, map: &Map, scene: &Scene, p: Pos2) -> Option<Hit> {
    let w = view.camera.world_from_screen(view.screen, p);
    let reach = (RIM + 8.0) / view.camera.zoom;
    let area = Rect::from_center_size(at(w), Vec2::splat(2.0 * reach));
    let none = |_| Vec2::ZERO;
    for i in scene.query(area, &[]).into_iter().rev() {
        let e = &scene.entries[i as usize];
        let id = e.id;
        match e.layer {
            Layer::Community => {
                let Some(c) = map.communities.get(id) else {
                    continue;
                };
                let (centre, radius) = shapes::community_shape(view, c.pos);
                let d = centre.distance(p);
                if d <= radius - RIM.min(radius / 2.0) {
                    return Some(Hit::Body(id));
                }
                if d <= radius + RIM {
                    return Some(Hit::Edge(id));
                }
            }
            Layer::Stakeholder => {
                let Some(s) = map.stakeholders.get(id) else {
                    continue;
                };
                let r = shapes::stakeholder_rect(view, s.pos);
                if r.shrink(RIM.min(r.height() / 4.0)).contains(p) {
                    return Some(Hit::Body(id));
                }
                if r.expand(RIM).contains(p) {
                    return Some(Hit::Edge(id));
                }
            }
            Layer::Note => {
                if let Some(n) = map.notes.get(id)
                    && view.rect(n.pos, vec2(n.size.w, n.size.h)).contains(p)
                {
                    return Some(Hit::Body(id));
                }
            }
            Layer::Card { boundary, slot } => {
                if let Some(b) = map.boundaries.get(boundary)
                    && let Some(mid) = shapes::boundary_middle(map, b, &none)
                    && shapes::card_rect(view, mid, slot).contains(p)
                {
                    return Some(Hit::Body(id));
                }
            }
            Layer::Boundary => {
                let Some(b) = map.boundaries.get(id) else {
                    continue;
                };
                let Some(mid) = shapes::boundary_middle(map, b, &none) else {
                    continue;
                };
                let m = view.pos(mid);
                if m.distance(p) <= view.len(shapes::MARKER_RADIUS + 1.0).max(8.0) {
                    return Some(Hit::Body(id));
                }
                let on_line = b.between.iter().any(|&side| {
                    shapes::party_centre(map, side).is_some_and(|c| {
                        shapes::distance_to_segment(p, m, view.pos(c)) <= NEAR_LINE
                    })
                });
                if on_line {
                    return Some(Hit::Body(id));
                }
            }
            Layer::Group => {
                if let Some(g) = map.groups.get(id) {
                    let frame = view.rect(g.pos, vec2(g.size.w, g.size.h));
                    if shapes::group_bar(view, frame).contains(p) {
                        return Some(Hit::Body(id));
                    }
                }
            }
        }
    }
    None
}
