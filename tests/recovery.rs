//! Recovery copies of unsaved work belong to the file they were made from
//! (untitled work separately): offered only when that map is opened, never
//! put in place of unsaved changes without asking, gone after "Don't
//! save", restored with the file's path, and work done while an offer
//! waits is copied too.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use std::path::{Path, PathBuf};

use convene::Map;
use convene::app::{ConveneApp, Dialogs};
use convene::file::{Recovery, Slot};
use convene::model::Meta;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

/// A folder with a copy of an example and a recovery folder.
struct Setup {
    _dir: tempfile::TempDir,
    map: PathBuf,
    other: PathBuf,
    folder: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/coding-for-non-coders.ron"
    );
    let map = dir.path().join("map.ron");
    let other = dir.path().join("other.ron");
    std::fs::copy(example, &map).unwrap();
    std::fs::copy(example, &other).unwrap();
    let folder = dir.path().join("recovery");
    Setup {
        map,
        other,
        folder,
        _dir: dir,
    }
}

/// Unsaved work left for `original` by an earlier run: the file's map with
/// a new title.
fn leave_copy(folder: &Path, original: Option<&Path>, title: &str) -> Map {
    let mut map = match original {
        Some(path) => convene::file::read(path).unwrap(),
        None => Map::new(Meta::titled("Untitled map")),
    };
    map.meta.title = title.to_owned();
    Recovery::new(folder)
        .write(&map, original, Slot::Main)
        .unwrap();
    map
}

fn app(path: Option<&Path>, folder: &Path) -> Harness<'static, ConveneApp> {
    let mut h = harness(
        ConveneApp::new(path)
            .with_recovery(folder)
            .with_dialogs(Dialogs::InApp),
    );
    h.run();
    h
}

/// Lets two seconds pass, long enough for the copy to be written.
fn pause(h: &mut Harness<'_, ConveneApp>) {
    for _ in 0..40 {
        h.step();
    }
}

fn add_note(h: &mut Harness<'_, ConveneApp>) {
    keys(h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);
    keys(h, Modifiers::NONE, Key::Escape);
}

#[test]
fn a_files_copy_is_offered_only_when_that_file_is_opened() {
    let s = setup();
    leave_copy(&s.folder, Some(&s.map), "Kept from last time");
    let mut h = app(None, &s.folder);
    assert!(!h.state().has_recovery_offer(), "no map is open yet");
    h.state_mut().open_path(&s.other);
    h.run();
    assert!(
        !h.state().has_recovery_offer(),
        "the copy is not this file's"
    );
    h.state_mut().open_path(&s.map);
    h.run();
    assert!(h.state().has_recovery_offer());
    assert!(h.query_by_label_contains("Kept from last time").is_some());
}

#[test]
fn untitled_work_is_offered_apart_from_a_files_work() {
    let s = setup();
    leave_copy(&s.folder, Some(&s.map), "The file's work");
    leave_copy(&s.folder, None, "Untitled work");
    let h = app(None, &s.folder);
    assert!(h.query_by_label_contains("Untitled work").is_some());
    let h = app(Some(&s.map), &s.folder);
    assert!(h.query_by_label_contains("The file's work").is_some());
}

#[test]
fn restore_keeps_the_files_path_so_save_writes_to_it() {
    let s = setup();
    let kept = leave_copy(&s.folder, Some(&s.map), "Kept from last time");
    let mut h = app(Some(&s.map), &s.folder);
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().path(), Some(s.map.as_path()));
    keys(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().is_choosing_file(), "Ctrl+S needs no file name");
    assert_eq!(convene::file::read(&s.map).unwrap(), kept);
    drop(h);
    let h = app(Some(&s.map), &s.folder);
    assert!(!h.state().has_recovery_offer(), "saved work needs no copy");
}

#[test]
fn restore_asks_before_replacing_unsaved_changes() {
    let s = setup();
    leave_copy(&s.folder, Some(&s.map), "Kept from last time");
    let mut h = app(Some(&s.map), &s.folder);
    add_note(&mut h);
    let edited = map(&h);
    h.get_by_label("Restore").click();
    h.run();
    assert!(h.query_by_label_contains("Save changes to").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(map(&h), edited, "Cancel keeps the changes");
    h.get_by_label("Restore").click();
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(map(&h).meta.title, "Kept from last time");
}

#[test]
fn after_dont_save_on_close_the_work_is_not_offered_again() {
    let s = setup();
    let mut h = app(Some(&s.map), &s.folder);
    add_note(&mut h);
    pause(&mut h);
    assert!(Recovery::new(&s.folder).find(Some(&s.map)).is_some());
    request_close(&mut h);
    h.run();
    h.get_by_label("Don't save").click();
    pause(&mut h);
    drop(h);
    let h = app(Some(&s.map), &s.folder);
    assert!(!h.state().has_recovery_offer());
}

#[test]
fn work_done_while_an_offer_waits_is_copied_aside() {
    let s = setup();
    let kept = leave_copy(&s.folder, Some(&s.map), "Kept from last time");
    let mut h = app(Some(&s.map), &s.folder);
    assert!(h.state().has_recovery_offer());
    add_note(&mut h);
    pause(&mut h);
    let edited = map(&h);
    drop(h); // Killed with the offer still waiting.

    // Both pieces of work are kept: the old copy is offered first, then
    // the work done meanwhile.
    let recovery = Recovery::new(&s.folder);
    assert_eq!(recovery.find(Some(&s.map)).unwrap().unwrap().map, kept);
    let mut h = app(Some(&s.map), &s.folder);
    h.get_by_label("Discard it").click();
    h.run();
    assert_eq!(recovery.find(Some(&s.map)).unwrap().unwrap().map, edited);
}

#[test]
fn a_copy_left_by_an_earlier_version_is_offered_and_gone_once_saved() {
    let s = setup();
    let mut kept = convene::file::read(&s.map).unwrap();
    kept.meta.title = "Kept by an earlier version".to_owned();
    std::fs::create_dir_all(&s.folder).unwrap();
    std::fs::write(s.folder.join("recovery.ron"), convene::file::to_text(&kept)).unwrap();
    std::fs::write(
        s.folder.join("recovery-origin.txt"),
        s.map.display().to_string(),
    )
    .unwrap();
    assert!(!app(None, &s.folder).state().has_recovery_offer());
    let mut h = app(Some(&s.map), &s.folder);
    h.get_by_label("Restore").click();
    h.run();
    keys(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(convene::file::read(&s.map).unwrap(), kept);
    drop(h);
    assert!(!app(Some(&s.map), &s.folder).state().has_recovery_offer());
}
