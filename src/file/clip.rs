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

/// What clipboard text holds.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "made once per paste; boxing would only add a step"
)]
pub enum ClipText {
    /// Copied Convene items, or a whole map file.
    Items(Clip),
    /// Text that looks like Convene items or a map but does not load; the
    /// reason, in words.
    Damaged(String),
    /// Any other text a person may have copied.
    Other,
}

/// The copied items in clipboard text, or `None` when the text is not
/// Convene items (any other text a person may have copied, or items that
/// do not load; see [`read_clip`] to tell those apart).
pub fn clip_from_text(text: &str) -> Option<Clip> {
    match read_clip(text) {
        ClipText::Items(clip) => Some(clip),
        ClipText::Damaged(_) | ClipText::Other => None,
    }
}

/// Reads clipboard text: copied items, damaged items, or other text.
pub fn read_clip(text: &str) -> ClipText {
    let text = text.trim_start_matches('\u{feff}');
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if let Some(list) = first.trim_end().strip_prefix(HEADER) {
        let Some(anchors) = list
            .split_whitespace()
            .map(|s| Id::parse(s).ok())
            .collect::<Option<Vec<Id>>>()
        else {
            return ClipText::Damaged("its first line is damaged.".to_owned());
        };
        let map = match super::parse(rest.as_bytes()) {
            Ok(map) => map,
            // Lines are counted from the line after the header.
            Err(error) => return ClipText::Damaged(error.to_string()),
        };
        if anchors.iter().any(|&id| !map.contains(id)) {
            return ClipText::Damaged("it points at items it does not hold.".to_owned());
        }
        return ClipText::Items(Clip { map, anchors });
    }
    match super::parse(text.as_bytes()) {
        Ok(map) => ClipText::Items(Clip {
            map,
            anchors: Vec::new(),
        }),
        Err(error) if looks_like_a_map(text) => ClipText::Damaged(error.to_string()),
        Err(_) => ClipText::Other,
    }
}

/// Whether text starts the way a map file does: a parenthesis, then the
/// format number.
fn looks_like_a_map(text: &str) -> bool {
    let start = text.trim_start();
    start.starts_with('(')
        && start[1..]
            .trim_start()
            .strip_prefix("format")
            .is_some_and(|r| r.trim_start().starts_with(':'))
}
