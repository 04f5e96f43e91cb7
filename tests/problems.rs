//! The Problems panel, used as a facilitator would: it lists what on the
//! map looks odd, a click on a row selects that item and brings it into
//! view, it follows the map as it changes, and it never shows what the
//! screen hides.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::Edit;
use convene::app::{Command, ConveneApp};
use convene::model::{Id, Item};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kit::*;

/// Police, psychiatrists and social workers; a tension on the
/// psychiatrists' boundary with the social workers, said by the police.
const MAP: &str = r#"(
    format: 2,
    title: "Referrals",
    communities: [
        (id: "a1", name: "Police", pos: (x: -300.0, y: 0.0)),
        (id: "a2", name: "Psychiatrists", pos: (x: 0.0, y: 0.0)),
        (id: "a3", name: "Social workers", pos: (x: 300.0, y: 200.0)),
    ],
    boundaries: [
        (id: "b1", between: ["a2", "a3"]),
    ],
    tensions: [
        (id: "c1", boundary: "b1", kind: Misunderstanding, severity: 3, raised_by: Some("a1"), statement: "They never read our notes"),
    ],
)
"#;

const RAISED: &str = "Tension 'They never read our notes' is raised by Police, who is not on its boundary Psychiatrists – Social workers";

fn opened(dir: &std::path::Path) -> egui_kittest::Harness<'static, ConveneApp> {
    let path = dir.join("referrals.ron");
    std::fs::write(&path, MAP).unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h
}

fn tension() -> Id {
    Id::parse("c1").unwrap()
}

#[test]
fn a_click_on_a_problem_selects_its_item_and_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(dir.path());
    // The toolbar counts the problems before the panel is open.
    assert!(h.query_by_label(RAISED).is_none());
    h.get_by_label("Problems 1");

    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    assert!(h.state().availability(Command::ToggleProblems).checked);
    let before = h.state().camera();
    h.get_by_label(RAISED).click();
    h.run();
    assert_eq!(h.state().selection(), &[tension()]);
    assert_ne!(
        h.state().camera().centre,
        before.centre,
        "the canvas moves to the tension's boundary"
    );

    // The map is still editable while the panel is open: setting who said
    // it to the psychiatrists takes the problem away.
    let mut fixed = map(&h).tensions.get(tension()).unwrap().clone();
    fixed.raised_by = Some(Id::parse("a2").unwrap());
    assert!(
        h.state_mut()
            .apply(Edit::Update(Item::Tension(fixed)), None, None)
    );
    h.run();
    assert!(h.query_by_label(RAISED).is_none());
    h.get_by_label("Nothing on this map looks odd.");
    h.get_by_role_and_label(Role::Button, "Problems");
    // Undo brings it back.
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    h.get_by_label(RAISED);
    h.get_by_label("Problems 1");
}

#[test]
fn the_view_menu_opens_the_panel_and_a_shared_screen_hides_confidential_problems() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("referrals.ron");
    std::fs::write(
        &path,
        MAP.replace(
            "statement: \"They never read our notes\"",
            "statement: \"They never read our notes\", confidential: true",
        ),
    )
    .unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Problems panel").click();
    h.run();
    h.get_by_label(RAISED);
    assert_eq!(h.state().problems().len(), 1);

    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    assert!(h.state().availability(Command::SharingScreen).checked);
    assert!(h.query_by_label(RAISED).is_none());
    assert!(h.state().problems().is_empty());
    h.get_by_label("(1 more about hidden items)");
    h.get_by_role_and_label(Role::Button, "Problems");

    // The Close button hides the panel again.
    h.get_by_label("Close the Problems panel").click();
    h.run();
    assert!(!h.state().availability(Command::ToggleProblems).checked);
}
