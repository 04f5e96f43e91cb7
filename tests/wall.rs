//! Readable on a wall: the map's text at every zoom and text size, activity
//! cards and tension rows close up, and side panels that give the canvas
//! its room. What is painted is read from egui's own output, so these
//! tests see what a projector would show.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::app::{Command, ConveneApp};
use convene::model::*;
use convene::{Document, Edit};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::*;

/// A text painted on the canvas: the characters it shows (rows joined by
/// spaces), where, and its font size in screen pixels.
#[derive(Debug)]
struct Painted {
    shown: String,
    rect: Rect,
    px: f32,
}

/// Every text the last frame painted on the canvas.
fn painted(h: &Harness<'_, ConveneApp>) -> Vec<Painted> {
    let canvas = h.state().canvas_rect().expect("the canvas is drawn");
    let ppp = h.ctx.pixels_per_point();
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        if canvas.expand(1.0).contains_rect(clipped.clip_rect) {
            collect(&clipped.shape, ppp, &mut out);
        }
    }
    out
}

fn collect(shape: &egui::Shape, ppp: f32, out: &mut Vec<Painted>) {
    match shape {
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, ppp, out)),
        egui::Shape::Text(t) => {
            let rows: Vec<String> = t.galley.rows.iter().map(|r| r.text()).collect();
            let size = t
                .galley
                .job
                .sections
                .first()
                .map_or(0.0, |s| s.format.font_id.size);
            out.push(Painted {
                shown: rows.join(" "),
                rect: t.galley.rect.translate(t.pos.to_vec2()),
                px: size * ppp,
            });
        }
        _ => {}
    }
}

/// The painted text that shows every word of `words`, if any.
fn showing<'a>(texts: &'a [Painted], words: &str) -> Option<&'a Painted> {
    texts.iter().find(|p| {
        let shown: Vec<&str> = p.shown.split_whitespace().collect();
        words.split_whitespace().all(|w| shown.contains(&w))
    })
}

/// Shows the whole map.
fn whole_map(h: &mut Harness<'_, ConveneApp>) {
    keys(h, Modifiers::COMMAND, Key::Num0);
    h.run();
}

/// Sets the text size to Largest with Ctrl+= from Normal.
fn largest_text(h: &mut Harness<'_, ConveneApp>) {
    for _ in 0..3 {
        keys(h, Modifiers::COMMAND, Key::Equals);
    }
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 2.0);
}

/// The example map, open.
fn example(dir: &std::path::Path) -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(Some(&example_copy(dir))));
    h.run();
    h
}

const COMMUNITIES: [&str; 3] = [
    "Coding for non-coders",
    "ERP developers",
    "Finance analysts",
];

#[test]
fn names_are_at_least_twelve_pixels_at_whole_map_and_grow_with_the_text_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = example(dir.path());
    whole_map(&mut h);
    let zoom = h.state().camera().zoom;
    assert!(
        zoom < 12.0 / 14.0,
        "the whole map is far enough out ({zoom})"
    );
    let texts = painted(&h);
    let mut normal = f32::MAX;
    for name in COMMUNITIES {
        let label = showing(&texts, name).unwrap_or_else(|| panic!("{name} in {texts:#?}"));
        assert!(label.px >= 12.0, "{name} is {} px", label.px);
        normal = normal.min(label.px);
        eprintln!("Normal, whole map: {name} is {:.1} px", label.px);
    }
    assert!(texts.iter().all(|p| p.px >= 12.0), "{texts:#?}");

    largest_text(&mut h);
    whole_map(&mut h);
    let texts = painted(&h);
    for name in COMMUNITIES {
        let label = showing(&texts, name).unwrap_or_else(|| panic!("{name} in {texts:#?}"));
        eprintln!("Largest, whole map: {name} is {:.1} px", label.px);
        assert!(
            label.px >= 24.0 && label.px > normal,
            "{name} is {} px",
            label.px
        );
    }
}

#[test]
fn at_largest_text_the_canvas_keeps_most_of_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = example(dir.path());
    largest_text(&mut h);
    let window = h.ctx.content_rect();
    let canvas = h.state().canvas_rect().unwrap();
    assert!(
        canvas.width() >= 0.6 * window.width(),
        "canvas {canvas:?} in {window:?}"
    );
    // The toolbar wraps: its last button is still inside the window.
    let last = h.get_by_label("Inspector").rect();
    assert!(window.contains_rect(last), "{last:?} in {window:?}");
    // The names on the map are still drawn, larger than at Normal.
    whole_map(&mut h);
    let texts = painted(&h);
    assert!(showing(&texts, "Coding for non-coders").is_some_and(|p| p.px >= 24.0));
}

fn shown(h: &Harness<'_, ConveneApp>, command: Command) -> bool {
    h.state().availability(command).checked
}

fn canvas_width(h: &Harness<'_, ConveneApp>) -> f32 {
    h.state().canvas_rect().unwrap().width()
}

#[test]
fn each_side_panel_hides_and_shows_by_toolbar_menu_and_shortcut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = example(dir.path());
    let overview_label =
        |h: &Harness<'_, ConveneApp>| h.query_by_role_and_label(Role::Label, "Overview").is_some();
    assert!(shown(&h, Command::ToggleInspector) && shown(&h, Command::ToggleOverview));
    assert!(overview_label(&h));
    let both = canvas_width(&h);

    // The inspector: the toolbar button, then its shortcut, then the menu.
    h.get_by_label("Inspector").click();
    h.run();
    assert!(!shown(&h, Command::ToggleInspector));
    let without_inspector = canvas_width(&h);
    assert!(without_inspector > both + 100.0);
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    assert!(shown(&h, Command::ToggleInspector));
    assert_eq!(canvas_width(&h), both);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Inspector panel").click();
    h.run();
    assert!(!shown(&h, Command::ToggleInspector));
    assert_eq!(canvas_width(&h), without_inspector);

    // The overview: its shortcut, then the menu.
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    assert!(!shown(&h, Command::ToggleOverview));
    assert!(!overview_label(&h));
    assert!(canvas_width(&h) > without_inspector + 100.0);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Overview panel").click();
    h.run();
    assert!(shown(&h, Command::ToggleOverview));
    assert!(overview_label(&h));
    assert_eq!(canvas_width(&h), without_inspector);
}

/// Two communities with a boundary between them, an activity with a long
/// title on it and three tensions; opened in the editor.
fn workshop(dir: &std::path::Path) -> Harness<'static, ConveneApp> {
    let mut doc = Document::new(Map::default());
    let add = |doc: &mut Document, item: Item| doc.apply(Edit::Add(item)).unwrap();
    let a = Community::new(doc.map().new_id(), "Psychiatrists", Point::new(0.0, 0.0));
    let (a_id, b_id) = (a.id, doc.map().new_id());
    add(&mut doc, a.into());
    let b = Community::new(b_id, "Social workers", Point::new(700.0, 0.0));
    add(&mut doc, b.into());
    let boundary = Boundary::new(doc.map().new_id(), vec![a_id, b_id]);
    let boundary_id = boundary.id;
    add(&mut doc, boundary.into());
    let mut activity = Activity::new(
        doc.map().new_id(),
        ActivityKind::Breakthrough,
        TITLE,
        vec![boundary_id],
    );
    activity.owner = "Priya Nair".into();
    activity.status = ActivityStatus::Agreed;
    activity.date = Date::new(2026, 12, 3);
    add(&mut doc, activity.into());
    let tensions = [
        (
            TensionKind::Misunderstanding,
            2,
            "They never read our discharge notes",
            "",
        ),
        (
            TensionKind::Suspicion,
            5,
            "We get blamed for every late referral",
            "",
        ),
        (TensionKind::Terminology, 3, "", NOTE),
    ];
    for (kind, severity, statement, note) in tensions {
        let mut t = Tension::new(
            doc.map().new_id(),
            boundary_id,
            kind,
            Severity::new(severity).unwrap(),
        );
        t.statement = statement.into();
        t.note = note.into();
        add(&mut doc, t.into());
    }
    let path = dir.join("workshop.ron");
    convene::file::write(&path, doc.map()).unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h
}

const TITLE: &str = "Draft the referral guidelines together over three lunchtime sessions";
const NOTE: &str = "A case means a person to one side and a file to the other, and nobody says so";

/// Shows the map at its actual size (zoom 1, close up), keeping the centre.
fn actual_size(h: &mut Harness<'_, ConveneApp>) {
    keys(h, Modifiers::COMMAND, Key::Num1);
    h.run();
    assert_eq!(h.state().camera().zoom, 1.0);
}

#[test]
fn an_activity_card_shows_its_whole_title_and_close_up_its_owner_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = workshop(dir.path());
    whole_map(&mut h);
    // Zoomed in until the title can be read, not yet close up: every word
    // of the title shows.
    actual_size(&mut h);
    keys(&mut h, Modifiers::NONE, Key::Minus);
    let zoom = h.state().camera().zoom;
    assert!((0.75..0.95).contains(&zoom), "not yet close up ({zoom})");
    let texts = painted(&h);
    let title = showing(&texts, TITLE).unwrap_or_else(|| panic!("{TITLE} in {texts:#?}"));
    assert!(!title.shown.contains('…'), "{title:?}");
    assert!(title.px >= 12.0);
    assert!(
        showing(&texts, "Priya Nair").is_none(),
        "details only close up"
    );
    // Close up: the title still whole, and status, owner and date under it.
    actual_size(&mut h);
    let texts = painted(&h);
    let title = showing(&texts, TITLE).unwrap_or_else(|| panic!("{TITLE} in {texts:#?}"));
    let details = showing(&texts, "Agreed Priya Nair 2026-12-03")
        .unwrap_or_else(|| panic!("details in {texts:#?}"));
    assert!(details.rect.top() >= title.rect.bottom() - 1.0);
}

#[test]
fn close_up_a_boundary_lists_its_tensions_most_severe_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = workshop(dir.path());
    whole_map(&mut h);
    let rows = [
        "Suspicion: We get blamed for every late referral",
        "Different terms: A case means a person to one side …",
        "Misunderstanding: They never read our discharge notes",
    ];
    // Zoomed out, no rows.
    let texts = painted(&h);
    assert!(h.state().camera().zoom < 0.95);
    for row in rows {
        assert!(showing(&texts, row).is_none(), "{row} zoomed out");
    }
    // Close up, one row each, most severe first; a tension without a
    // statement shows the first words of its note.
    actual_size(&mut h);
    let texts = painted(&h);
    let tops: Vec<f32> = rows
        .iter()
        .map(|row| {
            showing(&texts, row)
                .unwrap_or_else(|| panic!("{row} in {texts:#?}"))
                .rect
                .top()
        })
        .collect();
    assert!(tops.is_sorted() && tops[0] < tops[1], "{tops:?}");
    assert!(
        showing(&texts, "nobody says so").is_none(),
        "only the note's first words"
    );
    // Each row carries its severity as a number too.
    for n in ["5", "3", "2"] {
        assert!(texts.iter().any(|p| p.shown == n), "{n} in {texts:#?}");
    }
}

#[test]
fn on_a_map_of_five_hundred_names_at_whole_map_do_not_cover_one_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    let map = convene::generate::map(500, 3);
    convene::file::write(&path, &map).unwrap();
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    whole_map(&mut h);
    let texts = painted(&h);
    // Some names are drawn, none smaller than the minimum, and those under
    // their shapes leave each other room; the rest are left out.
    let names: Vec<&Painted> = texts
        .iter()
        .filter(|p| {
            map.communities
                .iter()
                .any(|c| p.shown.replace("  ", " ") == c.name)
        })
        .collect();
    eprintln!("500 communities, whole map: {} names drawn", names.len());
    assert!(names.len() >= 10, "{} names drawn", names.len());
    assert!(names.len() < map.communities.len(), "not every name fits");
    assert!(texts.iter().all(|p| p.px >= 12.0));
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            assert!(!a.rect.intersects(b.rect), "{a:?} covers {b:?}");
        }
    }
}

/// A name whose longest word does not fit inside its circle goes under it
/// whole, rather than broken in the middle of the word ("Psychia / trists").
#[test]
fn a_long_word_is_never_broken_inside_a_shape() {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = harness(app);
    h.run();
    whole_map(&mut h);
    let texts = painted(&h);
    for c in map(&h).communities.iter() {
        assert!(
            showing(&texts, &c.name).is_some(),
            "{} is shown whole in {texts:#?}",
            c.name
        );
    }
}

/// At the whole-map zoom, cards and notes still say what they are: their
/// titles and text at the smallest readable size, as many lines as fit.
#[test]
fn cards_and_notes_keep_their_words_at_whole_map() {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = harness(app);
    h.run();
    whole_map(&mut h);
    let zoom = h.state().camera().zoom;
    let texts = painted(&h);
    let m = map(&h);
    let starts = |words: &str| {
        let first: Vec<&str> = words.split_whitespace().take(1).collect();
        texts
            .iter()
            .any(|p| p.px >= 12.0 && p.shown.starts_with(first[0]))
    };
    for a in m.activities.iter() {
        assert!(starts(&a.title), "{} at zoom {zoom} in {texts:#?}", a.title);
    }
    for n in m.notes.iter().filter(|n| !n.text.is_empty()) {
        assert!(starts(&n.text), "{} at zoom {zoom}", n.text);
    }
    assert!(texts.iter().all(|p| p.px >= 12.0), "{texts:#?}");
}

/// At Largest the whole map is drawn with its words too, not as plain
/// shapes: each point is two pixels, so the shapes are large enough to
/// carry them.
#[test]
fn at_largest_text_the_whole_map_keeps_its_words() {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = harness(app);
    h.run();
    largest_text(&mut h);
    whole_map(&mut h);
    let texts = painted(&h);
    let m = map(&h);
    let shown = m
        .activities
        .iter()
        .filter(|a| {
            let first = a.title.split_whitespace().next().unwrap_or("");
            texts
                .iter()
                .any(|p| p.px >= 24.0 && p.shown.starts_with(first))
        })
        .count();
    assert!(shown > 0, "some card titles show at Largest: {texts:#?}");
    assert!(texts.iter().all(|p| p.px >= 24.0), "{texts:#?}");
}

#[test]
fn clicking_a_tension_row_selects_that_tension_as_clicking_an_item_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = workshop(dir.path());
    whole_map(&mut h);
    assert!(
        h.query_by_label("Tension").is_none(),
        "no tension inspected yet"
    );
    // Zoomed out the tension is listed under its boundary, but has no row
    // on screen to click.
    assert!(
        h.query_all_by_label_contains("Tension: Suspicion")
            .all(|n| n.accesskit_node().bounding_box().is_none()),
        "no rows to click zoomed out"
    );
    actual_size(&mut h);
    let suspicion = map(&h)
        .tensions
        .iter()
        .find(|t| t.statement.starts_with("We get blamed"))
        .map(|t| t.id)
        .unwrap();
    // A pointer click in the middle of the row.
    h.get_by_label("Tension: Suspicion: We get blamed for every late referral")
        .click();
    h.run();
    assert_eq!(h.state().selection(), &[suspicion]);
    assert!(
        h.query_by_label("Tension").is_some(),
        "the inspector shows the tension"
    );
    assert!(
        h.query_by_label("Severity 5").is_some(),
        "with its severity to set"
    );
    // Another row selects its own tension.
    h.get_by_label("Tension: Misunderstanding: They never read our discharge notes")
        .click();
    h.run();
    let misunderstanding = map(&h)
        .tensions
        .iter()
        .find(|t| t.statement.starts_with("They never read"))
        .map(|t| t.id)
        .unwrap();
    assert_eq!(h.state().selection(), &[misunderstanding]);
}
