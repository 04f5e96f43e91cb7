//! The app's own file chooser, used where no system file dialog can be
//! shown: Save as, Open and the close prompt's Save go through it, a typed
//! path and Enter is enough, and a bad place is explained, never silent.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use std::path::Path;

use convene::app::{ConveneApp, Dialogs};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

/// The editor with its own file chooser, on `path` if given.
fn in_app(path: Option<&Path>) -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(path).with_dialogs(Dialogs::InApp));
    h.run();
    h
}

/// Types a path into whatever has the keyboard, and presses Enter.
fn type_path_and_enter(h: &mut Harness<'_, ConveneApp>, path: &Path) {
    type_text(h, &path.display().to_string());
    keys(h, Modifiers::NONE, Key::Enter);
}

fn sent(h: &Harness<'_, ConveneApp>, command: &egui::ViewportCommand) -> bool {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

#[test]
fn save_as_saves_where_a_typed_path_says() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(Some(&path));
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    assert!(h.state().is_choosing_file());
    h.get_by_label("Save the map as");
    // The name field has the keyboard, its suggestion selected: typing
    // replaces it.
    let target = dir.path().join("copy for the client.ron");
    type_path_and_enter(&mut h, &target);
    assert!(!h.state().is_choosing_file());
    let saved = convene::file::read(&target).unwrap();
    assert_eq!(&saved, h.state().document().unwrap().map());
    assert_eq!(h.state().path(), Some(target.as_path()));
}

#[test]
fn a_name_without_extension_is_saved_as_a_map_in_the_folder_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(Some(&path));
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    type_text(&mut h, "day two");
    h.get_by_label("Save").click();
    h.run();
    assert!(convene::file::read(&dir.path().join("day two.ron")).is_ok());
}

#[test]
fn open_opens_a_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(None);
    keys(&mut h, Modifiers::COMMAND, Key::O);
    h.get_by_label("Open a map");
    type_path_and_enter(&mut h, &path);
    assert!(!h.state().is_choosing_file());
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert_eq!(map(&h), convene::file::read(&path).unwrap());
}

#[test]
fn open_lists_the_folder_and_a_click_opens_a_map() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("maps")).unwrap();
    let path = example_copy(&dir.path().join("maps"));
    let mut h = in_app(None);
    keys(&mut h, Modifiers::COMMAND, Key::O);
    type_path_and_enter(&mut h, dir.path());
    h.get_by_label("maps/").click();
    h.run();
    h.get_by_label("map.ron").click();
    h.run();
    assert_eq!(h.state().path(), Some(path.as_path()));
}

#[test]
fn closing_an_untitled_map_and_saving_goes_through_the_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = in_app(None);
    h.get_by_label("New map").click();
    h.run();
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);
    assert!(h.state().document().unwrap().is_modified());
    request_close(&mut h);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.state().is_choosing_file(), "Save asks where");
    let target = dir.path().join("workshop.ron");
    type_text(&mut h, &target.display().to_string());
    // Only the frame that saves sends Close, so Enter goes down alone.
    h.event(egui::Event::Key {
        key: Key::Enter,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    assert!(
        sent(&h, &egui::ViewportCommand::Close),
        "saved, then closed"
    );
    assert_eq!(convene::file::read(&target).unwrap().notes.len(), 1);
}

#[test]
fn a_folder_that_is_not_there_is_explained_and_escape_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(Some(&path));
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    let target = dir.path().join("no such folder").join("map.ron");
    type_path_and_enter(&mut h, &target);
    assert!(h.state().is_choosing_file(), "the chooser stays open");
    assert!(h.query_by_label_contains("There is no folder").is_some());
    assert!(!target.exists());
    // The field has the keyboard again, so Escape reaches the chooser.
    keys(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!h.state().is_choosing_file());
    assert_eq!(h.state().path(), Some(path.as_path()));
}

/// A folder nobody may write in, not even root: the kernel's own.
#[cfg(target_os = "linux")]
#[test]
fn a_folder_that_cannot_be_written_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = in_app(Some(&path));
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    let target = std::path::Path::new("/proc/convene-test-map.ron");
    type_path_and_enter(&mut h, target);
    assert!(h.state().is_choosing_file(), "the chooser stays open");
    assert!(h.query_by_label_contains("could not save").is_some());
    assert!(!target.exists());
    assert_eq!(h.state().path(), Some(path.as_path()));
}
