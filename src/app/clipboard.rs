//! Copy, cut, paste and duplicate, through the system clipboard so that
//! items can move between two Convene windows.

use eframe::egui;

use crate::Edit;
use crate::app::ConveneApp;
use crate::edit::clip::{self, Clip};
use crate::file::{self, ClipText};
use crate::model::{Map, Note, Point};

/// How far each paste into the same map lands from the last, in map units.
const STEP: f32 = 30.0;

/// What the app remembers about copying, between frames.
#[derive(Debug, Default)]
pub struct Clipboard {
    /// The text last copied from this window, for Paste from the menu
    /// (egui hands over the system clipboard only with Ctrl+V).
    text: Option<String>,
    /// How many times the current copy has been pasted into its own map.
    pastes: u32,
}

impl ConveneApp {
    /// Copies the selection to the clipboard. Gives back whether there was
    /// anything to copy.
    pub(crate) fn copy(&mut self, ctx: &egui::Context) -> bool {
        let Some(w) = &self.work else { return false };
        // Only what can be seen is copied: while the screen is shared,
        // confidential items stay out of the clipboard.
        let shown = self.shown.of(&w.doc, &self.panels.overview.filter_in_use());
        let Some(clip) = clip::copy(shown.map, self.selection.ids()) else {
            return false;
        };
        let text = file::clip_to_text(&clip);
        ctx.copy_text(text.clone());
        self.clipboard.text = Some(text);
        self.clipboard.pastes = 0;
        true
    }

    /// Copies the selection, then deletes it.
    pub(crate) fn cut(&mut self, ctx: &egui::Context) {
        if self.copy(ctx) {
            self.remove_selected();
        }
    }

    /// Pastes what this window copied last.
    pub(crate) fn paste_own(&mut self) {
        if let Some(text) = self.clipboard.text.clone() {
            self.paste_text(&text);
        }
    }

    /// Pastes clipboard text: copied Convene items, or any other text as a
    /// new sticky note. Items that do not load paste nothing, and say why.
    pub(crate) fn paste_text(&mut self, text: &str) {
        if self.work.is_none() {
            return;
        }
        match file::read_clip(text) {
            ClipText::Items(clip) => self.paste_clip(&clip),
            ClipText::Damaged(why) => {
                self.banner = Some(format!(
                    "The copied items could not be pasted, because they are damaged: {why}"
                ));
            }
            ClipText::Other if !text.trim().is_empty() => {
                let Some(w) = &self.work else { return };
                let centre = self.canvas.camera.centre;
                let note = Note::new(
                    w.doc.map().new_id(),
                    text.trim(),
                    Point::new(centre.x, centre.y),
                );
                let id = note.id;
                self.apply(Edit::Add(note.into()), None, Some(vec![id]));
            }
            ClipText::Other => {}
        }
    }

    /// Adds copies of the selection next to it, leaving the clipboard be.
    pub(crate) fn duplicate(&mut self) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let Some(copied) = clip::copy(map, self.selection.ids()) else {
            return;
        };
        self.add_pasted(&copied, Point::new(STEP, STEP));
    }

    fn paste_clip(&mut self, clip: &Clip) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        // Back into the map it came from: a step down and right each time.
        // Into another map: in the middle of the view.
        let shift = if copied_from(map, clip) {
            self.clipboard.pastes += 1;
            let step = STEP * self.clipboard.pastes as f32;
            Point::new(step, step)
        } else {
            let (centre, middle) = (self.canvas.camera.centre, middle_of(clip));
            Point::new(centre.x - middle.x, centre.y - middle.y)
        };
        self.add_pasted(clip, shift);
    }

    fn add_pasted(&mut self, clip: &Clip, shift: Point) {
        let Some(w) = &self.work else { return };
        match clip::paste(w.doc.map(), clip, shift) {
            Some(pasted) => {
                self.apply(pasted.edit, None, Some(pasted.placed));
            }
            None => {
                self.banner = Some(
                    "Nothing to paste here: what was copied belongs to a boundary this map does not have."
                        .to_owned(),
                );
            }
        }
    }

    /// Handles the clipboard events egui turns Ctrl+C, Ctrl+X and Ctrl+V
    /// into, unless a text field has the keyboard.
    pub(crate) fn clipboard_events(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() || self.work.is_none() {
            return;
        }
        let events = ctx.input(|i| {
            i.events
                .iter()
                .filter(|e| {
                    matches!(
                        e,
                        egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                    )
                })
                .cloned()
                .collect::<Vec<_>>()
        });
        for event in events {
            match event {
                egui::Event::Copy => {
                    self.copy(ctx);
                }
                egui::Event::Cut => self.cut(ctx),
                egui::Event::Paste(text) => self.paste_text(&text),
                _ => {}
            }
        }
    }
}

/// Whether the copied items' originals are on `map`.
fn copied_from(map: &Map, clip: &Clip) -> bool {
    clip.map
        .ids()
        .filter(|id| !clip.anchors.contains(id))
        .any(|id| map.contains(id))
}

/// The middle of the copied items that have a place on the canvas.
fn middle_of(clip: &Clip) -> Point {
    let places: Vec<Point> = clip
        .map
        .communities
        .iter()
        .filter(|c| !clip.anchors.contains(&c.id))
        .map(|c| c.pos)
        .chain(
            clip.map
                .stakeholders
                .iter()
                .filter(|s| !clip.anchors.contains(&s.id))
                .map(|s| s.pos),
        )
        .chain(clip.map.notes.iter().map(|n| n.pos))
        .chain(clip.map.groups.iter().map(|g| g.pos))
        .collect();
    if places.is_empty() {
        return Point::new(0.0, 0.0);
    }
    let n = places.len() as f32;
    Point::new(
        places.iter().map(|p| p.x).sum::<f32>() / n,
        places.iter().map(|p| p.y).sum::<f32>() / n,
    )
}
