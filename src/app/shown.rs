//! The map as the screen shows it. While the screen is shared, while a talk
//! has not yet revealed everything, or while a filter hides what it does
//! not match, the panels and the canvas read a copy of the map without the
//! hidden items; otherwise they read the document's map itself.

use crate::Document;
use crate::model::query::{self, Filter, Hide, IdSet};
use crate::model::{Map, Reveal};

/// What may be shown, and the map cut down to it.
#[derive(Debug, Default)]
pub struct Shown {
    /// Whether the screen is shared: confidential items are hidden.
    pub sharing: bool,
    /// How much a presentation reveals; `None` outside a presentation.
    pub reveal: Option<Reveal>,
    /// The inputs the copy was made for.
    made_for: Option<Key>,
    /// The hidden items.
    hidden: IdSet,
    /// How many confidential items are hidden because the screen is shared.
    secret: usize,
    /// The map without them, when anything is hidden.
    map: Option<Map>,
    /// Goes up each time the copy is made again, so caches keyed on it
    /// (the canvas's scene, the table's rows) know to start again.
    stamp: u64,
}

#[derive(Debug, Clone, PartialEq)]
struct Key {
    revision: u64,
    sharing: bool,
    reveal: Option<Reveal>,
    filter: Option<Filter>,
}

/// The map to show and a number that names its state: equal numbers mean
/// an equal map.
#[derive(Clone, Copy)]
pub struct ShownMap<'a> {
    /// The map, or the document's own when nothing is hidden.
    pub map: &'a Map,
    /// The document's revision, or, while anything is hidden, a number
    /// made from the revision and what is hidden.
    pub key: u64,
    /// Whether `map` is the document's own, so its history can tell what
    /// changed between keys.
    pub whole: bool,
}

impl Shown {
    /// The map to show, worked out again if the map or the reasons changed
    /// since last time. `filter` is the filter in use; it hides only when
    /// set to.
    pub fn of<'a>(&'a mut self, doc: &'a Document, filter: &Filter) -> ShownMap<'a> {
        self.refresh(doc, filter);
        match &self.map {
            Some(map) => ShownMap {
                map,
                // Revisions are counted from zero and never reach the top
                // bit; keys with it set name the cut-down copies.
                key: (1 << 63) | self.stamp,
                whole: false,
            },
            None => ShownMap {
                map: doc.map(),
                key: doc.revision(),
                whole: true,
            },
        }
    }

    fn refresh(&mut self, doc: &Document, filter: &Filter) {
        let key = Key {
            revision: doc.revision(),
            sharing: self.sharing,
            reveal: self.reveal,
            filter: (filter.hide_unmatched && !filter.is_empty()).then(|| filter.clone()),
        };
        if self.made_for.as_ref() == Some(&key) {
            return;
        }
        let hide = Hide {
            confidential: key.sharing,
            reveal: key.reveal,
            unmatched: key.filter.as_ref(),
        };
        let hidden = query::hidden(doc.map(), &hide);
        let map = doc.map();
        self.secret = if key.sharing {
            let tensions = map.tensions.iter().filter(|t| t.confidential).count();
            tensions + map.notes.iter().filter(|n| n.confidential).count()
        } else {
            0
        };
        self.stamp += 1;
        self.map = (!hidden.is_empty()).then(|| query::without(doc.map(), &hidden));
        self.hidden = hidden;
        self.made_for = Some(key);
    }

    /// How many confidential items the sharing switch hides now.
    pub fn secret(&self) -> usize {
        self.secret
    }
}
