//! The canvas: draws the map and turns pointer and keyboard input into
//! requests (selections, edits, commands). One interaction area with its
//! own hit-testing, not one widget per item; the keyboard walks its items
//! with a focus ring (`keyboard.rs`), and every item, in view or not, still
//! gets an AccessKit node under the canvas's (`access.rs`) that assistive
//! technologies can act on (`actions.rs`).

use std::collections::HashSet;

use eframe::egui::{self, Pos2, Rect, Sense, Ui, Vec2, vec2};

pub mod access;
mod actions;
pub mod camera;
mod describe;
pub mod display;
mod draw;
pub(crate) mod fit;
mod glide;
mod grid;
mod hints;
mod hit;
mod input;
mod keyboard;
mod labels;
pub mod marks;
mod menu;
mod mesh;
pub mod palette;
mod place;
mod refresh;
pub mod rename;
pub mod scene;
pub mod shapes;
mod stack;
#[cfg(test)]
mod svg;
pub(crate) mod tension_rows;
pub mod walk;

pub use access::item_label;
pub use place::{free_spot, new_community, tidy_sizes};

use crate::Document;
use crate::Edit;
use crate::app::command::Ready;
use crate::app::request::Requests;
use crate::app::shown::ShownMap;
use crate::model::{Id, IdBuildHasher, Map, Point};
use camera::Camera;
use draw::Frame;
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
    /// A region of the map (map units) to show on the next frame, as large
    /// as it fits, keeping its proportions.
    region_pending: Option<Rect>,
    /// The canvas and camera of the last fit, and the region fitted (`None`
    /// for the whole map).
    fitted: Option<(Rect, Camera, Option<Rect>)>,
    /// The zoomed-out mesh's memory, kept between frames.
    mesh: std::sync::Arc<egui::Mesh>,
    /// The layouts of names drawn under their shapes, kept between frames.
    names: labels::NameCache,
    /// Items gliding to where tidying put them.
    glide: Option<glide::Glide>,
    /// Items marked as new or changed while a compared copy is shown.
    pub marked: Vec<(Id, marks::Mark)>,
    /// The item under the keyboard's focus ring (see `keyboard.rs`).
    focus: Option<Id>,
    /// The canvas's widget id in the last frame, to give it the keyboard.
    canvas_id: Option<egui::Id>,
    /// The layer the canvas is drawn on, for asking for the keyboard early.
    canvas_layer: Option<egui::LayerId>,
    /// The widget that had the keyboard when the canvas was last drawn.
    keyboard_was: Option<egui::Id>,
    /// The selection the focus ring last followed.
    seen_selection: Vec<Id>,
    /// Whether the map asked for the keyboard back in the last frame.
    coming_back: bool,
}

/// Where the camera was, to come back to (see `CanvasState::spot`).
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    camera: Camera,
    fitted: Option<(Rect, Camera, Option<Rect>)>,
}

/// Where a context menu was opened: on an item, or on empty canvas.
#[derive(Debug, Clone, Copy)]
struct MenuTarget {
    /// The item it was opened on, if any.
    pub(super) item: Option<Id>,
    /// Where it was opened, in map units.
    pub(super) at: Point,
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
        (shown, doc): (ShownMap<'_>, &Document),
        selection: &[Id],
        ready: &Ready,
        out: &mut Requests,
    ) {
        let (map, revision) = (shown.map, shown.key);
        let scene = match self.scene.take() {
            Some((r, scene)) if r == revision => scene,
            Some((r, mut scene)) => {
                // Only the document's history knows what changed; a cut-down
                // copy of the map is drawn again whole.
                let kept = shown.whole
                    && doc
                        .touched_since(r)
                        .is_some_and(|touched| scene.update(map, &touched));
                if !kept {
                    scene.rebuild(map);
                }
                scene
            }
            None => Scene::new(map),
        };
        if self.glide.as_ref().is_some_and(|g| g.revision != revision) {
            self.glide = None;
        }
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

    /// Shows items gliding from where they were to where they are now
    /// (`moves` lists each item with its old and new place), for the map
    /// at `revision`, starting at `now` on the UI's clock.
    pub fn glide(&mut self, moves: &[(Id, Point, Point)], revision: u64, now: f64) {
        self.glide = Some(glide::Glide::new(moves, revision, now));
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

    /// Shows a region of the map (map units) from the next frame on, as
    /// large as it fits and keeping its proportions, and keeps it fitted
    /// while the window settles.
    pub fn show_region(&mut self, region: Rect) {
        self.region_pending = Some(region);
        self.fit_pending = false;
    }

    /// Where the camera is now, and whether it follows a fit, to come back
    /// to later.
    pub fn spot(&self) -> Spot {
        Spot {
            camera: self.camera,
            fitted: self.fitted,
        }
    }

    /// Puts the camera back where it was, as the person left it: a fitted
    /// view goes on fitting while the window settles.
    pub fn restore(&mut self, spot: Spot) {
        self.camera = spot.camera;
        self.fitted = spot.fitted;
        self.region_pending = None;
        self.fit_pending = false;
    }

    /// Where the canvas was on screen in the last frame, in points.
    pub fn screen_rect(&self) -> Option<Rect> {
        self.screen
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
    /// of `map` at `revision` (the key of the map shown).
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
        // One id for the canvas whatever is shown around it: the id egui
        // would give it counts the panels drawn first, so opening the Find
        // bar made the map, its items' nodes and the keyboard's place new
        // to a screen reader.
        let (_, rect) = ui.allocate_space(ui.available_size());
        let response = ui.interact(
            rect,
            egui::Id::unique("map canvas"),
            Sense::click_and_drag(),
        );
        self.screen = Some(rect);
        self.canvas_id = Some(response.id);
        self.canvas_layer = Some(response.layer_id);
        // A fitted view keeps fitting while the window settles (panels take
        // their width, the text size applies) until the person moves it.
        let settling = self
            .fitted
            .filter(|&(r, cam, _)| r != rect && cam == self.camera)
            .map(|(_, _, region)| region);
        let target = match self.region_pending.take() {
            Some(region) => Some(Some(region)),
            None if std::mem::take(&mut self.fit_pending) => Some(None),
            None => settling,
        };
        if let Some(region) = target {
            match region {
                Some(region) => self.camera = Camera::showing(rect, region),
                None => self.camera.fit(rect, scene.bounds()),
            }
            self.fitted = Some((rect, self.camera, region));
        }
        let pointer = response
            .interact_pointer_pos()
            .or_else(|| response.hover_pos());
        let view = View {
            screen: rect,
            camera: self.camera,
        };

        self.zoom_and_scroll(ui, &response, rect);
        self.actions_ui(ui, &response, &view, inputs);
        self.pointer_input(ui, &response, &view, inputs, pointer);
        self.keys_ui(ui, &response, &view, inputs);

        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
        let view = View {
            screen: rect,
            camera: self.camera,
        };
        let now = ui.input(|i| i.time);
        let gliding = self
            .glide
            .as_ref()
            .and_then(|g| Some((g, g.remaining(now)?)));
        if gliding.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(15));
        }
        // Items being dragged or gliding are drawn wherever they are now, in
        // view or not.
        let moving = match (&self.drag, gliding) {
            (Some(Drag::Move { moving, .. }), _) => scene.moving_entries(moving),
            (_, Some((g, _))) => scene.moving_entries(&g.ids),
            _ => Vec::new(),
        };
        let entries = scene.query(scene::world_area(&view, 40.0), &moving);
        let selected: HashSet<Id, IdBuildHasher> = inputs.selection.iter().copied().collect();
        let focused = self.focus.filter(|_| response.has_focus());
        let ring = focused.and_then(|id| self.ring(&view, map, scene, id));
        let marked: Vec<(Id, display::Prim)> = self
            .marked
            .iter()
            .filter_map(|&(id, mark)| Some((id, self.around(&view, map, scene, id, 4.0)?, mark)))
            .flat_map(|(id, rect, mark)| marks::prims(rect, mark).map(|p| (id, p)))
            .collect();
        let mut mesh = std::mem::take(&mut self.mesh);
        let mut names = std::mem::take(&mut self.names);
        {
            let offset = self.move_offset();
            let dragging = matches!(self.drag, Some(Drag::Move { .. }));
            let glide_offset = |id: Id| gliding.map_or(Vec2::ZERO, |(g, left)| g.offset(id, left));
            let shift: Option<&dyn Fn(Id) -> Vec2> = if dragging {
                Some(&offset)
            } else if gliding.is_some() {
                Some(&glide_offset)
            } else {
                None
            };
            Frame {
                ui,
                painter: &painter,
                view,
                map,
                scene,
                selected: &selected,
                dimmed: &self.dimmed,
                offset: shift,
                canvas_id: response.id,
                focused,
                ring: ring.as_ref(),
                marked: &self.marked,
                mark_prims: &marked,
            }
            .draw(&entries, &mut mesh, &mut names);
        }
        self.mesh = mesh;
        self.names = names;
        if gliding.is_none() {
            self.glide = None;
        }
        self.rim_hint(ui, &painter, &response, &view, scene);
        self.ring_callout(ui, &painter, &view, map, focused, scene);
        self.rename_ui(ui, &view, map, scene, inputs.out);
        response.context_menu(|ui| self.menu_ui(ui, inputs));
        self.drag_hint(ui, &painter, &view, scene);
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

    /// The focus ring around an item, a few points outside its hot spot,
    /// in map units.
    fn ring(&self, view: &View, map: &Map, scene: &Scene, id: Id) -> Option<display::Prim> {
        Some(display::focus_ring(self.around(view, map, scene, id, 6.0)?))
    }

    /// The rectangle `pad` points outside an item's hot spot, in map units.
    fn around(&self, view: &View, map: &Map, scene: &Scene, id: Id, pad: f32) -> Option<Rect> {
        let r = keyboard::screen_rect(view, scene, map, id)?.expand(pad);
        let a = view.camera.world_from_screen(view.screen, r.min);
        let b = view.camera.world_from_screen(view.screen, r.max);
        Some(Rect::from_min_max(
            egui::pos2(a.x, a.y),
            egui::pos2(b.x, b.y),
        ))
    }

    fn move_offset(&self) -> impl Fn(Id) -> Vec2 + '_ {
        move |id| match &self.drag {
            Some(Drag::Move { moving, delta, .. }) if moving.contains(&id) => *delta,
            _ => Vec2::ZERO,
        }
    }
}
