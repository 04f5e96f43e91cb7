//! Mends a fault of the SVG renderer the PNG and the PDF are drawn with.
//!
//! `usvg` 0.47 lays out a cluster of several glyphs (a Devanagari syllable:
//! a consonant and its vowel sign, a half form and the consonant after it)
//! as wide as its widest glyph rather than as all its glyphs together, so
//! the next letter is drawn over the end of the syllable ("मुलाक़ात" loses
//! both its "ा"). Browsers lay out the same SVG rightly, so the SVG file is
//! left as it is; the SVG handed to the renderer carries the missing width
//! as a `dx` on the first letter after each such cluster, and a centred line
//! is moved left by half of all it was missing. (Fixed in `usvg` 0.49, which
//! `krilla-svg` cannot use yet.)

use std::sync::LazyLock;

use super::fonts::MERGED;

/// Who reads a picture's SVG: any viewer, or the renderer that draws the
/// PNG and the PDF and needs its clusters mended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// A browser, Inkscape, anyone: the SVG file as saved.
    Anyone,
    /// `resvg` (the PNG) and `krilla-svg` (the PDF).
    Renderer,
}

/// What a line needs so that the renderer lays it out rightly.
#[derive(Clone, Debug, PartialEq)]
pub struct Mend {
    /// The shift of each letter (`char`) of the line, in map units; zero
    /// after the last that moves.
    pub dx: Vec<f32>,
    /// All the width the renderer would miss on the line.
    pub missing: f32,
}

/// The font the line is shaped with: the first bundled font, which holds
/// every script whose clusters have several glyphs.
fn face() -> Option<&'static rustybuzz::Face<'static>> {
    static FACE: LazyLock<Option<rustybuzz::Face<'static>>> =
        LazyLock::new(|| rustybuzz::Face::from_slice(MERGED, 0));
    FACE.as_ref()
}

/// Whether a letter belongs to a script whose clusters can hold several
/// glyphs that each move the pen: the Indic scripts of Unicode's blocks
/// U+0900–U+0DFF, and Devanagari Extended.
fn clusters_widely(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0dff}' | '\u{a8e0}'..='\u{a8ff}')
}

/// The mend a line of text at font size `size` needs, or `None` when the
/// renderer lays it out rightly as it is (most lines: no letter of such a
/// script, or a line that runs right to left, which has none either).
pub fn mend(text: &str, size: f32) -> Option<Mend> {
    if !text.chars().any(clusters_widely) {
        return None;
    }
    let face = face()?;
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let shaped = rustybuzz::shape(face, &[], buffer);
    let unit = size / face.units_per_em() as f32;
    // Each cluster's start (a byte of `text`) and the width it is short of.
    let mut short: Vec<(usize, f32)> = Vec::new();
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let mut k = 0;
    while k < infos.len() {
        let cluster = infos[k].cluster;
        let (mut sum, mut widest) = (0i32, 0i32);
        while k < infos.len() && infos[k].cluster == cluster {
            sum += positions[k].x_advance;
            widest = widest.max(positions[k].x_advance);
            k += 1;
        }
        short.push((cluster as usize, (sum - widest) as f32 * unit));
    }
    let missing: f32 = short.iter().map(|s| s.1).sum();
    if missing <= 0.0 {
        return None;
    }
    Some(Mend {
        dx: shifts(text, &short),
        missing,
    })
}

/// The shift of each letter: what each cluster is short of, on the first
/// letter of the cluster after it.
fn shifts(text: &str, short: &[(usize, f32)]) -> Vec<f32> {
    let mut dx = vec![0.0; text.chars().count()];
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    for pair in short.windows(2) {
        let (owed, next) = (pair[0].1, pair[1].0);
        if owed > 0.0
            && let Ok(at) = starts.binary_search(&next)
        {
            dx[at] += owed;
        }
    }
    while dx.last() == Some(&0.0) {
        dx.pop();
    }
    dx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_arabic_lines_need_nothing() {
        assert_eq!(mend("Social workers", 14.0), None);
        assert_eq!(mend("أطباء الأسرة", 14.0), None);
        assert_eq!(mend("社会工作者", 14.0), None);
    }

    #[test]
    fn a_vowel_sign_after_a_consonant_is_made_room_for() {
        // "ला" then "क": the renderer would miss the width of "ा", so "क"
        // is moved right by it; "ल" and "ा" themselves stay.
        let m = mend("लाक", 10.0).expect("needs mending");
        assert_eq!(m.dx.len(), 3);
        assert_eq!(m.dx[0], 0.0);
        assert_eq!(m.dx[1], 0.0);
        assert!((m.dx[2] - 2.59).abs() < 0.01, "{:?}", m.dx);
        assert!((m.missing - 2.59).abs() < 0.01);
        // At the end of a line, nothing follows to move, but the line is
        // still short for centring.
        let end = mend("ला", 10.0).expect("needs mending");
        assert!(end.dx.is_empty());
        assert!(end.missing > 2.5);
    }
}
