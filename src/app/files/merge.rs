//! File ▸ Compare with another copy… lists what differs from a
//! colleague's copy of the open map. File ▸ Merge another copy…: another copy of the open map (a colleague's,
//! or one from another machine) combined into it as one undo step. Where
//! the two disagree the map keeps its own value and both go in its list of
//! conflicts, which the conflicts panel then settles one by one.

use std::path::Path;

use crate::app::ConveneApp;
use crate::compare::{added, merge, towards};
use crate::file;
use crate::model::{Map, Meta};

impl ConveneApp {
    /// Lists what differs between the map at `path` and the open map, or
    /// says in the banner why it cannot.
    pub(crate) fn compare_path(&mut self, path: &Path) {
        let name = file_name(path);
        let other = match file::read(path) {
            Ok(map) => map,
            Err(why) => {
                self.banner = Some(format!("Could not compare with “{name}”. {why}"));
                return;
            }
        };
        let Some(w) = &self.work else { return };
        let revision = w.doc.revision();
        self.panels.compare.show(name, other, w.doc.map(), revision);
    }

    /// Merges the map at `path` into the open map, or says in the banner
    /// why it cannot.
    pub(crate) fn merge_path(&mut self, path: &Path) {
        let name = file_name(path);
        let theirs = match file::read(path) {
            Ok(map) => map,
            Err(why) => {
                self.banner = Some(format!("Could not merge “{name}”. {why}"));
                return;
            }
        };
        let Some(w) = &self.work else { return };
        let mine = w.doc.map();
        // Without the original both copies started from, everything either
        // has is kept, and every difference is a conflict to settle: nothing
        // is taken from one side over the other without asking.
        let original = Map::new(Meta::default());
        let merged = merge(&original, mine, &theirs);
        let came = added(mine, &merged.map);
        let conflicts = merged.conflicts.len();
        let edit = towards(mine, &merged.map);
        let changed = self.apply(edit, None, None);
        self.banner = Some(if !changed && conflicts == 0 && came == 0 {
            format!("“{name}” holds nothing this map does not have already.")
        } else {
            format!(
                "Merged “{name}”: {}, {}. Undo takes the merge back.",
                count(came, "item came in", "items came in"),
                count(conflicts, "difference to settle", "differences to settle"),
            )
        });
    }
}

/// The file's name, for messages.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// "1 item", "3 items", "no items".
fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}
