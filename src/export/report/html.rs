//! The workshop report as one web page: the same Markdown, rendered by
//! `pulldown-cmark`, in a small page with its own style and the map's
//! picture inline, so that the file needs nothing else to open or print.

use pulldown_cmark::{Event, Options, Parser, html};
use pulldown_cmark_escape::escape_html;

/// A short style that reads well on screen and on paper. It names fonts
/// the reader already has; nothing is loaded.
const STYLE: &str = "\
body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;\
line-height:1.45;color:#1d1f23;background:#fff;max-width:64rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;margin:0 0 .4rem}
h2{border-bottom:1px solid #c8ccd2;padding-bottom:.2rem;margin-top:2.2rem}
h3{margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #c8ccd2;padding:.3rem .5rem;text-align:start;vertical-align:top}
td{unicode-bidi:plaintext}
th{background:#eef1f5}
figure.map{margin:1rem 0}
figure.map svg{max-width:100%;height:auto;border:1px solid #dde1e6}
@media print{body{max-width:none;padding:0;font-size:10pt}h2,h3{break-after:avoid}\
tr,figure{break-inside:avoid}}
";

/// The page: `sections` of Markdown, with `map_svg` (when there is one)
/// after the first.
pub(super) fn page(title: &str, sections: &[String], map_svg: &str) -> String {
    let mut body = String::new();
    let mut sections = sections.iter();
    if let Some(first) = sections.next() {
        render(&mut body, first);
    }
    if let Some(svg) = inline_svg(map_svg) {
        body.push_str("<figure class=\"map\">\n");
        body.push_str(svg);
        body.push_str("\n</figure>\n");
    }
    for section in sections {
        render(&mut body, section);
    }
    let mut out = String::with_capacity(body.len() + STYLE.len() + 256);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    out.push_str("<title>");
    // Writing into a String cannot fail.
    let _ = escape_html(&mut out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&body);
    out.push_str("</body>\n</html>\n");
    out
}

/// Renders Markdown to HTML. Raw HTML is shown as text, never passed
/// through: the report's Markdown escapes it already, and this makes sure.
fn render(out: &mut String, markdown: &str) {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    html::push_html(out, events);
}

/// The picture without an XML declaration or document type, which have no
/// place inside a page; `None` when there is no picture.
fn inline_svg(svg: &str) -> Option<&str> {
    let mut rest = svg.trim();
    for (open, close) in [("<?xml", "?>"), ("<!DOCTYPE", ">")] {
        if rest.starts_with(open)
            && let Some(end) = rest.find(close)
        {
            rest = rest[end + close.len()..].trim_start();
        }
    }
    (!rest.is_empty()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(md: &[&str]) -> Vec<String> {
        md.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn raw_html_in_the_markdown_is_shown_as_text() {
        let page = page(
            "T",
            &sections(&["# A <b>bold</b> claim\n\n<script>alert(1)</script>\n"]),
            "",
        );
        assert!(!page.contains("<script>"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{page}"
        );
    }

    #[test]
    fn the_title_is_escaped() {
        let page = page("Fish & <chips>", &sections(&["# x\n"]), "");
        assert!(
            page.contains("<title>Fish &amp; &lt;chips&gt;</title>"),
            "{page}"
        );
    }

    #[test]
    fn the_picture_goes_after_the_first_section_without_its_prologue() {
        let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>";
        let page = page("T", &sections(&["# One\n", "## Two\n"]), svg);
        let one = page.find("<h1>One</h1>").expect("first");
        let pic = page.find("<figure class=\"map\">\n<svg").expect("picture");
        let two = page.find("<h2>Two</h2>").expect("second");
        assert!(one < pic && pic < two);
        assert!(!page.contains("<?xml"));
    }

    #[test]
    fn no_picture_no_figure() {
        let page = page("T", &sections(&["# One\n"]), "  ");
        assert!(!page.contains("<figure"));
        assert!(page.starts_with("<!DOCTYPE html>\n"));
        assert!(page.contains("<meta charset=\"utf-8\" />"));
    }
}
