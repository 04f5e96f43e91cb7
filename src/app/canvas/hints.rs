//! What the canvas shows while the pointer works: the ring over a
//! community's rim where a boundary can be drawn from, the boundary being
//! drawn, and the selection band; and beside the keyboard's focus ring,
//! which tension it is on when that tension has no row drawn.

use eframe::egui::{self, Rect, Stroke, StrokeKind, Ui, Vec2, vec2};

use super::CanvasState;
use super::Drag;
use super::hit::{Hit, hit_test};
use super::scene::{self, Scene};
use super::shapes::View;
use super::stack::Stack;
use crate::model::{Id, Map};

impl CanvasState {
    /// Over a community's or stakeholder's rim, shows the handle that draws
    /// a boundary: a ring, and a crosshair pointer.
    pub(super) fn rim_hint(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        response: &egui::Response,
        view: &View,
        scene: &Scene,
    ) {
        if self.drag.is_some() {
            return;
        }
        let Some(p) = response.hover_pos() else {
            return;
        };
        let Some(Hit::Edge(id)) = hit_test(view, scene, p) else {
            return;
        };
        ring(ui, painter, view, scene, id);
        ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }

    /// What a drag in progress shows: the boundary being drawn and the
    /// community it would join, or the selection band.
    pub(super) fn drag_hint(&self, ui: &Ui, painter: &egui::Painter, view: &View, scene: &Scene) {
        match &self.drag {
            Some(Drag::Connect { from, to }) => {
                if let Some(e) = scene.entry(*from) {
                    painter.line_segment(
                        [view.at(e.hot.center()), *to],
                        Stroke::new(2.0, ui.visuals().strong_text_color()),
                    );
                }
                // Show which community or stakeholder the boundary would join.
                if let Some(Hit::Body(target) | Hit::Edge(target)) = hit_test(view, scene, *to)
                    && target != *from
                {
                    ring(ui, painter, view, scene, target);
                }
            }
            Some(Drag::Band { start, end }) => {
                let band = Rect::from_two_pos(*start, *end);
                painter.rect(
                    band,
                    0.0,
                    ui.visuals().selection.bg_fill.gamma_multiply(0.3),
                    ui.visuals().selection.stroke,
                    StrokeKind::Inside,
                );
            }
            _ => {}
        }
    }
}

impl CanvasState {
    /// While the focus ring is on a tension that has no row drawn (farther
    /// out, or past the rows that fit), a label beside the ring says which
    /// tension it is, so the walk through them can be followed by eye.
    pub(super) fn ring_callout(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        view: &View,
        map: &Map,
        focused: Option<Id>,
        scene: &Scene,
    ) {
        let Some(t) = focused.and_then(|id| map.tensions.get(id)) else {
            return;
        };
        let Some(e) = scene.entry(t.boundary) else {
            return;
        };
        let stack = Stack::of(scene, e, view.camera.zoom);
        if stack.row_rect(e.hot.center(), t.id).is_some() {
            return;
        }
        let Some((place, of)) = stack.place_of(t.id) else {
            return;
        };
        let ring = e.on_screen(view, Vec2::ZERO).expand(8.0);
        let visuals = ui.visuals();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let words = super::tension_rows::callout(t, place, of);
        let galley = painter.layout(words, font, visuals.strong_text_color(), 320.0);
        let pad = vec2(8.0, 5.0);
        let size = galley.size() + 2.0 * pad;
        // Under the ring (the stack stands above it), or over it when there
        // is no room below, and always wholly on the canvas.
        let screen = view.screen.shrink(4.0);
        let mut min = egui::pos2(ring.center().x - size.x / 2.0, ring.bottom() + 6.0);
        if min.y + size.y > screen.bottom() {
            min.y = ring.top() - 6.0 - size.y;
        }
        min.x = min.x.min(screen.right() - size.x).max(screen.left());
        min.y = min.y.min(screen.bottom() - size.y).max(screen.top());
        let rect = Rect::from_min_size(min, size);
        painter.rect(
            rect,
            4.0,
            visuals.window_fill,
            visuals.window_stroke,
            StrokeKind::Inside,
        );
        painter.galley(rect.min + pad, galley, visuals.strong_text_color());
    }
}

/// A ring around a community or stakeholder, where a boundary would start
/// or end.
fn ring(ui: &Ui, painter: &egui::Painter, view: &View, scene: &Scene, id: Id) {
    let stroke = Stroke::new(2.0, ui.visuals().selection.stroke.color);
    let Some(e) = scene.entry(id) else {
        return;
    };
    let r = e.on_screen(view, Vec2::ZERO);
    match e.layer {
        scene::Layer::Community => {
            painter.circle_stroke(r.center(), r.width() / 2.0 + 4.0, stroke);
        }
        scene::Layer::Stakeholder => {
            painter.rect_stroke(r.expand(4.0), 10.0, stroke, StrokeKind::Outside);
        }
        _ => {}
    }
}
