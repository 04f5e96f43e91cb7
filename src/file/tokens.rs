//! The pieces of a map file's text, in order, with comments left out, so
//! that finding a place in a file never lands inside a comment or a text.
//! The one scanner behind every place Convene points at in a file: parse
//! errors' hints, reference errors (`locate.rs`) and warnings
//! (`places.rs`).

/// One piece of a file's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close,
    /// A field name, a choice such as `Stereotypes`, or a number.
    Word(&'a str),
    /// Text in double quotes, as written between the quotes (escapes
    /// kept), or a raw text `r#"…"#`, as written between its quotes.
    Text(&'a str),
    /// `:`.
    Colon,
    /// `,`.
    Comma,
    /// Anything else: signs, single characters in quotes, stray
    /// characters.
    Other,
}

/// Walks through a file's tokens, each with the byte offset it starts at.
pub(crate) struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`, from the start.
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    /// Moves past white space and comments (block comments may nest, as
    /// the parser allows).
    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        loop {
            while bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
                self.at += 1;
            }
            let rest = &bytes[self.at.min(bytes.len())..];
            if rest.starts_with(b"//") {
                self.at = memchr(b'\n', bytes, self.at).unwrap_or(bytes.len());
            } else if rest.starts_with(b"/*") {
                self.at = block_comment_end(bytes, self.at);
            } else {
                return;
            }
        }
    }

    /// The end of the quoted text starting at `start` (just past the
    /// closing quote), skipping escaped quotes.
    fn quoted_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start + 1;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        bytes.len()
    }

    /// A raw text `r#"…"#` starting at `start`, if it is one: the byte
    /// range between its quotes, and its end (just past the last `#`).
    fn raw_text(&self, start: usize) -> Option<((usize, usize), usize)> {
        let bytes = self.text.as_bytes();
        let hashes = bytes[start + 1..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        if bytes.get(start + 1 + hashes) != Some(&b'"') {
            return None;
        }
        let mut closing = vec![b'"'];
        closing.extend(std::iter::repeat_n(b'#', hashes));
        let body = start + 2 + hashes;
        Some(
            match bytes[body..]
                .windows(closing.len())
                .position(|w| w == closing.as_slice())
            {
                Some(p) => ((body, body + p), body + p + closing.len()),
                None => ((body, bytes.len()), bytes.len()),
            },
        )
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (usize, Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.skip_space();
        let bytes = self.text.as_bytes();
        let start = self.at;
        let &first = bytes.get(start)?;
        let token = match first {
            b'(' | b'[' | b'{' => {
                self.at += 1;
                Token::Open(first)
            }
            b',' => {
                self.at += 1;
                Token::Comma
            }
            b')' | b']' | b'}' => {
                self.at += 1;
                Token::Close
            }
            b':' => {
                self.at += 1;
                Token::Colon
            }
            b'"' => {
                self.at = self.quoted_end(start);
                let inner_end = self.at.saturating_sub(1).max(start + 1);
                Token::Text(self.text.get(start + 1..inner_end).unwrap_or(""))
            }
            b'\'' => {
                // A single character in quotes, such as 'a' or '\''.
                let mut i = start + 1;
                if bytes.get(i) == Some(&b'\\') {
                    i += 1;
                }
                i += 1;
                self.at = memchr(b'\'', bytes, i).map_or(bytes.len(), |e| e + 1);
                Token::Other
            }
            b'r' if matches!(bytes.get(start + 1), Some(b'"' | b'#'))
                && let Some((body, end)) = self.raw_text(start) =>
            {
                self.at = end;
                Token::Text(self.text.get(body.0..body.1).unwrap_or(""))
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                let len = bytes[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
                    .count();
                self.at += len;
                Token::Word(&self.text[start..start + len])
            }
            _ => {
                // Step over one whole character.
                let len = self.text[start..].chars().next().map_or(1, char::len_utf8);
                self.at += len;
                Token::Other
            }
        };
        Some((start, token))
    }
}

/// The first `needle` at or after `from`.
fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| from + p)
}

/// Just past the end of the (possibly nested) block comment at `start`.
fn block_comment_end(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_text_are_single_pieces() {
        let text = "( // id: \"x\"\n /* a /* nested */ id: \"y\" */ id: \"a\\\"b\", r#\"raw\"#, 'c', n: -1.5)";
        let tokens: Vec<Token> = Tokens::new(text).map(|(_, t)| t).collect();
        assert_eq!(
            tokens,
            vec![
                Token::Open(b'('),
                Token::Word("id"),
                Token::Colon,
                Token::Text("a\\\"b"),
                Token::Comma,
                Token::Text("raw"),
                Token::Comma,
                Token::Other,
                Token::Comma,
                Token::Word("n"),
                Token::Colon,
                Token::Other,
                Token::Word("1.5"),
                Token::Close,
            ]
        );
    }

    #[test]
    fn an_unclosed_text_or_comment_ends_the_tokens() {
        assert_eq!(Tokens::new("(\"abc").count(), 2);
        assert_eq!(Tokens::new("( /* abc").count(), 1);
        assert_eq!(Tokens::new("r#\"abc").count(), 1);
    }
}
