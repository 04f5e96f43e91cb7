//! Pointer input on the canvas: clicks select, double-clicks name or add,
//! drags move, pan, draw a boundary from a rim or select with a band; each
//! becomes a request. Escape drops a drag.

use eframe::egui::{self, Key, Pos2, Rect, Ui, Vec2};

use super::hit::{Hit, hit_test};
use super::scene::Scene;
use super::shapes::View;
use super::{CanvasState, Drag, Inputs, MenuTarget};
use crate::Edit;
use crate::app::command::Placed;
use crate::app::request::{Request, Requests};
use crate::model::{Boundary, Id, Map, Point};

impl CanvasState {
    /// Ctrl+scroll or a pinch zooms around the pointer; scrolling pans.
    pub(super) fn zoom_and_scroll(&mut self, ui: &Ui, response: &egui::Response, rect: Rect) {
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

    pub(super) fn pointer_input(
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
        // A click of the mouse; Enter and Space on the map are the walk's
        // (see `keyboard.rs`). The map takes the keyboard, so that the
        // arrows go on from what was clicked.
        if response.clicked_by(egui::PointerButton::Primary)
            && let Some(p) = pointer
        {
            response.request_focus();
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
