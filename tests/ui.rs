//! The editor, driven as a person would: widgets and canvas items are found
//! by their labels, clicked, typed into and dragged.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::ConveneApp;
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Modifiers, Vec2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

#[test]
fn build_a_map_by_hand_then_undo_and_redo_all_of_it() {
    let mut h = harness(ConveneApp::new(None));
    h.get_by_label("New map").click();
    h.run();

    // Two communities, each named straight away.
    for (at, name) in [
        // Right of the overview panel, left of the inspector.
        (pos2(500.0, 400.0), "Police"),
        (pos2(850.0, 400.0), "Social services"),
    ] {
        double_click(&mut h, at);
        h.get_by_role_and_label(Role::TextInput, "Name").focus();
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
        h.get_by_role_and_label(Role::TextInput, "Name")
            .type_text(name);
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
    }
    assert!(h.query_by_label("Community: Police").is_some());
    assert!(h.query_by_label("Community: Social services").is_some());

    // Drag from the rim of one to the other draws a boundary.
    let police = h.get_by_label("Community: Police").rect();
    let services = h.get_by_label("Community: Social services").rect();
    drag(
        &mut h,
        pos2(police.right() - 2.0, police.center().y),
        services.center(),
    );
    assert_eq!(map(&h).boundaries.len(), 1);
    h.get_by_label("Boundary: Police – Social services, 0 tensions");

    // A tension, then the activity the playbook suggests first.
    h.get_by_label("Add tension…").click();
    h.run();
    h.get_by_label("Stereotypes").click();
    h.run();
    h.get_by_label("Skip").click();
    h.run();
    assert_eq!(map(&h).tensions.len(), 1);
    // The new tension is selected once made.
    let tension = map(&h).tensions.iter().next().unwrap().id;
    assert_eq!(h.state().selection(), &[tension]);
    let on_canvas = h
        .get_by_label("Boundary: Police – Social services, 1 tension")
        .rect()
        .center();
    click_at(&mut h, on_canvas, Modifiers::NONE, 1);
    // The tension opens from the boundary's list, and its severity can change.
    h.get_by_label("Stereotypes · severity 3 · Open").click();
    h.run();
    assert_eq!(
        h.state().selection(),
        &[map(&h).tensions.iter().next().unwrap().id]
    );
    h.key_press(egui::Key::Escape);
    h.run();
    let boundary = h
        .get_by_label("Boundary: Police – Social services, 1 tension")
        .rect()
        .center();
    h.hover_at(boundary);
    h.step();
    press(&h, boundary, true);
    h.step();
    press(&h, boundary, false);
    h.run();
    h.get_by_label("Add activity…").click();
    h.run();
    h.get_by_label("Visit or field trip (suggested)").click();
    h.run();
    // Its title is typed on its card; Escape keeps the one it was given.
    h.get_by_label("Name on canvas");
    h.key_press(egui::Key::Escape);
    h.run();
    let built = map(&h);
    assert_eq!(built.activities.len(), 1);
    let activity = built.activities.iter().next().unwrap();
    assert_eq!(activity.kind, convene::model::ActivityKind::Visit);
    assert_eq!(activity.tensions.len(), 1);

    // Each name took one step however many letters were typed.
    let steps = {
        let mut n = 0;
        let mut doc = h.state().document().unwrap().clone();
        while doc.undo() {
            n += 1;
        }
        n
    };
    assert_eq!(
        steps, 7,
        "2 adds, 2 renames, a boundary, a tension, an activity"
    );

    undo_all(&mut h);
    assert!(map(&h).is_empty());
    assert!(!h.state().document().unwrap().is_modified());
    for _ in 0..steps {
        h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::Z);
        h.run();
    }
    assert_eq!(map(&h), built);
}

#[test]
fn moving_by_drag_is_one_undo_step() {
    let mut h = harness(ConveneApp::new(None));
    h.get_by_label("Referral guidelines").click();
    h.run();
    let before = map(&h);
    let node = h.get_by_label("Community: Psychiatrists").rect().center();
    drag(&mut h, node, node + Vec2::new(80.0, 40.0));
    let after = map(&h);
    let id = before
        .communities
        .iter()
        .find(|c| c.name == "Psychiatrists")
        .unwrap()
        .id;
    assert_ne!(
        after.communities.get(id).unwrap().pos,
        before.communities.get(id).unwrap().pos
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(map(&h), before);
    assert!(
        !h.state().document().unwrap().can_undo(),
        "the drag must be exactly one step"
    );
}

#[test]
fn a_broken_file_shows_its_error_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.ron");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/referral-guidelines.ron"
    ))
    .unwrap();
    let cut = &text[..text.len() / 2];
    std::fs::write(&path, cut).unwrap();

    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    assert!(
        h.state().document().is_none(),
        "no map may stand in for the broken one"
    );
    let banner = h.state().banner().unwrap().to_owned();
    assert!(banner.contains("cut.ron:"), "{banner}");
    assert!(banner.contains("cut short"), "{banner}");
    assert!(h.query_by_label_contains("cut short").is_some());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), cut);
}

#[test]
fn the_window_title_shows_the_map_and_unsaved_changes() {
    let mut h = harness(ConveneApp::new(None));
    h.get_by_label("Coding for non-coders").click();
    h.run();
    assert_eq!(
        h.state().window_title(),
        "Coding for non-coders meets the invoicing team — Convene"
    );
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::C);
    h.run();
    assert!(
        h.state().window_title().contains(" •"),
        "{}",
        h.state().window_title()
    );
}

/// A harness on a copy of an example, with one unsaved change.
fn changed_copy() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, ConveneApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::N);
    h.run();
    assert!(h.state().document().unwrap().is_modified());
    (dir, path, h)
}

fn sent(h: &Harness<'_, ConveneApp>, command: &egui::ViewportCommand) -> bool {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_everything() {
    let (_dir, path, mut h) = changed_copy();
    let on_disk = std::fs::read(&path).unwrap();
    request_close(&mut h);
    assert!(sent(&h, &egui::ViewportCommand::CancelClose));
    h.run();
    assert!(h.query_by_label_contains("Save changes to").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().pending().is_none());
    assert!(h.state().document().unwrap().is_modified());
    assert!(!sent(&h, &egui::ViewportCommand::Close));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
}

#[test]
fn closing_and_not_saving_closes_and_leaves_the_file() {
    let (_dir, path, mut h) = changed_copy();
    let on_disk = std::fs::read(&path).unwrap();
    request_close(&mut h);
    h.run();
    h.get_by_label("Don't save").click();
    h.step();
    assert!(sent(&h, &egui::ViewportCommand::Close));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
}

#[test]
fn closing_and_saving_writes_the_map_then_closes() {
    let (_dir, path, mut h) = changed_copy();
    request_close(&mut h);
    h.run();
    h.get_by_label("Save").click();
    h.step();
    assert!(sent(&h, &egui::ViewportCommand::Close));
    let saved = convene::file::read(&path).unwrap();
    assert_eq!(&saved, h.state().document().unwrap().map());
    assert_eq!(saved.notes.len(), 2, "the new note was saved");
}

#[test]
fn new_map_with_unsaved_changes_asks_first() {
    let (_dir, _path, mut h) = changed_copy();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert_eq!(h.state().pending(), Some(convene::app::Pending::New));
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().document().unwrap().map().is_empty());
}

#[test]
fn work_left_by_a_killed_app_is_offered_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let copy = folder.join("recovery.ron");
    let mut h = harness(ConveneApp::new(None).with_recovery(&folder));
    h.get_by_label("Referral guidelines").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::C);
    h.step();
    h.step();
    assert!(!copy.exists(), "the copy waits for a pause in editing");
    for _ in 0..40 {
        h.step();
    }
    assert!(
        copy.exists(),
        "two seconds after an edit the work is copied"
    );
    let edited = map(&h);
    drop(h); // Killed: nothing more runs.

    let mut h = harness(ConveneApp::new(None).with_recovery(&folder));
    h.run();
    assert!(h.state().has_recovery_offer());
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(map(&h), edited);
    assert!(
        h.state().document().unwrap().is_modified(),
        "restored work is not saved yet"
    );
}

#[test]
fn a_saved_or_dropped_map_leaves_no_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let path = example_copy(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)).with_recovery(&folder));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::N);
    for _ in 0..40 {
        h.step();
    }
    // Each file's work has a copy of its own.
    let copy = convene::file::Recovery::new(&folder);
    assert!(copy.find(Some(&path)).is_some());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!h.state().document().unwrap().is_modified());
    assert!(copy.find(Some(&path)).is_none(), "saved work needs no copy");
}
