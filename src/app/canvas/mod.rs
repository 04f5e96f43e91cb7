//! The canvas: draws the map and turns pointer input into requests
//! (selections, edits, commands). One interaction area with its own
//! hit-testing, not one widget per item; every drawn item still gets an
//! AccessKit node with its label.

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

use crate::Document;
use crate::Edit;
use crate::app::command::Command;
use crate::app::command::{Placed, Ready};
use crate::app::request::{Request, Requests};
use crate::model::{Boundary, Colour, Community, Id, IdBuildHasher, Item, Map, Point};
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
    /// Where the canvas was on screen in the last frame.
    screen: Option<Rect>,
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

/// What one frame of the canvas reads and where it asks for changes.
struct Inputs<'a> {
    map: &'a Map,
    scene: &'a Scene,
    /// The selected items, as the frame began.
    selection: &'a [Id],
    /// Which commands can run now.
    ready: &'a Ready,
    /// Where requests go.
    out: &'a mut Requests,
}

impl CanvasState {
    /// Shows the document's map; what the canvas wants changed goes to
    /// `out`. What it derives from the map (the scene and its display list)
    /// is kept from frame to frame, and after edits brought up to date for
    /// what they touched.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        selection: &[Id],
        ready: &Ready,
        out: &mut Requests,
    ) {
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
        let mut inputs = Inputs {
            map,
            scene: &scene,
            selection,
            ready,
            out,
        };
        self.frame(ui, &mut inputs);
        self.scene = Some((revision, scene));
    }

    /// Whether a drag is in progress (Escape then belongs to the canvas).
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// Stops a drag in progress, leaving everything where it was. Gives
    /// back whether there was one.
    pub fn cancel_drag(&mut self) -> bool {
        self.drag.take().is_some()
    }

    /// Zooms in or out around the middle of the canvas.
    pub fn zoom_by(&mut self, factor: f32) {
        let screen = self.screen();
        self.camera.zoom_around(screen, screen.center(), factor);
    }

    /// Where the canvas is on screen (before its first frame, a window's
    /// usual size).
    fn screen(&self) -> Rect {
        self.screen
            .unwrap_or(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0)))
    }

    /// The part of the map the canvas shows, in map units.
    pub fn visible_area(&self) -> Rect {
        let view = View {
            screen: self.screen(),
            camera: self.camera,
        };
        scene::world_area(&view, 0.0)
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

    fn frame(&mut self, ui: &mut Ui, inputs: &mut Inputs<'_>) {
        let (map, scene) = (inputs.map, inputs.scene);
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.screen = Some(rect);
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
        self.pointer_input(ui, &response, &view, inputs, pointer);

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
        let selected: HashSet<Id, IdBuildHasher> = inputs.selection.iter().copied().collect();
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
        self.rename_ui(ui, &view, map, scene, inputs.out);
        response.context_menu(|ui| self.menu_ui(ui, inputs));
        self.drag_hint(ui, &painter, &view, scene);
    }

    /// What a drag in progress shows: the boundary being drawn and the
    /// community it would join, or the selection band.
    fn drag_hint(&self, ui: &Ui, painter: &egui::Painter, view: &View, scene: &Scene) {
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

    /// The context menu: what can be done with the item under the pointer,
    /// or what can be added where it was opened. Commands that cannot run
    /// are greyed out.
    fn menu_ui(&mut self, ui: &mut Ui, inputs: &mut Inputs<'_>) {
        let Some(target) = self.menu else {
            ui.close();
            return;
        };
        let (map, ready) = (inputs.map, inputs.ready);
        let out = &mut *inputs.out;
        let run = |ui: &mut Ui, command: Command, out: &mut Requests| {
            if command.menu_item(ui, ready) {
                out.run(command);
                ui.close();
            }
        };
        let Some(id) = target.item.filter(|&id| map.contains(id)) else {
            for kind in [Placed::Community, Placed::Stakeholder, Placed::Note] {
                let label = format!("{} here", Command::Add(kind).label());
                if ui.button(label).clicked() {
                    out.push(Request::AddAt(kind, target.at));
                    ui.close();
                }
            }
            ui.separator();
            for c in [Command::Paste, Command::SelectAll, Command::ZoomFit] {
                run(ui, c, out);
            }
            return;
        };
        if map.boundaries.contains(id) {
            run(ui, Command::AddTension, out);
            run(ui, Command::AddActivity, out);
            ui.separator();
        } else if map.is_party(id) && ready.can_run(Command::Connect) {
            run(ui, Command::Connect, out);
            ui.separator();
        }
        for c in [
            Command::Rename,
            Command::Cut,
            Command::Copy,
            Command::Duplicate,
            Command::Delete,
        ] {
            run(ui, c, out);
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
        out: &mut Requests,
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
            if let Some(edit) = edit {
                out.edit(edit, None);
            }
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

    fn pointer_input(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        view: &View,
        inputs: &mut Inputs<'_>,
        pointer: Option<Pos2>,
    ) {
        let (map, scene) = (inputs.map, inputs.scene);
        let hit = |p: Pos2| hit_test(view, scene, p).map(|(Hit::Body(id) | Hit::Edge(id))| id);
        if response.secondary_clicked()
            && let Some(p) = pointer
        {
            let item = hit(p);
            if let Some(id) = item
                && !inputs.selection.contains(&id)
            {
                inputs.out.select(vec![id]);
            }
            self.menu = Some(MenuTarget {
                item,
                at: view.camera.world_from_screen(view.screen, p),
            });
        }
        if response.double_clicked()
            && let Some(p) = pointer
        {
            inputs.out.push(match hit(p) {
                Some(id) => Request::Rename(id),
                None => Request::AddAt(
                    Placed::Community,
                    view.camera.world_from_screen(view.screen, p),
                ),
            });
            return;
        }
        if response.clicked()
            && let Some(p) = pointer
        {
            let shift = ui.input(|i| i.modifiers.shift);
            if let Some(ids) = clicked(inputs.selection, hit(p), shift) {
                inputs.out.select(ids);
            }
        }
        if response.drag_started()
            && let Some(p) = ui.input(|i| i.pointer.press_origin()).or(pointer)
        {
            self.drag = Some(self.start_drag(ui, view, inputs, p));
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
        // Escape drops a drag: egui ends it in the same frame, and nothing
        // it would have done is asked for.
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            self.drag = None;
        }
        if response.drag_stopped()
            && let Some(drag) = self.drag.take()
        {
            finish_drag(drag, view, map, scene, inputs.out);
        }
    }

    /// What a drag that starts at `p` does: moves what is under it (and
    /// selects it first), draws a boundary from a rim, pans, or selects
    /// with a band (Shift).
    fn start_drag(&self, ui: &Ui, view: &View, inputs: &mut Inputs<'_>, p: Pos2) -> Drag {
        let (map, scene) = (inputs.map, inputs.scene);
        let middle = ui.input(|i| i.pointer.middle_down());
        let shift = ui.input(|i| i.modifiers.shift);
        match hit_test(view, scene, p) {
            _ if middle => Drag::Pan,
            Some(Hit::Edge(id)) => Drag::Connect { from: id, to: p },
            Some(Hit::Body(id)) => {
                let selection = if inputs.selection.contains(&id) {
                    inputs.selection.to_vec()
                } else {
                    inputs.out.select(vec![id]);
                    vec![id]
                };
                let ids = movable_with_contents(map, &selection);
                Drag::Move {
                    moving: ids.iter().copied().collect(),
                    ids,
                    delta: Vec2::ZERO,
                }
            }
            None if shift => Drag::Band { start: p, end: p },
            None => Drag::Pan,
        }
    }
}

/// The selection after a click on `hit` (nothing, or an item), if it
/// changes: Shift adds or takes away, a plain click selects only that item,
/// a click on empty canvas clears.
fn clicked(selection: &[Id], hit: Option<Id>, shift: bool) -> Option<Vec<Id>> {
    match hit {
        Some(id) if shift => {
            let mut ids = selection.to_vec();
            match ids.iter().position(|&s| s == id) {
                Some(i) => {
                    ids.remove(i);
                }
                None => ids.push(id),
            }
            Some(ids)
        }
        Some(id) => Some(vec![id]),
        None if shift => None,
        None => Some(Vec::new()),
    }
}

/// Asks for what a finished drag does: one move edit for everything
/// dragged, a new boundary (selected), or the items in the band selected.
fn finish_drag(drag: Drag, view: &View, map: &Map, scene: &Scene, out: &mut Requests) {
    match drag {
        Drag::Move { ids, delta, .. } if delta != Vec2::ZERO => {
            let moves: Vec<(Id, Point)> = ids
                .iter()
                .filter_map(|&id| {
                    let p = map.item(id)?.pos()?;
                    Some((id, Point::new(p.x + delta.x, p.y + delta.y)))
                })
                .collect();
            out.edit(Edit::Move(moves), None);
        }
        Drag::Connect { from, to } => {
            if let Some(Hit::Body(target) | Hit::Edge(target)) = hit_test(view, scene, to)
                && target != from
                && map.is_party(target)
            {
                let b = Boundary::new(map.new_id(), vec![from, target]);
                let id = b.id;
                out.edit_and_select(Edit::Add(b.into()), vec![id]);
            }
        }
        Drag::Band { start, end } => {
            let band = Rect::from_two_pos(start, end);
            out.select(items_in(view, map, band));
        }
        _ => {}
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
    for &g in selection.iter().filter(|&&id| map.groups.contains(id)) {
        for id in map.group_contents(g) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The communities, stakeholders and notes whose positions lie in `band`.
fn items_in(view: &View, map: &Map, band: Rect) -> Vec<Id> {
    map.placed()
        .filter(|&(_, p)| band.contains(view.pos(p)))
        .map(|(id, _)| id)
        .collect()
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

/// A place in `area` (map units: what the canvas shows), as near its middle
/// as can be, where no community or stakeholder stands yet, so that items
/// added from the keyboard do not pile up and are never out of sight. When
/// every place in view is taken, the middle.
pub fn free_spot(map: &Map, area: Rect) -> Point {
    let near = Point::new(area.center().x, area.center().y);
    // Far enough in from the edges that the whole shape shows.
    let inner = area.shrink2(vec2(
        (shapes::COMMUNITY_RADIUS + 10.0).min(area.width() / 2.0),
        (shapes::COMMUNITY_RADIUS + 10.0).min(area.height() / 2.0),
    ));
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
            if inner.contains(egui::pos2(p.x, p.y)) && !taken(p) {
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
