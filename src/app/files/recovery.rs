//! Unsaved work kept safe: a copy written shortly after each edit, and the
//! offer to restore it on the next start after a crash or a kill.

use std::path::Path;

use eframe::egui::{self, Ui};

use crate::app::{CanvasState, ConveneApp, Workspace};
use crate::{Document, file};

impl ConveneApp {
    /// Copies unsaved work into `folder` shortly after each edit, and offers
    /// any copy an earlier run left there.
    pub fn with_recovery(mut self, folder: &Path) -> Self {
        let recovery = file::Recovery::new(folder);
        match recovery.find() {
            Some(Ok(found)) => self.offer = Some(found),
            Some(Err(error)) => {
                self.banner = Some(format!(
                    "Unsaved work from an earlier session could not be read, so it was left where it is. {error}"
                ));
                // Never write over a copy that could not be read.
                return self;
            }
            None => {}
        }
        self.recovery = Some(recovery);
        self
    }

    /// Whether unsaved work from an earlier run is waiting to be restored.
    pub fn has_recovery_offer(&self) -> bool {
        self.offer.is_some()
    }

    /// Restores unsaved work from an earlier run.
    pub fn restore(&mut self) {
        if let Some(found) = self.offer.take() {
            self.work = Some(Workspace {
                doc: Document::unsaved(found.map),
                path: found.original,
            });
            self.canvas = CanvasState::default();
            self.selection.reset();
            self.canvas.fit_pending = true;
        }
    }

    /// Throws away unsaved work from an earlier run.
    pub fn discard_recovery(&mut self) {
        if self.offer.take().is_some()
            && let Some(r) = &self.recovery
            && let Err(e) = r.clear()
        {
            self.banner = Some(format!("The old copy could not be removed: {e}"));
        }
    }

    /// Copies unsaved work to the recovery file about a second and a half
    /// after the last edit, and removes the copy once the work is saved.
    pub(crate) fn autosave(&mut self, ctx: &egui::Context) {
        let (Some(recovery), Some(w)) = (&self.recovery, &self.work) else {
            return;
        };
        if self.offer.is_some() {
            // The old copy is kept until the person decides about it.
            return;
        }
        if !w.doc.is_modified() {
            if self.written.take().is_some()
                && let Err(e) = recovery.clear()
            {
                self.banner = Some(format!("The recovery copy could not be removed: {e}"));
            }
            return;
        }
        let revision = w.doc.revision();
        if self.written == Some(revision) {
            return;
        }
        let now = ctx.input(|i| i.time);
        const DELAY: f64 = 1.5;
        match self.changed {
            Some((r, at)) if r == revision => {
                if now - at >= DELAY {
                    match recovery.write(w.doc.map(), w.path.as_deref()) {
                        Ok(()) => self.written = Some(revision),
                        Err(e) => {
                            self.banner =
                                Some(format!("Unsaved work could not be copied for safety: {e}"))
                        }
                    }
                } else {
                    ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                        DELAY - (now - at),
                    ));
                }
            }
            _ => {
                self.changed = Some((revision, now));
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(DELAY));
            }
        }
    }

    pub(crate) fn offer_ui(&mut self, ui: &mut Ui) {
        let Some(found) = &self.offer else { return };
        let title = found.map.meta.title.clone();
        let mut choice = None;
        egui::Panel::top("recovery offer").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "Convene found unsaved work from last time: “{title}”."
                ));
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard it").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => self.restore(),
            Some(false) => self.discard_recovery(),
            None => {}
        }
    }
}
