//! The fields of each kind of item, named once, with how each is put in
//! words (for the diff) and how each is merged (for the three-way merge).

use serde::Serialize;

use crate::model::{
    Activity, ActivityKind, ActivityStatus, Boundary, BoundaryObject, Broker, Colour, Commitment,
    Community, Date, Expectation, Group, Id, Map, Meta, Note, Point, Progress, Severity, Size,
    Stakeholder, Tension, TensionKind, TensionStatus,
};

use super::name_of;

/// One field that differs between two versions of an item, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field as a person reads it: `severity`, `raised by`.
    pub field: String,
    /// The value before, in words.
    pub before: String,
    /// The value after, in words.
    pub after: String,
}

/// A field both sides changed differently: its name and both values as the
/// text a map file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clash {
    pub field: &'static str,
    pub mine: String,
    pub theirs: String,
}

/// A value a field can hold, put in words for a person.
pub(crate) trait Words {
    /// The value in words; ids become names found on `map`.
    fn words(&self, map: &Map) -> String;
}

const LONGEST: usize = 60;

impl Words for String {
    fn words(&self, _: &Map) -> String {
        if self.trim().is_empty() {
            return "nothing".to_owned();
        }
        let one_line = self.replace(['\n', '\r'], " ");
        if one_line.chars().count() > LONGEST {
            let cut: String = one_line.chars().take(LONGEST).collect();
            format!("\"{cut}…\"")
        } else {
            format!("\"{one_line}\"")
        }
    }
}

impl Words for Vec<String> {
    fn words(&self, map: &Map) -> String {
        if self.is_empty() {
            return "none".to_owned();
        }
        let all: Vec<String> = self.iter().map(|s| s.words(map)).collect();
        all.join(", ")
    }
}

impl Words for Id {
    fn words(&self, map: &Map) -> String {
        name_of(map, *self)
    }
}

impl Words for Vec<Id> {
    fn words(&self, map: &Map) -> String {
        if self.is_empty() {
            return "none".to_owned();
        }
        let all: Vec<String> = self.iter().map(|&id| name_of(map, id)).collect();
        all.join(", ")
    }
}

impl Words for Option<Id> {
    fn words(&self, map: &Map) -> String {
        self.map_or_else(|| "no one".to_owned(), |id| name_of(map, id))
    }
}

impl Words for Option<u32> {
    fn words(&self, _: &Map) -> String {
        self.map_or_else(|| "not given".to_owned(), |n| n.to_string())
    }
}

impl Words for Option<Date> {
    fn words(&self, _: &Map) -> String {
        self.map_or_else(|| "no date".to_owned(), |d| d.to_string())
    }
}

impl Words for bool {
    fn words(&self, _: &Map) -> String {
        if *self { "yes" } else { "no" }.to_owned()
    }
}

impl Words for Point {
    fn words(&self, _: &Map) -> String {
        format!("({:.0}, {:.0})", self.x, self.y)
    }
}

impl Words for Size {
    fn words(&self, _: &Map) -> String {
        format!("{:.0} × {:.0}", self.w, self.h)
    }
}

impl Words for Colour {
    fn words(&self, _: &Map) -> String {
        self.to_string()
    }
}

impl Words for Severity {
    fn words(&self, _: &Map) -> String {
        self.get().to_string()
    }
}

impl Words for TensionKind {
    fn words(&self, _: &Map) -> String {
        self.label().to_owned()
    }
}

impl Words for ActivityKind {
    fn words(&self, _: &Map) -> String {
        self.label().to_owned()
    }
}

impl Words for TensionStatus {
    fn words(&self, _: &Map) -> String {
        self.label().to_owned()
    }
}

impl Words for ActivityStatus {
    fn words(&self, _: &Map) -> String {
        self.label().to_owned()
    }
}

impl Words for Progress {
    fn words(&self, _: &Map) -> String {
        match self {
            Progress::NotStarted => "not started",
            Progress::Identification => "identification",
            Progress::Coordination => "coordination",
            Progress::Reflection => "reflection",
            Progress::Transformation => "transformation",
        }
        .to_owned()
    }
}

impl Words for Commitment {
    fn words(&self, _: &Map) -> String {
        match self {
            Commitment::Light => "light",
            Commitment::Substantial => "substantial",
        }
        .to_owned()
    }
}

impl Words for Vec<Expectation> {
    fn words(&self, map: &Map) -> String {
        if self.is_empty() {
            return "none".to_owned();
        }
        let all: Vec<String> = self
            .iter()
            .map(|e| format!("{}: {}", name_of(map, e.party), e.note.words(map)))
            .collect();
        all.join("; ")
    }
}

/// A value as the text a map file holds, for conflicts.
pub(crate) fn file_text<T: Serialize>(value: &T) -> String {
    // Map values are text, numbers, ids and choices, which RON always
    // writes; should that ever fail, the reason stands in for the value.
    ron::to_string(value).unwrap_or_else(|e| format!("(not written: {e})"))
}

/// Merges a field that holds one value: a change on one side is taken; the
/// same change on both is fine; different changes clash, and mine stays.
pub(crate) fn plain<T: Clone + PartialEq + Serialize>(
    field: &'static str,
    base: Option<&T>,
    mine: &T,
    theirs: &T,
    clashes: &mut Vec<Clash>,
) -> T {
    if mine == theirs || base == Some(theirs) {
        mine.clone()
    } else if base == Some(mine) {
        theirs.clone()
    } else {
        clashes.push(Clash {
            field,
            mine: file_text(mine),
            theirs: file_text(theirs),
        });
        mine.clone()
    }
}

/// Merges a list that is a set (participants, terms): what either side
/// removed goes, what either side added comes. When both sides changed it,
/// what both kept stays in the original order and the additions follow,
/// sorted, so the result does not depend on which side is mine.
pub(crate) fn set<T: Clone + Ord + Serialize>(
    field: &'static str,
    base: Option<&Vec<T>>,
    mine: &Vec<T>,
    theirs: &Vec<T>,
    clashes: &mut Vec<Clash>,
) -> Vec<T> {
    if mine == theirs || base == Some(theirs) || base == Some(mine) {
        return plain(field, base, mine, theirs, clashes);
    }
    let empty = Vec::new();
    let base = base.unwrap_or(&empty);
    let mut out: Vec<T> = base
        .iter()
        .filter(|x| mine.contains(x) && theirs.contains(x))
        .cloned()
        .collect();
    let mut added: Vec<T> = mine
        .iter()
        .chain(theirs.iter())
        .filter(|x| !base.contains(x))
        .cloned()
        .collect();
    added.sort();
    added.dedup();
    for x in added {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The safer side wins on the confidential flag: when one side changed an
/// item that it holds as confidential (wrote into it believing it private),
/// the merged item stays confidential even if the other side cleared the
/// flag. Otherwise the flag merges like any field.
pub(crate) fn keep_confidential<T: Clone + PartialEq>(
    base: Option<&T>,
    mine: &T,
    theirs: &T,
    merged: &mut T,
    flag: fn(&mut T) -> &mut bool,
) {
    let private_and_changed = |side: &T| -> bool {
        let mut copy = side.clone();
        if !*flag(&mut copy) {
            return false;
        }
        let Some(base) = base else {
            return true;
        };
        let mut was = base.clone();
        *flag(&mut copy) = *flag(&mut was);
        copy != *base
    };
    if private_and_changed(mine) || private_and_changed(theirs) {
        *flag(merged) = true;
    }
}

/// What the diff and the merge need from each kind of item (and from the
/// map's details): its fields, one by one.
pub(crate) trait Fields: Sized {
    /// The fields that differ, in words; `pos` is left to the caller as a
    /// move. `was` and `now` are the maps each version stands on.
    fn changes(before: &Self, after: &Self, was: &Map, now: &Map) -> Vec<FieldChange>;
    /// The three-way merge, field by field; clashes keep mine.
    fn merge(base: Option<&Self>, mine: &Self, theirs: &Self, clashes: &mut Vec<Clash>) -> Self;
    /// Sets one field from the text a map file (or a conflict) holds.
    fn set(&mut self, field: &str, text: &str) -> Result<(), String>;
}

/// Whether a field is the position, which the diff counts as a move.
fn is_pos(field: &str) -> bool {
    field == "pos"
}

macro_rules! fields {
    ($($ty:ident { $($field:ident: $rule:ident),* $(,)? })*) => {$(
        impl Fields for $ty {
            fn changes(before: &Self, after: &Self, was: &Map, now: &Map) -> Vec<FieldChange> {
                let mut out = Vec::new();
                $(
                    if !is_pos(stringify!($field)) && before.$field != after.$field {
                        out.push(FieldChange {
                            field: stringify!($field).replace('_', " "),
                            before: before.$field.words(was),
                            after: after.$field.words(now),
                        });
                    }
                )*
                out
            }

            fn merge(
                base: Option<&Self>,
                mine: &Self,
                theirs: &Self,
                clashes: &mut Vec<Clash>,
            ) -> Self {
                let mut merged = mine.clone();
                $(
                    merged.$field = $rule(
                        stringify!($field),
                        base.map(|b| &b.$field),
                        &mine.$field,
                        &theirs.$field,
                        clashes,
                    );
                )*
                merged
            }

            fn set(&mut self, field: &str, text: &str) -> Result<(), String> {
                match field {
                    $(
                        stringify!($field) => {
                            self.$field = ron::from_str(text).map_err(|e| {
                                format!("the value for {field} cannot be read: {e}")
                            })?;
                        }
                    )*
                    _ => return Err(format!("there is no field called {field}")),
                }
                Ok(())
            }
        }
    )*};
}

fields! {
    Meta { title: plain, purpose: plain, facilitator: plain, date: plain, place: plain }
    Community {
        name: plain, practice: plain, size: plain, key_people: set, terms: set,
        values: plain, colour: plain, pos: plain, pinned: plain,
    }
    Stakeholder { name: plain, role: plain, wants: plain, colour: plain, pos: plain, pinned: plain }
    Boundary { between: plain, label: plain, progress: plain, note: plain }
    Tension {
        boundary: plain, kind: plain, severity: plain, raised_by: plain, status: plain,
        statement: plain, note: plain, confidential: plain,
    }
    Activity {
        kind: plain, title: plain, description: plain, boundaries: set, tensions: set,
        participants: set, host: plain, owner: plain, status: plain, date: plain,
        commitment: plain, expectations: plain,
    }
    BoundaryObject { name: plain, description: plain, boundaries: set }
    Broker { name: plain, communities: set, boundaries: set, note: plain }
    Note {
        text: plain, colour: plain, pos: plain, size: plain, pinned: plain,
        confidential: plain,
    }
    Group { label: plain, colour: plain, pos: plain, size: plain }
}
