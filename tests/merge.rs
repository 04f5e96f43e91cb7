//! Comparing and combining copies of a map: the diff in words, and the
//! three-way merge, on the example maps with scripted edits, and as
//! properties over random edits.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::collections::BTreeSet;
use std::path::Path;

use convene::compare::{diff, merge};
use convene::model::*;
use convene::{Edit, edit, file, generate};
use proptest::prelude::*;

const SOC: &str = "a0712904a9e928bc";
const NURSES: &str = "81d31dc43f0acde7";
const WHO_TAKES: &str = "db42a381b3f5b13c";
const CLINIC_HOME: &str = "a8f265d72f4821bf";
const HOME_VISIT: &str = "59f0adf30cf31472";
const CLASH: &str = "bd5c5b7e0325317e";
const PRIVATE_NOTE: &str = "f2d42d218a7a944f";

fn id(text: &str) -> Id {
    Id::parse(text).unwrap()
}

fn example() -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/referral-guidelines.ron");
    file::read(&path).unwrap()
}

/// `map` after these edits, each of which must be accepted.
fn edited(map: &Map, edits: Vec<Edit>) -> Map {
    let mut map = map.clone();
    for e in edits {
        edit::apply(&mut map, e).unwrap();
    }
    map
}

fn tension(map: &Map, text: &str) -> Tension {
    map.tensions.get(id(text)).unwrap().clone()
}

fn severity(map: &Map, text: &str, n: u8) -> Edit {
    let mut t = tension(map, text);
    t.severity = Severity::new(n).unwrap();
    Edit::Update(t.into())
}

fn renamed(map: &Map, text: &str, name: &str) -> Edit {
    Edit::Update(map.item(id(text)).unwrap().retitled(name.into()).unwrap())
}

fn valid(map: &Map) {
    check_map(map).unwrap();
    // And it survives the file: what is written reads back the same.
    let text = file::to_text(map);
    assert_eq!(&file::parse(text.as_bytes()).unwrap(), map, "{text}");
}

#[test]
fn diff_names_a_changed_tension_by_its_words_and_boundary() {
    let base = example();
    let mut t = tension(&base, CLASH);
    t.statement = "They never read our notes".into();
    let was = edited(&base, vec![Edit::Update(t.clone().into())]);
    t.severity = Severity::new(4).unwrap();
    t.status = TensionStatus::Resolved;
    let now = edited(&was, vec![Edit::Update(t.into())]);

    let d = diff(&was, &now);
    assert_eq!(
        d.lines(),
        vec![
            "Tension 'They never read our notes' on Who takes the case: severity 5 → 4",
            "Tension 'They never read our notes' on Who takes the case: status Easing → Resolved",
        ]
    );
    assert_eq!(d.changed[0].id, id(CLASH), "a diff entry says where to go");
    assert!(diff(&now, &now).is_empty());
}

#[test]
fn diff_counts_moves_instead_of_listing_them() {
    let base = generate::map(20, 7);
    let moves: Vec<(Id, Point)> = base
        .placed()
        .take(12)
        .map(|(id, p)| (id, Point::new(p.x + 40.0, p.y)))
        .collect();
    assert_eq!(moves.len(), 12);
    let now = edited(&base, vec![Edit::Move(moves)]);
    let d = diff(&base, &now);
    assert_eq!(d.lines(), vec!["12 items moved"]);
    assert_eq!(d.moved.len(), 12);
}

#[test]
fn diff_lists_additions_removals_details_and_views_by_name() {
    let base = example();
    let mut meta = base.meta.clone();
    meta.title = "Referrals, May".into();
    let gps = Community::new(id("c0ffee"), "Practice nurses", Point::new(0.0, 600.0));
    let mut views = base.views.clone();
    views.push(SavedView::new(
        "Opening",
        Point::new(0.0, 0.0),
        Size::new(800.0, 600.0),
    ));
    let now = edited(
        &base,
        vec![
            Edit::SetMeta(meta),
            Edit::Add(gps.into()),
            Edit::Remove(vec![id(PRIVATE_NOTE)]),
            Edit::SetViews(views),
        ],
    );
    let lines = diff(&base, &now).lines();
    assert_eq!(
        lines,
        vec![
            "Map details: title \"Referrals between psychiatry and social work\" → \"Referrals, May\"",
            "Added community 'Practice nurses'",
            "Removed note 'Two social workers asked not t'",
            "Saved view 'Opening' added",
        ]
    );
}

#[test]
fn diff_as_json_carries_ids_and_fields_for_tools() {
    let base = example();
    let now = edited(&base, vec![severity(&base, CLASH, 2)]);
    let json = serde_json::to_value(diff(&base, &now)).unwrap();
    assert_eq!(json["changed"][0]["id"], CLASH);
    assert_eq!(json["changed"][0]["kind"], "tension");
    assert_eq!(json["changed"][0]["fields"][0]["field"], "severity");
    assert_eq!(json["changed"][0]["fields"][0]["after"], "2");
}

#[test]
fn changes_on_both_sides_are_all_kept_when_they_do_not_meet() {
    let base = example();
    let note = Note::new(
        id("abc1"),
        "Bring the forum in earlier",
        Point::new(0.0, 900.0),
    );
    let mine = edited(
        &base,
        vec![
            renamed(&base, SOC, "Social work team"),
            Edit::Add(note.into()),
        ],
    );
    let visit = Activity::new(
        id("abc2"),
        ActivityKind::Visit,
        "A day on the ward",
        vec![id(WHO_TAKES)],
    );
    let theirs = edited(
        &base,
        vec![severity(&base, CLASH, 3), Edit::Add(visit.into())],
    );
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.map.party_name(id(SOC)), Some("Social work team"));
    assert_eq!(tension(&merged.map, CLASH).severity.get(), 3);
    assert!(merged.map.notes.contains(id("abc1")));
    assert!(merged.map.activities.contains(id("abc2")));
    valid(&merged.map);
    // The same change made on both sides is no conflict either.
    let both = merge(&base, &mine, &mine);
    assert!(both.is_clean());
    assert_eq!(both.map, mine);
}

#[test]
fn the_same_field_changed_differently_keeps_both_values() {
    let base = example();
    let mine = edited(&base, vec![severity(&base, CLASH, 4)]);
    let theirs = edited(&base, vec![severity(&base, CLASH, 2)]);
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.item, Some(id(CLASH)));
    assert_eq!(c.field, "severity");
    assert_eq!(c.mine.as_deref(), Some("4"));
    assert_eq!(c.theirs.as_deref(), Some("2"));
    assert_eq!(tension(&merged.map, CLASH).severity.get(), 4, "mine stays");
    assert_eq!(merged.map.conflicts, merged.conflicts);
    assert_eq!(
        convene::compare::describe_conflict(&merged.map, c),
        "Tension 'Clashing perspectives' on Who takes the case: severity: mine 4, theirs 2"
    );
    // The conflicts are saved in the file (format 3) and read back.
    let text = file::to_text(&merged.map);
    assert!(
        text.contains(&format!("format: {},", file::FORMAT)),
        "{text}"
    );
    valid(&merged.map);
}

#[test]
fn an_item_changed_on_one_side_and_removed_on_the_other_is_kept() {
    let base = example();
    let mine = edited(&base, vec![Edit::Remove(vec![id(CLASH)])]);
    let theirs = edited(&base, vec![severity(&base, CLASH, 1)]);
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(tension(&merged.map, CLASH).severity.get(), 1);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert!(c.is_whole());
    assert_eq!(c.mine, None, "I removed it");
    assert!(c.theirs.as_deref().unwrap().starts_with("Tension("));
    valid(&merged.map);
    // Removed on one side and untouched on the other, it goes quietly.
    let gone = merge(&base, &mine, &base);
    assert!(gone.is_clean());
    assert!(!gone.map.tensions.contains(id(CLASH)));
}

#[test]
fn removing_a_community_merges_with_the_editors_repairs() {
    let base = example();
    let mine = edited(&base, vec![Edit::Remove(vec![id(NURSES)])]);
    // They, meanwhile, invite the nurses to an activity and rename another.
    let mut visit = base.activities.get(id(HOME_VISIT)).unwrap().clone();
    visit.title = "Two home visits".into();
    let mut guidelines = base
        .activities
        .iter()
        .find(|a| a.title == "Draft referral guidelines")
        .unwrap()
        .clone();
    guidelines.participants.push(id(NURSES));
    let theirs = edited(
        &base,
        vec![
            Edit::Update(visit.into()),
            Edit::Update(guidelines.clone().into()),
        ],
    );
    let merged = merge(&base, &mine, &theirs);
    let map = &merged.map;
    assert!(!map.communities.contains(id(NURSES)));
    assert!(
        !map.boundaries.contains(id(CLINIC_HOME)),
        "a boundary left with one side goes"
    );
    let visit = map.activities.get(id(HOME_VISIT)).unwrap();
    assert_eq!(visit.title, "Two home visits", "their change is taken");
    assert!(!visit.participants.contains(&id(NURSES)));
    assert!(visit.boundaries.is_empty());
    let g = map.activities.get(guidelines.id).unwrap();
    assert!(
        !g.participants.contains(&id(NURSES)),
        "the reference is dropped"
    );
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    valid(map);
}

#[test]
fn a_tension_added_on_a_boundary_the_other_side_removed_brings_it_back() {
    let base = example();
    let mine = edited(&base, vec![Edit::Remove(vec![id(NURSES)])]);
    let mut new = Tension::new(
        id("beef"),
        id(CLINIC_HOME),
        TensionKind::Terminology,
        Severity::new(3).unwrap(),
    );
    new.statement = "Nobody knows what 'depot' means".into();
    let theirs = edited(&base, vec![Edit::Add(new.into())]);
    let merged = merge(&base, &mine, &theirs);
    let map = &merged.map;
    assert!(
        map.tensions.contains(id("beef")),
        "nothing they wrote is lost"
    );
    assert!(map.boundaries.contains(id(CLINIC_HOME)));
    assert!(map.communities.contains(id(NURSES)));
    let back: BTreeSet<Id> = merged.conflicts.iter().filter_map(|c| c.item).collect();
    assert_eq!(back, BTreeSet::from([id(NURSES), id(CLINIC_HOME)]));
    assert!(
        merged
            .conflicts
            .iter()
            .all(|c| c.is_whole() && c.mine.is_none())
    );
    valid(map);
}

#[test]
fn the_safer_side_wins_on_the_confidential_flag() {
    let base = example();
    let mut open = base.notes.get(id(PRIVATE_NOTE)).unwrap().clone();
    assert!(open.confidential);
    open.confidential = false;
    let mine = edited(&base, vec![Edit::Update(open.into())]);
    let mut added_to = base.notes.get(id(PRIVATE_NOTE)).unwrap().clone();
    added_to.text.push_str(" Names: A. and B.");
    let theirs = edited(&base, vec![Edit::Update(added_to.into())]);
    for merged in [merge(&base, &mine, &theirs), merge(&base, &theirs, &mine)] {
        let note = merged.map.notes.get(id(PRIVATE_NOTE)).unwrap();
        assert!(note.confidential, "they wrote into it believing it private");
        assert!(note.text.ends_with("Names: A. and B."));
    }
    // Cleared on one side and untouched on the other, the clearing stands.
    let merged = merge(&base, &mine, &base);
    assert!(!merged.map.notes.get(id(PRIVATE_NOTE)).unwrap().confidential);
}

#[test]
fn details_and_views_merge_too() {
    let base = example();
    let view =
        |name: &str, x: f32| SavedView::new(name, Point::new(x, 0.0), Size::new(400.0, 300.0));
    let base = edited(&base, vec![Edit::SetViews(vec![view("Start", 0.0)])]);
    let mut meta = base.meta.clone();
    meta.place = "Room 3".into();
    let mine = edited(
        &base,
        vec![
            Edit::SetMeta(meta),
            Edit::SetViews(vec![view("Start", 10.0), view("Mine", 0.0)]),
        ],
    );
    let mut meta = base.meta.clone();
    meta.facilitator = "Someone else".into();
    let theirs = edited(
        &base,
        vec![
            Edit::SetMeta(meta),
            Edit::SetViews(vec![view("Start", 20.0), view("Theirs", 0.0)]),
        ],
    );
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.map.meta.place, "Room 3");
    assert_eq!(merged.map.meta.facilitator, "Someone else");
    let names: Vec<&str> = merged.map.views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, vec!["Start", "Mine", "Theirs"]);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].view.as_deref(), Some("Start"));
    assert_eq!(merged.map.views[0].centre.x, 10.0, "mine stays");
    valid(&merged.map);
}

#[test]
fn a_file_with_conflicts_opens_and_an_old_file_has_none() {
    let text = "(format: 3, title: \"T\", conflicts: [(item: \"a1\", field: \"name\", mine: \"\\\"A\\\"\", theirs: \"\\\"B\\\"\")])";
    let map = file::parse(text.as_bytes()).unwrap();
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(map.conflicts[0].theirs.as_deref(), Some("\"B\""));
    let old = file::parse(b"(format: 2, title: \"T\")").unwrap();
    assert!(old.conflicts.is_empty());
    assert!(
        file::to_text(&old).contains("format: 2,"),
        "no conflicts, still format 2"
    );
}

// Properties over random edits.

/// A random change on one side, its item picked by index.
#[derive(Debug, Clone)]
enum Op {
    Rename(usize, String),
    Severity(usize, u8),
    Move(usize, f32),
    Remove(usize),
    AddCommunity(String),
    AddTension(usize, u8),
    Confidential(usize, bool),
    Title(String),
    View(String),
}

fn op() -> impl Strategy<Value = Op> {
    let text = "[A-Za-z ]{1,8}";
    prop_oneof![
        (any::<usize>(), text).prop_map(|(i, s)| Op::Rename(i, s)),
        (any::<usize>(), 1u8..=5).prop_map(|(i, n)| Op::Severity(i, n)),
        (any::<usize>(), -50.0f32..50.0).prop_map(|(i, d)| Op::Move(i, d)),
        any::<usize>().prop_map(Op::Remove),
        text.prop_map(Op::AddCommunity),
        (any::<usize>(), 1u8..=5).prop_map(|(i, n)| Op::AddTension(i, n)),
        (any::<usize>(), any::<bool>()).prop_map(|(i, b)| Op::Confidential(i, b)),
        "[a-z]{1,4}".prop_map(Op::Title),
        "[a-c]".prop_map(Op::View),
    ]
}

fn nth<T: Clone + Identified>(items: &Items<T>, i: usize) -> Option<T> {
    let n = items.len();
    (n > 0).then(|| items.iter().nth(i % n).cloned()).flatten()
}

/// The map after trying each op; ops the editor refuses change nothing.
fn after(map: &Map, ops: &[Op]) -> Map {
    let mut map = map.clone();
    for op in ops {
        let ids: Vec<Id> = map.ids().collect();
        let pick = |i: usize| ids.get(i % ids.len().max(1)).copied();
        let e = match op.clone() {
            Op::Rename(i, s) => pick(i)
                .and_then(|id| map.item(id))
                .and_then(|x| x.retitled(s))
                .map(Edit::Update),
            Op::Severity(i, n) => nth(&map.tensions, i).map(|mut t| {
                t.severity = Severity::new(n).unwrap();
                Edit::Update(t.into())
            }),
            Op::Move(i, d) => nth(&map.communities, i)
                .map(|c| Edit::Move(vec![(c.id, Point::new(c.pos.x + d, c.pos.y))])),
            Op::Remove(i) => pick(i).map(|id| Edit::Remove(vec![id])),
            Op::AddCommunity(s) => Some(Edit::Add(
                Community::new(map.new_id(), s, Point::new(0.0, 0.0)).into(),
            )),
            Op::AddTension(i, n) => nth(&map.boundaries, i).map(|b| {
                let kind = TensionKind::Suspicion;
                let t = Tension::new(map.new_id(), b.id, kind, Severity::new(n).unwrap());
                Edit::Add(t.into())
            }),
            Op::Confidential(i, on) => nth(&map.tensions, i).map(|mut t| {
                t.confidential = on;
                Edit::Update(t.into())
            }),
            Op::Title(s) => Some(Edit::SetMeta(Meta::titled(s))),
            Op::View(name) => {
                let mut views = map.views.clone();
                views.push(SavedView::new(
                    name,
                    Point::new(0.0, 0.0),
                    Size::new(10.0, 10.0),
                ));
                Some(Edit::SetViews(views))
            }
        };
        if let Some(e) = e {
            let _ = edit::apply(&mut map, e);
        }
    }
    map
}

fn base_map() -> impl Strategy<Value = Map> {
    (0usize..7, 0u64..3).prop_map(|(n, seed)| generate::map(n, seed))
}

fn edits() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(op(), 0..6)
}

/// Ids named by conflicts, and whether the details or views are in one.
fn conflicted(conflicts: &[Conflict]) -> (BTreeSet<Id>, bool, bool) {
    let ids = conflicts.iter().filter_map(|c| c.item).collect();
    let details = conflicts
        .iter()
        .any(|c| c.item.is_none() && c.view.is_none());
    let views = conflicts.iter().any(|c| c.view.is_some());
    (ids, details, views)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn merging_with_an_untouched_side_gives_the_other_side(
        base in base_map(), x in edits(), y in edits(),
    ) {
        let x = after(&base, &x);
        let y = after(&base, &y);
        let left = merge(&base, &x, &base);
        prop_assert!(left.is_clean());
        prop_assert_eq!(&left.map, &x);
        let right = merge(&base, &base, &y);
        prop_assert!(right.is_clean());
        prop_assert_eq!(&right.map, &y);
    }

    #[test]
    fn merge_keeps_every_addition_and_is_symmetric(
        base in base_map(), x in edits(), y in edits(),
    ) {
        let x = after(&base, &x);
        let y = after(&base, &y);
        let one = merge(&base, &x, &y);
        let two = merge(&base, &y, &x);
        check_map(&one.map).unwrap();
        for id in x.ids().chain(y.ids()).filter(|&id| !base.contains(id)) {
            prop_assert!(
                one.map.contains(id),
                "added item {} lost: {:?}\nx: {:?}\ny: {:?}\nmerged: {:?}",
                id,
                one.conflicts,
                x.item(id),
                y.item(id),
                one.map
            );
        }
        // The same conflicts, each calling the other side "mine".
        let mut a = one.conflicts.clone();
        let mut b: Vec<Conflict> = two.conflicts.iter().map(Conflict::swapped).collect();
        a.sort();
        b.sort();
        prop_assert_eq!(&a, &b);
        // Everything outside the conflicts is the same.
        let (ids, details, views) = conflicted(&a);
        let all = |m: &Map| m.ids().collect::<BTreeSet<Id>>();
        prop_assert_eq!(all(&one.map), all(&two.map));
        for id in one.map.ids().filter(|id| !ids.contains(id)) {
            prop_assert_eq!(one.map.item(id), two.map.item(id));
        }
        if !details {
            prop_assert_eq!(&one.map.meta, &two.map.meta);
        }
        if !views {
            prop_assert_eq!(&one.map.views, &two.map.views);
        }
    }

    #[test]
    fn any_three_maps_merge_into_a_valid_map(
        maps in prop::collection::vec((base_map(), edits()), 3),
    ) {
        let [b, m, t] = [0, 1, 2].map(|i| after(&maps[i].0, &maps[i].1));
        let merged = merge(&b, &m, &t);
        check_map(&merged.map).unwrap();
        let text = file::to_text(&merged.map);
        prop_assert_eq!(file::parse(text.as_bytes()).unwrap(), merged.map);
    }
}

#[test]
fn settling_a_conflict_keeps_the_chosen_value_as_one_undo_step() {
    use convene::Document;
    use convene::compare::{Side, settle};
    let base = example();
    let mine = edited(
        &base,
        vec![severity(&base, CLASH, 4), renamed(&base, SOC, "SW")],
    );
    let mut theirs = edited(
        &base,
        vec![severity(&base, CLASH, 2), renamed(&base, SOC, "Social")],
    );
    theirs = edited(&theirs, vec![Edit::Remove(vec![id(PRIVATE_NOTE)])]);
    let mut note = base.notes.get(id(PRIVATE_NOTE)).unwrap().clone();
    note.text = "Changed".into();
    let mine = edited(&mine, vec![Edit::Update(note.into())]);
    let merged = merge(&base, &mine, &theirs).map;
    assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);

    let mut doc = Document::new(merged.clone());
    let at = |doc: &Document, field: &str| {
        doc.map()
            .conflicts
            .iter()
            .position(|c| c.field == field)
            .unwrap()
    };
    doc.apply(settle(doc.map(), at(&doc, "severity"), Side::Theirs).unwrap())
        .unwrap();
    assert_eq!(tension(doc.map(), CLASH).severity.get(), 2);
    assert_eq!(doc.map().conflicts.len(), 2);
    doc.apply(settle(doc.map(), at(&doc, "name"), Side::Mine).unwrap())
        .unwrap();
    assert_eq!(doc.map().party_name(id(SOC)), Some("SW"));
    doc.apply(settle(doc.map(), at(&doc, ""), Side::Theirs).unwrap())
        .unwrap();
    assert!(
        !doc.map().notes.contains(id(PRIVATE_NOTE)),
        "they removed it"
    );
    assert!(doc.map().conflicts.is_empty());
    valid(doc.map());
    for _ in 0..3 {
        assert!(doc.undo());
    }
    assert_eq!(doc.map(), &merged, "each choice undoes in one step");
}
