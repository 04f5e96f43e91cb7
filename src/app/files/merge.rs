//! File ▸ Compare with another copy… lists what differs from a
//! colleague's copy of the open map. File ▸ Merge another copy…: another
//! copy of the open map (a colleague's, or one from another machine)
//! combined into it as one undo step, in two steps: pick the other copy,
//! then, if the person has it, the copy both started from (the original).
//! With the original, a change made in only one copy simply comes in;
//! without it, every difference is kept as a conflict. Where the two
//! disagree the map keeps its own value and both go in its list of
//! conflicts, which the conflicts panel then settles one by one.

use std::path::Path;

use super::chooser::Purpose;
use crate::app::ConveneApp;
use crate::compare::{added, merge, towards};
use crate::file;
use crate::model::{Map, Meta};

/// A merge waiting for its second step: the other copy, read, while the
/// person says whether they have the original both copies started from.
#[derive(Debug, Clone)]
pub struct HeldMerge {
    /// The other copy's file name, for messages.
    pub name: String,
    /// The other copy.
    pub theirs: Map,
}

/// What the person answers in the merge's second step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeAnswer {
    /// Pick the copy both started from, then merge.
    PickOriginal,
    /// Merge without it.
    WithoutOriginal,
    /// Do not merge.
    Cancel,
}

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

    /// Reads the other copy at `path` and asks for the original it shares
    /// with the open map (the merge's second step), or says in the banner
    /// why it cannot.
    pub(crate) fn merge_path(&mut self, path: &Path) {
        let name = file_name(path);
        match file::read(path) {
            Ok(theirs) => self.files.merging = Some(HeldMerge { name, theirs }),
            Err(why) => self.banner = Some(format!("Could not merge “{name}”. {why}")),
        }
    }

    /// Acts on the answer to the merge's second step.
    pub(crate) fn merge_answer(&mut self, answer: MergeAnswer) {
        match answer {
            MergeAnswer::Cancel => self.files.merging = None,
            MergeAnswer::WithoutOriginal => {
                // Without the original both copies started from, everything
                // either has is kept, and every difference is a conflict to
                // settle: nothing is taken from one side over the other
                // without asking.
                self.merge_held(&Map::new(Meta::default()), None);
            }
            MergeAnswer::PickOriginal => {
                if let Some(path) = self.choose(Purpose::MergeOriginal, String::new()) {
                    self.merge_from_original(&path);
                }
            }
        }
    }

    /// Merges the held copy into the open map from the original at `path`,
    /// or says why it cannot (the second step stays open, to pick again or
    /// merge without it).
    pub(crate) fn merge_from_original(&mut self, path: &Path) {
        let name = file_name(path);
        match file::read(path) {
            Ok(original) => self.merge_held(&original, Some(&name)),
            Err(why) => {
                self.banner = Some(format!(
                    "Could not read “{name}” as the copy you both started from. {why}"
                ));
            }
        }
    }

    /// Merges the held copy into the open map as one undo step, from
    /// `original` (named `from`, if the person picked one).
    fn merge_held(&mut self, original: &Map, from: Option<&str>) {
        let Some(HeldMerge { name, theirs }) = self.files.merging.take() else {
            return;
        };
        let Some(w) = &self.work else { return };
        let mine = w.doc.map();
        let merged = merge(original, mine, &theirs);
        let came = added(mine, &merged.map);
        let conflicts = merged.conflicts.len();
        let edit = towards(mine, &merged.map);
        let changed = self.apply(edit, None, None);
        let from = from.map_or_else(String::new, |o| format!(" from “{o}”"));
        self.banner = Some(if !changed && conflicts == 0 && came == 0 {
            format!("“{name}” holds nothing this map does not have already.")
        } else {
            format!(
                "Merged “{name}”{from}: {}, {}. Undo takes the merge back.",
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
