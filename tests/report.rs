//! The workshop report and its spreadsheets, checked on the example maps
//! and on small maps built to have (or not have) each gap.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::PathBuf;

use convene::export::{self, Format, Options, Prepared, Scope, report, secrets};
use convene::model::query::tally;
use convene::model::*;
use convene::{Document, Edit, file};
use pulldown_cmark::{Event, HeadingLevel, Options as MdOptions, Parser, Tag, TagEnd};

/// Every example map, by file name.
fn examples() -> Vec<(String, Map)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| file::is_map_name(p))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "the examples are there");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, file::read(&p).unwrap())
        })
        .collect()
}

fn shared(map: &Map) -> Prepared {
    export::prepare(map, &Scope::Whole, false).unwrap()
}

/// One section of a Markdown report: its heading's level and text, and the
/// tables and list items under it, as a reader sees them (escapes undone).
#[derive(Debug, Default)]
struct Section {
    level: usize,
    heading: String,
    tables: Vec<Vec<Vec<String>>>,
    items: Vec<String>,
    text: String,
}

fn sections(md: &str) -> Vec<Section> {
    let mut out: Vec<Section> = vec![Section::default()];
    let mut in_heading = false;
    let mut cell: Option<String> = None;
    let mut item_depth = 0;
    for event in Parser::new_ext(md, MdOptions::ENABLE_TABLES) {
        let s = out.last_mut().unwrap();
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                };
                out.push(Section {
                    level,
                    ..Section::default()
                });
                in_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Table(_)) => s.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                s.tables.last_mut().unwrap().push(Vec::new())
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().unwrap();
                s.tables.last_mut().unwrap().last_mut().unwrap().push(c);
            }
            Event::Start(Tag::Item) => {
                item_depth += 1;
                s.items.push(String::new());
            }
            Event::End(TagEnd::Item) => item_depth -= 1,
            Event::Text(t) | Event::Code(t) => {
                if in_heading {
                    s.heading.push_str(&t);
                } else {
                    if let Some(c) = cell.as_mut() {
                        c.push_str(&t);
                    } else if item_depth > 0 {
                        s.items.last_mut().unwrap().push_str(&t);
                    }
                    s.text.push_str(&t);
                }
            }
            Event::Html(t) | Event::InlineHtml(t) => panic!("raw HTML in the report: {t}"),
            _ => {}
        }
    }
    out
}

fn section<'a>(all: &'a [Section], heading: &str) -> &'a Section {
    all.iter()
        .find(|s| s.heading == heading)
        .unwrap_or_else(|| panic!("no section {heading:?}"))
}

/// The rows of a section's one table, without its heading row.
fn table<'a>(all: &'a [Section], heading: &str) -> &'a [Vec<String>] {
    let s = section(all, heading);
    assert_eq!(s.tables.len(), 1, "one table under {heading:?}");
    &s.tables[0][1..]
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    let mut r = csv::Reader::from_reader(bytes);
    let headers = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (headers, rows)
}

#[test]
fn the_action_list_is_in_date_order_on_every_example() {
    let mut reordered = 0;
    for (name, map) in examples() {
        let p = shared(&map);
        let md = report::markdown(&p);
        let all = sections(&md);
        let rows = table(&all, "Action list");
        assert_eq!(rows.len(), map.activities.len(), "{name}");
        let dates: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        let dated = dates.iter().take_while(|d| **d != "–").count();
        assert!(
            dates[dated..].iter().all(|d| *d == "–"),
            "{name}: undated last"
        );
        let mut sorted = dates[..dated].to_vec();
        sorted.sort();
        assert_eq!(sorted, dates[..dated], "{name}");
        let map_order: Vec<&str> = map.activities.iter().map(|a| a.title.as_str()).collect();
        let report_order: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
        reordered += usize::from(map_order != report_order);
        for row in rows {
            let a = map
                .activities
                .iter()
                .find(|a| a.title.trim() == row[1])
                .unwrap_or_else(|| panic!("{name}: {:?} is an activity", row[1]));
            let date = a.date.map(|d| d.to_string()).unwrap_or("–".into());
            assert_eq!(row[0], date);
            assert_eq!(row[2], a.kind.label());
            assert_eq!(row[6], a.status.label());
        }

        let (headers, csv) = csv_rows(&report::actions_csv(&p).unwrap());
        assert_eq!(headers[..2], ["Date", "Activity"]);
        assert_eq!(csv.len(), rows.len(), "{name}");
        for (c, m) in csv.iter().zip(rows) {
            let blank = |s: &str| {
                if s.is_empty() {
                    "–".to_owned()
                } else {
                    s.to_owned()
                }
            };
            // The report and the spreadsheet share their first columns;
            // only how lists are joined differs.
            for i in [0, 1, 2, 3, 4, 6, 7] {
                assert_eq!(blank(&c[i]), m[i], "{name}: column {}", headers[i]);
            }
            assert_eq!(c[5].replace("; ", ", "), m[5].replace('–', ""));
        }
    }
    assert!(
        reordered > 0,
        "some example lists its activities out of date order"
    );
}

#[test]
fn undated_activities_come_last_in_the_map_order() {
    let mut doc = Document::new(Map::new(Meta::titled("Dates")));
    let a = Community::new(Id::from_u64(1), "A", Point::new(0.0, 0.0));
    let b = Community::new(Id::from_u64(2), "B", Point::new(100.0, 0.0));
    let boundary = Boundary::new(Id::from_u64(3), vec![a.id, b.id]);
    let mut edits = vec![Edit::Add(a.into()), Edit::Add(b.into())];
    let bid = boundary.id;
    edits.push(Edit::Add(boundary.into()));
    for (n, (title, date)) in [
        ("Undated one", None),
        ("June", Date::new(2026, 6, 1)),
        ("Undated two", None),
        ("March", Date::new(2026, 3, 1)),
    ]
    .into_iter()
    .enumerate()
    {
        let mut act = Activity::new(
            Id::from_u64(10 + n as u64),
            ActivityKind::Visit,
            title,
            vec![bid],
        );
        act.date = date;
        edits.push(Edit::Add(act.into()));
    }
    doc.apply(Edit::Batch(edits)).unwrap();
    let md = report::markdown(&shared(doc.map()));
    let all = sections(&md);
    let titles: Vec<&str> = table(&all, "Action list")
        .iter()
        .map(|r| r[1].as_str())
        .collect();
    assert_eq!(titles, ["March", "June", "Undated one", "Undated two"]);
}

#[test]
fn the_boundary_table_matches_the_tally_on_every_example() {
    for (name, map) in examples() {
        let p = shared(&map);
        let all = sections(&report::markdown(&p));
        let rows = table(&all, "Boundaries");
        assert_eq!(rows.len(), map.boundaries.len(), "{name}");
        let mut open = Vec::new();
        for b in p.map.boundaries.iter() {
            let title = p.map.boundary_title(b);
            let row = rows
                .iter()
                .find(|r| r[0] == title)
                .unwrap_or_else(|| panic!("{name}: no row for {title}"));
            let t = tally(&p.map, b.id);
            assert_eq!(row[2], t.count.to_string(), "{name}: {title}");
            assert_eq!(row[3], t.open.to_string(), "{name}: {title}");
            let worst = t.worst.map(|s| s.get().to_string()).unwrap_or("–".into());
            assert_eq!(row[4], worst, "{name}: {title}");
            open.push(t.open);
        }
        let shown: Vec<usize> = rows.iter().map(|r| r[3].parse().unwrap()).collect();
        let mut busiest_first = shown.clone();
        busiest_first.sort_by(|a, b| b.cmp(a));
        assert_eq!(
            shown, busiest_first,
            "{name}: most tensions still felt first"
        );
        assert!(
            open.iter().sum::<usize>() > 0,
            "{name} has tensions to count"
        );
    }
}

#[test]
fn the_register_lists_every_shared_tension_under_its_boundary() {
    for (name, map) in examples() {
        let p = shared(&map);
        let all = sections(&report::markdown(&p));
        let start = all
            .iter()
            .position(|s| s.heading == "Tensions, boundary by boundary")
            .unwrap();
        let mut seen = 0;
        for s in all[start + 1..].iter().take_while(|s| s.level == 3) {
            let b = p
                .map
                .boundaries
                .iter()
                .find(|b| p.map.boundary_title(b) == s.heading)
                .unwrap_or_else(|| panic!("{name}: {:?} is a boundary", s.heading));
            let rows = &s.tables[0][1..];
            let on: Vec<&Tension> = p.map.tensions_on(b.id).collect();
            assert_eq!(rows.len(), on.len(), "{name}: {}", s.heading);
            for (row, t) in rows.iter().zip(on) {
                assert_eq!(row[1], t.kind.label());
                assert_eq!(row[2], t.severity.get().to_string());
                let whose = t.raised_by.and_then(|r| p.map.party_name(r)).unwrap_or("–");
                assert_eq!(row[3], whose);
                assert_eq!(row[4], t.status.label());
            }
            seen += rows.len();
        }
        assert_eq!(seen, p.map.tensions.len(), "{name}");

        let (headers, csv) = csv_rows(&report::tensions_csv(&p).unwrap());
        assert_eq!(headers[0], "Boundary");
        assert_eq!(csv.len(), p.map.tensions.len(), "{name}");
    }
}

/// Two communities and a boundary between them with one open tension and
/// one activity; `complete` gives the activity an owner, a date and the
/// tension, and the boundary a broker.
fn workshop(complete: bool) -> Map {
    let id = Id::from_u64;
    let a = Community::new(id(1), "Nurses", Point::new(0.0, 0.0));
    let b = Community::new(id(2), "Pharmacists", Point::new(300.0, 0.0));
    let mut boundary = Boundary::new(id(3), vec![a.id, b.id]);
    boundary.label = "Medicines at home".into();
    let mut t = Tension::new(id(4), boundary.id, TensionKind::Terminology, Severity::MAX);
    t.statement = "They say 'dose', we say 'round'".into();
    let mut act = Activity::new(id(5), ActivityKind::Visit, "Ride along", vec![boundary.id]);
    let mut edits = vec![
        Edit::Add(a.into()),
        Edit::Add(b.into()),
        Edit::Add(boundary.into()),
        Edit::Add(t.into()),
    ];
    if complete {
        act.owner = "Ines".into();
        act.date = Date::new(2026, 9, 1);
        act.tensions = vec![id(4)];
        let broker = Broker {
            id: id(6),
            name: "Olu".into(),
            communities: vec![id(1), id(2)],
            boundaries: vec![id(3)],
            note: String::new(),
        };
        edits.push(Edit::Add(broker.into()));
    }
    edits.push(Edit::Add(act.into()));
    let mut doc = Document::new(Map::new(Meta::titled("Home care")));
    doc.apply(Edit::Batch(edits)).unwrap();
    doc.map().clone()
}

const GAPS: [&str; 4] = [
    "Tensions still felt that no activity eases",
    "Activities with no owner",
    "Activities with no date",
    "Boundaries with no broker",
];

#[test]
fn each_gap_is_found_where_it_is_and_not_where_it_is_not() {
    let gappy = sections(&report::markdown(&shared(&workshop(false))));
    let expected = [
        "They say 'dose', we say 'round' (Different terms, severity 5), on Medicines at home",
        "Ride along",
        "Ride along",
        "Medicines at home",
    ];
    for (heading, item) in GAPS.iter().zip(expected) {
        assert_eq!(section(&gappy, heading).items, [item], "{heading}");
    }
    let complete = sections(&report::markdown(&shared(&workshop(true))));
    for heading in GAPS {
        let s = section(&complete, heading);
        assert!(s.items.is_empty(), "{heading}: {:?}", s.items);
        assert_eq!(s.text, "None.");
    }
    assert!(
        section(&complete, "Gaps")
            .text
            .starts_with("Nothing is missing")
    );
}

#[test]
fn names_with_markdown_characters_do_not_break_the_report() {
    let mut map = workshop(false);
    let nasty = "Nurses | *night* _shift_ #2 <script>alert(1)</script> `x`\nsecond line";
    let mut c = map.communities.iter().next().unwrap().clone();
    c.name = nasty.into();
    let mut doc = Document::new(map.clone());
    doc.apply(Edit::Update(c.into())).unwrap();
    map = doc.map().clone();
    let p = shared(&map);
    let md = report::markdown(&p);
    let all = sections(&md);
    let one_line = nasty.replace('\n', " ");
    let rows = table(&all, "Boundaries");
    assert_eq!(rows[0].len(), 7, "the table keeps its columns: {md}");
    assert_eq!(rows[0][1], format!("{one_line}, Pharmacists"));
    assert_eq!(section(&all, "Communities").items[0], one_line);

    let html = report::html(&p, "");
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

/// Every element of the page, checked as a well-formed document with one
/// root, a head and a body.
fn check_page(html: &str, title: &str) {
    let body = html.strip_prefix("<!DOCTYPE html>\n").expect("a doctype");
    let doc = roxmltree::Document::parse(body).unwrap_or_else(|e| panic!("{e}\n{html}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    let parts: Vec<&str> = root
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(parts, ["head", "body"]);
    let t = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text());
    assert_eq!(t, Some(title));
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(
            !matches!(name, "script" | "link" | "img" | "iframe" | "object"),
            "nothing to load or run: <{name}>"
        );
        for attr in node.attributes() {
            let local = matches!(attr.name(), "src" | "href")
                && !(attr.value().starts_with('#') || attr.value().starts_with("data:"));
            assert!(
                !local,
                "no link to another file: {}={}",
                attr.name(),
                attr.value()
            );
        }
    }
    assert!(!html.contains("url(http"), "no outside style");
}

#[test]
fn the_page_is_one_document_with_nothing_outside_it() {
    for (name, map) in examples() {
        let options = Options {
            format: Format::Html,
            ..Options::default()
        };
        let out = export::write(&map, &options).unwrap();
        assert_eq!(out.parts.len(), 1);
        let html = String::from_utf8(out.parts[0].bytes.clone()).unwrap();
        check_page(&html, &map.meta.title);
        assert!(html.contains("<table>"), "{name}");
        assert!(html.contains("<h2>Action list</h2>"), "{name}");
        let picture = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";
        let with_picture = report::html(&shared(&map), picture);
        check_page(&with_picture, &map.meta.title);
        assert!(with_picture.contains(picture), "{name}: the picture inline");
    }
}

#[test]
fn spreadsheets_read_back_with_their_accents() {
    let mut map = workshop(true);
    let mut doc = Document::new(map.clone());
    let mut act = map.activities.iter().next().unwrap().clone();
    act.title = "Visite à domicile, « ensemble »".into();
    act.owner = "=HYPERLINK(\"http://evil\")".into();
    act.host = "Zoë Ångström".into();
    act.participants = vec![Id::from_u64(1), Id::from_u64(2)];
    let mut t = map.tensions.iter().next().unwrap().clone();
    t.note = "Straße; \"Grüße\"\nzweite Zeile".into();
    t.statement = "-1 for us".into();
    doc.apply(Edit::Batch(vec![
        Edit::Update(act.into()),
        Edit::Update(t.into()),
    ]))
    .unwrap();
    map = doc.map().clone();
    let p = shared(&map);

    let (headers, rows) = csv_rows(&report::actions_csv(&p).unwrap());
    let col = |h: &str| headers.iter().position(|x| x == h).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][col("Activity")], "Visite à domicile, « ensemble »");
    assert_eq!(rows[0][col("Host or guide")], "Zoë Ångström");
    assert_eq!(rows[0][col("Owner")], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(rows[0][col("Date")], "2026-09-01");
    assert_eq!(rows[0][col("Taking part")], "Nurses; Pharmacists");

    let (headers, rows) = csv_rows(&report::tensions_csv(&p).unwrap());
    let col = |h: &str| headers.iter().position(|x| x == h).unwrap();
    assert_eq!(rows[0][col("Note")], "Straße; \"Grüße\"\nzweite Zeile");
    assert_eq!(rows[0][col("What was said")], "'-1 for us");
    assert_eq!(rows[0][col("Boundary")], "Medicines at home");
    assert_eq!(rows[0][col("Severity (1–5)")], "5");
}

#[test]
fn confidential_items_stay_out_unless_asked_for() {
    const SECRET: &str = "SENTINEL-c0ffee";
    let map = secrets::planted(SECRET);
    for format in [
        Format::Markdown,
        Format::Html,
        Format::ActionsCsv,
        Format::TensionsCsv,
    ] {
        for include in [false, true] {
            let options = Options {
                format,
                include_confidential: include,
                ..Options::default()
            };
            let out = export::write(&map, &options).unwrap();
            let bytes = &out.parts[0].bytes;
            let found = bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes());
            assert_eq!(
                found, include,
                "{format:?}, include confidential: {include}"
            );
        }
    }
    let md = report::markdown(&shared(&map));
    let words = export::left_out_words(secrets::PLANTED).unwrap();
    assert!(md.contains(&words), "the report says what was left out");
    let all = report::markdown(&export::prepare(&map, &Scope::Whole, true).unwrap());
    assert!(!all.contains("left out"));
    assert!(
        all.contains("(confidential)"),
        "confidential items are marked"
    );
    assert!(
        all.matches(SECRET).count() >= 3,
        "statement, note and sticky note"
    );
}
