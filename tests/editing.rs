//! Editing as a person does it: naming on the canvas, the keyboard alone,
//! copy, paste and duplicate (also between two windows).
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::ConveneApp;
use convene::model::{ActivityKind, TensionKind};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, pos2};
use egui_kittest::kittest::Queryable;
use kit::*;

const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

#[test]
fn a_whole_small_map_from_the_keyboard_alone() {
    let mut h = harness(ConveneApp::new(None));
    keys(&mut h, Modifiers::COMMAND, Key::N);
    assert!(map(&h).is_empty());

    for name in ["Police", "Social services"] {
        keys(&mut h, CMD_SHIFT, Key::C);
        // The new community's name is selected on the canvas: typing replaces it.
        assert!(
            h.get_by_role_and_label(Role::TextInput, "Name on canvas")
                .is_focused()
        );
        type_text(&mut h, name);
        keys(&mut h, Modifiers::NONE, Key::Enter);
    }
    let m = map(&h);
    let names: Vec<&str> = m.communities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Police", "Social services"]);
    let [a, b] = [0, 1].map(|i| m.communities.iter().nth(i).unwrap().pos);
    assert!(
        (a.x - b.x).abs() + (a.y - b.y).abs() > 100.0,
        "they do not overlap"
    );

    // Connect joins the selected community to the one selected before it.
    keys(&mut h, CMD_SHIFT, Key::B);
    let m = map(&h);
    assert_eq!(m.boundaries.len(), 1);
    h.get_by_label("Boundary: Police – Social services, 0 tensions");

    // A tension: the picker opens with the first kind focused; Tab, Enter.
    keys(&mut h, CMD_SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Tab);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    // What was said can wait: Escape adds it without the words.
    keys(&mut h, Modifiers::NONE, Key::Escape);
    let m = map(&h);
    assert_eq!(m.tensions.len(), 1);
    let tension = m.tensions.iter().next().unwrap();
    assert_eq!(tension.kind, TensionKind::NAMED[1]);

    // An activity: the best suggestion for that tension comes first.
    keys(&mut h, CMD_SHIFT, Key::A);
    assert!(h.query_all_by_label_contains("(suggested)").count() > 0);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let m = map(&h);
    assert_eq!(m.activities.len(), 1);
    let activity = m.activities.iter().next().unwrap();
    let best = convene::model::suggest(&m, tension.boundary)[0]
        .kind
        .clone();
    assert_eq!(activity.kind, best);
    assert_ne!(activity.kind, ActivityKind::Other(String::new()));
    assert_eq!(activity.tensions, vec![tension.id]);
}

#[test]
fn escape_keeps_the_old_name_and_double_click_renames_in_place() {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    let before = map(&h);
    let at = h.get_by_label("Community: Psychiatrists").rect().center();
    click_at(&mut h, at, Modifiers::NONE, 2);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Name on canvas")
            .is_focused()
    );
    type_text(&mut h, "Doctors");
    keys(&mut h, Modifiers::NONE, Key::Escape);
    assert!(map(&h) == before, "Escape keeps the old name");

    keys(&mut h, Modifiers::NONE, Key::F2);
    type_text(&mut h, "Psychiatry team");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_label("Community: Psychiatry team");
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(map(&h) == before, "a rename is one step");
}

#[test]
fn copy_paste_and_duplicate_in_one_map() {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    let before = map(&h);
    let psy = h.get_by_label("Community: Psychiatrists").rect().center();
    click_at(&mut h, psy, Modifiers::NONE, 1);
    let social = h.get_by_label("Community: Social workers").rect().center();
    click_at(&mut h, social, Modifiers::SHIFT, 1);
    assert_eq!(h.state().selection().len(), 2);

    keys(&mut h, Modifiers::COMMAND, Key::C);
    keys(&mut h, Modifiers::COMMAND, Key::V);
    let after = map(&h);
    assert_eq!(after.communities.len(), before.communities.len() + 2);
    // The boundary between them came along, with its tensions.
    let between = before
        .boundaries
        .iter()
        .filter(|b| {
            b.between.iter().all(|&p| {
                before
                    .party_name(p)
                    .is_some_and(|n| n == "Psychiatrists" || n == "Social workers")
            })
        })
        .count();
    assert!(between > 0);
    assert_eq!(after.boundaries.len(), before.boundaries.len() + between);
    assert_eq!(
        h.state().selection().len(),
        2 + between,
        "the copies are selected"
    );
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(map(&h) == before, "a paste is one step");

    // Duplicate leaves the clipboard alone and adds beside the originals.
    click_at(&mut h, psy, Modifiers::NONE, 1);
    keys(&mut h, Modifiers::COMMAND, Key::D);
    let after = map(&h);
    assert_eq!(after.communities.len(), before.communities.len() + 1);
    let copy = after
        .communities
        .iter()
        .find(|c| !before.communities.contains(c.id))
        .unwrap();
    let original = before
        .communities
        .iter()
        .find(|c| c.name == "Psychiatrists")
        .unwrap();
    assert_eq!(copy.name, original.name);
    assert_eq!(copy.pos.x, original.pos.x + 30.0);
}

#[test]
fn items_copied_in_one_window_paste_into_another() {
    let mut first = harness(ConveneApp::new(None));
    first.state_mut().open_example("Referral guidelines");
    first.run();
    let psy = first
        .get_by_label("Community: Psychiatrists")
        .rect()
        .center();
    click_at(&mut first, psy, Modifiers::NONE, 1);
    let copied = copy_to_clipboard(&mut first).expect("the items went to the system clipboard");

    let mut second = harness(ConveneApp::new(None));
    second.state_mut().open_example("Joint policy response");
    second.run();
    let before = map(&second);
    second.event(egui::Event::Paste(copied));
    second.run();
    let after = map(&second);
    assert_eq!(after.communities.len(), before.communities.len() + 1);
    assert!(after.communities.iter().any(|c| c.name == "Psychiatrists"));

    // Any other text pastes as a sticky note.
    second.event(egui::Event::Paste("Ask about the rota".to_owned()));
    second.run();
    assert!(
        map(&second)
            .notes
            .iter()
            .any(|n| n.text == "Ask about the rota")
    );
}

#[test]
fn context_menus_offer_what_fits_the_item() {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    let before = map(&h);

    // On empty canvas: add a note right there.
    let empty = pos2(640.0, 760.0);
    right_click(&mut h, empty);
    h.get_by_label("Add note here").click();
    h.run();
    assert_eq!(map(&h).notes.len(), before.notes.len() + 1);
    keys(&mut h, Modifiers::NONE, Key::Escape);

    // On a boundary: add a tension through the picker.
    let at = h
        .query_all_by_label_contains("Boundary: Psychiatrists – Social workers")
        .next()
        .unwrap()
        .rect()
        .center();
    right_click(&mut h, at);
    // The inspector has an "Add tension…" too; the menu's is by the pointer.
    h.query_all_by_label("Add tension…")
        .min_by_key(|n| n.rect().center().distance(at) as i64)
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Suspicion").click();
    h.run();
    h.get_by_label("Skip").click();
    h.run();
    let m = map(&h);
    assert_eq!(m.tensions.len(), before.tensions.len() + 1);
    let new = m
        .tensions
        .iter()
        .find(|t| !before.tensions.contains(t.id))
        .unwrap();
    assert_eq!(new.kind, TensionKind::Suspicion);

    // On a community: delete it (and undo brings it back whole).
    let psy = h.get_by_label("Community: Psychiatrists").rect().center();
    right_click(&mut h, psy);
    assert!(
        h.query_all_by_label("Add tension…")
            .all(|n| n.rect().center().distance(psy) > 300.0),
        "no tensions on a community"
    );
    h.get_by_label("Delete").click();
    h.run();
    assert!(
        !map(&h)
            .communities
            .iter()
            .any(|c| c.name == "Psychiatrists")
    );
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(
        map(&h)
            .communities
            .iter()
            .any(|c| c.name == "Psychiatrists")
    );
}

#[test]
fn a_name_still_being_typed_is_saved_with_ctrl_s() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/referral-guidelines.ron"
        ),
        &path,
    )
    .unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    let at = h.get_by_label("Community: Psychiatrists").rect().center();
    double_click(&mut h, at);
    type_text(&mut h, "Psychiatry team");
    // No Enter: the field still has the keyboard when the map is saved.
    keys(&mut h, Modifiers::COMMAND, Key::S);
    let saved = convene::file::read(&path).unwrap();
    assert!(
        saved
            .communities
            .iter()
            .any(|c| c.name == "Psychiatry team"),
        "the typed name was saved"
    );
    assert!(!h.state().document().unwrap().is_modified());
}
