//! What a screen reader hears outside the canvas, read from the editor's
//! accessibility tree: the window's name, named menus and dialogs,
//! drop-down lists that say their value, overview rows that read every
//! column, sections that say whether they are open, hints that describe
//! their field, no two things with one name, Find's count read out, and
//! banners that are alerts.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

mod kit;

use std::collections::BTreeMap;

use convene::app::ConveneApp;
use eframe::egui::accesskit::{Live, Role, Toggled};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::{harness, keys, type_text};

fn example() -> Harness<'static, ConveneApp> {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = harness(app);
    h.run();
    h
}

fn click(h: &mut Harness<'_, ConveneApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn the_window_is_named_after_the_map() {
    let h = example();
    let root = h.root().accesskit_node().label();
    assert_eq!(
        root.as_deref(),
        Some("Referrals between psychiatry and social work — Convene")
    );
}

#[test]
fn the_menu_bar_and_each_menu_have_names() {
    let mut h = example();
    assert!(
        h.query_by_role_and_label(Role::MenuBar, "Menu bar")
            .is_some()
    );
    for menu in ["File", "Edit", "Add", "View"] {
        click(&mut h, menu);
        assert!(
            h.query_by_role_and_label(Role::Menu, &format!("{menu} menu"))
                .is_some(),
            "the open {menu} menu has no name"
        );
        h.key_press(Key::Escape);
        h.run();
    }
}

#[test]
fn the_kind_picker_is_a_named_dialog_whose_choices_carry_their_help() {
    let mut h = example();
    click(
        &mut h,
        "Boundary: General practitioners – Psychiatrists, 2 tensions",
    );
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    let dialog = h.get_by_role_and_label(Role::Dialog, "Add a tension");
    let described = dialog
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .filter(|n| n.accesskit_node().description().is_some())
        .count();
    assert!(described >= 3, "only {described} choices carry their help");
}

#[test]
fn drop_down_lists_say_their_value_in_their_name() {
    let mut h = example();
    let list = h.get_by_role_and_label(Role::ComboBox, "Lowest severity: Any");
    assert_eq!(list.accesskit_node().value().as_deref(), Some("Any"));
    list.click();
    h.run();
    click(&mut h, "5 only");
    assert!(
        h.query_by_role_and_label(Role::ComboBox, "Lowest severity: 5 only")
            .is_some()
    );
    // The inspector's lists, on a tension.
    click(
        &mut h,
        "Boundary: Psychiatrists – Social workers, 4 tensions, 1 confidential",
    );
    let lists: Vec<String> = h
        .query_all_by_role(Role::ComboBox)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        lists.iter().any(|l| l.starts_with("Learning so far: ")),
        "{lists:?}"
    );
}

#[test]
fn a_tension_s_lists_say_kind_status_and_who_raised_it() {
    let mut h = example();
    click(
        &mut h,
        "Boundary: General practitioners – Psychiatrists, 2 tensions",
    );
    // A new tension of the first kind, without words: the inspector shows it.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let lists: Vec<String> = h
        .query_all_by_role(Role::ComboBox)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    for start in ["Kind: ", "Status: ", "Raised by: "] {
        assert!(
            lists
                .iter()
                .any(|l| l.starts_with(start) && l.len() > start.len()),
            "no list named {start:?}…; lists: {lists:?}"
        );
    } // Severity is a row of radio buttons, one of them chosen, each saying
    // which of five it is.
    let chosen: Vec<String> = h
        .query_all_by_role(Role::RadioButton)
        .filter(|n| n.accesskit_node().toggled() == Some(Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(chosen.len(), 1, "{chosen:?}");
    assert!(chosen[0].starts_with("Severity "), "{chosen:?}");
    let five = h.get_by_role_and_label(Role::RadioButton, "Severity 5");
    assert_eq!(five.accesskit_node().data().size_of_set(), Some(5));
    assert_eq!(five.accesskit_node().data().position_in_set(), Some(5));
}

#[test]
fn overview_rows_read_every_column() {
    let h = example();
    assert!(
        h.query_by_label(
            "Referrals in: General practitioners – Psychiatrists, 2 tensions, 2 open, \
             highest severity 4, 2 activities"
        )
        .is_some()
    );
}

#[test]
fn sections_say_whether_they_are_open() {
    let mut h = example();
    let expanded = |h: &Harness<'_, ConveneApp>| {
        h.get_by_label("Legend")
            .accesskit_node()
            .data()
            .is_expanded()
    };
    // What AT-SPI passes on to a screen reader on Linux: pressed when open.
    let pressed =
        |h: &Harness<'_, ConveneApp>| h.get_by_label("Legend").accesskit_node().data().toggled();
    assert_eq!(expanded(&h), Some(false));
    assert_eq!(pressed(&h), Some(Toggled::False));
    click(&mut h, "Legend");
    assert_eq!(expanded(&h), Some(true));
    assert_eq!(pressed(&h), Some(Toggled::True));
}

#[test]
fn hints_describe_their_field() {
    let mut h = example();
    click(&mut h, "Community: Psychiatrists");
    let field = h.get_by_role_and_label(Role::MultilineTextInput, "Key people");
    assert_eq!(
        field.accesskit_node().description().as_deref(),
        Some("One a line.")
    );
}

#[test]
fn no_two_things_share_a_name() {
    let mut h = example();
    for step in [None, Some("Community: Psychiatrists")] {
        if let Some(label) = step {
            click(&mut h, label);
        }
        let mut names: BTreeMap<String, Vec<Role>> = BTreeMap::new();
        for node in h.root().children_recursive() {
            let node = node.accesskit_node();
            let role = node.role();
            // A field's visible caption shares the field's name, and egui's
            // text runs repeat their label's text. egui names every panel's
            // resize handle "Resize panel" and gives Convene no way to
            // rename it.
            if matches!(role, Role::Label | Role::TextRun | Role::Splitter) {
                continue;
            }
            if let Some(name) = node.label().filter(|l| !l.is_empty()) {
                names.entry(name).or_default().push(role);
            }
        }
        let shared: Vec<_> = names.iter().filter(|(_, roles)| roles.len() > 1).collect();
        assert!(shared.is_empty(), "shared names: {shared:?}");
        assert!(
            h.query_all_by_label("Map").count() <= 1,
            "two nodes are called \"Map\""
        );
    }
}

#[test]
fn find_s_count_is_read_out() {
    let mut h = example();
    keys(&mut h, Modifiers::COMMAND, Key::F);
    type_text(&mut h, "referral");
    let count = h
        .query_all_by_role(Role::Label)
        .find(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.ends_with("found"))
        })
        .expect("a count");
    assert_eq!(count.accesskit_node().live(), Live::Polite);
    keys(&mut h, Modifiers::NONE, Key::Enter);
    let current = h
        .query_all_by_role(Role::Label)
        .find(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.starts_with("1 of "))
        })
        .expect("1 of …");
    assert_eq!(current.accesskit_node().live(), Live::Polite);
    for _ in 0..8 {
        h.key_press(Key::Backspace);
    }
    type_text(&mut h, "zzzz");
    let none = h
        .query_all_by_role(Role::Label)
        .find(|n| n.accesskit_node().value().as_deref() == Some("No match"))
        .expect("No match");
    assert_eq!(none.accesskit_node().live(), Live::Polite);
    // The field itself says it too: Orca reads a focused field's new
    // description, and no live region outside a web page.
    let field = h.get_by(|n| n.is_focused());
    assert_eq!(field.accesskit_node().role(), Role::TextInput);
    assert_eq!(
        field.accesskit_node().description().as_deref(),
        Some("No match")
    );
}

#[test]
fn banners_are_alerts() {
    let mut h = example();
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    let alert = h
        .query_all_by_role(Role::Alert)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Sharing screen:"))
        })
        .expect("the sharing notice is an alert");
    assert_eq!(alert.accesskit_node().live(), Live::Assertive);

    let mut app = ConveneApp::new(None);
    app.open_example("No such example");
    let mut h = harness(app);
    h.run();
    let alerts: Vec<String> = h
        .query_all_by_role(Role::Alert)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        alerts.iter().any(|a| a.contains("no example called")),
        "alerts: {alerts:?}"
    );
}

#[test]
fn panels_and_the_handles_that_resize_them_have_names() {
    let mut h = example();
    // The Problems panel too, so that all three handles show.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    for name in ["Inspector width", "Overview width", "Problems height"] {
        let handle = h.get_by_label(name);
        assert_eq!(handle.accesskit_node().role(), Role::Splitter, "{name}");
    }
    assert!(
        h.query_by_label("Resize panel").is_none(),
        "egui's own name is gone"
    );
    assert!(h.query_by_role_and_label(Role::Canvas, "Map").is_some());
    for pane in ["Inspector area", "Overview area", "Problems area"] {
        assert!(
            h.query_by_role_and_label(Role::Pane, pane).is_some(),
            "{pane}"
        );
    }
}

#[test]
fn toolbar_buttons_that_do_one_thing_are_not_switches() {
    let h = example();
    let add = h.get_by_label("+ Community");
    assert_eq!(add.accesskit_node().toggled(), None, "a plain button");
    let inspector = h.get_by_label("Inspector");
    assert_eq!(
        inspector.accesskit_node().toggled(),
        Some(Toggled::True),
        "a shown panel's switch is pressed"
    );
}
