//! The keyboard walk over the map. The canvas is one widget that takes the
//! keyboard (Tab reaches it, "Go to the map" puts the keyboard there); while
//! it has it, one item carries the focus ring: arrow keys move the ring to
//! the nearest item that way (see `walk.rs`), Home and End to the first and
//! last item in reading order, Enter selects the item (the inspector shows
//! it, and a second Enter goes into its first field), Space adds it to the
//! selection or takes it away. The ring follows
//! the selection, however it is made, and the view scrolls to show it.

use eframe::egui::{self, EventFilter, Key, Modifiers, Pos2, Rect, Ui};

use super::scene::Scene;
use super::shapes::View;
use super::stack::{self, Stack};
use super::walk::{self, Direction};
use super::{CanvasState, Inputs};
use crate::model::{Id, Map};

/// What a key pressed on the map asks for.
enum Move {
    /// Along an arrow.
    Arrow(Direction),
    /// To the first item in reading order.
    First,
    /// To the last.
    Last,
}

impl CanvasState {
    /// The item under the keyboard's focus ring, if any (it shows only
    /// while the map has the keyboard).
    pub fn focused_item(&self) -> Option<Id> {
        self.focus
    }

    /// Puts the focus ring on an item, as walking to it would.
    pub fn put_ring_on(&mut self, id: Id) {
        self.focus = Some(id);
    }

    /// Whether the map had the keyboard at the end of the last frame.
    pub fn has_keyboard(&self, ctx: &egui::Context) -> bool {
        self.canvas_id
            .is_some_and(|id| ctx.memory(|m| m.focused() == Some(id)))
    }

    /// The item a command from the keyboard acts on: the one under the
    /// focus ring, while the map has the keyboard.
    pub fn keyboard_item(&self, ctx: &egui::Context) -> Option<Id> {
        self.focus.filter(|_| self.has_keyboard(ctx))
    }

    /// Makes the map the first stop of Tab. egui passes Tab on in the order
    /// widgets ask for the keyboard, and the map, drawn after every panel,
    /// would come last; asking for it here, before the menus, makes the
    /// first Tab land on the map and Tab from the map go on to the menus in
    /// the same frame. Shift+Tab from the map is left to the map's own
    /// place, after the panels, so that it goes back to the last of them.
    pub fn offer_keyboard_first(&self, ctx: &egui::Context) {
        let Some((id, layer)) = self.canvas_id.zip(self.canvas_layer) else {
            return;
        };
        let back = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, egui::Event::Key { key: Key::Tab, pressed: true, modifiers, .. }
                    if modifiers.shift_only())
            })
        });
        if back && self.has_keyboard(ctx) {
            return;
        }
        ctx.memory_mut(|m| m.interested_in_focus(id, layer));
    }

    /// Puts the keyboard on the map ("Go to the map").
    pub fn take_keyboard(&mut self, ctx: &egui::Context) {
        if let Some(id) = self.canvas_id {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    /// Reads the keys for the walk, once a frame, before anything is drawn.
    pub(super) fn keys_ui(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        view: &View,
        inputs: &mut Inputs<'_>,
    ) {
        let (map, scene) = (inputs.map, inputs.scene);
        self.follow_selection(map, scene, inputs.selection);
        let had = self.back_from_elsewhere(ui, response);
        if !response.has_focus() {
            return;
        }
        // Arrows and Escape belong to the map while it has the keyboard;
        // Tab still leaves it.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                EventFilter {
                    tab: false,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                },
            );
        });
        let places = places(scene);
        if self.focus.is_none() {
            self.focus = first_focus(scene, &places, inputs.selection);
            self.reveal(view, scene, map);
        }
        // Keys pressed as the map takes the keyboard were meant for
        // whatever had it (the Enter that closed a field).
        if !had {
            return;
        }
        let asked = ui.input_mut(|i| {
            let mut pressed = |key| i.consume_key(Modifiers::NONE, key);
            let step = [
                (Key::ArrowUp, Move::Arrow(Direction::Up)),
                (Key::ArrowDown, Move::Arrow(Direction::Down)),
                (Key::ArrowLeft, Move::Arrow(Direction::Left)),
                (Key::ArrowRight, Move::Arrow(Direction::Right)),
                (Key::Home, Move::First),
                (Key::End, Move::Last),
            ]
            .into_iter()
            .find(|(key, _)| pressed(*key))
            .map(|(_, m)| m);
            (step, pressed(Key::Enter), pressed(Key::Space))
        });
        let (step, enter, space) = asked;
        if let Some(step) = step {
            self.step(step, &places, map, scene, view.camera.zoom);
            self.reveal(view, scene, map);
        }
        let Some(id) = self.focus else { return };
        if enter {
            inputs.out.push(crate::app::request::Request::Inspect(id));
        }
        if space {
            let mut ids = inputs.selection.to_vec();
            match ids.iter().position(|&s| s == id) {
                Some(k) => {
                    ids.remove(k);
                }
                None => ids.push(id),
            }
            inputs.out.select(ids);
        }
    }

    /// Moves the ring one step.
    fn step(&mut self, step: Move, places: &[(Id, Pos2)], map: &Map, scene: &Scene, zoom: f32) {
        let next = match (step, self.focus) {
            (Move::Arrow(dir), Some(at)) => arrow(at, dir, places, map, scene, zoom),
            (Move::Arrow(_), None) | (Move::First, _) => {
                walk::reading_order(places).first().copied()
            }
            (Move::Last, _) => walk::reading_order(places).last().copied(),
        };
        if next.is_some() {
            self.focus = next;
        }
    }

    /// The ring goes where the selection goes: to the item selected last,
    /// whenever the selection changes (a click, Find, the overview, undo).
    /// A ring on an item that is gone is dropped.
    fn follow_selection(&mut self, map: &Map, scene: &Scene, selection: &[Id]) {
        if self.seen_selection != selection {
            self.seen_selection = selection.to_vec();
            if let Some(&last) = selection.last()
                && place(map, scene, last).is_some()
            {
                self.focus = Some(last);
            }
        }
        if self.focus.is_some_and(|id| place(map, scene, id).is_none()) {
            self.focus = None;
        }
    }

    /// When the keyboard leaves a panel for nowhere (Escape in a field of
    /// the inspector, a name or a picker done with), it comes back to the
    /// map, to the item it was on. Gives back whether the map had the
    /// keyboard in the last frame.
    fn back_from_elsewhere(&mut self, ui: &Ui, response: &egui::Response) -> bool {
        let now = ui.memory(|m| m.focused());
        let before = std::mem::replace(&mut self.keyboard_was, now);
        let elsewhere = before.is_some_and(|id| id != response.id);
        // A dialog that just closed still holds the keyboard away from the
        // map for one frame, so the map asks once more on the next.
        let again = std::mem::take(&mut self.coming_back);
        if (elsewhere || again) && now.is_none() && self.focus.is_some() {
            response.request_focus();
            self.coming_back = elsewhere;
        }
        before == Some(response.id)
    }

    /// Brings the item under the ring into view when it is not wholly on
    /// the canvas, keeping the zoom.
    pub(super) fn reveal(&mut self, view: &View, scene: &Scene, map: &Map) {
        let Some(id) = self.focus else { return };
        let Some(rect) = screen_rect(view, scene, map, id) else {
            return;
        };
        if !view.screen.contains_rect(rect) {
            let w = view.camera.world_from_screen(view.screen, rect.center());
            self.camera.centre = eframe::egui::pos2(w.x, w.y);
        }
    }
}

/// Where each drawn item is, for the walk: its middle in map units (a
/// boundary's marker).
fn places(scene: &Scene) -> Vec<(Id, Pos2)> {
    scene.entries.iter().map(|e| (e.id, e.focus())).collect()
}

/// Where the walk counts an item to be, in map units: a drawn item's
/// middle; a tension is where its boundary's marker is.
pub(super) fn place(map: &Map, scene: &Scene, id: Id) -> Option<Pos2> {
    let drawn = |id| scene.entry(id).map(|e| e.focus());
    drawn(id).or_else(|| drawn(map.tensions.get(id)?.boundary))
}

/// Where an item is on screen: a drawn item's hot spot; a tension, its row
/// when one is drawn, else its boundary's marker.
pub(super) fn screen_rect(view: &View, scene: &Scene, map: &Map, id: Id) -> Option<Rect> {
    if let Some(e) = scene.entry(id) {
        return Some(e.on_screen(view, eframe::egui::Vec2::ZERO));
    }
    let e = scene.entry(map.tensions.get(id)?.boundary)?;
    let row = Stack::of(scene, e, view.camera.zoom).row_rect(e.hot.center(), id);
    Some(row.map_or_else(
        || e.on_screen(view, eframe::egui::Vec2::ZERO),
        |r| view.map_rect(r),
    ))
}

/// The item the ring starts on when the map takes the keyboard: the first
/// selected item that is drawn, else the first in reading order.
fn first_focus(scene: &Scene, places: &[(Id, Pos2)], selection: &[Id]) -> Option<Id> {
    selection
        .iter()
        .copied()
        .find(|&id| scene.entry(id).is_some())
        .or_else(|| walk::reading_order(places).first().copied())
}

/// Where an arrow goes from item `at`. A boundary's tensions stand above
/// it (see `stack.rs`): Up from the boundary goes into them and through
/// them, Down comes back; past the top, and Left or Right, the walk goes
/// on from the boundary as from any item.
fn arrow(
    at: Id,
    dir: Direction,
    places: &[(Id, Pos2)],
    map: &Map,
    scene: &Scene,
    zoom: f32,
) -> Option<Id> {
    let on = map.tensions.get(at).map(|t| t.boundary);
    let boundary = on.unwrap_or(at);
    if let Some(e) = scene
        .entry(boundary)
        .filter(|e| e.layer == super::scene::Layer::Boundary)
    {
        let stack = Stack::of(scene, e, zoom);
        match (on, dir) {
            (Some(_), Direction::Up | Direction::Down) => {
                match stack::step_within(&stack, at, dir == Direction::Up) {
                    Ok(next) => return Some(next),
                    Err(false) => return Some(boundary),
                    Err(true) => {}
                }
            }
            (None, Direction::Up) => {
                if let Some(&first) = stack.upward().first() {
                    return Some(first);
                }
            }
            _ => {}
        }
    }
    let from = (boundary, place(map, scene, boundary)?);
    walk::next_in_direction(from, places, dir)
}
