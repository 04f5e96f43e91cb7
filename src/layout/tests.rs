//! Tidying generated and hand-made maps: nothing overlaps afterwards,
//! pinned and grouped items stay, the same map tidies the same way, and
//! parties that share a boundary end up near each other.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

use super::nodes::{Nodes, Rect};
use super::{Sizes, tidy};
use crate::edit::{self, Edit};
use crate::generate;
use crate::model::{
    Activity, ActivityKind, Boundary, Community, Group, Id, Map, Note, Point, Size, Stakeholder,
};

/// A generated map squeezed to a third of its spacing, with stakeholders
/// and notes dropped among the communities: crowded, overlapping.
fn crowded(communities: usize, seed: u64) -> Map {
    let mut map = generate::map(communities, seed);
    let points: Vec<Point> = map.communities.iter().map(|c| c.pos).collect();
    let mut moves: Vec<(Id, Point)> = map
        .communities
        .iter()
        .map(|c| (c.id, Point::new(c.pos.x * 0.3, c.pos.y * 0.3)))
        .collect();
    edit::apply(&mut map, Edit::Move(std::mem::take(&mut moves))).unwrap();
    for (k, p) in points.iter().enumerate().step_by(5) {
        let at = Point::new(p.x * 0.3 + 20.0, p.y * 0.3 + 10.0);
        let id = Id::from_u64(0x5700_0000 + k as u64);
        let item = if k % 2 == 0 {
            Stakeholder::new(id, format!("Stakeholder {k}"), at).into()
        } else {
            Note::new(id, "A note", at).into()
        };
        edit::apply(&mut map, Edit::Add(item)).unwrap();
    }
    map
}

/// The map after tidying.
fn tidied(map: &Map) -> Map {
    let mut map = map.clone();
    let moves = tidy(&map, &Sizes::default());
    edit::apply(&mut map, Edit::Move(moves)).unwrap();
    map
}

/// The pairs of items whose boxes (as drawn, with no spacing) overlap.
fn overlapping(map: &Map) -> Vec<(Id, Id)> {
    too_close(map, 0.0)
}

/// The pairs of items whose boxes, widened by `pad` on every side, overlap.
fn too_close(map: &Map, pad: f32) -> Vec<(Id, Id)> {
    let nodes = Nodes::of(map, &Sizes::default());
    let boxes: Vec<Rect> = (0..nodes.len()).map(|i| nodes.rect(i, pad)).collect();
    let mut found = Vec::new();
    for i in 0..boxes.len() {
        for j in i + 1..boxes.len() {
            if boxes[i].overlaps(&boxes[j]) {
                found.push((nodes.ids[i], nodes.ids[j]));
            }
        }
    }
    found
}

#[test]
fn nothing_overlaps_after_tidying_crowded_maps() {
    for (size, seed) in [(30, 1), (150, 2), (400, 3)] {
        let map = crowded(size, seed);
        assert!(!overlapping(&map).is_empty(), "the map starts crowded");
        let after = tidied(&map);
        assert_eq!(overlapping(&after), vec![], "{size} communities");
    }
}

/// The map the `layout/tidy/1000` bench tidies: a generated map of a
/// thousand communities at half their spacing, with a card under each of
/// a thousand boundaries.
fn squeezed_thousand() -> Map {
    let mut map = generate::map(1000, 11);
    let moves = map
        .communities
        .iter()
        .map(|c| (c.id, Point::new(c.pos.x * 0.5, c.pos.y * 0.5)))
        .collect();
    edit::apply(&mut map, Edit::Move(moves)).unwrap();
    map
}

/// How many items stand on another boundary's card column.
fn items_on_cards(map: &Map) -> usize {
    let nodes = Nodes::of(map, &Sizes::default());
    nodes
        .cards
        .iter()
        .map(|c| {
            let column = nodes.card_rect(c);
            (0..nodes.len())
                .filter(|&i| !c.sides.contains(&(i as u32)))
                .filter(|&i| nodes.rect(i, 0.0).overlaps(&column))
                .count()
        })
        .sum()
}

#[test]
fn a_thousand_item_map_tidies_with_nothing_overlapping_and_cards_clear() {
    let map = squeezed_thousand();
    let pad = Sizes::default().spacing / 2.0;
    assert!(too_close(&map, pad).len() > 500, "the map starts crowded");
    let after = tidied(&map);
    assert_eq!(too_close(&after, pad), vec![], "the spacing is kept too");
    // Cards get room where pushing makes it; on a crowded map a few may
    // still lie under an item, but not a sizeable share of the thousand.
    let under = items_on_cards(&after);
    assert!(under < 50, "{under} items stand on cards");
    let (linked, all) = distances(&after);
    assert!(
        linked < all / 5.0,
        "sides {linked:.0} apart, any two {all:.0}"
    );
}

#[test]
fn pinned_and_grouped_items_keep_their_place() {
    let mut map = crowded(60, 4);
    let ids: Vec<Id> = map.placed_ids().collect();
    let pinned: Vec<Id> = ids.iter().copied().step_by(7).collect();
    for &id in &pinned {
        let item = match map.item(id).unwrap() {
            crate::model::Item::Community(mut c) => {
                c.pinned = true;
                c.into()
            }
            crate::model::Item::Stakeholder(mut s) => {
                s.pinned = true;
                s.into()
            }
            crate::model::Item::Note(mut n) => {
                n.pinned = true;
                n.into()
            }
            _ => unreachable!(),
        };
        edit::apply(&mut map, Edit::Update(item)).unwrap();
    }
    let frame = Group::new(
        Id::from_u64(0x6000),
        "Kept together",
        Point::new(-10.0, -10.0),
        Size::new(150.0, 150.0),
    );
    let group = frame.id;
    edit::apply(&mut map, Edit::Add(frame.into())).unwrap();
    let grouped = map.group_contents(group);
    assert!(grouped.len() >= 2, "the frame holds several items");

    let moves = tidy(&map, &Sizes::default());
    assert!(!moves.is_empty(), "the rest is tidied");
    for (id, _) in &moves {
        assert!(!pinned.contains(id), "a pinned item moved");
        assert!(!grouped.contains(id), "an item in a group moved");
    }
    let after = tidied(&map);
    for id in pinned.iter().chain(&grouped) {
        assert_eq!(after.item(*id).unwrap().pos(), map.item(*id).unwrap().pos());
    }
    assert_eq!(
        after.group_contents(group),
        grouped,
        "nothing moved into the frame"
    );
}

#[test]
fn the_same_map_always_tidies_the_same_way() {
    let first = tidy(&crowded(300, 5), &Sizes::default());
    let again = tidy(&crowded(300, 5), &Sizes::default());
    assert!(!first.is_empty());
    assert_eq!(first, again);
}

/// The mean distance between the sides of each boundary, and between every
/// pair of communities.
fn distances(map: &Map) -> (f32, f32) {
    let at = |id: Id| map.communities.get(id).unwrap().pos;
    let dist = |a: Point, b: Point| (a.x - b.x).hypot(a.y - b.y);
    let linked: Vec<f32> = map
        .boundaries
        .iter()
        .map(|b| dist(at(b.between[0]), at(b.between[1])))
        .collect();
    let all: Vec<Point> = map.communities.iter().map(|c| c.pos).collect();
    let mut pairs = Vec::new();
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            pairs.push(dist(all[i], all[j]));
        }
    }
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
    (mean(&linked), mean(&pairs))
}

#[test]
fn parties_that_share_a_boundary_end_up_near_each_other() {
    // Thirty communities scattered over a wide area, the leftmost joined to
    // the rightmost, the second to the second from the right, and so on.
    let mut map = Map::default();
    let mut rng = generate::Rng::new(7);
    let mut placed: Vec<(f32, Id)> = Vec::new();
    for i in 0..30 {
        let id = Id::from_u64(100 + i);
        let at = Point::new(rng.unit() * 3000.0, rng.unit() * 3000.0);
        edit::apply(&mut map, Edit::Add(Community::new(id, "C", at).into())).unwrap();
        placed.push((at.x, id));
    }
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for i in 0..15 {
        let sides = vec![placed[i].1, placed[29 - i].1];
        let b = Boundary::new(Id::from_u64(500 + i as u64), sides);
        edit::apply(&mut map, Edit::Add(b.into())).unwrap();
    }
    let (linked, all) = distances(&map);
    assert!(linked > all, "the sides start far apart");
    let (linked, all) = distances(&tidied(&map));
    assert!(
        linked < all / 2.0,
        "sides {linked:.0} apart, any two {all:.0}"
    );
}

#[test]
fn room_is_left_for_the_cards_under_a_boundary() {
    let mut map = Map::default();
    let (a, b, c) = (Id::from_u64(1), Id::from_u64(2), Id::from_u64(3));
    for (id, x, y) in [(a, 0.0, 0.0), (b, 300.0, 0.0), (c, 150.0, 80.0)] {
        let item = Community::new(id, "C", Point::new(x, y)).into();
        edit::apply(&mut map, Edit::Add(item)).unwrap();
    }
    let boundary = Id::from_u64(10);
    edit::apply(
        &mut map,
        Edit::Add(Boundary::new(boundary, vec![a, b]).into()),
    )
    .unwrap();
    for k in 0..3 {
        let act = Activity::new(
            Id::from_u64(20 + k),
            ActivityKind::BoundaryProject,
            "Work together",
            vec![boundary],
        );
        edit::apply(&mut map, Edit::Add(act.into())).unwrap();
    }
    let after = tidied(&map);
    let nodes = Nodes::of(&after, &Sizes::default());
    let cards = nodes.card_rect(&nodes.cards[0]);
    assert!(
        !nodes.rect(2, 0.0).overlaps(&cards),
        "the third community stands clear of the cards"
    );
    let before = Nodes::of(&map, &Sizes::default());
    assert!(
        before
            .rect(2, 0.0)
            .overlaps(&before.card_rect(&before.cards[0]))
    );
}
