//! What a screen reader says after an item's name: its state, in a few
//! words, where AccessKit has no field of its own for it (selection has
//! one; confidentiality, status and open tensions do not).

use crate::model::{Id, Map};

/// The state of a map item in a few words ("2 open tensions", "Open,
/// severity 4, confidential"), or nothing worth saying. `open` counts the
/// open tensions of a boundary, or at the boundaries of a community or
/// stakeholder (see [`open_count`]), when `id` is one.
pub fn state_words(map: &Map, id: Id, open: impl FnOnce() -> usize) -> String {
    if let Some(t) = map.tensions.get(id) {
        let secret = if t.confidential { ", confidential" } else { "" };
        return format!(
            "{}, severity {}{secret}",
            t.status.label(),
            t.severity.get()
        );
    }
    if map.boundaries.contains(id) {
        return open_words(open());
    }
    if map.is_party(id) {
        return match open() {
            0 => String::new(),
            n => format!("{} at its boundaries", open_words(n)),
        };
    }
    if let Some(a) = map.activities.get(id) {
        return a.status.label().to_owned();
    }
    String::new()
}

/// How many open tensions a boundary has, or a community or stakeholder
/// has at its boundaries, counted from the map.
#[cfg(test)]
pub fn open_count(map: &Map, id: Id) -> usize {
    map.boundaries
        .iter()
        .filter(|b| b.id == id || b.between.contains(&id))
        .flat_map(|b| map.tensions_on(b.id))
        .filter(|t| t.status.is_open())
        .count()
}

/// "No open tension", "1 open tension", "3 open tensions".
fn open_words(open: usize) -> String {
    match open {
        0 => "No open tension".to_owned(),
        1 => "1 open tension".to_owned(),
        n => format!("{n} open tensions"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::query;

    #[test]
    fn the_referral_map_reads_its_states() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/referral-guidelines.ron"
        );
        let map = crate::file::read(std::path::Path::new(path)).expect("it reads");
        let b = map.boundaries.iter().next().expect("a boundary").id;
        let open = query::tally(&map, b).open;
        assert!(open > 0);
        assert_eq!(open_count(&map, b), open);
        assert_eq!(
            state_words(&map, b, || open_count(&map, b)),
            open_words(open)
        );
        let t = map.tensions_on(b).next().expect("a tension");
        let words = state_words(&map, t.id, || 0);
        assert!(words.starts_with(t.status.label()), "{words}");
        assert!(words.contains(&format!("severity {}", t.severity.get())));
        assert_eq!(words.contains("confidential"), t.confidential);
        let side = map.boundaries.get(b).expect("there").between[0];
        let words = state_words(&map, side, || open_count(&map, side));
        assert!(
            words.ends_with("open tensions at its boundaries"),
            "{words}"
        );
    }
}
