//! The app's side of the preferences kept between runs: recent files (and
//! files dropped on the window), the theme and the text size. The file
//! layer reads and writes them; this applies them.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::examples::name_and_folder;
use crate::app::command::TextStep;
use crate::app::{ConveneApp, Pending};
use crate::file;

/// The preferences, where they are kept, and how far they are applied.
#[derive(Debug, Default)]
pub struct Settings {
    /// What is kept between runs: recent files, theme, text size.
    pub prefs: file::Prefs,
    /// Where the preferences are saved, if anywhere.
    pub store: Option<file::PrefsFile>,
    /// Whether the theme and text size are applied to the window.
    pub applied: bool,
    /// Whether a failed save of the preferences was already reported.
    pub warned: bool,
    /// Whether the projector look is on, for a presentation: it shows in
    /// place of the theme and text size above without changing them.
    pub projector: bool,
    /// The person's own style, kept while the projector look is on.
    pub look: crate::app::talk::look::Look,
}

impl ConveneApp {
    /// Keeps preferences (recent files, theme, text size) in `folder`
    /// between runs. Missing or damaged preferences give the defaults; the
    /// file is written again when something changes.
    pub fn with_prefs(mut self, folder: &Path) -> Self {
        let store = file::PrefsFile::new(folder);
        let (prefs, problem) = store.load_or_default();
        if let Some(error) = problem {
            // Preferences hold nothing a person made: a quiet note is enough.
            eprintln!("Convene: the saved preferences were not used. {error}");
        }
        self.settings.prefs = prefs;
        self.settings.store = Some(store);
        self.settings.applied = false;
        // A file opened before the preferences were read is recent too.
        if let Some(path) = self.path().map(Path::to_path_buf) {
            self.remember(&path);
        }
        self
    }

    /// The preferences in use.
    pub fn prefs(&self) -> &file::Prefs {
        &self.settings.prefs
    }

    /// Writes the preferences, if they have a home. A failure is told once;
    /// after that the app goes on with what it has.
    pub(crate) fn save_prefs(&mut self) {
        let Some(store) = &self.settings.store else {
            return;
        };
        if let Err(error) = store.save(&self.settings.prefs)
            && !std::mem::replace(&mut self.settings.warned, true)
        {
            self.banner = Some(format!(
                "Your preferences could not be saved, so Convene will forget them when it closes. {error}"
            ));
        }
    }

    /// Puts a file just opened or saved at the front of the recent files.
    pub(crate) fn remember(&mut self, path: &Path) {
        let before = self.settings.prefs.recent.clone();
        self.settings.prefs.remember(path);
        // Saving the same map again changes nothing worth a write.
        if self.settings.prefs.recent != before {
            self.save_prefs();
        }
    }

    /// Applies the theme and text size from the preferences to the window
    /// (or, while presenting, the projector look made from them).
    pub(crate) fn apply_view(&mut self, ctx: &egui::Context) {
        let (theme, size) = if self.settings.projector {
            crate::app::talk::look::projector(self.settings.prefs.text_size)
        } else {
            (self.settings.prefs.theme, self.settings.prefs.text_size)
        };
        self.settings.look.set(ctx, self.settings.projector);
        ctx.set_theme(match theme {
            file::Theme::System => egui::ThemePreference::System,
            file::Theme::Light => egui::ThemePreference::Light,
            file::Theme::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(size.scale());
        // Text size has its own commands, which are remembered; egui's
        // built-in Ctrl+0 would also clash with "Show whole map".
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.settings.applied = true;
    }

    /// Changes the theme or text size, and remembers it.
    pub(crate) fn set_view(
        &mut self,
        ctx: &egui::Context,
        theme: file::Theme,
        size: file::TextSize,
    ) {
        if (theme, size) != (self.settings.prefs.theme, self.settings.prefs.text_size) {
            self.settings.prefs.theme = theme;
            self.settings.prefs.text_size = size;
            self.save_prefs();
        }
        self.apply_view(ctx);
    }

    /// Opens a file from the recent list, asking first about unsaved work.
    /// A file that is no longer there is taken off the list, with a message.
    pub fn open_recent(&mut self, ctx: &egui::Context, path: PathBuf) {
        if file::is_file(&path) {
            self.guard(ctx, Pending::OpenPath(path));
        } else {
            self.forget_vanished(&path);
        }
    }

    /// Says that a recent file is gone, and takes it off the list.
    pub(crate) fn forget_vanished(&mut self, path: &Path) {
        let (name, folder) = name_and_folder(path);
        self.banner = Some(format!(
            "“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, so it was taken off the recent files."
        ));
        if self.settings.prefs.forget(path) {
            self.save_prefs();
        }
    }

    /// Opens a map file dropped on the window, or imports a canvas file,
    /// asking first about unsaved work. Only the first is taken if several
    /// are dropped.
    pub(crate) fn open_dropped(
        &mut self,
        ctx: &egui::Context,
        dropped: &[egui::DroppedFileHandle],
    ) {
        let paths: Vec<&Path> = dropped.iter().map(|f| f.path()).collect();
        match paths
            .iter()
            .find(|p| file::is_map_name(p) || is_canvas_name(p))
        {
            Some(path) if is_canvas_name(path) => {
                self.guard(ctx, Pending::ImportPath(path.to_path_buf()));
            }
            Some(path) => self.guard(ctx, Pending::OpenPath(path.to_path_buf())),
            None => {
                if let Some(other) = paths.first() {
                    let (name, _) = name_and_folder(other);
                    self.banner = Some(format!(
                        "“{name}” is not a file Convene can open. Drop a map (.ron) or a canvas file (.canvas)."
                    ));
                }
            }
        }
    }

    /// Dims the window and says what happens while a file is dragged over it.
    pub(crate) fn drop_hint_ui(ctx: &egui::Context, hovered: &[egui::HoveredFile]) {
        let maps = hovered
            .iter()
            .all(|f| f.path.as_deref().is_none_or(file::is_map_name));
        let canvases = hovered
            .iter()
            .all(|f| f.path.as_deref().is_some_and(is_canvas_name));
        let text = if canvases {
            "Drop the canvas file here to import it"
        } else if maps {
            "Drop the map here to open it"
        } else {
            "Only maps (.ron) and canvas files (.canvas) can be opened"
        };
        let screen = ctx.content_rect();
        ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop shade"),
        ))
        .rect_filled(screen, 0.0, egui::Color32::from_black_alpha(150));
        egui::Area::new(egui::Id::unique("drop hint"))
            .order(egui::Order::Tooltip)
            .fixed_pos(screen.center())
            .pivot(egui::Align2::CENTER_CENTER)
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| ui.heading(text));
            });
    }

    /// Changes the text size by a step, and remembers it.
    pub(crate) fn step_text_size(&mut self, ctx: &egui::Context, step: TextStep) {
        let size = self.settings.prefs.text_size;
        let size = match step {
            TextStep::To(size) => size,
            TextStep::Bigger => size.larger(),
            TextStep::Smaller => size.smaller(),
        };
        self.set_view(ctx, self.settings.prefs.theme, size);
    }
}

/// Whether a file's name says it is a JSON Canvas (`.canvas`).
fn is_canvas_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("canvas"))
}
