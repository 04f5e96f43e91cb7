//! Bringing in a file another tool wrote (a JSON Canvas) as a new map that
//! is not yet saved anywhere, with what was adjusted on the way in said in
//! the banner.

use std::path::Path;

use crate::app::ConveneApp;
use crate::export::canvas;
use crate::model::Map;
use crate::{Document, file};

/// How many of the import's notes the banner shows before "and N more".
const NOTES_SHOWN: usize = 3;

impl ConveneApp {
    /// Imports a canvas file as a new, unsaved map titled after the file,
    /// or says in the banner why it cannot be.
    pub fn import_path(&mut self, path: &Path) {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let read = file::read_bytes(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| "It is not a text file.".to_owned())
            })
            .and_then(|text| canvas::read(&text).map_err(|e| e.to_string()));
        let imported = match read {
            Ok(imported) => imported,
            Err(why) => {
                self.banner = Some(format!("Could not import “{name}”. {why}"));
                return;
            }
        };
        let mut map = imported.map;
        if map.meta.title.trim().is_empty() {
            map.meta.title = path.file_stem().map_or_else(
                || "Imported map".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
        }
        let summary = summary(&name, &map, &imported.notes);
        self.show_document(Document::unsaved(map), None);
        self.banner = Some(summary);
    }
}

/// What came in, and what was adjusted: "Imported “a.canvas”: 3
/// communities, 2 notes, 1 boundary. Not saved yet. …".
fn summary(name: &str, map: &Map, notes: &[String]) -> String {
    let c = map.counts();
    let parts: Vec<String> = [
        (c.communities, "community", "communities"),
        (c.stakeholders, "stakeholder", "stakeholders"),
        (c.boundaries, "boundary", "boundaries"),
        (c.activities, "activity", "activities"),
        (map.notes.len(), "note", "notes"),
        (map.groups.len(), "group", "groups"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    })
    .collect();
    let what = if parts.is_empty() {
        "nothing to show".to_owned()
    } else {
        parts.join(", ")
    };
    let mut text = format!("Imported “{name}”: {what}. It is not saved yet.");
    for note in notes.iter().take(NOTES_SHOWN) {
        text.push(' ');
        text.push_str(note);
    }
    if notes.len() > NOTES_SHOWN {
        text.push_str(&format!(" And {} more.", notes.len() - NOTES_SHOWN));
    }
    text
}
