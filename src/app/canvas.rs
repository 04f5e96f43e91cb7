//! The canvas: draws the map and turns pointer input into selections and
//! edits. One interaction area with its own hit-testing, not one widget per
//! item; every drawn item still gets an AccessKit node with its label.

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Key, Pos2, Rect, Sense, Stroke, StrokeKind, Ui,
    Vec2, accesskit, vec2,
};

use super::camera::Camera;
use super::shapes::{self, View};
use crate::Edit;
use std::collections::{HashMap, HashSet};

use crate::model::{
    Boundary, Colour, Community, Id, IdBuildHasher, Item, Map, Point, Severity, Stakeholder,
    TensionStatus,
};

/// What the canvas remembers between frames. Never saved in a map.
#[derive(Debug, Default)]
pub struct CanvasState {
    /// The view onto the map.
    pub camera: Camera,
    /// The selected items.
    pub selection: Vec<Id>,
    /// Whether the camera should show the whole map on the next frame.
    pub fit_pending: bool,
    /// Items drawn faded because a filter or a search leaves them out. The
    /// room still sees them; they just step back.
    pub dimmed: HashSet<Id, IdBuildHasher>,
    drag: Option<Drag>,
}

/// A drag in progress.
#[derive(Debug, Clone)]
enum Drag {
    /// Moving items; `delta` is in map units so far.
    Move { ids: Vec<Id>, delta: Vec2 },
    /// Panning the view.
    Pan,
    /// Drawing a boundary from a community or stakeholder.
    Connect { from: Id, to: Pos2 },
    /// Selecting with a rubber band.
    Band { start: Pos2, end: Pos2 },
}

/// What the canvas asks the app to do after the frame.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "a handful are made per frame at most"
)]
pub enum CanvasAction {
    /// Apply an edit.
    Edit(Edit),
    /// Add a community here, then name it.
    AddCommunityAt(Point),
    /// Start renaming this item.
    Rename(Id),
}

/// The colour of a model colour.
pub fn colour(c: Colour) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// The colour of a boundary by its highest open severity.
pub fn severity_colour(severity: Option<Severity>) -> Color32 {
    match severity.map(Severity::get) {
        None => Color32::from_gray(150),
        Some(1) => Color32::from_rgb(0x9c, 0xb8, 0x6a),
        Some(2) => Color32::from_rgb(0xd6, 0xc1, 0x4a),
        Some(3) => Color32::from_rgb(0xe3, 0x9b, 0x3a),
        Some(4) => Color32::from_rgb(0xdc, 0x6a, 0x34),
        Some(_) => Color32::from_rgb(0xc8, 0x32, 0x32),
    }
}

/// A short badge for each kind of activity.
pub fn activity_badge(kind: &crate::model::ActivityKind) -> &'static str {
    use crate::model::ActivityKind as K;
    match kind {
        K::Breakthrough => "BT",
        K::BoundaryProject => "BP",
        K::JointResponse => "JR",
        K::RequestForOpinion => "RO",
        K::Visit => "VI",
        K::Workshop => "WS",
        K::OutsourcedTraining => "OT",
        K::Certification => "CE",
        K::Other(_) => "··",
    }
}

/// The label screen readers and tests use for an item.
pub fn item_label(map: &Map, id: Id) -> String {
    if let Some(c) = map.communities.get(id) {
        return format!("Community: {}", c.name);
    }
    if let Some(s) = map.stakeholders.get(id) {
        return format!("Stakeholder: {}", s.name);
    }
    if let Some(b) = map.boundaries.get(id) {
        let n = map.tensions_on(id).count();
        let names: Vec<&str> = b
            .between
            .iter()
            .map(|&p| map.party_name(p).unwrap_or("?"))
            .collect();
        let plural = if n == 1 { "tension" } else { "tensions" };
        return format!("Boundary: {}, {n} {plural}", names.join(" – "));
    }
    if let Some(a) = map.activities.get(id) {
        return format!("Activity: {}", a.title);
    }
    if let Some(n) = map.notes.get(id) {
        return format!("Note: {}", n.text);
    }
    if let Some(g) = map.groups.get(id) {
        return format!("Group: {}", g.label);
    }
    map.describe(id)
}

/// Which part of an item the pointer is over.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hit {
    /// The item itself.
    Body(Id),
    /// The rim of a community or stakeholder, where boundaries start.
    Edge(Id),
}

impl CanvasState {
    /// Shows the canvas and gives back what it asks for. `revision` names
    /// the state of `map` (see [`crate::Document::revision`]): what the
    /// canvas derives from the map is kept until it changes.
    pub fn ui(&mut self, ui: &mut Ui, map: &Map, _revision: u64) -> Vec<CanvasAction> {
        let mut actions = Vec::new();
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        if self.fit_pending {
            self.fit_pending = false;
            self.camera.fit(rect, world_bounds(map));
        }
        let pointer = response
            .interact_pointer_pos()
            .or_else(|| response.hover_pos());
        let view = View {
            screen: rect,
            camera: self.camera,
        };

        self.zoom_and_scroll(ui, &response, rect);
        self.pointer_input(ui, &response, &view, map, pointer, &mut actions);

        let offset = self.move_offset();
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let view = View {
            screen: rect,
            camera: self.camera,
        };
        draw(ui, &painter, &view, map, &self.selection, &offset);
        match &self.drag {
            Some(Drag::Connect { from, to }) => {
                if let Some(c) = shapes::party_centre(map, *from) {
                    let from_screen = view.pos(c) + offset(*from) * view.camera.zoom;
                    painter.line_segment(
                        [from_screen, *to],
                        Stroke::new(2.0, ui.visuals().strong_text_color()),
                    );
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
        actions
    }

    /// Ctrl+scroll or a pinch zooms around the pointer; scrolling pans.
    fn zoom_and_scroll(&mut self, ui: &Ui, response: &egui::Response, rect: Rect) {
        if !response.hovered() {
            return;
        }
        let (zoom, scroll, hover) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        let anchor = hover.unwrap_or(rect.center());
        if zoom != 1.0 {
            self.camera.zoom_around(rect, anchor, zoom);
        }
        if scroll != Vec2::ZERO {
            self.camera.pan(scroll);
        }
    }

    fn move_offset(&self) -> impl Fn(Id) -> Vec2 + '_ {
        move |id| match &self.drag {
            Some(Drag::Move { ids, delta }) if ids.contains(&id) => *delta,
            _ => Vec2::ZERO,
        }
    }

    fn pointer_input(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        view: &View,
        map: &Map,
        pointer: Option<Pos2>,
        actions: &mut Vec<CanvasAction>,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        if response.double_clicked()
            && let Some(p) = pointer
        {
            match hit_test(view, map, p) {
                Some(Hit::Body(id) | Hit::Edge(id)) => actions.push(CanvasAction::Rename(id)),
                None => actions.push(CanvasAction::AddCommunityAt(
                    view.camera.world_from_screen(view.screen, p),
                )),
            }
            return;
        }
        if response.clicked()
            && let Some(p) = pointer
        {
            match hit_test(view, map, p) {
                Some(Hit::Body(id) | Hit::Edge(id)) => {
                    if shift {
                        if let Some(i) = self.selection.iter().position(|&s| s == id) {
                            self.selection.remove(i);
                        } else {
                            self.selection.push(id);
                        }
                    } else {
                        self.selection = vec![id];
                    }
                }
                None if !shift => self.selection.clear(),
                None => {}
            }
        }
        if response.drag_started()
            && let Some(p) = ui.input(|i| i.pointer.press_origin()).or(pointer)
        {
            let middle = ui.input(|i| i.pointer.middle_down());
            self.drag = Some(match hit_test(view, map, p) {
                _ if middle => Drag::Pan,
                Some(Hit::Edge(id)) => Drag::Connect { from: id, to: p },
                Some(Hit::Body(id)) => {
                    if !self.selection.contains(&id) {
                        self.selection = vec![id];
                    }
                    Drag::Move {
                        ids: movable_with_contents(map, &self.selection),
                        delta: Vec2::ZERO,
                    }
                }
                None if shift => Drag::Band { start: p, end: p },
                None => Drag::Pan,
            });
        }
        if response.dragged() {
            let delta = response.drag_delta();
            match &mut self.drag {
                Some(Drag::Move { delta: d, .. }) => *d += delta / self.camera.zoom,
                Some(Drag::Pan) => self.camera.pan(delta),
                Some(Drag::Connect { to, .. }) => *to += delta,
                Some(Drag::Band { end, .. }) => *end += delta,
                None => {}
            }
        }
        if ui.input(|i| i.key_pressed(Key::Escape)) && self.drag.is_some() {
            self.drag = None;
        }
        if response.drag_stopped()
            && let Some(drag) = self.drag.take()
        {
            self.finish_drag(drag, view, map, actions);
        }
    }

    fn finish_drag(&mut self, drag: Drag, view: &View, map: &Map, actions: &mut Vec<CanvasAction>) {
        match drag {
            Drag::Move { ids, delta } if delta != Vec2::ZERO => {
                let moves: Vec<(Id, Point)> = ids
                    .iter()
                    .filter_map(|&id| {
                        let p = map.item(id)?.pos()?;
                        Some((id, Point::new(p.x + delta.x, p.y + delta.y)))
                    })
                    .collect();
                actions.push(CanvasAction::Edit(Edit::Move(moves)));
            }
            Drag::Connect { from, to } => {
                if let Some(Hit::Body(target) | Hit::Edge(target)) = hit_test(view, map, to)
                    && target != from
                    && map.is_party(target)
                {
                    let b = Boundary::new(map.new_id(), vec![from, target]);
                    self.selection = vec![b.id];
                    actions.push(CanvasAction::Edit(Edit::Add(b.into())));
                }
            }
            Drag::Band { start, end } => {
                let band = Rect::from_two_pos(start, end);
                self.selection = items_in(view, map, band);
            }
            _ => {}
        }
    }
}

/// The positioned items to move when `selection` is dragged: the selected
/// ones, and everything inside a selected group.
fn movable_with_contents(map: &Map, selection: &[Id]) -> Vec<Id> {
    let mut ids: Vec<Id> = selection
        .iter()
        .copied()
        .filter(|&id| map.item(id).and_then(|i| i.pos()).is_some())
        .collect();
    for g in selection.iter().filter_map(|&id| map.groups.get(id)) {
        let frame = Rect::from_min_size(egui::pos2(g.pos.x, g.pos.y), vec2(g.size.w, g.size.h));
        let inside = |p: Point| frame.contains(egui::pos2(p.x, p.y));
        let contents = placed_where(map, inside);
        for id in contents {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The communities, stakeholders and notes whose positions lie in `band`.
fn items_in(view: &View, map: &Map, band: Rect) -> Vec<Id> {
    placed_where(map, |p| band.contains(view.pos(p))).collect()
}

/// The communities, stakeholders and notes whose position passes `inside`.
fn placed_where(map: &Map, inside: impl Fn(Point) -> bool) -> impl Iterator<Item = Id> {
    let communities = map.communities.iter().map(|c| (c.id, c.pos));
    let stakeholders = map.stakeholders.iter().map(|s| (s.id, s.pos));
    let notes = map.notes.iter().map(|n| (n.id, n.pos));
    communities
        .chain(stakeholders)
        .chain(notes)
        .filter(move |&(_, p)| inside(p))
        .map(|(id, _)| id)
}

/// The bounding box of everything on the map, in map units.
pub fn world_bounds(map: &Map) -> Rect {
    let mut r = Rect::NOTHING;
    let r_c = shapes::COMMUNITY_RADIUS;
    for c in map.communities.iter() {
        r = r.union(Rect::from_center_size(
            egui::pos2(c.pos.x, c.pos.y),
            Vec2::splat(2.0 * r_c),
        ));
    }
    for s in map.stakeholders.iter() {
        r = r.union(Rect::from_center_size(
            egui::pos2(s.pos.x, s.pos.y),
            shapes::STAKEHOLDER_SIZE,
        ));
    }
    for n in map.notes.iter() {
        r = r.union(Rect::from_min_size(
            egui::pos2(n.pos.x, n.pos.y),
            vec2(n.size.w, n.size.h),
        ));
    }
    for g in map.groups.iter() {
        r = r.union(Rect::from_min_size(
            egui::pos2(g.pos.x, g.pos.y),
            vec2(g.size.w, g.size.h),
        ));
    }
    r
}

/// The topmost item under a screen point.
fn hit_test(view: &View, map: &Map, p: Pos2) -> Option<Hit> {
    let rim = 8.0;
    for s in map.stakeholders.iter().rev() {
        let r = shapes::stakeholder_rect(view, s.pos);
        if r.shrink(rim).contains(p) {
            return Some(Hit::Body(s.id));
        }
        if r.expand(rim).contains(p) {
            return Some(Hit::Edge(s.id));
        }
    }
    for c in map.communities.iter().rev() {
        let (centre, radius) = shapes::community_shape(view, c.pos);
        let d = centre.distance(p);
        if d <= radius - rim {
            return Some(Hit::Body(c.id));
        }
        if d <= radius + rim {
            return Some(Hit::Edge(c.id));
        }
    }
    let none = |_| Vec2::ZERO;
    let loads = loads(map);
    for b in map.boundaries.iter().rev() {
        let Some(mid) = shapes::boundary_middle(map, b, &none) else {
            continue;
        };
        let cards = loads.get(&b.id).map_or(&[][..], |l| &l.cards);
        for (i, &a) in cards.iter().enumerate() {
            if shapes::card_rect(view, mid, i).contains(p) {
                return Some(Hit::Body(a));
            }
        }
        let m = view.pos(mid);
        if m.distance(p) <= view.len(14.0).max(8.0) {
            return Some(Hit::Body(b.id));
        }
        for &side in &b.between {
            if let Some(c) = shapes::party_centre(map, side)
                && shapes::distance_to_segment(p, m, view.pos(c)) <= 5.0
            {
                return Some(Hit::Body(b.id));
            }
        }
    }
    for n in map.notes.iter().rev() {
        if view.rect(n.pos, vec2(n.size.w, n.size.h)).contains(p) {
            return Some(Hit::Body(n.id));
        }
    }
    for g in map.groups.iter().rev() {
        let frame = view.rect(g.pos, vec2(g.size.w, g.size.h));
        let bar = Rect::from_min_size(frame.min, vec2(frame.width(), view.len(shapes::GROUP_BAR)));
        if bar.contains(p) {
            return Some(Hit::Body(g.id));
        }
    }
    None
}

/// What a boundary carries, gathered in one pass over the map so that
/// drawing stays linear in the number of items.
#[derive(Debug, Default)]
struct Load {
    /// All its tensions.
    count: usize,
    /// Its tensions that are not resolved.
    open: usize,
    /// The highest severity among those.
    worst: Option<Severity>,
    /// The activities drawn at it: those listing it first.
    cards: Vec<Id>,
}

fn loads(map: &Map) -> HashMap<Id, Load, IdBuildHasher> {
    let mut loads: HashMap<Id, Load, IdBuildHasher> = HashMap::default();
    for t in map.tensions.iter() {
        let load = loads.entry(t.boundary).or_default();
        load.count += 1;
        if t.status != TensionStatus::Resolved {
            load.open += 1;
            load.worst = load.worst.max(Some(t.severity));
        }
    }
    for a in map.activities.iter() {
        if let Some(&b) = a.boundaries.first() {
            loads.entry(b).or_default().cards.push(a.id);
        }
    }
    loads
}

/// Gives a drawn item a node in the accessibility tree.
fn announce(ui: &Ui, id: Id, label: impl FnOnce() -> String, rect: Rect, selected: bool) {
    let node_id = ui.scope_id().with(("item", id.as_u64()));
    ui.ctx().accesskit_node_builder(node_id, |node| {
        node.set_role(accesskit::Role::Button);
        node.set_label(label());
        node.set_bounds(accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
        if selected {
            node.set_selected(true);
        }
        node.add_action(accesskit::Action::Click);
    });
}

/// Draws the whole map, simpler when zoomed far out.
fn draw(
    ui: &Ui,
    painter: &egui::Painter,
    view: &View,
    map: &Map,
    selection: &[Id],
    offset: &dyn Fn(Id) -> Vec2,
) {
    let detail = view.camera.zoom >= 0.35;
    let loads = loads(map);
    let visuals = ui.visuals();
    let text_colour = visuals.strong_text_color();
    let select_stroke = Stroke::new(3.0, visuals.selection.stroke.color);
    let font = |size: f32| FontId::proportional((size * view.camera.zoom).clamp(6.0, 40.0));
    let clip = view.screen.expand(200.0);
    let shifted = |id: Id, p: Point| {
        let o = offset(id);
        Point::new(p.x + o.x, p.y + o.y)
    };

    for g in map.groups.iter() {
        let frame = view.rect(shifted(g.id, g.pos), vec2(g.size.w, g.size.h));
        if !frame.intersects(clip) {
            continue;
        }
        let c = colour(g.colour);
        painter.rect(
            frame,
            CornerRadius::same(6),
            c.gamma_multiply(0.08),
            Stroke::new(1.5, c),
            StrokeKind::Inside,
        );
        let stroke = if selection.contains(&g.id) {
            select_stroke
        } else {
            Stroke::NONE
        };
        let bar = Rect::from_min_size(frame.min, vec2(frame.width(), view.len(shapes::GROUP_BAR)));
        painter.rect(
            bar,
            CornerRadius::same(6),
            c.gamma_multiply(0.25),
            stroke,
            StrokeKind::Outside,
        );
        if detail {
            painter.text(
                bar.left_center() + vec2(8.0, 0.0),
                Align2::LEFT_CENTER,
                &g.label,
                font(14.0),
                text_colour,
            );
        }
        announce(
            ui,
            g.id,
            || item_label(map, g.id),
            bar,
            selection.contains(&g.id),
        );
    }

    for b in map.boundaries.iter() {
        let Some(mid) = shapes::boundary_middle(map, b, offset) else {
            continue;
        };
        let m = view.pos(mid);
        let load = loads.get(&b.id);
        let count = load.map_or(0, |l| l.count);
        let open = load.map_or(0, |l| l.open);
        let c = severity_colour(load.and_then(|l| l.worst));
        let width = (2.0 + open as f32 * 1.5).min(9.0) * view.camera.zoom.max(0.3);
        let mut on_screen = clip.contains(m);
        for &side in &b.between {
            if let Some(p) = shapes::party_centre(map, side) {
                let s = view.pos(shifted(side, p));
                on_screen |= clip.contains(s);
                painter.line_segment([m, s], Stroke::new(width, c));
            }
        }
        if !on_screen {
            continue;
        }
        let selected = selection.contains(&b.id);
        let r = view.len(13.0).max(5.0);
        painter.circle(
            m,
            r,
            c,
            if selected {
                select_stroke
            } else {
                Stroke::new(1.5, visuals.extreme_bg_color)
            },
        );
        if detail {
            painter.text(
                m,
                Align2::CENTER_CENTER,
                count.to_string(),
                font(13.0),
                Color32::WHITE,
            );
        }
        announce(
            ui,
            b.id,
            || item_label(map, b.id),
            Rect::from_center_size(m, Vec2::splat(2.0 * r)),
            selected,
        );
        if detail {
            let cards = load.map_or(&[][..], |l| &l.cards);
            for (i, &a_id) in cards.iter().enumerate() {
                let Some(a) = map.activities.get(a_id) else {
                    continue;
                };
                let card = shapes::card_rect(view, mid, i);
                let selected = selection.contains(&a_id);
                painter.rect(
                    card,
                    CornerRadius::same(4),
                    visuals.panel_fill,
                    if selected {
                        select_stroke
                    } else {
                        Stroke::new(1.0, visuals.weak_text_color())
                    },
                    StrokeKind::Inside,
                );
                let badge = Rect::from_min_size(card.min, vec2(card.height() * 1.3, card.height()));
                painter.rect_filled(
                    badge,
                    CornerRadius::same(4),
                    Color32::from_rgb(0x4a, 0x5a, 0x7a),
                );
                painter.text(
                    badge.center(),
                    Align2::CENTER_CENTER,
                    activity_badge(&a.kind),
                    font(11.0),
                    Color32::WHITE,
                );
                let title = fitted(
                    painter,
                    &a.title,
                    font(12.0),
                    text_colour,
                    card.width() - badge.width() - 8.0,
                    1,
                );
                painter.galley(
                    pos_left_middle(badge.right() + 4.0, card, title.size()),
                    title,
                    text_colour,
                );
                announce(ui, a_id, || item_label(map, a_id), card, selected);
            }
        }
    }

    for n in map.notes.iter() {
        let r = view.rect(shifted(n.id, n.pos), vec2(n.size.w, n.size.h));
        if !r.intersects(clip) {
            continue;
        }
        let selected = selection.contains(&n.id);
        painter.rect(
            r,
            CornerRadius::same(3),
            colour(n.colour),
            if selected {
                select_stroke
            } else {
                Stroke::NONE
            },
            StrokeKind::Outside,
        );
        if detail {
            let galley = painter.layout(
                n.text.clone(),
                font(13.0),
                Color32::from_gray(30),
                r.width() - 12.0,
            );
            painter.galley(r.min + vec2(6.0, 6.0), galley, Color32::from_gray(30));
        }
        announce(ui, n.id, || item_label(map, n.id), r, selected);
    }

    for s in map.stakeholders.iter() {
        let r = shapes::stakeholder_rect(view, shifted(s.id, s.pos));
        if !r.intersects(clip) {
            continue;
        }
        party_box(
            ui,
            painter,
            s,
            r,
            selection.contains(&s.id),
            select_stroke,
            detail,
            &font,
        );
        announce(
            ui,
            s.id,
            || item_label(map, s.id),
            r,
            selection.contains(&s.id),
        );
    }
    for c in map.communities.iter() {
        let (centre, radius) = shapes::community_shape(view, shifted(c.id, c.pos));
        if !clip.contains(centre) {
            continue;
        }
        community_circle(
            painter,
            c,
            centre,
            radius,
            selection.contains(&c.id),
            select_stroke,
            detail,
            &font,
        );
        announce(
            ui,
            c.id,
            || item_label(map, c.id),
            Rect::from_center_size(centre, Vec2::splat(2.0 * radius)),
            selection.contains(&c.id),
        );
    }
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
) -> std::sync::Arc<egui::Galley> {
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
fn galley_centred(
    painter: &egui::Painter,
    galley: std::sync::Arc<egui::Galley>,
    centre: Pos2,
    colour: Color32,
) {
    let pos = centre - galley.rect.center().to_vec2();
    painter.galley(pos, galley, colour);
}

fn pos_left_middle(left: f32, card: Rect, size: Vec2) -> Pos2 {
    egui::pos2(left, card.center().y - size.y / 2.0)
}

#[allow(
    clippy::too_many_arguments,
    reason = "a drawing helper that takes the frame's shared styles"
)]
fn community_circle(
    painter: &egui::Painter,
    c: &Community,
    centre: Pos2,
    radius: f32,
    selected: bool,
    select_stroke: Stroke,
    detail: bool,
    font: &dyn Fn(f32) -> FontId,
) {
    let fill = colour(c.colour);
    painter.circle(
        centre,
        radius,
        fill,
        if selected {
            select_stroke
        } else {
            Stroke::new(2.0, fill.gamma_multiply(0.6))
        },
    );
    if detail {
        let galley = fitted(
            painter,
            &c.name,
            font(14.0),
            Color32::WHITE,
            radius * 1.8,
            3,
        );
        galley_centred(painter, galley, centre, Color32::WHITE);
    }
}

#[allow(
    clippy::too_many_arguments,
    reason = "a drawing helper that takes the frame's shared styles"
)]
fn party_box(
    ui: &Ui,
    painter: &egui::Painter,
    s: &Stakeholder,
    r: Rect,
    selected: bool,
    select_stroke: Stroke,
    detail: bool,
    font: &dyn Fn(f32) -> FontId,
) {
    let c = colour(s.colour);
    painter.rect(
        r,
        CornerRadius::same(8),
        ui.visuals().panel_fill,
        if selected {
            select_stroke
        } else {
            Stroke::new(2.5, c)
        },
        StrokeKind::Inside,
    );
    if detail {
        let galley = fitted(
            painter,
            &s.name,
            font(13.0),
            ui.visuals().strong_text_color(),
            r.width() - 10.0,
            2,
        );
        galley_centred(
            painter,
            galley,
            r.center(),
            ui.visuals().strong_text_color(),
        );
    }
}

/// A new community at `pos`, in the next colour of the palette.
pub fn new_community(map: &Map, pos: Point) -> Item {
    let mut c = Community::new(map.new_id(), "New community", pos);
    c.colour = Colour::PALETTE[map.communities.len() % Colour::PALETTE.len()];
    c.into()
}
