//! Identifiers that stay unique when copies of a map are edited apart and combined.

use std::fmt;

use serde::{Serialize, Serializer};

use super::text_value::{TextValue, deserialize_from_text};

/// The identity of one item on a map.
///
/// Ids are 64 random bits, written in files as 16 lowercase hex digits. Two
/// facilitators who add items to copies of the same map on different machines
/// get different ids with overwhelming likelihood, so their copies can later be
/// combined without renumbering anything.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(u64);

impl Id {
    /// A fresh random id. Use [`crate::model::Map::new_id`] to also rule out
    /// the (vanishingly unlikely) clash with an id the map already holds.
    pub fn random() -> Self {
        Self(fastrand::u64(..))
    }

    /// An id from its 64-bit value, for tests and generated maps.
    pub const fn from_u64(value: u64) -> Self {
        Self(value)
    }

    /// The 64-bit value behind the id.
    pub const fn as_u64(self) -> u64 {
        self.0
    }

    /// Reads an id written as 1 to 16 hex digits.
    pub fn parse(text: &str) -> Result<Self, IdError> {
        let bytes = text.as_bytes();
        if bytes.is_empty() || bytes.len() > 16 {
            return Err(IdError(text.to_owned()));
        }
        let mut value: u64 = 0;
        for &b in bytes {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(IdError(text.to_owned())),
            };
            value = (value << 4) | u64::from(digit);
        }
        Ok(Self(value))
    }
}

/// Text that is not an id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not an id: an id is 1 to 16 hex digits (0-9 and a-f)")]
pub struct IdError(pub String);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({:016x})", self.0)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut buf = [0u8; 16];
        for (i, byte) in buf.iter_mut().enumerate() {
            let shift = 60 - 4 * i;
            *byte = HEX[((self.0 >> shift) & 0xf) as usize];
        }
        // The buffer holds only ASCII hex digits.
        let text = std::str::from_utf8(&buf).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(text)
    }
}

impl TextValue for Id {
    const EXPECTING: &'static str = "an id in quotes, 1 to 16 hex digits";
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
        assert_eq!(Id::parse("a1"), Ok(Id::from_u64(0xa1)));
    }

    #[test]
    fn refuses_what_is_not_hex() {
        for bad in ["", "xyz", "0123456789abcdef0", "-1", "+1", " a1"] {
            assert!(Id::parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn random_ids_differ() {
        let a = Id::random();
        let b = Id::random();
        assert_ne!(a, b);
    }
}
