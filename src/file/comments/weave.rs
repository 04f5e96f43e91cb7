//! Writing comments back: into the canonical text of a map, each comment
//! goes before the line it belongs to, or at the end of that line.
//!
//! The canonical writer puts the map's opening bracket, each of its fields,
//! each item and each list's closing bracket on a line of its own, so every
//! anchor of a comment is one line. A field left out because it is empty
//! (no purpose, no views) passes its comments on to the next line written.

use crate::model::{Anchor, Attached, Comments, Id, Map};

use super::{FIELDS, ITEM_LISTS, list_ids};

const FIELD_INDENT: &str = "    ";
const ENTRY_INDENT: &str = "        ";

/// `text` (the canonical text of `map`) with `map`'s comments written in.
/// Comments of items no longer on the map, and comments that were lost,
/// are left out.
pub(crate) fn weave(text: String, map: &Map) -> String {
    let comments = &map.kept.comments;
    if comments.attached.is_empty() {
        return text;
    }
    let mut weaver = Weaver {
        out: String::with_capacity(text.len() + 64 * comments.attached.len()),
        comments,
        next_field: 0,
        list: None,
    };
    for line in text.lines() {
        weaver.line(line, map);
    }
    weaver.out
}

struct Weaver<'a> {
    out: String,
    comments: &'a Comments,
    /// The place in [`FIELDS`] of the first field not written yet.
    next_field: usize,
    /// The list being written: its name, and the ids of its items still to
    /// come (none for a list of saved views).
    list: Option<(String, std::vec::IntoIter<Id>)>,
}

impl<'a> Weaver<'a> {
    fn line(&mut self, line: &str, map: &Map) {
        if line == "(" {
            self.before(&Anchor::Top, "");
            self.anchored(line, &Anchor::Top);
        } else if line == ")" {
            self.skip_fields_until(FIELDS.len());
            self.before(&Anchor::Bottom, FIELD_INDENT);
            self.anchored(line, &Anchor::Bottom);
            self.before(&Anchor::End, "");
        } else if line.starts_with(ENTRY_INDENT) {
            let id = self.list.as_mut().and_then(|(_, ids)| ids.next());
            match id {
                Some(id) => {
                    let anchor = Anchor::Item(id);
                    self.before(&anchor, ENTRY_INDENT);
                    self.anchored(line, &anchor);
                }
                None => self.plain(line),
            }
        } else if line == "    ]," {
            let name = self.list.take().map(|(name, _)| name).unwrap_or_default();
            let anchor = Anchor::ListEnd(name);
            self.before(&anchor, ENTRY_INDENT);
            self.anchored(line, &anchor);
        } else if let Some((key, _)) = line.trim_start().split_once(':') {
            self.field(line, key, map);
        } else {
            self.plain(line);
        }
    }

    /// A line of the map's own record: `key: value,` or the start of a list.
    fn field(&mut self, line: &str, key: &str, map: &Map) {
        let place = FIELDS.iter().position(|&f| f == key);
        if let Some(place) = place {
            self.skip_fields_until(place);
            self.next_field = self.next_field.max(place + 1);
        }
        let anchor = Anchor::Field(key.to_owned());
        let end = Anchor::ListEnd(key.to_owned());
        self.before(&anchor, FIELD_INDENT);
        if let Some(open) = line.strip_suffix("[],")
            && (self.has_after(&anchor) || self.at(&end).is_some())
        {
            // An empty list with comments is spread over lines to hold them.
            let open = format!("{open}[");
            self.anchored(&open, &anchor);
            self.before(&end, ENTRY_INDENT);
            self.anchored("    ],", &end);
        } else {
            self.anchored(line, &anchor);
            if line.ends_with('[') {
                let ids = ITEM_LISTS
                    .iter()
                    .position(|&l| l == key)
                    .map(|l| list_ids(map, l))
                    .unwrap_or_default();
                self.list = Some((key.to_owned(), ids.into_iter()));
            }
        }
    }

    /// Writes the comments of fields the writer left out, before `until`.
    fn skip_fields_until(&mut self, until: usize) {
        while self.next_field < until {
            let name = FIELDS[self.next_field].to_owned();
            self.next_field += 1;
            for anchor in [Anchor::Field(name.clone()), Anchor::ListEnd(name)] {
                if let Some(at) = self.at(&anchor) {
                    for text in at.before.iter().chain(&at.after) {
                        push_line(&mut self.out, FIELD_INDENT, text);
                    }
                }
            }
        }
    }

    fn at(&self, anchor: &Anchor) -> Option<&'a Attached> {
        self.comments.at(anchor).filter(|a| !a.is_empty())
    }

    fn has_after(&self, anchor: &Anchor) -> bool {
        self.at(anchor).is_some_and(|a| !a.after.is_empty())
    }

    /// The comments on lines of their own before `anchor`'s line.
    fn before(&mut self, anchor: &Anchor, indent: &str) {
        if let Some(at) = self.at(anchor) {
            for text in &at.before {
                push_line(&mut self.out, indent, text);
            }
        }
    }

    /// `anchor`'s line, with its comments at the end.
    fn anchored(&mut self, line: &str, anchor: &Anchor) {
        self.out.push_str(line);
        if let Some(at) = self.at(anchor) {
            for text in &at.after {
                self.out.push(' ');
                self.out.push_str(text);
            }
        }
        self.out.push('\n');
    }

    fn plain(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }
}

fn push_line(out: &mut String, indent: &str, text: &str) {
    out.push_str(indent);
    out.push_str(text);
    out.push('\n');
}
