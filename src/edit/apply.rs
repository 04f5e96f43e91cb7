//! Checking an edit against the map and applying it.

use super::patch::{Change, Patch};
use super::{Edit, remove};
use crate::model::{Id, ItemKind, Map, Point, Problem, ProblemKind, check_item};

/// Checks `edit` against `map` and applies it. On success gives back the
/// patch that undoes it (empty when the edit changed nothing); on failure
/// the map is exactly as it was.
pub fn apply(map: &mut Map, edit: Edit) -> Result<Patch, Problem> {
    let changes = match edit {
        Edit::SetMeta(meta) => {
            if meta == map.meta {
                Vec::new()
            } else {
                vec![Change::Meta(meta)]
            }
        }
        Edit::Add(item) => {
            let id = item.id();
            if map.contains(id) {
                return Err(Problem::new(
                    ProblemKind::DuplicateId,
                    id,
                    format!("The id {id} is already used by {}", map.describe(id)),
                ));
            }
            check_item(map, item.as_ref())?;
            vec![Change::Insert {
                index: usize::MAX,
                item,
            }]
        }
        Edit::Update(item) => {
            let id = item.id();
            match map.kind_of(id) {
                None => return Err(no_such_item(id)),
                Some(kind) if kind != item.kind() => {
                    return Err(Problem::new(
                        ProblemKind::KindChanged,
                        id,
                        format!("{} cannot become a {}", map.describe(id), item.kind()),
                    ));
                }
                Some(_) => {}
            }
            check_item(map, item.as_ref())?;
            if map.item(id).as_ref() == Some(&item) {
                Vec::new()
            } else {
                vec![Change::Replace(item)]
            }
        }
        Edit::Remove(ids) => remove::plan(map, &ids)?,
        Edit::Move(moves) => plan_move(map, &moves)?,
        Edit::SetViews(views) => {
            if let Some(bad) = views.iter().find(|v| !v.is_valid()) {
                return Err(Problem::new(
                    ProblemKind::BadNumber,
                    Id::from_u64(0),
                    format!("The view \"{}\" has no region to show", bad.name),
                ));
            }
            if views == map.views {
                Vec::new()
            } else {
                vec![Change::Views(views)]
            }
        }
        Edit::SetConflicts(conflicts) => {
            if conflicts == map.conflicts {
                Vec::new()
            } else {
                vec![Change::Conflicts(conflicts)]
            }
        }
        Edit::Batch(edits) => return apply_batch(map, edits),
    };
    Ok(Patch::from_changes(changes).apply(map))
}

fn no_such_item(id: Id) -> Problem {
    Problem::new(
        ProblemKind::NoSuchItem,
        id,
        format!("There is no item {id} on the map"),
    )
}

fn plan_move(map: &Map, moves: &[(Id, Point)]) -> Result<Vec<Change>, Problem> {
    let mut changes = Vec::with_capacity(moves.len());
    for &(id, pos) in moves {
        let current = match map.kind_of(id) {
            None => return Err(no_such_item(id)),
            Some(ItemKind::Community) => map.communities.get(id).map(|x| x.pos),
            Some(ItemKind::Stakeholder) => map.stakeholders.get(id).map(|x| x.pos),
            Some(ItemKind::Note) => map.notes.get(id).map(|x| x.pos),
            Some(ItemKind::Group) => map.groups.get(id).map(|x| x.pos),
            Some(_) => {
                return Err(Problem::new(
                    ProblemKind::NotMovable,
                    id,
                    format!("{} has no place of its own on the canvas", map.describe(id)),
                ));
            }
        };
        if !pos.is_finite() {
            return Err(Problem::new(
                ProblemKind::BadNumber,
                id,
                format!(
                    "{} cannot move to a position that is not a number",
                    map.describe(id)
                ),
            ));
        }
        if current != Some(pos) {
            changes.push(Change::Place { id, pos });
        }
    }
    Ok(changes)
}

/// Applies edits one after another; if one is refused, undoes the ones
/// before it and gives back that refusal.
fn apply_batch(map: &mut Map, edits: Vec<Edit>) -> Result<Patch, Problem> {
    let mut undo = Patch::default();
    for edit in edits {
        match apply(map, edit) {
            Ok(inverse) => undo = inverse.then(undo),
            Err(problem) => {
                undo.apply(map);
                return Err(problem);
            }
        }
    }
    Ok(undo)
}
