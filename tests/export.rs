//! File ▸ Export…, as a facilitator uses it after a workshop: one window
//! for the format and the part of the map, the file saved where they say,
//! confidential items left out unless ticked, and the choices remembered.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use convene::app::{ConveneApp, Dialogs};
use convene::export::secrets::planted;
use convene::export::{self, Format, Options, Scope};
use convene::model::{Point, Reveal, SavedView, Size};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use kit::*;

const SECRET: &str = "SENTINEL-window-9b2d";

/// Each format's label in the window, as a person reads it.
const LABELS: [(Format, &str); 10] = [
    (Format::Svg, "Picture, sharp at any size (SVG)"),
    (Format::Png, "Picture made of pixels (PNG)"),
    (Format::Pdf, "Document to print or send (PDF)"),
    (Format::Markdown, "Workshop report as text (Markdown)"),
    (Format::Html, "Workshop report as a web page (HTML)"),
    (Format::ActionsCsv, "Action list for a spreadsheet (CSV)"),
    (
        Format::TensionsCsv,
        "Tension register for a spreadsheet (CSV)",
    ),
    (Format::Canvas, "JSON Canvas, for Obsidian and others"),
    (Format::GraphMl, "Network for Gephi or yEd (GraphML)"),
    (Format::NetworkCsv, "Network as two lists, for Kumu (CSV)"),
];

fn label(format: Format) -> &'static str {
    LABELS.iter().find(|(f, _)| *f == format).unwrap().1
}

/// The planted map with a view that shows only the communities, saved in
/// `dir`; the editor on it with its own file chooser and preferences in
/// `dir/prefs`.
fn editor(dir: &Path) -> Harness<'static, ConveneApp> {
    let path = dir.join("referrals.ron");
    if !path.exists() {
        let mut map = planted(SECRET);
        let mut view = SavedView::new(
            "Who is here",
            Point::new(200.0, 0.0),
            Size::new(900.0, 700.0),
        );
        view.reveal = Reveal::Communities;
        map.views.push(view);
        convene::file::write(&path, &map).unwrap();
    }
    let app = ConveneApp::new(Some(&path))
        .with_dialogs(Dialogs::InApp)
        .with_prefs(&dir.join("prefs"));
    let mut h = harness(app);
    h.run();
    h
}

/// Opens the export window from the File menu, by its labels.
fn open_from_menu(h: &mut Harness<'_, ConveneApp>) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    assert!(h.state().export_window_open());
    h.get_by_label("Export the map");
}

fn choose(h: &mut Harness<'_, ConveneApp>, text: &str) {
    h.get_by_label(text).click();
    h.run();
}

/// Presses Export…, types `target` into the app's own chooser, presses
/// Enter and waits for the export to finish.
fn export_to(h: &mut Harness<'_, ConveneApp>, target: &Path) {
    choose(h, "Export…");
    assert!(h.state().is_choosing_file(), "Export asks where to save");
    h.get_by_label("Export the map as");
    type_text(h, &target.display().to_string());
    h.key_press(Key::Enter);
    let start = Instant::now();
    h.step();
    while h.state().is_exporting() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the export never ended"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run_ok();
}

fn has(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn toggled(h: &Harness<'_, ConveneApp>, text: &str) -> bool {
    format!("{:?}", h.get_by_label(text).accesskit_node().toggled()) == "Some(True)"
}

#[test]
fn graphml_from_the_file_menu_is_for_sharing_and_says_what_was_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = editor(dir.path());
    open_from_menu(&mut h);
    choose(&mut h, label(Format::GraphMl));
    choose(&mut h, "The whole map");
    assert!(!toggled(&h, "Include confidential items"), "off by default");
    h.get_by_label("For sharing: confidential tensions and notes are left out.");
    let target = dir.path().join("network.graphml");
    export_to(&mut h, &target);
    let bytes = std::fs::read(&target).unwrap();
    assert!(has(&bytes, "<graphml"));
    assert!(has(&bytes, "Psychiatrists"));
    assert!(!has(&bytes, SECRET), "a confidential item went out");
    assert!(
        !h.state().export_window_open(),
        "the window closes when done"
    );
    let banner = h.state().banner().unwrap().to_owned();
    assert_eq!(
        banner,
        format!(
            "Saved network.graphml in {}; 2 confidential items were left out.",
            dir.path().display()
        )
    );
}

#[test]
fn ticking_include_confidential_puts_them_in_once_and_the_tick_does_not_stay() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = editor(dir.path());
    keys(&mut h, Modifiers::COMMAND, Key::E);
    choose(&mut h, label(Format::NetworkCsv));
    choose(&mut h, "Include confidential items");
    h.get_by_label_contains("will be in the file");
    let target = dir.path().join("all.csv");
    export_to(&mut h, &target);
    let nodes = dir.path().join("all-nodes.csv");
    let edges = dir.path().join("all-edges.csv");
    assert!(nodes.exists());
    assert!(
        has(&std::fs::read(&edges).unwrap(), SECRET),
        "asked for, so it is in"
    );
    assert_eq!(
        h.state().banner(),
        Some(
            format!(
                "Saved all-nodes.csv and all-edges.csv in {}.",
                dir.path().display()
            )
            .as_str()
        )
    );

    // Opened again, the format is remembered but the tick is not.
    keys(&mut h, Modifiers::COMMAND, Key::E);
    assert!(toggled(&h, label(Format::NetworkCsv)));
    assert!(!toggled(&h, "Include confidential items"));
    let again = dir.path().join("shared");
    export_to(&mut h, &again);
    let edges = std::fs::read(dir.path().join("shared-edges.csv")).unwrap();
    assert!(!has(&edges, SECRET));
}

#[test]
fn the_choices_are_remembered_after_closing_and_in_the_next_session() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = editor(dir.path());
        open_from_menu(&mut h);
        choose(&mut h, label(Format::Pdf));
        choose(&mut h, "One page per saved view");
        choose(&mut h, "Dark");
        choose(&mut h, "With the title block");
        choose(&mut h, "Cancel");
        assert!(!h.state().export_window_open());
        keys(&mut h, Modifiers::COMMAND, Key::E);
        assert!(toggled(&h, label(Format::Pdf)));
        assert!(toggled(&h, "One page per saved view"));
        assert!(toggled(&h, "Dark"));
        assert!(!toggled(&h, "With the title block"));
        keys(&mut h, Modifiers::NONE, Key::Escape);
        assert!(!h.state().export_window_open(), "Escape closes the window");
    }
    let mut h = editor(dir.path());
    open_from_menu(&mut h);
    assert!(toggled(&h, label(Format::Pdf)), "kept between runs");
    assert!(toggled(&h, "One page per saved view"));
    assert!(toggled(&h, "Dark"));
    // Pages are for PDF only: another format falls back to the whole map.
    choose(&mut h, label(Format::GraphMl));
    assert!(toggled(&h, "The whole map"));
    assert!(
        h.get_by_label("One page per saved view")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        h.get_by_label("Dark").accesskit_node().is_disabled(),
        "not a picture"
    );
    let map_file = std::fs::read_to_string(dir.path().join("referrals.ron")).unwrap();
    assert!(!map_file.contains("Dark"), "choices never go into the map");
}

#[test]
fn the_selection_needs_something_selected_and_a_view_exports_only_what_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = editor(dir.path());
    keys(&mut h, Modifiers::COMMAND, Key::E);
    assert!(h.get_by_label("Selection").accesskit_node().is_disabled());
    choose(&mut h, label(Format::NetworkCsv));
    choose(&mut h, "Saved view");
    export_to(&mut h, &dir.path().join("view.csv"));
    let nodes = std::fs::read(dir.path().join("view-nodes.csv")).unwrap();
    let edges = std::fs::read(dir.path().join("view-edges.csv")).unwrap();
    assert!(has(&nodes, "Social workers"));
    assert!(
        !has(&nodes, "Shared case review"),
        "the view shows communities only"
    );
    assert!(!has(&edges, "Boundary"));

    // With items selected, the selection can be exported.
    keys(&mut h, Modifiers::COMMAND, Key::A);
    let selected = h.state().selection().len();
    assert!(selected > 0);
    keys(&mut h, Modifiers::COMMAND, Key::E);
    let text = format!("Selection ({selected} items)");
    assert!(!h.get_by_label(&text).accesskit_node().is_disabled());
    choose(&mut h, &text);
    export_to(&mut h, &dir.path().join("picked.csv"));
    assert!(dir.path().join("picked-nodes.csv").exists());
}

/// Every format through the window: what is saved is exactly what the
/// export gives for the same choices, or the window says why not. Never a
/// silent nothing.
#[test]
fn every_format_saves_what_the_export_makes_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = editor(dir.path());
    let map = map(&h);
    for (i, (format, text)) in LABELS.iter().enumerate() {
        keys(&mut h, Modifiers::COMMAND, Key::E);
        choose(&mut h, text);
        choose(&mut h, "The whole map");
        let target: PathBuf = dir.path().join(format!("out{i}"));
        let options = Options {
            format: *format,
            scope: Scope::Whole,
            ..Options::default()
        };
        export_to(&mut h, &target);
        match export::write(&map, &options) {
            Ok(output) => {
                let chosen = target.with_extension(format.extension());
                let paths = convene::file::part_paths(&chosen, &output);
                for (path, part) in paths.iter().zip(&output.parts) {
                    assert_eq!(&std::fs::read(path).unwrap(), &part.bytes, "{format:?}");
                    assert!(!has(&part.bytes, SECRET), "{format:?} leaked");
                }
                assert!(h.state().banner().unwrap().starts_with("Saved out"));
            }
            Err(error) => {
                let problem = h.state().export_problem().unwrap().to_owned();
                assert!(
                    problem.contains(&error.to_string()),
                    "{format:?}: {problem}"
                );
                assert!(
                    h.state().export_window_open(),
                    "the window stays with the reason"
                );
                choose(&mut h, "Cancel");
            }
        }
    }
}

/// Whether the labelled widget lies wholly inside the window (AccessKit
/// places nodes in pixels, the screen is in points).
fn on_screen(h: &Harness<'_, ConveneApp>, text: &str) -> bool {
    let pixels = h.ctx.pixels_per_point();
    let screen = h.ctx.content_rect();
    // A dialog named by its heading has no place of its own: the heading
    // (a label node) is where the words are.
    let rects: Vec<eframe::egui::Rect> = h
        .get_all(By::new().label(text).include_labels())
        .filter_map(|node| node.accesskit_node().bounding_box())
        .map(|b| {
            eframe::egui::Rect::from_min_max(
                eframe::egui::pos2(b.x0 as f32, b.y0 as f32) / pixels,
                eframe::egui::pos2(b.x1 as f32, b.y1 as f32) / pixels,
            )
        })
        .collect();
    !rects.is_empty() && rects.iter().all(|r| screen.contains_rect(*r))
}

#[test]
fn at_largest_text_on_a_small_screen_the_window_fits_and_every_choice_can_be_reached() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = editor(dir.path());
    for _ in 0..3 {
        keys(&mut h, Modifiers::COMMAND, Key::Equals);
    }
    assert_eq!(h.ctx.zoom_factor(), 2.0, "Largest text");
    keys(&mut h, Modifiers::COMMAND, Key::E);
    for text in ["Export the map", "Export…", "Cancel"] {
        assert!(on_screen(&h, text), "{text} is on the screen");
    }
    // What does not fit scrolls into sight, and still works.
    let tick = "Include confidential items";
    h.get_by_label(tick).scroll_to_me();
    h.run();
    assert!(on_screen(&h, tick), "the last choice scrolls into sight");
    choose(&mut h, tick);
    assert!(toggled(&h, tick));
    for text in ["Export the map", "Export…", "Cancel"] {
        assert!(on_screen(&h, text), "{text} stays on the screen");
    }
}
