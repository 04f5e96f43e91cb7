//! Confidential stays confidential: with the Sharing screen switch on, no
//! word of a confidential tension or note reaches the screen, what screen
//! readers hear, tooltips, find, the inspector or the clipboard.

mod kit;

use convene::app::ConveneApp;
use convene::file;
use convene::model::{Item, TensionKind};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use kit::*;

/// Planted in every text field of every confidential item.
const SENTINEL: &str = "Qzx-sentinel";

/// The example map with the sentinel in every field of its confidential
/// tension and note, opened in the editor.
fn planted(dir: &std::path::Path) -> Harness<'static, ConveneApp> {
    let path = example_copy(dir);
    let mut map = file::read(&path).expect("the example opens");
    let mut doc = convene::Document::new(map.clone());
    let edits: Vec<convene::Edit> = map
        .tensions
        .iter()
        .filter(|t| t.confidential)
        .map(|t| {
            let mut t = t.clone();
            t.note = format!("{SENTINEL} note");
            t.statement = format!("{SENTINEL} statement");
            t.kind = TensionKind::Other(format!("{SENTINEL} kind"));
            convene::Edit::Update(Item::Tension(t))
        })
        .chain(map.notes.iter().filter(|n| n.confidential).map(|n| {
            let mut n = n.clone();
            n.text = format!("{SENTINEL} text");
            convene::Edit::Update(Item::Note(n))
        }))
        .collect();
    assert!(edits.len() >= 2, "the example has confidential items");
    doc.apply(convene::Edit::Batch(edits)).expect("planted");
    map = doc.map().clone();
    file::write(&path, &map).expect("saved");
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h
}

/// Every node whose label, value or description holds the sentinel.
fn leaks(h: &Harness<'_, ConveneApp>) -> Vec<String> {
    let holds = |s: Option<String>| s.is_some_and(|s| s.contains(SENTINEL));
    h.query_all(by().predicate(|n| holds(n.label()) || holds(n.value()) || holds(n.description())))
        .map(|n| {
            let n = n.accesskit_node();
            format!("{:?}: {:?}", n.role(), n.label())
        })
        .collect()
}

fn copied(h: &mut Harness<'_, ConveneApp>) -> String {
    copy_to_clipboard(h).expect("something was copied")
}

/// Hovers over every item on the canvas, so that any tooltip shows, and
/// gives back what leaked on the way.
fn hover_everything(h: &mut Harness<'_, ConveneApp>) -> Vec<String> {
    let items: Vec<egui::Pos2> = h
        .query_all(by().predicate(|n| {
            n.label().is_some_and(|l| {
                [
                    "Community: ",
                    "Stakeholder: ",
                    "Boundary: ",
                    "Activity: ",
                    "Note",
                ]
                .iter()
                .any(|k| l.starts_with(k))
            })
        }))
        .map(|n| n.rect().center())
        .collect();
    assert!(items.len() > 5, "the canvas shows the map");
    let mut found = Vec::new();
    for pos in items {
        h.hover_at(pos);
        h.run();
        found.extend(leaks(h));
    }
    found
}

#[test]
fn sharing_the_screen_keeps_every_confidential_word_out_of_sight() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = planted(dir.path());

    // Not sharing: the planted words are there to be found, so the checks
    // below can see a leak.
    assert!(
        !leaks(&h).is_empty(),
        "a confidential note is on the canvas"
    );
    keys(&mut h, Modifiers::COMMAND, Key::A);
    assert!(
        copied(&mut h).contains(SENTINEL),
        "copying takes everything"
    );

    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    assert!(
        h.query_by_label_contains("confidential items are hidden")
            .is_some(),
        "a strip says that confidential items are hidden"
    );
    assert_eq!(
        leaks(&h),
        Vec::<String>::new(),
        "nothing shows while sharing"
    );
    assert_eq!(
        hover_everything(&mut h),
        Vec::<String>::new(),
        "no tooltip tells"
    );

    // Every boundary's inspector, which lists its tensions.
    let boundaries: Vec<String> = h
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Boundary: "))))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    for label in boundaries {
        h.get_by_label(&label).click();
        h.run();
        assert_eq!(leaks(&h), Vec::<String>::new(), "inspector of {label}");
    }

    // Select all and copy: the clipboard gets only what is seen.
    keys(&mut h, Modifiers::COMMAND, Key::A);
    let text = copied(&mut h);
    assert!(!text.is_empty());
    assert!(
        !text.contains(SENTINEL),
        "the clipboard holds no secret:\n{text}"
    );

    // Find does not find them.
    keys(&mut h, Modifiers::COMMAND, Key::F);
    type_text(&mut h, "qzx-sent");
    h.run();
    assert!(
        h.query_by_label("No match").is_some(),
        "find finds nothing hidden"
    );
    assert_eq!(leaks(&h), Vec::<String>::new());
    keys(&mut h, Modifiers::NONE, Key::Escape);

    // Nor does Find or do.
    keys(&mut h, Modifiers::COMMAND, Key::K);
    type_text(&mut h, "qzx-sent");
    h.run();
    assert_eq!(
        leaks(&h),
        Vec::<String>::new(),
        "find or do offers nothing hidden"
    );
    keys(&mut h, Modifiers::NONE, Key::Escape);

    // The switch off again: everything is back, nothing was lost.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    assert!(!leaks(&h).is_empty(), "the confidential items are back");
    assert!(
        h.query_by_label_contains("confidential items are hidden")
            .is_none()
    );
    let map = map(&h);
    assert!(map.notes.iter().any(|n| n.text.contains(SENTINEL)));
    assert!(map.tensions.iter().any(|t| t.note.contains(SENTINEL)));
}

#[test]
fn confidential_items_say_so_on_the_canvas_and_to_screen_readers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = planted(dir.path());
    let note = h.get_by_label_contains("Note (confidential): ");
    assert!(
        note.accesskit_node()
            .label()
            .is_some_and(|l| l.contains(SENTINEL))
    );
    let secret_tension_boundary = map(&h)
        .tensions
        .iter()
        .find(|t| t.confidential)
        .map(|t| t.boundary)
        .expect("a confidential tension");
    let label = convene::app::item_label(&map(&h), secret_tension_boundary);
    assert!(label.ends_with(", 1 confidential"), "{label}");
    assert!(
        h.query_by_label(&label).is_some(),
        "the canvas node says so"
    );
}

#[test]
fn a_filter_can_hide_what_does_not_match() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = planted(dir.path());
    let all = h
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Boundary: "))))
        .count();
    assert!(all >= 3);
    // Keep only severity 5 tensions: most boundaries fade.
    h.get_by_label("Lowest severity: Any").click();
    h.run();
    h.get_by_label("5 only").click();
    h.run();
    let faded = h.state().dimmed().len();
    assert!(faded > 0, "what does not match fades first");
    let shown_before = h
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Boundary: "))))
        .count();
    assert_eq!(shown_before, all, "faded items are still on the map");

    h.get_by_label("Hide what does not match").click();
    h.run();
    let shown = h
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Boundary: "))))
        .count();
    assert!(
        shown < all,
        "hidden boundaries leave the canvas ({shown} of {all})"
    );
    assert_eq!(map(&h).boundaries.len(), all, "and stay in the map");
    h.get_by_label("Hide what does not match").click();
    h.run();
    let back = h
        .query_all(by().predicate(|n| n.label().is_some_and(|l| l.starts_with("Boundary: "))))
        .count();
    assert_eq!(back, all);
}

/// The boundary that holds the example's confidential tension.
fn secret_boundary(h: &Harness<'_, ConveneApp>) -> convene::model::Id {
    map(h)
        .tensions
        .iter()
        .find(|t| t.confidential)
        .map(|t| t.boundary)
        .expect("a confidential tension")
}

/// Deletes (Delete) or cuts (Ctrl+X) the boundary that holds the
/// confidential tension; gives back the banner's words.
fn take_away_secret_boundary(h: &mut Harness<'_, ConveneApp>, cut: bool) -> Option<String> {
    let boundary = secret_boundary(h);
    // A click on its line, just clear of its first side (its marker lies
    // under another boundary's card in this example).
    let sides = map(h)
        .boundaries
        .get(boundary)
        .expect("the boundary is on the map")
        .between
        .clone();
    let rect = |id| {
        let label = convene::app::item_label(&map(h), id);
        h.get_by_label(&label).rect()
    };
    let (a, b) = (rect(sides[0]), rect(sides[1]));
    let along = (b.center() - a.center()).normalized();
    let at = a.center() + along * (a.width() / 2.0 + 16.0);
    click_at(h, at, Modifiers::NONE, 1);
    assert_eq!(h.state().selection(), &[boundary]);
    if cut {
        keys(h, Modifiers::COMMAND, Key::X);
    } else {
        keys(h, Modifiers::NONE, Key::Delete);
    }
    h.run();
    assert!(
        map(h).boundaries.get(boundary).is_none(),
        "the boundary went"
    );
    assert!(
        !map(h).tensions.iter().any(|t| t.confidential),
        "its confidential tension went with it"
    );
    h.state().banner().map(str::to_owned)
}

#[test]
fn deleting_a_boundary_while_sharing_says_a_hidden_item_went_too_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    for cut in [false, true] {
        let mut h = planted(dir.path());
        keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
        let said = take_away_secret_boundary(&mut h, cut).expect("a banner says so");
        assert_eq!(said, "Also deleted 1 hidden item. Undo brings it back.");
        assert_eq!(
            leaks(&h),
            Vec::<String>::new(),
            "nothing confidential is named"
        );
        assert!(
            h.query_by_label_contains("Also deleted 1 hidden item")
                .is_some(),
            "the words are on the screen"
        );
        keys(&mut h, Modifiers::COMMAND, Key::Z);
        assert!(
            map(&h).tensions.iter().any(|t| t.note.contains(SENTINEL)),
            "one undo brings the tension back"
        );
    }
}

#[test]
fn deleting_a_boundary_when_not_sharing_says_nothing_of_hidden_items() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = planted(dir.path());
    let said = take_away_secret_boundary(&mut h, false);
    assert!(
        said.as_deref().is_none_or(|s| !s.contains("hidden")),
        "nothing was hidden: {said:?}"
    );
}
