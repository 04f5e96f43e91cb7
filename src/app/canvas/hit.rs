//! Which item is under the pointer: the topmost drawn one, found through
//! the scene's grid and read from the scene's geometry, so that a click
//! looks only at what is near it and agrees with what is drawn.

use eframe::egui::{Pos2, Rect, Vec2, pos2};

use super::scene::{Entry, Layer, Scene};
use super::shapes::{self, View};
use super::stack::Stack;
use super::tension_rows;
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
                if let Some(t) = row_hit(view, scene, e, pos2(w.x, w.y)) {
                    return Some(Hit::Body(t));
                }
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

/// The tension whose row, drawn close up above boundary `e`'s marker,
/// holds the map point `w`.
fn row_hit(view: &View, scene: &Scene, e: &Entry, w: Pos2) -> Option<Id> {
    let stack = Stack::of(scene, e, view.camera.zoom);
    let k = tension_rows::row_at(e.hot.center(), stack.ordered.len(), stack.drawn, w)?;
    stack.ordered.get(k).copied()
}

#[cfg(test)]
mod tests {
    use eframe::egui::{Rect, pos2};

    use super::*;
    use crate::app::canvas::camera::Camera;
    use crate::model::Point;
    use crate::{Document, Edit, generate};

    /// After a move taken in by updating the scene, a click finds the
    /// community where it is drawn now, not where it was.
    #[test]
    fn hit_testing_follows_an_updated_scene() {
        let mut doc = Document::new(generate::map(30, 4));
        let mut scene = Scene::new(doc.map());
        let c = doc.map().communities.iter().next().expect("one").clone();
        let view = View {
            screen: Rect::from_min_size(pos2(0.0, 0.0), eframe::egui::vec2(800.0, 600.0)),
            camera: Camera {
                centre: pos2(c.pos.x, c.pos.y),
                zoom: 1.0,
            },
        };
        let before = view.pos(c.pos);
        assert_eq!(hit_test(&view, &scene, before), Some(Hit::Body(c.id)));
        let revision = doc.revision();
        let to = Point::new(c.pos.x - 300.0, c.pos.y - 200.0);
        doc.apply(Edit::Move(vec![(c.id, to)])).expect("moves");
        let touched = doc.touched_since(revision).expect("one step");
        assert!(scene.update(doc.map(), &touched));
        assert_eq!(hit_test(&view, &scene, view.pos(to)), Some(Hit::Body(c.id)));
        assert_ne!(hit_test(&view, &scene, before), Some(Hit::Body(c.id)));
    }
}
