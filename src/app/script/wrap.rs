//! Right-to-left text that wraps: lines are broken in the order the text is
//! read, and only then each line is put in the order it is seen. Ordering
//! first and wrapping after would put the end of a Hebrew or Arabic sentence
//! on its first line.

use std::borrow::Cow;

use super::order::{has_right_to_left, visual};

/// `text` broken into lines no wider than `width` (as `measure` reports a
/// piece's width), between words, each line in reading order as [`visual`]
/// gives it. A word wider than the line gets a line of its own. Text with no
/// right-to-left letters comes back borrowed, for egui to wrap as usual.
pub fn visual_wrapped(
    text: &str,
    width: f32,
    mut measure: impl FnMut(&str) -> f32,
) -> Cow<'_, str> {
    if !has_right_to_left(text) {
        return Cow::Borrowed(text);
    }
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            if !line.is_empty() && measure(&visual(&format!("{line} {word}"))) > width {
                lines.push(std::mem::take(&mut line));
            } else if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    let ordered: Vec<String> = lines.iter().map(|l| visual(l).into_owned()).collect();
    Cow::Owned(ordered.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One unit a character.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn the_first_line_holds_the_first_words() {
        // Read from the right: "צוות רפואה" is the start, "קהילתית" the end.
        assert_eq!(
            visual_wrapped("צוות רפואה קהילתית", 10.0, chars),
            "רפואה צוות\nקהילתית"
        );
        assert_eq!(
            visual_wrapped("نحتاج إلى مترجم في كل زيارة", 12.0, chars),
            "إلى نحتاج\nكل في مترجم\nزيارة"
        );
    }

    #[test]
    fn left_to_right_text_is_left_to_egui() {
        let text = "Social services and the police";
        assert!(matches!(visual_wrapped(text, 5.0, chars), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn a_long_word_gets_its_own_line_and_lines_stay() {
        assert_eq!(
            visual_wrapped("אבגדהוזחטי קצר\nשורה", 4.0, chars),
            "אבגדהוזחטי\nקצר\nשורה"
        );
    }
}
