//! Questions asked of a map without changing it: the table of boundaries,
//! finding text, and which items a set of filters keeps in view.
//!
//! Everything here is view logic with no window attached, so the overview
//! panel, the find bar and tests share one answer.

mod filter;
mod find;
mod hide;
mod rows;
mod tally;

pub use filter::Filter;
pub use find::find;
pub use hide::{Hide, hidden, without};
pub use rows::{BoundaryRow, Column, Sort, boundary_rows};
pub use tally::{Tally, tallies, tally};

use super::{Id, IdBuildHasher, Map};
use std::collections::HashSet;

/// A set of item ids, as the canvas keeps its dimmed items.
pub type IdSet = HashSet<Id, IdBuildHasher>;

/// Every item on the map that the canvas can show or a search can reach.
pub fn all_ids(map: &Map) -> IdSet {
    let mut ids = IdSet::with_capacity_and_hasher(map.len(), IdBuildHasher::default());
    ids.extend(map.ids());
    ids
}

/// The items of `map` that are not in `lit`: what to draw faded so that
/// `lit` stands out.
pub fn all_but(map: &Map, lit: &IdSet) -> IdSet {
    let mut rest = all_ids(map);
    rest.retain(|id| !lit.contains(id));
    rest
}

/// The items in `found` together with where the canvas shows them: a
/// tension, a boundary object or a broker is seen on its boundaries, so
/// those stay in view too.
pub fn with_places(map: &Map, found: &[Id]) -> IdSet {
    let mut lit: IdSet = found.iter().copied().collect();
    for &id in found {
        if let Some(t) = map.tensions.get(id) {
            lit.insert(t.boundary);
        } else if let Some(o) = map.objects.get(id) {
            lit.extend(o.boundaries.iter().copied());
        } else if let Some(b) = map.brokers.get(id) {
            lit.extend(b.boundaries.iter().copied());
        }
    }
    lit
}
