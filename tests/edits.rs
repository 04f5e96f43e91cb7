//! Every edit, its refusal rules, and its undo.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod common;

use common::*;
use convene::model::*;
use convene::{Document, Edit};

/// Applies `edit`, checks the map changed as `check` expects, then undoes
/// and redoes it and checks both.
fn applies_and_undoes(edit: Edit, check: impl Fn(&Map)) {
    let mut doc = sample();
    let before = doc.map().clone();
    doc.apply(edit).unwrap();
    check(doc.map());
    assert!(doc.is_modified());
    let after = doc.map().clone();
    assert!(doc.undo());
    assert_eq!(doc.map(), &before, "undo did not restore the map");
    assert!(
        !doc.is_modified(),
        "undo back to the saved state should be unmodified"
    );
    assert!(doc.redo());
    assert_eq!(doc.map(), &after, "redo did not redo the edit");
    assert!(doc.is_modified());
}

/// Applies an edit that must be refused and checks nothing changed.
fn refused(edit: Edit) -> Problem {
    let mut doc = sample();
    let before = doc.map().clone();
    let problem = doc.apply(edit).unwrap_err();
    assert_eq!(doc.map(), &before, "a refused edit changed the map");
    assert!(!doc.is_modified());
    assert!(!doc.can_redo());
    assert_eq!(doc.undo_label(), None, "a refused edit added a step");
    problem
}

#[test]
fn add_each_kind() {
    let id = Id::from_u64(0x999);
    let items: Vec<Item> = vec![
        Community::new(id, "Nurses", Point::new(1.0, 2.0)).into(),
        Stakeholder::new(id, "Ministry", Point::new(1.0, 2.0)).into(),
        Boundary::new(id, vec![GP, MGMT]).into(),
        Tension::new(
            id,
            B_ALL,
            TensionKind::Other("Budget".into()),
            Severity::MAX,
        )
        .into(),
        Activity::new(id, ActivityKind::Visit, "Ward visit", vec![B_PSY_SOC]).into(),
        BoundaryObject {
            id,
            name: "Glossary".into(),
            description: "Words both sides use".into(),
            boundaries: vec![B_ALL],
        }
        .into(),
        Broker {
            id,
            name: "Sam".into(),
            communities: vec![GP],
            boundaries: vec![],
            note: String::new(),
        }
        .into(),
        Note::new(id, "Remember lunch", Point::new(5.0, 5.0)).into(),
        Group::new(id, "Outside", Point::new(0.0, 0.0), Size::new(10.0, 10.0)).into(),
    ];
    for item in items {
        let kind = item.kind();
        let expected = item.clone();
        applies_and_undoes(Edit::Add(item), |map| {
            assert_eq!(map.kind_of(id), Some(kind));
            assert_eq!(map.item(id).as_ref(), Some(&expected));
        });
    }
}

#[test]
fn added_items_go_last_and_undo_removes_them() {
    let id = Id::from_u64(0x999);
    applies_and_undoes(
        Edit::Add(Community::new(id, "Nurses", Point::default()).into()),
        |map| assert_eq!(map.communities.iter().last().map(|c| c.id), Some(id)),
    );
}

#[test]
fn add_refuses_a_used_id() {
    let p = refused(Edit::Add(
        Community::new(SOC, "Again", Point::default()).into(),
    ));
    assert_eq!(p.kind, ProblemKind::DuplicateId);
    assert!(p.message.contains("Social workers"), "{}", p.message);
}

#[test]
fn add_refuses_a_boundary_to_a_missing_community() {
    let missing = Id::from_u64(0xdead);
    let p = refused(Edit::Add(
        Boundary::new(Id::from_u64(0x999), vec![PSY, missing]).into(),
    ));
    assert_eq!(p.kind, ProblemKind::MissingReference);
    assert!(p.message.contains("000000000000dead"), "{}", p.message);
}

#[test]
fn add_refuses_a_boundary_to_something_that_is_not_a_party() {
    let p = refused(Edit::Add(
        Boundary::new(Id::from_u64(0x999), vec![PSY, T_TERMS]).into(),
    ));
    assert_eq!(p.kind, ProblemKind::WrongKind);
}

#[test]
fn add_refuses_a_one_sided_or_repeated_boundary() {
    let one = refused(Edit::Add(
        Boundary::new(Id::from_u64(0x999), vec![PSY]).into(),
    ));
    assert_eq!(one.kind, ProblemKind::TooFewSides);
    let twice = refused(Edit::Add(
        Boundary::new(Id::from_u64(0x999), vec![PSY, PSY]).into(),
    ));
    assert_eq!(twice.kind, ProblemKind::RepeatedReference);
}

#[test]
fn severity_outside_one_to_five_cannot_be_made() {
    assert!(Severity::new(9).is_err());
    assert!(Severity::new(0).is_err());
    assert_eq!(Severity::new(5).map(Severity::get), Ok(5));
    let err = Severity::try_from(9).unwrap_err();
    assert!(err.to_string().contains("1 (mild) to 5 (severe)"));
}

#[test]
fn add_refuses_a_tension_on_a_missing_boundary_or_raised_by_a_non_party() {
    let t = Tension::new(
        Id::from_u64(0x999),
        PSY,
        TensionKind::Suspicion,
        Severity::MIN,
    );
    assert_eq!(refused(Edit::Add(t.into())).kind, ProblemKind::WrongKind);
    let mut t = Tension::new(
        Id::from_u64(0x999),
        B_ALL,
        TensionKind::Suspicion,
        Severity::MIN,
    );
    t.raised_by = Some(NOTE);
    assert_eq!(refused(Edit::Add(t.into())).kind, ProblemKind::WrongKind);
}

#[test]
fn add_refuses_activity_references_of_the_wrong_kind() {
    let mut a = Activity::new(
        Id::from_u64(0x999),
        ActivityKind::Workshop,
        "x",
        vec![B_ALL],
    );
    a.tensions = vec![B_ALL];
    assert_eq!(refused(Edit::Add(a.into())).kind, ProblemKind::WrongKind);
    let mut a = Activity::new(Id::from_u64(0x999), ActivityKind::Workshop, "x", vec![]);
    a.expectations = vec![Expectation {
        party: Id::from_u64(0xbad),
        value: None,
        note: String::new(),
    }];
    assert_eq!(
        refused(Edit::Add(a.into())).kind,
        ProblemKind::MissingReference
    );
}

#[test]
fn add_refuses_broken_numbers() {
    let c = Community::new(Id::from_u64(0x999), "x", Point::new(f32::NAN, 0.0));
    assert_eq!(refused(Edit::Add(c.into())).kind, ProblemKind::BadNumber);
    let g = Group::new(
        Id::from_u64(0x999),
        "x",
        Point::default(),
        Size::new(0.0, 5.0),
    );
    assert_eq!(refused(Edit::Add(g.into())).kind, ProblemKind::BadNumber);
}

#[test]
fn update_replaces_an_item_and_undo_restores_it() {
    let mut soc = sample().map().communities.get(SOC).unwrap().clone();
    soc.name = "Social work team".into();
    soc.size = Some(40);
    applies_and_undoes(Edit::Update(soc.into()), |map| {
        let c = map.communities.get(SOC).unwrap();
        assert_eq!(c.name, "Social work team");
        assert_eq!(c.size, Some(40));
    });
    let mut t = sample().map().tensions.get(T_TERMS).unwrap().clone();
    t.status = TensionStatus::Easing;
    t.confidential = true;
    applies_and_undoes(Edit::Update(t.into()), |map| {
        assert_eq!(
            map.tensions.get(T_TERMS).unwrap().status,
            TensionStatus::Easing
        );
    });
}

#[test]
fn update_refuses_missing_items_kind_changes_and_broken_references() {
    let ghost = Community::new(Id::from_u64(0x999), "Ghost", Point::default());
    assert_eq!(
        refused(Edit::Update(ghost.into())).kind,
        ProblemKind::NoSuchItem
    );
    let as_stakeholder = Stakeholder::new(PSY, "Psychiatrists", Point::default());
    assert_eq!(
        refused(Edit::Update(as_stakeholder.into())).kind,
        ProblemKind::KindChanged
    );
    let mut b = sample().map().boundaries.get(B_PSY_SOC).unwrap().clone();
    b.between = vec![PSY];
    assert_eq!(
        refused(Edit::Update(b.into())).kind,
        ProblemKind::TooFewSides
    );
}

#[test]
fn an_update_that_changes_nothing_adds_no_step() {
    let mut doc = sample();
    let same = doc.map().item(PSY).unwrap();
    doc.apply(Edit::Update(same)).unwrap();
    assert!(!doc.can_undo());
    assert!(!doc.is_modified());
}

#[test]
fn set_meta_and_undo() {
    let meta = Meta {
        title: "Referrals, round two".into(),
        purpose: "Agree who refers whom".into(),
        facilitator: "Ada".into(),
        date: Date::new(2026, 3, 14),
        place: "Room 4".into(),
    };
    let expected = meta.clone();
    applies_and_undoes(Edit::SetMeta(meta), |map| assert_eq!(map.meta, expected));
}

#[test]
fn move_is_one_step_and_undoes() {
    let moves = vec![
        (PSY, Point::new(10.0, 20.0)),
        (MGMT, Point::new(-5.0, 7.5)),
        (NOTE, Point::new(1.0, 1.0)),
        (GROUP, Point::new(2.0, 2.0)),
    ];
    applies_and_undoes(Edit::Move(moves), |map| {
        assert_eq!(
            map.communities.get(PSY).unwrap().pos,
            Point::new(10.0, 20.0)
        );
        assert_eq!(
            map.stakeholders.get(MGMT).unwrap().pos,
            Point::new(-5.0, 7.5)
        );
        assert_eq!(map.notes.get(NOTE).unwrap().pos, Point::new(1.0, 1.0));
        assert_eq!(map.groups.get(GROUP).unwrap().pos, Point::new(2.0, 2.0));
    });
    let mut doc = sample();
    doc.apply(Edit::Move(vec![
        (PSY, Point::new(1.0, 1.0)),
        (SOC, Point::new(2.0, 2.0)),
    ]))
    .unwrap();
    assert!(doc.undo());
    assert!(!doc.can_undo(), "a move of many items must be one step");
}

#[test]
fn move_refuses_items_without_a_place_and_bad_numbers() {
    assert_eq!(
        refused(Edit::Move(vec![(B_ALL, Point::default())])).kind,
        ProblemKind::NotMovable
    );
    assert_eq!(
        refused(Edit::Move(vec![
            (PSY, Point::new(1.0, 1.0)),
            (SOC, Point::new(f32::INFINITY, 0.0))
        ]))
        .kind,
        ProblemKind::BadNumber
    );
    assert_eq!(
        refused(Edit::Move(vec![(Id::from_u64(0x999), Point::default())])).kind,
        ProblemKind::NoSuchItem
    );
}

#[test]
fn removing_a_community_repairs_everything_that_named_it() {
    applies_and_undoes(Edit::Remove(vec![SOC]), |map| {
        assert!(!map.contains(SOC));
        // Two-sided boundaries with social workers go, with their tensions.
        assert!(!map.contains(B_PSY_SOC));
        assert!(!map.contains(B_SOC_MGMT));
        assert!(!map.contains(T_SUSPICION));
        // The three-sided boundary keeps its other two sides and its tension.
        assert_eq!(map.boundaries.get(B_ALL).unwrap().between, vec![PSY, GP]);
        assert!(map.contains(T_TERMS));
        // The activity forgets the removed boundary, tension and participant.
        let a = map.activities.get(A_GUIDELINES).unwrap();
        assert_eq!(a.boundaries, vec![B_ALL]);
        assert_eq!(a.tensions, vec![T_TERMS]);
        assert_eq!(a.participants, vec![PSY, GP]);
        assert_eq!(a.expectations.len(), 1);
        assert_eq!(a.expectations[0].party, PSY);
        // The boundary object and the broker forget them too.
        assert!(map.objects.get(OBJ_FORM).unwrap().boundaries.is_empty());
        let broker = map.brokers.get(BROKER).unwrap();
        assert_eq!(broker.communities, vec![PSY]);
        assert!(broker.boundaries.is_empty());
        check_map(map).unwrap();
    });
}

#[test]
fn removing_a_party_clears_the_tensions_it_raised() {
    applies_and_undoes(Edit::Remove(vec![PSY]), |map| {
        // The three-sided boundary survives with two sides; its tension was
        // raised by the psychiatrists and now has no voice recorded.
        let t = map.tensions.get(T_TERMS).unwrap();
        assert_eq!(t.raised_by, None);
        check_map(map).unwrap();
    });
}

#[test]
fn one_undo_restores_a_removal_in_the_original_order() {
    let mut doc = sample();
    let before = doc.map().clone();
    doc.apply(Edit::Remove(vec![SOC, PSY, NOTE])).unwrap();
    assert!(doc.undo());
    assert!(!doc.can_undo());
    assert_eq!(doc.map(), &before);
    let order: Vec<Id> = doc.map().communities.iter().map(|c| c.id).collect();
    assert_eq!(order, vec![PSY, SOC, GP]);
}

#[test]
fn removing_a_boundary_removes_its_tensions() {
    applies_and_undoes(Edit::Remove(vec![B_PSY_SOC]), |map| {
        assert!(!map.contains(T_SUSPICION));
        assert!(map.contains(T_TERMS));
        let a = map.activities.get(A_GUIDELINES).unwrap();
        assert_eq!(a.boundaries, vec![B_ALL]);
        assert_eq!(a.tensions, vec![T_TERMS]);
        check_map(map).unwrap();
    });
}

#[test]
fn removing_a_tension_or_leaf_items() {
    applies_and_undoes(Edit::Remove(vec![T_TERMS]), |map| {
        assert_eq!(
            map.activities.get(A_GUIDELINES).unwrap().tensions,
            vec![T_SUSPICION]
        );
    });
    applies_and_undoes(
        Edit::Remove(vec![A_GUIDELINES, OBJ_FORM, BROKER, NOTE, GROUP, MGMT]),
        |map| {
            for id in [
                A_GUIDELINES,
                OBJ_FORM,
                BROKER,
                NOTE,
                GROUP,
                MGMT,
                B_SOC_MGMT,
            ] {
                assert!(!map.contains(id), "{id} should be gone");
            }
            check_map(map).unwrap();
        },
    );
}

#[test]
fn remove_refuses_a_missing_item_and_removes_nothing() {
    let p = refused(Edit::Remove(vec![PSY, Id::from_u64(0x999)]));
    assert_eq!(p.kind, ProblemKind::NoSuchItem);
}

#[test]
fn a_batch_stands_or_falls_whole() {
    let id = Id::from_u64(0x999);
    let good = Edit::Add(Community::new(id, "Nurses", Point::default()).into());
    let bad = Edit::Add(Boundary::new(Id::from_u64(0x998), vec![id, Id::from_u64(0xbad)]).into());
    refused(Edit::Batch(vec![
        good.clone(),
        Edit::Remove(vec![PSY]),
        bad,
    ]));
    applies_and_undoes(
        Edit::Batch(vec![
            good,
            Edit::Add(Boundary::new(Id::from_u64(0x998), vec![id, GP]).into()),
        ]),
        |map| {
            assert!(map.contains(id));
            assert!(map.contains(Id::from_u64(0x998)));
        },
    );
}

#[test]
fn modified_follows_the_saved_revision() {
    let mut doc = sample();
    assert!(!doc.is_modified());
    doc.apply(Edit::Move(vec![(PSY, Point::new(1.0, 1.0))]))
        .unwrap();
    doc.apply(Edit::Move(vec![(PSY, Point::new(2.0, 2.0))]))
        .unwrap();
    assert!(doc.is_modified());
    doc.mark_saved();
    assert!(!doc.is_modified());
    doc.undo();
    assert!(doc.is_modified(), "the saved state was the later one");
    doc.redo();
    assert!(!doc.is_modified(), "redo returns to the saved state");
    doc.undo();
    doc.apply(Edit::Move(vec![(PSY, Point::new(2.0, 2.0))]))
        .unwrap();
    assert!(
        doc.is_modified(),
        "the same content reached by a new edit is a new revision"
    );
    assert!(!doc.can_redo(), "a new edit clears the redo stack");
}

#[test]
fn new_and_unsaved_documents() {
    assert!(!Document::new(Map::default()).is_modified());
    assert!(Document::unsaved(Map::default()).is_modified());
}

#[test]
fn undo_and_redo_to_any_depth() {
    let mut doc = Document::new(Map::default());
    let empty = doc.map().clone();
    for edit in sample_edits() {
        doc.apply(edit).unwrap();
    }
    let full = doc.map().clone();
    while doc.undo() {}
    assert_eq!(doc.map(), &empty);
    assert!(!doc.is_modified());
    while doc.redo() {}
    assert_eq!(doc.map(), &full);
}

#[test]
fn coalescing_edits_join_one_step() {
    let mut doc = sample();
    let before = doc.map().clone();
    for name in ["S", "So", "Soc"] {
        let mut c = doc.map().communities.get(SOC).unwrap().clone();
        c.name = name.into();
        doc.apply_coalescing(Edit::Update(c.into()), "name 2")
            .unwrap();
    }
    assert_eq!(doc.map().communities.get(SOC).unwrap().name, "Soc");
    assert_eq!(doc.undo_label(), Some("Edit community"));
    doc.undo();
    assert_eq!(doc.map(), &before);
    assert!(!doc.can_undo());
    doc.redo();
    assert_eq!(doc.map().communities.get(SOC).unwrap().name, "Soc");

    // A different key, or a seal, starts a new step.
    let mut c = doc.map().communities.get(PSY).unwrap().clone();
    c.name = "Psy".into();
    doc.apply_coalescing(Edit::Update(c.into()), "name 1")
        .unwrap();
    doc.seal();
    let mut c = doc.map().communities.get(PSY).unwrap().clone();
    c.name = "Psych".into();
    doc.apply_coalescing(Edit::Update(c.into()), "name 1")
        .unwrap();
    doc.undo();
    assert_eq!(doc.map().communities.get(PSY).unwrap().name, "Psy");
    doc.undo();
    assert_eq!(
        doc.map().communities.get(PSY).unwrap().name,
        "Psychiatrists"
    );
    doc.undo();
    assert_eq!(doc.map(), &before);
}
