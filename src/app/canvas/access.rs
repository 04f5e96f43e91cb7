//! What screen readers and tests hear of the canvas: a name for the canvas
//! and a node with a label for every drawn item.

use eframe::egui::accesskit;

use super::draw::{CLOSE_ZOOM, Frame};
use super::scene::{Entry, Layer};
use super::tension_rows;
use crate::model::query::{self, Tally};
use crate::model::{Id, Map};

/// The label screen readers and tests use for an item.
pub fn item_label(map: &Map, id: Id) -> String {
    label_with(map, id, || query::tally(map, id))
}

fn label_with(map: &Map, id: Id, tally: impl FnOnce() -> Tally) -> String {
    let pinned = |on: bool| if on { " (pinned)" } else { "" };
    if let Some(c) = map.communities.get(id) {
        return format!("Community: {}{}", c.name, pinned(c.pinned));
    }
    if let Some(s) = map.stakeholders.get(id) {
        return format!("Stakeholder: {}{}", s.name, pinned(s.pinned));
    }
    if let Some(b) = map.boundaries.get(id) {
        let names: Vec<&str> = b
            .between
            .iter()
            .map(|&p| map.party_name(p).unwrap_or("?"))
            .collect();
        let tally = tally();
        return format!(
            "Boundary: {}, {}{}",
            names.join(" – "),
            tally.count_words(),
            tally.confidential_words()
        );
    }
    if let Some(a) = map.activities.get(id) {
        return format!("Activity: {}", a.title);
    }
    if let Some(n) = map.notes.get(id) {
        let secret = if n.confidential {
            " (confidential)"
        } else {
            ""
        };
        return format!("Note{secret}: {}{}", n.text, pinned(n.pinned));
    }
    if let Some(g) = map.groups.get(id) {
        return format!("Group: {}", g.label);
    }
    map.describe(id)
}

impl Frame<'_> {
    /// Gives the canvas itself a name, and tells whether anyone is listening
    /// (egui builds an accessibility tree only when asked for one).
    pub(super) fn announced(&self) -> bool {
        self.ui
            .ctx()
            .accesskit_node_builder(self.canvas_id, |node| node.set_label("Map"))
            .is_some()
    }

    /// Gives a drawn item a node in the accessibility tree.
    pub(super) fn announce(&self, e: &Entry) {
        let node_id = self.ui.scope_id().with(("item", e.id));
        self.ui.ctx().accesskit_node_builder(node_id, |node| {
            let rect = self.screen_rect(e);
            node.set_role(accesskit::Role::Button);
            let scene = self.scene;
            node.set_label(label_with(self.map, e.id, || scene.load(e.id).tally));
            node.set_bounds(accesskit::Rect {
                x0: rect.min.x.into(),
                y0: rect.min.y.into(),
                x1: rect.max.x.into(),
                y1: rect.max.y.into(),
            });
            if self.selected.contains(&e.id) {
                node.set_selected(true);
            }
            node.add_action(accesskit::Action::Click);
        });
        if e.layer == Layer::Boundary && self.view.camera.zoom >= CLOSE_ZOOM {
            self.announce_rows(e);
        }
    }

    /// Gives each tension row drawn above a boundary close up a node of
    /// its own, where the row is on screen.
    fn announce_rows(&self, e: &Entry) {
        let load = self.scene.load(e.id);
        let shift = self.shift(e);
        let fit = super::fit::rows_fit(self.scene, e).unwrap_or(0);
        for (k, &t) in load.rows.iter().take(fit).enumerate() {
            let Some(tension) = self.map.tensions.get(t) else {
                continue;
            };
            let row = tension_rows::row_rect(e.hot.center(), load.tensions.len(), fit, k);
            let rect = self.view.map_rect(row.translate(shift));
            let node_id = self.ui.scope_id().with(("row", t));
            self.ui.ctx().accesskit_node_builder(node_id, |node| {
                node.set_role(accesskit::Role::Button);
                node.set_label(tension_rows::row_label(tension));
                node.set_bounds(accesskit::Rect {
                    x0: rect.min.x.into(),
                    y0: rect.min.y.into(),
                    x1: rect.max.x.into(),
                    y1: rect.max.y.into(),
                });
                if self.selected.contains(&t) {
                    node.set_selected(true);
                }
                node.add_action(accesskit::Action::Click);
            });
        }
    }
}
