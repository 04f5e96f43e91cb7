//! The rules every item on a map keeps: references point at items of the
//! right kind, lists name each item once, and numbers are real numbers.

use std::fmt;

use super::{Id, ItemKind, ItemRef, Map, Point, Size};

/// Why an item cannot be on a map as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What sort of problem it is.
    pub kind: ProblemKind,
    /// The item that has the problem.
    pub item: Id,
    /// The problem in plain words.
    pub message: String,
    /// The reference the problem is about, when it is about one: so that a
    /// file can point at the id where it stands rather than at the item.
    pub reference: Option<Reference>,
    /// The field whose value is wrong (such as `size`), when the problem is
    /// about a value rather than a reference: so that a file can point at
    /// the value where it stands rather than at the item.
    pub field: Option<&'static str>,
}

/// One id an item names in one of its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The field as written in files, such as `between` or `raised_by`.
    pub field: &'static str,
    /// The id named.
    pub id: Id,
    /// Which time the id stands in the field, from 0: 1 for the second
    /// mention of an id listed twice.
    pub nth: usize,
}

/// The sorts of [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// Two items share an id.
    DuplicateId,
    /// An item refers to an id no item has.
    MissingReference,
    /// An item refers to an item of the wrong kind.
    WrongKind,
    /// A list names the same item twice.
    RepeatedReference,
    /// A boundary has fewer than two sides.
    TooFewSides,
    /// A position or size is not a usable number.
    BadNumber,
    /// An edit names an item that is not on the map.
    NoSuchItem,
    /// An edit would change what kind of item an id is.
    KindChanged,
    /// An edit tries to move an item that has no position.
    NotMovable,
}

impl Problem {
    pub(crate) fn new(kind: ProblemKind, item: Id, message: impl Into<String>) -> Self {
        Self {
            kind,
            item,
            message: message.into(),
            reference: None,
            field: None,
        }
    }

    fn about(mut self, reference: Reference) -> Self {
        self.reference = Some(reference);
        self
    }

    fn in_field(mut self, field: &'static str) -> Self {
        self.field = Some(field);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

/// What a reference may point at.
#[derive(Clone, Copy)]
enum Want {
    Party,
    Community,
    Boundary,
    Tension,
}

impl Want {
    fn accepts(self, map: &Map, id: Id) -> bool {
        match self {
            Self::Party => map.is_party(id),
            Self::Community => map.communities.contains(id),
            Self::Boundary => map.boundaries.contains(id),
            Self::Tension => map.tensions.contains(id),
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Party => "a community or stakeholder",
            Self::Community => "a community",
            Self::Boundary => "a boundary",
            Self::Tension => "a tension",
        }
    }
}

/// Checks one item against the rest of the map: what it refers to exists
/// and has the right kind, and its numbers are usable. Whether its id is
/// free is the caller's business.
pub fn check_item(map: &Map, item: ItemRef<'_>) -> Result<(), Problem> {
    let owner = Owner { map, item };
    match item {
        ItemRef::Community(c) => owner.point(c.pos),
        ItemRef::Stakeholder(s) => owner.point(s.pos),
        ItemRef::Boundary(b) => {
            if b.between.len() < 2 {
                return Err(owner.problem(
                    ProblemKind::TooFewSides,
                    "needs at least two communities or stakeholders",
                ));
            }
            owner.refs("between", &b.between, Want::Party)
        }
        ItemRef::Tension(t) => {
            owner.reference("boundary", t.boundary, Want::Boundary)?;
            if let Some(party) = t.raised_by {
                owner.reference("raised_by", party, Want::Party)?;
            }
            Ok(())
        }
        ItemRef::Activity(a) => {
            owner.refs("boundaries", &a.boundaries, Want::Boundary)?;
            owner.refs("tensions", &a.tensions, Want::Tension)?;
            owner.refs("participants", &a.participants, Want::Party)?;
            // One side may expect several sorts of value, so sides may repeat.
            for e in &a.expectations {
                owner.reference("expectations", e.party, Want::Party)?;
            }
            Ok(())
        }
        ItemRef::Object(o) => owner.refs("boundaries", &o.boundaries, Want::Boundary),
        ItemRef::Broker(b) => {
            owner.refs("communities", &b.communities, Want::Community)?;
            owner.refs("boundaries", &b.boundaries, Want::Boundary)
        }
        ItemRef::Note(n) => {
            owner.point(n.pos)?;
            owner.size(n.size)
        }
        ItemRef::Group(g) => {
            owner.point(g.pos)?;
            owner.size(g.size)
        }
    }
}

/// The item being checked, for messages.
struct Owner<'a> {
    map: &'a Map,
    item: ItemRef<'a>,
}

impl Owner<'_> {
    fn problem(&self, kind: ProblemKind, what: &str) -> Problem {
        let name = self.name();
        Problem::new(kind, self.item.id(), format!("{name} {what}"))
    }

    fn name(&self) -> String {
        let kind = self.item.kind();
        let name = self.item.name();
        let mut out = if name.trim().is_empty() {
            format!("{kind} with id \"{}\"", self.item.id())
        } else {
            format!("{kind} \"{name}\"")
        };
        if let Some(first) = out.get(..1) {
            let upper = first.to_uppercase();
            out.replace_range(..1, &upper);
        }
        out
    }

    fn reference(&self, field: &'static str, id: Id, want: Want) -> Result<(), Problem> {
        if want.accepts(self.map, id) {
            return Ok(());
        }
        let problem = match self.map.kind_of(id) {
            None => self.problem(
                ProblemKind::MissingReference,
                &format!(
                    "refers to \"{id}\" in `{field}`, but no item has that id; it should be {}{}",
                    want.noun(),
                    self.near_miss(id)
                ),
            ),
            Some(kind) => self.problem(
                ProblemKind::WrongKind,
                &format!(
                    "refers to {} in `{field}`, which is {}; it should be {}",
                    self.map.describe(id),
                    kind.with_article(),
                    want.noun()
                ),
            ),
        };
        Err(problem.about(Reference { field, id, nth: 0 }))
    }

    /// "; did you mean "Psy"?" when an id differs from a missing one only
    /// in upper and lower case.
    fn near_miss(&self, missing: Id) -> String {
        let mut found = None;
        for_each_id(self.map, |id, _| {
            if found.is_none() && id.as_str().eq_ignore_ascii_case(missing.as_str()) {
                found = Some(id);
            }
        });
        found.map_or_else(String::new, |id| {
            format!(" (did you mean \"{id}\"? Ids must match in upper and lower case)")
        })
    }

    fn refs(&self, field: &'static str, ids: &[Id], want: Want) -> Result<(), Problem> {
        for &id in ids {
            self.reference(field, id, want)?;
        }
        if let Some(twice) = first_repeat(ids) {
            return Err(self
                .problem(
                    ProblemKind::RepeatedReference,
                    &format!(
                        "lists {} more than once in `{field}`",
                        self.map.describe(twice)
                    ),
                )
                .about(Reference {
                    field,
                    id: twice,
                    nth: 1,
                }));
        }
        Ok(())
    }

    fn point(&self, p: Point) -> Result<(), Problem> {
        if p.is_finite() {
            Ok(())
        } else {
            Err(self
                .problem(
                    ProblemKind::BadNumber,
                    "has a position that is not a usable number",
                )
                .in_field("pos"))
        }
    }

    fn size(&self, s: Size) -> Result<(), Problem> {
        if s.is_valid() {
            Ok(())
        } else {
            Err(self
                .problem(
                    ProblemKind::BadNumber,
                    &format!(
                        "needs a width and height larger than zero, but its size is {} by {}",
                        s.w, s.h
                    ),
                )
                .in_field("size"))
        }
    }
}

/// The first id that a list holds twice. Short lists are compared pairwise;
/// long ones (only hand-made files have them) are sorted, so that a huge
/// list can never make a check slow.
fn first_repeat(ids: &[Id]) -> Option<Id> {
    if ids.len() <= 16 {
        ids.iter()
            .enumerate()
            .find(|(i, id)| ids[..*i].contains(id))
            .map(|(_, &id)| id)
    } else {
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.windows(2).find(|w| w[0] == w[1]).map(|w| w[0])
    }
}

/// Checks a whole map: no id is used twice across all kinds, and every item
/// keeps the rules of [`check_item`]. Gives the first problem found.
pub fn check_map(map: &Map) -> Result<(), Problem> {
    check_ids_unique(map)?;
    for_each_item(map, |item| check_item(map, item))
}

fn check_ids_unique(map: &Map) -> Result<(), Problem> {
    let mut seen: std::collections::HashMap<Id, ItemKind, super::IdBuildHasher> =
        std::collections::HashMap::with_capacity_and_hasher(map.len(), Default::default());
    let mut result = Ok(());
    for_each_id(map, |id, kind| {
        if result.is_ok()
            && let Some(first) = seen.insert(id, kind)
        {
            result = Err(Problem::new(
                ProblemKind::DuplicateId,
                id,
                format!(
                    "The id \"{id}\" is used by {} and again by {}; each item needs its own",
                    first.with_article(),
                    kind.with_article()
                ),
            ));
        }
    });
    result
}

fn for_each_id(map: &Map, mut f: impl FnMut(Id, ItemKind)) {
    map.communities
        .iter()
        .for_each(|x| f(x.id, ItemKind::Community));
    map.stakeholders
        .iter()
        .for_each(|x| f(x.id, ItemKind::Stakeholder));
    map.boundaries
        .iter()
        .for_each(|x| f(x.id, ItemKind::Boundary));
    map.tensions.iter().for_each(|x| f(x.id, ItemKind::Tension));
    map.activities
        .iter()
        .for_each(|x| f(x.id, ItemKind::Activity));
    map.objects.iter().for_each(|x| f(x.id, ItemKind::Object));
    map.brokers.iter().for_each(|x| f(x.id, ItemKind::Broker));
    map.notes.iter().for_each(|x| f(x.id, ItemKind::Note));
    map.groups.iter().for_each(|x| f(x.id, ItemKind::Group));
}

/// Runs `f` on every item, stopping at the first error.
fn for_each_item<'a>(
    map: &'a Map,
    mut f: impl FnMut(ItemRef<'a>) -> Result<(), Problem>,
) -> Result<(), Problem> {
    macro_rules! each {
        ($($field:ident),*) => {$(
            for x in map.$field.iter() {
                f(x.as_item_ref())?;
            }
        )*};
    }
    each!(
        communities,
        stakeholders,
        boundaries,
        tensions,
        activities,
        objects,
        brokers,
        notes,
        groups
    );
    Ok(())
}
