//! The graph formats: well-formed, typed, the same bytes each time, and
//! nothing confidential unless asked for.

use super::*;
use crate::export::secrets::{PLANTED, planted};
use crate::export::xml::escape;
use crate::export::{Format, Options, Scope, prepare, write};
use crate::model::{Boundary, Community, Id, Item, Map, Point};
use crate::{Document, Edit};

const SECRET: &str = "SENTINEL-graph-51";

fn all_bytes(map: &Map, format: Format, include_confidential: bool) -> Vec<u8> {
    let options = Options {
        format,
        include_confidential,
        ..Options::default()
    };
    let out = write(map, &options).expect("the export works");
    out.parts.into_iter().flat_map(|p| p.bytes).collect()
}

/// The map with `items` added.
fn with(map: Map, items: Vec<Item>) -> Map {
    let mut doc = Document::new(map);
    doc.apply(Edit::Batch(items.into_iter().map(Edit::Add).collect()))
        .expect("valid items");
    doc.map().clone()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn escaping_makes_any_text_safe_in_xml() {
    assert_eq!(
        escape("<Tom & \"Jerry's\">\nnext\u{1}\ttab"),
        "&lt;Tom &amp; &quot;Jerry&apos;s&quot;&gt;&#10;next\ttab"
    );
    let doc = format!(
        "<a b=\"{}\">{}</a>",
        escape("\"'<>&\r\n"),
        escape("é ✓ \u{0}")
    );
    let parsed = roxmltree::Document::parse(&doc).expect("well-formed");
    assert_eq!(parsed.root_element().attribute("b"), Some("\"'<>&\r\n"));
    assert_eq!(parsed.root_element().text(), Some("é ✓ "));
}

#[test]
fn graphml_is_well_formed_typed_and_the_same_each_time() {
    let odd = Community::new(Id::from_u64(77), "<Tom & \"Jerry\">", Point::new(1.5, -2.0));
    let map = with(planted(SECRET), vec![odd.into()]);
    let p = prepare(&map, &Scope::Whole, false).expect("whole");
    let text = graphml(&p);
    assert_eq!(text, graphml(&p), "the same map gives the same bytes");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let el = |name: &'static str| doc.descendants().filter(move |n| n.has_tag_name(name));
    for key in el("key") {
        assert!(key.attribute("attr.type").is_some(), "every key is typed");
    }
    // Three communities, a stakeholder and an activity; the boundary and
    // the activity's links to both sides are edges.
    assert_eq!(el("node").count(), 5);
    assert_eq!(el("edge").count(), 3);
    let label = |node: roxmltree::Node<'_, '_>| {
        node.children()
            .find(|d| d.attribute("key") == Some("n_label"))
            .and_then(|d| d.text())
            .map(str::to_owned)
    };
    assert!(el("node").any(|n| label(n).as_deref() == Some("<Tom & \"Jerry\">")));
    let odd_node = el("node")
        .find(|n| n.attribute("id") == Some(&Id::from_u64(77).to_string()))
        .expect("the odd community");
    let x = odd_node
        .children()
        .find(|d| d.attribute("key") == Some("n_x"))
        .and_then(|d| d.text());
    assert_eq!(x, Some("1.5"));
    let edge = el("edge")
        .find(|e| e.children().any(|d| d.text() == Some("Boundary")))
        .expect("the boundary");
    let open = edge
        .children()
        .find(|d| d.attribute("key") == Some("e_open"))
        .and_then(|d| d.text());
    assert_eq!(open, Some("1"), "only the shared tension counts");
    assert!(text.contains("2 confidential items were left out."));
}

#[test]
fn a_boundary_of_three_is_a_node_joined_to_each_side() {
    let ids: Vec<Id> = (1..=3).map(Id::from_u64).collect();
    let mut items: Vec<Item> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            Community::new(id, format!("C{i}"), Point::new(i as f32 * 300.0, 0.0)).into()
        })
        .collect();
    items.push(Boundary::new(Id::from_u64(9), ids.clone()).into());
    let map = with(Map::new(crate::model::Meta::titled("Three")), items);
    let net = Network::of(&map);
    let node = net
        .nodes
        .iter()
        .find(|n| n.kind == "Boundary")
        .expect("the boundary is a node");
    assert_eq!(node.pos, Some(Point::new(300.0, 0.0)), "in the middle");
    let sides: Vec<&str> = net
        .edges
        .iter()
        .filter(|e| e.from == node.id)
        .map(|e| e.to.as_str())
        .collect();
    assert_eq!(sides.len(), 3);
    for id in &ids {
        assert!(sides.contains(&id.to_string().as_str()));
    }
    let p = prepare(&map, &Scope::Whole, false).expect("whole");
    roxmltree::Document::parse(&graphml(&p)).expect("well-formed");
}

#[test]
fn node_and_edge_lists_have_kumu_headers_a_bom_and_matching_ids() {
    let accent = Community::new(
        Id::from_u64(78),
        "Éducateurs, \"spécialisés\"",
        Point::new(0.0, 0.0),
    );
    let map = with(planted(SECRET), vec![accent.into()]);
    let p = prepare(&map, &Scope::Whole, false).expect("whole");
    let (nodes, edges) = network_csv(&p).expect("lists");
    assert_eq!(
        (nodes.clone(), edges.clone()),
        network_csv(&p).expect("again")
    );
    for bytes in [&nodes, &edges] {
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    }
    let read = |bytes: &[u8]| {
        let mut r = csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = r
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|r| r.expect("row").iter().map(str::to_owned).collect())
            .collect();
        (header, rows)
    };
    let (nh, nrows) = read(&nodes);
    let (eh, erows) = read(&edges);
    assert_eq!(&nh[..3], ["ID", "Label", "Type"]);
    assert_eq!(&eh[..3], ["From", "To", "Type"]);
    assert_eq!(nrows.len(), 5);
    assert!(nrows.iter().any(|r| r[1] == "Éducateurs, \"spécialisés\""));
    let ids: Vec<&str> = nrows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(erows.len(), 3);
    for r in &erows {
        assert!(ids.contains(&r[0].as_str()) && ids.contains(&r[1].as_str()));
    }
}

#[test]
fn confidential_text_stays_out_of_graphs_unless_asked_for() {
    let map = planted(SECRET);
    for format in [Format::GraphMl, Format::NetworkCsv] {
        let shared = all_bytes(&map, format, false);
        assert!(!shared.is_empty());
        assert!(!contains(&shared, SECRET), "{format:?} leaked");
        assert!(
            contains(&shared, "Different words for a referral"),
            "{format:?}"
        );
        let all = all_bytes(&map, format, true);
        assert!(
            contains(&all, SECRET),
            "{format:?} dropped what was asked for"
        );
    }
    let out = write(
        &map,
        &Options {
            format: Format::NetworkCsv,
            ..Options::default()
        },
    )
    .expect("lists");
    assert_eq!(out.left_out, PLANTED);
    let suffixes: Vec<&str> = out.parts.iter().map(|p| p.suffix).collect();
    assert_eq!(suffixes, ["-nodes", "-edges"]);
}
