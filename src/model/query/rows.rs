//! The rows of the boundary table: what each boundary carries, sortable by
//! any column.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::{Id, IdBuildHasher, Map, Severity};

/// One boundary, summed up for the overview table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundaryRow {
    /// The boundary.
    pub id: Id,
    /// What to call it: its label, or else its sides' names.
    pub title: String,
    /// The names of its sides, in the boundary's order.
    pub sides: Vec<String>,
    /// How many tensions it has, resolved or not.
    pub tensions: usize,
    /// How many of those are not resolved yet (open or easing).
    pub open: usize,
    /// The highest severity among the tensions not resolved yet.
    pub highest_open: Option<Severity>,
    /// The activities that serve it, in map order.
    pub activities: Vec<Id>,
}

/// A column of the boundary table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Column {
    /// The boundary's title.
    #[default]
    Boundary,
    /// How many tensions.
    Tensions,
    /// How many tensions are not resolved.
    Open,
    /// The highest severity not resolved.
    Severity,
    /// How many activities.
    Activities,
}

impl Column {
    /// Every column, left to right.
    pub const ALL: [Column; 5] = [
        Self::Boundary,
        Self::Tensions,
        Self::Open,
        Self::Severity,
        Self::Activities,
    ];

    /// The column's heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Boundary => "Boundary",
            Self::Tensions => "Tensions",
            Self::Open => "Open",
            Self::Severity => "Severity",
            Self::Activities => "Activities",
        }
    }

    /// Whether a first click sorts this column from the largest down: the
    /// counts start with the busiest boundary, names start at A.
    pub fn starts_descending(self) -> bool {
        self != Self::Boundary
    }

    fn compare(self, a: &BoundaryRow, b: &BoundaryRow) -> Ordering {
        match self {
            Self::Boundary => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
            Self::Tensions => a.tensions.cmp(&b.tensions),
            Self::Open => a.open.cmp(&b.open),
            Self::Severity => a.highest_open.cmp(&b.highest_open),
            Self::Activities => a.activities.len().cmp(&b.activities.len()),
        }
    }
}

/// How the table is sorted. View state: never saved in a map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    /// The column sorted by.
    pub column: Column,
    /// Largest (or last in the alphabet) first.
    pub descending: bool,
}

impl Sort {
    /// The sort after a click on `column`'s heading: the same column again
    /// reverses the order, another column starts in its natural direction.
    pub fn clicked(self, column: Column) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: column.starts_descending(),
            }
        }
    }

    /// Sorts rows in place. Ties keep the map's order, whichever the
    /// direction, so that rows do not jump about when reversed.
    pub fn apply(self, rows: &mut [BoundaryRow]) {
        rows.sort_by(|a, b| {
            let order = self.column.compare(a, b);
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
    }
}

/// One row per boundary, sorted by `sort`. Takes one pass over the
/// tensions and one over the activities, however many boundaries there are.
pub fn boundary_rows(map: &Map, sort: Sort) -> Vec<BoundaryRow> {
    let mut rows: Vec<BoundaryRow> = map
        .boundaries
        .iter()
        .map(|b| BoundaryRow {
            id: b.id,
            title: map.boundary_title(b),
            sides: b
                .between
                .iter()
                .map(|&p| map.party_name(p).unwrap_or("?").to_owned())
                .collect(),
            tensions: 0,
            open: 0,
            highest_open: None,
            activities: Vec::new(),
        })
        .collect();
    let index: HashMap<Id, usize, IdBuildHasher> =
        rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    for (boundary, tally) in super::tallies(map) {
        if let Some(row) = index.get(&boundary).map(|&i| &mut rows[i]) {
            row.tensions = tally.count;
            row.open = tally.open;
            row.highest_open = tally.worst;
        }
    }
    for a in map.activities.iter() {
        // An activity that lists a boundary twice still counts once.
        let mut seen: Vec<usize> = Vec::new();
        for b in &a.boundaries {
            if let Some(&i) = index.get(b)
                && !seen.contains(&i)
            {
                seen.push(i);
                rows[i].activities.push(a.id);
            }
        }
    }
    sort.apply(&mut rows);
    rows
}
