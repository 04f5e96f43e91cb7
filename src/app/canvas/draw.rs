//! Painting the map: the items in view, in drawing order, with text when
//! close enough to read it and as one plain mesh when zoomed far out.

use std::collections::HashSet;
use std::sync::Arc;

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Mesh, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2,
    vec2,
};

use super::mesh;
use super::palette::{BADGE, activity_badge, colour, severity_colour};
use super::scene::{Entry, Layer, Scene};
use super::shapes::{self, View};
use crate::model::{Id, IdBuildHasher, Map, Point};

/// Below this zoom names are too small to read: the map is drawn as plain
/// shapes in one mesh, without text or outlines.
pub const TEXT_ZOOM: f32 = 0.35;
/// Below this zoom boundaries lose their middle markers too.
pub const FAR_ZOOM: f32 = 0.2;

/// Everything one frame of drawing needs.
pub struct Frame<'a> {
    /// The canvas's place in the UI.
    pub ui: &'a Ui,
    /// Paints inside the canvas.
    pub painter: &'a egui::Painter,
    /// The view onto the map.
    pub view: View,
    /// The map.
    pub map: &'a Map,
    /// Where its items are.
    pub scene: &'a Scene,
    /// The selected items.
    pub selected: &'a HashSet<Id, IdBuildHasher>,
    /// The items to draw faded.
    pub dimmed: &'a HashSet<Id, IdBuildHasher>,
    /// How far each item is being dragged, in map units.
    pub offset: &'a dyn Fn(Id) -> Vec2,
    /// The canvas's own widget id.
    pub canvas_id: egui::Id,
}

impl Frame<'_> {
    /// Draws the entries (indices into the scene, in drawing order).
    /// `buffer` keeps the zoomed-out mesh's memory from frame to frame.
    pub fn draw(&self, entries: &[u32], buffer: &mut Arc<Mesh>) {
        let plain = !self.detail();
        if plain {
            self.draw_plain(entries, buffer);
        }
        let announce = self.announced();
        for &i in entries {
            let e = self.scene.entries[i as usize];
            if !plain {
                self.draw_entry(&e);
            }
            if announce {
                self.announce(&e);
            }
        }
    }

    /// Where an item's map position is drawn, counting any drag.
    fn shifted(&self, id: Id, p: Point) -> Point {
        let o = (self.offset)(id);
        Point::new(p.x + o.x, p.y + o.y)
    }

    fn fade(&self, id: Id, c: Color32) -> Color32 {
        if self.dimmed.contains(&id) {
            c.gamma_multiply(0.22)
        } else {
            c
        }
    }

    fn font(&self, size: f32) -> FontId {
        FontId::proportional((size * self.view.camera.zoom).clamp(6.0, 40.0))
    }

    fn detail(&self) -> bool {
        self.view.camera.zoom >= TEXT_ZOOM
    }

    fn select_stroke(&self) -> Stroke {
        Stroke::new(3.0, self.ui.visuals().selection.stroke.color)
    }

    fn outline(&self, id: Id, otherwise: Stroke) -> Stroke {
        if self.selected.contains(&id) {
            self.select_stroke()
        } else {
            otherwise
        }
    }

    /// The middle of a boundary on screen, counting any drag.
    fn middle(&self, id: Id) -> Option<Point> {
        let b = self.map.boundaries.get(id)?;
        shapes::boundary_middle(self.map, b, self.offset)
    }

    /// The screen rectangle an entry covers, counting any drag.
    pub fn screen_rect(&self, e: &Entry) -> Option<Rect> {
        screen_rect(&self.view, self.map, e, self.offset)
    }

    fn draw_entry(&self, e: &Entry) {
        match e.layer {
            Layer::Group => self.group(e.id),
            Layer::Boundary => self.boundary(e.id),
            Layer::Card { boundary, slot } => self.card(e.id, boundary, slot),
            Layer::Note => self.note(e.id),
            Layer::Stakeholder => self.stakeholder(e.id),
            Layer::Community => self.community(e.id),
        }
    }

    fn group(&self, id: Id) {
        let Some(g) = self.map.groups.get(id) else {
            return;
        };
        let (view, painter) = (&self.view, self.painter);
        let frame = view.rect(self.shifted(id, g.pos), vec2(g.size.w, g.size.h));
        let c = self.fade(id, colour(g.colour));
        painter.rect(
            frame,
            CornerRadius::same(6),
            c.gamma_multiply(0.08),
            Stroke::new(1.5, c),
            StrokeKind::Inside,
        );
        let bar = shapes::group_bar(view, frame);
        painter.rect(
            bar,
            CornerRadius::same(6),
            c.gamma_multiply(0.25),
            self.outline(id, Stroke::NONE),
            StrokeKind::Outside,
        );
        if self.detail() {
            painter.text(
                bar.left_center() + vec2(8.0, 0.0),
                Align2::LEFT_CENTER,
                &g.label,
                self.font(14.0),
                self.fade(id, self.ui.visuals().strong_text_color()),
            );
        }
    }

    /// The width of a boundary's lines on screen.
    fn line_width(&self, open: usize) -> f32 {
        (2.0 + open as f32 * 1.5).min(9.0) * self.view.camera.zoom.max(0.3)
    }

    fn boundary(&self, id: Id) {
        let (Some(b), Some(mid)) = (self.map.boundaries.get(id), self.middle(id)) else {
            return;
        };
        let (view, painter) = (&self.view, self.painter);
        let load = self.scene.load(id);
        let c = self.fade(id, severity_colour(load.worst));
        let m = view.pos(mid);
        let stroke = Stroke::new(self.line_width(load.open), c);
        for &side in &b.between {
            if let Some(p) = shapes::party_centre(self.map, side) {
                painter.line_segment([m, view.pos(self.shifted(side, p))], stroke);
            }
        }
        let r = view.len(shapes::MARKER_RADIUS).max(5.0);
        let rim = Stroke::new(1.5, self.ui.visuals().extreme_bg_color);
        painter.circle(m, r, c, self.outline(id, rim));
        if self.detail() {
            painter.text(
                m,
                Align2::CENTER_CENTER,
                load.count.to_string(),
                self.font(13.0),
                self.fade(id, Color32::WHITE),
            );
        }
    }

    fn card(&self, id: Id, boundary: Id, slot: usize) {
        let (Some(a), Some(mid)) = (self.map.activities.get(id), self.middle(boundary)) else {
            return;
        };
        let (view, painter) = (&self.view, self.painter);
        let visuals = self.ui.visuals();
        let card = shapes::card_rect(view, mid, slot);
        let line = Stroke::new(1.0, self.fade(id, visuals.weak_text_color()));
        painter.rect(
            card,
            CornerRadius::same(4),
            self.fade(id, visuals.panel_fill),
            self.outline(id, line),
            StrokeKind::Inside,
        );
        let badge = Rect::from_min_size(card.min, vec2(card.height() * 1.3, card.height()));
        painter.rect_filled(badge, CornerRadius::same(4), self.fade(id, BADGE));
        if !self.detail() {
            return;
        }
        painter.text(
            badge.center(),
            Align2::CENTER_CENTER,
            activity_badge(&a.kind),
            self.font(11.0),
            self.fade(id, Color32::WHITE),
        );
        let text = self.fade(id, visuals.strong_text_color());
        let width = card.width() - badge.width() - 8.0;
        let title = fitted(painter, &a.title, self.font(12.0), text, width, 1);
        let pos = egui::pos2(badge.right() + 4.0, card.center().y - title.size().y / 2.0);
        painter.galley(pos, title, text);
    }

    fn note(&self, id: Id) {
        let Some(n) = self.map.notes.get(id) else {
            return;
        };
        let r = self
            .view
            .rect(self.shifted(id, n.pos), vec2(n.size.w, n.size.h));
        self.painter.rect(
            r,
            CornerRadius::same(3),
            self.fade(id, colour(n.colour)),
            self.outline(id, Stroke::NONE),
            StrokeKind::Outside,
        );
        if self.detail() {
            let ink = self.fade(id, Color32::from_gray(30));
            let galley =
                self.painter
                    .layout(n.text.clone(), self.font(13.0), ink, r.width() - 12.0);
            self.painter.galley(r.min + vec2(6.0, 6.0), galley, ink);
        }
    }

    fn stakeholder(&self, id: Id) {
        let Some(s) = self.map.stakeholders.get(id) else {
            return;
        };
        let r = shapes::stakeholder_rect(&self.view, self.shifted(id, s.pos));
        let visuals = self.ui.visuals();
        let c = self.fade(id, colour(s.colour));
        self.painter.rect(
            r,
            CornerRadius::same(8),
            self.fade(id, visuals.panel_fill),
            self.outline(id, Stroke::new(2.5, c)),
            StrokeKind::Inside,
        );
        if self.detail() {
            let ink = self.fade(id, visuals.strong_text_color());
            let galley = fitted(
                self.painter,
                &s.name,
                self.font(13.0),
                ink,
                r.width() - 10.0,
                2,
            );
            galley_centred(self.painter, galley, r.center(), ink);
        }
    }

    fn community(&self, id: Id) {
        let Some(c) = self.map.communities.get(id) else {
            return;
        };
        let (centre, radius) = shapes::community_shape(&self.view, self.shifted(c.id, c.pos));
        let fill = self.fade(c.id, colour(c.colour));
        let rim = Stroke::new(2.0, fill.gamma_multiply(0.6));
        self.painter
            .circle(centre, radius, fill, self.outline(c.id, rim));
        if self.detail() {
            let ink = self.fade(c.id, Color32::WHITE);
            let galley = fitted(self.painter, &c.name, self.font(14.0), ink, radius * 1.8, 3);
            galley_centred(self.painter, galley, centre, ink);
        }
    }

    /// Zoomed out: every entry as plain shapes in one mesh, from what the
    /// scene already knows (no map lookups), then the selection's outlines.
    fn draw_plain(&self, entries: &[u32], buffer: &mut Arc<Mesh>) {
        let view = &self.view;
        let zoom = view.camera.zoom;
        let markers = zoom >= FAR_ZOOM;
        // Last frame's mesh is reused once egui has let go of it, which
        // saves allocating (and faulting in) megabytes every frame.
        let mut shared = std::mem::take(buffer);
        if Arc::get_mut(&mut shared).is_none() {
            shared = Arc::default();
        }
        let Some(mesh) = Arc::get_mut(&mut shared) else {
            return;
        };
        mesh.clear();
        let mut outlines = Vec::new();
        let mut ends: Vec<Pos2> = Vec::new();
        let screen = |p: Pos2, id: Id| {
            let o = (self.offset)(id);
            view.screen.center() + (p + o - view.camera.centre) * zoom
        };
        for &i in entries {
            let e = self.scene.entries[i as usize];
            let id = e.id;
            let fill = self.fade(id, e.fill);
            match e.layer {
                Layer::Group => {
                    let frame =
                        Rect::from_min_size(screen(e.bounds.min, id), e.bounds.size() * zoom);
                    self.painter.rect(
                        frame,
                        CornerRadius::same(3),
                        fill.gamma_multiply(0.08),
                        Stroke::new(1.0, fill),
                        StrokeKind::Inside,
                    );
                }
                Layer::Boundary => {
                    let sides = self.scene.sides_of(&e);
                    ends.clear();
                    ends.extend(sides.iter().map(|&(s, p)| screen(p, s)));
                    let m = mean(&ends);
                    let width = self.line_width(e.open as usize);
                    if let [a, b] = ends[..] {
                        // Two sides: one straight line through the middle.
                        mesh::line(mesh, a, b, width, fill);
                    } else {
                        for &end in &ends {
                            mesh::line(mesh, m, end, width, fill);
                        }
                    }
                    if markers {
                        mesh::disc(mesh, m, view.len(shapes::MARKER_RADIUS).max(4.0), fill);
                    }
                }
                Layer::Card { boundary, .. } => {
                    let shift = self.boundary_shift(boundary) * zoom;
                    let min = screen(e.bounds.min, id) + shift;
                    let r = Rect::from_min_size(min, e.bounds.size() * zoom);
                    if !markers {
                        mesh::rect(mesh, r, fill);
                        continue;
                    }
                    mesh::rect(mesh, r, self.fade(id, self.ui.visuals().panel_fill));
                    let badge = Rect::from_min_size(r.min, vec2(r.height() * 1.3, r.height()));
                    mesh::rect(mesh, badge, fill);
                }
                Layer::Note | Layer::Stakeholder => {
                    let r = Rect::from_center_size(
                        screen(e.bounds.center(), id),
                        e.bounds.size() * zoom,
                    );
                    mesh::rect(mesh, r, fill);
                }
                Layer::Community => {
                    let r = view.len(shapes::COMMUNITY_RADIUS);
                    mesh::disc(mesh, screen(e.bounds.center(), id), r, fill);
                }
            }
            if self.selected.contains(&id)
                && let Some(r) = self.screen_rect(&e)
            {
                outlines.push(r);
            }
        }
        self.painter.add(egui::Shape::Mesh(shared.clone()));
        *buffer = shared;
        for r in outlines {
            self.painter.rect_stroke(
                r.expand(2.0),
                CornerRadius::same(2),
                self.select_stroke(),
                StrokeKind::Outside,
            );
        }
    }

    /// How far a boundary's middle has moved with a drag, in map units.
    fn boundary_shift(&self, boundary: Id) -> Vec2 {
        let Some(e) = self.scene.entry_of(boundary) else {
            return Vec2::ZERO;
        };
        let sides = self.scene.sides_of(&self.scene.entries[e as usize]);
        let sum = sides
            .iter()
            .fold(Vec2::ZERO, |sum, &(s, _)| sum + (self.offset)(s));
        sum / sides.len().max(1) as f32
    }
}

/// The screen rectangle an entry covers, with items moved by `offset` (map
/// units): a group's title bar, a boundary's middle marker, or the item's
/// own shape.
pub fn screen_rect(view: &View, map: &Map, e: &Entry, offset: &dyn Fn(Id) -> Vec2) -> Option<Rect> {
    let shifted = |id: Id, p: Point| {
        let o = offset(id);
        Point::new(p.x + o.x, p.y + o.y)
    };
    let middle = |id: Id| shapes::boundary_middle(map, map.boundaries.get(id)?, offset);
    Some(match e.layer {
        Layer::Group => {
            let g = map.groups.get(e.id)?;
            shapes::group_bar(
                view,
                view.rect(shifted(g.id, g.pos), vec2(g.size.w, g.size.h)),
            )
        }
        Layer::Boundary => Rect::from_center_size(
            view.pos(middle(e.id)?),
            Vec2::splat(2.0 * view.len(shapes::MARKER_RADIUS).max(5.0)),
        ),
        Layer::Card { boundary, slot } => shapes::card_rect(view, middle(boundary)?, slot),
        Layer::Note => {
            let n = map.notes.get(e.id)?;
            view.rect(shifted(n.id, n.pos), vec2(n.size.w, n.size.h))
        }
        Layer::Stakeholder => {
            let s = map.stakeholders.get(e.id)?;
            shapes::stakeholder_rect(view, shifted(s.id, s.pos))
        }
        Layer::Community => {
            let c = map.communities.get(e.id)?;
            let (centre, r) = shapes::community_shape(view, shifted(c.id, c.pos));
            Rect::from_center_size(centre, Vec2::splat(2.0 * r))
        }
    })
}

/// The mean of some points.
fn mean(points: &[Pos2]) -> Pos2 {
    let sum = points.iter().fold(Vec2::ZERO, |sum, p| sum + p.to_vec2());
    (sum / points.len().max(1) as f32).to_pos2()
}

/// Lays out text in at most `rows` lines of `width`, breaking between words,
/// shrinking the font a little when one word is wider than the line, and
/// ending with "…" when it does not fit.
fn fitted(
    painter: &egui::Painter,
    text: &str,
    mut font: FontId,
    colour: Color32,
    width: f32,
    rows: usize,
) -> Arc<egui::Galley> {
    let width = width.max(1.0);
    if let Some(word) = text.split_whitespace().max_by_key(|w| w.chars().count()) {
        let word_width = painter
            .layout_no_wrap(word.to_owned(), font.clone(), colour)
            .size()
            .x;
        if word_width > width {
            font.size *= (width / word_width).max(0.7);
        }
    }
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font, colour, width);
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    job.halign = if rows == 1 {
        egui::Align::LEFT
    } else {
        egui::Align::Center
    };
    painter.layout_job(job)
}

/// Draws a galley centred on a point, whatever its alignment.
fn galley_centred(painter: &egui::Painter, galley: Arc<egui::Galley>, centre: Pos2, ink: Color32) {
    let pos = centre - galley.rect.center().to_vec2();
    painter.galley(pos, galley, ink);
}
