//! Maps edited by hand: the slips people make give messages in their own
//! words, pointing at the slip; positions carry no float noise; British
//! and American spellings both read.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use convene::file::{self, LoadError, Position};
use convene::model::{Point, Size, ValueKind};
use convene::{Document, Edit};

const EXAMPLE: &str = include_str!("../examples/referral-guidelines.ron");

/// The example with `from` (which must be in it) replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "{from:?} is not in the example");
    EXAMPLE.replacen(from, to, 1)
}

/// The error `text` gives, which must fail to open.
fn error(text: &str) -> LoadError {
    match file::parse(text.as_bytes()) {
        Ok(_) => panic!("opened, but should have failed"),
        Err(e) => e,
    }
}

/// Where `needle` first stands in `text`.
fn place_of(text: &str, needle: &str) -> Position {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    let before = &text[..offset];
    Position {
        line: before.matches('\n').count() + 1,
        column: before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1,
    }
}

/// The message must say each of `says`, and none of the parser's words.
fn assert_says(e: &LoadError, says: &[&str]) {
    let message = e.to_string();
    for word in says {
        assert!(message.contains(word), "{word:?} missing from: {message}");
    }
    for jargon in [
        "struct",
        "identifier",
        "r#",
        "std",
        "a activity",
        "Expected",
        "variant",
    ] {
        assert!(!message.contains(jargon), "{jargon:?} in: {message}");
    }
}

#[test]
fn a_choice_in_quotes_says_to_leave_the_quotes_out() {
    let text = broken("kind: Stereotypes", "kind: \"Stereotypes\"");
    let e = error(&text);
    assert_says(&e, &["without quotes", "`Stereotypes`"]);
    assert_eq!(e.position(), Some(place_of(&text, "\"Stereotypes\"")));
}

#[test]
fn a_decimal_severity_says_it_must_be_whole() {
    let at = EXAMPLE.find("severity: ").unwrap();
    let old = &EXAMPLE[at..at + "severity: 3".len()];
    let text = broken(old, "severity: 3.5");
    assert_says(&error(&text), &["whole number", "`3.5`"]);
}

#[test]
fn a_thousands_comma_says_to_write_the_number_plainly() {
    let text = broken("size: Some(14)", "size: Some(1,400)");
    assert_says(&error(&text), &["`1400`, not `1,400`"]);
}

#[test]
fn a_position_without_field_names_shows_how_to_write_one() {
    let text = broken("pos: (x: 0.0, y: 0.0)", "pos: (0.0, 0.0)");
    let e = error(&text);
    assert_says(
        &e,
        &["position needs its field names", "(x: 10.0, y: 20.0)"],
    );
    let text = broken("size: (w: 160.0, h: 100.0)", "size: (160.0, 100.0)");
    assert_says(&error(&text), &["size needs its field names", "(w: "]);
}

#[test]
fn a_number_for_a_choice_names_the_field_not_raw_identifiers() {
    let text = broken("kind: Stereotypes", "kind: 200");
    assert_says(&error(&text), &["`200`", "`kind`", "choice"]);
}

#[test]
fn a_negative_size_says_what_it_is() {
    let text = broken("size: (w: 160.0, h: 100.0)", "size: (w: -160.0, h: 100.0)");
    let e = error(&text);
    assert_says(&e, &["larger than zero", "-160 by 100"]);
    // At the value after `size:`, not at the item's `id`.
    assert_eq!(e.position(), Some(place_of(&text, "(w: -160.0")));
}

#[test]
fn an_unclosed_text_names_where_it_started() {
    let text = broken("name: \"Psychiatrists\"", "name: \"Psychiatrists");
    let e = error(&text);
    let start = place_of(&text, "\"Psychiatrists");
    assert_says(
        &e,
        &[
            "missing its closing double quote",
            &format!("line {}, column {}", start.line, start.column),
        ],
    );
}

#[test]
fn an_unclosed_list_or_entry_names_where_it_started() {
    let list = "key_people: [\"Dr. Anil Rao (clinical lead)\", \"Dr. Helen Brandt\"]";
    let text = broken(list, &list[..list.len() - 1]);
    let start = place_of(&text, "[\"Dr. Anil Rao");
    assert_says(
        &error(&text),
        &[
            "missing its closing `]` before `terms`",
            &format!("line {}, column {}", start.line, start.column),
        ],
    );

    let text = broken("    ],\n    stakeholders", "    stakeholders");
    assert_says(
        &error(&text),
        &["closing `]` before `stakeholders`", "line 8"],
    );

    let text = broken("pos: (x: 360.0, y: 0.0)),", "pos: (x: 360.0, y: 0.0),");
    let start = place_of(&text, "(id: \"a0712904a9e928bc\"");
    assert_says(
        &error(&text),
        &[
            "missing its closing `)`",
            &format!("line {}, column {}", start.line, start.column),
        ],
    );
}

#[test]
fn an_entry_named_for_another_list_is_told_plainly() {
    let text = broken(
        "(id: \"7806f1713b5e4246\"",
        "Stakeholder(id: \"7806f1713b5e4246\"",
    );
    assert_says(&error(&text), &["`Stakeholder`", "holds communities"]);
}

#[test]
fn a_wrong_kind_of_reference_says_an_activity() {
    // A tension raised by an activity rather than a side.
    let activity = EXAMPLE
        .split("activities: [")
        .nth(1)
        .and_then(|rest| rest.split("id: \"").nth(1))
        .map(|rest| rest[..16].to_owned())
        .unwrap();
    let at = EXAMPLE.find("raised_by: Some(\"").unwrap() + "raised_by: Some(\"".len();
    let text = format!("{}{activity}{}", &EXAMPLE[..at], &EXAMPLE[at + 16..]);
    let e = error(&text);
    assert_says(&e, &["which is an activity", "`raised_by`"]);
    assert_eq!(
        e.position(),
        Some(place_of(&text, &format!("\"{activity}\")")))
    );
}

#[test]
fn a_huge_id_is_quoted_short() {
    let huge = "y".repeat(10_000_000);
    let text = broken("id: \"7806f1713b5e4246\"", &format!("id: \"{huge}\""));
    let e = error(&text);
    assert!(
        e.to_string().len() < 300,
        "{} characters",
        e.to_string().len()
    );
    assert_says(&e, &["is not an id", "10000000 characters"]);
    // A huge field name or choice is quoted short too.
    let text = broken(
        "kind: Stereotypes",
        &format!("kind: {}", "Z".repeat(1_000_000)),
    );
    assert!(error(&text).to_string().len() < 600);
    let text = broken(
        "name: \"Psychiatrists\"",
        &format!("{}: 1", "n".repeat(1_000_000)),
    );
    assert!(error(&text).to_string().len() < 600);
}

#[test]
fn british_and_american_spellings_both_read() {
    let text = broken("value: Some(Realized)", "value: Some(Realised)");
    let map = file::parse(text.as_bytes()).unwrap();
    assert!(
        map.activities
            .iter()
            .flat_map(|a| &a.expectations)
            .any(|e| e.value == Some(ValueKind::Realized))
    );
    // Written the one way Convene writes it.
    assert_eq!(
        file::to_text(&map),
        file::to_text(&file::parse(EXAMPLE.as_bytes()).unwrap())
    );
}

#[test]
fn positions_and_sizes_are_written_to_a_tenth() {
    let text = broken(
        "pos: (x: 0.0, y: 0.0)",
        "pos: (x: -6.5567083e-6, y: 12.3456)",
    )
    .replacen(
        "size: (w: 160.0, h: 100.0)",
        "size: (w: 160.04999, h: 0.01)",
        1,
    );
    let map = file::parse(text.as_bytes()).unwrap();
    let written = file::to_text(&map);
    assert!(written.contains("pos: (x: 0.0, y: 12.3)"), "{written}");
    assert!(written.contains("size: (w: 160.0, h: 0.1)"), "{written}");
    assert!(!written.contains("e-6"), "{written}");
    assert_eq!(file::parse(written.as_bytes()).unwrap(), map);

    // An edit keeps the map in memory as the file will hold it.
    let mut doc = Document::new(map);
    let id = doc.map().communities.iter().next().unwrap().id;
    doc.apply(Edit::Move(vec![(id, Point::new(1.2345, -0.04))]))
        .unwrap();
    assert_eq!(
        doc.map().communities.get(id).unwrap().pos,
        Point::new(1.2, 0.0)
    );
    assert_eq!(Size::new(0.001, 5.55).rounded(), Size::new(0.1, 5.6));
}
