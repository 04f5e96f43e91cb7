//! Capture as fast as the talk: what was said typed as a tension is made,
//! a new activity's title typed on its card, "Raised by" offering every
//! party, tidying in one step around pinned items, and the welcome screen
//! and examples reached from the File menu.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::Edit;
use convene::app::ConveneApp;
use convene::model::{Id, Map, Point};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

fn example() -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    h
}

/// Selects the boundary between psychiatrists and social workers.
fn select_boundary(h: &mut Harness<'static, ConveneApp>) {
    let at = h
        .get_by_label_contains("Boundary: Psychiatrists – Social workers")
        .rect()
        .center();
    click_at(h, at, Modifiers::NONE, 1);
}

#[test]
fn what_was_said_is_typed_as_the_tension_is_made() {
    let mut h = example();
    let before = map(&h).tensions.len();
    select_boundary(&mut h);
    keys(&mut h, CMD_SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Enter); // the first kind
    type_text(&mut h, "They never read our discharge notes");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let m = map(&h);
    assert_eq!(m.tensions.len(), before + 1);
    let [id] = h.state().selection() else {
        panic!("one item selected")
    };
    let t = m.tensions.get(*id).expect("the new tension is selected");
    assert_eq!(t.statement, "They never read our discharge notes");
    // The inspector shows it, to change later.
    h.get_by_label("Statement");
    assert!(
        h.state()
            .document()
            .unwrap()
            .undo_label()
            .is_some_and(|l| l == "Add tension"),
        "one step"
    );

    // Escape keeps the tension without the words.
    select_boundary(&mut h);
    keys(&mut h, CMD_SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    type_text(&mut h, "Half a thought");
    keys(&mut h, Modifiers::NONE, Key::Escape);
    let m = map(&h);
    assert_eq!(m.tensions.len(), before + 2);
    let [id] = h.state().selection() else {
        panic!("one item selected")
    };
    assert_eq!(m.tensions.get(*id).unwrap().statement, "");
}

#[test]
fn a_new_activity_is_named_on_its_card() {
    let mut h = example();
    select_boundary(&mut h);
    keys(&mut h, CMD_SHIFT, Key::A);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let [id] = h.state().selection() else {
        panic!("one item selected")
    };
    let id = *id;
    let default = map(&h).activities.get(id).unwrap().title.clone();
    h.get_by_label("Name on canvas");
    type_text(&mut h, "Draft referral guidelines together");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let title = map(&h).activities.get(id).unwrap().title.clone();
    assert_eq!(title, "Draft referral guidelines together");
    assert_ne!(default, title);

    // Escape keeps the title it was given.
    select_boundary(&mut h);
    keys(&mut h, CMD_SHIFT, Key::A);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let [id] = h.state().selection() else {
        panic!("one item selected")
    };
    let id = *id;
    let default = map(&h).activities.get(id).unwrap().title.clone();
    type_text(&mut h, "Not this");
    keys(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(map(&h).activities.get(id).unwrap().title, default);
}

#[test]
fn raised_by_offers_every_party_with_the_sides_first() {
    let mut h = example();
    select_boundary(&mut h);
    keys(&mut h, CMD_SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_label_contains("Raised by: ").click();
    h.run();
    let m = map(&h);
    let names: Vec<String> = m
        .communities
        .iter()
        .map(|c| c.name.clone())
        .chain(m.stakeholders.iter().map(|s| s.name.clone()))
        .collect();
    assert!(names.len() > 2, "the example has more than the two sides");
    let top = |name: &str| -> f32 {
        let options = h.query_all_by_label(name);
        // The option in the open list is the last one drawn.
        options
            .last()
            .unwrap_or_else(|| panic!("{name} is offered"))
            .rect()
            .top()
    };
    let sides = ["Psychiatrists", "Social workers"];
    let mut others: Vec<&String> = names
        .iter()
        .filter(|n| !sides.contains(&n.as_str()))
        .collect();
    others.sort_by_key(|n| n.to_lowercase());
    let side_tops: Vec<f32> = sides.iter().map(|s| top(s)).collect();
    let other_tops: Vec<f32> = others.iter().map(|n| top(n)).collect();
    assert!(
        side_tops[0] < side_tops[1],
        "the sides in the boundary's order"
    );
    assert!(side_tops[1] < other_tops[0], "the sides come first");
    assert!(other_tops.is_sorted(), "then the rest by name: {others:?}");
}

/// Every community, stakeholder and note moved into one pile below the
/// example's group frames, but the first; the second at the pile's left
/// end. Gives back the second.
fn crowd(h: &mut Harness<'static, ConveneApp>) -> Id {
    let m = map(h);
    let keep = m.communities.iter().next().unwrap().id;
    let moves: Vec<(Id, Point)> = m
        .placed()
        .filter(|&(id, _)| id != keep)
        .enumerate()
        .map(|(k, (id, _))| {
            (
                id,
                Point::new(300.0 + 40.0 * k.min(1) as f32 + k as f32, 900.0),
            )
        })
        .collect();
    let left = moves[0].0;
    assert!(h.state_mut().apply(Edit::Move(moves), None, None));
    h.run();
    // Show the whole map, the pile too.
    keys(h, Modifiers::COMMAND, Key::Num0);
    left
}

fn overlapping_parties(m: &Map) -> usize {
    let at: Vec<Point> = m.communities.iter().map(|c| c.pos).collect();
    let mut count = 0;
    for i in 0..at.len() {
        for j in i + 1..at.len() {
            if (at[i].x - at[j].x).abs() < 92.0 && (at[i].y - at[j].y).abs() < 92.0 {
                count += 1;
            }
        }
    }
    count
}

#[test]
fn tidying_is_one_undo_step_and_leaves_pinned_items_alone() {
    let mut h = example();
    let pinned_id = crowd(&mut h);
    let m = map(&h);
    let pinned = m.communities.get(pinned_id).unwrap();
    let (pinned_name, pinned_at) = (pinned.name.clone(), pinned.pos);
    // Pin it from its context menu, at its end of the pile.
    let label = format!("Community: {pinned_name}");
    let rect = h.get_by_label(&label).rect();
    let at = rect.left_center() + eframe::egui::vec2(6.0, 0.0);
    right_click(&mut h, at);
    // The inspector has a "Pin in place" too; the menu's is by the pointer.
    h.query_all_by_label("Pin in place")
        .min_by_key(|n| n.rect().center().distance(at) as i64)
        .unwrap()
        .click();
    h.run();
    let crowded = map(&h);
    assert!(crowded.communities.get(pinned_id).unwrap().pinned);
    h.get_by_label(&format!("{label} (pinned)"));
    assert!(overlapping_parties(&crowded) > 0, "the map starts crowded");

    keys(&mut h, CMD_SHIFT, Key::L);
    let tidied = map(&h);
    assert!(tidied != crowded, "the map was tidied");
    assert_eq!(overlapping_parties(&tidied), 0, "nothing overlaps");
    assert_eq!(tidied.communities.get(pinned_id).unwrap().pos, pinned_at);

    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(map(&h) == crowded, "one undo brings the crowd back");
}

#[test]
fn the_examples_and_the_welcome_screen_are_in_the_file_menu() {
    let mut h = harness(ConveneApp::new(None));
    keys(&mut h, Modifiers::COMMAND, Key::N);
    keys(&mut h, CMD_SHIFT, Key::C);
    type_text(&mut h, "Police");
    keys(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.state().document().unwrap().is_modified());

    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Examples").click();
    h.run();
    h.get_by_label("Coding for non-coders").click();
    h.run();
    assert!(h.state().pending().is_some(), "asks to save first");
    h.get_by_label("Don't save").click();
    h.run();
    let title = map(&h).meta.title;
    assert!(
        title.to_lowercase().contains("cod"),
        "the example opened: {title}"
    );

    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Welcome screen").click();
    h.run();
    assert!(h.query_by_label("Back to the map").is_some());
    assert!(
        h.query_by_label("Referral guidelines").is_some(),
        "its examples"
    );
    h.get_by_label("Back to the map").click();
    h.run();
    assert!(h.query_by_label("Back to the map").is_none());
    assert!(
        h.query_all_by_label_contains("Community: ")
            .next()
            .is_some(),
        "the map again"
    );
}
