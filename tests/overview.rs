//! The overview: the boundary table, find and filters, first as plain
//! queries on a map, then driven through the editor as a person would.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

mod common;

use common::*;
use convene::app::ConveneApp;
use convene::model::query::{self, Column, Filter, IdSet, Sort};
use convene::model::*;
use convene::{Document, Edit, generate};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn sort(column: Column, descending: bool) -> Sort {
    Sort { column, descending }
}

fn order(map: &Map, s: Sort) -> Vec<Id> {
    query::boundary_rows(map, s).iter().map(|r| r.id).collect()
}

fn set(ids: &[Id]) -> IdSet {
    ids.iter().copied().collect()
}

// ---------------------------------------------------------------- rows

#[test]
fn rows_sum_up_each_boundary() {
    let map = sample().map().clone();
    let rows = query::boundary_rows(&map, Sort::default());
    assert_eq!(rows.len(), 3);
    let row = rows.iter().find(|r| r.id == B_PSY_SOC).unwrap();
    assert_eq!(row.title, "Psychiatrists – Social workers");
    assert_eq!(row.sides, ["Psychiatrists", "Social workers"]);
    assert_eq!((row.tensions, row.open), (1, 1));
    assert_eq!(row.highest_open, Severity::new(4).ok());
    assert_eq!(row.activities, [A_GUIDELINES]);
    assert_eq!(
        map.activities.get(A_GUIDELINES).unwrap().title,
        "Draft referral guidelines"
    );
    let quiet = rows.iter().find(|r| r.id == B_SOC_MGMT).unwrap();
    assert_eq!(
        (quiet.tensions, quiet.open, quiet.highest_open),
        (0, 0, None)
    );
    assert!(quiet.activities.is_empty());
}

#[test]
fn a_resolved_tension_counts_but_is_not_open() {
    let mut doc = sample();
    let mut t = doc.map().tensions.get(T_SUSPICION).unwrap().clone();
    t.status = TensionStatus::Resolved;
    doc.apply(Edit::Update(t.into())).unwrap();
    let rows = query::boundary_rows(doc.map(), Sort::default());
    let row = rows.iter().find(|r| r.id == B_PSY_SOC).unwrap();
    assert_eq!((row.tensions, row.open, row.highest_open), (1, 0, None));
}

#[test]
fn rows_sort_by_any_column_either_way_and_ties_keep_map_order() {
    let map = sample().map().clone();
    assert_eq!(
        order(&map, sort(Column::Boundary, false)),
        [B_PSY_SOC, B_ALL, B_SOC_MGMT]
    );
    assert_eq!(
        order(&map, sort(Column::Boundary, true)),
        [B_SOC_MGMT, B_ALL, B_PSY_SOC]
    );
    assert_eq!(
        order(&map, sort(Column::Tensions, true)),
        [B_PSY_SOC, B_ALL, B_SOC_MGMT]
    );
    assert_eq!(
        order(&map, sort(Column::Tensions, false)),
        [B_SOC_MGMT, B_PSY_SOC, B_ALL]
    );
    assert_eq!(
        order(&map, sort(Column::Severity, true)),
        [B_PSY_SOC, B_ALL, B_SOC_MGMT]
    );
    assert_eq!(
        order(&map, sort(Column::Activities, false)),
        [B_SOC_MGMT, B_PSY_SOC, B_ALL]
    );
}

#[test]
fn rows_of_a_generated_map_are_sorted_for_every_column() {
    let map = generate::map(80, 7);
    for column in Column::ALL {
        for descending in [false, true] {
            let rows = query::boundary_rows(&map, sort(column, descending));
            assert_eq!(rows.len(), map.boundaries.len());
            let total: usize = rows.iter().map(|r| r.tensions).sum();
            assert_eq!(total, map.tensions.len());
            for pair in rows.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                let key = |r: &query::BoundaryRow| match column {
                    Column::Boundary => (0, 0, r.title.to_lowercase()),
                    Column::Tensions => (r.tensions, 0, String::new()),
                    Column::Open => (r.open, 0, String::new()),
                    Column::Severity => (0, r.highest_open.map_or(0, Severity::get), String::new()),
                    Column::Activities => (r.activities.len(), 0, String::new()),
                };
                let ok = if descending {
                    key(a) >= key(b)
                } else {
                    key(a) <= key(b)
                };
                assert!(ok, "{column:?} descending={descending}: {a:?} before {b:?}");
            }
        }
    }
}

#[test]
fn a_heading_sorts_then_reverses() {
    let s = Sort::default().clicked(Column::Tensions);
    assert_eq!(
        s,
        sort(Column::Tensions, true),
        "counts start with the most"
    );
    assert_eq!(s.clicked(Column::Tensions), sort(Column::Tensions, false));
    assert_eq!(s.clicked(Column::Boundary), sort(Column::Boundary, false));
}

// ---------------------------------------------------------------- find

#[test]
fn find_looks_in_every_kind_of_text_ignoring_case() {
    let map = sample().map().clone();
    let cases: [(&str, &[Id]); 10] = [
        ("psychiatrists", &[PSY]),
        ("  CASE ", &[PSY]),
        ("hospital", &[MGMT]),
        ("suspicion", &[T_SUSPICION]),
        ("referral", &[A_GUIDELINES, OBJ_FORM]),
        ("criteria", &[A_GUIDELINES]),
        ("breakthrough", &[A_GUIDELINES]),
        ("dana", &[BROKER]),
        ("waiting lists", &[NOTE]),
        ("health", &[GROUP]),
    ];
    for (text, expected) in cases {
        assert_eq!(query::find(&map, text), expected, "finding {text:?}");
    }
}

#[test]
fn find_keeps_the_map_order_and_blank_text_finds_nothing() {
    let map = sample().map().clone();
    // Social workers (a community) before the hospital board's boundary
    // name, before the tension and the activity.
    let found = query::find(&map, "s");
    let kinds: Vec<ItemKind> = found.iter().map(|&id| map.kind_of(id).unwrap()).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted, "grouped by kind in the map's order");
    assert!(query::find(&map, "").is_empty());
    assert!(query::find(&map, "   ").is_empty());
    assert!(query::find(&map, "no such words").is_empty());
}

#[test]
fn a_found_tension_keeps_its_boundary_in_view() {
    let map = sample().map().clone();
    let lit = query::with_places(&map, &[T_SUSPICION, BROKER]);
    assert_eq!(lit, set(&[T_SUSPICION, B_PSY_SOC, BROKER]));
}

// ---------------------------------------------------------------- filters

#[test]
fn an_empty_filter_dims_nothing() {
    let map = sample().map().clone();
    let filter = Filter::default();
    assert!(filter.is_empty());
    assert!(filter.dimmed(&map).is_empty());
    assert_eq!(filter.matching(&map), query::all_ids(&map));
}

#[test]
fn a_severity_filter_keeps_hot_boundaries_and_what_belongs_to_them() {
    let map = sample().map().clone();
    let filter = Filter {
        min_severity: Severity::new(4).ok(),
        ..Filter::default()
    };
    assert_eq!(
        filter.matching(&map),
        set(&[
            B_PSY_SOC,
            T_SUSPICION,
            A_GUIDELINES,
            PSY,
            SOC,
            OBJ_FORM,
            BROKER
        ])
    );
    assert_eq!(
        filter.dimmed(&map),
        set(&[GP, MGMT, B_ALL, B_SOC_MGMT, T_TERMS, NOTE, GROUP])
    );
}

#[test]
fn a_tension_kind_filter_keeps_only_tensions_of_that_kind() {
    let map = sample().map().clone();
    let filter = Filter {
        tension_kinds: vec![TensionKind::Terminology],
        ..Filter::default()
    };
    assert_eq!(
        filter.matching(&map),
        set(&[B_ALL, T_TERMS, A_GUIDELINES, PSY, SOC, GP])
    );
}

#[test]
fn an_activity_filter_keeps_the_boundaries_it_serves() {
    let map = sample().map().clone();
    let breakthrough = Filter {
        activity_kinds: vec![ActivityKind::Breakthrough],
        ..Filter::default()
    };
    assert_eq!(
        breakthrough.dimmed(&map),
        set(&[MGMT, B_SOC_MGMT, NOTE, GROUP])
    );
    let done = Filter {
        activity_statuses: vec![ActivityStatus::Done],
        ..Filter::default()
    };
    assert!(done.matching(&map).is_empty(), "no activity is done yet");
    assert_eq!(done.dimmed(&map), query::all_ids(&map));
}

#[test]
fn a_community_filter_keeps_its_boundaries_and_neighbours() {
    let map = sample().map().clone();
    let filter = Filter {
        communities: vec![MGMT],
        ..Filter::default()
    };
    assert_eq!(filter.matching(&map), set(&[B_SOC_MGMT, SOC, MGMT]));
    // Filters combine with "and": the GPs' only boundary is not severe, so
    // only the GPs themselves stay in view.
    let both = Filter {
        communities: vec![GP],
        min_severity: Severity::new(4).ok(),
        ..Filter::default()
    };
    assert_eq!(both.matching(&map), set(&[GP]));
}

#[test]
fn ticking_twice_unticks_and_a_removed_community_is_forgotten() {
    let mut filter = Filter::default();
    Filter::toggle(&mut filter.communities, PSY);
    Filter::toggle(&mut filter.communities, GP);
    Filter::toggle(&mut filter.communities, PSY);
    assert_eq!(filter.communities, [GP]);
    let mut doc: Document = sample();
    doc.apply(Edit::Remove(vec![GP])).unwrap();
    filter.forget_missing(doc.map());
    assert!(filter.is_empty());
}

// ---------------------------------------------------------------- the editor

fn harness() -> Harness<'static, ConveneApp> {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_step_dt(0.05)
        .build_eframe(move |_| app);
    h.run();
    h
}

fn map(h: &Harness<'_, ConveneApp>) -> Map {
    h.state().document().unwrap().map().clone()
}

fn boundary(map: &Map, label: &str) -> Id {
    map.boundaries.iter().find(|b| b.label == label).unwrap().id
}

fn community(map: &Map, name: &str) -> Id {
    map.communities.iter().find(|c| c.name == name).unwrap().id
}

fn assert_centred_on(h: &Harness<'_, ConveneApp>, x: f32, y: f32) {
    let centre = h.state().camera().centre;
    assert!(
        (centre.x - x).abs() < 0.01 && (centre.y - y).abs() < 0.01,
        "the camera is at {centre:?}, not at ({x}, {y})"
    );
}

#[test]
fn clicking_a_row_selects_the_boundary_and_centres_the_canvas_on_it() {
    let mut h = harness();
    let map = map(&h);
    assert!(
        h.query_by_role_and_label(Role::Label, "Overview").is_some(),
        "shown when a map opens"
    );
    h.get_by_label_contains("Who takes the case:").click();
    h.run();
    assert_eq!(
        h.state().selection(),
        [boundary(&map, "Who takes the case")]
    );
    // Between the psychiatrists at (0, 0) and the social workers at (360, 0).
    assert_centred_on(&h, 180.0, 0.0);
    assert!(h.state().camera().zoom >= 0.5);
}

#[test]
fn a_far_out_view_zooms_in_on_a_jump() {
    let mut h = harness();
    for _ in 0..20 {
        h.key_press(egui::Key::Minus);
    }
    h.run();
    assert!(h.state().camera().zoom < 0.1);
    h.get_by_label_contains("Clinic and home:").click();
    h.run();
    assert_centred_on(&h, 0.0, 150.0);
    assert!(h.state().camera().zoom >= 0.5);
}

fn row_order(h: &Harness<'_, ConveneApp>, labels: &[&str]) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = labels
        .iter()
        .map(|&l| {
            (
                h.get_by_label_contains(&format!("{l}:")).rect().top(),
                l.to_owned(),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn clicking_a_heading_sorts_the_rows_and_again_reverses_them() {
    let mut h = harness();
    let labels = [
        "Who takes the case",
        "Referrals in",
        "Clinic and home",
        "Support outside the clinic",
        "Paying for shared cases",
        "What patients hear",
    ];
    assert_eq!(
        row_order(&h, &labels),
        [
            "Clinic and home",
            "Paying for shared cases",
            "Referrals in",
            "Support outside the clinic",
            "What patients hear",
            "Who takes the case",
        ],
        "by name at first"
    );
    h.get_by_label("Tensions").click();
    h.run();
    assert_eq!(
        row_order(&h, &labels),
        [
            "Who takes the case",
            "Referrals in",
            "Support outside the clinic",
            "Clinic and home",
            "Paying for shared cases",
            "What patients hear",
        ],
        "most tensions first; ties in map order"
    );
    h.get_by_label("Tensions").click();
    h.run();
    assert_eq!(
        row_order(&h, &labels),
        [
            "Clinic and home",
            "Paying for shared cases",
            "What patients hear",
            "Referrals in",
            "Support outside the clinic",
            "Who takes the case",
        ],
        "reversed"
    );
}

#[test]
fn find_jumps_from_match_to_match_and_escape_closes_it() {
    let mut h = harness();
    let map = map(&h);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Find")
        .type_text("urgent");
    h.run();
    let found = query::find(&map, "urgent");
    assert!(found.len() > 2, "{found:?}");
    assert!(
        h.query_by_label(&format!("{} found", found.len()))
            .is_some()
    );
    // Psychiatrists, then GPs: both use the word "urgent".
    assert_eq!(
        found[..2],
        [
            community(&map, "Psychiatrists"),
            community(&map, "General practitioners")
        ]
    );
    let dimmed = h.state().dimmed().clone();
    assert!(!dimmed.is_empty(), "what does not match steps back");
    assert!(found.iter().all(|id| !dimmed.contains(id)));

    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), [found[0]]);
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), [found[1]]);
    assert_centred_on(&h, -300.0, 0.0);
    assert!(h.query_by_label(&format!("2 of {}", found.len())).is_some());

    // Shift+Enter goes back.
    h.key_press_modifiers(Modifiers::SHIFT, egui::Key::Enter);
    h.run();
    assert_eq!(h.state().selection(), [found[0]]);

    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_role_and_label(Role::TextInput, "Find").is_none());
    assert!(h.state().dimmed().is_empty());
    assert_eq!(
        h.state().selection(),
        [found[0]],
        "the match stays selected"
    );
}

#[test]
fn the_next_button_jumps_to_a_tension_on_its_boundary() {
    let mut h = harness();
    let map = map(&h);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Find")
        .type_text("tea and sympathy");
    h.run();
    h.get_by_label("Next").click();
    h.run();
    let tension = map
        .tensions
        .iter()
        .find(|t| t.note.contains("tea and sympathy"))
        .unwrap();
    assert_eq!(h.state().selection(), [tension.id]);
    assert_centred_on(&h, 180.0, 0.0);
}

#[test]
fn a_severity_filter_dims_exactly_what_does_not_match() {
    let mut h = harness();
    let map = map(&h);
    assert!(h.state().dimmed().is_empty());
    h.get_by_label("Lowest severity: Any").click();
    h.run();
    h.get_by_label("5 only").click();
    h.run();
    let dimmed = h.state().dimmed().clone();
    // Only "Who takes the case" has a tension of severity 5.
    let hot = boundary(&map, "Who takes the case");
    let mut lit: Vec<Id> = vec![
        hot,
        community(&map, "Psychiatrists"),
        community(&map, "Social workers"),
    ];
    lit.extend(
        map.tensions
            .iter()
            .filter(|t| t.severity.get() == 5)
            .map(|t| t.id),
    );
    lit.extend(
        map.activities
            .iter()
            .filter(|a| a.boundaries.contains(&hot))
            .map(|a| a.id),
    );
    lit.extend(
        map.objects
            .iter()
            .filter(|o| o.boundaries.contains(&hot))
            .map(|o| o.id),
    );
    lit.extend(
        map.brokers
            .iter()
            .filter(|b| b.boundaries.contains(&hot))
            .map(|b| b.id),
    );
    let expected = query::all_but(&map, &set(&lit));
    assert_eq!(dimmed, expected);
    assert!(
        h.query_by_label_contains("1 of 6 boundaries match")
            .is_some()
    );

    h.get_by_label("Clear filters").click();
    h.run();
    assert!(h.state().dimmed().is_empty());
}

#[test]
fn the_view_menu_hides_and_shows_the_overview() {
    let mut h = harness();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Overview panel").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Label, "Overview").is_none());
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Overview panel").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Label, "Overview").is_some());
}

#[test]
fn a_narrow_window_starts_with_the_overview_hidden() {
    let mut app = ConveneApp::new(None);
    app.open_example("Referral guidelines");
    let mut h = Harness::builder()
        .with_size(Vec2::new(900.0, 700.0))
        .with_step_dt(0.05)
        .build_eframe(move |_| app);
    h.run();
    assert!(h.query_by_role_and_label(Role::Label, "Overview").is_none());
    h.get_by_label("Overview").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Label, "Overview").is_some());
}
