//! The one way text from a map goes into the report's Markdown: every
//! character that Markdown would read as formatting is escaped, and line
//! breaks become spaces, so that a name can never break a table, start a
//! list or slip raw HTML into the page.

/// What each ASCII byte needs. Every byte that matters is ASCII, and in
/// UTF-8 no byte of a longer character is, so text can be read byte by
/// byte and copied in runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Copied as it is.
    Plain,
    /// Escaped wherever it stands: emphasis, code, links, raw HTML,
    /// headings, table cells, strikethrough, entities.
    Always,
    /// Escaped at the start only, where it would begin a list item or
    /// underline a heading.
    AtStart,
    /// A line break or tab, which becomes a space.
    Space,
}

const CLASSES: [Class; 128] = {
    let mut classes = [Class::Plain; 128];
    let always = b"\\`*_[]<>#|~&";
    let mut i = 0;
    while i < always.len() {
        classes[always[i] as usize] = Class::Always;
        i += 1;
    }
    classes[b'-' as usize] = Class::AtStart;
    classes[b'+' as usize] = Class::AtStart;
    classes[b'=' as usize] = Class::AtStart;
    classes[b'\n' as usize] = Class::Space;
    classes[b'\r' as usize] = Class::Space;
    classes[b'\t' as usize] = Class::Space;
    classes[0x0b] = Class::Space;
    classes[0x0c] = Class::Space;
    classes
};

fn class(b: u8) -> Class {
    CLASSES.get(usize::from(b)).copied().unwrap_or(Class::Plain)
}

/// `text` as Markdown that reads back as exactly `text` on one line: its
/// ends trimmed, each line break or tab turned into a space, and every
/// formatting character escaped with a backslash.
pub(crate) fn md(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    let number_mark = ordered_list_mark(text);
    let mut copied = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match class(b) {
            Class::Plain => Some(i) == number_mark,
            Class::Always => true,
            Class::AtStart => i == 0,
            Class::Space => {
                out.push_str(&text[copied..i]);
                out.push(' ');
                copied = i + 1;
                continue;
            }
        };
        if escape {
            out.push_str(&text[copied..i]);
            out.push('\\');
            copied = i;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Where the `.` or `)` stands when `text` starts like an ordered list item
/// ("12. Rooms"), so that it can be escaped.
fn ordered_list_mark(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let next = text.as_bytes().get(digits)?;
    (digits > 0 && matches!(next, b'.' | b')')).then_some(digits)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a panic is a test's report")]
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// What a reader sees of `text` in a Markdown document: the plain text
    /// of each table cell, or of each strong span, or of the whole paragraph.
    fn read_back(doc: &str) -> (Vec<String>, Vec<String>, String) {
        let mut cells = Vec::new();
        let mut strong = Vec::new();
        let mut all = String::new();
        let mut in_cell = false;
        let mut in_strong = false;
        for event in Parser::new_ext(doc, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::TableCell) => {
                    in_cell = true;
                    cells.push(String::new());
                }
                Event::End(TagEnd::TableCell) => in_cell = false,
                Event::Start(Tag::Strong) => {
                    in_strong = true;
                    strong.push(String::new());
                }
                Event::End(TagEnd::Strong) => in_strong = false,
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    if in_cell {
                        cells.last_mut().unwrap().push_str(&t);
                    }
                    if in_strong {
                        strong.last_mut().unwrap().push_str(&t);
                    }
                    all.push_str(&t);
                }
                Event::SoftBreak | Event::HardBreak => all.push('\n'),
                _ => {}
            }
        }
        (cells, strong, all)
    }

    /// What `md` promises to keep: the text on one line, ends trimmed.
    fn one_line(text: &str) -> String {
        text.trim()
            .chars()
            .map(|c| {
                if c.is_whitespace() && c.is_ascii() {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn plain_words_stay_as_they_are() {
        assert_eq!(md("Social workers"), "Social workers");
        assert_eq!(
            md("Dr. Anil Rao (clinical lead)"),
            "Dr. Anil Rao (clinical lead)"
        );
        assert_eq!(md("  Café  "), "Café");
    }

    #[test]
    fn formatting_characters_are_escaped() {
        assert_eq!(md("a|b"), "a\\|b");
        assert_eq!(md("*bold* _it_"), "\\*bold\\* \\_it\\_");
        assert_eq!(md("# Title"), "\\# Title");
        assert_eq!(md("<script>"), "\\<script\\>");
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("1. first"), "1\\. first");
        assert_eq!(md("a - b"), "a - b");
        assert_eq!(md("two\nlines"), "two lines");
    }

    #[test]
    fn nasty_names_read_back_exactly_in_a_table_a_list_and_bold() {
        let names = [
            "a | b",
            "<script>alert(1)</script>",
            "**not bold**",
            "`code`",
            "# heading",
            "line one\nline two",
            "ends with a backslash \\",
            "\\|",
            "---",
            "2026. A year",
            "[link](http://example.com)",
            "&amp; &lt;",
            "~~gone~~",
            "> quote",
            "=",
            "<http://example.com>",
        ];
        for name in names {
            let doc = format!(
                "| x |\n|---|\n| {} |\n\n- **{}**: rest\n",
                md(name),
                md(name)
            );
            let (cells, strong, _) = read_back(&doc);
            assert_eq!(cells, vec!["x".to_owned(), one_line(name)], "{name:?}");
            assert_eq!(strong, vec![one_line(name)], "{name:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_reads_back_as_itself(text in "[a-z0-9 |*_#<>`~&=+.)(!\\[\\]\\\\\\-\n\t]{0,24}") {
            let (cells, strong, _) =
                read_back(&format!("| x |\n|---|\n| {} |\n\n- **{}**: rest\n", md(&text), md(&text)));
            let expected = one_line(&text);
            prop_assert_eq!(&cells, &vec!["x".to_owned(), expected.clone()]);
            if !expected.is_empty() {
                prop_assert_eq!(&strong, &vec![expected.clone()]);
            }
            let (_, _, para) = read_back(&md(&text));
            prop_assert_eq!(para, expected);
        }
    }
}
