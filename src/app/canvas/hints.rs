//! What the canvas shows while the pointer works: the ring over a
//! community's rim where a boundary can be drawn from, the boundary being
//! drawn, and the selection band.

use eframe::egui::{self, Rect, Stroke, StrokeKind, Ui, Vec2};

use super::CanvasState;
use super::Drag;
use super::hit::{Hit, hit_test};
use super::scene::{self, Scene};
use super::shapes::View;
use crate::model::Id;

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
