//! Writing SVG text: numbers with one decimal, text escaped for XML, and
//! right-to-left lines marked so that every renderer reads them the same.

use std::fmt::Write as _;

use eframe::egui::Color32;
use unicode_bidi::{BidiClass, bidi_class};

use super::fonts::{BUNDLED, font_of, leans_back};
use super::inks::paint;
use crate::export::xml::escape_into;

/// Appends `x` with at most one decimal ("12", "12.5", never "-0").
pub fn num(out: &mut String, x: f32) {
    let tenths = (f64::from(x) * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let _ = write!(out, "{}", tenths / 10);
    if !tenths.is_multiple_of(10) {
        let _ = write!(out, ".{}", tenths % 10);
    }
}

/// Appends ` name="x"` with `x` as [`num`] writes it.
pub fn attr(out: &mut String, name: &str, x: f32) {
    let _ = write!(out, " {name}=\"");
    num(out, x);
    out.push('"');
}

/// Appends ` name="#rrggbb"` and, when the colour is not opaque,
/// ` name-opacity="a"`.
pub fn colour(out: &mut String, name: &str, c: Color32) {
    let (hex, alpha) = paint(c);
    let _ = write!(out, " {name}=\"{hex}\"");
    if let Some(a) = alpha {
        let _ = write!(out, " {name}-opacity=\"{a:.2}\"");
    }
}

/// Appends a line of text. A line whose first letter runs right to left is
/// set apart as a right-to-left run (U+2067 … U+2069), as renderers start
/// every line from the left. Letters of a font other than the first go in a
/// `<tspan>` that names it, so that every renderer draws each letter with
/// the font it was measured with.
pub fn line(out: &mut String, text: &str) {
    let rtl = text
        .chars()
        .map(bidi_class)
        .find(|c| matches!(c, BidiClass::L | BidiClass::R | BidiClass::AL))
        .is_some_and(|c| c != BidiClass::L);
    if rtl {
        out.push('\u{2067}');
    }
    let mut run = String::new();
    let mut font = 0;
    for c in text.chars() {
        let this = if leans_back(c) {
            font
        } else {
            font_of(c).unwrap_or(font)
        };
        if this != font && !run.is_empty() {
            run_in(out, &run, font);
            run.clear();
        }
        font = this;
        run.push(c);
    }
    run_in(out, &run, font);
    if rtl {
        out.push('\u{2069}');
    }
}

/// Appends a run of text in the bundled font at `font`.
fn run_in(out: &mut String, run: &str, font: usize) {
    if run.is_empty() {
        return;
    }
    match BUNDLED.get(font) {
        Some((family, _)) if font > 0 => {
            let _ = write!(out, "<tspan font-family=\"{family}\">");
            escape_into(out, run);
            out.push_str("</tspan>");
        }
        _ => escape_into(out, run),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_decimal_at_most() {
        let mut out = String::new();
        for x in [12.0, 12.04, 12.46, -0.01, -3.25, 0.0, 1e6] {
            num(&mut out, x);
            out.push(' ');
        }
        assert_eq!(out, "12 12 12.5 0 -3.3 0 1000000 ");
    }

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a<b & \"c\" 'd'>\u{1}");
        assert_eq!(out, "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    }

    #[test]
    fn each_run_of_letters_names_its_font() {
        let mut out = String::new();
        line(&mut out, "Équipe שלום 2 社区");
        assert_eq!(
            out,
            "Équipe שלום 2 <tspan font-family=\"Noto Sans CJK SC\">社区</tspan>"
        );
    }

    #[test]
    fn right_to_left_lines_are_set_apart() {
        let mut out = String::new();
        line(&mut out, "فريق Alpha");
        assert_eq!(out, "\u{2067}فريق Alpha\u{2069}");
        out.clear();
        line(&mut out, "Hello שלום");
        assert_eq!(out, "Hello שלום");
    }
}
