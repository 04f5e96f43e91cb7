//! What a screen may show: confidential items left out while the screen is
//! shared, the parts of a talk not yet revealed, and what a filter set to
//! hide leaves out. The answer is a set of hidden ids and a copy of the map
//! without them, which every panel then reads as if it were the map.

use super::{Filter, IdSet};
use crate::model::{Map, Reveal};

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
    map.keeping(|id| !hidden.contains(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Activity, ActivityKind, Boundary, Community, Id, Note, Point, Severity, Tension,
        TensionKind,
    };
    use crate::{Document, Edit};

    /// Two communities, a boundary with an open and a confidential tension,
    /// an activity on it, a plain and a confidential note.
    fn sample() -> (Map, [Id; 8]) {
        let mut doc = Document::new(Map::default());
        let ids: [Id; 8] = std::array::from_fn(|i| Id::from_u64(100 + i as u64));
        let [a, b, bd, t1, t2, act, n1, n2] = ids;
        let mut secret = Tension::new(t2, bd, TensionKind::Suspicion, Severity::MAX);
        secret.confidential = true;
        let mut hush = Note::new(n2, "hush", Point::new(0.0, 300.0));
        hush.confidential = true;
        let items = vec![
            Community::new(a, "A", Point::new(0.0, 0.0)).into(),
            Community::new(b, "B", Point::new(300.0, 0.0)).into(),
            Boundary::new(bd, vec![a, b]).into(),
            Tension::new(t1, bd, TensionKind::Terminology, Severity::MIN).into(),
            secret.into(),
            Activity::new(act, ActivityKind::Workshop, "Talk", vec![bd]).into(),
            Note::new(n1, "plain", Point::new(0.0, 200.0)).into(),
            hush.into(),
        ];
        doc.apply(Edit::Batch(items.into_iter().map(Edit::Add).collect()))
            .expect("a valid sample");
        (doc.map().clone(), ids)
    }

    #[test]
    fn nothing_is_hidden_without_a_reason() {
        let (map, _) = sample();
        assert!(hidden(&map, &Hide::default()).is_empty());
        let all = Hide {
            reveal: Some(Reveal::Activities),
            ..Hide::default()
        };
        assert!(hidden(&map, &all).is_empty());
    }

    #[test]
    fn sharing_hides_confidential_tensions_and_notes_only() {
        let (map, [_, _, _, _, t2, _, _, n2]) = sample();
        let hide = Hide {
            confidential: true,
            ..Hide::default()
        };
        let out = hidden(&map, &hide);
        assert_eq!(out, [t2, n2].into_iter().collect::<IdSet>());
        let shown = without(&map, &out);
        assert_eq!(shown.tensions.len(), 1);
        assert_eq!(shown.notes.len(), 1);
        assert_eq!(shown.communities.len(), 2);
    }

    #[test]
    fn each_reveal_level_adds_a_layer() {
        let (map, [a, b, bd, t1, t2, act, n1, n2]) = sample();
        let at = |reveal| {
            hidden(
                &map,
                &Hide {
                    reveal: Some(reveal),
                    ..Hide::default()
                },
            )
        };
        let set = |ids: &[Id]| ids.iter().copied().collect::<IdSet>();
        assert_eq!(at(Reveal::Communities), set(&[bd, t1, t2, act]));
        assert_eq!(at(Reveal::Boundaries), set(&[t1, t2, act]));
        assert_eq!(at(Reveal::Tensions), set(&[act]));
        for id in [a, b, n1, n2] {
            assert!(!at(Reveal::Communities).contains(&id));
        }
    }

    #[test]
    fn a_hiding_filter_takes_what_stands_on_a_hidden_boundary() {
        let (map, [_, _, bd, t1, t2, act, _, _]) = sample();
        let filter = Filter {
            activity_kinds: vec![ActivityKind::Visit],
            hide_unmatched: true,
            ..Filter::default()
        };
        let out = hidden(
            &map,
            &Hide {
                unmatched: Some(&filter),
                ..Hide::default()
            },
        );
        for id in [bd, t1, t2, act] {
            assert!(out.contains(&id), "{id} hidden with its boundary");
        }
    }
}
