//! Every example's PDF, read back by a PDF parser (`lopdf`) that Convene
//! does not write with: the file parses, it has the pages it should (one,
//! or one for each saved view), its fonts are embedded, and the names on
//! the map can be found in its text.

use convene::export::{self, Format, Options, Picture};
use convene::model::{Map, Point, SavedView, Size};
use lopdf::{Document, Object};

fn examples() -> Vec<(String, Map)> {
    let mut out: Vec<_> = std::fs::read_dir("examples")
        .expect("the examples folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            let map = convene::file::read(&p).expect("an example opens");
            (p.display().to_string(), map)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 5, "the examples are found");
    out
}

/// The map's PDF, read back.
fn pdf_of(map: &Map, page_per_view: bool) -> Document {
    let options = Options {
        format: Format::Pdf,
        page_per_view,
        picture: Picture::default(),
        ..Options::default()
    };
    let out = export::write(map, &options).expect("a PDF");
    Document::load_mem(&out.parts[0].bytes).expect("the PDF parses")
}

/// Every page's text, in page order.
fn page_texts(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).expect("the page's text"))
        .collect()
}

/// Letters only, so that line breaks and spacing inside a name do not
/// matter.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether every font of the document carries its glyphs in the file.
fn fonts_embedded(doc: &Document) -> usize {
    let mut embedded = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            continue;
        }
        let file = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| dict.has(k));
        assert!(file, "a font without its glyphs: {dict:?}");
        embedded += 1;
    }
    embedded
}

#[test]
fn every_example_pdf_reads_back_with_its_names() {
    for (path, map) in examples() {
        let doc = pdf_of(&map, false);
        assert_eq!(doc.get_pages().len(), 1, "{path}");
        assert!(fonts_embedded(&doc) >= 1, "{path}: no embedded font");
        let text = letters(&page_texts(&doc).concat());
        assert!(
            text.contains(&letters(&map.meta.title)),
            "{path}: the title"
        );
        // Names written left to right are read back as they are. (A
        // parser gives right-to-left words in the order they are drawn,
        // and joined letters as the shapes they became, so those are
        // checked only by the fonts being there.)
        let names = map
            .communities
            .iter()
            .map(|c| c.name.as_str())
            .chain(map.stakeholders.iter().map(|s| s.name.as_str()));
        for name in names.filter(|n| simple_script(n)) {
            assert!(text.contains(&letters(name)), "{path}: {name} in {text}");
        }
    }
}

/// Whether a name is in a script whose letters a PDF draws one by one, in
/// reading order: Latin, Greek, Cyrillic, Chinese, Japanese and Korean.
fn simple_script(name: &str) -> bool {
    name.chars().all(|c| {
        !matches!(c,
            '\u{0590}'..='\u{08ff}'    // Hebrew, Arabic
            | '\u{0900}'..='\u{0dff}'  // Indic scripts
            | '\u{1100}'..='\u{11ff}'  // Korean letters that join into syllables
            | '\u{fb1d}'..='\u{fefc}'  // Hebrew and Arabic presentation forms
            | '\u{1f000}'..) // emoji
    })
}

#[test]
fn the_pdf_of_saved_views_has_a_page_for_each() {
    let (_, mut map) = examples()
        .into_iter()
        .find(|(p, _)| p.ends_with("referral-guidelines.ron"))
        .expect("the example");
    let at = |k: usize| map.communities.iter().nth(k).expect("a community").pos;
    let views: Vec<SavedView> = (0..3)
        .map(|k| {
            let c = at(k);
            SavedView::new(
                format!("View {k}"),
                Point::new(c.x, c.y),
                Size::new(300.0, 200.0),
            )
        })
        .collect();
    map.views = views;
    let doc = pdf_of(&map, true);
    assert_eq!(doc.get_pages().len(), 3);
    assert!(fonts_embedded(&doc) >= 1);
    let pages = page_texts(&doc);
    for (k, page) in pages.iter().enumerate() {
        let title = letters(&format!("{} — View {k}", map.meta.title));
        assert!(letters(page).starts_with(&title), "page {k}: {page}");
        let name = &map.communities.iter().nth(k).expect("a community").name;
        assert!(letters(page).contains(&letters(name)), "page {k}: {page}");
    }
}
