//! The desktop editor. The app owns the document and the view state. While
//! a frame is drawn, the canvas, the panels, the menus, the toolbar and the
//! keyboard only read the map and push requests into one queue; the app
//! handles the queue once, after the frame (`handle.rs`), so a request goes
//! one way: input → queue → document → scene → display list → painter.
//!
//! The rooms: `canvas/` draws the map and turns pointer input into
//! requests; `panels/` holds everything around it; `files/` opening, saving,
//! recovery copies and preferences; `command/` the one list of commands;
//! `handle/` carries out requests and commands and decides what can run.

pub(crate) mod canvas;
mod clipboard;
mod command;
mod files;
mod handle;
mod panels;
mod request;
pub mod script;
mod selection;
mod shown;
mod talk;

use std::path::{Path, PathBuf};

use eframe::egui::{self, Ui, ViewportCommand};

pub use canvas::camera::Camera;
pub use canvas::palette::{activity_badge, colour, severity_colour};
pub use canvas::{CanvasState, item_label};
pub use command::{Availability, Command, Placed, Ready, TextSize, TextStep, Theme};
pub use files::{Answer, Dialogs, Pending};
pub use panels::inspector::Inspector;
pub use request::{Request, Requests};
pub use shown::ShownMap;
pub use talk::Step;

use files::prefs::Settings;
use panels::Panels;
use selection::Selection;

use crate::Document;
use crate::model::{Id, IdBuildHasher};

/// A map being edited, and where it lives on disk.
#[derive(Debug)]
pub struct Workspace {
    /// The map and its history.
    pub doc: Document,
    /// The file it was opened from or last saved to.
    pub path: Option<PathBuf>,
}

/// The whole editor.
#[derive(Debug, Default)]
pub struct ConveneApp {
    work: Option<Workspace>,
    /// What is selected, and what each step of the history had selected.
    selection: Selection,
    /// The canvas's view state: camera, drag, naming, cached scene.
    canvas: CanvasState,
    /// The inspector, the overview and the kind picker.
    panels: Panels,
    /// What this frame asked for, handled after it.
    requests: Requests,
    /// The message shown at the top of the window, if any.
    banner: Option<String>,
    /// Whether a text field had the keyboard at the end of the last frame.
    typing: bool,
    /// The window title last sent.
    title: String,
    /// The save question, file dialogs and the app's own file chooser.
    files: files::Files,
    /// Copies of unsaved work, and an earlier run's copy on offer.
    recovery: files::recovery::Copies,
    /// What was copied.
    clipboard: clipboard::Clipboard,
    /// Preferences kept between runs, and where.
    settings: Settings,
    /// What the screen may show: the sharing switch, how much a talk
    /// reveals, and the map without what is hidden.
    shown: shown::Shown,
    /// The presentation under way, if any.
    talk: talk::Talk,
    /// Whether egui has been given the fonts for every script.
    fonts_installed: bool,
}

impl ConveneApp {
    /// The editor, opening `path` if given. A file that cannot be opened
    /// leaves the welcome screen up with the reason; nothing is created that
    /// could later be saved over it.
    pub fn new(path: Option<&Path>) -> Self {
        let mut app = Self::default();
        if let Some(path) = path {
            app.open_path(path);
        }
        app
    }

    /// The open document, if any.
    pub fn document(&self) -> Option<&Document> {
        self.work.as_ref().map(|w| &w.doc)
    }

    /// The file the open map belongs to.
    pub fn path(&self) -> Option<&Path> {
        self.work.as_ref().and_then(|w| w.path.as_deref())
    }

    /// The selected items.
    pub fn selection(&self) -> &[Id] {
        self.selection.ids()
    }

    /// What part of the map the canvas shows.
    pub fn camera(&self) -> Camera {
        self.canvas.camera
    }

    /// The map item under the keyboard's focus ring, if any.
    pub fn focused_item(&self) -> Option<Id> {
        self.canvas.focused_item()
    }

    /// Puts the keyboard's focus ring on an item, as walking to it would
    /// (tests use it to try every arrow from every item).
    pub fn ring_item(&mut self, id: Id) {
        self.canvas.put_ring_on(id);
    }

    /// Whether the map has the keyboard.
    pub fn map_has_keyboard(&self, ctx: &egui::Context) -> bool {
        self.canvas.has_keyboard(ctx)
    }

    /// Where the canvas was on screen in the last frame, in points.
    pub fn canvas_rect(&self) -> Option<egui::Rect> {
        self.canvas.screen_rect()
    }

    /// The items the canvas draws faded, because a filter or a search
    /// leaves them out.
    pub fn dimmed(&self) -> &std::collections::HashSet<Id, IdBuildHasher> {
        &self.canvas.dimmed
    }

    /// The action waiting for an answer to "save changes?", if any.
    pub fn pending(&self) -> Option<Pending> {
        self.files.prompt.clone()
    }

    /// The message shown at the top of the window, if any.
    pub fn banner(&self) -> Option<&str> {
        self.banner.as_deref()
    }

    /// The window title: the map's name, with a dot while unsaved.
    pub fn window_title(&self) -> String {
        match &self.work {
            None => "Convene".to_owned(),
            Some(w) => {
                let name = if w.doc.map().meta.title.trim().is_empty() {
                    w.path
                        .as_deref()
                        .and_then(Path::file_stem)
                        .map_or("Untitled map".to_owned(), |s| {
                            s.to_string_lossy().into_owned()
                        })
                } else {
                    w.doc.map().meta.title.clone()
                };
                let dot = if w.doc.is_modified() { " •" } else { "" };
                format!("{name}{dot} — Convene")
            }
        }
    }

    /// Before anything is drawn: the window's close button, the theme and
    /// text size, files dragged over the window, and the keyboard.
    fn before_frame(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) {
            self.keep_typed_name();
            if !self.files.may_close && self.unsaved() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.files.prompt = Some(Pending::Close);
            }
        }
        if !self.settings.applied {
            self.apply_view(ctx);
        }
        self.install_fonts(ctx);
        let (hovered, dropped) =
            ctx.input(|i| (i.raw.hovered_files.clone(), i.raw.dropped_files.clone()));
        if !hovered.is_empty() {
            Self::drop_hint_ui(ctx, &hovered);
        }
        if self.files.prompt.is_none()
            && self.panels.picking.is_none()
            && self.files.chooser.is_none()
            && !self.files.export.open
        {
            self.shortcuts(ctx);
            self.clipboard_events(ctx);
            if !dropped.is_empty() {
                self.open_dropped(ctx, &dropped);
            }
        }
    }

    /// The map's editor: the inspector on the right, the overview on the
    /// left, the canvas in the middle; while presenting, the canvas alone.
    fn map_ui(&mut self, ui: &mut Ui, ready: &command::Ready, presenting: bool) {
        let Some(w) = &self.work else { return };
        let shown = self.shown.of(&w.doc, &self.panels.overview.filter_in_use());
        let map = shown.map;
        // What cannot be seen cannot stay selected.
        if !shown.whole {
            self.selection.retain_existing(map);
        }
        if presenting {
            self.panels
                .overview
                .dim(map, shown.key, &mut self.canvas.dimmed);
        } else {
            let (selection, requests) = (self.selection.ids(), &mut self.requests);
            let inspector = &mut self.panels.inspector;
            if self.panels.inspector_shown {
                let most = ui.ctx().content_rect().width() * panels::MOST_WIDTH;
                egui::Panel::right("inspector")
                    .default_size(280.0f32.min(most))
                    .min_size(160.0f32.min(most))
                    .max_size(most)
                    .show(ui, |ui| {
                        panels::access::name_panel(ui, egui::UiKind::RightPanel, "Inspector area");
                        egui::ScrollArea::vertical().show(ui, |ui| {
                            inspector.ui(ui, map, selection, requests);
                        });
                    });
                panels::access::name_resize_handle(ui, "inspector", "Inspector width");
            }
            self.panels.overview.panel_ui(
                ui,
                shown,
                self.selection.ids(),
                &mut self.canvas.dimmed,
                &mut self.requests,
            );
        }
        let (selection, requests) = (self.selection.ids(), &mut self.requests);
        if !presenting {
            self.panels.problems.panel_ui(ui, map, selection, requests);
        }
        let canvas = &mut self.canvas;
        egui::CentralPanel::no_frame().show(ui, |ui| {
            canvas.ui(ui, (shown, &w.doc), selection, ready, requests);
        });
    }

    /// The saved views panel, over the canvas.
    fn views_ui(&mut self, ctx: &egui::Context) {
        let Some(w) = &self.work else { return };
        let here = panels::views::Here {
            area: self.canvas.visible_area(),
            filter: self.panels.overview.filter_in_use(),
        };
        let views = &w.doc.map().views;
        self.panels
            .views
            .window_ui(ctx, views, &here, &mut self.requests);
    }

    /// The merge conflicts panel, over the canvas; it opens by itself when
    /// the map gains conflicts.
    fn conflicts_ui(&mut self, ctx: &egui::Context) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let panel = &mut self.panels.conflicts;
        panel.notice(map);
        panel.window_ui(ctx, map, self.shown.sharing, &mut self.requests);
        let compare = &mut self.panels.compare;
        compare.follow(map, w.doc.revision());
        compare.window_ui(ctx, self.shown.sharing, &mut self.requests);
        // The canvas marks what differs while the window is open; never
        // while the screen is shared, as the window names nothing then.
        let marks = if compare.open && !self.shown.sharing {
            compare.marks.as_slice()
        } else {
            &[]
        };
        if self.canvas.marked != marks {
            self.canvas.marked = marks.to_vec();
        }
    }

    /// After the frame: the recovery copy and the window title.
    fn after_frame(&mut self, ctx: &egui::Context) {
        self.typing = ctx.egui_wants_keyboard_input() && !self.canvas.has_keyboard(ctx);
        self.autosave(ctx);
        let title = self.window_title();
        // The window's name for screen readers: the root of egui's tree.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.clone());
        });
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// While the screen is shared, a strip says so, and what is hidden.
    fn sharing_ui(&mut self, ui: &mut Ui) {
        if !self.shown.sharing || self.work.is_none() {
            return;
        }
        let text = match self.shown.secret() {
            0 => {
                "Sharing screen: confidential items would be hidden. This map has none.".to_owned()
            }
            1 => "Sharing screen: 1 confidential item is hidden.".to_owned(),
            n => format!("Sharing screen: {n} confidential items are hidden."),
        };
        egui::Panel::top("sharing").show(ui, |ui| {
            ui.horizontal(|ui| {
                let strong = egui::RichText::new(&text)
                    .strong()
                    .color(ui.visuals().strong_text_color());
                let line = ui.label(strong);
                panels::access::alert(&line, &text);
                if ui.button("Stop sharing").clicked() {
                    self.requests.run(Command::SharingScreen);
                }
            });
        });
    }

    /// Gives egui the fonts for every script, once.
    fn install_fonts(&mut self, ctx: &egui::Context) {
        if !self.fonts_installed {
            script::fonts::install(ctx);
            self.fonts_installed = true;
        }
    }

    fn banner_ui(&mut self, ui: &mut Ui) {
        let Some(text) = self.banner.clone() else {
            return;
        };
        egui::Panel::top("banner").show(ui, |ui| {
            ui.horizontal(|ui| {
                let line = ui.colored_label(ui.visuals().warn_fg_color, &text);
                panels::access::alert(&line, &text);
                if ui.button("Dismiss").clicked() {
                    self.banner = None;
                }
            });
        });
    }
}

impl eframe::App for ConveneApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.before_frame(&ctx);
        self.refresh_problems();
        let ready = self.ready();
        self.prompt_ui(&ctx);
        self.comments_question_ui(&ctx);
        self.chooser_ui(&ctx);
        self.merge_step_ui(&ctx);
        self.export_ui(&ctx);
        match &self.work {
            Some(w) => {
                // Only what may be shown can be picked or found.
                let shown = self.shown.of(&w.doc, &self.panels.overview.filter_in_use());
                panels::picker::open_ui(
                    &ctx,
                    &mut self.panels.picking,
                    shown.map,
                    &mut self.requests,
                );
                let requests = &mut self.requests;
                self.panels
                    .find_or_do
                    .show(&ctx, shown.map, &ready, requests);
            }
            None => {
                self.panels.picking = None;
                self.panels.find_or_do.close();
            }
        }
        let presenting = self.talk.is_on();
        let welcome = self.work.is_none() || self.panels.welcome;
        if !presenting {
            if !welcome {
                self.canvas.offer_keyboard_first(&ctx);
            }
            let (recent, requests) = (&self.settings.prefs.recent, &mut self.requests);
            egui::Panel::top("menu").show(ui, |ui| panels::menu::ui(ui, &ready, recent, requests));
            if !welcome {
                let requests = &mut self.requests;
                egui::Panel::top("toolbar")
                    .show(ui, |ui| panels::toolbar::ui(ui, &ready, requests));
            }
            self.offer_ui(ui);
        }
        self.banner_ui(ui);
        if presenting {
            self.talk_ui(ui, &ready);
        } else if welcome {
            let (recent, requests) = (&self.settings.prefs.recent, &mut self.requests);
            let open = self.work.is_some();
            egui::CentralPanel::default_margins()
                .show(ui, |ui| panels::welcome::ui(ui, recent, open, requests));
        } else {
            self.sharing_ui(ui);
            self.views_ui(&ctx);
            self.conflicts_ui(&ctx);
            self.map_ui(ui, &ready, false);
        }
        self.handle(&ctx);
        self.after_frame(&ctx);
    }
}

/// Opens the editor window and runs it until closed.
pub fn run(path: Option<&Path>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Convene")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    // The map, the preferences and any recovery copy are read while the
    // window opens, which takes far longer, rather than before it.
    let path = path.map(Path::to_path_buf);
    let loading = std::thread::spawn(move || {
        let mut app = ConveneApp::new(path.as_deref());
        if let Some(folder) = eframe::storage_dir("Convene") {
            app = app
                .with_recovery(&folder.join("recovery"))
                .with_prefs(&folder);
        }
        app
    });
    eframe::run_native(
        "Convene",
        options,
        Box::new(|cc| {
            let mut app = loading
                .join()
                .map_err(|_| "Convene stopped while reading the map.")?;
            // Before the first frame, so that it already has every script.
            app.install_fonts(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
}
