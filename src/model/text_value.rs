//! Values written in files as a string in quotes: ids, colours and dates.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, Visitor};

/// A value read from a string, with a message in plain words when the
/// string is not one.
pub(crate) trait TextValue: Sized {
    /// What the value looks like, for parser messages.
    const EXPECTING: &'static str;
    /// Reads the value, or says why the text is not one.
    fn from_text(text: &str) -> Result<Self, String>;
}

/// Reads a [`TextValue`] through serde.
pub(crate) fn deserialize<'de, T: TextValue, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct TextVisitor<T>(PhantomData<T>);
    impl<T: TextValue> Visitor<'_> for TextVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            T::from_text(v).map_err(E::custom)
        }
    }
    deserializer.deserialize_str(TextVisitor(PhantomData))
}

/// Implements `Deserialize` for a [`TextValue`].
macro_rules! deserialize_from_text {
    ($t:ty) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::text_value::deserialize(deserializer)
            }
        }
    };
}
pub(crate) use deserialize_from_text;
