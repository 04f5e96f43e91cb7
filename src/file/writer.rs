//! The canonical writer: turns a map into the exact text Convene saves.
//!
//! The layout is fixed so that files diff well: the map's own fields one
//! per line, each list's items one per line, and everything inside an item
//! on that item's line. So a change to one item changes one line, and the
//! same map always gives the same bytes. The output is RON, read back by
//! the `ron` crate; this writer exists because it is several times faster
//! than a general pretty-printer on large maps.

use std::fmt::{self, Write as _};

use serde::ser::{self, Impossible, Serialize};

/// Containers nested up to this level are spread over lines; deeper ones
/// stay on one line. Level 1 is the map, level 2 its lists.
const SPREAD_LEVELS: usize = 2;

/// The indentation of one level.
const INDENT: &str = "    ";

/// Writes `value` in canonical form, ending with a newline.
pub(crate) fn to_text<T: Serialize>(value: &T, size_hint: usize) -> Result<String, Error> {
    let mut writer = Writer {
        out: String::with_capacity(size_hint),
        level: 0,
    };
    value.serialize(&mut writer)?;
    writer.out.push('\n');
    Ok(writer.out)
}

/// A value the writer cannot express (none occur in a map).
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

struct Writer {
    out: String,
    level: usize,
}

impl Writer {
    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push_str(INDENT);
        }
    }

    /// Opens a list or record; gives back the state its items need.
    fn open(&mut self, bracket: char) -> Compound<'_> {
        self.out.push(bracket);
        self.level += 1;
        Compound {
            spread: self.level <= SPREAD_LEVELS,
            first: true,
            writer: self,
        }
    }

    /// Writes text in double quotes. Quotes, backslashes and control
    /// characters are escaped; everything else is written as it is, in runs.
    fn quoted(&mut self, text: &str) {
        self.out.push('"');
        let mut run_start = 0;
        for (i, c) in text.char_indices() {
            let escape: Option<&str> = match c {
                '"' => Some("\\\""),
                '\\' => Some("\\\\"),
                '\n' => Some("\\n"),
                '\r' => Some("\\r"),
                '\t' => Some("\\t"),
                '\0' => Some("\\0"),
                c if c.is_control() => None,
                _ => continue,
            };
            self.out.push_str(&text[run_start..i]);
            match escape {
                Some(e) => self.out.push_str(e),
                None => {
                    let _ = write!(self.out, "\\u{{{:x}}}", u32::from(c));
                }
            }
            run_start = i + c.len_utf8();
        }
        self.out.push_str(&text[run_start..]);
        self.out.push('"');
    }

    fn display(&mut self, value: impl fmt::Display) {
        let _ = write!(self.out, "{value}");
    }
}

/// A list or record being written.
struct Compound<'a> {
    writer: &'a mut Writer,
    spread: bool,
    first: bool,
}

impl Compound<'_> {
    /// Starts the next entry.
    fn entry(&mut self) {
        if self.spread {
            self.writer.out.push('\n');
            let level = self.writer.level;
            self.writer.indent(level);
        } else if !self.first {
            self.writer.out.push_str(", ");
        }
        self.first = false;
    }

    /// Ends the current entry.
    fn after_entry(&mut self) {
        if self.spread {
            self.writer.out.push(',');
        }
    }

    fn close(self, bracket: char) {
        self.writer.level -= 1;
        if self.spread && !self.first {
            self.writer.out.push('\n');
            let level = self.writer.level;
            self.writer.indent(level);
        }
        self.writer.out.push(bracket);
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.entry();
        value.serialize(&mut *self.writer)?;
        self.after_entry();
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.close(']');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry();
        self.writer.out.push_str(key);
        self.writer.out.push_str(": ");
        value.serialize(&mut *self.writer)?;
        self.after_entry();
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.close(')');
        Ok(())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("a map never holds {what}"))
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // `Debug` gives the shortest text that reads back to the same
        // number, always with a `.0` or an exponent, as RON expects.
        let _ = write!(self.out, "{v:?}");
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        let _ = write!(self.out, "{v:?}");
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Error> {
        Err(unsupported("a single character"))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.quoted(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("raw bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.out.push_str(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported("a newtype struct"))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push_str(variant);
        self.out.push('(');
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("a tuple"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("a tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("a tuple variant"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a hash map"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('('))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("a struct variant"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_what_must_be_escaped() {
        let mut w = Writer {
            out: String::new(),
            level: 0,
        };
        w.quoted("Área \"quoted\" back\\slash\nline\ttab\u{7}bell é\u{301}");
        assert_eq!(
            w.out,
            "\"Área \\\"quoted\\\" back\\\\slash\\nline\\ttab\\u{7}bell é\u{301}\""
        );
        let back: String = ron::from_str(&w.out).unwrap();
        assert_eq!(
            back,
            "Área \"quoted\" back\\slash\nline\ttab\u{7}bell é\u{301}"
        );
    }
}
