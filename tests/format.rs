//! The file format: canonical, stable, diff-friendly output, and clear
//! errors for every kind of bad file.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod common;

use common::*;
use convene::file::{self, FORMAT_WITHOUT_CONFLICTS, LoadError, MAX_FILE_BYTES, Position};
use convene::model::*;
use convene::{Document, Edit};

fn sample_text() -> String {
    file::to_text(sample().map())
}

/// The error for `text`, which must fail to load.
fn error(text: &str) -> LoadError {
    match file::parse(text.as_bytes()) {
        Ok(_) => panic!("loaded, but should have failed:\n{text}"),
        Err(e) => e,
    }
}

/// `sample_text` with one piece replaced.
fn edited(from: &str, to: &str) -> String {
    let text = sample_text();
    assert!(text.contains(from), "{from:?} not in the sample");
    text.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not found"))
}

#[test]
fn a_saved_map_reads_back_the_same() {
    let doc = sample();
    let text = file::to_text(doc.map());
    assert_eq!(&file::parse(text.as_bytes()).unwrap(), doc.map());
}

#[test]
fn saving_an_unchanged_map_gives_the_same_bytes() {
    let text = sample_text();
    let again = file::to_text(&file::parse(text.as_bytes()).unwrap());
    assert_eq!(text, again);
    assert!(file::is_canonical(text.as_bytes()).unwrap());
}

#[test]
fn the_format_number_comes_first_and_lines_end_in_newline_only() {
    let text = sample_text();
    assert!(
        text.starts_with(&format!("(\n    format: {FORMAT_WITHOUT_CONFLICTS},\n")),
        "{text}"
    );
    assert!(!text.contains('\r'));
    assert!(text.ends_with(")\n"));
}

#[test]
fn changing_one_item_changes_only_its_lines() {
    let mut doc = sample();
    let before = file::to_text(doc.map());
    let mut gp = doc.map().communities.get(GP).unwrap().clone();
    gp.name = "Family doctors".into();
    doc.apply(Edit::Update(gp.into())).unwrap();
    let after = file::to_text(doc.map());
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    assert_eq!(old.len(), new.len());
    let changed: Vec<(&str, &str)> = old
        .iter()
        .zip(&new)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (*a, *b))
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        changed[0].1,
        changed[0]
            .0
            .replace("name: \"GPs\"", "name: \"Family doctors\"")
    );
}

#[test]
fn adding_an_item_only_adds_lines() {
    let mut doc = sample();
    let before = file::to_text(doc.map());
    doc.apply(Edit::Add(
        Community::new(Id::from_u64(0x777), "Nurses", Point::new(1.0, 2.0)).into(),
    ))
    .unwrap();
    let after = file::to_text(doc.map());
    // Removing the added line gives back the old text exactly.
    let without: Vec<&str> = after
        .lines()
        .filter(|l| !l.contains("id: \"0000000000000777\""))
        .collect();
    assert_eq!(without.len() + 1, after.lines().count());
    assert_eq!(without.join("\n") + "\n", before);
}

#[test]
fn windows_line_endings_and_a_byte_order_mark_load() {
    let text = sample_text();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    assert_eq!(&file::parse(windows.as_bytes()).unwrap(), sample().map());
}

#[test]
fn hand_written_files_with_comments_and_short_ids_load() {
    let text = r#"
// Written by hand.
(
    format: 1,
    title: "Tiny",
    communities: [
        (id: "police", name: "Police"),
        (id: "Social-services_2.0", name: "Social services", pos: (x: 300, y: 0)),
    ],
    boundaries: [(id: "b1", between: ["police", "Social-services_2.0"])],
    tensions: [(id: "c1", boundary: "b1", kind: Stereotypes, severity: 3)],
)
"#;
    let map = file::parse(text.as_bytes()).unwrap();
    assert_eq!(map.counts().boundaries, 1);
    let social = Id::parse("Social-services_2.0").unwrap();
    assert_eq!(
        map.communities.get(social).unwrap().pos,
        Point::new(300.0, 0.0)
    );
    // Every id stays exactly as written, through saving and opening again.
    let canonical = file::to_text(&map);
    for id in ["police", "Social-services_2.0", "b1", "c1"] {
        assert!(
            canonical.contains(&format!("\"{id}\"")),
            "{id} in\n{canonical}"
        );
    }
    assert!(!canonical.contains("00000000000000c1"));
    assert_eq!(file::parse(canonical.as_bytes()).unwrap(), map);
}

#[test]
fn ids_are_case_sensitive_tokens_of_at_most_64_characters() {
    let text = |a: &str, b: &str| {
        format!(
            "(format: 2, communities: [(id: \"{a}\", name: \"A\"), (id: \"x\", name: \"X\")], boundaries: [(id: \"b\", between: [\"{b}\", \"x\"])])"
        )
    };
    let long = "l".repeat(64);
    assert!(file::parse(text(&long, &long).as_bytes()).is_ok());
    let e = error(&text("Psy", "psy"));
    assert!(e.to_string().contains("\"psy\""), "{e}");
    let too_long = "l".repeat(65);
    let e = error(&text(&too_long, &too_long));
    assert!(e.to_string().contains("is not an id"), "{e}");
}

#[test]
fn a_newer_format_is_refused_before_its_unknown_fields() {
    let text = edited("format: 2,", "format: 7,").replacen(
        "title:",
        "some_future_field: (a: 1),\n    title:",
        1,
    );
    let e = error(&text);
    assert!(
        matches!(
            e,
            LoadError::Newer {
                found: 7,
                at: Position {
                    line: 2,
                    column: 13
                }
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("newer Convene"), "{e}");
}

#[test]
fn format_zero_is_refused() {
    let e = error(&edited("format: 2,", "format: 0,"));
    assert_eq!(
        e.position(),
        Some(Position {
            line: 2,
            column: 13
        })
    );
}

#[test]
fn a_missing_format_number_is_reported() {
    let e = error(&edited("    format: 2,\n", ""));
    assert!(e.to_string().contains("missing its `format`"), "{e}");
}

#[test]
fn an_unknown_field_is_named_with_its_place() {
    let text = edited("name: \"GPs\"", "nmae: \"GPs\"");
    let e = error(&text);
    let line = line_of(&text, "nmae");
    assert_eq!(e.position().map(|p| p.line), Some(line), "{e}");
    assert!(e.to_string().contains("no field `nmae`"), "{e}");
    assert!(e.to_string().contains("`name`"), "{e}");
}

#[test]
fn a_severity_out_of_range_is_reported_where_it_stands() {
    let text = edited("severity: 4", "severity: 9");
    let e = error(&text);
    assert_eq!(
        e.position().map(|p| p.line),
        Some(line_of(&text, "severity: 9"))
    );
    assert!(e.to_string().contains("severity 9 is out of range"), "{e}");
}

#[test]
fn bad_ids_colours_dates_and_kinds_are_explained() {
    let e = error(&edited(
        "id: \"0000000000000001\"",
        "id: \"psy chiatrists\"",
    ));
    assert!(e.to_string().contains("is not an id"), "{e}");
    let e = error(&edited("kind: Suspicion", "kind: Suspcion"));
    assert!(
        e.to_string().contains("`Suspcion` is not a choice here"),
        "{e}"
    );
    assert!(e.to_string().contains("`Suspicion`"), "{e}");
    let text = sample_text().replacen(
        "title: \"Referrals\",",
        "title: \"Referrals\",\n    date: \"2026-02-30\",",
        1,
    );
    let e = error(&text);
    assert!(e.to_string().contains("is not a date"), "{e}");
    let text = sample_text().replacen(
        "name: \"GPs\",",
        "name: \"GPs\",\n            colour: \"blue\",",
        1,
    );
    let e = error(&text);
    assert!(e.to_string().contains("is not a colour"), "{e}");
}

#[test]
fn a_cut_file_says_it_may_have_been_cut_short() {
    let text = sample_text();
    let cut = &text[..text.len() / 2];
    let e = error(cut);
    assert!(e.to_string().contains("cut short"), "{e}");
    let last_line = cut.lines().count();
    assert_eq!(e.position().map(|p| p.line), Some(last_line), "{e}");
}

#[test]
fn a_missing_bracket_is_reported() {
    let text = edited("    ],\n    stakeholders", "    stakeholders");
    let e = error(&text);
    assert!(
        e.to_string()
            .contains("missing its closing `]` before `stakeholders`"),
        "{e}"
    );
    assert!(e.position().is_some());
}

/// The line and column (from 1) where `needle` first stands in `text`.
fn place_of(text: &str, needle: &str) -> Position {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    Position { line, column }
}

#[test]
fn a_broken_reference_is_placed_at_the_reference() {
    let text = edited(
        "between: [\"0000000000000001\", \"0000000000000002\"]",
        "between: [\"0000000000000001\", \"Psy-chiatry\"]",
    );
    let e = error(&text);
    assert_eq!(
        e.position(),
        Some(place_of(&text, "\"Psy-chiatry\"")),
        "{e}"
    );
    assert!(
        e.to_string().contains("\"Psy-chiatry\" in `between`"),
        "{e}"
    );
    assert!(e.to_string().contains("no item has that id"), "{e}");
}

#[test]
fn a_commented_out_copy_never_draws_a_reference_error() {
    // The tension's boundary is missing; a commented-out copy of the
    // tension above it names the same boundary.
    let text = sample_text();
    let line = text
        .lines()
        .find(|l| l.contains("boundary: \""))
        .unwrap()
        .to_owned();
    let boundary = line.split("boundary: \"").nth(1).unwrap()[..16].to_owned();
    let broken = line.replace(&boundary, "gone");
    let text = text.replacen(
        &line,
        &format!(
            "        // {}\n        /* {} */\n{broken}",
            broken.trim(),
            broken.trim()
        ),
        1,
    );
    let e = error(&text);
    let line = text.lines().position(|l| l == broken).unwrap() + 1;
    let column = broken.find("\"gone\"").unwrap() + 1;
    assert_eq!(e.position(), Some(Position { line, column }), "{e}");
}

#[test]
fn each_kind_of_reference_is_placed_at_its_id() {
    let text = r#"(
    format: 2,
    communities: [(id: "psy", name: "Psychiatrists"), (id: "sw", name: "Social workers")],
    boundaries: [(id: "b1", between: ["psy", "sw"])],
    tensions: [(id: "t1", boundary: "b1", kind: Stereotypes, severity: 3, raised_by: Some("sw"))],
    activities: [(id: "a1", kind: Visit, title: "Visit", boundaries: ["b1"], tensions: ["t1"], participants: ["psy"], expectations: [(party: "sw")])],
    brokers: [(id: "k1", name: "Ann", communities: ["psy"], boundaries: ["b1"])],
    objects: [(id: "o1", name: "Form", boundaries: ["b1"])],
)"#;
    assert!(
        file::parse(text.as_bytes()).is_ok(),
        "{:?}",
        file::parse(text.as_bytes()).err()
    );
    for (from, to, field) in [
        (
            "between: [\"psy\", \"sw\"]",
            "between: [\"psy\", \"sw2\"]",
            "between",
        ),
        ("boundary: \"b1\"", "boundary: \"b9\"", "boundary"),
        (
            "raised_by: Some(\"sw\")",
            "raised_by: Some(\"sw9\")",
            "raised_by",
        ),
        (
            "boundaries: [\"b1\"], tensions",
            "boundaries: [\"b9\"], tensions",
            "boundaries",
        ),
        ("tensions: [\"t1\"]", "tensions: [\"t9\"]", "tensions"),
        (
            "participants: [\"psy\"]",
            "participants: [\"psy9\"]",
            "participants",
        ),
        ("(party: \"sw\")", "(party: \"sw9\")", "expectations"),
        (
            "communities: [\"psy\"]",
            "communities: [\"psy9\"]",
            "communities",
        ),
        (
            "\"Form\", boundaries: [\"b1\"]",
            "\"Form\", boundaries: [\"b9\"]",
            "boundaries",
        ),
        (
            "(id: \"k1\", name: \"Ann\", communities: [\"psy\"], boundaries: [\"b1\"]",
            "(id: \"k1\", name: \"Ann\", communities: [\"psy\"], boundaries: [\"b1\", \"b1\"]",
            "boundaries",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        let broken = text.replacen(from, to, 1);
        let e = error(&broken);
        let written = to.rsplit('"').nth(1).unwrap();
        let expected = if from.contains("\"b1\", \"b1\"") || to.contains("\"b1\", \"b1\"") {
            // The second mention of an id listed twice.
            let first = place_of(&broken, to);
            let offset = to.rfind("\"b1\"").unwrap();
            Position {
                line: first.line,
                column: first.column + offset,
            }
        } else {
            let first = place_of(&broken, to);
            let offset = to.find(&format!("\"{written}\"")).unwrap();
            Position {
                line: first.line,
                column: first.column + offset,
            }
        };
        assert_eq!(e.position(), Some(expected), "{to}: {e}");
        assert!(e.to_string().contains(&format!("`{field}`")), "{to}: {e}");
    }
}

#[test]
fn a_duplicated_id_is_placed_at_its_second_use() {
    // Give the GPs the psychiatrists' id.
    let text = edited("id: \"0000000000000003\"", "id: \"0000000000000001\"");
    let e = error(&text);
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("id: \"0000000000000001\""))
        .nth(1)
        .map(|(i, _)| i + 1);
    assert_eq!(e.position().map(|p| p.line), second, "{e}");
    assert!(e.to_string().contains("used twice"), "{e}");

    // And across kinds: a note with a community's id.
    let text = edited("id: \"0000000000000060\"", "id: \"0000000000000002\"");
    let e = error(&text);
    assert!(
        e.to_string()
            .contains("used by a community and again by a note"),
        "{e}"
    );
    assert_eq!(
        e.position().map(|p| p.line),
        Some(line_of(&text, "text: \"Ask about")),
        "{e}"
    );
}

#[test]
fn deep_nesting_is_refused_quickly() {
    for open in ["[", "(", "Some("] {
        let text = format!("(format: 1, title: {})", open.repeat(1_000_000));
        let e = error(&text);
        assert!(e.position().is_some(), "{e}");
    }
    // A newer file is refused at its format number, however it goes on.
    let text = format!("(format: 4, x: {})", "[".repeat(1_000_000));
    assert!(matches!(error(&text), LoadError::Newer { .. }));
}

#[test]
fn text_that_is_not_utf8_is_placed() {
    let mut bytes = sample_text().into_bytes();
    let at = bytes.iter().position(|&b| b == b'G').unwrap();
    bytes[at] = 0xff;
    let e = file::parse(&bytes).unwrap_err();
    assert!(e.to_string().contains("not text"), "{e}");
    assert_eq!(
        e.position().map(|p| p.line),
        Some(line_of(&sample_text(), "name: \"GPs\""))
    );
}

#[test]
fn an_oversized_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let e = file::read(&path).unwrap_err();
    assert!(
        matches!(e.load_error(), Some(LoadError::TooLarge { .. })),
        "{e}"
    );
    assert!(
        e.to_string().starts_with(&path.display().to_string()),
        "{e}"
    );
}

#[test]
fn empty_and_garbage_files_are_explained() {
    for (text, words) in [
        ("", "empty"),
        ("   \n", "empty"),
        ("hello", "expected"),
        ("(format: 1) trailing", "more text after the end"),
        ("(format: 1, title: \"x\" /* note", "comment"),
    ] {
        let e = error(text);
        assert!(e.to_string().contains(words), "{text:?}: {e}");
        assert!(e.position().is_some());
    }
}

#[test]
fn a_missing_file_and_a_read_only_folder_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.ron");
    let e = file::read(&missing).unwrap_err().to_string();
    assert!(e.contains("nope.ron") && e.contains("no such file"), "{e}");

    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    let target = folder.join("map.ron");
    file::write(&target, sample().map()).unwrap();
    let before = std::fs::read(&target).unwrap();
    set_read_only(&folder, true);
    let writable_anyway = tempfile::tempfile_in(&folder).is_ok(); // running as root
    let mut changed = Document::new(sample().map().clone());
    changed.apply(Edit::Remove(vec![PSY])).unwrap();
    let result = file::write(&target, changed.map());
    set_read_only(&folder, false);
    if !writable_anyway {
        let e = result.unwrap_err().to_string();
        assert!(e.contains("map.ron") && e.contains("could not save"), "{e}");
        assert_eq!(std::fs::read(&target).unwrap(), before);
    }
}

fn set_read_only(path: &std::path::Path, read_only: bool) {
    let mut perms = std::fs::metadata(path).expect("folder").permissions();
    perms.set_readonly(read_only);
    std::fs::set_permissions(path, perms).expect("set permissions");
}

#[test]
fn a_full_disk_is_reported_in_plain_words() {
    let e = convene::file::FileError::Write {
        path: "maps/day1.ron".into(),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    };
    assert_eq!(
        e.to_string(),
        "maps/day1.ron: could not save: the disk is full; the file on disk was not changed"
    );
}

#[test]
fn a_format_one_file_opens_unchanged_and_gains_no_views() {
    let text = "(format: 1, title: \"Old\", communities: [(id: \"a1\", name: \"Police\")])";
    let map = file::parse(text.as_bytes()).unwrap();
    assert_eq!(map.meta.title, "Old");
    assert!(map.views.is_empty());
    assert_eq!(map.communities.len(), 1);
    // Saved again, it is a format-2 file that reads back the same.
    let again = file::to_text(&map);
    assert!(
        again.contains(&format!("format: {FORMAT_WITHOUT_CONFLICTS},")),
        "{again}"
    );
    assert_eq!(file::parse(again.as_bytes()).unwrap(), map);
}

#[test]
fn views_statements_and_pins_survive_writing_and_reading() {
    let mut doc = sample();
    let mut view = SavedView::new(
        "The referral loop",
        Point::new(10.0, -20.0),
        Size::new(800.0, 450.0),
    );
    view.reveal = Reveal::Boundaries;
    view.filter.min_severity = Some(Severity::new(3).unwrap());
    view.filter.hide_unmatched = true;
    doc.apply(Edit::SetViews(vec![
        view.clone(),
        SavedView::new("All", Point::default(), Size::new(1.0, 1.0)),
    ]))
    .unwrap();
    let mut tension = doc.map().tensions.iter().next().unwrap().clone();
    tension.statement = "They never read our discharge notes".to_owned();
    doc.apply(Edit::Update(Item::Tension(tension))).unwrap();
    let mut community = doc.map().communities.iter().next().unwrap().clone();
    community.pinned = true;
    doc.apply(Edit::Update(Item::Community(community))).unwrap();

    let text = file::to_text(doc.map());
    assert!(
        text.contains("statement: \"They never read our discharge notes\""),
        "{text}"
    );
    assert!(text.contains("pinned: true"), "{text}");
    assert!(text.contains("reveal: Boundaries"), "{text}");
    let back = file::parse(text.as_bytes()).unwrap();
    assert_eq!(&back, doc.map());
    assert_eq!(back.views[0], view);

    // The views are one edit: undo takes the whole list back.
    doc.undo();
    doc.undo();
    assert_eq!(doc.map().views.len(), 2);
    doc.undo();
    assert!(doc.map().views.is_empty());
}

#[test]
fn a_view_without_a_region_is_refused() {
    let text = "(format: 2, title: \"V\", views: [(name: \"Flat\", centre: (x: 0, y: 0), size: (w: 0, h: 10))])";
    let e = error(text);
    assert!(e.to_string().contains("Flat"), "{e}");
    let mut doc = Document::new(Map::default());
    let flat = SavedView::new("Flat", Point::default(), Size::new(0.0, 10.0));
    assert!(doc.apply(Edit::SetViews(vec![flat])).is_err());
    assert!(doc.map().views.is_empty());
}
