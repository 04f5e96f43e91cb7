//! Filters that pick out part of a map, so the rest can step back.

use serde::{Deserialize, Serialize};

use super::IdSet;
use crate::model::{
    Activity, ActivityKind, ActivityStatus, Boundary, Id, Map, Severity, Tension, TensionKind,
    TensionStatus,
};

/// What the facilitator wants to look at. Each list left empty allows
/// anything; an empty filter keeps the whole map in view. The filter in use
/// is view state, never saved with the map; a saved view keeps its own copy.
///
/// The parts combine with "and":
/// - A **tension** matches if its kind is one of `tension_kinds`, its
///   severity is at least `min_severity` and its status one of
///   `tension_statuses`, and its boundary matches.
/// - An **activity** matches if its kind is one of `activity_kinds` and its
///   status one of `activity_statuses`, and it serves a matching boundary
///   (one that serves no boundary matches while only activity filters are
///   on).
/// - A **boundary** matches if it touches one of `communities`, has a
///   tension that passes the tension filters (when any is on), and is
///   served by an activity that passes the activity filters (when any is
///   on).
/// - A **community or stakeholder** matches if it is a side of a matching
///   boundary, or is itself one of `communities`.
/// - A **boundary object or broker** matches if it belongs to a matching
///   boundary. **Notes and groups** never match a filter that is on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Filter {
    /// The tension kinds to keep; empty keeps all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tension_kinds: Vec<TensionKind>,
    /// The lowest severity to keep; `None` keeps all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_severity: Option<Severity>,
    /// The tension statuses to keep; empty keeps all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tension_statuses: Vec<TensionStatus>,
    /// The activity kinds to keep; empty keeps all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity_kinds: Vec<ActivityKind>,
    /// The activity statuses to keep; empty keeps all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity_statuses: Vec<ActivityStatus>,
    /// Keep only boundaries that touch one of these communities or
    /// stakeholders; empty keeps all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub communities: Vec<Id>,
    /// Whether what does not match is hidden rather than faded.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hide_unmatched: bool,
}

impl Filter {
    /// Whether no filter is on, so nothing is dimmed.
    pub fn is_empty(&self) -> bool {
        !self.filters_tensions() && !self.filters_activities() && self.communities.is_empty()
    }

    /// Whether a tension kind, severity or status is chosen.
    pub fn filters_tensions(&self) -> bool {
        !self.tension_kinds.is_empty()
            || self.min_severity.is_some()
            || !self.tension_statuses.is_empty()
    }

    /// Whether an activity kind or status is chosen.
    pub fn filters_activities(&self) -> bool {
        !self.activity_kinds.is_empty() || !self.activity_statuses.is_empty()
    }

    /// Whether a tension passes the tension filters, whatever its boundary.
    pub fn passes_tension(&self, t: &Tension) -> bool {
        (self.tension_kinds.is_empty() || self.tension_kinds.contains(&t.kind))
            && self.min_severity.is_none_or(|min| t.severity >= min)
            && (self.tension_statuses.is_empty() || self.tension_statuses.contains(&t.status))
    }

    /// Whether an activity passes the activity filters, whatever it serves.
    pub fn passes_activity(&self, a: &Activity) -> bool {
        (self.activity_kinds.is_empty() || self.activity_kinds.contains(&a.kind))
            && (self.activity_statuses.is_empty() || self.activity_statuses.contains(&a.status))
    }

    fn touches_community(&self, b: &Boundary) -> bool {
        self.communities.is_empty() || b.between.iter().any(|p| self.communities.contains(p))
    }

    /// Adds `value` to `list` if it is missing, or takes it out if present:
    /// what ticking a box in a list of choices does.
    pub fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
        if let Some(i) = list.iter().position(|x| *x == value) {
            list.remove(i);
        } else {
            list.push(value);
        }
    }

    /// Drops chosen communities that are no longer on the map, so a filter
    /// never hides everything for want of an item that is gone.
    pub fn forget_missing(&mut self, map: &Map) {
        self.communities.retain(|&id| map.is_party(id));
    }

    /// The items that match (see [`Filter`]). An empty filter matches every
    /// item.
    pub fn matching(&self, map: &Map) -> IdSet {
        if self.is_empty() {
            return super::all_ids(map);
        }
        let mut lit = IdSet::default();
        // Boundaries first: everything else follows them.
        for b in map.boundaries.iter() {
            if self.touches_community(b) {
                lit.insert(b.id);
            }
        }
        if self.filters_tensions() {
            let mut hot = IdSet::default();
            for t in map.tensions.iter() {
                if self.passes_tension(t) {
                    hot.insert(t.boundary);
                }
            }
            lit.retain(|b| hot.contains(b));
        }
        let activities: Vec<&Activity> = map
            .activities
            .iter()
            .filter(|a| self.passes_activity(a))
            .collect();
        if self.filters_activities() {
            let served: IdSet = activities
                .iter()
                .flat_map(|a| a.boundaries.iter().copied())
                .collect();
            lit.retain(|b| served.contains(b));
        }
        let boundaries = lit.clone();
        let on_lit = |ids: &[Id]| ids.iter().any(|b| boundaries.contains(b));

        for t in map.tensions.iter() {
            if boundaries.contains(&t.boundary) && self.passes_tension(t) {
                lit.insert(t.id);
            }
        }
        let alone_ok = self.communities.is_empty() && !self.filters_tensions();
        for a in activities {
            if on_lit(&a.boundaries) || (a.boundaries.is_empty() && alone_ok) {
                lit.insert(a.id);
            }
        }
        for b in map.boundaries.iter() {
            if boundaries.contains(&b.id) {
                lit.extend(b.between.iter().copied());
            }
        }
        lit.extend(
            self.communities
                .iter()
                .copied()
                .filter(|&p| map.is_party(p)),
        );
        for o in map.objects.iter() {
            if on_lit(&o.boundaries) {
                lit.insert(o.id);
            }
        }
        for b in map.brokers.iter() {
            if on_lit(&b.boundaries) {
                lit.insert(b.id);
            }
        }
        lit
    }

    /// The items to draw faded: all that do not match. Empty when no filter
    /// is on.
    pub fn dimmed(&self, map: &Map) -> IdSet {
        if self.is_empty() {
            return IdSet::default();
        }
        super::all_but(map, &self.matching(map))
    }
}
