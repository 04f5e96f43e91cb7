//! What a new user ran into, each as the steps they took: Escape during a
//! drag, damaged clipboard text, Escape in a menu or a field, where new
//! items land, what is selected after adding, what undo brings back, and
//! menu items that cannot run.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::ConveneApp;
use convene::edit::clip;
use convene::model::{Id, Map};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::*;

const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

fn example() -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    h
}

fn community(map: &Map, name: &str) -> Id {
    map.communities.iter().find(|c| c.name == name).unwrap().id
}

fn centre_of(h: &Harness<'_, ConveneApp>, label: &str) -> Pos2 {
    h.get_by_label(label).rect().center()
}

#[test]
fn escape_during_a_drag_leaves_the_items_where_they_were() {
    let mut h = example();
    let before = map(&h);
    let from = centre_of(&h, "Community: Psychiatrists");
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=4 {
        h.hover_at(from + egui::vec2(30.0 * i as f32, 20.0 * i as f32));
        h.step();
    }
    h.key_press(Key::Escape);
    h.step();
    h.hover_at(from + egui::vec2(150.0, 100.0));
    h.step();
    h.drop_at(from + egui::vec2(150.0, 100.0));
    h.run();
    assert!(map(&h) == before, "nothing moved");
    assert!(
        !h.state().document().unwrap().can_undo(),
        "no step was made"
    );
}

#[test]
fn damaged_items_on_the_clipboard_paste_nothing_and_say_why() {
    let mut h = example();
    let before = map(&h);
    let psy = community(&before, "Psychiatrists");
    let copied = clip::copy(&before, &[psy]).unwrap();
    let text = convene::file::clip_to_text(&copied);
    let cut_short = &text[..text.len() / 2];
    h.event(egui::Event::Paste(cut_short.to_owned()));
    h.run();
    assert!(map(&h) == before, "no note of raw text was made");
    let banner = h.state().banner().expect("a message");
    assert!(banner.contains("could not be pasted"), "{banner}");

    // A damaged map file (not items) is told apart from plain text too.
    h.event(egui::Event::Paste(
        "(\n    format: 1,\n    title: \"Cut".to_owned(),
    ));
    h.run();
    assert!(map(&h) == before);

    // Plain text still becomes a note.
    h.event(egui::Event::Paste(
        "Ask the GPs about waiting lists".to_owned(),
    ));
    h.run();
    assert_eq!(map(&h).notes.len(), before.notes.len() + 1);
}

#[test]
fn a_menu_opened_from_the_keyboard_closes_with_escape_and_keeps_the_selection() {
    let mut h = example();
    let psy = centre_of(&h, "Community: Psychiatrists");
    click_at(&mut h, psy, Modifiers::NONE, 1);
    let selected = h.state().selection().to_vec();
    assert_eq!(selected.len(), 1);
    h.get_by_label("Edit").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.query_by_label("Select all").is_some(),
        "the Edit menu is open"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Select all").is_none(), "the menu closed");
    assert_eq!(h.state().selection(), selected, "the selection stays");
}

#[test]
fn escape_in_a_text_field_leaves_the_field_and_keeps_the_selection() {
    let mut h = example();
    let psy = centre_of(&h, "Community: Psychiatrists");
    click_at(&mut h, psy, Modifiers::NONE, 1);
    let selected = h.state().selection().to_vec();
    h.get_by_role_and_label(Role::TextInput, "Name").focus();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(
        !h.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused(),
        "the field let go of the keyboard"
    );
    assert_eq!(h.state().selection(), selected, "the selection stays");
}

#[test]
fn new_items_land_where_the_canvas_can_be_seen() {
    let mut h = example();
    // Close in, so that the free places near the middle run out quickly.
    for _ in 0..4 {
        keys(&mut h, Modifiers::NONE, Key::Plus);
    }
    // The canvas, not the inspector's heading of the same name.
    let canvas = h
        .query_all_by_label("Map")
        .find(|n| n.accesskit_node().role() != Role::Label)
        .unwrap()
        .rect();
    for round in 0..8 {
        keys(&mut h, CMD_SHIFT, Key::C);
        type_text(&mut h, &format!("Added {round}"));
        keys(&mut h, Modifiers::NONE, Key::Enter);
        let at = centre_of(&h, &format!("Community: Added {round}"));
        assert!(
            canvas.contains(at),
            "community {round} at {at:?}, outside the canvas {canvas:?}"
        );
    }
}

#[test]
fn a_new_tension_or_activity_is_selected_once_made() {
    let mut h = example();
    let boundary = h
        .get_by_label_contains("Boundary: Psychiatrists – Social workers")
        .rect()
        .center();
    click_at(&mut h, boundary, Modifiers::NONE, 1);
    keys(&mut h, CMD_SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    // What was said can wait.
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let m = map(&h);
    let [tension] = h.state().selection() else {
        panic!("one item selected")
    };
    assert!(m.tensions.contains(*tension), "the new tension is selected");

    keys(&mut h, CMD_SHIFT, Key::A);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let m = map(&h);
    let [activity] = h.state().selection() else {
        panic!("one item selected")
    };
    assert!(
        m.activities.contains(*activity),
        "the new activity is selected"
    );
}

#[test]
fn undo_and_redo_bring_back_what_was_selected() {
    let mut h = harness(ConveneApp::new(None));
    keys(&mut h, Modifiers::COMMAND, Key::N);
    keys(&mut h, CMD_SHIFT, Key::C);
    type_text(&mut h, "Police");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let police = community(&map(&h), "Police");
    keys(&mut h, CMD_SHIFT, Key::C);
    type_text(&mut h, "Social services");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let services = community(&map(&h), "Social services");
    assert_eq!(h.state().selection(), [services]);
    keys(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().selection().is_empty());

    // Undo the name, then the second community: the first is selected again.
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!map(&h).communities.contains(services));
    assert_eq!(h.state().selection(), [police]);
    // Redo it: selected as it was when it was made.
    keys(&mut h, CMD_SHIFT, Key::Z);
    assert_eq!(h.state().selection(), [services]);
}

/// Whether the buttons with this label (menu items with their menu open,
/// toolbar buttons) are all greyed out.
fn greyed(h: &Harness<'_, ConveneApp>, label: &str) -> bool {
    let states: Vec<bool> = h
        .query_all_by_role_and_label(Role::Button, label)
        .map(|n| n.accesskit_node().is_disabled())
        .collect();
    assert!(!states.is_empty(), "no button {label}");
    states.iter().all(|&s| s)
}

#[test]
fn menu_items_that_cannot_run_are_greyed_out_and_undo_names_its_step() {
    let mut h = example();
    h.get_by_label("Edit").click();
    h.run();
    assert!(greyed(&h, "Delete"), "nothing is selected to delete");
    assert!(greyed(&h, "Undo"));
    h.key_press(Key::Escape);
    h.run();

    let from = centre_of(&h, "Community: Psychiatrists");
    drag(&mut h, from, from + egui::vec2(60.0, 40.0));
    h.get_by_label("Edit").click();
    h.run();
    assert!(!greyed(&h, "Delete"));
    assert!(!greyed(&h, "Undo Move item"));
    h.get_by_role_and_label(Role::Button, "Undo Move item")
        .click();
    h.run();
    assert!(
        !h.state().document().unwrap().can_undo(),
        "the move is undone"
    );

    // The toolbar greys out what needs a boundary.
    assert!(greyed(&h, "+ Tension"));
}

#[test]
fn a_refused_edit_changes_nothing_else() {
    use convene::Edit;
    use convene::model::{Severity, Tension, TensionKind};
    let mut h = example();
    let psy = community(&map(&h), "Psychiatrists");
    let at = centre_of(&h, "Community: Psychiatrists");
    click_at(&mut h, at, Modifiers::NONE, 1);
    assert_eq!(h.state().selection(), [psy]);
    let before = map(&h);
    // A tension on a boundary the map does not have is refused.
    let id = before.new_id();
    let stray = Tension::new(
        id,
        before.new_id(),
        TensionKind::NAMED[0].clone(),
        Severity::default(),
    );
    let applied = h
        .state_mut()
        .apply(Edit::Add(stray.into()), None, Some(vec![id]));
    assert!(!applied);
    assert!(map(&h) == before);
    assert_eq!(h.state().selection(), [psy], "the selection is as it was");
    assert!(h.state().banner().is_some(), "the refusal is told");
}

#[test]
fn activity_cards_stand_beside_their_boundary_not_on_a_community() {
    let mut h = example();
    // Psychiatrists stand above the community mental health nurses: the
    // boundary between them runs up and down, and already has one card.
    let boundary = h
        .get_by_label_contains("Boundary: Psychiatrists – Community mental health nurses")
        .rect()
        .center();
    for i in 0..3 {
        click_at(&mut h, boundary, Modifiers::NONE, 1);
        keys(&mut h, CMD_SHIFT, Key::A);
        keys(&mut h, Modifiers::NONE, Key::Enter);
        // Each its own title, to find its card by.
        keys(&mut h, Modifiers::NONE, Key::F2);
        type_text(&mut h, &format!("Card {i}"));
        keys(&mut h, Modifiers::NONE, Key::Enter);
    }
    let m = map(&h);
    let cards: Vec<_> = m
        .activities
        .iter()
        .filter(|a| {
            a.boundaries.first().is_some_and(|&b| {
                m.boundaries
                    .get(b)
                    .is_some_and(|b| b.between.contains(&community(&m, "Psychiatrists")))
                    && m.boundaries.get(b).is_some_and(|b| {
                        b.between
                            .contains(&community(&m, "Community mental health nurses"))
                    })
            })
        })
        .map(|a| a.title.clone())
        .collect();
    assert_eq!(cards.len(), 4, "one card before, three added");
    for name in ["Psychiatrists", "Community mental health nurses"] {
        let circle = h.get_by_label(&format!("Community: {name}")).rect();
        for title in &cards {
            let card = h.get_by_label(&format!("Activity: {title}")).rect();
            assert!(
                !card.intersects(circle),
                "the card “{title}” stands on {name}"
            );
        }
    }
}
