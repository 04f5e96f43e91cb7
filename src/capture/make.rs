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

impl Recipe {
    /// The edit that makes what the recipe says on `map`. `place` gives a
    /// free spot for a new community on the map as it will be by then (with
    /// any community made before it in this capture).
    pub fn make(&self, map: &Map, place: &dyn Fn(&Map) -> Point) -> Result<Made, EditError> {
        // The items are made one after another on a copy, so that each new
        // id is free and each item can refer to the ones before it.
        let mut draft = map.clone();
        let mut edits = Vec::new();
        let mut add = |draft: &mut Map, item: Item| -> Result<Id, EditError> {
            let id = item.id();
            edit::apply(draft, Edit::Add(item.clone()))?;
            edits.push(Edit::Add(item));
            Ok(id)
        };
        let mut sides = Vec::with_capacity(self.parties.len());
        for party in &self.parties {
            sides.push(match party {
                Party::Known(id) => *id,
                Party::New(name) => {
                    let (id, at) = (draft.new_id(), place(&draft));
                    let mut c = Community::new(id, name.clone(), at);
                    c.colour = Colour::PALETTE[draft.communities.len() % Colour::PALETTE.len()];
                    add(&mut draft, c.into())?
                }
            });
        }
        let select = match &self.what {
            What::Community => sides.first().copied(),
            What::Boundary => {
                let id = draft.new_id();
                Some(add(&mut draft, Boundary::new(id, sides).into())?)
            }
            What::Tension {
                boundary,
                kind,
                severity,
                statement,
            } => {
                let on = match boundary {
                    Some(b) => *b,
                    None => {
                        let id = draft.new_id();
                        add(&mut draft, Boundary::new(id, sides).into())?
                    }
                };
                let id = draft.new_id();
                let mut t = Tension::new(id, on, kind.clone(), *severity);
                t.statement.clone_from(statement);
                Some(add(&mut draft, t.into())?)
            }
            What::Activity {
                boundary,
                kind,
                title,
            } => {
                let on = match boundary {
                    Some(b) => *b,
                    None => {
                        let id = draft.new_id();
                        add(&mut draft, Boundary::new(id, sides).into())?
                    }
                };
                let id = draft.new_id();
                let mut a = new_activity(&draft, id, on, kind.clone());
                a.title.clone_from(title);
                Some(add(&mut draft, a.into())?)
            }
        };
        let select = select.ok_or_else(|| {
            Problem::new(
                ProblemKind::NoSuchItem,
                Id::from_u64(0),
                "A new community needs a name.".to_owned(),
            )
        })?;
        let edit = if edits.len() == 1 {
            edits.remove(0)
        } else {
            Edit::Batch(edits)
        };
        Ok(Made { edit, select })
    }
}
