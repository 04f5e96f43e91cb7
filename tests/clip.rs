//! Copy and paste, within one map and between maps, and as clipboard text.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod common;

use common::*;
use convene::edit::clip::{self, Clip};
use convene::file::{clip_from_text, clip_to_text};
use convene::model::{Id, Map, Meta, Point};
use convene::{Document, file};

fn pasted(doc: &mut Document, clip: &Clip) -> Vec<Id> {
    let p = clip::paste(doc.map(), clip, Point::new(30.0, 30.0)).expect("something to paste");
    doc.apply(p.edit).unwrap();
    p.ids
}

#[test]
fn two_communities_bring_their_boundary_and_what_is_on_it() {
    let mut doc = sample();
    let before = doc.map().clone();
    let clip = clip::copy(doc.map(), &[PSY, SOC]).unwrap();
    assert!(clip.anchors.is_empty());
    for id in [PSY, SOC, B_PSY_SOC, T_SUSPICION, OBJ_FORM, BROKER] {
        assert!(clip.map.contains(id), "{id} was not copied");
    }
    // GP is not copied, so neither are the boundary and activity that need it.
    for id in [GP, B_ALL, T_TERMS, A_GUIDELINES, MGMT, B_SOC_MGMT] {
        assert!(!clip.map.contains(id), "{id} was copied");
    }

    let ids = pasted(&mut doc, &clip);
    assert_eq!(ids.len(), 6);
    let map = doc.map();
    assert_eq!(map.communities.len(), before.communities.len() + 2);
    let new_psy = map
        .communities
        .iter()
        .find(|c| c.name == "Psychiatrists" && c.id != PSY)
        .unwrap();
    assert_eq!(new_psy.pos, Point::new(30.0, 30.0));
    let new_boundary = map.boundaries.iter().find(|b| ids.contains(&b.id)).unwrap();
    assert!(new_boundary.between.contains(&new_psy.id));
    assert!(new_boundary.between.iter().all(|p| ids.contains(p)));
    let new_tension = map.tensions.iter().find(|t| ids.contains(&t.id)).unwrap();
    assert_eq!(new_tension.boundary, new_boundary.id);
    assert!(ids.contains(&new_tension.raised_by.unwrap()));

    // One paste is one undo step.
    doc.undo();
    assert_eq!(doc.map(), &before);
}

#[test]
fn a_tension_pasted_into_its_own_map_joins_the_same_boundary() {
    let mut doc = sample();
    let clip = clip::copy(doc.map(), &[T_TERMS]).unwrap();
    assert!(clip.anchors.contains(&B_ALL));
    let ids = pasted(&mut doc, &clip);
    assert_eq!(ids.len(), 1);
    let t = doc.map().tensions.get(ids[0]).unwrap();
    assert_eq!(t.boundary, B_ALL);
    assert_eq!(t.raised_by, Some(PSY));
    assert_eq!(doc.map().communities.len(), 3, "no anchor is copied");
}

#[test]
fn an_activity_pasted_alone_keeps_its_boundaries_tensions_and_expectations() {
    let mut doc = sample();
    let clip = clip::copy(doc.map(), &[A_GUIDELINES]).unwrap();
    let ids = pasted(&mut doc, &clip);
    let a = doc.map().activities.get(ids[0]).unwrap();
    assert_eq!(a.boundaries, vec![B_PSY_SOC, B_ALL]);
    assert_eq!(a.tensions, vec![T_SUSPICION, T_TERMS]);
    assert_eq!(a.expectations.len(), 2);
}

#[test]
fn what_needs_a_missing_anchor_is_left_out_in_another_map() {
    let doc = sample();
    let other = Map::new(Meta::titled("Elsewhere"));
    let tension = clip::copy(doc.map(), &[T_TERMS]).unwrap();
    assert!(clip::paste(&other, &tension, Point::new(0.0, 0.0)).is_none());

    // A community and a note paste anywhere; the boundary to GP does not come.
    let clip = clip::copy(doc.map(), &[GP, NOTE]).unwrap();
    let mut target = Document::new(other);
    let ids = pasted(&mut target, &clip);
    assert_eq!(ids.len(), 2);
    assert_eq!(target.map().communities.iter().next().unwrap().name, "GPs");
    assert_eq!(target.map().notes.len(), 1);
    assert!(target.map().boundaries.is_empty());
}

#[test]
fn a_group_takes_what_lies_in_its_frame() {
    let doc = sample();
    let clip = clip::copy(doc.map(), &[GROUP]).unwrap();
    // The frame spans (-50,-50) to (450,350): both psychiatrists and social
    // workers, and GPs at (150,250); the note at (0,400) lies outside.
    for id in [GROUP, PSY, SOC, GP, B_PSY_SOC, B_ALL, A_GUIDELINES] {
        assert!(clip.map.contains(id), "{id} was not copied");
    }
    assert!(!clip.map.contains(NOTE));
}

#[test]
fn clipboard_text_round_trips_and_other_text_is_not_taken() {
    let doc = sample();
    let clip = clip::copy(doc.map(), &[T_TERMS, NOTE]).unwrap();
    let text = clip_to_text(&clip);
    assert!(text.starts_with("Convene items 1; anchors: "));
    assert_eq!(clip_from_text(&text), Some(clip));

    assert_eq!(clip_from_text("Social workers"), None);
    assert_eq!(clip_from_text(""), None);
    // A damaged copy is not half-taken.
    assert_eq!(clip_from_text(&text[..text.len() / 2]), None);

    // A whole map file pastes as items.
    let whole = clip_from_text(&file::to_text(doc.map())).unwrap();
    assert!(whole.anchors.is_empty());
    assert_eq!(&whole.map, doc.map());
}
