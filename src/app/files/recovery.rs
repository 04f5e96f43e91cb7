//! Unsaved work kept safe: a copy written shortly after each edit, one per
//! file (and one for untitled work), and the offer to restore it when that
//! file, or untitled work, is opened again after a crash or a kill.

use std::path::Path;

use eframe::egui::{self, Ui};

use crate::app::request::Request;
use crate::app::{CanvasState, ConveneApp, Pending, Workspace};
use crate::file::Slot;
use crate::{Document, file};

/// Where unsaved work is copied, and what an earlier run left.
#[derive(Debug, Default)]
pub struct Copies {
    /// Where unsaved work is copied, if anywhere.
    pub store: Option<file::Recovery>,
    /// Unsaved work from an earlier run, waiting to be restored or discarded.
    pub offer: Option<file::Recovered>,
    /// The revision last seen changing, and when.
    pub changed: Option<(u64, f64)>,
    /// The revision last copied to the recovery file.
    pub written: Option<u64>,
}

impl ConveneApp {
    /// Copies unsaved work into `folder` shortly after each edit, and offers
    /// the copy an earlier run left for the open map (or, with no map open,
    /// for untitled work).
    pub fn with_recovery(mut self, folder: &Path) -> Self {
        self.recovery.store = Some(file::Recovery::new(folder));
        self.look_for_copy();
        self
    }

    /// Offers the copy left for the map just opened (or for untitled work),
    /// if there is one, in place of any earlier offer.
    pub(crate) fn look_for_copy(&mut self) {
        self.recovery.offer = None;
        let Some(recovery) = &self.recovery.store else {
            return;
        };
        match recovery.find(self.path()) {
            Some(Ok(found)) => self.recovery.offer = Some(found),
            Some(Err(error)) => {
                self.banner = Some(format!(
                    "Unsaved work from an earlier session could not be read, so it was left where it is. {error}"
                ));
                // Never write over a copy that could not be read.
                self.recovery.store = None;
            }
            None => {}
        }
    }

    /// Whether unsaved work from an earlier run is waiting to be restored.
    pub fn has_recovery_offer(&self) -> bool {
        self.recovery.offer.is_some()
    }

    /// Restores unsaved work from an earlier run, keeping the file it
    /// belongs to. Unsaved changes to the open map are not replaced without
    /// asking first.
    pub fn restore(&mut self) {
        if self.recovery.offer.is_none() {
            return;
        }
        self.keep_typed_name();
        if self.unsaved() {
            self.files.prompt = Some(Pending::Restore);
        } else {
            self.restore_now();
        }
    }

    /// Restores the work on offer, replacing the open map.
    pub(crate) fn restore_now(&mut self) {
        let Some(found) = self.recovery.offer.take() else {
            return;
        };
        self.work = Some(Workspace {
            doc: Document::unsaved(found.map),
            path: found.original,
        });
        self.canvas = CanvasState::default();
        self.selection.reset();
        self.canvas.fit_pending = true;
        // The restored work is copied again at once, as the usual copy.
        self.recovery.written = None;
        self.recovery.changed = None;
    }

    /// Throws away unsaved work from an earlier run.
    pub fn discard_recovery(&mut self) {
        if let Some(found) = self.recovery.offer.take()
            && let Some(r) = &self.recovery.store
            && let Err(e) = r.clear(found.original.as_deref(), found.slot)
        {
            self.banner = Some(format!("The old copy could not be removed: {e}"));
        }
        // Work set aside meanwhile becomes the usual copy.
        self.recovery.written = None;
    }

    /// Whether a copy of the open map's own earlier work is on offer.
    fn own_offer(&self) -> Option<Slot> {
        self.recovery
            .offer
            .as_ref()
            .filter(|found| found.original.as_deref() == self.path())
            .map(|found| found.slot)
    }

    /// Which copy the open map's work goes to: aside while its own earlier
    /// copy is on offer, so that neither is lost.
    fn slot(&self) -> Slot {
        match self.own_offer() {
            Some(Slot::Main | Slot::Earlier) => Slot::Aside,
            _ => Slot::Main,
        }
    }

    /// The open map's copies that its usual copy (just written, or no
    /// longer needed) makes out of date; none while one is on offer.
    fn outdated(&self) -> &'static [Slot] {
        match self.own_offer() {
            None => &[Slot::Aside, Slot::Earlier],
            Some(_) => &[],
        }
    }

    /// Removes the open map's copy: its changes were saved or dropped.
    pub(crate) fn clear_copy(&mut self) {
        let slot = self.slot();
        let mut slots = vec![slot];
        if slot == Slot::Main {
            slots.extend_from_slice(self.outdated());
        }
        if let Some(r) = &self.recovery.store
            && let Err(e) = slots.iter().try_for_each(|&s| r.clear(self.path(), s))
        {
            self.banner = Some(format!("The recovery copy could not be removed: {e}"));
        }
        self.recovery.written = None;
    }

    /// Copies unsaved work to its recovery file about a second and a half
    /// after the last edit, and removes the copy once the work is saved.
    pub(crate) fn autosave(&mut self, ctx: &egui::Context) {
        let (Some(recovery), Some(w)) = (&self.recovery.store, &self.work) else {
            return;
        };
        if self.files.may_close {
            // The person closed without saving: nothing more is copied.
            return;
        }
        if !w.doc.is_modified() {
            if self.recovery.written.is_some() {
                self.clear_copy();
            }
            return;
        }
        let revision = w.doc.revision();
        if self.recovery.written == Some(revision) {
            return;
        }
        let now = ctx.input(|i| i.time);
        const DELAY: f64 = 1.5;
        match self.recovery.changed {
            Some((r, at)) if r == revision && now - at >= DELAY => {
                let slot = self.slot();
                match recovery.write(w.doc.map(), w.path.as_deref(), slot) {
                    Ok(()) => self.recovery.written = Some(revision),
                    Err(e) => {
                        self.banner =
                            Some(format!("Unsaved work could not be copied for safety: {e}"))
                    }
                }
                // Copies set aside or left by an earlier version are now
                // out of date.
                let outdated = if slot == Slot::Main {
                    self.outdated()
                } else {
                    &[]
                };
                if let Err(e) = outdated
                    .iter()
                    .try_for_each(|&s| recovery.clear(w.path.as_deref(), s))
                {
                    self.banner = Some(format!("An old recovery copy could not be removed: {e}"));
                }
            }
            Some((r, at)) if r == revision => {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(DELAY - (now - at)));
            }
            _ => {
                self.recovery.changed = Some((revision, now));
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(DELAY));
            }
        }
    }

    pub(crate) fn offer_ui(&mut self, ui: &mut Ui) {
        let Some(found) = &self.recovery.offer else {
            return;
        };
        let title = found.map.meta.title.clone();
        let mut choice = None;
        egui::Panel::top("recovery offer").show(ui, |ui| {
            ui.horizontal(|ui| {
                let text = format!("Convene found unsaved work from last time: “{title}”.");
                let line = ui.label(&text);
                crate::app::panels::access::alert(&line, &text);
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard it").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => self.requests.push(Request::Restore),
            Some(false) => self.requests.push(Request::DiscardCopy),
            None => {}
        }
    }
}
