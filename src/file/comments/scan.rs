//! The comment scanner: one pass over a map file's text (already read
//! without error) that finds each `//` and `/* */` comment outside strings
//! and works out what it belongs to.
//!
//! It follows the brackets only as far as it needs to: the map's own
//! record, its lists, and the entries of each list. A comment with nothing
//! but space before it on its line belongs to whatever comes next; a
//! comment after code, with nothing but space (or other comments) after it
//! on its line, belongs to the code before it, at the end of its line.

use std::mem;

use super::{ITEM_LISTS, list_ids};
use crate::model::{Anchor, Comments, Id, LostComment, Map};

/// The comments of a map file whose text is `text` and whose items are
/// `map`'s (read from that text, in the same order).
pub(crate) fn read(text: &str, map: &Map) -> Comments {
    // Most files have none; a quick search saves the walk.
    if !text.contains("//") && !text.contains("/*") {
        return Comments::default();
    }
    let mut scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
        stack: Vec::new(),
        opened: false,
        expect_key: false,
        map_owner: Owner::Top,
        list_owner: Owner::Top,
        code_on_line: false,
        last: (Owner::Top, true),
        tail: Vec::new(),
        pending: Vec::new(),
        out: Comments::default(),
        map,
        ids: vec![None; ITEM_LISTS.len()],
        seen: 0,
        column_cache: (usize::MAX, 0, 1),
    };
    scanner.run();
    scanner.out
}

/// What a piece of the file belongs to, as the scanner sees it.
#[derive(Debug, Clone, PartialEq)]
enum Owner {
    Top,
    Field(String),
    /// The entry at `index` in the item list at `list` of [`ITEM_LISTS`].
    Item {
        list: usize,
        index: usize,
    },
    /// An entry of a list that is not a list of items (the saved views).
    Unkeyed,
    ListEnd(String),
    Bottom,
    End,
}

/// An open bracket.
#[derive(Debug)]
enum Frame {
    /// The map's own record.
    Map,
    /// A list that is a field of the map.
    List { name: String, count: usize },
    /// An entry of such a list: an item (when the list is one of
    /// [`ITEM_LISTS`]) or a saved view; `line` is where it starts.
    Entry {
        list: Option<usize>,
        index: usize,
        line: usize,
    },
    /// Any other bracket, inside a field's value.
    Value,
}

/// A comment found, by its place in the text.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    line: usize,
    /// Where its line starts.
    line_start: usize,
}

/// The most comments a file's text is searched for. A map a person wrote
/// has a few hundred at most; the limit keeps a crafted file of nothing but
/// comments from filling memory. Any beyond it are counted as lost.
const MOST_COMMENTS: usize = 100_000;

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    line: usize,
    line_start: usize,
    stack: Vec<Frame>,
    opened: bool,
    /// Whether the next word in the map's record is a field's name.
    expect_key: bool,
    /// What code at the map's own level belongs to now.
    map_owner: Owner,
    /// What code at a list's own level belongs to now.
    list_owner: Owner,
    /// Whether code stands before this point on the current line.
    code_on_line: bool,
    /// What the latest code belongs to, and whether a comment after it on
    /// its line may stand at the end of that line.
    last: (Owner, bool),
    /// Comments after code on the current line.
    tail: Vec<Found>,
    /// Comments that belong to whatever code comes next.
    pending: Vec<Found>,
    out: Comments,
    map: &'a Map,
    ids: Vec<Option<Vec<Id>>>,
    /// How many comments have been found.
    seen: usize,
    /// The line start, offset and column of the latest lost comment.
    column_cache: (usize, usize, usize),
}

impl Scanner<'_> {
    fn run(&mut self) {
        while let Some(&b) = self.bytes.get(self.i) {
            match b {
                b'\n' => {
                    self.end_line();
                    self.newline(self.i);
                    self.i += 1;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                b'/' if self.peek(1) == Some(b'/') => self.line_comment(),
                b'/' if self.peek(1) == Some(b'*') => self.block_comment(),
                b'"' => {
                    self.token();
                    self.i = self.skip_quoted(self.i, b'"');
                }
                b'\'' => {
                    self.token();
                    self.i = self.skip_quoted(self.i, b'\'');
                }
                b'(' | b'[' | b'{' => self.open(),
                b')' | b']' | b'}' => self.close(),
                b'#' if !self.opened => self.attribute(),
                b',' | b':' => {
                    self.token();
                    if b == b',' && self.stack.len() == 1 {
                        self.expect_key = true;
                    }
                    self.i += 1;
                }
                _ => self.word(),
            }
        }
        self.end_line();
        let pending = mem::take(&mut self.pending);
        for found in pending {
            self.put_before(&Owner::End, found);
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.i + ahead).copied()
    }

    fn newline(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at + 1;
    }

    /// The end of a line outside comments and strings: comments after code
    /// on it stand at the end of that code's line.
    fn end_line(&mut self) {
        if !self.tail.is_empty() {
            let tail = mem::take(&mut self.tail);
            self.put_after(tail);
        }
        self.code_on_line = false;
    }

    /// A comment found from `start` to the scanner's place.
    fn found(&mut self, start: usize, line: usize, line_start: usize) {
        if self.seen == MOST_COMMENTS {
            self.out.lost_beyond += 1;
            return;
        }
        self.seen += 1;
        let found = Found {
            start,
            end: self.i,
            line,
            line_start,
        };
        if self.code_on_line {
            self.tail.push(found);
        } else {
            self.pending.push(found);
        }
    }

    fn line_comment(&mut self) {
        let start = self.i;
        let (line, line_start) = (self.line, self.line_start);
        self.i = self.bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |n| start + n);
        self.found(start, line, line_start);
    }

    /// A block comment; they nest, as in Rust and RON.
    fn block_comment(&mut self) {
        let start = self.i;
        let (line, line_start) = (self.line, self.line_start);
        let mut depth = 0usize;
        while let Some(&b) = self.bytes.get(self.i) {
            match (b, self.peek(1)) {
                (b'/', Some(b'*')) => {
                    depth += 1;
                    self.i += 2;
                }
                (b'*', Some(b'/')) => {
                    depth = depth.saturating_sub(1);
                    self.i += 2;
                    if depth == 0 {
                        break;
                    }
                }
                (b'\n', _) => {
                    self.newline(self.i);
                    self.i += 1;
                }
                _ => self.i += 1,
            }
        }
        self.found(start, line, line_start);
    }

    /// Skips a string or character from its opening quote at `from`; gives
    /// back where it ends.
    fn skip_quoted(&mut self, from: usize, quote: u8) -> usize {
        let mut i = from + 1;
        while let Some(&b) = self.bytes.get(i) {
            match b {
                b'\\' => {
                    if self.bytes.get(i + 1) == Some(&b'\n') {
                        self.newline(i + 1);
                    }
                    i += 2;
                }
                b'\n' => {
                    self.newline(i);
                    i += 1;
                }
                _ if b == quote => return i + 1,
                _ => i += 1,
            }
        }
        self.bytes.len()
    }

    /// How many `#` a raw string `r#"…"#` whose `r` is at `from` has, if
    /// one starts there.
    fn raw_string(&self, from: usize) -> Option<usize> {
        let hashes = self.bytes[from + 1..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        (self.bytes.get(from + 1 + hashes) == Some(&b'"')).then_some(hashes)
    }

    /// Skips a raw string whose `r` is at `from`; gives back where it ends.
    fn skip_raw(&mut self, from: usize, hashes: usize) -> usize {
        let mut i = from + hashes + 2;
        while let Some(&b) = self.bytes.get(i) {
            if b == b'\n' {
                self.newline(i);
            } else if b == b'"' && self.bytes[i + 1..].starts_with(&b"#".repeat(hashes)) {
                return i + 1 + hashes;
            }
            i += 1;
        }
        self.bytes.len()
    }

    /// A field name, a number, a word such as `Some` or `true`, or a byte
    /// or raw string.
    fn word(&mut self) {
        let start = self.i;
        if self.bytes[start] == b'b' && self.peek(1) == Some(b'"') {
            self.token();
            self.i = self.skip_quoted(start + 1, b'"');
            return;
        }
        let raw_from = match (self.bytes[start], self.peek(1)) {
            (b'r', _) => Some(start),
            (b'b', Some(b'r')) => Some(start + 1),
            _ => None,
        };
        if let Some(from) = raw_from
            && let Some(hashes) = self.raw_string(from)
        {
            self.token();
            self.i = self.skip_raw(from, hashes);
            return;
        }
        let len = self.bytes[start..]
            .iter()
            .position(|&b| {
                b.is_ascii_whitespace()
                    || matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':')
                    || matches!(b, b'"' | b'\'' | b'/')
            })
            .unwrap_or(self.bytes.len() - start)
            .max(1);
        self.i = start + len;
        if self.stack.len() == 1 && self.expect_key {
            self.expect_key = false;
            let key = self.text.get(start..self.i).unwrap_or_default();
            self.map_owner = Owner::Field(key.trim_start_matches("r#").to_owned());
        }
        self.token();
    }

    /// An inner attribute such as `#![enable(implicit_some)]` before the map.
    fn attribute(&mut self) {
        self.token();
        let mut depth = 0usize;
        while let Some(&b) = self.bytes.get(self.i) {
            self.i += 1;
            match b {
                b'[' => depth += 1,
                b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                b'\n' => self.newline(self.i - 1),
                _ => {}
            }
        }
    }

    fn open(&mut self) {
        let bracket = self.bytes[self.i];
        let frame = match self.stack.last_mut() {
            None if !self.opened => {
                self.opened = true;
                self.expect_key = true;
                Frame::Map
            }
            Some(Frame::Map) if bracket == b'[' => match &self.map_owner {
                Owner::Field(name) => {
                    self.list_owner = self.map_owner.clone();
                    Frame::List {
                        name: name.clone(),
                        count: 0,
                    }
                }
                _ => Frame::Value,
            },
            Some(Frame::List { name, count }) => {
                let list = ITEM_LISTS.iter().position(|l| l == name);
                *count += 1;
                Frame::Entry {
                    list,
                    index: *count - 1,
                    line: self.line,
                }
            }
            _ => Frame::Value,
        };
        self.stack.push(frame);
        self.token();
        self.i += 1;
    }

    fn close(&mut self) {
        let owner = match self.stack.last() {
            Some(Frame::Map) => Owner::Bottom,
            Some(Frame::List { name, .. }) => Owner::ListEnd(name.clone()),
            Some(Frame::Entry { .. }) => self.owner().0,
            _ => {
                self.token();
                self.stack.pop();
                self.i += 1;
                return;
            }
        };
        self.code(owner.clone(), true);
        match self.stack.pop() {
            Some(Frame::List { .. }) => self.map_owner = owner,
            Some(Frame::Entry { .. }) => self.list_owner = owner,
            _ => {}
        }
        self.i += 1;
    }

    /// Code whose owner follows from where the scanner stands.
    fn token(&mut self) {
        let (owner, at_end) = self.owner();
        self.code(owner, at_end);
    }

    /// What code here belongs to, and whether a comment after it on its
    /// line may stand at the end of that line.
    fn owner(&self) -> (Owner, bool) {
        if let Some(Frame::Entry { list, index, line }) = self.stack.get(2) {
            let owner = match list {
                Some(list) => Owner::Item {
                    list: *list,
                    index: *index,
                },
                None => Owner::Unkeyed,
            };
            return (owner, *line == self.line);
        }
        match self.stack.as_slice() {
            [] if self.opened => (Owner::Bottom, true),
            [] => (Owner::Top, true),
            [_, Frame::List { .. }] => (self.list_owner.clone(), true),
            _ => (self.map_owner.clone(), true),
        }
    }

    /// Code belonging to `owner`: comments waiting for it are its own.
    fn code(&mut self, owner: Owner, at_end: bool) {
        // Comments after code earlier on this line, with code after them,
        // belong to what follows.
        let inline = mem::take(&mut self.tail);
        self.pending.extend(inline);
        let pending = mem::take(&mut self.pending);
        for found in pending {
            self.put_before(&owner, found);
        }
        self.code_on_line = true;
        self.last = (owner, at_end);
    }

    /// A comment's text, with `\n` line endings and no space at its end.
    fn text_of(&self, found: Found) -> String {
        let raw = &self.text[found.start..found.end];
        raw.trim_end().replace("\r\n", "\n")
    }

    fn lose(&mut self, found: Found) {
        let text = self.text_of(found);
        // Lost comments come in file order, so counting on from the last
        // one on the same line keeps a long line from being counted over
        // and over.
        let (line_start, from, column) = self.column_cache;
        let column = if line_start == found.line_start && from <= found.start {
            column + self.text[from..found.start].chars().count()
        } else {
            1 + self.text[found.line_start..found.start].chars().count()
        };
        self.column_cache = (found.line_start, found.start, column);
        self.out.lost.push(LostComment {
            line: found.line,
            column,
            text,
        });
    }

    fn anchor(&mut self, owner: &Owner) -> Option<Anchor> {
        Some(match owner {
            Owner::Top => Anchor::Top,
            Owner::Field(name) => Anchor::Field(name.clone()),
            Owner::Item { list, index } => {
                let ids = self.ids.get_mut(*list)?;
                let ids = ids.get_or_insert_with(|| list_ids(self.map, *list));
                Anchor::Item(*ids.get(*index)?)
            }
            Owner::Unkeyed => return None,
            Owner::ListEnd(name) => Anchor::ListEnd(name.clone()),
            Owner::Bottom => Anchor::Bottom,
            Owner::End => Anchor::End,
        })
    }

    fn put_before(&mut self, owner: &Owner, found: Found) {
        match self.anchor(owner) {
            Some(anchor) => {
                let text = self.text_of(found);
                self.out
                    .attached
                    .entry(anchor)
                    .or_default()
                    .before
                    .push(text);
            }
            None => self.lose(found),
        }
    }

    /// Comments at the end of a line after code belonging to the latest
    /// owner.
    fn put_after(&mut self, tail: Vec<Found>) {
        let (owner, at_end) = self.last.clone();
        let Some(anchor) = self.anchor(&owner) else {
            for found in tail {
                self.lose(found);
            }
            return;
        };
        let texts: Vec<String> = tail.into_iter().map(|f| self.text_of(f)).collect();
        let attached = self.out.attached.entry(anchor).or_default();
        if at_end && attached.after.is_empty() {
            attached.after = texts;
        } else {
            attached.before.extend(texts);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner sees only text that has been read without error, but it
    /// must not fail on any text at all.
    #[test]
    fn any_text_is_scanned_without_panicking() {
        const PIECES: [&str; 22] = [
            "/", "*", "/*", "*/", "//", "\"", "\\", "\n", "\r\n", " ", "r#\"", "\"#", "br\"",
            "b\"", "'", "(", ")", "[", "]", ",", "title:", "é",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        let map = Map::default();
        for _ in 0..20_000 {
            let len = rng.usize(..40);
            let text: String = (0..len)
                .map(|_| PIECES[rng.usize(..PIECES.len())])
                .collect();
            let comments = read(&text, &map);
            for lost in &comments.lost {
                assert!(lost.line >= 1 && lost.column >= 1, "{text:?}");
            }
        }
    }

    #[test]
    fn nested_block_comments_are_one_comment() {
        let text = "/* outer /* inner */ still outer */\n(format: 2)\n";
        let comments = read(text, &Map::default());
        let top = comments.at(&Anchor::Top).expect("a head comment");
        assert_eq!(top.before, ["/* outer /* inner */ still outer */"]);
    }
}
