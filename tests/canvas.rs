//! JSON Canvas both ways: maps go out and come back equal, real files from
//! other tools come in with what they hold counted by hand, and what
//! Convene has no place for goes back out; bad files give messages, never
//! a panic.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod common;

use std::path::{Path, PathBuf};

use convene::export::canvas::{self, CanvasError};
use convene::export::secrets::planted;
use convene::export::{Scope, prepare};
use convene::model::*;
use convene::{Document, Edit};
use proptest::prelude::*;
use serde_json::Value;

fn out(map: &Map) -> String {
    canvas::write(&prepare(map, &Scope::Whole, true).unwrap())
}

fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/jsoncanvas")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

const CORPUS: [&str; 4] = [
    "hesprs-json-canvas-viewer-demo.canvas",
    "obsidianmd-jsoncanvas-sample.canvas",
    "rspress-plugin-obsidian-canvas-Demo.canvas",
    "trbndev-jsoncanvas-test-Canvas.canvas",
];

/// Out and back in gives the same map, and out again the same bytes.
fn assert_round_trip(map: &Map) {
    let text = out(map);
    let back = canvas::read(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(&back.map, map, "{text}");
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert_eq!(out(&back.map), text, "the same map gives the same bytes");
}

#[test]
fn the_sample_map_goes_out_and_comes_back_equal() {
    let doc = common::sample();
    assert_round_trip(doc.map());
    let text = out(doc.map());
    let file: Value = serde_json::from_str(&text).unwrap();
    let nodes = file["nodes"].as_array().unwrap();
    let node = |id: Id| {
        nodes
            .iter()
            .find(|n| n["id"] == id.to_string())
            .unwrap_or_else(|| panic!("no node {id}"))
    };
    assert_eq!(node(common::PSY)["type"], "text");
    assert_eq!(node(common::PSY)["text"], "Psychiatrists");
    assert!(
        node(common::PSY)["color"]
            .as_str()
            .unwrap()
            .starts_with('#')
    );
    assert_eq!(node(common::GROUP)["type"], "group");
    assert_eq!(node(common::NOTE)["type"], "text");
    assert_eq!(
        node(common::A_GUIDELINES)["type"],
        "text",
        "an activity card"
    );
    // The three-sided boundary stands as a node joined to each side.
    assert_eq!(node(common::B_ALL)["type"], "text");
    let edges = file["edges"].as_array().unwrap();
    let two_sided = edges
        .iter()
        .find(|e| e["id"] == common::B_PSY_SOC.to_string())
        .unwrap();
    assert_eq!(two_sided["fromNode"], common::PSY.to_string());
    assert_eq!(two_sided["toNode"], common::SOC.to_string());
    assert_eq!(two_sided["toEnd"], "none", "a boundary has no arrow");
    let joins = |from: Id| {
        edges
            .iter()
            .filter(|e| e["fromNode"] == from.to_string())
            .count()
    };
    let all = doc.map().boundaries.get(common::B_ALL).unwrap();
    assert_eq!(joins(common::B_ALL), all.between.len());
    assert!(
        joins(common::A_GUIDELINES) >= 2,
        "the card joins its parties"
    );
    assert_eq!(file["convene"]["title"], "Referrals");
}

#[test]
fn every_example_map_goes_out_and_comes_back_equal() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let map = convene::file::read(&path).unwrap();
            assert!(!map.is_empty());
            assert_round_trip(&map);
            seen += 1;
        }
    }
    assert!(seen >= 4, "the examples were found");
}

#[test]
fn confidential_items_stay_out_unless_asked_for() {
    const SECRET: &str = "SENTINEL-c4nv4s";
    let map = planted(SECRET);
    let shared = canvas::write(&prepare(&map, &Scope::Whole, false).unwrap());
    assert!(!shared.contains(SECRET), "{shared}");
    assert!(
        shared.contains("Ask about waiting lists"),
        "the open note goes out"
    );
    let all = canvas::write(&prepare(&map, &Scope::Whole, true).unwrap());
    assert!(
        all.contains(SECRET),
        "asked for, the confidential items go out"
    );
    assert_eq!(canvas::read(&all).unwrap().map, map);
}

/// How many items of each kind came in: communities, notes, groups,
/// boundaries.
fn kinds(map: &Map) -> [usize; 4] {
    [
        map.communities.len(),
        map.notes.len(),
        map.groups.len(),
        map.boundaries.len(),
    ]
}

#[test]
fn real_files_come_in_as_counted_by_hand() {
    // 8 groups; 12 one-line text nodes ("### Interface" and the like)
    // become communities; 9 longer text nodes, a file and a link become
    // notes; 9 of the 30 lines join two communities.
    let hes = canvas::read(&corpus(CORPUS[0])).unwrap();
    assert_eq!(kinds(&hes.map), [12, 11, 8, 9]);
    assert_eq!(hes.map.kept.canvas_edges.len(), 21);
    let main = hes
        .map
        .communities
        .get(Id::parse("43c6ee8f4e535cc9").unwrap());
    assert_eq!(main.unwrap().name, "Main Interface");
    let after = hes
        .map
        .boundaries
        .get(Id::parse("69024ca37afac075").unwrap())
        .unwrap();
    assert_eq!(after.label, "After\nProcessing");
    assert!(
        hes.notes.iter().any(|n| n.contains("21 lines")),
        "{:?}",
        hes.notes
    );
    let group = hes
        .map
        .groups
        .get(Id::parse("9d2fd1cf9560b5cf").unwrap())
        .unwrap();
    assert_eq!(group.label, "Main Class");
    assert_eq!(group.colour, Colour::PALETTE[5], "preset 1 is red");

    // A group, three files and a long text: five notes and a group.
    let sample = canvas::read(&corpus(CORPUS[1])).unwrap();
    assert_eq!(kinds(&sample.map), [0, 4, 1, 0]);
    assert!(sample.map.notes.iter().any(|n| n.text == "readme.md"));

    // Two long texts, a file with a subpath and a link: four notes.
    let demo = canvas::read(&corpus(CORPUS[2])).unwrap();
    assert_eq!(kinds(&demo.map), [0, 4, 1, 0]);
    let texts: Vec<&str> = demo.map.notes.iter().map(|n| n.text.as_str()).collect();
    assert!(texts.contains(&"Welcome.md#getting-started"), "{texts:?}");
    assert!(texts.contains(&"https://rspress.dev"), "{texts:?}");

    // Two text nodes without text (against the spec): two empty notes.
    let bare = canvas::read(&corpus(CORPUS[3])).unwrap();
    assert_eq!(kinds(&bare.map), [0, 2, 0, 0]);
    assert_eq!(
        bare.notes
            .iter()
            .filter(|n| n.contains("has no text"))
            .count(),
        2
    );
}

/// The fields of the file's own nodes and edges that Convene writes from
/// the map itself.
const OWN: [&str; 12] = [
    "id", "type", "x", "y", "width", "height", "color", "text", "label", "fromNode", "toNode",
    "convene",
];

fn by_id(list: &Value) -> Vec<(String, serde_json::Map<String, Value>)> {
    list.as_array()
        .map(|l| {
            l.iter()
                .filter_map(|v| Some((v["id"].as_str()?.to_owned(), v.as_object()?.clone())))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn real_files_go_back_out_with_everything_convene_does_not_use() {
    for name in CORPUS {
        let text = corpus(name);
        let first = canvas::read(&text).unwrap();
        let written = out(&first.map);
        let again = canvas::read(&written).unwrap();
        assert_eq!(again.map, first.map, "{name}: in, out and in again");
        assert_eq!(out(&again.map), written, "{name}: the same bytes");
        let before: Value = serde_json::from_str(&text).unwrap();
        let after: Value = serde_json::from_str(&written).unwrap();
        for list in ["nodes", "edges"] {
            let back = by_id(&after[list]);
            let originals = by_id(&before[list]);
            assert_eq!(originals.len(), before[list].as_array().unwrap().len());
            for (id, fields) in originals {
                let (_, copy) = back
                    .iter()
                    .find(|(b, _)| *b == id)
                    .unwrap_or_else(|| panic!("{name}: {list} {id} went missing"));
                for (key, value) in fields.iter().filter(|(k, _)| !OWN.contains(&k.as_str())) {
                    assert_eq!(copy.get(key), Some(value), "{name}: {id}.{key}");
                }
                for end in ["fromNode", "toNode"] {
                    assert_eq!(copy.get(end), fields.get(end), "{name}: {id}.{end}");
                }
                if let Some(Value::String(c)) = fields.get("color") {
                    assert_eq!(copy.get("color"), Some(&Value::String(c.clone())));
                }
            }
        }
        for (key, value) in before.as_object().unwrap() {
            if !["nodes", "edges"].contains(&key.as_str()) {
                assert_eq!(after.get(key), Some(value), "{name}: top-level {key}");
            }
        }
    }
}

#[test]
fn file_and_link_nodes_go_back_out_as_files_and_links() {
    let demo = canvas::read(&corpus(CORPUS[2])).unwrap();
    let after: Value = serde_json::from_str(&out(&demo.map)).unwrap();
    let node = |id: &str| {
        after["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(node("node-2")["type"], "file");
    assert_eq!(node("node-2")["subpath"], "#getting-started");
    assert_eq!(node("node-3")["type"], "link");
    assert_eq!(node("node-1")["type"], "text");
}

fn err(text: &str) -> String {
    canvas::read(text).unwrap_err().to_string()
}

#[test]
fn broken_files_say_what_and_where() {
    let e = err("{\n  \"nodes\": [\n    {\"id\": \"a\",, }\n  ]\n}");
    assert!(e.contains("line 3"), "{e}");
    assert!(err("[1, 2]").contains("no JSON object"));
    assert!(err("{\"nodes\": 3}").contains("\"nodes\" is not a list"));
    let e = err("{\"nodes\": [{\"type\": \"text\"}]}");
    assert_eq!(e, "The 1st node: it has no id.");
    let e = err(r#"{"nodes": [{"id": "n1", "type": "text", "x": "left"}]}"#);
    assert_eq!(e, "Node \"n1\" (the 1st node): its \"x\" is not a number.");
    let e = err(r#"{"nodes": [{"id": "n1", "type": "text", "text": 5}]}"#);
    assert!(e.contains("\"text\" is not text"), "{e}");
    let e = err(r#"{"edges": [{"id": "e1", "fromNode": 1, "toNode": "b"}]}"#);
    assert!(e.starts_with("Edge \"e1\""), "{e}");
    assert!(err("").contains("line 1"));
    let deep = "[".repeat(100_000);
    assert!(err(&deep).contains("not a canvas file"));
}

fn node(id: &str, text: &str, x: i32) -> String {
    format!(
        r#"{{"id":"{id}","type":"text","text":"{text}","x":{x},"y":0,"width":100,"height":50}}"#
    )
}

#[test]
fn odd_lines_are_handled_and_told() {
    let file = format!(
        r#"{{"nodes":[{},{},{}],"edges":[
            {{"id":"e1","fromNode":"a","toNode":"b","label":"referrals","toEnd":"none"}},
            {{"id":"e2","fromNode":"b","toNode":"a"}},
            {{"id":"e3","fromNode":"a","toNode":"ghost"}},
            {{"id":"e4","fromNode":"a","toNode":"a"}}
        ]}}"#,
        node("a", "Nurses", 0),
        node("b", "Doctors", 200),
        node("a", "Porters", 400),
    );
    let r = canvas::read(&file).unwrap();
    assert_eq!(r.map.communities.len(), 3, "a repeated id is its own item");
    assert_eq!(r.map.boundaries.len(), 1, "parallel lines are one boundary");
    let b = r.map.boundaries.iter().next().unwrap();
    assert_eq!(b.label, "referrals");
    let said = r.notes.join("\n");
    assert!(said.contains("same id as an earlier node"), "{said}");
    assert!(
        said.contains("Edge \"e2\" (the 2nd edge) is a second line"),
        "{said}"
    );
    assert!(said.contains("\"ghost\", which is not a node"), "{said}");
    assert!(said.contains("1 line join"), "the loop is kept: {said}");
    let written = out(&r.map);
    assert!(written.contains("\"toEnd\": \"none\""), "{written}");
    assert!(written.contains("\"e2\""), "the second line goes back out");
    assert!(!written.contains("ghost"), "the line to nowhere is gone");
}

#[test]
fn a_huge_file_is_refused_quickly_and_a_large_one_reads() {
    let huge = " ".repeat(canvas::SIZE_LIMIT_MB * 1_000_000 + 1);
    assert!(matches!(
        canvas::read(&huge),
        Err(CanvasError::TooLarge { .. })
    ));
    let nodes: Vec<String> = (0..20_000)
        .map(|i| node(&format!("n{i}"), &format!("Community {i}"), i))
        .collect();
    let edges: Vec<String> = (1..20_000)
        .map(|i| format!(r#"{{"id":"e{i}","fromNode":"n{}","toNode":"n{i}"}}"#, i - 1))
        .collect();
    let file = format!(
        r#"{{"nodes":[{}],"edges":[{}]}}"#,
        nodes.join(","),
        edges.join(",")
    );
    let start = std::time::Instant::now();
    let r = canvas::read(&file).unwrap();
    assert_eq!(r.map.communities.len(), 20_000);
    assert_eq!(r.map.boundaries.len(), 19_999);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

// ---- Random maps ----

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z ,.'-]{0,16}",
        1 => any::<String>(),
        1 => Just("quote \" backslash \\ newline \n tab \t".to_owned()),
    ]
}

fn coord() -> impl Strategy<Value = f32> {
    prop_oneof![
        3 => -5000.0f32..5000.0,
        1 => prop::num::f32::NORMAL | prop::num::f32::ZERO,
    ]
}

fn point() -> impl Strategy<Value = Point> {
    (coord(), coord()).prop_map(|(x, y)| Point::new(x, y))
}

fn colour() -> impl Strategy<Value = Colour> {
    any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Colour::rgb(r, g, b))
}

/// Sides (as indexes into the parties), label, note, and tensions
/// (severity, statement, confidential).
type BoundaryPlan = (Vec<usize>, String, String, Vec<(u8, String, bool)>);
/// Title, boundary index, date (year, month, day), owner.
type ActivityPlan = (String, usize, Option<(u16, u8, u8)>, String);

/// A random map, as plain values turned into items by [`build`].
#[derive(Debug, Clone)]
struct Plan {
    parties: Vec<(String, Point, Colour, bool, String)>,
    boundaries: Vec<BoundaryPlan>,
    activities: Vec<ActivityPlan>,
    notes: Vec<(String, Point, f32, bool)>,
    groups: Vec<(String, Point, f32)>,
    meta: (String, String),
    views: Vec<(String, Point, f32)>,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec((text(), point(), colour(), any::<bool>(), text()), 2..7),
        prop::collection::vec(
            (
                prop::collection::vec(0usize..7, 2..4),
                text(),
                text(),
                prop::collection::vec((1u8..=5, text(), any::<bool>()), 0..3),
            ),
            0..5,
        ),
        prop::collection::vec(
            (
                text(),
                0usize..5,
                prop::option::of((2000u16..2100, 1u8..=12, 1u8..=28)),
                text(),
            ),
            0..4,
        ),
        prop::collection::vec((text(), point(), 1.0f32..900.0, any::<bool>()), 0..3),
        prop::collection::vec((text(), point(), 1.0f32..900.0), 0..3),
        (text(), text()),
        prop::collection::vec((text(), point(), 1.0f32..3000.0), 0..3),
    )
        .prop_map(
            |(parties, boundaries, activities, notes, groups, meta, views)| Plan {
                parties,
                boundaries,
                activities,
                notes,
                groups,
                meta,
                views,
            },
        )
}

fn build(plan: Plan) -> Map {
    let mut n = 0x1000u64;
    let mut next = || {
        n += 1;
        Id::from_u64(n.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    };
    let mut items: Vec<Item> = Vec::new();
    let mut parties = Vec::new();
    for (i, (name, pos, colour, pinned, extra)) in plan.parties.into_iter().enumerate() {
        let id = next();
        parties.push(id);
        if i % 3 == 2 {
            let mut s = Stakeholder::new(id, name, pos);
            s.colour = colour;
            s.pinned = pinned;
            s.wants = extra;
            items.push(s.into());
        } else {
            let mut c = Community::new(id, name, pos);
            c.colour = colour;
            c.pinned = pinned;
            c.practice = extra.clone();
            c.terms = vec![extra];
            c.size = pinned.then_some(12);
            items.push(c.into());
        }
    }
    let mut boundaries = Vec::new();
    let mut tensions = Vec::new();
    for (sides, label, note, ts) in plan.boundaries {
        let mut between: Vec<Id> = Vec::new();
        for s in sides {
            let p = parties[s % parties.len()];
            if !between.contains(&p) {
                between.push(p);
            }
        }
        if between.len() < 2 {
            continue;
        }
        let mut b = Boundary::new(next(), between.clone());
        b.label = label;
        b.note = note;
        for (sev, statement, confidential) in ts {
            let mut t = Tension::new(
                next(),
                b.id,
                TensionKind::Other(statement.clone()),
                Severity::new(sev).unwrap(),
            );
            t.statement = statement;
            t.confidential = confidential;
            t.raised_by = Some(between[0]);
            tensions.push(t.id);
            items.push(t.into());
        }
        boundaries.push(b.id);
        items.insert(parties.len(), b.into());
    }
    for (title, b, date, owner) in plan.activities {
        let on = boundaries.get(b).copied().into_iter().collect();
        let mut a = Activity::new(next(), ActivityKind::Visit, title, on);
        a.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
        a.owner = owner;
        a.tensions = tensions.first().copied().into_iter().collect();
        a.participants = parties.iter().take(2).copied().collect();
        items.push(a.into());
    }
    for (text, pos, w, confidential) in plan.notes {
        let mut n = Note::new(next(), text, pos);
        n.size = Size::new(w, w / 2.0);
        n.confidential = confidential;
        items.push(n.into());
    }
    for (label, pos, w) in plan.groups {
        items.push(Group::new(next(), label, pos, Size::new(w, w)).into());
    }
    if let (Some(&b), Some(&p)) = (boundaries.first(), parties.first()) {
        items.push(
            Broker {
                id: next(),
                name: "Ann".into(),
                communities: vec![p],
                boundaries: vec![b],
                note: String::new(),
            }
            .into(),
        );
    }
    let mut meta = Meta::titled(plan.meta.0);
    meta.place = plan.meta.1;
    let mut doc = Document::new(Map::new(meta));
    doc.apply(Edit::Batch(items.into_iter().map(Edit::Add).collect()))
        .unwrap();
    // Views go in as an edit too, so they are rounded as a file holds them.
    let views = plan
        .views
        .into_iter()
        .map(|(name, centre, w)| SavedView::new(name, centre, Size::new(w, w * 0.75)))
        .collect();
    doc.apply(Edit::SetViews(views)).unwrap();
    doc.map().clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_go_out_and_come_back_equal(plan in plan()) {
        let map = build(plan);
        let text = out(&map);
        let back = canvas::read(&text).unwrap();
        prop_assert_eq!(&back.map, &map);
        prop_assert!(back.notes.is_empty(), "{:?}", back.notes);
        prop_assert_eq!(out(&back.map), text);
    }
}

#[test]
fn changes_made_in_another_tool_come_back_with_the_map() {
    let doc = common::sample();
    let text = out(doc.map());
    let mut file: Value = serde_json::from_str(&text).unwrap();
    let nodes = file["nodes"].as_array_mut().unwrap();
    for node in nodes.iter_mut() {
        if node["id"] == common::PSY.to_string() {
            node["text"] = "Psychiatry team".into();
            node["x"] = (node["x"].as_i64().unwrap() + 100).into();
        }
        if node["id"] == common::NOTE.to_string() {
            node["color"] = "4".into();
            node["width"] = 300.into();
        }
    }
    let edges = file["edges"].as_array_mut().unwrap();
    for edge in edges.iter_mut() {
        if edge["id"] == common::B_PSY_SOC.to_string() {
            edge["label"] = "Referrals".into();
        }
    }
    let back = canvas::read(&file.to_string()).unwrap();
    let before = doc.map();
    let psy = back.map.communities.get(common::PSY).unwrap();
    assert_eq!(psy.name, "Psychiatry team");
    let was = before.communities.get(common::PSY).unwrap();
    assert_eq!(psy.pos, Point::new(was.pos.x + 100.0, was.pos.y));
    assert_eq!(psy.terms, was.terms, "what the canvas does not show stays");
    let note = back.map.notes.get(common::NOTE).unwrap();
    assert_eq!(note.colour, Colour::PALETTE[2], "preset 4 is green");
    assert_eq!(note.size.w, 300.0);
    let b = back.map.boundaries.get(common::B_PSY_SOC).unwrap();
    assert_eq!(b.label, "Referrals");
    assert_eq!(
        back.map.communities.get(common::SOC),
        before.communities.get(common::SOC)
    );
    assert_eq!(back.map.tensions, before.tensions);
    assert_eq!(
        back.notes,
        ["3 items were changed in another tool; they came in as the file has them now."]
    );
}
