//! Saving in the editor keeps comments written by hand in the map file,
//! and asks before saving over comments it cannot keep.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::ConveneApp;
use eframe::egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

/// A map with a comment before an item, one beside it, and (with `lost`)
/// one among the saved views, which Convene cannot keep.
fn map_text(lost: bool) -> String {
    let view_comment = if lost {
        "        // the opening view\n"
    } else {
        ""
    };
    format!(
        r#"// Written by hand before the workshop.
(
    format: 2,
    title: "Commented",
    communities: [
        // Asked for the workshop.
        (id: "a1", name: "Police", pos: (x: 0.0, y: 0.0)), // came in numbers
        (id: "a2", name: "Social services", pos: (x: 300.0, y: 0.0)),
    ],
    views: [
{view_comment}        (name: "All", centre: (x: 0.0, y: 0.0), size: (w: 800.0, h: 600.0)),
    ],
)
"#
    )
}

/// The editor on a copy of the map, with one unsaved change (a new note).
fn opened(
    lost: bool,
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, ConveneApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commented.ron");
    std::fs::write(&path, map_text(lost)).unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    change(&mut h);
    (dir, path, h)
}

/// Adds a note, as a person would with the keyboard.
fn change(h: &mut Harness<'static, ConveneApp>) {
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::N);
    h.run();
    assert!(h.state().document().unwrap().is_modified());
}

fn save(h: &mut Harness<'static, ConveneApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
}

fn asked(h: &Harness<'static, ConveneApp>) -> bool {
    h.query_by_label_contains("Save and drop").is_some()
}

#[test]
fn saving_keeps_comments_before_and_beside_items() {
    let (_dir, path, mut h) = opened(false);
    save(&mut h);
    assert!(!asked(&h), "nothing is lost, so nothing is asked");
    assert!(!h.state().document().unwrap().is_modified());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with("// Written by hand before the workshop.\n(\n"));
    let police = saved
        .lines()
        .position(|l| l.contains("\"Police\""))
        .unwrap();
    let lines: Vec<_> = saved.lines().collect();
    assert_eq!(lines[police - 1], "        // Asked for the workshop.");
    assert!(lines[police].ends_with("// came in numbers"));
    assert_eq!(convene::file::read(&path).unwrap().notes.len(), 1);
}

#[test]
fn saving_over_a_comment_that_cannot_be_kept_asks_and_cancel_saves_nothing() {
    let (_dir, path, mut h) = opened(true);
    let on_disk = std::fs::read(&path).unwrap();
    save(&mut h);
    assert!(h.query_by_label("Save without 1 comment?").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!asked(&h));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk, "nothing saved");
    assert!(h.state().document().unwrap().is_modified());
}

#[test]
fn agreeing_to_drop_comments_saves_and_is_asked_once_per_map() {
    let (_dir, path, mut h) = opened(true);
    save(&mut h);
    h.get_by_label("Save and drop 1 comment").click();
    h.run();
    assert!(!h.state().document().unwrap().is_modified());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("the opening view"));
    assert!(
        saved.contains("// Asked for the workshop."),
        "the rest are kept"
    );
    // Saving again does not ask again.
    change(&mut h);
    save(&mut h);
    assert!(!asked(&h));
    assert!(!h.state().document().unwrap().is_modified());
    assert_eq!(convene::file::read(&path).unwrap().notes.len(), 2);
}

#[test]
fn closing_and_saving_asks_about_comments_then_closes() {
    let (_dir, path, mut h) = opened(true);
    request_close(&mut h);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(asked(&h), "the comments are asked about before the save");
    h.get_by_label("Save and drop 1 comment").click();
    h.step();
    let closing = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closing, "the window closes once saved");
    assert_eq!(convene::file::read(&path).unwrap().notes.len(), 1);
}
