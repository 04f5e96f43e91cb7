#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]
//! The inspector, driven as a person would: select an item on the canvas,
//! then change its fields by their labels and check the map.

use convene::Map;
use convene::app::ConveneApp;
use convene::model::{
    ActivityStatus, Colour, Date, Id, Progress, Severity, TensionKind, TensionStatus, ValueKind,
};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Modifiers, PointerButton, Vec2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};

fn harness(app: ConveneApp) -> Harness<'static, ConveneApp> {
    Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_step_dt(0.05)
        .build_eframe(move |_| app)
}

/// The referral guidelines example, open.
fn example() -> Harness<'static, ConveneApp> {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = harness(app);
    h.run();
    h
}

fn map(h: &Harness<'_, ConveneApp>) -> Map {
    h.state().document().expect("a map is open").map().clone()
}

/// Scrolls the widget into view, then clicks it.
fn click(h: &mut Harness<'_, ConveneApp>, by: impl Fn() -> By<'static>) {
    h.get(by()).scroll_to_me();
    h.run();
    h.get(by()).click();
    h.run();
}

fn label(text: &'static str) -> impl Fn() -> By<'static> {
    move || By::new().label(text)
}

fn role(role: Role, text: &'static str) -> impl Fn() -> By<'static> {
    move || By::new().role(role).label(text)
}

/// A drop-down list by its name, which carries its value: "Status: Open".
fn choice(text: &'static str) -> impl Fn() -> By<'static> {
    move || {
        By::new().role(Role::ComboBox).predicate(move |n| {
            n.label()
                .is_some_and(|l| l.starts_with(&format!("{text}: ")))
        })
    }
}

/// A text field of one line or several, by its label.
fn field(label: &'static str) -> impl Fn() -> By<'static> {
    move || {
        By::new()
            .label(label)
            .predicate(|n| matches!(n.role(), Role::TextInput | Role::MultilineTextInput))
    }
}

/// Replaces the text of the field with this label.
fn type_into(h: &mut Harness<'_, ConveneApp>, label: &'static str, text: &str) {
    let by = field(label);
    h.get(by()).scroll_to_me();
    h.run();
    h.get(by()).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    if text.is_empty() {
        h.key_press(egui::Key::Backspace);
    } else {
        h.get(by()).type_text(text);
    }
    h.run();
}

/// Takes the keyboard out of the text field by clicking beside the
/// inspector's heading.
fn leave_field(h: &mut Harness<'_, ConveneApp>, heading: &'static str) {
    h.get_by_role_and_label(Role::Label, heading).scroll_to_me();
    h.run();
    let r = h.get_by_role_and_label(Role::Label, heading).rect();
    let at = pos2(r.right() + 30.0, r.center().y);
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
}

fn undo(h: &mut Harness<'_, ConveneApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
}

fn community(map: &Map, name: &str) -> Id {
    map.communities.iter().find(|c| c.name == name).unwrap().id
}

fn activity(map: &Map, title: &str) -> Id {
    map.activities.iter().find(|a| a.title == title).unwrap().id
}

#[test]
fn practice_and_size_each_undo_in_one_step() {
    let mut h = example();
    let before = map(&h);
    let id = community(&before, "Psychiatrists");
    click(&mut h, label("Community: Psychiatrists"));
    assert_eq!(h.state().selection(), &[id]);

    // Typed in pieces, over several frames, as a person types.
    type_into(&mut h, "Practice", "Treat");
    h.get(field("Practice")()).type_text(" mental illness.");
    h.run();
    type_into(&mut h, "Size", "1");
    h.get(field("Size")()).type_text("5");
    h.run();
    leave_field(&mut h, "Community");
    let c = map(&h).communities.get(id).unwrap().clone();
    assert_eq!(c.practice, "Treat mental illness.");
    assert_eq!(c.size, Some(15));

    undo(&mut h);
    let c = map(&h).communities.get(id).unwrap().clone();
    assert_eq!(c.size, Some(14), "the first undo takes back the size");
    assert_eq!(c.practice, "Treat mental illness.");
    undo(&mut h);
    assert_eq!(map(&h), before, "the second takes back the whole practice");
    assert!(!h.state().document().unwrap().can_undo());
}

#[test]
fn a_size_that_is_not_a_number_is_not_applied() {
    let mut h = example();
    let id = community(&map(&h), "Social workers");
    click(&mut h, label("Community: Social workers"));
    type_into(&mut h, "Size", "about twenty");
    leave_field(&mut h, "Community");
    assert!(
        h.query_by_label("Write a whole number, or leave it empty.")
            .is_some()
    );
    assert_eq!(map(&h).communities.get(id).unwrap().size, Some(22));
    type_into(&mut h, "Size", "");
    leave_field(&mut h, "Community");
    assert_eq!(map(&h).communities.get(id).unwrap().size, None);
}

#[test]
fn key_people_are_one_a_line() {
    let mut h = example();
    let id = community(&map(&h), "Peer support workers");
    click(&mut h, label("Community: Peer support workers"));
    type_into(&mut h, "Key people", "Sam Okoro");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get(field("Key people")()).type_text("Ada Byrne");
    h.run();
    leave_field(&mut h, "Community");
    assert_eq!(
        map(&h).communities.get(id).unwrap().key_people,
        ["Sam Okoro", "Ada Byrne"]
    );
}

#[test]
fn picking_a_colour_changes_it_in_one_step() {
    let mut h = example();
    let id = community(&map(&h), "Psychiatrists");
    click(&mut h, label("Community: Psychiatrists"));
    click(&mut h, role(Role::Button, "Green"));
    assert_eq!(
        map(&h).communities.get(id).unwrap().colour,
        Colour::PALETTE[2]
    );
    undo(&mut h);
    assert_eq!(
        map(&h).communities.get(id).unwrap().colour,
        Colour::PALETTE[0]
    );
}

/// Opens the tension "Different terms" on the boundary "Who takes the case".
fn open_terms_tension(h: &mut Harness<'_, ConveneApp>) -> Id {
    click(
        h,
        label("Boundary: Psychiatrists – Social workers, 4 tensions, 1 confidential"),
    );
    click(h, label("Different terms · severity 3 · Resolved"));
    let id = map(h)
        .tensions
        .iter()
        .find(|t| t.kind == TensionKind::Terminology)
        .unwrap()
        .id;
    assert_eq!(h.state().selection(), &[id]);
    id
}

#[test]
fn a_tension_s_severity_status_view_and_privacy() {
    let mut h = example();
    let id = open_terms_tension(&mut h);
    let social_workers = community(&map(&h), "Social workers");

    click(&mut h, label("Severity 5"));
    click(&mut h, choice("Status"));
    click(&mut h, label("Easing"));
    click(&mut h, choice("Raised by"));
    click(&mut h, label("Social workers"));
    click(&mut h, role(Role::CheckBox, "Confidential"));

    let t = map(&h).tensions.get(id).unwrap().clone();
    assert_eq!(t.severity, Severity::new(5).unwrap());
    assert_eq!(t.status, TensionStatus::Easing);
    assert_eq!(t.raised_by, Some(social_workers));
    assert!(t.confidential);

    click(&mut h, choice("Raised by"));
    click(&mut h, label("Not recorded"));
    assert_eq!(map(&h).tensions.get(id).unwrap().raised_by, None);
}

#[test]
fn a_tension_of_your_own_kind() {
    let mut h = example();
    let id = open_terms_tension(&mut h);
    click(&mut h, choice("Kind"));
    click(&mut h, label("Your own…"));
    type_into(&mut h, "Your own kind", "Budget rules");
    leave_field(&mut h, "Tension");
    assert_eq!(
        map(&h).tensions.get(id).unwrap().kind,
        TensionKind::Other("Budget rules".into())
    );
}

#[test]
fn a_boundary_s_label_progress_and_sides() {
    let mut h = example();
    click(
        &mut h,
        label("Boundary: Psychiatrists – Social workers, 4 tensions, 1 confidential"),
    );
    let id = h.state().selection()[0];
    type_into(&mut h, "Label", "Whose case");
    leave_field(&mut h, "Boundary");
    click(&mut h, choice("Learning so far"));
    click(&mut h, label("Reflection"));
    let b = map(&h).boundaries.get(id).unwrap().clone();
    assert_eq!(b.label, "Whose case");
    assert_eq!(b.progress, Progress::Reflection);

    click(&mut h, role(Role::Link, "Social workers"));
    assert_eq!(
        h.state().selection(),
        &[community(&map(&h), "Social workers")]
    );
}

#[test]
fn boundary_objects_are_added_named_and_taken_off() {
    let mut h = example();
    click(
        &mut h,
        label("Boundary: Psychiatrists – Social workers, 4 tensions, 1 confidential"),
    );
    let boundary = h.state().selection()[0];
    let objects = map(&h).objects.len();

    click(&mut h, label("Add object…"));
    click(&mut h, label("New object"));
    assert_eq!(map(&h).objects.len(), objects + 1);
    // The keyboard is already in the new object's name.
    h.run();
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    );
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Case summary");
    h.run();
    let added = map(&h)
        .objects
        .iter()
        .find(|o| o.name == "Case summary")
        .unwrap()
        .clone();
    assert_eq!(added.boundaries, [boundary]);

    // A shared object only leaves this boundary.
    click(&mut h, label("Referral guidelines"));
    click(&mut h, label("Remove Referral guidelines"));
    let guidelines = map(&h)
        .objects
        .iter()
        .find(|o| o.name == "Referral guidelines")
        .unwrap()
        .clone();
    assert!(!guidelines.boundaries.contains(&boundary));
    assert_eq!(guidelines.boundaries.len(), 2);

    // One on no other boundary goes altogether.
    click(&mut h, label("Remove Case summary"));
    assert!(!map(&h).objects.iter().any(|o| o.name == "Case summary"));
    assert_eq!(map(&h).objects.len(), objects);
}

#[test]
fn a_bad_date_is_shown_and_not_applied() {
    let mut h = example();
    let id = activity(&map(&h), "Join a home visit");
    click(&mut h, label("Activity: Join a home visit"));
    let before = map(&h);

    type_into(&mut h, "Date", "next Tuesday");
    leave_field(&mut h, "Activity");
    let message = "Write the date as year-month-day, such as 2026-03-14.";
    assert!(h.query_by_label(message).is_some());
    assert_eq!(map(&h), before);
    // What was typed stays, so it can be put right.
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Date").value(),
        Some("next Tuesday".into())
    );

    type_into(&mut h, "Date", "2026-06-02");
    leave_field(&mut h, "Activity");
    assert!(h.query_by_label(message).is_none());
    assert_eq!(
        map(&h).activities.get(id).unwrap().date,
        Date::new(2026, 6, 2)
    );
}

#[test]
fn an_activity_s_status_and_participants() {
    let mut h = example();
    let map0 = map(&h);
    let id = activity(&map0, "Join a home visit");
    let nurses = community(&map0, "Community mental health nurses");
    let psychiatrists = community(&map0, "Psychiatrists");
    click(&mut h, label("Activity: Join a home visit"));

    click(&mut h, choice("Status"));
    click(&mut h, label("Scheduled"));
    assert_eq!(
        map(&h).activities.get(id).unwrap().status,
        ActivityStatus::Scheduled
    );

    click(
        &mut h,
        role(Role::CheckBox, "Community mental health nurses"),
    );
    assert_eq!(
        map(&h).activities.get(id).unwrap().participants,
        [psychiatrists]
    );
    click(
        &mut h,
        role(Role::CheckBox, "Community mental health nurses"),
    );
    assert_eq!(
        map(&h).activities.get(id).unwrap().participants,
        [psychiatrists, nurses]
    );
}

#[test]
fn expectations_are_added_filled_in_and_removed() {
    let mut h = example();
    let id = activity(&map(&h), "Join a home visit");
    let psychiatrists = community(&map(&h), "Psychiatrists");
    click(&mut h, label("Activity: Join a home visit"));

    click(&mut h, label("Add expectation"));
    let added = map(&h).activities.get(id).unwrap().expectations.clone();
    assert_eq!(added.len(), 3);
    assert_eq!(added[2].party, psychiatrists);
    assert_eq!(added[2].value, None);

    let third_value = choice("Sort of value");
    let value_box = h.get_all(third_value()).nth(2).unwrap();
    value_box.scroll_to_me();
    h.run();
    h.get_all(third_value()).nth(2).unwrap().click();
    h.run();
    click(&mut h, label("Strategic"));
    let words = h
        .get_all_by_role_and_label(Role::TextInput, "Psychiatrists, in their words")
        .nth(1)
        .unwrap();
    words.focus();
    h.run();
    h.get_all_by_role_and_label(Role::TextInput, "Psychiatrists, in their words")
        .nth(1)
        .unwrap()
        .type_text("A say in the visit notes.");
    h.run();
    leave_field(&mut h, "Activity");
    let e = map(&h).activities.get(id).unwrap().expectations[2].clone();
    assert_eq!(e.value, Some(ValueKind::Strategic));
    assert_eq!(e.note, "A say in the visit notes.");

    click(&mut h, label("Remove expectation 1"));
    let left = map(&h).activities.get(id).unwrap().expectations.clone();
    assert_eq!(left.len(), 2);
    assert_eq!(left[1], e);
}

#[test]
fn the_map_s_facts_when_nothing_is_selected() {
    let mut h = harness(ConveneApp::new(None));
    h.get_by_label("New map").click();
    h.run();
    type_into(&mut h, "Title", "Youth work and police");
    type_into(&mut h, "Date", "2026-09-01");
    leave_field(&mut h, "About this map");
    let meta = map(&h).meta;
    assert_eq!(meta.title, "Youth work and police");
    assert_eq!(meta.date, Date::new(2026, 9, 1));
}

#[test]
fn a_note_s_text_colour_and_privacy() {
    let mut h = example();
    let text = "Ask management for an hour at the June planning meeting.";
    let id = map(&h).notes.iter().find(|n| n.text == text).unwrap().id;
    click(
        &mut h,
        label("Note: Ask management for an hour at the June planning meeting."),
    );
    type_into(&mut h, "Text", "Ask for an hour in June.");
    leave_field(&mut h, "Note");
    click(&mut h, role(Role::Button, "Teal"));
    click(&mut h, role(Role::CheckBox, "Confidential"));
    let n = map(&h).notes.get(id).unwrap().clone();
    assert_eq!(n.text, "Ask for an hour in June.");
    assert_eq!(n.colour, Colour::PALETTE[6]);
    assert!(n.confidential);
}

#[test]
fn a_broker_is_added_to_a_boundary_and_given_a_community() {
    let mut h = example();
    click(
        &mut h,
        label("Boundary: Psychiatrists – Community mental health nurses, 1 tension"),
    );
    let boundary = h.state().selection()[0];
    click(&mut h, label("Add broker…"));
    click(&mut h, label("New broker"));
    h.run();
    h.get(field("Name")()).type_text("Lena Fischer");
    h.run();
    click(
        &mut h,
        role(Role::CheckBox, "Community mental health nurses"),
    );
    let broker = map(&h)
        .brokers
        .iter()
        .find(|b| b.name == "Lena Fischer")
        .unwrap()
        .clone();
    assert_eq!(broker.boundaries, [boundary]);
    assert_eq!(
        broker.communities,
        [community(&map(&h), "Community mental health nurses")]
    );
}
