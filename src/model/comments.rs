//! Comments a person wrote by hand in a map file, kept with the open map so
//! that formatting or saving writes them back where they belong.
//!
//! A comment belongs to an item (by id, so it follows the item through
//! edits and is left out while the item is deleted) or to a place in the
//! map's own record (the top of the file, a field such as `title`, the end
//! of a list). Comments are not part of the items: no edit changes them,
//! and an item's comments stay here while the item is removed, so that
//! undoing the removal brings them back with it. Only the comments of items
//! on the map are written.

use std::collections::BTreeMap;

use super::Id;

/// Every comment read from a map file, by what it is attached to, and
/// those that have no place to go when the map is written again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comments {
    /// The comments that are written back, by where they belong.
    pub attached: BTreeMap<Anchor, Attached>,
    /// Comments the file held that cannot be written back (they sat among
    /// the saved views, which have no ids to follow), in file order.
    pub lost: Vec<LostComment>,
    /// How many more comments are lost, not even listed: those past the
    /// first hundred thousand of a file, which no person writes by hand.
    pub lost_beyond: usize,
}

/// What a comment is attached to: a line of the file as Convene writes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Anchor {
    /// The opening bracket of the map: comments above it head the file.
    Top,
    /// A field of the map's own record, by name (`title`, `communities`, …).
    Field(String),
    /// An item, by id.
    Item(Id),
    /// The closing bracket of one of the map's lists, by the list's name.
    ListEnd(String),
    /// The closing bracket of the map.
    Bottom,
    /// After the map: comments below it end the file.
    End,
}

/// The comments attached to one line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attached {
    /// Comments on lines of their own before it, each as written (`// …`
    /// or `/* … */`), in order.
    pub before: Vec<String>,
    /// The comments at the end of the line, each as written, in order.
    pub after: Vec<String>,
}

/// A comment that will not be written back, and where it stood in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostComment {
    /// Its line in the file, from 1.
    pub line: usize,
    /// Its column in the file, from 1, in characters.
    pub column: usize,
    /// The comment as written.
    pub text: String,
}

impl Comments {
    /// Whether the file held no comments at all.
    pub fn is_empty(&self) -> bool {
        self.attached.is_empty() && self.lost.is_empty() && self.lost_beyond == 0
    }

    /// How many comments the file held that will not be written back.
    pub fn lost_count(&self) -> usize {
        self.lost.len() + self.lost_beyond
    }

    /// The comments attached to `anchor`, if any.
    pub fn at(&self, anchor: &Anchor) -> Option<&Attached> {
        self.attached.get(anchor)
    }

    /// The comments of an item, if it has any.
    pub fn of_item(&self, id: Id) -> Option<&Attached> {
        self.attached.get(&Anchor::Item(id))
    }
}

impl Attached {
    /// Whether there is nothing here.
    pub fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty()
    }

    /// How many comments are here.
    pub fn len(&self) -> usize {
        self.before.len() + self.after.len()
    }
}

impl LostComment {
    /// A short excerpt of the comment for messages: its first line, at
    /// most 40 characters, with `…` where it was cut.
    pub fn excerpt(&self) -> String {
        const MOST: usize = 40;
        let first = self.text.lines().next().unwrap_or_default().trim_end();
        let cut = self.text.trim_end().contains('\n');
        if first.chars().count() > MOST {
            let short: String = first.chars().take(MOST).collect();
            format!("{short}…")
        } else if cut {
            format!("{first} …")
        } else {
            first.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_and_say_where_they_were_cut() {
        let lost = |text: &str| LostComment {
            line: 1,
            column: 1,
            text: text.to_owned(),
        };
        assert_eq!(lost("// short").excerpt(), "// short");
        assert_eq!(lost("/* one\n two */").excerpt(), "/* one …");
        let long = format!("// {}", "x".repeat(100));
        assert_eq!(lost(&long).excerpt(), format!("// {}…", "x".repeat(37)));
    }
}
