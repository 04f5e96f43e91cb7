//! Comments written by hand in a map file: kept through `fmt` and saving,
//! attached to the item they stand before or beside, and never dropped in
//! silence.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::Path;
use std::process::{Command, Output};

use convene::model::{Anchor, Id, Item, Map, Point};
use convene::{Document, Edit, file};

/// A map as a person might write it by hand, with comments in every place
/// Convene keeps them.
const HAND_WRITTEN: &str = r#"// Referral workshop, written by hand.
/* Kept in git; run `convene fmt` before committing. */
(
    // The format number comes first.
    format: 2,
    title: "Tiny", // a working title
    communities: [ // who was in the room
        // The police asked for this workshop.
        (id: "a1", name: "Police"), // they came in numbers
        (
            id: "a2", // checked with Ann
            // their full name, not "social"
            name: "Social services",
            key_people: ["Ann", /* the lead */ "Bob"],
        ),
        // (id: "a3", name: "Teachers"),
    ],
    boundaries: [(id: "b1", between: ["a1", "a2"])],
    tensions: [
        /* the only tension */ (id: "c1", boundary: "b1", kind: Stereotypes, severity: 3),
    ],
    notes: [
        // (id: "n1", text: "Ask about the rota"),
    ],
    // That is all for now.
) // end of the map
// Last line.
"#;

fn read(text: &str) -> Map {
    file::parse(text.as_bytes()).unwrap()
}

/// The text `convene fmt` writes for `text`.
fn formatted(text: &str) -> String {
    file::to_text(&read(text))
}

/// The line of `text` holding `needle`, from 0.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line holds {needle:?} in\n{text}"))
}

fn line(text: &str, n: usize) -> &str {
    text.lines().nth(n).unwrap_or_default()
}

/// The id of the community called `name`.
fn community(map: &Map, name: &str) -> Id {
    map.communities.iter().find(|c| c.name == name).unwrap().id
}

#[test]
fn a_comment_on_its_own_line_before_an_item_stays_before_it() {
    let out = formatted(HAND_WRITTEN);
    let police = line_of(&out, "name: \"Police\"");
    assert_eq!(
        line(&out, police - 1),
        "        // The police asked for this workshop."
    );
    let tension = line_of(&out, "kind: Stereotypes");
    assert_eq!(line(&out, tension - 1), "        /* the only tension */");
    // Attached to the item, by id.
    let map = read(HAND_WRITTEN);
    let comments = map
        .kept
        .comments
        .of_item(community(&map, "Police"))
        .unwrap();
    assert_eq!(comments.before, ["// The police asked for this workshop."]);
}

#[test]
fn a_comment_at_the_end_of_an_items_line_stays_at_the_end_of_it() {
    let out = formatted(HAND_WRITTEN);
    let police = line(&out, line_of(&out, "name: \"Police\""));
    assert!(police.ends_with("), // they came in numbers"), "{police}");
    let title = line(&out, line_of(&out, "title:"));
    assert_eq!(title, "    title: \"Tiny\", // a working title");
    let list = line(&out, line_of(&out, "communities:"));
    assert_eq!(list, "    communities: [ // who was in the room");
}

#[test]
fn comments_at_the_top_and_around_the_maps_fields_stay_with_the_map() {
    let out = formatted(HAND_WRITTEN);
    assert!(out.starts_with(
        "// Referral workshop, written by hand.\n/* Kept in git; run `convene fmt` before committing. */\n(\n    // The format number comes first.\n    format: 2,\n"
    ));
    assert!(out.ends_with("    // That is all for now.\n) // end of the map\n// Last line.\n"));
    let map = read(HAND_WRITTEN);
    assert_eq!(
        map.kept.comments.at(&Anchor::Top).unwrap().before.len(),
        2,
        "the two head comments belong to the map"
    );
}

#[test]
fn comments_inside_an_item_are_kept_before_it() {
    let out = formatted(HAND_WRITTEN);
    let social = line_of(&out, "name: \"Social services\"");
    assert_eq!(
        &out.lines().collect::<Vec<_>>()[social - 3..social],
        [
            "        // checked with Ann",
            "        // their full name, not \"social\"",
            "        /* the lead */",
        ]
    );
}

#[test]
fn a_commented_out_item_is_kept_where_it_was() {
    let out = formatted(HAND_WRITTEN);
    let teachers = line_of(&out, "// (id: \"a3\"");
    assert!(line(&out, teachers - 1).contains("name: \"Social services\""));
    assert_eq!(line(&out, teachers + 1), "    ],");
    // In a list that is otherwise empty, the list opens to hold it.
    assert!(out.contains(
        "    notes: [\n        // (id: \"n1\", text: \"Ask about the rota\"),\n    ],\n"
    ));
}

#[test]
fn formatting_a_formatted_file_changes_nothing() {
    let once = formatted(HAND_WRITTEN);
    assert_eq!(formatted(&once), once);
    assert!(file::is_canonical(once.as_bytes()).unwrap());
    assert!(!file::is_canonical(HAND_WRITTEN.as_bytes()).unwrap());
    assert_eq!(read(&once).kept.comments, read(HAND_WRITTEN).kept.comments);
}

#[test]
fn every_comment_of_the_hand_written_file_is_written_back() {
    let out = formatted(HAND_WRITTEN);
    let mut rest = HAND_WRITTEN;
    let mut count = 0;
    while let Some(start) = rest.find("//").into_iter().chain(rest.find("/*")).min() {
        let comment = if rest[start..].starts_with("//") {
            rest[start..].lines().next().unwrap()
        } else {
            &rest[start..start + rest[start..].find("*/").unwrap() + 2]
        };
        assert!(out.contains(comment), "{comment:?} is missing from\n{out}");
        rest = &rest[start + comment.len()..];
        count += 1;
    }
    assert_eq!(count, 16);
}

#[test]
fn what_looks_like_a_comment_inside_text_is_text() {
    let text = r###"(
    format: 2,
    title: "See https://example.org /* not a comment */",
    purpose: r##"// nor "# this"##,
    communities: [(id: "a1", name: "Slash // star /*")], // a real one
)
"###;
    let map = read(text);
    assert_eq!(map.meta.purpose, "// nor \"# this");
    assert_eq!(
        map.meta.title,
        "See https://example.org /* not a comment */"
    );
    let all: Vec<_> = map.kept.comments.attached.values().collect();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].after, ["// a real one"]);
    let out = formatted(text);
    assert_eq!(formatted(&out), out);
}

#[test]
fn windows_line_endings_in_comments_become_plain_ones() {
    let text = HAND_WRITTEN.replace('\n', "\r\n");
    let out = formatted(&text);
    assert!(!out.contains('\r'));
    assert_eq!(out, formatted(HAND_WRITTEN));
}

#[test]
fn comments_follow_their_item_through_edits() {
    let mut doc = Document::new(read(HAND_WRITTEN));
    let police = community(doc.map(), "Police");
    let mut renamed = doc.map().communities.get(police).unwrap().clone();
    renamed.name = "Police officers".into();
    doc.apply(Edit::Update(Item::Community(renamed))).unwrap();
    doc.apply(Edit::Move(vec![(police, Point::new(500.0, 20.0))]))
        .unwrap();
    let out = file::to_text(doc.map());
    let at = line_of(&out, "name: \"Police officers\"");
    assert_eq!(
        line(&out, at - 1),
        "        // The police asked for this workshop."
    );
    assert!(line(&out, at).ends_with("// they came in numbers"));
}

#[test]
fn a_deleted_item_drops_its_comments_and_undo_brings_them_back() {
    let mut doc = Document::new(read(HAND_WRITTEN));
    let with_police = file::to_text(doc.map());
    let police = community(doc.map(), "Police");
    doc.apply(Edit::Remove(vec![police])).unwrap();
    let without = file::to_text(doc.map());
    assert!(!without.contains("The police asked"), "{without}");
    assert!(!without.contains("they came in numbers"));
    assert!(
        without.contains("// Referral workshop"),
        "the map's own comments stay"
    );
    assert_eq!(formatted(&without), without);
    assert!(doc.undo());
    assert_eq!(file::to_text(doc.map()), with_police);
}

#[test]
fn comments_among_the_saved_views_are_listed_as_lost() {
    let text = r#"(
    format: 2,
    title: "Views",
    views: [ // kept: beside the list
        // lost: before a view
        (name: "All", centre: (x: 0.0, y: 0.0), size: (w: 10.0, h: 10.0)), // lost: beside a view
        // kept: at the end of the list
    ],
)
"#;
    let map = read(text);
    let lost: Vec<_> = map
        .kept
        .comments
        .lost
        .iter()
        .map(|c| (c.line, c.column, c.text.as_str()))
        .collect();
    assert_eq!(
        lost,
        [
            (5, 9, "// lost: before a view"),
            (6, 76, "// lost: beside a view")
        ]
    );
    let out = file::to_text(&map);
    assert!(!out.contains("lost:"));
    assert!(out.contains("    views: [ // kept: beside the list\n"));
    assert!(out.contains("        // kept: at the end of the list\n    ],\n"));
    assert_eq!(formatted(&out), out);
}

#[test]
fn comments_of_an_empty_field_move_to_the_next_line_written() {
    let text = r#"(
    format: 2,
    title: "Tiny",
    // the purpose is for later
    purpose: "", // still for later
    communities: [],
    views: [], // none yet
)
"#;
    let out = formatted(text);
    assert!(
        out.contains(
            "    // the purpose is for later\n    // still for later\n    communities: [],\n"
        ),
        "{out}"
    );
    assert!(out.contains("    // none yet\n)\n"), "{out}");
    assert_eq!(formatted(&out), out);
}

/// Every line of every example, with a comment before some lines and
/// beside others, formats to a file that formats to itself and keeps every
/// comment.
#[test]
fn comments_anywhere_in_the_examples_survive_and_settle() {
    let mut rng = fastrand::Rng::with_seed(10);
    for example in examples() {
        let text = std::fs::read_to_string(&example).unwrap();
        let mut marked = String::new();
        let mut made = Vec::new();
        let mut views = false;
        for (n, l) in text.lines().enumerate() {
            views |= l.starts_with("    views:");
            let indent = &l[..l.len() - l.trim_start().len()];
            let can_lose = views && l != "    ],";
            if rng.u8(..4) == 0 && !can_lose {
                let c = format!("// before line {n}");
                marked.push_str(&format!("{indent}{c}\n"));
                made.push(c);
            }
            marked.push_str(l);
            if rng.u8(..4) == 0 && !(views && l.starts_with("        ")) {
                let c = format!("/* beside line {n} */");
                marked.push(' ');
                marked.push_str(&c);
                made.push(c);
            }
            marked.push('\n');
        }
        let map = read(&marked);
        assert!(map.kept.comments.lost.is_empty(), "{example:?}");
        let out = file::to_text(&map);
        for c in &made {
            assert!(out.contains(c.as_str()), "{example:?} lost {c}");
        }
        assert_eq!(formatted(&out), out, "{example:?} does not settle");
    }
}

fn examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    found.sort();
    assert!(found.len() >= 4);
    found
}

#[test]
fn the_examples_still_round_trip_byte_for_byte() {
    for example in examples() {
        let bytes = std::fs::read(&example).unwrap();
        let map = file::parse(&bytes).unwrap();
        assert!(map.kept.comments.is_empty());
        assert_eq!(file::to_text(&map).as_bytes(), bytes, "{example:?}");
    }
}

fn convene(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run convene")
}

#[test]
fn fmt_keeps_comments_and_a_second_fmt_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    std::fs::write(&path, HAND_WRITTEN).unwrap();
    let done = convene(&["fmt", "map.ron"], dir.path());
    assert_eq!(done.status.code(), Some(0));
    let once = std::fs::read_to_string(&path).unwrap();
    assert_eq!(once, formatted(HAND_WRITTEN));
    let check = convene(&["fmt", "--check", "map.ron"], dir.path());
    assert_eq!(
        check.status.code(),
        Some(0),
        "a formatted file is canonical"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), once);
}

#[test]
fn fmt_refuses_to_drop_comments_and_lists_them_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("views.ron");
    let text = r#"(
    format: 2,
    title: "Views",
    views: [
        /* The opening view, shown first in every workshop we run. */ (name: "All", centre: (x: 0.0, y: 0.0), size: (w: 10.0, h: 10.0)),
    ],
)
"#;
    std::fs::write(&path, text).unwrap();
    let refused = convene(&["fmt", "views.ron"], dir.path());
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.starts_with(
            "views.ron:5:9: comment \"/* The opening view, shown first in ever…\" would be lost\n"
        ),
        "{said}"
    );
    assert!(said.contains("--drop-comments"), "{said}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "left alone");

    let dropped = convene(&["fmt", "--drop-comments", "views.ron"], dir.path());
    assert_eq!(dropped.status.code(), Some(0));
    let out = std::fs::read_to_string(&path).unwrap();
    assert!(!out.contains("opening view"));
    assert!(file::is_canonical(out.as_bytes()).unwrap());
}

#[test]
fn a_file_of_nothing_but_comments_is_read_without_filling_memory() {
    let mut text = String::from("(\n    format: 2,\n    title: \"Crafted\",\n    views: [\n");
    let view = "        (name: \"v\", centre: (x: 0.0, y: 0.0), size: (w: 1.0, h: 1.0)),\n";
    text.push_str(&"        //\n".repeat(150_000));
    text.push_str(view);
    text.push_str("    ],\n)\n");
    let map = read(&text);
    let comments = &map.kept.comments;
    assert_eq!(comments.lost.len(), 100_000, "only so many are listed");
    assert_eq!(comments.lost_count(), 150_000, "the rest are counted");
    assert_eq!((comments.lost[1].line, comments.lost[1].column), (6, 9));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("crafted.ron"), &text).unwrap();
    let refused = convene(&["fmt", "crafted.ron"], dir.path());
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(said.lines().count(), 22, "twenty listed, the rest counted");
    assert!(said.contains("crafted.ron: 149980 more comments would be lost\n"));
}
