//! From a recipe to one edit: the new communities, the boundary, the
//! tension or the activity, made together so that one undo takes them all
//! back.

use super::plan::{Party, Recipe, What};
use crate::edit::{self, Edit, EditError};
use crate::model::{
    Boundary, Colour, Community, Id, Item, Map, Point, Problem, ProblemKind, Tension, new_activity,
};

/// One capture, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    /// Everything it makes, as one edit.
    pub edit: Edit,
    /// The item to select once it is applied: the community, boundary,
    /// tension or activity asked for.
    pub select: Id,
}

/// The items made so far, on a copy of the map, so that each new id is
/// free and each item can refer to the ones before it.
struct Draft {
    map: Map,
    edits: Vec<Edit>,
}

impl Draft {
    /// Adds an item to the copy; gives back its id.
    fn add(&mut self, item: Item) -> Result<Id, EditError> {
        let id = item.id();
        edit::apply(&mut self.map, Edit::Add(item.clone()))?;
        self.edits.push(Edit::Add(item));
        Ok(id)
    }

    /// A new community named `name`, where `place` finds room for it.
    fn community(&mut self, name: &str, place: &dyn Fn(&Map) -> Point) -> Result<Id, EditError> {
        let (id, at) = (self.map.new_id(), place(&self.map));
        let mut c = Community::new(id, name, at);
        c.colour = Colour::PALETTE[self.map.communities.len() % Colour::PALETTE.len()];
        self.add(c.into())
    }

    /// The boundary to put a tension or activity on: `existing`, or a new
    /// one between `sides`.
    fn boundary(&mut self, existing: Option<Id>, sides: Vec<Id>) -> Result<Id, EditError> {
        match existing {
            Some(id) => Ok(id),
            None => {
                let id = self.map.new_id();
                self.add(Boundary::new(id, sides).into())
            }
        }
    }

    /// Everything made, as one edit: a plain one for a single item.
    fn into_edit(mut self) -> Edit {
        if self.edits.len() == 1 {
            self.edits.remove(0)
        } else {
            Edit::Batch(self.edits)
        }
    }
}

impl Recipe {
    /// The edit that makes what the recipe says on `map`. `place` gives a
    /// free spot for a new community on the map as it will be by then (with
    /// any community made before it in this capture).
    pub fn make(&self, map: &Map, place: &dyn Fn(&Map) -> Point) -> Result<Made, EditError> {
        let mut draft = Draft {
            map: map.clone(),
            edits: Vec::new(),
        };
        let mut sides = Vec::with_capacity(self.parties.len());
        for party in &self.parties {
            sides.push(match party {
                Party::Known(id) => *id,
                Party::New(name) => draft.community(name, place)?,
            });
        }
        let select = match &self.what {
            What::Community => sides.first().copied().ok_or_else(nameless)?,
            What::Boundary => draft.boundary(None, sides)?,
            What::Tension {
                boundary,
                kind,
                severity,
                statement,
            } => {
                let on = draft.boundary(*boundary, sides)?;
                let mut t = Tension::new(draft.map.new_id(), on, kind.clone(), *severity);
                t.statement.clone_from(statement);
                draft.add(t.into())?
            }
            What::Activity {
                boundary,
                kind,
                title,
            } => {
                let on = draft.boundary(*boundary, sides)?;
                let mut a = new_activity(&draft.map, draft.map.new_id(), on, kind.clone());
                a.title.clone_from(title);
                draft.add(a.into())?
            }
        };
        Ok(Made {
            edit: draft.into_edit(),
            select,
        })
    }
}

/// A community recipe with no name: only a recipe built by hand can be so.
fn nameless() -> EditError {
    Problem::new(
        ProblemKind::NoSuchItem,
        Id::from_u64(0),
        "A new community needs a name.".to_owned(),
    )
}
