//! Conflicts: what two people changed differently in their copies of a map,
//! kept on the merged map until someone picks one side.

use serde::{Deserialize, Serialize};

use super::Id;

/// One place where two copies of a map disagree after a merge. The merged
/// map holds one value ("mine" where there was a choice); both values stay
/// here, as the text a map file would hold, so nothing either side wrote is
/// lost.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The item it concerns; none for the map's details and saved views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    /// The saved view it concerns, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    /// The field both sides changed (`severity`, `name`, `title`, …), or
    /// empty when the conflict is about a whole item or view: one side
    /// removed it and the other changed or still needs it, or (for a view)
    /// both changed it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// My value, as file text; none when I removed the item or view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mine: Option<String>,
    /// Their value, as file text; none when they removed the item or view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<String>,
}

impl Conflict {
    /// Whether it is about a whole item or view (one side removed it).
    pub fn is_whole(&self) -> bool {
        self.field.is_empty()
    }

    /// The same conflict seen from the other side.
    pub fn swapped(&self) -> Conflict {
        Conflict {
            mine: self.theirs.clone(),
            theirs: self.mine.clone(),
            ..self.clone()
        }
    }
}
