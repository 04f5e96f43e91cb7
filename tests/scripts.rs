//! Names in every script show real letters, and right-to-left names read in
//! their order: the app's own fonts are checked for a glyph for every
//! character of a map written in nine scripts, and right-to-left text is
//! laid out with those fonts to see where each letter lands.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

mod kit;

use convene::app::ConveneApp;
use convene::app::script::visual;
use eframe::egui::{self, Color32, FontFamily, FontId};
use egui_kittest::Harness;
use kit::harness;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/many-scripts.ron");

/// The editor with the many-scripts example open, run until its fonts are in.
fn opened() -> Harness<'static, ConveneApp> {
    let mut h = harness(ConveneApp::new(Some(std::path::Path::new(EXAMPLE))));
    h.run();
    // The fonts are given to egui on the first frame and used from the next.
    for _ in 0..3 {
        h.step();
    }
    h
}

/// Every name, label, title, statement and note text of the open map.
fn words(map: &convene::Map) -> Vec<String> {
    let mut out = vec![map.meta.title.clone()];
    out.extend(map.communities.iter().map(|c| c.name.clone()));
    out.extend(map.stakeholders.iter().map(|s| s.name.clone()));
    out.extend(map.boundaries.iter().map(|b| b.label.clone()));
    out.extend(map.tensions.iter().map(|t| t.statement.clone()));
    out.extend(map.activities.iter().map(|a| a.title.clone()));
    out.extend(map.notes.iter().map(|n| n.text.clone()));
    out
}

/// The characters of `text` the app's fonts have no glyph for.
fn missing(h: &Harness<'_, ConveneApp>, family: &FontFamily, text: &str) -> Vec<char> {
    let font = FontId::new(14.0, family.clone());
    h.ctx.fonts_mut(|f| {
        text.chars()
            .filter(|c| !c.is_whitespace() && !f.has_glyph(&font, *c))
            .collect()
    })
}

#[test]
fn every_script_of_the_example_has_glyphs_in_the_app_fonts() {
    let h = opened();
    let map = kit::map(&h);
    let words = words(&map);
    let all: String = words.concat();
    // The example really is written in each script.
    for (script, range) in [
        ("Chinese", '\u{4E00}'..='\u{9FFF}'),
        ("Japanese kana", '\u{3040}'..='\u{30FF}'),
        ("Korean", '\u{AC00}'..='\u{D7A3}'),
        ("Arabic", '\u{0600}'..='\u{06FF}'),
        ("Hebrew", '\u{0590}'..='\u{05FF}'),
        ("Devanagari", '\u{0900}'..='\u{097F}'),
        ("Greek", '\u{0370}'..='\u{03FF}'),
        ("Cyrillic", '\u{0400}'..='\u{04FF}'),
        ("emoji", '\u{1F300}'..='\u{1FAFF}'),
    ] {
        assert!(
            all.chars().any(|c| range.contains(&c)),
            "no {script} in the example"
        );
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        for text in &words {
            let gaps = missing(&h, &family, text);
            assert!(
                gaps.is_empty(),
                "{family:?} has no glyph for {gaps:?} in {text:?}"
            );
        }
    }
    // They came with the app, not from fonts found on this machine.
    assert!(h.ctx.fonts(|f| f.discovered_fonts().is_empty()));
}

/// The letters of `text` as egui places them with the app's fonts, from
/// left to right. egui follows a right-to-left run with zero-width glyphs
/// that stand for its characters without drawing anything; they are left
/// out.
fn seen_left_to_right(h: &Harness<'_, ConveneApp>, text: &str) -> String {
    let galley = h.ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), FontId::proportional(14.0), Color32::WHITE)
    });
    let mut glyphs: Vec<(f32, char)> = galley
        .rows
        .iter()
        .flat_map(|row| {
            row.row
                .glyphs
                .iter()
                .filter(|g| g.advance_width > 0.0)
                .map(|g| (row.pos.x + g.pos.x, g.chr))
        })
        .collect();
    glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
    glyphs.into_iter().map(|(_, c)| c).collect()
}

#[test]
fn right_to_left_names_read_in_their_order() {
    let h = opened();
    // Read from the right, each Hebrew word starts at its right end, and the
    // first word is the rightmost of the two.
    assert_eq!(
        seen_left_to_right(&h, &visual("Équipe שלום עולם team")),
        "Équipe םלוע םולש team"
    );
    // A number after Hebrew belongs to it, as the Unicode rules say: read
    // from the right, it comes after the words.
    assert_eq!(
        seen_left_to_right(&h, &visual("Équipe שלום עולם 2")),
        "Équipe 2 םלוע םולש"
    );
    // A Hebrew name with a number: the number is on the left, after the
    // name when read from the right.
    assert_eq!(seen_left_to_right(&h, &visual("קבוצה 12")), "12 הצובק");
    // An Arabic name followed by Latin.
    assert_eq!(seen_left_to_right(&h, &visual("فريق Alpha")), "Alpha قيرف");
    // Arabic-Indic digits read from left to right inside Arabic.
    assert_eq!(seen_left_to_right(&h, &visual("فريق ١٢")), "١٢ قيرف");
}

#[test]
fn arabic_letters_join() {
    let h = opened();
    let widths = |text: &str| -> Vec<f32> {
        let galley = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), FontId::proportional(28.0), Color32::WHITE)
        });
        galley.rows[0]
            .row
            .glyphs
            .iter()
            .map(|g| g.advance_width)
            .filter(|w| *w > 0.0)
            .collect()
    };
    // Beh alone is wide; joined on both sides (ببب) the middle one is a
    // short stroke.
    let alone = widths("ب")[0];
    let joined = widths("ببب");
    assert_eq!(joined.len(), 3);
    assert!(
        joined[1] < alone * 0.6,
        "the middle beh is {} wide, alone {alone}: not joined",
        joined[1]
    );
}

/// The text of every galley painted in the last frame.
fn painted(h: &Harness<'_, ConveneApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn the_canvas_and_the_overview_show_right_to_left_names_in_reading_order() {
    let h = opened();
    let painted = painted(&h);
    // A community "צוות רפואה קהילתית" and a note "نحتاج إلى مترجم …":
    // their first two words are seen in turn, each line on its own, and
    // never in the order they were typed.
    for (typed, seen) in [("צוות רפואה", "רפואה צוות"), ("نحتاج إلى", "إلى نحتاج")]
    {
        assert!(
            painted.iter().any(|t| t.contains(seen)),
            "{seen:?} not in {painted:#?}"
        );
        assert!(
            !painted.iter().any(|t| t.contains(typed)),
            "{typed:?} drawn as typed"
        );
    }
    // The map keeps the names as typed.
    let map = kit::map(&h);
    assert!(
        map.communities
            .iter()
            .any(|c| c.name == "צוות רפואה קהילתית")
    );
}
