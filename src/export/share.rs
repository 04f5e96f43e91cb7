//! The part of a map an export carries: the whole map, the selection or a
//! saved view, with confidential items left out unless asked for.

use crate::edit::clip;
use crate::model::query::{self, Hide, IdSet};
use crate::model::{Id, Map, SavedView};

/// Which part of the map an export carries.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Scope {
    /// Everything.
    #[default]
    Whole,
    /// These items and what belongs to them (as a copy takes them: a
    /// group's contents, the boundaries between chosen parties and what
    /// sits on them), with the items they stand on.
    Selection(Vec<Id>),
    /// The saved view at this place in the map's list: its region, and
    /// only what it reveals and what its filter shows.
    View(usize),
}

/// The map cut down for an export.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// What goes out. References to items left out are removed, so that an
    /// activity does not point at a confidential tension that is not there.
    pub map: Map,
    /// The saved view, when the scope is one: pictures frame its region.
    pub view: Option<SavedView>,
    /// How many confidential items in scope were left out.
    pub left_out: usize,
}

/// Why an export cannot start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The scope is the selection, and nothing on the map is selected.
    #[error("Nothing is selected. Select items on the map, or export the whole map.")]
    NothingSelected,
    /// The scope is a saved view the map does not have.
    #[error("The map has no saved view number {0}.")]
    NoSuchView(usize),
    /// Writing the format failed (a message in the person's words).
    #[error("{0}")]
    Format(String),
}

/// Cuts `map` down to `scope` and, unless `include_confidential`, leaves
/// out confidential tensions and notes and every reference to them.
pub fn prepare(
    map: &Map,
    scope: &Scope,
    include_confidential: bool,
) -> Result<Prepared, ExportError> {
    let (mut out, view) = match scope {
        Scope::Whole => (map.clone(), None),
        Scope::Selection(ids) => {
            let copy = clip::copy(map, ids).ok_or(ExportError::NothingSelected)?;
            let mut cut = copy.map;
            cut.meta = map.meta.clone();
            (cut, None)
        }
        Scope::View(i) => {
            let view = map.views.get(*i).ok_or(ExportError::NoSuchView(*i))?;
            let hide = Hide {
                reveal: Some(view.reveal),
                unmatched: view.filter.hide_unmatched.then_some(&view.filter),
                ..Hide::default()
            };
            (
                query::without(map, &query::hidden(map, &hide)),
                Some(view.clone()),
            )
        }
    };
    let mut left_out = 0;
    if !include_confidential {
        let hide = Hide {
            confidential: true,
            ..Hide::default()
        };
        let hidden = query::hidden(&out, &hide);
        left_out = hidden.len();
        out = query::without(&out, &hidden);
    }
    drop_dangling(&mut out);
    Ok(Prepared {
        map: out,
        view,
        left_out,
    })
}

/// Removes references to items the map no longer holds: the tensions an
/// activity addresses, the parties it names, who raised a tension. Items
/// that cannot stand without what went (a tension on a missing boundary)
/// were already left out with it.
fn drop_dangling(map: &mut Map) {
    let present: IdSet = map.ids().collect();
    let gone = |id: &Id| !present.contains(id);
    let fix: Vec<_> = map
        .activities
        .iter()
        .filter(|a| {
            a.tensions.iter().any(gone)
                || a.participants.iter().any(gone)
                || a.expectations.iter().any(|e| gone(&e.party))
        })
        .map(|a| {
            let mut a = a.clone();
            a.tensions.retain(|t| !gone(t));
            a.participants.retain(|p| !gone(p));
            a.expectations.retain(|e| !gone(&e.party));
            a
        })
        .collect();
    for a in fix {
        map.activities.replace(a);
    }
    let fix: Vec<_> = map
        .tensions
        .iter()
        .filter(|t| t.raised_by.as_ref().is_some_and(gone))
        .map(|t| {
            let mut t = t.clone();
            t.raised_by = None;
            t
        })
        .collect();
    for t in fix {
        map.tensions.replace(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::secrets::{PLANTED, planted};

    const SECRET: &str = "SENTINEL-7f3a";

    fn text_of(map: &Map) -> String {
        format!("{map:?}")
    }

    #[test]
    fn for_sharing_leaves_out_every_confidential_item_and_counts_them() {
        let map = planted(SECRET);
        assert!(text_of(&map).contains(SECRET));
        let shared = prepare(&map, &Scope::Whole, false).expect("whole map");
        assert!(!text_of(&shared.map).contains(SECRET));
        assert_eq!(shared.left_out, PLANTED);
        assert_eq!(shared.map.tensions.len(), 1);
        assert_eq!(shared.map.notes.len(), 1);
        let act = shared
            .map
            .activities
            .iter()
            .next()
            .expect("the activity stays");
        assert_eq!(
            act.tensions.len(),
            1,
            "no reference to the left-out tension"
        );
    }

    #[test]
    fn asked_for_confidential_items_all_go_out() {
        let map = planted(SECRET);
        let all = prepare(&map, &Scope::Whole, true).expect("whole map");
        assert_eq!(all.left_out, 0);
        assert_eq!(all.map, map);
    }

    #[test]
    fn a_selection_carries_what_it_stands_on() {
        let map = planted(SECRET);
        let act = map.activities.iter().next().expect("an activity").id;
        let cut = prepare(&map, &Scope::Selection(vec![act]), false).expect("selection");
        assert!(cut.map.activities.contains(act));
        assert_eq!(cut.map.boundaries.len(), 1, "its boundary comes along");
        assert_eq!(cut.map.communities.len(), 2, "and the boundary's sides");
        assert_eq!(cut.map.meta.title, "Referrals");
        assert_eq!(
            prepare(&map, &Scope::Selection(vec![]), false),
            Err(ExportError::NothingSelected)
        );
    }

    #[test]
    fn a_view_carries_only_what_it_reveals() {
        use crate::model::{Point, Reveal, Size};
        let mut map = planted(SECRET);
        let mut view = SavedView::new(
            "Who is here",
            Point::new(200.0, 0.0),
            Size::new(800.0, 600.0),
        );
        view.reveal = Reveal::Communities;
        map.views.push(view);
        let cut = prepare(&map, &Scope::View(0), true).expect("the view");
        assert_eq!(cut.map.boundaries.len(), 0);
        assert_eq!(cut.map.tensions.len(), 0);
        assert_eq!(cut.map.communities.len(), 2);
        assert_eq!(
            cut.view.as_ref().map(|v| v.name.as_str()),
            Some("Who is here")
        );
        assert_eq!(
            prepare(&map, &Scope::View(3), true),
            Err(ExportError::NoSuchView(3))
        );
    }
}
