//! The map from the keyboard and from a screen reader: F6 or Tab puts the
//! keyboard on the map, arrows walk it, Enter selects, Escape comes back;
//! an assistive technology's focus, click and scroll requests act on items;
//! the accessibility tree holds every item, in view or not, under the map,
//! and each tension under its boundary.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::{ConveneApp, item_label};
use convene::model::Id;
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::*;

const REFERRAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/referral-guidelines.ron"
);

/// The referral example, opened from a copy in `dir`.
fn referral(dir: &std::path::Path) -> Harness<'static, ConveneApp> {
    let path = dir.join("referrals.ron");
    std::fs::copy(REFERRAL, &path).unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h
}

/// The id of the community or stakeholder called `name`.
fn party(h: &Harness<'_, ConveneApp>, name: &str) -> Id {
    let map = map(h);
    map.communities
        .iter()
        .find(|c| c.name == name)
        .map(|c| c.id)
        .or_else(|| {
            map.stakeholders
                .iter()
                .find(|s| s.name == name)
                .map(|s| s.id)
        })
        .unwrap()
}

/// The label of the item under the focus ring.
fn ringed(h: &Harness<'_, ConveneApp>) -> String {
    let id = h.state().focused_item().expect("an item has the ring");
    item_label(&map(h), id)
}

/// Presses a key on its own.
fn press(h: &mut Harness<'_, ConveneApp>, key: Key) {
    keys(h, Modifiers::NONE, key);
}

fn has_keyboard(h: &Harness<'_, ConveneApp>) -> bool {
    h.state().map_has_keyboard(&h.ctx)
}

#[test]
fn f6_and_tab_reach_the_map_and_arrows_walk_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    assert!(!has_keyboard(&h));
    assert_eq!(h.state().focused_item(), None);

    press(&mut h, Key::F6);
    assert!(has_keyboard(&h), "Go to the map puts the keyboard there");
    assert!(h.state().focused_item().is_some(), "and rings an item");

    // Home: the topmost item (by its middle), the leftmost of two.
    press(&mut h, Key::Home);
    assert_eq!(ringed(&h), "Stakeholder: Hospital management team");
    // End: the lowest item.
    press(&mut h, Key::End);
    assert_ne!(ringed(&h), "Stakeholder: Hospital management team");

    // From the psychiatrists, right is their boundary with the social
    // workers, then the social workers; left comes back.
    let psychiatrists = party(&h, "Psychiatrists");
    let at = h.get_by_label("Community: Psychiatrists").rect().center();
    click_at(&mut h, at, Modifiers::NONE, 1);
    assert_eq!(h.state().focused_item(), Some(psychiatrists));
    press(&mut h, Key::ArrowRight);
    assert!(
        ringed(&h).starts_with("Boundary: Psychiatrists – Social workers"),
        "{}",
        ringed(&h)
    );
    press(&mut h, Key::ArrowRight);
    assert_eq!(ringed(&h), "Community: Social workers");
    // Walking does not select.
    assert_eq!(h.state().selection(), &[psychiatrists]);
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().focused_item(), Some(psychiatrists));
    press(&mut h, Key::ArrowDown);
    assert_ne!(h.state().focused_item(), Some(psychiatrists));

    // Enter selects the ringed item, and the inspector shows it.
    press(&mut h, Key::End);
    press(&mut h, Key::Enter);
    let id = h.state().focused_item().unwrap();
    assert_eq!(h.state().selection(), &[id]);

    // Tab leaves the map; the ring stays where it was.
    press(&mut h, Key::Tab);
    assert!(!has_keyboard(&h), "Tab moves on from the map");
    assert_eq!(h.state().focused_item(), Some(id));
    // And Tab, going round the window, comes back to it.
    let mut stops = 0;
    while !has_keyboard(&h) && stops < 200 {
        press(&mut h, Key::Tab);
        stops += 1;
    }
    assert!(has_keyboard(&h), "Tab reaches the map");
    assert_eq!(h.state().focused_item(), Some(id), "on the same item");
}

#[test]
fn enter_opens_the_item_and_escape_from_the_inspector_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    let workers = party(&h, "Social workers");
    press(&mut h, Key::F6);
    // Walk to the social workers from the top.
    for _ in 0..40 {
        if h.state().focused_item() == Some(workers) {
            break;
        }
        press(&mut h, Key::ArrowDown);
        if h.state().focused_item() != Some(workers) {
            press(&mut h, Key::ArrowRight);
        }
    }
    assert_eq!(
        h.state().focused_item(),
        Some(workers),
        "the walk got there"
    );
    press(&mut h, Key::Enter);
    assert_eq!(h.state().selection(), &[workers]);
    let name = h.get_by_role_and_label(Role::TextInput, "Name");
    assert_eq!(name.value().as_deref(), Some("Social workers"));

    // Into the inspector's name field, then Escape: back on the map, on
    // the same item, still selected.
    name.focus();
    h.run();
    assert!(!has_keyboard(&h));
    press(&mut h, Key::Escape);
    assert!(
        has_keyboard(&h),
        "Escape gives the keyboard back to the map"
    );
    assert_eq!(h.state().focused_item(), Some(workers));
    assert_eq!(h.state().selection(), &[workers]);
    // And Escape on the map clears the selection, keeping the keyboard.
    press(&mut h, Key::Escape);
    assert!(h.state().selection().is_empty());
    assert!(has_keyboard(&h));
}

/// Whether the item's node lies wholly on the canvas.
fn on_canvas(h: &Harness<'_, ConveneApp>, label: &str) -> bool {
    let canvas = h.state().canvas_rect().unwrap();
    let node = h.get_by_label(label);
    node.accesskit_node().bounding_box().is_some() && canvas.expand(1.0).contains_rect(node.rect())
}

#[test]
fn the_view_follows_the_ring_off_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    // Close up, so that most of the map is out of view.
    for _ in 0..6 {
        press(&mut h, Key::Plus);
    }
    let at = h.get_by_label("Community: Psychiatrists").rect().center();
    click_at(&mut h, at, Modifiers::NONE, 1);
    let far = "Stakeholder: Patient and carer forum";
    assert!(!on_canvas(&h, far), "the forum starts out of view");
    let before = h.state().camera();
    // Walk down until the forum is ringed.
    let forum = party(&h, "Patient and carer forum");
    for _ in 0..20 {
        if h.state().focused_item() == Some(forum) {
            break;
        }
        press(&mut h, Key::ArrowDown);
        if h.state().focused_item() != Some(forum) {
            press(&mut h, Key::ArrowRight);
        }
    }
    assert_eq!(h.state().focused_item(), Some(forum));
    assert_ne!(h.state().camera().centre, before.centre, "the view moved");
    assert_eq!(h.state().camera().zoom, before.zoom, "and kept its zoom");
    assert!(on_canvas(&h, far), "the ringed item is in view");
}

#[test]
fn an_assistive_technology_focuses_clicks_and_scrolls_to_items() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    let workers = party(&h, "Social workers");
    // A mouse click moves the screen reader's focus to the item clicked.
    let at = h.get_by_label("Community: Psychiatrists").rect().center();
    click_at(&mut h, at, Modifiers::NONE, 1);
    assert!(h.get_by_label("Community: Psychiatrists").is_focused());

    h.get_by_label("Community: Social workers").focus();
    h.run();
    assert_eq!(h.state().selection(), &[workers], "focus selects");
    assert_eq!(h.state().focused_item(), Some(workers));
    assert!(has_keyboard(&h));
    assert!(
        h.get_by_label("Community: Social workers").is_focused(),
        "the screen reader's focus is on the item"
    );
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Social workers"),
        "the inspector shows it"
    );

    let psychiatrists = party(&h, "Psychiatrists");
    h.get_by_label("Community: Psychiatrists").click_accesskit();
    h.run();
    assert_eq!(h.state().selection(), &[psychiatrists], "a click selects");
    assert!(h.get_by_label("Community: Psychiatrists").is_focused());
    assert!(!h.get_by_label("Community: Social workers").is_focused());

    // Far in, the forum is out of view; scrolling to it brings it in.
    for _ in 0..6 {
        press(&mut h, Key::Plus);
    }
    let far = "Stakeholder: Patient and carer forum";
    assert!(!on_canvas(&h, far));
    assert!(!h.get_by_label(far).is_focused());
    h.get_by_label(far).scroll_to_me();
    h.run();
    assert!(on_canvas(&h, far), "scroll into view shows it");
    assert!(h.get_by_label(far).is_focused(), "and moves the ring there");
    assert_eq!(h.state().selection(), &[psychiatrists], "without selecting");
}

#[test]
fn the_tree_lists_the_whole_map_under_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    for _ in 0..6 {
        press(&mut h, Key::Plus);
    }
    let map = map(&h);
    let canvas = h.state().canvas_rect().unwrap();
    let mut off_screen = 0;
    let ids = map
        .communities
        .iter()
        .map(|c| c.id)
        .chain(map.stakeholders.iter().map(|s| s.id))
        .chain(map.boundaries.iter().map(|b| b.id))
        .chain(map.activities.iter().map(|a| a.id))
        .chain(map.notes.iter().map(|n| n.id))
        .chain(map.groups.iter().map(|g| g.id));
    for id in ids {
        let label = item_label(&map, id);
        let node = h.get_by_label(&label);
        let parent = node.accesskit_node().parent().unwrap();
        assert_eq!(
            parent.label().as_deref(),
            Some("Map"),
            "{label} hangs from the map"
        );
        match node.accesskit_node().bounding_box() {
            None => off_screen += 1,
            // No item claims a place outside the canvas, under a panel.
            Some(_) => assert!(canvas.expand(1.0).contains_rect(node.rect()), "{label}"),
        }
    }
    assert!(
        off_screen > 3,
        "items out of view are listed too: {off_screen}"
    );

    // Each tension under its boundary, with its state.
    for b in map.boundaries.iter() {
        let label = item_label(&map, b.id);
        let node = h.get_by_label(&label);
        let under: Vec<String> = node
            .accesskit_node()
            .children()
            .filter_map(|c| c.label())
            .collect();
        assert_eq!(under.len(), map.tensions_on(b.id).count(), "{label}");
        assert!(
            under.iter().all(|l| l.starts_with("Tension: ")),
            "{under:?}"
        );
    }
    let boundary = map
        .boundaries
        .iter()
        .find(|b| b.label == "Who takes the case")
        .unwrap();
    let label = item_label(&map, boundary.id);
    let node = h.get_by_label(&label);
    let description = node.accesskit_node().description();
    assert_eq!(
        description.as_deref(),
        Some("3 open tensions"),
        "{description:?}"
    );
}

#[test]
fn the_referral_map_grows_without_a_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    let psychiatrists = party(&h, "Psychiatrists");
    let before = map(&h);

    // Onto the map, down from the top to the psychiatrists, and select them.
    press(&mut h, Key::F6);
    press(&mut h, Key::Home);
    press(&mut h, Key::ArrowDown);
    assert_eq!(h.state().focused_item(), Some(psychiatrists));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().selection(), &[psychiatrists]);

    // A new community, named as it is made; the keyboard comes back to
    // the map, on it.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    type_text(&mut h, "Pharmacists");
    press(&mut h, Key::Enter);
    let pharmacists = party(&h, "Pharmacists");
    assert!(has_keyboard(&h), "the keyboard is back on the map");
    assert_eq!(h.state().focused_item(), Some(pharmacists));

    // Joined to the psychiatrists selected before it.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::B);
    let after = map(&h);
    assert_eq!(after.boundaries.len(), before.boundaries.len() + 1);
    let boundary = after
        .boundaries
        .iter()
        .find(|b| b.between.contains(&pharmacists))
        .unwrap();
    assert!(boundary.between.contains(&psychiatrists));
    let boundary = boundary.id;
    assert_eq!(h.state().focused_item(), Some(boundary));

    // F2 names the ringed boundary.
    press(&mut h, Key::F2);
    type_text(&mut h, "Medicines");
    press(&mut h, Key::Enter);
    assert_eq!(map(&h).boundaries.get(boundary).unwrap().label, "Medicines");
    assert!(has_keyboard(&h));

    // A tension: Enter takes the first kind, then what was said.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    press(&mut h, Key::Enter);
    type_text(&mut h, "They never ask about side effects");
    press(&mut h, Key::Enter);
    let now = map(&h);
    let tension = now.tensions_on(boundary).next().expect("a tension");
    assert_eq!(tension.statement, "They never ask about side effects");
    assert!(has_keyboard(&h), "the keyboard is back on the map");

    // An activity from the ringed tension's boundary, its title typed on
    // its card.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    press(&mut h, Key::Enter);
    type_text(&mut h, "Medicines review");
    press(&mut h, Key::Enter);
    let now = map(&h);
    let activity = now
        .activities
        .iter()
        .find(|a| a.boundaries.contains(&boundary))
        .expect("an activity");
    assert_eq!(activity.title, "Medicines review");
    assert!(has_keyboard(&h));

    // Walking off the new activity and pressing Delete removes what the
    // ring is on, not what was selected.
    let ringed_before = h.state().focused_item().unwrap();
    press(&mut h, Key::Home);
    let hospital = party(&h, "Hospital management team");
    assert_eq!(h.state().focused_item(), Some(hospital));
    assert_ne!(ringed_before, hospital);
    press(&mut h, Key::Delete);
    assert!(!map(&h).contains(hospital), "the ringed item is gone");
    assert!(map(&h).contains(activity.id), "the selected one stays");
}

/// The boundary labelled `label`.
fn boundary(h: &Harness<'_, ConveneApp>, label: &str) -> Id {
    map(h)
        .boundaries
        .iter()
        .find(|b| b.label == label)
        .unwrap()
        .id
}

#[test]
fn up_from_a_boundary_walks_through_its_tensions_and_down_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    // Close up, where the rows are drawn above the marker.
    for _ in 0..6 {
        press(&mut h, Key::Plus);
    }
    // A boundary with several tensions whose rows are drawn here.
    let drawn = |h: &Harness<'_, ConveneApp>, b: Id| {
        let label = item_label(&map(h), b);
        let node = h.get_by_label(&label);
        node.accesskit_node()
            .children()
            .any(|c| c.bounding_box().is_some())
    };
    let boundaries: Vec<Id> = map(&h)
        .boundaries
        .iter()
        .filter(|b| map(&h).tensions_on(b.id).count() >= 2)
        .map(|b| b.id)
        .collect();
    let mut found = None;
    for b in boundaries {
        let label = item_label(&map(&h), b);
        h.get_by_label(&label).focus();
        h.run();
        if drawn(&h, b) {
            found = Some(b);
            break;
        }
    }
    let b = found.expect("a boundary with its rows drawn close up");
    assert_eq!(h.state().focused_item(), Some(b));
    let on_it: std::collections::HashSet<Id> = map(&h).tensions_on(b).map(|t| t.id).collect();

    // Up goes into the stack, the row nearest the marker first, and each
    // Up higher; the screen reader's focus goes along.
    let mut walked = Vec::new();
    let mut last_y = f32::INFINITY;
    for _ in 0..on_it.len() {
        press(&mut h, Key::ArrowUp);
        let t = h.state().focused_item().unwrap();
        assert!(on_it.contains(&t), "{} is not on the boundary", ringed(&h));
        // The screen reader's focus is on the tension's own node.
        let node = h.get_by(|n| n.is_focused());
        let name = node.accesskit_node().label().unwrap_or_default();
        let words = tension_rows_label(&h, t);
        assert!(
            name.starts_with("Tension: ") && name.contains(&words),
            "the screen reader is on {name}"
        );
        if node.accesskit_node().bounding_box().is_some() {
            let y = node.rect().center().y;
            assert!(y < last_y, "each Up goes higher up the rows");
            last_y = y;
        }
        walked.push(t);
    }
    let seen: std::collections::HashSet<Id> = walked.iter().copied().collect();
    assert_eq!(seen, on_it, "every tension once");
    assert!(last_y.is_finite(), "some rows are drawn close up");

    // Down comes back the same way, to the boundary.
    for &t in walked.iter().rev().skip(1) {
        press(&mut h, Key::ArrowDown);
        assert_eq!(h.state().focused_item(), Some(t));
    }
    press(&mut h, Key::ArrowDown);
    assert_eq!(h.state().focused_item(), Some(b), "back on the boundary");

    // Enter on a tension opens it in the inspector.
    press(&mut h, Key::ArrowUp);
    let t = h.state().focused_item().unwrap();
    let said = |h: &Harness<'_, ConveneApp>| {
        let node = h.get_by(|n| n.is_focused());
        node.accesskit_node().description().unwrap_or_default()
    };
    assert!(!said(&h).starts_with("selected"), "{}", said(&h));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().selection(), &[t]);
    // The screen reader hears that it is selected: the description, which
    // it reads out when it changes, says so first.
    assert!(said(&h).starts_with("selected, "), "{}", said(&h));
    let note = map(&h).tensions.get(t).unwrap().note.clone();
    assert!(!note.is_empty());
    assert!(
        h.query_by_value(&note).is_some(),
        "the inspector shows its note: {note}"
    );
}

#[test]
fn far_out_the_walk_still_reaches_every_tension_and_names_it_beside_the_ring() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    // Far out: no row is drawn.
    for _ in 0..3 {
        press(&mut h, Key::Minus);
    }
    let b = boundary(&h, "Who takes the case");
    let n = map(&h).tensions_on(b).count();
    let label = item_label(&map(&h), b);
    h.get_by_label(&label).focus();
    h.run();
    press(&mut h, Key::ArrowUp);
    let t = h.state().focused_item().unwrap();
    assert_eq!(map(&h).tensions.get(t).unwrap().boundary, b);
    // No row, so a label beside the ring says which tension it is; a
    // screen reader hears the same from the node.
    let words = format!("Tension 1 of {n}: ");
    assert!(
        painted_texts(&h).iter().any(|s| s.starts_with(&words)),
        "a label beside the ring starts {words:?}"
    );
    let node = h.get_by(|n| n.is_focused());
    let name = node.accesskit_node().label().unwrap_or_default();
    assert!(name.contains(&tension_rows_label(&h, t)), "{name}");
    assert_eq!(node.accesskit_node().data().position_in_set(), Some(1));
    let said = node.accesskit_node().description().unwrap_or_default();
    assert!(said.ends_with(&format!("1 of {n}")), "{said}");
    assert_eq!(node.accesskit_node().data().size_of_set(), Some(n));
    // Up past the last leaves the stack for the next item above.
    for _ in 1..n {
        press(&mut h, Key::ArrowUp);
    }
    press(&mut h, Key::ArrowUp);
    let now = h.state().focused_item().unwrap();
    assert!(map(&h).tensions.get(now).is_none(), "{}", ringed(&h));
    assert_ne!(now, b);
}

/// Every piece of text painted in the last frame.
fn painted_texts(h: &Harness<'_, ConveneApp>) -> Vec<String> {
    fn walk(shape: &eframe::egui::Shape, out: &mut Vec<String>) {
        match shape {
            eframe::egui::Shape::Text(t) => out.push(t.galley.text().to_owned()),
            eframe::egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// What the name of a tension's node says after its kind: "Suspicion: ".
fn tension_rows_label(h: &Harness<'_, ConveneApp>, t: Id) -> String {
    let map = map(h);
    let t = map.tensions.get(t).unwrap();
    format!("{}: ", t.kind.label())
}

#[test]
fn the_first_tab_lands_on_the_map_and_tab_goes_on_to_the_menus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    press(&mut h, Key::Tab);
    assert!(has_keyboard(&h), "the map is the first stop");
    assert!(h.state().focused_item().is_some());
    press(&mut h, Key::Tab);
    assert!(!has_keyboard(&h));
    assert!(h.get_by_label("File").is_focused(), "then the menus");
    // Shift+Tab from the map goes back to the panels, not round again.
    keys(&mut h, Modifiers::SHIFT, Key::Tab);
    assert!(has_keyboard(&h), "Shift+Tab comes back to the map");
    keys(&mut h, Modifiers::SHIFT, Key::Tab);
    assert!(!has_keyboard(&h), "Shift+Tab leaves the map");
    assert!(!h.get_by_label("File").is_focused());
}

#[test]
fn enter_shows_the_item_even_when_the_inspector_was_put_away_and_again_goes_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Name").is_none(),
        "the inspector is put away"
    );
    press(&mut h, Key::F6);
    press(&mut h, Key::Home);
    press(&mut h, Key::ArrowDown);
    let psychiatrists = party(&h, "Psychiatrists");
    assert_eq!(h.state().focused_item(), Some(psychiatrists));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().selection(), &[psychiatrists]);
    let name = h.get_by_role_and_label(Role::TextInput, "Name");
    assert_eq!(name.value().as_deref(), Some("Psychiatrists"), "it is back");
    assert!(has_keyboard(&h), "the keyboard stays on the map");

    // A second Enter puts the keyboard in the item's first field.
    press(&mut h, Key::Enter);
    assert!(!has_keyboard(&h));
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    );
    // And Escape comes back.
    press(&mut h, Key::Escape);
    assert!(has_keyboard(&h));
    assert_eq!(h.state().focused_item(), Some(psychiatrists));
}

/// Every item the walk can reach from `start` with the four arrows, trying
/// each arrow from each item reached.
fn reached_by_arrows(h: &mut Harness<'_, ConveneApp>, start: Id) -> std::collections::HashSet<Id> {
    let mut seen = std::collections::HashSet::from([start]);
    let mut queue = vec![start];
    while let Some(at) = queue.pop() {
        for key in [
            Key::ArrowUp,
            Key::ArrowDown,
            Key::ArrowLeft,
            Key::ArrowRight,
        ] {
            h.state_mut().ring_item(at);
            h.run();
            press(h, key);
            if let Some(next) = h.state().focused_item()
                && seen.insert(next)
            {
                queue.push(next);
            }
        }
    }
    seen
}

#[test]
fn the_arrows_reach_every_item_and_tension_on_every_example() {
    let dir = tempfile::tempdir().unwrap();
    let examples = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap();
    let mut tried = 0;
    for entry in examples {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let copy = dir.path().join(path.file_name().unwrap());
        std::fs::copy(&path, &copy).unwrap();
        let mut h = harness(ConveneApp::new(Some(&copy)));
        h.run();
        press(&mut h, Key::F6);
        let start = h.state().focused_item().expect("F6 rings an item");
        let reached = reached_by_arrows(&mut h, start);
        let map = map(&h);
        // Everything drawn on the map; boundary objects and brokers are
        // kept in the inspector, not drawn.
        let all: Vec<Id> = map
            .ids()
            .filter(|&id| map.objects.get(id).is_none() && map.brokers.get(id).is_none())
            .collect();
        let missed: Vec<String> = all
            .iter()
            .filter(|id| !reached.contains(id))
            .map(|&id| item_label(&map, id))
            .collect();
        assert!(
            missed.is_empty(),
            "{}: the arrows never reach {missed:?}",
            path.display()
        );
        tried += 1;
    }
    assert!(tried >= 5, "every example: {tried}");
}

#[test]
fn the_map_keeps_its_nodes_when_the_find_bar_opens_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = referral(dir.path());
    let ids = |h: &Harness<'_, ConveneApp>| {
        let map = h
            .get_by_role_and_label(Role::Canvas, "Map")
            .accesskit_node()
            .id();
        let item = h
            .get_by_label("Community: Psychiatrists")
            .accesskit_node()
            .id();
        (map, item)
    };
    press(&mut h, Key::F6);
    let before = ids(&h);
    keys(&mut h, Modifiers::COMMAND, Key::F);
    assert_eq!(ids(&h), before, "a screen reader's objects stay the same");
    press(&mut h, Key::Escape);
    assert_eq!(ids(&h), before);
    assert!(has_keyboard(&h), "and the map has the keyboard back");
}
