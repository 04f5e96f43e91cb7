//! Text laid out in lines for a picture, the same way for every renderer:
//! measured with the bundled fonts, broken between words in reading order,
//! cut to the lines that fit with "…". The rules follow the canvas's close
//! up (`app/canvas/draw.rs`): a name may shrink a little to fit its shape,
//! and a name that still does not fit goes under the shape instead.

use eframe::egui::{Pos2, Rect, pos2, vec2};

use super::fonts::{BASELINE, LINE, width};
use crate::app::canvas::display::{Anchor, Small, Text};

/// The smallest text size in a picture, as on the canvas.
pub const MIN_TEXT: f32 = 12.0;
/// How wide a name under its shape may be.
const UNDER_WIDTH: f32 = 11.0 * MIN_TEXT;

/// Laid-out text: lines, each to be drawn as it is read (the renderer
/// orders right-to-left letters for the eye).
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The lines, in reading order.
    pub lines: Vec<String>,
    /// The font size.
    pub size: f32,
    /// Where lines start (left) or, when centred, their middle.
    pub x: f32,
    /// The top of the first line.
    pub top: f32,
    /// Whether lines are centred on `x` (else they start at it).
    pub centred: bool,
    /// Whether the text went under its shape (drawn in the text colour,
    /// not the colour meant for inside the shape).
    pub under: bool,
}

impl Block {
    /// The baseline of line `k`.
    pub fn baseline(&self, k: usize) -> f32 {
        self.top + (k as f32 * LINE + BASELINE) * self.size
    }

    /// The rectangle the lines cover.
    pub fn bounds(&self) -> Rect {
        let w = self
            .lines
            .iter()
            .map(|l| width(l, self.size))
            .fold(0.0, f32::max);
        let h = self.lines.len() as f32 * LINE * self.size;
        let left = if self.centred {
            self.x - w / 2.0
        } else {
            self.x
        };
        Rect::from_min_size(pos2(left, self.top), vec2(w, h))
    }
}

/// Lays out a text primitive; none when it is left out.
pub fn lay_out(t: &Text) -> Option<Block> {
    if t.text.trim().is_empty() {
        return None;
    }
    let mut size = t.size.clamp(MIN_TEXT, 40.0);
    let mut rows = usize::from(t.rows);
    match t.small {
        Small::Hide if t.size < MIN_TEXT => return None,
        Small::Fit(height) => {
            let fit = (height / (size * LINE)).floor().max(0.0) as usize;
            if fit == 0 {
                return None;
            }
            rows = if rows == 0 { fit } else { rows.min(fit) };
        }
        _ => {}
    }
    let Some(wrap) = t.wrap else {
        let line = first_line(&t.text);
        return Some(place(t.at, t.anchor, vec![line], size));
    };
    let (fitted, fits) = fitted(t, size, wrap);
    size = fitted;
    if let (false, Small::Below(bottom)) = (fits, t.small) {
        return Some(under(t, bottom));
    }
    let lines = wrapped(&t.text, wrap, size);
    // A name that would lose words inside its shape goes under it, where
    // it has more room.
    if let (true, Small::Below(bottom)) = (rows > 0 && lines.len() > rows, t.small) {
        return Some(under(t, bottom));
    }
    Some(place(t.at, t.anchor, cut(lines, rows, wrap, size), size))
}

/// A name that does not fit its shape, centred under it at the smallest
/// size, in up to its rows (at least two).
fn under(t: &Text, bottom: f32) -> Block {
    let lines = cut(
        wrapped(&t.text, UNDER_WIDTH, MIN_TEXT),
        usize::from(t.rows.max(2)),
        UNDER_WIDTH,
        MIN_TEXT,
    );
    Block {
        lines,
        size: MIN_TEXT,
        x: t.at.x,
        top: bottom + 3.0,
        centred: true,
        under: true,
    }
}

/// The font size for a wrapped text (a little smaller, when the text may
/// shrink, so that its longest word fits), and whether that word fits.
fn fitted(t: &Text, size: f32, wrap: f32) -> (f32, bool) {
    let Some(word) = t.text.split_whitespace().max_by_key(|w| w.chars().count()) else {
        return (size, true);
    };
    let word_width = width(word, size);
    if word_width <= wrap {
        return (size, true);
    }
    if t.fit && size > MIN_TEXT {
        let smaller = (size * (wrap / word_width).max(0.7)).max(MIN_TEXT);
        return (smaller, word_width * smaller / size <= wrap + 0.5);
    }
    (size, false)
}

/// The first line of a text meant for one line.
fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_owned()
}

/// The anchor's block of lines.
fn place(at: Pos2, anchor: Anchor, lines: Vec<String>, size: f32) -> Block {
    let height = lines.len() as f32 * LINE * size;
    let (top, centred) = match anchor {
        Anchor::TopLeft => (at.y, false),
        Anchor::LeftCentre => (at.y - height / 2.0, false),
        Anchor::Centre => (at.y - height / 2.0, true),
    };
    Block {
        lines,
        size,
        x: at.x,
        top,
        centred,
        under: false,
    }
}

/// `text` broken into lines no wider than `wrap` between words, in reading
/// order; a word wider than a line gets a line of its own.
pub fn wrapped(text: &str, wrap: f32, size: f32) -> Vec<String> {
    let space = width(" ", size);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in paragraph.split_whitespace() {
            let w = width(word, size);
            if !line.is_empty() && line_width + space + w > wrap {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            if !line.is_empty() {
                line.push(' ');
                line_width += space;
            }
            line.push_str(word);
            line_width += w;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(String::is_empty) && lines.len() > 1 {
        lines.pop();
    }
    lines
}

/// At most `rows` lines (0: all); when some are left out, the last kept
/// line ends in "…", shortened until it fits `wrap`.
pub fn cut(mut lines: Vec<String>, rows: usize, wrap: f32, size: f32) -> Vec<String> {
    if rows == 0 || lines.len() <= rows {
        return lines;
    }
    lines.truncate(rows);
    if let Some(last) = lines.last_mut() {
        while !last.is_empty() && width(&format!("{last}…"), size) > wrap {
            last.pop();
        }
        let kept = last.trim_end().len();
        last.truncate(kept);
        last.push('…');
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::canvas::display::Ink;

    fn text(words: &str, wrap: Option<f32>, rows: u8, small: Small) -> Text {
        Text {
            at: pos2(100.0, 100.0),
            anchor: Anchor::Centre,
            text: words.to_owned().into(),
            size: 14.0,
            wrap,
            rows,
            fit: true,
            small,
            ink: Ink::Text,
        }
    }

    #[test]
    fn lines_break_between_words_and_end_in_an_ellipsis() {
        let lines = wrapped("one two three four five six seven", 60.0, 14.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 14.0) <= 60.0), "{lines:?}");
        let cut = cut(lines, 2, 60.0, 14.0);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
        assert!(width(&cut[1], 14.0) <= 60.0);
    }

    #[test]
    fn right_to_left_lines_keep_their_first_words_first() {
        let lines = wrapped("نحتاج إلى مترجم في كل زيارة", 70.0, 14.0);
        assert!(lines.len() > 1);
        assert!(lines[0].starts_with("نحتاج"), "{lines:?}");
    }

    #[test]
    fn a_name_too_long_for_its_shape_goes_under_it() {
        let t = text("Interdisciplinarity", Some(60.0), 3, Small::Below(146.0));
        let block = lay_out(&t).expect("shown");
        assert!(block.under);
        assert_eq!(block.top, 149.0);
        let short = lay_out(&text("Police", Some(60.0), 3, Small::Below(146.0))).expect("shown");
        assert!(!short.under && short.centred);
        assert!((short.bounds().center().y - 100.0).abs() < 0.01);
    }

    #[test]
    fn a_text_fits_the_height_it_is_given() {
        let t = text(
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
            Some(20.0),
            0,
            Small::Fit(40.0),
        );
        let block = lay_out(&t).expect("shown");
        assert_eq!(block.lines.len(), 2);
        assert!(block.lines[1].ends_with('…'));
    }
}
