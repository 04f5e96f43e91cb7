//! The canvas: draws the map and turns pointer input into selections and
//! edits. One interaction area with its own hit-testing, not one widget per
//! item; every drawn item still gets an AccessKit node with its label.

use std::collections::HashSet;

use eframe::egui::{self, Key, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, Vec2, vec2};

pub mod access;
pub mod camera;
pub mod display;
mod draw;
mod grid;
mod hit;
mod mesh;
pub mod palette;
mod refresh;
pub mod rename;
pub mod scene;
pub mod shapes;
#[cfg(test)]
mod svg;

pub use access::item_label;

use crate::app::Command;
use crate::model::{Boundary, Colour, Community, Id, IdBuildHasher, Item, Map, Point};
use crate::{Document, Edit};
use camera::Camera;
use draw::Frame;
use hit::{Hit, hit_test};
use rename::Renaming;
use scene::Scene;
use shapes::View;

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
    /// Where everything is, for the revision it was worked out for.
    scene: Option<(u64, Scene)>,
    /// A name being typed on the canvas.
    pub renaming: Option<Renaming>,
    /// What the open context menu is about.
    menu: Option<MenuTarget>,
    /// The canvas and camera of the last fit to the whole map.
    fitted: Option<(Rect, Camera)>,
    /// The zoomed-out mesh's memory, kept between frames.
    mesh: std::sync::Arc<egui::Mesh>,
}

/// Where a context menu was opened: on an item, or on empty canvas.
#[derive(Debug, Clone, Copy)]
struct MenuTarget {
    item: Option<Id>,
    at: Point,
}

/// A drag in progress.
#[derive(Debug, Clone)]
enum Drag {
    /// Moving items; `delta` is in map units so far.
    Move {
        ids: Vec<Id>,
        moving: HashSet<Id, IdBuildHasher>,
        delta: Vec2,
    },
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
    /// Add a community, stakeholder or note (by its command) here, then
    /// name it.
    AddAt(Command, Point),
    /// Run a command, as chosen from a context menu.
    Run(Command),
    /// Start renaming this item.
    Rename(Id),
}

impl CanvasState {
    /// Shows the document's map and gives back what the canvas asks for.
    /// What the canvas derives from the map (the scene and its display
    /// list) is kept from frame to frame, and after edits brought up to
    /// date for what they touched.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document) -> Vec<CanvasAction> {
        let (map, revision) = (doc.map(), doc.revision());
        let scene = match self.scene.take() {
            Some((r, scene)) if r == revision => scene,
            Some((r, mut scene)) => {
                let kept = doc
                    .touched_since(r)
                    .is_some_and(|touched| scene.update(map, &touched));
                if !kept {
                    scene.rebuild(map);
                }
                scene
            }
            None => Scene::new(map),
        };
        let actions = self.frame(ui, map, &scene);
        self.scene = Some((revision, scene));
        actions
    }

    /// Where the canvas shows a drawn item, in map units (a party's or a
    /// note's or group's middle, a boundary's marker), read from the scene
    /// of `map` at `revision`.
    pub fn place_of(&self, map: &Map, revision: u64, id: Id) -> Option<Point> {
        let focus = |scene: &Scene| scene.entry(id).map(|e| e.focus());
        let p = match &self.scene {
            Some((r, scene)) if *r == revision => focus(scene),
            _ => focus(&Scene::new(map)),
        }?;
        Some(Point::new(p.x, p.y))
    }

    fn frame(&mut self, ui: &mut Ui, map: &Map, scene: &Scene) -> Vec<CanvasAction> {
        let mut actions = Vec::new();
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        // A fitted view keeps fitting while the window settles (panels take
        // their width, the text size applies) until the person moves it.
        let settling = self
            .fitted
            .is_some_and(|(r, cam)| r != rect && cam == self.camera);
        if self.fit_pending || settling {
            self.fit_pending = false;
            self.camera.fit(rect, scene.bounds());
            self.fitted = Some((rect, self.camera));
        }
        let pointer = response
            .interact_pointer_pos()
            .or_else(|| response.hover_pos());
        let view = View {
            screen: rect,
            camera: self.camera,
        };

        self.zoom_and_scroll(ui, &response, rect);
        self.pointer_input(ui, &response, &view, map, scene, pointer, &mut actions);

        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let view = View {
            screen: rect,
            camera: self.camera,
        };
        // Items being dragged are drawn wherever they are now, in view or not.
        let moving = match &self.drag {
            Some(Drag::Move { moving, .. }) => scene.moving_entries(moving),
            _ => Vec::new(),
        };
        let entries = scene.query(scene::world_area(&view, 40.0), &moving);
        let selected: HashSet<Id, IdBuildHasher> = self.selection.iter().copied().collect();
        let mut mesh = std::mem::take(&mut self.mesh);
        {
            let offset = self.move_offset();
            let dragging = matches!(self.drag, Some(Drag::Move { .. }));
            Frame {
                ui,
                painter: &painter,
                view,
                map,
                scene,
                selected: &selected,
                dimmed: &self.dimmed,
                offset: dragging.then_some(&offset as &dyn Fn(Id) -> Vec2),
                canvas_id: response.id,
            }
            .draw(&entries, &mut mesh);
        }
        self.mesh = mesh;
        self.rim_hint(ui, &painter, &response, &view, scene);
        self.rename_ui(ui, &view, map, scene, &mut actions);
        response.context_menu(|ui| self.menu_ui(ui, map, &mut actions));
        match &self.drag {
            Some(Drag::Connect { from, to }) => {
                if let Some(e) = scene.entry(*from) {
                    painter.line_segment(
                        [view.at(e.hot.center()), *to],
                        Stroke::new(2.0, ui.visuals().strong_text_color()),
                    );
                }
                // Show which community or stakeholder the boundary would join.
                if let Some(Hit::Body(target) | Hit::Edge(target)) = hit_test(&view, scene, *to)
                    && target != *from
                {
                    ring(ui, &painter, &view, scene, target);
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

    /// The context menu: what can be done with the item under the pointer,
    /// or what can be added where it was opened.
    fn menu_ui(&mut self, ui: &mut Ui, map: &Map, actions: &mut Vec<CanvasAction>) {
        let Some(target) = self.menu else {
            ui.close();
            return;
        };
        let run = |ui: &mut Ui, command: Command, actions: &mut Vec<CanvasAction>| {
            if command.menu_item(ui, false).clicked() {
                actions.push(CanvasAction::Run(command));
                ui.close();
            }
        };
        let Some(id) = target.item.filter(|&id| map.contains(id)) else {
            for kind in [
                Command::AddCommunity,
                Command::AddStakeholder,
                Command::AddNote,
            ] {
                let label = format!("{} here", kind.label());
                if ui.button(label).clicked() {
                    actions.push(CanvasAction::AddAt(kind, target.at));
                    ui.close();
                }
            }
            ui.separator();
            for c in [Command::Paste, Command::SelectAll, Command::ZoomFit] {
                run(ui, c, actions);
            }
            return;
        };
        let parties = self.selection.iter().filter(|&&s| map.is_party(s)).count();
        if map.boundaries.contains(id) {
            run(ui, Command::AddTension, actions);
            run(ui, Command::AddActivity, actions);
            ui.separator();
        } else if map.is_party(id) && parties >= 2 {
            run(ui, Command::Connect, actions);
            ui.separator();
        }
        if rename::name_of(map, id).is_some() && self.selection.len() == 1 {
            run(ui, Command::Rename, actions);
        }
        for c in [
            Command::Cut,
            Command::Copy,
            Command::Duplicate,
            Command::Delete,
        ] {
            run(ui, c, actions);
        }
    }

    /// Over a community's or stakeholder's rim, shows the handle that draws
    /// a boundary: a ring, and a crosshair pointer.
    fn rim_hint(
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

    /// Ends naming on the canvas, keeping what was typed: the edit to apply,
    /// if the name changed.
    pub fn finish_rename(&mut self, map: &Map) -> Option<Edit> {
        self.renaming.take().and_then(|r| rename::finish(map, &r))
    }

    /// Starts naming an item on the canvas (if it has a name there).
    pub fn start_rename(&mut self, map: &Map, id: Id) {
        self.renaming = Renaming::start(map, id);
    }

    fn rename_ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        map: &Map,
        scene: &Scene,
        actions: &mut Vec<CanvasAction>,
    ) {
        let Some(renaming) = &mut self.renaming else {
            return;
        };
        let Some(rect) = scene
            .entry(renaming.id)
            .map(|e| e.on_screen(view, Vec2::ZERO))
        else {
            self.renaming = None;
            return;
        };
        if let rename::Outcome::Done(edit) = rename::ui(ui, renaming, rect, map) {
            self.renaming = None;
            actions.extend(edit.map(CanvasAction::Edit));
        }
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
            Some(Drag::Move { moving, delta, .. }) if moving.contains(&id) => *delta,
            _ => Vec2::ZERO,
        }
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "the frame's input, view and map, passed down once from `frame`"
    )]
    fn pointer_input(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        view: &View,
        map: &Map,
        scene: &Scene,
        pointer: Option<Pos2>,
        actions: &mut Vec<CanvasAction>,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        if response.secondary_clicked()
            && let Some(p) = pointer
        {
            let item = hit_test(view, scene, p).map(|(Hit::Body(id) | Hit::Edge(id))| id);
            if let Some(id) = item
                && !self.selection.contains(&id)
            {
                self.selection = vec![id];
            }
            self.menu = Some(MenuTarget {
                item,
                at: view.camera.world_from_screen(view.screen, p),
            });
        }
        if response.double_clicked()
            && let Some(p) = pointer
        {
            match hit_test(view, scene, p) {
                Some(Hit::Body(id) | Hit::Edge(id)) => actions.push(CanvasAction::Rename(id)),
                None => actions.push(CanvasAction::AddAt(
                    Command::AddCommunity,
                    view.camera.world_from_screen(view.screen, p),
                )),
            }
            return;
        }
        if response.clicked()
            && let Some(p) = pointer
        {
            match hit_test(view, scene, p) {
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
            self.drag = Some(match hit_test(view, scene, p) {
                _ if middle => Drag::Pan,
                Some(Hit::Edge(id)) => Drag::Connect { from: id, to: p },
                Some(Hit::Body(id)) => {
                    if !self.selection.contains(&id) {
                        self.selection = vec![id];
                    }
                    let ids = movable_with_contents(map, &self.selection);
                    Drag::Move {
                        moving: ids.iter().copied().collect(),
                        ids,
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
            self.finish_drag(drag, view, map, scene, actions);
        }
    }

    fn finish_drag(
        &mut self,
        drag: Drag,
        view: &View,
        map: &Map,
        scene: &Scene,
        actions: &mut Vec<CanvasAction>,
    ) {
        match drag {
            Drag::Move { ids, delta, .. } if delta != Vec2::ZERO => {
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
                if let Some(Hit::Body(target) | Hit::Edge(target)) = hit_test(view, scene, to)
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

/// A place at or near `near` where no community or stakeholder stands
/// yet, so that items added from the keyboard do not pile up.
pub fn free_spot(map: &Map, near: Point) -> Point {
    let taken = |p: Point| {
        let close = |q: Point| (q.x - p.x).abs() < 120.0 && (q.y - p.y).abs() < 110.0;
        map.communities.iter().any(|c| close(c.pos))
            || map.stakeholders.iter().any(|s| close(s.pos))
    };
    const STEP: f32 = 150.0;
    for ring in 0..12 {
        let r = ring as f32 * STEP;
        let tries = if ring == 0 { 1 } else { 8 * ring };
        for k in 0..tries {
            let a = std::f32::consts::TAU * k as f32 / tries as f32;
            let p = Point::new(near.x + r * a.cos(), near.y + r * a.sin());
            if !taken(p) {
                return p;
            }
        }
    }
    near
}

/// A new community at `pos`, in the next colour of the palette.
pub fn new_community(map: &Map, pos: Point) -> Item {
    let mut c = Community::new(map.new_id(), "New community", pos);
    c.colour = Colour::PALETTE[map.communities.len() % Colour::PALETTE.len()];
    c.into()
}
