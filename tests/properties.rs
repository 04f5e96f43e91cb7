//! Property tests: random maps round-trip through the file format
//! unchanged, and any random sequence of edits, fully undone, gives back the
//! original map and an unmodified document.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use convene::model::*;
use convene::{Document, Edit, file};
use proptest::prelude::*;

/// A random change, with references given as indexes that are resolved
/// against whatever the map holds when the change is made.
#[derive(Debug, Clone)]
enum Op {
    Community(u64, String, String, Option<u32>, Vec<String>, Point, Colour),
    Stakeholder(u64, String, String, Point),
    Boundary(u64, Vec<usize>, String, usize),
    Tension(
        u64,
        usize,
        usize,
        String,
        u8,
        Option<usize>,
        usize,
        String,
        bool,
    ),
    Activity(
        u64,
        usize,
        String,
        Vec<usize>,
        Vec<usize>,
        Vec<usize>,
        usize,
        Option<(u16, u8, u8)>,
        bool,
        Vec<(usize, Option<usize>, String)>,
    ),
    Object(u64, String, Vec<usize>),
    Broker(u64, String, Vec<usize>, Vec<usize>),
    Note(u64, String, Point, Size, bool),
    Group(u64, String, Point, Size),
    Rename(usize, String),
    Move(Vec<usize>, Point),
    Remove(Vec<usize>),
    Meta(String, String, Option<(u16, u8, u8)>),
    /// A reference to an id no item has, which must be refused.
    Dangling(u64, u64),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z ,.'-]{0,16}",
        1 => any::<String>(),
        1 => Just(String::new()),
        1 => Just("quote \" backslash \\ newline \n tab \t cr \r".to_owned()),
    ]
}

fn coord() -> impl Strategy<Value = f32> {
    prop_oneof![
        3 => -5000.0f32..5000.0,
        1 => prop::num::f32::NORMAL | prop::num::f32::SUBNORMAL | prop::num::f32::ZERO,
    ]
}

fn point() -> impl Strategy<Value = Point> {
    (coord(), coord()).prop_map(|(x, y)| Point::new(x, y))
}

fn size() -> impl Strategy<Value = Size> {
    (
        1.0f32..2000.0,
        prop::num::f32::POSITIVE | prop::num::f32::NORMAL,
    )
        .prop_map(|(w, h)| Size::new(w, h.abs().max(f32::MIN_POSITIVE)))
}

fn indexes(max: usize) -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(any::<usize>(), 0..max)
}

fn date() -> impl Strategy<Value = Option<(u16, u8, u8)>> {
    prop::option::of((1u16..=9999, 1u8..=12, 1u8..=28))
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<u64>(), text(), text(), any::<Option<u32>>(), prop::collection::vec(text(), 0..3), point(), any::<(u8, u8, u8)>())
            .prop_map(|(id, n, p, s, t, pos, (r, g, b))| Op::Community(id, n, p, s, t, pos, Colour::rgb(r, g, b))),
        2 => (any::<u64>(), text(), text(), point()).prop_map(|(id, n, r, p)| Op::Stakeholder(id, n, r, p)),
        4 => (any::<u64>(), prop::collection::vec(any::<usize>(), 2..4), text(), 0usize..5)
            .prop_map(|(id, s, l, p)| Op::Boundary(id, s, l, p)),
        3 => (any::<u64>(), any::<usize>(), 0usize..8, text(), 1u8..=5, any::<Option<usize>>(), 0usize..3, text(), any::<bool>())
            .prop_map(|(id, b, k, o, s, r, st, n, c)| Op::Tension(id, b, k, o, s, r, st, n, c)),
        3 => (any::<u64>(), 0usize..9, text(), indexes(3), indexes(3), indexes(3), 0usize..6, date(), any::<bool>(),
              prop::collection::vec((any::<usize>(), prop::option::of(0usize..7), text()), 0..3))
            .prop_map(|(id, k, t, b, ts, p, st, d, c, e)| Op::Activity(id, k, t, b, ts, p, st, d, c, e)),
        1 => (any::<u64>(), text(), indexes(3)).prop_map(|(id, n, b)| Op::Object(id, n, b)),
        1 => (any::<u64>(), text(), indexes(3), indexes(3)).prop_map(|(id, n, c, b)| Op::Broker(id, n, c, b)),
        1 => (any::<u64>(), text(), point(), size(), any::<bool>()).prop_map(|(id, t, p, s, c)| Op::Note(id, t, p, s, c)),
        1 => (any::<u64>(), text(), point(), size()).prop_map(|(id, l, p, s)| Op::Group(id, l, p, s)),
        2 => (any::<usize>(), text()).prop_map(|(i, n)| Op::Rename(i, n)),
        2 => (indexes(4), point()).prop_map(|(i, p)| Op::Move(i, p)),
        2 => indexes(3).prop_map(Op::Remove),
        1 => (text(), text(), date()).prop_map(|(t, p, d)| Op::Meta(t, p, d)),
        1 => (any::<u64>(), any::<u64>()).prop_map(|(a, b)| Op::Dangling(a, b)),
    ]
}

/// Every id of one kind, in order.
fn ids<T: Identified>(items: &Items<T>) -> Vec<Id> {
    items.iter().map(Identified::id).collect()
}

fn all_ids(map: &Map) -> Vec<Id> {
    let mut all = ids(&map.communities);
    all.extend(ids(&map.stakeholders));
    all.extend(ids(&map.boundaries));
    all.extend(ids(&map.tensions));
    all.extend(ids(&map.activities));
    all.extend(ids(&map.objects));
    all.extend(ids(&map.brokers));
    all.extend(ids(&map.notes));
    all.extend(ids(&map.groups));
    all
}

/// Picks the items the indexes point at, each once.
fn pick(pool: &[Id], indexes: &[usize]) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    if pool.is_empty() {
        return out;
    }
    for &i in indexes {
        let id = pool[i % pool.len()];
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

fn to_date(d: Option<(u16, u8, u8)>) -> Option<Date> {
    d.and_then(|(y, m, day)| Date::new(y, m, day))
}

/// Turns a random change into an edit for this map, if it can refer to
/// anything.
fn to_edit(op: Op, map: &Map) -> Option<Edit> {
    let parties: Vec<Id> = ids(&map.communities)
        .into_iter()
        .chain(ids(&map.stakeholders))
        .collect();
    let boundaries = ids(&map.boundaries);
    let tensions = ids(&map.tensions);
    let one = |pool: &[Id], i: usize| (!pool.is_empty()).then(|| pool[i % pool.len()]);
    Some(match op {
        Op::Community(id, name, practice, size, terms, pos, colour) => {
            let mut c = Community::new(Id::from_u64(id), name, pos);
            c.practice = practice;
            c.size = size;
            c.terms = terms;
            c.colour = colour;
            Edit::Add(c.into())
        }
        Op::Stakeholder(id, name, role, pos) => {
            let mut s = Stakeholder::new(Id::from_u64(id), name, pos);
            s.role = role;
            Edit::Add(s.into())
        }
        Op::Boundary(id, sides, label, progress) => {
            let mut b = Boundary::new(Id::from_u64(id), pick(&parties, &sides));
            b.label = label;
            b.progress = Progress::ALL[progress];
            Edit::Add(b.into())
        }
        Op::Tension(id, b, kind, other, severity, raised, status, note, confidential) => {
            let kind = TensionKind::NAMED
                .get(kind)
                .cloned()
                .unwrap_or(TensionKind::Other(other));
            let mut t = Tension::new(
                Id::from_u64(id),
                one(&boundaries, b)?,
                kind,
                Severity::new(severity).ok()?,
            );
            t.raised_by = raised.and_then(|r| one(&parties, r));
            t.status = TensionStatus::ALL[status];
            t.note = note;
            t.confidential = confidential;
            Edit::Add(t.into())
        }
        Op::Activity(id, kind, title, b, t, p, status, date, substantial, expectations) => {
            let kind = ActivityKind::NAMED
                .get(kind)
                .cloned()
                .unwrap_or(ActivityKind::Other(title.clone()));
            let mut a = Activity::new(Id::from_u64(id), kind, title, pick(&boundaries, &b));
            a.tensions = pick(&tensions, &t);
            a.participants = pick(&parties, &p);
            a.status = ActivityStatus::ALL[status];
            a.date = to_date(date);
            a.commitment = if substantial {
                Commitment::Substantial
            } else {
                Commitment::Light
            };
            a.expectations = expectations
                .into_iter()
                .filter_map(|(party, value, note)| {
                    Some(Expectation {
                        party: one(&parties, party)?,
                        value: value.map(|v| ValueKind::ALL[v]),
                        note,
                    })
                })
                .collect();
            Edit::Add(a.into())
        }
        Op::Object(id, name, b) => Edit::Add(
            BoundaryObject {
                id: Id::from_u64(id),
                name,
                description: String::new(),
                boundaries: pick(&boundaries, &b),
            }
            .into(),
        ),
        Op::Broker(id, name, c, b) => Edit::Add(
            Broker {
                id: Id::from_u64(id),
                name,
                communities: pick(&ids(&map.communities), &c),
                boundaries: pick(&boundaries, &b),
                note: "carries news".into(),
            }
            .into(),
        ),
        Op::Note(id, text, pos, size, confidential) => {
            let mut n = Note::new(Id::from_u64(id), text, pos);
            n.size = size;
            n.confidential = confidential;
            Edit::Add(n.into())
        }
        Op::Group(id, label, pos, size) => {
            Edit::Add(Group::new(Id::from_u64(id), label, pos, size).into())
        }
        Op::Rename(i, name) => {
            let id = one(&all_ids(map), i)?;
            let item = match map.item(id)? {
                Item::Community(mut c) => {
                    c.name = name;
                    c.into()
                }
                Item::Stakeholder(mut s) => {
                    s.name = name;
                    s.into()
                }
                Item::Boundary(mut b) => {
                    b.label = name;
                    b.into()
                }
                Item::Tension(mut t) => {
                    t.note = name;
                    t.into()
                }
                Item::Activity(mut a) => {
                    a.title = name;
                    a.into()
                }
                Item::Object(mut o) => {
                    o.name = name;
                    o.into()
                }
                Item::Broker(mut b) => {
                    b.name = name;
                    b.into()
                }
                Item::Note(mut n) => {
                    n.text = name;
                    n.into()
                }
                Item::Group(mut g) => {
                    g.label = name;
                    g.into()
                }
            };
            Edit::Update(item)
        }
        Op::Move(targets, to) => {
            let movable: Vec<Id> = parties
                .iter()
                .copied()
                .chain(ids(&map.notes))
                .chain(ids(&map.groups))
                .collect();
            Edit::Move(
                pick(&movable, &targets)
                    .into_iter()
                    .map(|id| (id, to))
                    .collect(),
            )
        }
        Op::Remove(targets) => Edit::Remove(pick(&all_ids(map), &targets)),
        Op::Meta(title, purpose, date) => Edit::SetMeta(Meta {
            title,
            purpose,
            facilitator: "F".into(),
            date: to_date(date),
            place: String::new(),
        }),
        Op::Dangling(id, target) => Edit::Add(
            Boundary::new(
                Id::from_u64(id),
                vec![Id::from_u64(target), Id::from_u64(target ^ 1)],
            )
            .into(),
        ),
    })
}

/// Applies random changes; refused ones must leave the map as it was.
fn run(doc: &mut Document, ops: Vec<Op>) -> Result<(), TestCaseError> {
    for op in ops {
        let Some(edit) = to_edit(op, doc.map()) else {
            continue;
        };
        let before = doc.map().clone();
        let revision = doc.revision();
        if doc.apply(edit).is_err() {
            prop_assert_eq!(doc.map(), &before);
            prop_assert_eq!(doc.revision(), revision);
        }
        prop_assert!(check_map(doc.map()).is_ok(), "{:?}", check_map(doc.map()));
    }
    Ok(())
}

fn build(ops: Vec<Op>) -> Result<Map, TestCaseError> {
    let mut doc = Document::new(Map::default());
    run(&mut doc, ops)?;
    Ok(doc.map().clone())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_round_trip_through_the_format(ops in prop::collection::vec(op(), 0..60)) {
        let map = build(ops)?;
        let text = file::to_text(&map);
        let back = file::parse(text.as_bytes());
        prop_assert!(back.is_ok(), "{:?}\n{}", back.as_ref().err(), text);
        let back = back.unwrap_or_default();
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(file::to_text(&back), text);
    }

    #[test]
    fn random_edits_fully_undone_give_back_the_original(
        base in prop::collection::vec(op(), 0..40),
        ops in prop::collection::vec(op(), 0..40),
    ) {
        let original = build(base)?;
        let mut doc = Document::new(original.clone());
        run(&mut doc, ops)?;
        let last = doc.map().clone();
        while doc.undo() {}
        prop_assert_eq!(doc.map(), &original);
        prop_assert!(!doc.is_modified());
        while doc.redo() {}
        prop_assert_eq!(doc.map(), &last);
    }
}
