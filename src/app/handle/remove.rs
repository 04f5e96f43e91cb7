//! Deleting the selection. While the screen is shared, deleting a boundary
//! also deletes the confidential tensions on it that nobody can see; that
//! never happens in silence, and the words said name nothing confidential.

use crate::Edit;
use crate::app::ConveneApp;
use crate::model::Map;

impl ConveneApp {
    /// Deletes the selected items, as one undo step. While the screen is
    /// shared and hidden items go with them, the banner says how many, and
    /// that Undo brings them back.
    pub(crate) fn remove_selected(&mut self) {
        let Some(w) = &self.work else { return };
        let before = confidential(w.doc.map());
        let ids = self.selection.ids().to_vec();
        if !self.apply(Edit::Remove(ids), None, Some(Vec::new())) || !self.shown.sharing {
            return;
        }
        let Some(w) = &self.work else { return };
        let went = before.saturating_sub(confidential(w.doc.map()));
        if went > 0 {
            self.banner = Some(hidden_went_words(went));
        }
    }
}

/// How many confidential tensions and notes `map` holds.
fn confidential(map: &Map) -> usize {
    map.tensions.iter().filter(|t| t.confidential).count()
        + map.notes.iter().filter(|n| n.confidential).count()
}

/// What the banner says when `count` hidden items went with a deletion:
/// how many, never what they were.
fn hidden_went_words(count: usize) -> String {
    if count == 1 {
        "Also deleted 1 hidden item. Undo brings it back.".to_owned()
    } else {
        format!("Also deleted {count} hidden items. Undo brings them back.")
    }
}
