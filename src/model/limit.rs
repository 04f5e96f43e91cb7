//! A ceiling on the memory that reading one file may take, so that a
//! crafted file (millions of empty entries in a list) cannot make an open
//! huge or slow. Lists read from a file charge each entry against the
//! ceiling; reading stops with a plain message when it is spent.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

thread_local! {
    /// Bytes that lists may still take, or `None` for no ceiling.
    static LEFT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Runs `read` with a ceiling of `bytes` on what the lists it reads may
/// take; outside this, lists have no ceiling.
pub fn with_ceiling<R>(bytes: usize, read: impl FnOnce() -> R) -> R {
    let before = LEFT.replace(Some(bytes));
    let result = read();
    LEFT.set(before);
    result
}

/// Takes `bytes` from the ceiling; false when it is spent.
fn spend(bytes: usize) -> bool {
    LEFT.with(|left| match left.get() {
        None => true,
        Some(n) if n >= bytes => {
            left.set(Some(n - bytes));
            true
        }
        Some(_) => false,
    })
}

/// Reads a list, charging each entry (twice its size, for the room a
/// growing list keeps spare) against the ceiling.
pub(crate) fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ListVisitor<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list in `[ ]`")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            let cost = 2 * std::mem::size_of::<T>().max(8);
            loop {
                if !spend(cost) {
                    return Err(de::Error::custom(
                        "this list holds far more entries than any map needs; the file may be damaged or not a Convene map",
                    ));
                }
                match seq.next_element()? {
                    Some(value) => out.push(value),
                    None => return Ok(out),
                }
            }
        }
    }
    deserializer.deserialize_seq(ListVisitor(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Lists {
        #[serde(deserialize_with = "list")]
        names: Vec<String>,
    }

    #[test]
    fn a_list_stops_when_the_ceiling_is_spent() {
        let text = format!("(names: [{}])", "\"\",".repeat(10_000));
        let read = |ceiling| {
            with_ceiling(ceiling, || {
                ron::from_str::<Lists>(&text).map(|l| l.names.len())
            })
        };
        assert_eq!(read(10_000_000).ok(), Some(10_000));
        assert!(read(1_000).is_err());
        // Outside a ceiling there is none.
        assert_eq!(
            ron::from_str::<Lists>(&text).map(|l| l.names.len()).ok(),
            Some(10_000)
        );
    }
}
