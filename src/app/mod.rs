//! The desktop editor. The app owns the document and the view state; the
//! panels and the canvas read the map and return the edits and commands they
//! want, which the app applies after drawing.

mod canvas;
mod clipboard;
mod command;
mod files;
mod panels;

use std::path::{Path, PathBuf};

use eframe::egui::{self, Ui, ViewportCommand};

pub use canvas::camera::Camera;
pub use canvas::palette::{activity_badge, colour, severity_colour};
pub use canvas::{CanvasAction, CanvasState, item_label};
pub use command::Command;
pub use files::{Answer, Dialogs, Pending};
pub use panels::inspector::{FieldEdit, Inspector};

use panels::{overview, picker, toolbar, welcome};

use crate::model::{Boundary, Id, IdBuildHasher, Note, Point, Stakeholder};
use crate::{Document, Edit, file};

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
    canvas: CanvasState,
    inspector: Inspector,
    /// The overview panel, its filters and the find bar.
    overview: overview::Overview,
    banner: Option<String>,
    title: String,
    /// What waits for an answer to "save changes?".
    prompt: Option<Pending>,
    /// The person agreed to close without saving.
    may_close: bool,
    /// Where unsaved work is copied, if anywhere.
    recovery: Option<file::Recovery>,
    /// Unsaved work from an earlier run, waiting to be restored or discarded.
    offer: Option<file::Recovered>,
    /// The revision last seen changing, and when.
    changed: Option<(u64, f64)>,
    /// The revision last copied to the recovery file.
    written: Option<u64>,
    /// What was copied.
    clipboard: clipboard::Clipboard,
    /// The last two communities or stakeholders selected on their own,
    /// oldest first.
    parties: [Option<Id>; 2],
    /// A kind picker that is open, and whether it has just opened.
    picking: Option<(picker::Picking, bool)>,
    /// What is kept between runs: recent files, theme, text size.
    prefs: file::Prefs,
    /// Where the preferences are saved, if anywhere.
    prefs_file: Option<file::PrefsFile>,
    /// Whether the theme and text size in `prefs` are applied to the window.
    view_applied: bool,
    /// Whether a failed save of the preferences was already reported.
    prefs_warned: bool,
    /// Which file dialogs to use.
    dialogs: files::Dialogs,
    /// The app's own file chooser, while open.
    chooser: Option<files::chooser::FileChooser>,
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
        &self.canvas.selection
    }

    /// What part of the map the canvas shows.
    pub fn camera(&self) -> Camera {
        self.canvas.camera
    }

    /// The items the canvas draws faded, because a filter or a search
    /// leaves them out.
    pub fn dimmed(&self) -> &std::collections::HashSet<Id, IdBuildHasher> {
        &self.canvas.dimmed
    }

    /// The action waiting for an answer to "save changes?", if any.
    pub fn pending(&self) -> Option<Pending> {
        self.prompt.clone()
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

    /// Applies an edit to the open map; a refusal is shown, never lost.
    pub fn apply(&mut self, edit: Edit, key: Option<String>) {
        let Some(w) = &mut self.work else { return };
        let result = match key {
            Some(key) => w.doc.apply_coalescing(edit, key),
            None => {
                w.doc.seal();
                w.doc.apply(edit)
            }
        };
        match result {
            Ok(()) => {
                let map = w.doc.map();
                self.canvas.selection.retain(|&id| map.contains(id));
            }
            Err(problem) => self.banner = Some(problem.to_string()),
        }
    }

    /// Carries out a command.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        // A name half typed on the canvas counts before saving, closing or
        // anything else; only Escape drops it.
        if command != Command::Cancel {
            self.keep_typed_name();
        }
        match command {
            Command::New => self.guard(ctx, Pending::New),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::Undo | Command::Redo => {
                if let Some(w) = &mut self.work {
                    if command == Command::Undo {
                        w.doc.undo();
                    } else {
                        w.doc.redo();
                    }
                    let map = w.doc.map();
                    self.canvas.selection.retain(|&id| map.contains(id));
                }
            }
            Command::Delete => {
                if !self.canvas.selection.is_empty() {
                    let ids = std::mem::take(&mut self.canvas.selection);
                    self.apply(Edit::Remove(ids), None);
                }
            }
            Command::SelectAll => {
                if let Some(w) = &self.work {
                    let map = w.doc.map();
                    self.canvas.selection = map
                        .communities
                        .iter()
                        .map(|c| c.id)
                        .chain(map.stakeholders.iter().map(|s| s.id))
                        .chain(map.notes.iter().map(|n| n.id))
                        .collect();
                }
            }
            Command::Cancel => {
                // Escape first drops a name being typed, then closes the find
                // bar, then clears the selection.
                if self.canvas.renaming.take().is_none() && !self.overview.find.close() {
                    self.canvas.selection.clear();
                }
            }
            Command::Find => {
                if self.work.is_some() {
                    self.overview.find.open();
                }
            }
            Command::ToggleOverview => self.overview.shown = !self.overview.shown,
            Command::Copy => {
                self.copy(ctx);
            }
            Command::Cut => self.cut(ctx),
            Command::Paste => self.paste_own(),
            Command::Duplicate => self.duplicate(),
            Command::Rename => {
                if let (Some(w), [id]) = (&self.work, self.canvas.selection.as_slice()) {
                    self.canvas.start_rename(w.doc.map(), *id);
                }
            }
            Command::AddTension | Command::AddActivity => self.pick(command),
            Command::AddCommunity | Command::AddStakeholder | Command::AddNote => {
                if let Some(w) = &self.work {
                    let centre = self.canvas.camera.centre;
                    let spot = canvas::free_spot(w.doc.map(), Point::new(centre.x, centre.y));
                    self.add_at(command, spot);
                }
            }
            Command::Connect => self.connect_selection(),
            Command::ZoomFit => self.canvas.fit_pending = true,
            Command::ClearRecent => {
                self.prefs.recent.clear();
                self.save_prefs();
            }
            Command::ThemeSystem
            | Command::ThemeLight
            | Command::ThemeDark
            | Command::TextNormal
            | Command::TextLarge
            | Command::TextLarger
            | Command::TextLargest
            | Command::TextBigger
            | Command::TextSmaller => self.run_view_command(ctx, command),
            Command::ZoomReset => self.canvas.camera.zoom = 1.0,
            Command::ZoomIn | Command::ZoomOut => {
                let factor = if command == Command::ZoomIn {
                    1.25
                } else {
                    0.8
                };
                let screen = ctx.content_rect();
                let centre = screen.center();
                self.canvas.camera.zoom_around(screen, centre, factor);
            }
        }
    }

    /// Adds a community, stakeholder or note at a map point, selects it and
    /// puts the keyboard in its name.
    fn add_at(&mut self, kind: Command, pos: Point) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let item = match kind {
            Command::AddStakeholder => {
                Stakeholder::new(map.new_id(), "New stakeholder", pos).into()
            }
            Command::AddNote => Note::new(map.new_id(), "", pos).into(),
            _ => canvas::new_community(map, pos),
        };
        let id = item.id();
        self.apply(Edit::Add(item), None);
        self.canvas.selection = vec![id];
        if let Some(w) = &self.work {
            self.canvas.start_rename(w.doc.map(), id);
        }
    }

    /// The toolbar, while a map is open.
    fn toolbar_ui(&mut self, ui: &mut Ui) {
        let Some(w) = &self.work else { return };
        let (doc, selection) = (&w.doc, &self.canvas.selection);
        let map = doc.map();
        let on_boundary = matches!(selection.as_slice(), [id]
            if map.boundaries.contains(*id) || map.tensions.contains(*id) || map.activities.contains(*id));
        let enabled = |c: Command| match c {
            Command::Undo => doc.can_undo(),
            Command::Redo => doc.can_redo(),
            Command::Connect => selection.iter().any(|&id| map.is_party(id)),
            Command::AddTension | Command::AddActivity => on_boundary,
            _ => true,
        };
        let mut chosen = None;
        egui::Panel::top("toolbar").show(ui, |ui| chosen = toolbar::ui(ui, enabled));
        if let Some(c) = chosen {
            self.run(&ui.ctx().clone(), c);
        }
    }

    /// Applies the name being typed on the canvas, if any.
    pub(super) fn keep_typed_name(&mut self) {
        if let Some(w) = &self.work
            && let Some(edit) = self.canvas.finish_rename(w.doc.map())
        {
            self.apply(edit, None);
        }
    }

    /// Remembers a community or stakeholder selected on its own.
    fn note_selected_party(&mut self) {
        if let (Some(w), [id]) = (&self.work, self.canvas.selection.as_slice())
            && w.doc.map().is_party(*id)
            && self.parties[1] != Some(*id)
        {
            self.parties = [self.parties[1], Some(*id)];
        }
    }

    /// Opens the kind picker for the selected boundary (or the boundary of
    /// the selected tension or activity).
    fn pick(&mut self, command: Command) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let boundary = match self.canvas.selection.as_slice() {
            [id] if map.boundaries.contains(*id) => Some(*id),
            [id] => map.tensions.get(*id).map(|t| t.boundary).or_else(|| {
                map.activities
                    .get(*id)
                    .and_then(|a| a.boundaries.first().copied())
            }),
            _ => None,
        };
        let Some(boundary) = boundary else {
            self.banner = Some("Select a boundary first.".to_owned());
            return;
        };
        let picking = if command == Command::AddTension {
            picker::Picking::Tension(boundary)
        } else {
            picker::Picking::Activity(boundary)
        };
        self.picking = Some((picking, true));
    }

    fn picker_ui(&mut self, ctx: &egui::Context) {
        let (Some((picking, first)), Some(w)) = (self.picking, &self.work) else {
            self.picking = None;
            return;
        };
        let picked = picker::ui(ctx, picking, w.doc.map(), first);
        self.picking = Some((picking, false));
        match picked {
            Some(picker::Picked::Add(item)) => {
                // The boundary stays selected, its new item listed under it,
                // so that the next one can be added straight away.
                self.picking = None;
                self.apply(Edit::Add(item), None);
            }
            Some(picker::Picked::Cancel) => self.picking = None,
            None => {}
        }
    }

    /// Draws a boundary between the selected communities and stakeholders.
    fn connect_selection(&mut self) {
        let Some(w) = &self.work else { return };
        let map = w.doc.map();
        let sides: Vec<Id> = self
            .canvas
            .selection
            .iter()
            .copied()
            .filter(|&id| map.is_party(id))
            .collect();
        // With one selected, connect it to the one selected before it, so
        // that two new communities can be joined from the keyboard.
        let sides = match (sides.as_slice(), self.parties) {
            ([one], [Some(before), Some(now)])
                if now == *one && before != now && map.is_party(before) =>
            {
                vec![before, now]
            }
            _ => sides,
        };
        if sides.len() < 2 {
            self.banner = Some(
                "Select two or more communities or stakeholders first (Shift+click).".to_owned(),
            );
            return;
        }
        let b = Boundary::new(map.new_id(), sides);
        let id = b.id;
        self.apply(Edit::Add(b.into()), None);
        self.canvas.selection = vec![id];
    }

    /// Runs the commands whose shortcuts were pressed this frame.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        // egui matches shortcuts loosely (Ctrl+Z also matches Ctrl+Shift+Z),
        // so the ones with more modifiers are tried first.
        let mut bindings: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .iter()
            .filter(|c| !(typing && c.yields_to_text()))
            .flat_map(|&c| c.shortcuts().into_iter().map(move |sc| (c, sc)))
            .collect();
        bindings.sort_by_key(|(_, sc)| std::cmp::Reverse(modifier_count(sc.modifiers)));
        for (command, shortcut) in bindings {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.run(ctx, command);
            }
        }
    }
}

impl eframe::App for ConveneApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            self.keep_typed_name();
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.may_close && self.unsaved() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.prompt = Some(Pending::Close);
        }
        if !self.view_applied {
            self.apply_view(&ctx);
        }
        let (hovered, dropped) =
            ctx.input(|i| (i.raw.hovered_files.clone(), i.raw.dropped_files.clone()));
        if !hovered.is_empty() {
            Self::drop_hint_ui(&ctx, &hovered);
        }
        if self.prompt.is_none() && self.picking.is_none() && self.chooser.is_none() {
            self.shortcuts(&ctx);
            self.clipboard_events(&ctx);
            if !dropped.is_empty() {
                self.open_dropped(&ctx, &dropped);
            }
        }
        self.prompt_ui(&ctx);
        self.chooser_ui(&ctx);
        self.picker_ui(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        self.toolbar_ui(ui);
        self.offer_ui(ui);
        if let Some(text) = self.banner.clone() {
            egui::Panel::top("banner").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.colored_label(ui.visuals().warn_fg_color, text);
                    if ui.button("Dismiss").clicked() {
                        self.banner = None;
                    }
                });
            });
        }
        if self.work.is_none() {
            let mut choice = None;
            let recent = &self.prefs.recent;
            egui::CentralPanel::default_margins().show(ui, |ui| choice = welcome::ui(ui, recent));
            match choice {
                Some(welcome::Choice::Command(c)) => self.run(&ctx, c),
                Some(welcome::Choice::Example(name)) => self.guard(&ctx, Pending::Example(name)),
                Some(welcome::Choice::Recent(path)) => self.open_recent(&ctx, path),
                None => {}
            }
        } else {
            let mut edits = Vec::new();
            if let Some(w) = &self.work {
                let map = w.doc.map();
                let selection = self.canvas.selection.clone();
                egui::Panel::right("inspector")
                    .default_size(280.0)
                    .show(ui, |ui| {
                        egui::ScrollArea::vertical().show(ui, |ui| {
                            edits = self.inspector.ui(ui, map, &selection);
                        });
                    });
            }
            for e in edits {
                self.apply(e.edit, e.key);
            }
            if let Some(c) = self.inspector.asked.take() {
                self.run(&ctx, c);
            }
            if let Some(id) = self.inspector.picked.take() {
                self.canvas.selection = vec![id];
            }
            self.overview_ui(ui);
            let mut actions = Vec::new();
            if let Some(w) = &self.work {
                let (map, revision) = (w.doc.map(), w.doc.revision());
                egui::CentralPanel::no_frame()
                    .show(ui, |ui| actions = self.canvas.ui(ui, map, revision));
            }
            for action in actions {
                match action {
                    CanvasAction::Edit(edit) => self.apply(edit, None),
                    CanvasAction::AddAt(kind, p) => self.add_at(kind, p),
                    CanvasAction::Run(command) => self.run(&ctx, command),
                    CanvasAction::Rename(id) => {
                        self.canvas.selection = vec![id];
                        if let Some(w) = &self.work {
                            self.canvas.start_rename(w.doc.map(), id);
                        }
                    }
                }
            }
        }
        self.note_selected_party();
        self.autosave(&ctx);
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

fn modifier_count(m: egui::Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
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
        Box::new(|_cc| {
            let app = loading
                .join()
                .map_err(|_| "Convene stopped while reading the map.")?;
            Ok(Box::new(app))
        }),
    )
}
