//! File ▸ Import… and dropping a file on the window: a JSON Canvas comes
//! in as a new map that is not saved yet, titled after the file, with what
//! was adjusted said in the banner; a broken file is explained and the
//! open map stays.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::app::{ConveneApp, Dialogs};
use convene::export::canvas;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

const DEMO: &str = "rspress-plugin-obsidian-canvas-Demo.canvas";
const VIEWER: &str = "hesprs-json-canvas-viewer-demo.canvas";

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/jsoncanvas")
        .join(name)
}

/// The editor with its own file chooser, on `path` if given.
fn in_app(path: Option<&Path>) -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(path).with_dialogs(Dialogs::InApp));
    h.run();
    h
}

fn choose_import(h: &mut Harness<'_, ConveneApp>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Import…").click();
    h.run();
    assert!(h.state().is_choosing_file(), "the chooser is open");
    h.get_by_label("Import a canvas file");
}

/// The imported map is the file read as a canvas, titled after the file,
/// with no file of its own and not saved yet.
fn assert_imported(h: &Harness<'_, ConveneApp>, file: &Path) {
    let doc = h.state().document().expect("a map is open");
    let mut expected = canvas::read(&std::fs::read_to_string(file).unwrap())
        .unwrap()
        .map;
    expected.meta.title = file.file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(doc.map(), &expected);
    assert_eq!(h.state().path(), None, "it belongs to no map file yet");
    assert!(doc.is_modified(), "closing it asks whether to save");
}

#[test]
fn file_import_brings_in_a_canvas_as_a_new_unsaved_map() {
    let mut h = in_app(None);
    choose_import(&mut h);
    type_text(&mut h, &corpus(VIEWER).display().to_string());
    keys(&mut h, Modifiers::NONE, Key::Enter);
    assert!(!h.state().is_choosing_file());
    assert_imported(&h, &corpus(VIEWER));
    let banner = h.state().banner().unwrap();
    assert!(
        banner.starts_with(
            "Imported “hesprs-json-canvas-viewer-demo.canvas”: 12 communities, 9 boundaries, 11 notes, 8 groups."
        ),
        "{banner}"
    );
    assert!(banner.contains("21 lines join notes"), "{banner}");
    // The name is in the window and on the canvas.
    h.get_by_label("Community: Main Interface");
}

#[test]
fn the_import_chooser_lists_canvas_files_and_a_click_imports_one() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("workshop board.canvas");
    std::fs::copy(corpus(DEMO), &target).unwrap();
    example_copy(dir.path());
    let mut h = in_app(None);
    choose_import(&mut h);
    type_text(&mut h, &dir.path().display().to_string());
    keys(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.query_by_label("map.ron").is_none(), "maps are not listed");
    h.get_by_label("workshop board.canvas").click();
    h.run();
    assert_imported(&h, &target);
    assert_eq!(
        h.state().document().unwrap().map().meta.title,
        "workshop board"
    );
}

/// A file dropped on the window, as the windowing layer would hand it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'_, ConveneApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run();
}

#[test]
fn dropping_a_canvas_file_imports_it() {
    let mut h = in_app(None);
    drop_file(&mut h, &corpus(DEMO));
    assert_imported(&h, &corpus(DEMO));
    let banner = h.state().banner().unwrap();
    assert!(banner.contains("4 notes, 1 group"), "{banner}");
}

#[test]
fn dropping_a_canvas_on_unsaved_work_asks_first() {
    let mut h = in_app(None);
    drop_file(&mut h, &corpus(DEMO));
    // The imported map is not saved: a second drop asks before replacing it.
    drop_file(&mut h, &corpus(VIEWER));
    h.get_by_label("Don't save").click();
    h.run();
    assert_imported(&h, &corpus(VIEWER));
}

#[test]
fn dropping_a_map_still_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(None);
    drop_file(&mut h, &path);
    assert_eq!(h.state().path(), Some(path.as_path()));
}

#[test]
fn a_broken_canvas_is_explained_and_the_open_map_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let broken = dir.path().join("broken.canvas");
    std::fs::write(&broken, "{\n  \"nodes\": [\n    {\"id\": 5}\n  ]\n}\n").unwrap();
    let mut h = in_app(Some(&path));
    let before = map(&h);
    drop_file(&mut h, &broken);
    let banner = h.state().banner().unwrap();
    assert_eq!(
        banner,
        "Could not import “broken.canvas”. The 1st node: its id is not text."
    );
    assert_eq!(map(&h), before);
    assert_eq!(h.state().path(), Some(path.as_path()));
    drop_file(&mut h, &dir.path().join("notes.txt"));
    assert!(
        h.state()
            .banner()
            .unwrap()
            .contains("Drop a map (.ron) or a canvas file (.canvas)")
    );
}

#[test]
fn a_canvas_file_dragged_over_the_window_says_it_will_be_imported() {
    let mut h = in_app(None);
    h.input_mut().hovered_files.push(egui::HoveredFile {
        path: Some(corpus(DEMO)),
        ..Default::default()
    });
    // egui keeps drawing while a file hovers, so step rather than settle.
    h.run_steps(3);
    assert!(
        h.query_by_label("Drop the canvas file here to import it")
            .is_some()
    );
    assert!(h.query_by_label("Drop the map here to open it").is_none());
}
