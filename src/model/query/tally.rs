//! What each boundary carries: how many tensions, how many are still felt,
//! and the highest severity among those. One place for these numbers; the
//! overview table, the canvas and what screen readers hear all read them
//! from here.

use std::collections::HashMap;

use crate::model::{Id, IdBuildHasher, Map, Severity, Tension};

/// The tensions on one boundary, counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// All its tensions.
    pub count: usize,
    /// Those not resolved.
    pub open: usize,
    /// The highest severity among the open ones.
    pub worst: Option<Severity>,
    /// Those marked confidential.
    pub confidential: usize,
}

impl Tally {
    /// Counts one more tension.
    pub fn add(&mut self, t: &Tension) {
        self.count += 1;
        self.confidential += usize::from(t.confidential);
        if t.status.is_open() {
            self.open += 1;
            self.worst = self.worst.max(Some(t.severity));
        }
    }

    /// "2 tensions", "1 tension", "0 tensions".
    pub fn count_words(&self) -> String {
        let plural = if self.count == 1 {
            "tension"
        } else {
            "tensions"
        };
        format!("{} {plural}", self.count)
    }

    /// ", 1 confidential", or nothing when none is.
    pub fn confidential_words(&self) -> String {
        match self.confidential {
            0 => String::new(),
            n => format!(", {n} confidential"),
        }
    }
}

/// The tally of one boundary.
pub fn tally(map: &Map, boundary: Id) -> Tally {
    let mut tally = Tally::default();
    for t in map.tensions_on(boundary) {
        tally.add(t);
    }
    tally
}

/// The tally of every boundary that has tensions, in one pass.
pub fn tallies(map: &Map) -> HashMap<Id, Tally, IdBuildHasher> {
    let mut all: HashMap<Id, Tally, IdBuildHasher> = HashMap::default();
    for t in map.tensions.iter() {
        all.entry(t.boundary).or_default().add(t);
    }
    all
}
