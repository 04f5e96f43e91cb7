//! Each kind of warning on a small hand-made map, and the example maps.

use super::{WarningKind, warnings};
use crate::model::{
    Activity, ActivityKind, Boundary, Broker, Community, Expectation, Id, Map, Point, Severity,
    Stakeholder, Tension, TensionKind,
};

fn id(n: u64) -> Id {
    Id::from_u64(n)
}

const POLICE: u64 = 1;
const PSYCH: u64 = 2;
const SOCIAL: u64 = 3;
const MANAGER: u64 = 4;
const PSYCH_SOCIAL: u64 = 10;
const POLICE_SOCIAL: u64 = 11;
const NOTES: u64 = 20;
const TALK: u64 = 30;

/// Police, psychiatrists and social workers, a manager, two boundaries and
/// a tension raised by the psychiatrists on their own boundary: no
/// warnings.
fn base() -> Map {
    let mut map = Map::default();
    for (n, name) in [
        (POLICE, "Police"),
        (PSYCH, "Psychiatrists"),
        (SOCIAL, "Social workers"),
    ] {
        map.insert_item(0, Community::new(id(n), name, Point::new(0.0, 0.0)).into());
    }
    map.insert_item(
        0,
        Stakeholder::new(id(MANAGER), "Manager", Point::new(0.0, 0.0)).into(),
    );
    map.insert_item(
        0,
        Boundary::new(id(PSYCH_SOCIAL), vec![id(PSYCH), id(SOCIAL)]).into(),
    );
    map.insert_item(
        1,
        Boundary::new(id(POLICE_SOCIAL), vec![id(POLICE), id(SOCIAL)]).into(),
    );
    let mut t = Tension::new(
        id(NOTES),
        id(PSYCH_SOCIAL),
        TensionKind::Misunderstanding,
        Severity::default(),
    );
    t.statement = "They never read our notes".to_owned();
    t.raised_by = Some(id(PSYCH));
    map.insert_item(0, t.into());
    let mut a = Activity::new(
        id(TALK),
        ActivityKind::Breakthrough,
        "Draft referral guidelines",
        vec![id(PSYCH_SOCIAL)],
    );
    a.tensions = vec![id(NOTES)];
    map.insert_item(0, a.into());
    map
}

fn kinds(map: &Map) -> Vec<WarningKind> {
    warnings(map).iter().map(|w| w.kind).collect()
}

#[test]
fn a_tidy_map_has_no_warnings() {
    assert_eq!(warnings(&base()), vec![]);
}

#[test]
fn a_tension_raised_from_off_its_boundary() {
    let mut map = base();
    if let Some(t) = map.tensions.get_mut(id(NOTES)) {
        t.raised_by = Some(id(POLICE));
    }
    let found = warnings(&map);
    assert_eq!(found.len(), 1, "{found:?}");
    let w = &found[0];
    assert_eq!(w.kind, WarningKind::RaisedOffBoundary);
    assert_eq!((w.item, w.reference), (id(NOTES), Some(id(POLICE))));
    assert_eq!(w.field, Some("raised_by"));
    assert_eq!(
        w.message,
        "Tension 'They never read our notes' is raised by Police, who is not on its boundary Psychiatrists – Social workers"
    );
}

#[test]
fn an_activity_addressing_a_tension_on_a_boundary_it_does_not_serve() {
    let mut map = base();
    if let Some(a) = map.activities.get_mut(id(TALK)) {
        a.boundaries = vec![id(POLICE_SOCIAL)];
    }
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::TensionElsewhere]);
    assert_eq!(
        (found[0].item, found[0].reference),
        (id(TALK), Some(id(NOTES)))
    );
    assert_eq!(
        found[0].message,
        "Activity 'Draft referral guidelines' addresses tension 'They never read our notes', \
         which lies on Psychiatrists – Social workers: a boundary the activity does not serve"
    );
}

#[test]
fn an_expectation_from_someone_not_taking_part() {
    let mut map = base();
    let expect = |party| Expectation {
        party: id(party),
        value: None,
        note: String::new(),
    };
    // With no participants listed, the sides of its boundary take part.
    if let Some(a) = map.activities.get_mut(id(TALK)) {
        a.expectations = vec![expect(PSYCH), expect(POLICE), expect(POLICE)];
    }
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::ExpectationFromOutsider]);
    assert_eq!(found[0].reference, Some(id(POLICE)));
    assert!(
        found[0]
            .message
            .ends_with("Police is on none of the boundaries it serves"),
        "{}",
        found[0].message
    );
    // With participants listed, only they take part.
    if let Some(a) = map.activities.get_mut(id(TALK)) {
        a.participants = vec![id(POLICE), id(SOCIAL)];
    }
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::ExpectationFromOutsider]);
    assert_eq!(found[0].reference, Some(id(PSYCH)));
    assert_eq!(
        found[0].message,
        "Activity 'Draft referral guidelines' records what Psychiatrists expects from it, \
         but Psychiatrists is not among its participants"
    );
}

#[test]
fn an_activity_that_neither_side_takes_part_in() {
    let mut map = base();
    if let Some(a) = map.activities.get_mut(id(TALK)) {
        a.participants = vec![id(POLICE), id(MANAGER)];
    }
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::NoSideTakesPart]);
    assert_eq!(
        (found[0].item, found[0].reference, found[0].field),
        (id(TALK), Some(id(PSYCH_SOCIAL)), Some("boundaries"))
    );
    assert_eq!(
        found[0].message,
        "Activity 'Draft referral guidelines' serves the boundary Psychiatrists – Social workers, \
         but neither side takes part: its participants are Police and Manager"
    );
    // One side is enough; outsiders may join it.
    if let Some(a) = map.activities.get_mut(id(TALK)) {
        a.participants.push(id(SOCIAL));
    }
    assert_eq!(warnings(&map), vec![]);
}

#[test]
fn a_broker_from_neither_side() {
    let mut map = base();
    let mut k = Broker {
        id: id(40),
        name: "Ana".to_owned(),
        communities: vec![id(POLICE)],
        boundaries: vec![id(POLICE_SOCIAL), id(PSYCH_SOCIAL)],
        note: String::new(),
    };
    map.insert_item(0, k.clone().into());
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::BrokerFromNeitherSide]);
    assert_eq!(
        (found[0].item, found[0].reference),
        (id(40), Some(id(PSYCH_SOCIAL)))
    );
    assert_eq!(
        found[0].message,
        "Broker 'Ana' brokers the boundary Psychiatrists – Social workers but belongs to neither side: only to Police"
    );
    // Nothing recorded about where a broker belongs: nothing to judge.
    k.communities.clear();
    map.replace_item(k.into());
    assert_eq!(warnings(&map), vec![]);
}

#[test]
fn two_boundaries_with_the_same_sides() {
    let mut map = base();
    // The same sides, in the other order.
    map.insert_item(2, Boundary::new(id(12), vec![id(SOCIAL), id(PSYCH)]).into());
    let found = warnings(&map);
    assert_eq!(kinds(&map), vec![WarningKind::SameSides]);
    assert_eq!(
        (found[0].item, found[0].reference),
        (id(12), Some(id(PSYCH_SOCIAL)))
    );
    assert_eq!(
        found[0].message,
        "There are two boundaries between Psychiatrists – Social workers; one is probably a copy of the other"
    );
    // A labelled copy names both.
    if let Some(b) = map.boundaries.get_mut(id(12)) {
        b.label = "Referrals".to_owned();
    }
    assert!(warnings(&map)[0].message.starts_with(
        "Boundary 'Referrals' joins the same sides as boundary Psychiatrists – Social workers"
    ));
    // A third side makes it another boundary.
    if let Some(b) = map.boundaries.get_mut(id(12)) {
        b.between.push(id(POLICE));
    }
    assert_eq!(warnings(&map), vec![]);
}

#[test]
fn generated_maps_warn_only_about_boundaries_drawn_again() {
    for size in [100, 1000] {
        let map = crate::generate::map(size, 7);
        assert_eq!(warnings(&map), vec![], "a map of {size}");
    }
    // Two communities get three boundaries between them: two are copies
    // of the first.
    let map = crate::generate::map(2, 7);
    let first = map.boundaries.iter().next().map(|b| b.id);
    let found = warnings(&map);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|w| w.kind == WarningKind::SameSides && w.reference == first)
    );
}
