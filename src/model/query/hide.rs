//! What a screen may show: confidential items left out while the screen is
//! shared, the parts of a talk not yet revealed, and what a filter set to
//! hide leaves out. The answer is a set of hidden ids and a copy of the map
//! without them, which every panel then reads as if it were the map.

use super::{Filter, IdSet};
use crate::model::{Identified, Items, Map, Reveal};

/// Why items are hidden.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hide<'a> {
    /// Leave out confidential tensions and notes.
    pub confidential: bool,
    /// Show only up to this level; `None` shows every kind.
    pub reveal: Option<Reveal>,
    /// Leave out what this filter does not match.
    pub unmatched: Option<&'a Filter>,
}

impl Hide<'_> {
    /// Whether nothing at all is hidden for these reasons.
    pub fn hides_nothing(&self) -> bool {
        !self.confidential
            && self.reveal.is_none_or(|r| r == Reveal::Activities)
            && self.unmatched.is_none_or(Filter::is_empty)
    }
}

/// The items `hide` leaves out. What stands on a hidden item goes with it:
/// a hidden boundary takes its tensions, boundary objects and brokers; an
/// activity goes when every boundary it serves is hidden.
pub fn hidden(map: &Map, hide: &Hide<'_>) -> IdSet {
    let mut out = IdSet::default();
    if hide.hides_nothing() {
        return out;
    }
    if hide.confidential {
        out.extend(map.tensions.iter().filter(|t| t.confidential).map(|t| t.id));
        out.extend(map.notes.iter().filter(|n| n.confidential).map(|n| n.id));
    }
    if let Some(reveal) = hide.reveal {
        for id in map.ids() {
            if map.kind_of(id).is_some_and(|k| !reveal.shows(k)) {
                out.insert(id);
            }
        }
    }
    if let Some(filter) = hide.unmatched.filter(|f| !f.is_empty()) {
        let lit = filter.matching(map);
        out.extend(map.ids().filter(|id| !lit.contains(id)));
    }
    for b in map.boundaries.iter() {
        if b.between.iter().any(|p| out.contains(p)) {
            out.insert(b.id);
        }
    }
    let gone = |ids: &[crate::model::Id], out: &IdSet| {
        !ids.is_empty() && ids.iter().all(|b| out.contains(b))
    };
    let mut more = Vec::new();
    for t in map.tensions.iter() {
        if out.contains(&t.boundary) {
            more.push(t.id);
        }
    }
    for o in map.objects.iter() {
        if gone(&o.boundaries, &out) {
            more.push(o.id);
        }
    }
    for b in map.brokers.iter() {
        if gone(&b.boundaries, &out) {
            more.push(b.id);
        }
    }
    for a in map.activities.iter() {
        if gone(&a.boundaries, &out) {
            more.push(a.id);
        }
    }
    out.extend(more);
    out
}

/// A copy of `map` without the `hidden` items. References to hidden items
/// stay as they are, so an item copied from here and edited keeps them: a
/// hidden item is out of sight, never out of the map.
pub fn without(map: &Map, hidden: &IdSet) -> Map {
    fn keep<T: Identified + Clone>(items: &Items<T>, hidden: &IdSet) -> Items<T> {
        let kept: Vec<T> = items
            .iter()
            .filter(|x| !hidden.contains(&x.id()))
            .cloned()
            .collect();
        // The ids were unique in `items`, so they are unique here too.
        Items::from_vec(kept).unwrap_or_default()
    }
    Map {
        meta: map.meta.clone(),
        communities: keep(&map.communities, hidden),
        stakeholders: keep(&map.stakeholders, hidden),
        boundaries: keep(&map.boundaries, hidden),
        tensions: keep(&map.tensions, hidden),
        activities: keep(&map.activities, hidden),
        objects: keep(&map.objects, hidden),
        brokers: keep(&map.brokers, hidden),
        notes: keep(&map.notes, hidden),
        groups: keep(&map.groups, hidden),
        views: map.views.clone(),
    }
}
