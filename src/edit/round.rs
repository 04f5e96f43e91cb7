//! Positions and sizes rounded to a tenth as edits arrive, so the map in
//! memory is exactly the map a file holds.

use super::Edit;
use crate::model::Item;

/// `edit` with every position and size in it rounded to a tenth.
pub(super) fn edit(edit: Edit) -> Edit {
    match edit {
        Edit::Add(item) => Edit::Add(self::item(item)),
        Edit::Update(item) => Edit::Update(self::item(item)),
        Edit::Move(moves) => Edit::Move(
            moves
                .into_iter()
                .map(|(id, to)| (id, to.rounded()))
                .collect(),
        ),
        Edit::SetViews(mut views) => {
            for view in &mut views {
                view.centre = view.centre.rounded();
                view.size = view.size.rounded();
            }
            Edit::SetViews(views)
        }
        Edit::Batch(edits) => Edit::Batch(edits.into_iter().map(self::edit).collect()),
        other @ (Edit::SetMeta(_) | Edit::Remove(_) | Edit::SetConflicts(_)) => other,
    }
}

fn item(mut item: Item) -> Item {
    match &mut item {
        Item::Community(c) => c.pos = c.pos.rounded(),
        Item::Stakeholder(s) => s.pos = s.pos.rounded(),
        Item::Note(n) => {
            n.pos = n.pos.rounded();
            n.size = n.size.rounded();
        }
        Item::Group(g) => {
            g.pos = g.pos.rounded();
            g.size = g.size.rounded();
        }
        Item::Boundary(_)
        | Item::Tension(_)
        | Item::Activity(_)
        | Item::Object(_)
        | Item::Broker(_) => {}
    }
    item
}
