//! What still needs someone's attention after a workshop: tensions that no
//! activity takes on, activities nobody owns or has dated, boundaries that
//! nobody brokers.

use crate::model::query::IdSet;
use crate::model::{Activity, ActivityStatus, Boundary, Map, Tension};

/// The gaps on a map, each list in the map's order.
#[derive(Debug, Default)]
pub(super) struct Gaps<'a> {
    /// Tensions still felt (open or easing) that no activity, other than a
    /// dropped one, means to ease.
    pub unaddressed: Vec<&'a Tension>,
    /// Activities, other than dropped ones, with no owner.
    pub no_owner: Vec<&'a Activity>,
    /// Activities, other than dropped ones, with no date.
    pub no_date: Vec<&'a Activity>,
    /// Boundaries no broker works across.
    pub no_broker: Vec<&'a Boundary>,
}

impl Gaps<'_> {
    /// Whether there are no gaps at all.
    pub fn is_empty(&self) -> bool {
        self.unaddressed.is_empty()
            && self.no_owner.is_empty()
            && self.no_date.is_empty()
            && self.no_broker.is_empty()
    }
}

/// The gaps on `map`. A dropped activity counts for nothing: it neither
/// eases a tension nor needs an owner or a date.
pub(super) fn gaps(map: &Map) -> Gaps<'_> {
    let live: Vec<&Activity> = map
        .activities
        .iter()
        .filter(|a| a.status != ActivityStatus::Dropped)
        .collect();
    let addressed: IdSet = live
        .iter()
        .flat_map(|a| a.tensions.iter().copied())
        .collect();
    let brokered: IdSet = map
        .brokers
        .iter()
        .flat_map(|b| b.boundaries.iter().copied())
        .collect();
    Gaps {
        unaddressed: map
            .tensions
            .iter()
            .filter(|t| t.status.is_open() && !addressed.contains(&t.id))
            .collect(),
        no_owner: live
            .iter()
            .copied()
            .filter(|a| a.owner.trim().is_empty())
            .collect(),
        no_date: live.iter().copied().filter(|a| a.date.is_none()).collect(),
        no_broker: map
            .boundaries
            .iter()
            .filter(|b| !brokered.contains(&b.id))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::secrets::planted;
    use crate::model::{Broker, Date, Id, TensionStatus};

    fn ids<T: crate::model::Identified>(list: &[&T]) -> Vec<Id> {
        list.iter().map(|x| x.id()).collect()
    }

    /// The planted map: one boundary with no broker, one activity with no
    /// owner or date easing both tensions.
    fn map() -> Map {
        planted("x")
    }

    #[test]
    fn a_bare_activity_is_missing_its_owner_and_date() {
        let map = map();
        let g = gaps(&map);
        let act: Vec<Id> = map.activities.iter().map(|a| a.id).collect();
        assert_eq!(ids(&g.no_owner), act);
        assert_eq!(ids(&g.no_date), act);
        assert!(g.unaddressed.is_empty(), "the activity eases both tensions");
        assert_eq!(g.no_broker.len(), 1);
        assert!(!g.is_empty());
    }

    #[test]
    fn a_complete_map_has_no_gaps() {
        let mut map = map();
        let mut act = map.activities.iter().next().cloned().expect("activity");
        act.owner = "Mira".into();
        act.date = Date::new(2026, 5, 1);
        map.activities.replace(act);
        let boundary = map.boundaries.iter().next().expect("boundary").id;
        let broker = Broker {
            id: Id::from_u64(0xb0),
            name: "Grace".into(),
            communities: vec![],
            boundaries: vec![boundary],
            note: String::new(),
        };
        map.brokers = crate::model::Items::from_vec(vec![broker]).expect("one broker");
        let g = gaps(&map);
        assert!(g.is_empty(), "{g:?}");
    }

    #[test]
    fn a_dropped_activity_eases_nothing_and_needs_nothing() {
        let mut map = map();
        let mut act = map.activities.iter().next().cloned().expect("activity");
        act.status = ActivityStatus::Dropped;
        map.activities.replace(act);
        let g = gaps(&map);
        assert!(g.no_owner.is_empty() && g.no_date.is_empty());
        assert_eq!(g.unaddressed.len(), 2, "both tensions are open again");
    }

    #[test]
    fn a_resolved_tension_is_no_gap() {
        let mut map = map();
        map.activities = crate::model::Items::default();
        let mut t = map.tensions.iter().next().cloned().expect("tension");
        t.status = TensionStatus::Resolved;
        map.tensions.replace(t);
        assert_eq!(gaps(&map).unaddressed.len(), 1);
    }
}
