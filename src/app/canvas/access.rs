//! What screen readers and tests hear of the canvas: a name for the canvas
//! and, under it, a node for every item on the map, in view or not, with
//! its label and its state; each tension under its boundary.

use std::collections::{HashMap, HashSet};

use eframe::egui::{self, Rect, accesskit};

use super::actions::node_id;
use super::describe::state_words;
use super::draw::Frame;
use super::scene::{Entry, Layer};
use super::stack::Stack;
use super::tension_rows;
use crate::model::query::{self, Tally};
use crate::model::{Id, IdBuildHasher, Map};

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
            .accesskit_node_builder(self.canvas_id, |node| {
                node.set_label("Map");
                node.set_role(accesskit::Role::Canvas);
            })
            .is_some()
    }

    /// Gives every item on the map a node under the canvas's, in view or
    /// not, so the map can be listed whole; tensions under their boundary's.
    /// While the map has the keyboard, the item under the focus ring is the
    /// canvas's active descendant, which screen readers follow as focus.
    pub(super) fn announce_all(&self) {
        let open = self.open_counts();
        let mut children = Vec::with_capacity(self.scene.entries.len());
        let mut moved: HashSet<accesskit::NodeId> = HashSet::default();
        let mut order: Vec<&Entry> = self.scene.entries.iter().collect();
        order.sort_by(|a, b| {
            let (p, q) = (a.focus(), b.focus());
            p.y.total_cmp(&q.y)
                .then(p.x.total_cmp(&q.x))
                .then(a.id.cmp(&b.id))
        });
        for e in order {
            let id = self.announce(e, &open, &mut moved);
            children.push(id);
            moved.insert(id);
        }
        let ctx = self.ui.ctx();
        // egui hangs every new node from the window; they belong to the map.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            let kept: Vec<accesskit::NodeId> = root
                .children()
                .iter()
                .copied()
                .filter(|c| !moved.contains(c))
                .collect();
            root.set_children(kept);
        });
        let focused = self
            .focused
            .map(|id| node_id(self.canvas_id, id).accesskit_id());
        ctx.accesskit_node_builder(self.canvas_id, |node| {
            for &c in &children {
                node.push_child(c);
            }
            if let Some(f) = focused {
                node.set_active_descendant(f);
            }
        });
    }

    /// The open tensions of each boundary, and of each community and
    /// stakeholder at its boundaries, from the scene's counts.
    fn open_counts(&self) -> HashMap<Id, usize, IdBuildHasher> {
        let mut open: HashMap<Id, usize, IdBuildHasher> = HashMap::default();
        for e in self
            .scene
            .entries
            .iter()
            .filter(|e| e.layer == Layer::Boundary)
        {
            let n = self.scene.load(e.id).tally.open;
            open.insert(e.id, n);
            for &(side, _) in self.scene.sides_of(e) {
                *open.entry(side).or_default() += n;
            }
        }
        open
    }

    /// Gives an item a node: its label, its state, where it is on the
    /// canvas (nowhere, when out of view) and what can be done to it. Gives
    /// back the node's id; the ids of its tensions' nodes go to `moved`.
    fn announce(
        &self,
        e: &Entry,
        open: &HashMap<Id, usize, IdBuildHasher>,
        moved: &mut HashSet<accesskit::NodeId>,
    ) -> accesskit::NodeId {
        let node_id = node_id(self.canvas_id, e.id);
        let rect = self.screen_rect(e);
        let scene = self.scene;
        let label = label_with(self.map, e.id, || scene.load(e.id).tally);
        let mut state = state_words(self.map, e.id, || open.get(&e.id).copied().unwrap_or(0));
        if let Some((_, mark)) = self.marked.iter().find(|(id, _)| *id == e.id) {
            if !state.is_empty() {
                state.push_str(", ");
            }
            state.push_str(mark.words());
        }
        self.item_node(node_id, e.id, label, state, Some(rect));
        if e.layer == Layer::Boundary {
            moved.extend(self.announce_tensions(e, node_id));
        }
        node_id.accesskit_id()
    }

    /// Fills one item's node.
    fn item_node(
        &self,
        node_id: egui::Id,
        id: Id,
        label: String,
        state: String,
        rect: Option<Rect>,
    ) {
        // Only the part of the canvas that shows: an item under a panel or
        // out of view claims no place on screen.
        let rect = rect
            .map(|r| r.intersect(self.view.screen))
            .filter(|r| r.is_positive());
        self.ui.ctx().accesskit_node_builder(node_id, |node| {
            node.set_role(accesskit::Role::Button);
            node.set_label(label);
            // "Selected" leads the description: screen readers read a
            // focused item's new description out, but not its selected
            // state when it is a button.
            let selected = self.selected.contains(&id);
            let state = match (selected, state.is_empty()) {
                (true, true) => "selected".to_owned(),
                (true, false) => format!("selected, {state}"),
                (false, _) => state,
            };
            if !state.is_empty() {
                node.set_description(state);
            }
            if let Some(r) = rect {
                node.set_bounds(accesskit::Rect {
                    x0: r.min.x.into(),
                    y0: r.min.y.into(),
                    x1: r.max.x.into(),
                    y1: r.max.y.into(),
                });
            }
            node.set_selected(self.selected.contains(&id));
            node.add_action(accesskit::Action::Click);
            node.add_action(accesskit::Action::Focus);
            node.add_action(accesskit::Action::ScrollIntoView);
        });
    }

    /// Gives each tension of a boundary a node under the boundary's; those
    /// drawn as rows (close up) say where their row is, and each says which
    /// of how many it is ("2 of 3"). Gives back their nodes' ids.
    fn announce_tensions(&self, e: &Entry, parent: egui::Id) -> Vec<accesskit::NodeId> {
        let stack = Stack::of(self.scene, e, self.view.camera.zoom);
        let shift = self.shift(e);
        let mut ids = Vec::with_capacity(stack.ordered.len());
        let of = stack.ordered.len();
        for (k, &t) in stack.ordered.iter().enumerate() {
            let Some(tension) = self.map.tensions.get(t) else {
                continue;
            };
            let rect = stack
                .row_rect(e.hot.center(), t)
                .map(|row| self.view.map_rect(row.translate(shift)));
            let node_id = node_id(self.canvas_id, t);
            // Which of how many: screen readers say a set's place only for
            // list items, and these are buttons.
            let words = state_words(self.map, t, || 0);
            let state = match words.is_empty() {
                true => format!("{} of {of}", k + 1),
                false => format!("{words}, {} of {of}", k + 1),
            };
            self.item_node(node_id, t, tension_rows::row_label(tension), state, rect);
            self.ui.ctx().accesskit_node_builder(node_id, |node| {
                node.set_position_in_set(k + 1);
                node.set_size_of_set(of);
            });
            ids.push(node_id.accesskit_id());
        }
        if !ids.is_empty() {
            self.ui.ctx().accesskit_node_builder(parent, |node| {
                for &c in &ids {
                    node.push_child(c);
                }
            });
        }
        ids
    }
}
