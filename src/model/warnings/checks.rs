//! The checks behind [`super::warnings`], one function per kind of oddity.
//! Each looks at every item once and at the short lists it holds, so the
//! whole takes time in proportion to the map (long hand-made lists are
//! looked up through a set).

use std::collections::HashMap;

use super::{Warning, WarningKind, words};
use crate::model::query::IdSet;
use crate::model::{Activity, Id, IdBuildHasher, Map};

/// Ids to look up: a short list is searched, a long one hashed.
struct Lookup<'a> {
    list: &'a [Id],
    set: Option<IdSet>,
}

impl<'a> Lookup<'a> {
    fn new(list: &'a [Id]) -> Self {
        let set = (list.len() > 16).then(|| list.iter().copied().collect());
        Self { list, set }
    }

    fn contains(&self, id: Id) -> bool {
        match &self.set {
            Some(set) => set.contains(&id),
            None => self.list.contains(&id),
        }
    }
}

/// Two boundaries with the same sides, in any order: the later one is
/// warned about, pointing at the first.
pub(super) fn same_sides(map: &Map, out: &mut Vec<Warning>) {
    let mut first: HashMap<Vec<Id>, Id, IdBuildHasher> =
        HashMap::with_capacity_and_hasher(map.boundaries.len(), IdBuildHasher::default());
    for b in map.boundaries.iter() {
        let mut sides = b.between.clone();
        sides.sort_unstable();
        let Some(&earlier) = first.get(&sides) else {
            first.insert(sides, b.id);
            continue;
        };
        let message = match map.boundaries.get(earlier) {
            Some(first) if first.label.trim() == b.label.trim() => {
                let called = match b.label.trim() {
                    "" => String::new(),
                    label => format!(", both called '{label}'"),
                };
                format!(
                    "There are two boundaries between {}{called}; one is probably a copy of the other",
                    sides_of(map, first)
                )
            }
            _ => format!(
                "Boundary {} joins the same sides as boundary {}; one is probably a copy of the other",
                words::boundary(map, b),
                words::boundary_id(map, earlier)
            ),
        };
        out.push(Warning {
            kind: WarningKind::SameSides,
            item: b.id,
            reference: Some(earlier),
            field: None,
            message,
        });
    }
}

/// A boundary's sides by name: "Police – Social workers".
fn sides_of(map: &Map, b: &crate::model::Boundary) -> String {
    b.between
        .iter()
        .map(|&side| words::party(map, side))
        .collect::<Vec<_>>()
        .join(" – ")
}

/// A tension raised by a community or stakeholder that is not a side of
/// the tension's boundary.
pub(super) fn raised_off_boundary(map: &Map, out: &mut Vec<Warning>) {
    for t in map.tensions.iter() {
        let (Some(by), Some(b)) = (t.raised_by, map.boundaries.get(t.boundary)) else {
            continue;
        };
        if b.between.contains(&by) {
            continue;
        }
        out.push(Warning {
            kind: WarningKind::RaisedOffBoundary,
            item: t.id,
            reference: Some(by),
            field: Some("raised_by"),
            message: format!(
                "Tension {} is raised by {}, who is not on its boundary {}",
                words::tension(t),
                words::party(map, by),
                words::boundary(map, b)
            ),
        });
    }
}

/// For each activity: tensions on boundaries it does not serve, and
/// expectations from parties that do not take part.
pub(super) fn activities(map: &Map, out: &mut Vec<Warning>) {
    for a in map.activities.iter() {
        tensions_elsewhere(map, a, out);
        no_side_taking_part(map, a, out);
        outsiders_expecting(map, a, out);
    }
}

fn tensions_elsewhere(map: &Map, a: &Activity, out: &mut Vec<Warning>) {
    let serves = Lookup::new(&a.boundaries);
    for &id in &a.tensions {
        let Some(t) = map.tensions.get(id) else {
            continue;
        };
        if serves.contains(t.boundary) {
            continue;
        }
        let serving = if a.boundaries.is_empty() {
            "the activity serves no boundary".to_owned()
        } else {
            "a boundary the activity does not serve".to_owned()
        };
        out.push(Warning {
            kind: WarningKind::TensionElsewhere,
            item: a.id,
            reference: Some(id),
            field: Some("tensions"),
            message: format!(
                "Activity {} addresses tension {}, which lies on {}: {serving}",
                words::activity(a),
                words::tension(t),
                words::boundary_id(map, t.boundary),
            ),
        });
    }
}

/// With participants listed, each boundary served should have one of its
/// sides among them; outsiders may join, but not instead of both sides.
fn no_side_taking_part(map: &Map, a: &Activity, out: &mut Vec<Warning>) {
    if a.participants.is_empty() {
        return;
    }
    let taking_part = Lookup::new(&a.participants);
    for &id in &a.boundaries {
        let Some(b) = map.boundaries.get(id) else {
            continue;
        };
        if b.between.iter().any(|&side| taking_part.contains(side)) {
            continue;
        }
        let neither = if b.between.len() == 2 {
            "neither side takes part"
        } else {
            "none of its sides takes part"
        };
        out.push(Warning {
            kind: WarningKind::NoSideTakesPart,
            item: a.id,
            reference: Some(id),
            field: Some("boundaries"),
            message: format!(
                "Activity {} serves the boundary {}, but {neither}: its participants are {}",
                words::activity(a),
                words::boundary(map, b),
                names(map, &a.participants),
            ),
        });
    }
}

/// Up to three parties by name: "Police, Nurses and others".
fn names(map: &Map, ids: &[Id]) -> String {
    let mut out: Vec<String> = ids.iter().take(3).map(|&c| words::party(map, c)).collect();
    if ids.len() > 3 {
        out.push("others".to_owned());
    }
    match out.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => out.concat(),
    }
}

fn outsiders_expecting(map: &Map, a: &Activity, out: &mut Vec<Warning>) {
    if a.expectations.is_empty() {
        return;
    }
    // With no participants listed, the sides of its boundaries take part.
    let sides: Vec<Id>;
    let (taking_part, why) = if a.participants.is_empty() {
        sides = a
            .boundaries
            .iter()
            .filter_map(|&b| map.boundaries.get(b))
            .flat_map(|b| b.between.iter().copied())
            .collect();
        (Lookup::new(&sides), "on none of the boundaries it serves")
    } else {
        (Lookup::new(&a.participants), "not among its participants")
    };
    let mut told: Vec<Id> = Vec::new();
    for e in &a.expectations {
        if taking_part.contains(e.party) || told.contains(&e.party) {
            continue;
        }
        told.push(e.party);
        let who = words::party(map, e.party);
        out.push(Warning {
            kind: WarningKind::ExpectationFromOutsider,
            item: a.id,
            reference: Some(e.party),
            field: Some("party"),
            message: format!(
                "Activity {} records what {who} expects from it, but {who} is {why}",
                words::activity(a),
            ),
        });
    }
}

/// A broker who brokers a boundary without belonging to any of its sides.
/// Brokers with no communities recorded are left alone: nothing is known
/// yet about where they belong.
pub(super) fn brokers(map: &Map, out: &mut Vec<Warning>) {
    for k in map.brokers.iter() {
        if k.communities.is_empty() {
            continue;
        }
        let belongs = Lookup::new(&k.communities);
        for &id in &k.boundaries {
            let Some(b) = map.boundaries.get(id) else {
                continue;
            };
            if b.between.iter().any(|&side| belongs.contains(side)) {
                continue;
            }
            let neither = if b.between.len() == 2 {
                "neither side"
            } else {
                "none of its sides"
            };
            out.push(Warning {
                kind: WarningKind::BrokerFromNeitherSide,
                item: k.id,
                reference: Some(id),
                field: Some("boundaries"),
                message: format!(
                    "Broker {} brokers the boundary {} but belongs to {neither}: only to {}",
                    words::named(&k.name),
                    words::boundary(map, b),
                    names(map, &k.communities),
                ),
            });
        }
    }
}
