//! Items found by what the room calls them, for the palette's "go to":
//! communities and stakeholders by name, boundaries by label or sides,
//! tensions by their words or kind, activities by title, notes by text.

use super::fold::{self, Strength};
use crate::model::{Id, Map};

/// An item that matches, with what to show for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The item.
    pub id: Id,
    /// Its kind, in a word: "community", "tension".
    pub kind: &'static str,
    /// What the room calls it.
    pub name: String,
    /// How well it matches.
    pub strength: Strength,
}

/// The items whose names match `typed`, best first, then in map order
/// (communities, stakeholders, boundaries, tensions, activities, notes).
/// Blank text finds nothing.
pub fn items(map: &Map, typed: &str) -> Vec<Hit> {
    let typed = fold::fold(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut try_names = |id: Id, kind: &'static str, shown: String, names: &[&str]| {
        let best = names
            .iter()
            .filter_map(|n| fold::strength_folded(&typed, &fold::fold(n)))
            .max();
        if let Some(strength) = best {
            hits.push(Hit {
                id,
                kind,
                name: shown,
                strength,
            });
        }
    };
    for c in map.communities.iter() {
        try_names(c.id, "community", c.name.clone(), &[&c.name]);
    }
    for s in map.stakeholders.iter() {
        try_names(s.id, "stakeholder", s.name.clone(), &[&s.name]);
    }
    for b in map.boundaries.iter() {
        let title = map.boundary_title(b);
        let sides: Vec<&str> = b
            .between
            .iter()
            .filter_map(|&p| map.party_name(p))
            .collect();
        let sides = sides.join(" ");
        try_names(b.id, "boundary", title.clone(), &[&b.label, &title, &sides]);
    }
    for t in map.tensions.iter() {
        let shown = if t.statement.trim().is_empty() {
            t.kind.label().to_owned()
        } else {
            format!("{} – {}", t.kind.label(), t.statement)
        };
        try_names(t.id, "tension", shown, &[&t.statement, t.kind.label()]);
    }
    for a in map.activities.iter() {
        try_names(a.id, "activity", a.title.clone(), &[&a.title]);
    }
    for n in map.notes.iter() {
        let first_line = n.text.lines().next().unwrap_or_default().to_owned();
        try_names(n.id, "note", first_line, &[&n.text]);
    }
    // A stable sort keeps map order among equals.
    hits.sort_by_key(|h| std::cmp::Reverse(h.strength));
    hits
}
