//! Tidying the map and pinning items in place.

use eframe::egui;

use super::availability::pins;
use crate::Edit;
use crate::app::ConveneApp;
use crate::app::canvas::tidy_sizes;
use crate::layout::tidy;
use crate::model::{Item, Point};

impl ConveneApp {
    /// Spreads the map out: one move of every item that goes somewhere
    /// else (one undo step), which the canvas then shows gliding from
    /// where the items were.
    pub(super) fn tidy(&mut self, ctx: &egui::Context) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let moves = tidy(map, &tidy_sizes());
        if moves.is_empty() {
            self.banner = Some("The map is already tidy: nothing needed to move.".to_owned());
            return;
        }
        let from: Vec<(crate::model::Id, Point, Point)> = moves
            .iter()
            .filter_map(|&(id, to)| Some((id, map.item(id)?.pos()?, to)))
            .collect();
        let selection = self.selection.ids().to_vec();
        if self.apply(Edit::Move(moves), None, Some(selection))
            && let Some(w) = &self.work
        {
            let now = ctx.input(|i| i.time);
            self.canvas.glide(&from, w.doc.revision(), now);
        }
    }

    /// Pins the selected communities, stakeholders and notes in place, or,
    /// when all of them are pinned already, lets them move again: one undo
    /// step.
    pub(super) fn toggle_pins(&mut self) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let selected = pins(map, self.selection.ids());
        let pin = !selected.iter().all(|&(_, on)| on);
        let mut edits: Vec<Edit> = selected
            .iter()
            .filter(|&&(_, on)| on != pin)
            .filter_map(|&(id, _)| {
                let item = match map.item(id)? {
                    Item::Community(mut c) => {
                        c.pinned = pin;
                        c.into()
                    }
                    Item::Stakeholder(mut s) => {
                        s.pinned = pin;
                        s.into()
                    }
                    Item::Note(mut n) => {
                        n.pinned = pin;
                        n.into()
                    }
                    _ => return None,
                };
                Some(Edit::Update(item))
            })
            .collect();
        let edit = match edits.len() {
            0 => return,
            1 => edits.remove(0),
            _ => Edit::Batch(edits),
        };
        self.apply(edit, None, None);
    }
}
