//! Comments written by hand in a map file: found when the file is read
//! ([`read`]) and written back when the map is written ([`weave`]).
//!
//! A comment on lines of its own before an item belongs to that item; a
//! comment at the end of an item's line belongs to it too, at the end of its
//! line. Comments inside an item (between its fields, inside its lists) are
//! kept as comments before the item, since Convene writes each item on one
//! line. Comments at the top of the file, around the map's own fields and at
//! the ends of lists belong to the map. Comments among the saved views have
//! nothing to follow (views have no ids): they are listed as lost, so that
//! nothing is dropped in silence.

mod scan;
mod weave;

pub(crate) use scan::read;
pub(crate) use weave::weave;

use crate::model::{Id, Map};

/// The map's lists of items, by their names in the file, in the order the
/// writer writes them.
pub(crate) const ITEM_LISTS: [&str; 9] = [
    "communities",
    "stakeholders",
    "boundaries",
    "tensions",
    "activities",
    "objects",
    "brokers",
    "notes",
    "groups",
];

/// The map's own fields in the order the writer writes them.
const FIELDS: [&str; 16] = [
    "format",
    "title",
    "purpose",
    "facilitator",
    "date",
    "place",
    "communities",
    "stakeholders",
    "boundaries",
    "tensions",
    "activities",
    "objects",
    "brokers",
    "notes",
    "groups",
    "views",
];

/// The ids of the items in one of [`ITEM_LISTS`], in map order.
fn list_ids(map: &Map, list: usize) -> Vec<Id> {
    fn ids<T: crate::model::Identified>(items: &crate::model::Items<T>) -> Vec<Id> {
        items.iter().map(crate::model::Identified::id).collect()
    }
    match list {
        0 => ids(&map.communities),
        1 => ids(&map.stakeholders),
        2 => ids(&map.boundaries),
        3 => ids(&map.tensions),
        4 => ids(&map.activities),
        5 => ids(&map.objects),
        6 => ids(&map.brokers),
        7 => ids(&map.notes),
        8 => ids(&map.groups),
        _ => Vec::new(),
    }
}
