//! The fonts pictures are drawn with, held in the program itself so that a
//! picture is the same on every machine: Noto Sans for Latin, Greek and
//! Cyrillic letters with Hebrew, Arabic, Devanagari and the editor's emoji
//! merged into it, then Noto Sans CJK. Pictures never look at the system's fonts. The editor's
//! script fonts are here too, so that the program holds each file once.

use std::sync::{Arc, LazyLock};

use resvg::usvg;

/// Noto Sans for Latin, Greek and Cyrillic, with the Hebrew, Arabic and
/// Devanagari subsets and the editor's emoji font (Noto Emoji) merged into
/// it, so that a line mixing those scripts is shaped by one font; see
/// `assets/fonts/README.md`.
pub const MERGED: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Pictures.ttf");
/// Noto Sans Hebrew, a subset.
pub const HEBREW: &[u8] = include_bytes!("../../../assets/fonts/NotoSansHebrew-Subset.ttf");
/// Noto Sans Arabic, a subset.
pub const ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Subset.ttf");
/// Noto Sans Devanagari, a subset.
pub const DEVANAGARI: &[u8] = include_bytes!("../../../assets/fonts/NotoSansDevanagari-Subset.ttf");
/// Noto Sans CJK SC, a subset.
pub const CJK: &[u8] = include_bytes!("../../../assets/fonts/NotoSansCJK-Subset.otf");

/// The fonts pictures are drawn with, in the order a letter is looked for:
/// its family name (as the file names itself) and its bytes.
pub const BUNDLED: [(&str, &[u8]); 2] = [("Noto Sans", MERGED), ("Noto Sans CJK SC", CJK)];

/// The `font-family` of every text in a picture: the bundled fonts, the
/// script fonts merged into the first (for a viewer that has them as
/// separate fonts), then any sans-serif font.
pub const FAMILY: &str = "Noto Sans, Noto Sans CJK SC, Noto Sans Hebrew, Noto Sans Arabic, Noto Sans Devanagari, Noto Emoji, sans-serif";

/// The font database pictures are rendered with: the bundled fonts only.
pub fn database() -> Arc<usvg::fontdb::Database> {
    static DB: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
        let mut db = usvg::fontdb::Database::new();
        for (_, bytes) in BUNDLED {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(bytes)));
        }
        db.set_sans_serif_family("Noto Sans");
        Arc::new(db)
    });
    DB.clone()
}

/// The bundled fonts, parsed once, for measuring text.
fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: LazyLock<Vec<ttf_parser::Face<'static>>> = LazyLock::new(|| {
        BUNDLED
            .iter()
            .filter_map(|(_, bytes)| ttf_parser::Face::parse(bytes, 0).ok())
            .collect()
    });
    &FACES
}

/// Which bundled font (its place in [`BUNDLED`]) draws a character: the
/// first that has it; none when none has it.
pub fn font_of(c: char) -> Option<usize> {
    faces()
        .iter()
        .position(|face| face.glyph_index(c).is_some())
}

/// Whether a character sits on the one before it (a combining mark, a
/// joiner, a variation selector) and so goes with that character's font.
pub fn leans_back(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{200c}'..='\u{200d}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// How far a character advances the pen, in ems, in the first bundled
/// font that has it (half an em when none has it; nothing for a control
/// character).
pub fn advance(c: char) -> f32 {
    if c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2066}'..='\u{2069}') {
        return 0.0;
    }
    for face in faces() {
        if let Some(glyph) = face.glyph_index(c) {
            let units = face.glyph_hor_advance(glyph).unwrap_or(0);
            return f32::from(units) / f32::from(face.units_per_em());
        }
    }
    0.5
}

/// The width of `text` on one line at font size `size`.
pub fn width(text: &str, size: f32) -> f32 {
    text.chars().map(advance).sum::<f32>() * size
}

/// The height of a line, in ems: a little tighter than the font's own, as
/// the canvas sets it.
pub const LINE: f32 = 1.2;
/// Where the baseline sits below the top of a line, in ems: the font's
/// ascent and descent (1.069 and 0.293 em) centred in the line.
pub const BASELINE: f32 = (LINE - (1.069 + 0.293)) / 2.0 + 1.069;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_is_called_what_pictures_call_it() {
        for (family, bytes) in BUNDLED {
            let face = ttf_parser::Face::parse(bytes, 0).expect("a font");
            let names: Vec<String> = face
                .names()
                .into_iter()
                .filter(|n| n.name_id == ttf_parser::name_id::FAMILY)
                .filter_map(|n| n.to_string())
                .collect();
            assert!(names.iter().any(|n| n == family), "{family}: {names:?}");
            assert!(FAMILY.contains(family));
        }
        assert_eq!(faces().len(), BUNDLED.len());
    }

    #[test]
    fn letters_of_every_script_have_a_width() {
        for c in [
            'a', 'Ж', 'λ', 'א', 'ع', 'क', '中', 'あ', '한', '…', ' ', '🚓', '✅',
        ] {
            let a = advance(c);
            assert!(a > 0.2 && a < 1.3, "{c}: {a}");
            assert!(font_of(c).is_some(), "{c}");
        }
        // Every script but Chinese, Japanese and Korean is in the first font,
        // so that one font shapes a line that mixes them.
        for c in ['a', 'א', 'ع', 'क', ' ', '\u{2067}', '\u{2069}'] {
            assert_eq!(font_of(c), Some(0), "{c}");
        }
        assert!(width("Social workers", 14.0) > width("Police", 14.0));
        // Emoji are in the first font too, so a line of Devanagari with an
        // emoji at its end is still shaped by one font.
        assert_eq!(font_of('🚓'), Some(0));
        assert_eq!(font_of('7'), Some(0));
    }
}
