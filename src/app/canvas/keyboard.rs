//! The keyboard walk over the map. The canvas is one widget that takes the
//! keyboard (Tab reaches it, "Go to the map" puts the keyboard there); while
//! it has it, one item carries the focus ring: arrow keys move the ring to
//! the nearest item that way (see `walk.rs`), Home and End to the first and
//! last item in reading order, Enter selects the item (the inspector shows
//! it), Space adds it to the selection or takes it away. The ring follows
//! the selection, however it is made, and the view scrolls to show it.

use eframe::egui::{self, EventFilter, Key, Modifiers, Pos2, Rect, Ui};

use super::scene::Scene;
use super::shapes::View;
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
            self.step(step, &places, map, scene);
            self.reveal(view, scene, map);
        }
        let Some(id) = self.focus else { return };
        if enter {
            inputs.out.select(vec![id]);
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
    fn step(&mut self, step: Move, places: &[(Id, Pos2)], map: &Map, scene: &Scene) {
        let from = self.focus.and_then(|id| Some((id, place(map, scene, id)?)));
        let next = match (step, from) {
            (Move::Arrow(dir), Some(from)) => walk::next_in_direction(from, places, dir),
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
        if !view.screen.contains_rect(rect)
            && let Some(p) = place(map, scene, id)
        {
            self.camera.centre = p;
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

/// Where an item is on screen: a drawn item's hot spot; a tension, its
/// boundary's marker.
pub(super) fn screen_rect(view: &View, scene: &Scene, map: &Map, id: Id) -> Option<Rect> {
    let entry = scene
        .entry(id)
        .or_else(|| scene.entry(map.tensions.get(id)?.boundary))?;
    Some(entry.on_screen(view, eframe::egui::Vec2::ZERO))
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
