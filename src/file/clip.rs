//! Copied items as clipboard text, so that they can be pasted into another
//! map, even in another Convene window.
//!
//! The text is a first line naming what it is and the anchors, then the
//! items as an ordinary map file:
//!
//! ```text
//! Convene items 1; anchors: 0123456789abcdef 00000000000000ff
//! (
//!     format: 1,
//!     ...
//! )
//! ```
//!
//! Text that is a whole map file pastes as copied items too.

use crate::edit::clip::Clip;
use crate::model::Id;

const HEADER: &str = "Convene items 1; anchors:";

/// The clipboard text for copied items.
pub fn clip_to_text(clip: &Clip) -> String {
    let mut text = String::from(HEADER);
    for id in &clip.anchors {
        text.push(' ');
        text.push_str(&id.to_string());
    }
    text.push('\n');
    text.push_str(&super::to_text(&clip.map));
    text
}

/// The copied items in clipboard text, or `None` when the text is not
/// Convene items (any other text a person may have copied).
pub fn clip_from_text(text: &str) -> Option<Clip> {
    let text = text.trim_start_matches('\u{feff}');
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if let Some(list) = first.trim_end().strip_prefix(HEADER) {
        let anchors = list
            .split_whitespace()
            .map(|s| Id::parse(s).ok())
            .collect::<Option<Vec<Id>>>()?;
        let map = super::parse(rest.as_bytes()).ok()?;
        if anchors.iter().any(|&id| !map.contains(id)) {
            return None;
        }
        return Some(Clip { map, anchors });
    }
    let map = super::parse(text.as_bytes()).ok()?;
    Some(Clip {
        map,
        anchors: Vec::new(),
    })
}
