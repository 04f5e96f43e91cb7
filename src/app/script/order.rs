//! Right-to-left names in their reading order, for display only.
//!
//! egui lays text out left to right, but it shapes each run of one font with
//! HarfBuzz's rules (`harfrust`), and those draw a run of Hebrew or Arabic
//! letters right to left, joined as they should be. What egui does not do is
//! the Unicode bidirectional algorithm: the order of words, numbers and
//! Latin text around those runs. [`visual`] does that part. It puts the
//! pieces of a line in the order they are seen, and leaves each run of
//! right-to-left letters in its own logical order so that the shaper turns
//! and joins it. The stored text is never changed.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, BidiInfo, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

/// `text` as egui should be given it so that a person reads it in the right
/// order: for a line with right-to-left letters, its pieces in the order they
/// are seen from left to right. A text with no right-to-left letters comes
/// back borrowed, untouched. Lines are ordered one by one; a long line that
/// egui wraps afterwards keeps its pieces in this order across the wrap.
pub fn visual(text: &str) -> Cow<'_, str> {
    if !has_right_to_left(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        line_in_order(line, &mut out);
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Whether `text` has anything that runs right to left.
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(starts_right_to_left)
}

/// Whether `c` makes text around it run right to left.
fn starts_right_to_left(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
    )
}

/// One line (no `\n`), its runs in the order they are seen.
fn line_in_order(line: &str, out: &mut String) {
    let info = BidiInfo::new(line, None);
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let Some(level) = levels.get(run.start) else {
                continue;
            };
            run_in_order(&line[run], level.is_rtl(), out);
        }
    }
}

/// One run of a single direction. The shaper turns every piece of
/// right-to-left letters around by itself, so those pieces keep their
/// logical order; everything else in a right-to-left run (spaces, marks,
/// brackets) is turned here, and the pieces are put in reverse.
fn run_in_order(run: &str, rtl: bool, out: &mut String) {
    let pieces = pieces(run);
    if rtl {
        for &(shaped_rtl, piece) in pieces.iter().rev() {
            if shaped_rtl {
                out.push_str(piece);
            } else {
                reversed(piece, true, out);
            }
        }
    } else {
        for &(shaped_rtl, piece) in &pieces {
            if shaped_rtl {
                // Right-to-left letters in a left-to-right run (digits such
                // as ١٢ are numbers): turned here so the shaper turns them
                // back.
                reversed(piece, false, out);
            } else {
                out.push_str(piece);
            }
        }
    }
}

/// The run cut where it passes between letters the shaper draws right to
/// left and anything else; each piece with whether it is of the first kind.
/// Marks and joiners stay with the letter before them.
fn pieces(run: &str) -> Vec<(bool, &str)> {
    let mut pieces: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut kind = None;
    for (i, c) in run.char_indices() {
        let this = if attaches(c) {
            kind.unwrap_or(false)
        } else {
            shaped_right_to_left(c)
        };
        match kind {
            Some(k) if k != this => {
                pieces.push((k, &run[start..i]));
                start = i;
            }
            _ => {}
        }
        kind = Some(this);
    }
    if let Some(k) = kind {
        pieces.push((k, &run[start..]));
    }
    pieces
}

/// Whether the shaper draws `c` right to left: letters of the Hebrew,
/// Arabic, Syriac, Thaana and N'Ko blocks and their presentation forms.
fn shaped_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
        // The byte order mark and other format characters there are not letters.
        && c != '\u{FEFF}'
}

/// Whether `c` belongs to the character before it: a combining mark, a
/// joiner or another invisible format character.
fn attaches(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// `piece` with its characters (whole clusters) in reverse order; brackets
/// are mirrored when `mirror`, as a right-to-left run shows them.
fn reversed(piece: &str, mirror: bool, out: &mut String) {
    for cluster in piece.graphemes(true).rev() {
        let mut chars = cluster.chars();
        match (mirror, chars.next(), chars.next()) {
            (true, Some(c), None) => out.push(mirrored(c)),
            _ => out.push_str(cluster),
        }
    }
}

/// The mirror image of a bracket or quotation mark; other characters as
/// they are.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_only_is_borrowed_unchanged() {
        for text in [
            "Social services",
            "Équipe 2 (Genève)",
            "Полиция",
            "Ελλάδα",
            "社区 🙂",
            "",
        ] {
            assert!(
                matches!(visual(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }

    #[test]
    fn pure_hebrew_words_come_in_reading_order() {
        // Each word stays as typed (the shaper turns it); the words swap.
        assert_eq!(visual("שלום עולם"), "עולם שלום");
        assert_eq!(visual("צוות רפואה קהילתית"), "קהילתית רפואה צוות");
    }

    #[test]
    fn pure_arabic_words_come_in_reading_order_and_stay_joinable() {
        // Whole words stay together and in logical order, so the shaper can
        // join their letters.
        assert_eq!(visual("الخدمات الاجتماعية"), "الاجتماعية الخدمات");
        // Marks stay with their letters.
        assert_eq!(visual("مَرْحَبًا بِكُمْ"), "بِكُمْ مَرْحَبًا");
    }

    #[test]
    fn mixed_hebrew_latin_and_digits() {
        // A left-to-right line: the Hebrew words keep their place and turn
        // together; Latin after them stays after them.
        assert_eq!(visual("Équipe שלום עולם team"), "Équipe עולם שלום team");
        // A number right after Hebrew belongs to it (as in any program that
        // follows the Unicode rules): read from the right, it comes last.
        assert_eq!(visual("Équipe שלום 2"), "Équipe 2 שלום");
        assert_eq!(visual("Équipe שלום עולם 2"), "Équipe 2 עולם שלום");
        // A right-to-left line: the number comes first on the left, reading
        // from the right; digits are never turned.
        assert_eq!(visual("קבוצה 12"), "12 קבוצה");
        // Latin inside a right-to-left line keeps its own order.
        assert_eq!(visual("צוות Social care"), "Social care צוות");
        // Brackets in a right-to-left run face the other way.
        assert_eq!(visual("צוות (חדש)"), "(חדש) צוות");
    }

    #[test]
    fn arabic_followed_by_latin() {
        assert_eq!(visual("فريق Alpha"), "Alpha فريق");
        // Arabic-Indic digits read left to right: given turned, so that the
        // shaper, which turns Arabic, shows them in order.
        assert_eq!(visual("فريق ١٢"), "٢١ فريق");
    }

    #[test]
    fn lines_are_ordered_one_by_one() {
        assert_eq!(visual("שלום עולם\nhello"), "עולם שלום\nhello");
    }
}
