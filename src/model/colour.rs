//! Colours, written in files as `"#rrggbb"`.

use std::fmt;

use serde::{Serialize, Serializer};

use super::text_value::{TextValue, deserialize_from_text};

/// An opaque colour.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Colour {
    /// Red, 0 to 255.
    pub r: u8,
    /// Green, 0 to 255.
    pub g: u8,
    /// Blue, 0 to 255.
    pub b: u8,
}

impl Colour {
    /// The colour with these red, green and blue parts.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Reads `#rrggbb` (the `#` may be left out).
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Self::rgb(part(0)?, part(2)?, part(4)?))
    }

    /// A calm set of colours that stay readable on a projector; new items
    /// take them in turn.
    pub const PALETTE: [Colour; 8] = [
        Colour::rgb(0x3b, 0x82, 0xc4),
        Colour::rgb(0xd9, 0x7a, 0x2b),
        Colour::rgb(0x3f, 0x9e, 0x6e),
        Colour::rgb(0xb0, 0x4a, 0x8c),
        Colour::rgb(0x7a, 0x6a, 0xc8),
        Colour::rgb(0xc4, 0x4b, 0x4b),
        Colour::rgb(0x2f, 0x9a, 0xa8),
        Colour::rgb(0x8a, 0x8a, 0x3a),
    ];

    /// The yellow of a sticky note.
    pub const NOTE: Colour = Colour::rgb(0xf6, 0xe2, 0x7a);

    /// The grey of a stakeholder or a group frame.
    pub const NEUTRAL: Colour = Colour::rgb(0x8c, 0x93, 0x9c);
}

impl Default for Colour {
    fn default() -> Self {
        Self::PALETTE[0]
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl TextValue for Colour {
    const EXPECTING: &'static str = "a colour such as \"#3b82c4\"";
    fn from_text(text: &str) -> Result<Self, String> {
        Colour::parse(text).ok_or_else(|| {
            format!(
                "\"{text}\" is not a colour: write it as \"#\" and six hex digits, like \"#3b82c4\""
            )
        })
    }
}

deserialize_from_text!(Colour);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_as_hex() {
        let c = Colour::rgb(0x3b, 0x82, 0xc4);
        assert_eq!(c.to_string(), "#3b82c4");
        assert_eq!(Colour::parse("#3b82c4"), Some(c));
        assert_eq!(Colour::parse("3B82C4"), Some(c));
        assert_eq!(Colour::parse("#3b82c"), None);
        assert_eq!(Colour::parse("#3b82cg"), None);
        assert_eq!(Colour::parse("#éé82c4"), None);
    }
}
