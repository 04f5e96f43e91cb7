//! What an assistive technology asks of a map item, through its node in
//! the accessibility tree: to focus it, to click it (its default action) or
//! to scroll it into view. Each does what the mouse and keyboard do: focus
//! and click select the item and put the keyboard's ring on it, and any of
//! them brings it into view.

use eframe::egui::{self, Event, Ui, accesskit};

use super::keyboard::place;
use super::shapes::View;
use super::{CanvasState, Inputs};
use crate::model::{Id, Map};

/// The node id an item has in the accessibility tree, under the canvas
/// whose widget id is `canvas`.
pub fn node_id(canvas: egui::Id, item: Id) -> egui::Id {
    canvas.with(("item", item))
}

impl CanvasState {
    /// Carries out the requests sent this frame to items' nodes, and takes
    /// them out of the input so that nothing else acts on them.
    pub(super) fn actions_ui(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        view: &View,
        inputs: &mut Inputs<'_>,
    ) {
        let asked: Vec<accesskit::ActionRequest> = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    Event::AccessKitActionRequest(r)
                        if r.target_tree == accesskit::TreeId::ROOT =>
                    {
                        Some(r.clone())
                    }
                    _ => None,
                })
                .collect()
        });
        if asked.is_empty() {
            return;
        }
        let (map, scene) = (inputs.map, inputs.scene);
        let mut done = Vec::new();
        for request in asked {
            let Some(id) = target(map, response.id, request.target_node) else {
                continue;
            };
            if place(map, scene, id).is_none() {
                continue;
            }
            match request.action {
                accesskit::Action::Focus | accesskit::Action::Click => {
                    inputs.out.select(vec![id]);
                    response.request_focus();
                }
                accesskit::Action::ScrollIntoView => {}
                _ => continue,
            }
            self.focus = Some(id);
            self.reveal(view, scene, map);
            done.push(request.target_node);
        }
        ui.input_mut(|i| {
            i.events.retain(
                |e| !matches!(e, Event::AccessKitActionRequest(r) if done.contains(&r.target_node)),
            );
        });
    }
}

/// The item whose node is `node`, if it is one of the map's.
fn target(map: &Map, canvas: egui::Id, node: accesskit::NodeId) -> Option<Id> {
    map.ids()
        .find(|&id| node_id(canvas, id).accesskit_id() == node)
}
