//! The "Find or do" box (Ctrl+K), driven from the keyboard as in a
//! workshop: run a command by name, reach an item by part of its name, and
//! add a community, a boundary, a tension or an activity in one line, each
//! exactly as its preview said and each one undo step.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::{Command, ConveneApp, Theme};
use convene::model::{ActivityKind, Id, Map, TensionKind};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::*;

/// The referral-guidelines example, open.
fn example() -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(None));
    h.state_mut().open_example("Referral guidelines");
    h.run();
    h
}

/// Opens the box with Ctrl+K and types `text` into it.
fn ask(h: &mut Harness<'static, ConveneApp>, text: &str) {
    keys(h, Modifiers::COMMAND, Key::K);
    assert!(is_open(h), "Ctrl+K opens the box");
    type_text(h, text);
}

fn is_open(h: &Harness<'static, ConveneApp>) -> bool {
    h.query_by_role_and_label(Role::TextInput, "Find or do")
        .is_some()
}

fn enter(h: &mut Harness<'static, ConveneApp>) {
    keys(h, Modifiers::NONE, Key::Enter);
}

fn party(map: &Map, name: &str) -> Id {
    map.communities
        .iter()
        .map(|c| (c.id, &c.name))
        .chain(map.stakeholders.iter().map(|s| (s.id, &s.name)))
        .find(|(_, n)| *n == name)
        .unwrap()
        .0
}

fn undo_steps(h: &Harness<'static, ConveneApp>) -> usize {
    let mut doc = h.state().document().unwrap().clone();
    let mut n = 0;
    while doc.undo() {
        n += 1;
    }
    n
}

/// Presses Enter, then checks that the capture was one undo step that
/// selected what it made, and that one Ctrl+Z gives back `before`. Gives
/// back the map as it was after the capture, and what was selected.
fn enter_then_undo_once(h: &mut Harness<'static, ConveneApp>, before: &Map) -> (Map, Id) {
    let steps = undo_steps(h);
    enter(h);
    assert!(!is_open(h), "Enter closes the box");
    let after = map(h);
    assert_eq!(undo_steps(h), steps + 1, "one capture, one undo step");
    let [selected] = h.state().selection() else {
        panic!("the new item is selected: {:?}", h.state().selection());
    };
    let selected = *selected;
    assert!(!before.contains(selected) && after.contains(selected));
    keys(h, Modifiers::COMMAND, Key::Z);
    assert_eq!(&map(h), before, "one undo takes it all back");
    (after, selected)
}

#[test]
fn a_command_runs_by_its_name() {
    let mut h = example();
    assert!(!h.state().availability(Command::Theme(Theme::Dark)).checked);
    ask(&mut h, "dark theme");
    h.get_by_label("Theme: Dark");
    enter(&mut h);
    assert!(h.state().availability(Command::Theme(Theme::Dark)).checked);
    assert!(!is_open(&h));

    let zoom = h.state().camera().zoom;
    ask(&mut h, "zoom in");
    enter(&mut h);
    assert!(h.state().camera().zoom > zoom * 1.2, "zoomed in by a step");
}

#[test]
fn a_command_that_cannot_run_says_why_and_stays() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "delete");
    h.get_by_label("Delete: Select something first.");
    enter(&mut h);
    assert!(is_open(&h), "nothing ran, so the box stays");
    assert_eq!(map(&h), before);
}

#[test]
fn enter_with_nothing_typed_runs_nothing() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "");
    enter(&mut h);
    assert!(is_open(&h), "the first command is not run by accident");
    assert_eq!(map(&h), before);
    assert!(h.state().pending().is_none());
}

#[test]
fn an_item_is_reached_by_part_of_its_name() {
    let mut h = example();
    ask(&mut h, "peer sup");
    h.get_by_label("Go to community: Peer support workers");
    enter(&mut h);
    let peers = party(&map(&h), "Peer support workers");
    assert_eq!(h.state().selection(), &[peers]);
    let at = map(&h).communities.get(peers).unwrap().pos;
    let centre = h.state().camera().centre;
    assert!(
        (centre.x - at.x).abs() < 1.0 && (centre.y - at.y).abs() < 1.0,
        "brought into view"
    );
}

#[test]
fn arrow_keys_choose_which_match_enter_goes_to() {
    let mut h = example();
    ask(&mut h, "social workers");
    let found = convene::capture::find::items(&map(&h), "social workers");
    assert!(
        found.len() > 2,
        "the community and the boundaries beside it"
    );
    keys(&mut h, Modifiers::NONE, Key::ArrowDown);
    keys(&mut h, Modifiers::NONE, Key::ArrowDown);
    keys(&mut h, Modifiers::NONE, Key::ArrowUp);
    enter(&mut h);
    assert_eq!(h.state().selection(), &[found[1].id]);
}

#[test]
fn a_community_in_a_few_words() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "+ Housing officers");
    h.get_by_label("New community 'Housing officers'");
    let (after, made) = enter_then_undo_once(&mut h, &before);
    assert_eq!(after.communities.len(), before.communities.len() + 1);
    let made = after.communities.get(made).unwrap();
    assert_eq!(made.name, "Housing officers");
    // It goes where there is room, in view.
    let camera = h.state().camera();
    let (dx, dy) = (made.pos.x - camera.centre.x, made.pos.y - camera.centre.y);
    assert!(dx.abs() * camera.zoom < 400.0 && dy.abs() * camera.zoom < 300.0);
    let taken = |c: &convene::model::Community| {
        (c.pos.x - made.pos.x).abs() < 100.0 && (c.pos.y - made.pos.y).abs() < 100.0
    };
    assert!(
        !before.communities.iter().any(taken),
        "not on top of another"
    );
}

#[test]
fn plain_text_that_matches_nothing_is_a_new_community() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "Dentists");
    h.get_by_label("New community 'Dentists'");
    let (after, made) = enter_then_undo_once(&mut h, &before);
    assert_eq!(after.communities.get(made).unwrap().name, "Dentists");
}

#[test]
fn a_boundary_between_two_named_parties() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "peer sup / nurses");
    h.get_by_label("New boundary between Peer support workers and Community mental health nurses");
    let (after, made) = enter_then_undo_once(&mut h, &before);
    assert_eq!(after.boundaries.len(), before.boundaries.len() + 1);
    assert_eq!(
        after.boundaries.get(made).unwrap().between,
        [
            party(&before, "Peer support workers"),
            party(&before, "Community mental health nurses")
        ]
    );
}

#[test]
fn a_tension_with_kind_severity_and_the_room_s_words() {
    let mut h = example();
    let before = map(&h);
    ask(
        &mut h,
        "! psych / social workers suspicion 4 They never read our notes",
    );
    h.get_by_label(
        "New tension on Who takes the case: Suspicion, severity 4, 'They never read our notes'",
    );
    let (after, made) = enter_then_undo_once(&mut h, &before);
    assert_eq!(after.tensions.len(), before.tensions.len() + 1);
    assert_eq!(after.boundaries.len(), before.boundaries.len());
    let t = after.tensions.get(made).unwrap();
    assert_eq!(t.kind, TensionKind::Suspicion);
    assert_eq!(t.severity.get(), 4);
    assert_eq!(t.statement, "They never read our notes");
    let b = after.boundaries.get(t.boundary).unwrap();
    assert_eq!(b.label, "Who takes the case");
}

#[test]
fn a_tension_on_a_boundary_named_by_its_label() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "! who takes terms 2 'urgent' means two things");
    h.get_by_label(
        "New tension on Who takes the case: Different terms, severity 2, \
         ''urgent' means two things'",
    );
    let (after, made) = enter_then_undo_once(&mut h, &before);
    let t = after.tensions.get(made).unwrap();
    assert_eq!(t.kind, TensionKind::Terminology);
    assert_eq!(
        after.boundaries.get(t.boundary).unwrap().label,
        "Who takes the case"
    );
}

#[test]
fn an_activity_with_a_new_party_makes_all_of_it_in_one_step() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "> Police / Social workers visit Job shadowing day");
    h.get_by_label(
        "New activity on Police – Social workers: Visit or field trip, 'Job shadowing day' \
         (new boundary; new community 'Police')",
    );
    let (after, made) = enter_then_undo_once(&mut h, &before);
    assert_eq!(after.communities.len(), before.communities.len() + 1);
    assert_eq!(after.boundaries.len(), before.boundaries.len() + 1);
    assert_eq!(after.activities.len(), before.activities.len() + 1);
    let a = after.activities.get(made).unwrap();
    assert_eq!(a.kind, ActivityKind::Visit);
    assert_eq!(a.title, "Job shadowing day");
    let b = after.boundaries.get(a.boundaries[0]).unwrap();
    assert_eq!(
        b.between,
        [party(&after, "Police"), party(&after, "Social workers")]
    );
}

#[test]
fn an_unclear_name_is_shown_and_enter_makes_nothing() {
    let mut h = example();
    let before = map(&h);
    ask(&mut h, "p / social workers");
    // "General practitioners" has a word starting with p too, but not its
    // first.
    h.get_by_label(
        "'p' could be Psychiatrists, Peer support workers or Patient and carer forum: \
         type more of the name.",
    );
    enter(&mut h);
    assert!(is_open(&h));
    assert_eq!(map(&h), before);
}

#[test]
fn escape_closes_the_box_and_changes_nothing() {
    let mut h = example();
    ask(&mut h, "psychiatrists");
    enter(&mut h);
    let selected = h.state().selection().to_vec();
    assert_eq!(selected.len(), 1);
    let before = map(&h);
    let steps = undo_steps(&h);
    ask(&mut h, "+ Housing officers");
    keys(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!is_open(&h));
    assert_eq!(map(&h), before);
    assert_eq!(undo_steps(&h), steps);
    assert_eq!(
        h.state().selection(),
        selected,
        "Escape in the box keeps the selection"
    );
}
