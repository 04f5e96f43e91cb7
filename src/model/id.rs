//! Identifiers that stay unique when copies of a map are edited apart and combined.

use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

use super::text_value::{TextValue, deserialize_from_text};

/// The longest id, in characters.
pub const MAX_ID_LEN: usize = 64;

/// How much of a refused id a message quotes, in characters.
const QUOTED_LEN: usize = 40;

/// The identity of one item on a map.
///
/// An id is a short readable token: 1 to 64 letters, digits, `-`, `_` or
/// `.`, such as `"psy"`, `"t1"` or `"social-workers"`. It is kept exactly
/// as written, so a hand-written file keeps its ids through opening and
/// saving. Ids Convene makes itself are 16 random hex digits, so two
/// facilitators who add items to copies of the same map on different
/// machines get different ids with overwhelming likelihood, and their
/// copies can later be combined without renumbering anything.
///
/// The token is held inline (so an id is `Copy` and never allocates), and
/// ids are compared, ordered and hashed by their text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Id {
    // Unused bytes are zero, and a token never holds a zero byte, so
    // comparing whole buffers compares the texts, in text order.
    bytes: [u8; MAX_ID_LEN],
    len: u8,
}

impl Id {
    /// A fresh random id of 16 hex digits. Use [`crate::model::Map::new_id`]
    /// to also rule out the (vanishingly unlikely) clash with an id the map
    /// already holds.
    pub fn random() -> Self {
        Self::from_u64(fastrand::u64(..))
    }

    /// The id written as the 16 hex digits of `value`, for tests and
    /// generated maps.
    pub const fn from_u64(value: u64) -> Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut bytes = [0u8; MAX_ID_LEN];
        let mut i = 0;
        while i < 16 {
            let shift = 60 - 4 * i;
            bytes[i] = HEX[((value >> shift) & 0xf) as usize];
            i += 1;
        }
        Self { bytes, len: 16 }
    }

    /// The id as it is written.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only ASCII letters, digits and `-_.` are ever stored.
        std::str::from_utf8(bytes).unwrap_or_default()
    }

    /// Reads an id: 1 to 64 letters, digits, `-`, `_` or `.`.
    pub fn parse(text: &str) -> Result<Self, IdError> {
        let raw = text.as_bytes();
        if raw.is_empty() || raw.len() > MAX_ID_LEN || !raw.iter().all(|&b| is_id_byte(b)) {
            return Err(IdError::new(text));
        }
        let mut bytes = [0u8; MAX_ID_LEN];
        bytes[..raw.len()].copy_from_slice(raw);
        Ok(Self {
            bytes,
            // At most 64, checked above.
            len: raw.len() as u8,
        })
    }
}

/// Whether a byte may stand in an id.
fn is_id_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
}

impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_str().as_bytes());
    }
}

/// Text that is not an id. Holds a short excerpt of the text, never the
/// whole of a long one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} is not an id: an id is 1 to 64 letters, digits, `-`, `_` or `.` (no spaces)")]
pub struct IdError(pub String);

impl IdError {
    fn new(text: &str) -> Self {
        Self(excerpt(text, QUOTED_LEN))
    }
}

/// `text` in double quotes, cut to about `most` characters with a note of
/// how long it really is.
pub(crate) fn excerpt(text: &str, most: usize) -> String {
    match text.char_indices().nth(most) {
        None => format!("{:?}", text),
        Some((cut, _)) => format!(
            "{:?}… ({} characters in all)",
            &text[..cut],
            text.chars().count()
        ),
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.as_str())
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl TextValue for Id {
    const EXPECTING: &'static str =
        "an id in double quotes, such as \"psy\": letters, digits, `-`, `_` or `.`";
    fn from_text(text: &str) -> Result<Self, String> {
        Id::parse(text).map_err(|e| e.to_string())
    }
}

deserialize_from_text!(Id);

/// Builds the hashers for collections keyed by [`Id`]. The hasher is fast
/// and seeded at random per process, so that a crafted file whose ids all
/// collide in one bucket cannot make opening it slow.
pub type IdBuildHasher = foldhash::fast::RandomState;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_prints() {
        let id = Id::from_u64(0x00ab_cdef_0123_4567);
        assert_eq!(id.to_string(), "00abcdef01234567");
        assert_eq!(Id::parse(&id.to_string()), Ok(id));
        for token in ["a1", "psy", "t1", "Social-workers_2.0", &"x".repeat(64)] {
            assert_eq!(
                Id::parse(token).map(|id| id.to_string()),
                Ok(token.to_owned())
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_token() {
        let long = "x".repeat(65);
        for bad in ["", "a b", "-1 ", "+1", " a1", "é", "a\"b", "a/b", &long] {
            assert!(Id::parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn ids_compare_by_their_text() {
        let a = Id::parse("a").unwrap_or_else(|e| panic!("{e}"));
        let a1 = Id::parse("a1").unwrap_or_else(|e| panic!("{e}"));
        let b = Id::parse("b").unwrap_or_else(|e| panic!("{e}"));
        assert!(a < a1 && a1 < b);
        assert_ne!(Id::parse("A1"), Ok(a1));
        assert!(Id::from_u64(1) < Id::from_u64(0xff));
    }

    #[test]
    fn a_long_refused_text_is_quoted_short() {
        let huge = "y".repeat(10_000_000);
        let message = Id::parse(&huge).map(|_| ()).unwrap_err().to_string();
        assert!(message.len() < 200, "{}", message.len());
        assert!(message.contains("10000000 characters"), "{message}");
    }

    #[test]
    fn random_ids_differ() {
        let a = Id::random();
        let b = Id::random();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 16);
    }
}
