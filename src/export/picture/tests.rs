//! Tests of pictures: what the SVG holds, that the same map gives the same
//! bytes in every format, and that confidential items stay out.

use resvg::usvg;

use super::*;
use crate::export::secrets::planted;
use crate::export::{Look, Scope, prepare};
use crate::model::{Community, Id, Map, Meta, Point, SavedView, Size};

const SECRET: &str = "SENTINEL-7f3a";

fn example(name: &str) -> Map {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    crate::file::read(&path).expect("the example reads")
}

fn whole(map: &Map, include: bool) -> Prepared {
    prepare(map, &Scope::Whole, include).expect("prepares")
}

/// Every text of a picture, read back through usvg, one string a `<text>`
/// with its lines joined by spaces.
fn texts(svg: &str) -> Vec<String> {
    fn walk(group: &usvg::Group, out: &mut Vec<String>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(t) => {
                    let lines: Vec<String> = t
                        .chunks()
                        .iter()
                        .map(|c| c.text().replace(['\u{2067}', '\u{2069}'], ""))
                        .collect();
                    out.push(lines.join(" "));
                }
                _ => {}
            }
        }
    }
    let tree = parse(svg).expect("the SVG reads back");
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out
}

fn a_map_of(names: &[&str]) -> Map {
    let mut map = Map::new(Meta::titled("Names"));
    for (k, name) in names.iter().enumerate() {
        let c = Community::new(
            Id::from_u64(100 + k as u64),
            *name,
            Point::new(k as f32 * 260.0, 0.0),
        );
        map.insert_item(k, c.into());
    }
    map
}

#[test]
fn the_svg_reads_back_and_shows_every_name() {
    for name in ["referral-guidelines.ron", "many-scripts.ron"] {
        let map = example(name);
        let svg = svg(&whole(&map, false), &Picture::default());
        let texts = texts(&svg).join("\n");
        for c in map.communities.iter() {
            assert!(texts.contains(c.name.trim()), "{name}: {}", c.name);
        }
        for s in map.stakeholders.iter() {
            assert!(texts.contains(s.name.trim()), "{name}: {}", s.name);
        }
        assert!(texts.contains(map.meta.title.trim()), "the title block");
    }
}

#[test]
fn text_is_escaped_and_comes_back_whole() {
    let name = "R&D <lab> \"north\"";
    let svg = svg(&whole(&a_map_of(&[name]), false), &Picture::default());
    assert!(svg.contains(">R&amp;D &lt;lab&gt;<"), "{svg}");
    assert!(svg.contains(">&quot;north&quot;<"), "{svg}");
    assert!(texts(&svg).iter().any(|t| t == name), "{:?}", texts(&svg));
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    let map = example("referral-guidelines.ron");
    let again = example("referral-guidelines.ron");
    let picture = Picture {
        scale: 0.5,
        ..Picture::default()
    };
    let (p, q) = (whole(&map, false), whole(&again, false));
    assert_eq!(svg(&p, &picture), svg(&q, &picture));
    assert_eq!(
        png(&p, &picture).expect("png"),
        png(&q, &picture).expect("png")
    );
    let one = pdf(std::slice::from_ref(&p), &picture).expect("pdf");
    assert!(one.starts_with(b"%PDF-"));
    assert_eq!(one, pdf(std::slice::from_ref(&q), &picture).expect("pdf"));
}

#[test]
fn a_view_frames_its_region() {
    let mut map = a_map_of(&["Left", "Middle", "Right"]);
    map.views.push(SavedView::new(
        "Just the left",
        Point::new(0.0, 0.0),
        Size::new(300.0, 200.0),
    ));
    let p = prepare(&map, &Scope::View(0), false).expect("the view");
    let picture = Picture {
        legend: false,
        ..Picture::default()
    };
    let svg = svg(&p, &picture);
    assert!(svg.contains("viewBox=\"-150 -100 300 200\""), "{svg}");
    assert!(texts(&svg).iter().any(|t| t.contains("Just the left")));
    let whole_svg = super::svg(&whole(&map, false), &picture);
    assert!(!whole_svg.contains("viewBox=\"-150 -100 300 200\""));
}

#[test]
fn the_looks_differ_and_print_has_no_heavy_fills() {
    let map = example("referral-guidelines.ron");
    let p = whole(&map, false);
    let [light, dark, print] = [Look::Light, Look::Dark, Look::Print].map(|look| {
        svg(
            &p,
            &Picture {
                look,
                ..Picture::default()
            },
        )
    });
    assert_ne!(light, dark);
    assert_ne!(light, print);
    // Every community's disc on paper is a light tint.
    let fills: Vec<&str> = print
        .lines()
        .filter(|l| l.starts_with("<circle") && l.contains(" r=\"46\""))
        .filter_map(|l| l.split("fill=\"#").nth(1))
        .map(|rest| &rest[..6])
        .collect();
    assert_eq!(fills.len(), map.communities.len());
    for hex in fills {
        let v = u32::from_str_radix(hex, 16).expect("hex");
        let [_, r, g, b] = v.to_be_bytes();
        assert!(r.min(g).min(b) >= 150, "a heavy fill #{hex}");
    }
}

#[test]
fn confidential_text_stays_out_of_the_svg_unless_asked_for() {
    let map = planted(SECRET);
    let shared = svg(&whole(&map, false), &Picture::default());
    assert!(!shared.contains(SECRET));
    assert!(shared.contains("2 confidential items were left out."));
    let all = svg(&whole(&map, true), &Picture::default());
    assert!(all.contains(SECRET));
    assert!(all.contains(">Confidential<"), "the tag on the note");
    assert!(!all.contains("left out"));
}

/// The text a PDF shows, read through its (uncompressed) content streams
/// and the one font's map from glyphs to letters. Fails unless the picture
/// uses one font, which these tests' maps do.
fn pdf_text(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let mut letters = std::collections::BTreeMap::new();
    let maps: Vec<&str> = text.split("beginbfchar").skip(1).collect();
    assert_eq!(maps.len(), 1, "one font");
    let hex = |s: &str| u32::from_str_radix(s.trim_matches(['<', '>']), 16).ok();
    for map in maps {
        let body = map.split("endbfchar").next().unwrap_or_default();
        let fields: Vec<&str> = body.split_whitespace().collect();
        for pair in fields.chunks(2) {
            let (Some(glyph), Some(code)) = (hex(pair[0]), pair.get(1)) else {
                continue;
            };
            let code = code.trim_matches(['<', '>']);
            let units: Vec<u16> = (0..code.len() / 4)
                .filter_map(|k| u16::from_str_radix(&code[4 * k..4 * k + 4], 16).ok())
                .collect();
            letters.insert(glyph, String::from_utf16_lossy(&units));
        }
    }
    assert!(!letters.is_empty(), "the font maps its glyphs to letters");
    let mut out = String::new();
    for shown in text.split("Tm(").skip(1) {
        let codes = literal(shown.as_bytes());
        for pair in codes.chunks(2) {
            let glyph = pair.iter().fold(0u32, |g, &b| g * 256 + u32::from(b));
            if let Some(l) = letters.get(&glyph) {
                out.push_str(l);
            }
        }
    }
    out
}

/// The bytes of a PDF literal string whose opening bracket was just read.
fn literal(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b')' => break,
            b'\\' => {
                k += 1;
                let Some(&c) = bytes.get(k) else { break };
                let digits: Vec<u8> = bytes[k..]
                    .iter()
                    .take(3)
                    .take_while(|b| (b'0'..=b'7').contains(*b))
                    .copied()
                    .collect();
                if digits.is_empty() {
                    out.push(match c {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 8,
                        b'f' => 12,
                        c => c,
                    });
                } else {
                    k += digits.len() - 1;
                    out.push(
                        digits
                            .iter()
                            .fold(0u8, |v, d| v.wrapping_mul(8) + (d - b'0')),
                    );
                }
            }
            b => out.push(b),
        }
        k += 1;
    }
    out
}

#[test]
fn confidential_text_stays_out_of_the_pdf_unless_asked_for() {
    let map = planted(SECRET);
    let picture = Picture::default();
    let shared = pdf::write(&[whole(&map, false)], &picture, false).expect("pdf");
    let all = pdf::write(&[whole(&map, true)], &picture, false).expect("pdf");
    let (shared, all) = (pdf_text(&shared), pdf_text(&all));
    assert!(shared.contains("Psychiatrists"), "{shared}");
    assert!(!shared.contains(SECRET), "{shared}");
    assert!(all.contains(SECRET), "{all}");
}

#[test]
fn the_png_for_sharing_is_the_map_without_its_confidential_items() {
    let map = planted(SECRET);
    let mut by_hand = map.clone();
    let secret: Vec<Id> = map
        .tensions
        .iter()
        .filter(|t| t.confidential)
        .map(|t| t.id)
        .chain(map.notes.iter().filter(|n| n.confidential).map(|n| n.id))
        .collect();
    for &id in &secret {
        by_hand.remove_item(id).expect("removed");
    }
    let picture = Picture {
        scale: 1.0,
        ..Picture::default()
    };
    let shared = whole(&map, false);
    // The count of what was left out is said in words; the rest is drawn.
    let hand = Prepared {
        map: by_hand,
        view: None,
        left_out: shared.left_out,
    };
    let png_shared = png(&shared, &picture).expect("png");
    assert_eq!(png_shared, png(&hand, &picture).expect("png"));
    assert_ne!(png_shared, png(&whole(&map, true), &picture).expect("png"));
}

#[test]
fn names_in_every_script_are_drawn_with_real_glyphs() {
    let names = [
        "أطباء الأسرة",
        "עובדים סוציאליים",
        "社会工作者",
        "ソーシャル",
        "사회복지사",
        "चिकित्सक",
        "Психиатры",
        "Youth workers 💡",
        "🚓 Police ✅",
    ];
    let svg = svg(&whole(&a_map_of(&names), false), &Picture::default());
    let tree = parse(&svg).expect("reads back");
    let mut glyphs = 0;
    fn walk(group: &usvg::Group, glyphs: &mut usize) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, glyphs),
                usvg::Node::Text(t) => {
                    for span in t.layouted() {
                        for g in &span.positioned_glyphs {
                            assert_ne!(g.id.0, 0, "a missing glyph in {:?}", span);
                            *glyphs += 1;
                        }
                    }
                    assert!(t.flattened().has_children(), "drawn as paths");
                }
                _ => {}
            }
        }
    }
    walk(tree.root(), &mut glyphs);
    assert!(glyphs > 40, "{glyphs}");
}

#[test]
fn a_picture_too_large_is_refused_with_a_scale_that_fits() {
    let mut map = a_map_of(&["Here"]);
    let far = Community::new(Id::from_u64(9), "Far away", Point::new(40_000.0, 30_000.0));
    map.insert_item(1, far.into());
    let picture = Picture {
        scale: 4.0,
        ..Picture::default()
    };
    let Err(ExportErrorMessage(words)) = png(&whole(&map, false), &picture).map_err(message) else {
        panic!("a huge PNG was made");
    };
    assert!(words.contains("64 million pixels"), "{words}");
    assert!(words.contains("scale of 0.22 or less"), "{words}");
}

struct ExportErrorMessage(String);

fn message(e: crate::export::ExportError) -> ExportErrorMessage {
    ExportErrorMessage(e.to_string())
}

#[test]
fn one_page_per_view() {
    let mut map = a_map_of(&["Left", "Right"]);
    for (name, x) in [("Left", 0.0), ("Right", 260.0)] {
        map.views.push(SavedView::new(
            name,
            Point::new(x, 0.0),
            Size::new(300.0, 200.0),
        ));
    }
    let pages: Vec<Prepared> = (0..2)
        .map(|i| prepare(&map, &Scope::View(i), false).expect("view"))
        .collect();
    let bytes = pdf::write(&pages, &Picture::default(), false).expect("pdf");
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type/Page").count() - text.matches("/Type/Pages").count();
    assert_eq!(pages, 2);
    let words = pdf_text(&bytes);
    // Each page shows its view, and nothing outside its region.
    let (left, right) = words.split_once("Names — Right").expect("page two");
    assert!(
        left.starts_with("Names — Left") && !left.contains("Right"),
        "{left}"
    );
    assert!(
        right.contains("Right") && !right.contains("Left"),
        "{right}"
    );
}

#[test]
fn the_export_dispatch_makes_each_picture() {
    use crate::export::{Format, Options, write};
    let mut map = planted(SECRET);
    map.views.push(SavedView::new(
        "Who is here",
        Point::new(200.0, 0.0),
        Size::new(800.0, 600.0),
    ));
    let bytes = |format, page_per_view| {
        let options = Options {
            format,
            page_per_view,
            picture: Picture {
                scale: 0.5,
                ..Picture::default()
            },
            ..Options::default()
        };
        let out = write(&map, &options).expect("exports");
        assert_eq!(out.left_out, 2);
        out.parts.into_iter().next().expect("a part").bytes
    };
    assert!(bytes(Format::Svg, false).starts_with(b"<svg "));
    assert!(bytes(Format::Png, false).starts_with(b"\x89PNG\r\n"));
    assert!(bytes(Format::Pdf, false).starts_with(b"%PDF-"));
    assert!(bytes(Format::Pdf, true).starts_with(b"%PDF-"));
}

#[test]
fn without_a_title_block_a_footer_says_what_was_left_out() {
    let map = planted(SECRET);
    let picture = Picture {
        title_block: false,
        legend: false,
        ..Picture::default()
    };
    let shared = svg(&whole(&map, false), &picture);
    assert!(shared.contains(">2 confidential items were left out.<"));
    assert!(!shared.contains(">Referrals<"), "no title");
    let all = svg(&whole(&map, true), &picture);
    assert!(!all.contains("left out"));
}

/// Where each glyph of the first text holding `needle` is drawn, from the
/// left of its line, in map units.
fn glyph_xs(svg: &str, needle: &str) -> Vec<f32> {
    fn walk(group: &usvg::Group, needle: &str, out: &mut Option<Vec<f32>>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, needle, out),
                usvg::Node::Text(t)
                    if out.is_none() && t.chunks().iter().any(|c| c.text().contains(needle)) =>
                {
                    let xs: Vec<f32> = t
                        .layouted()
                        .iter()
                        .flat_map(|s| s.positioned_glyphs.iter())
                        .map(|g| g.transform().tx)
                        .collect();
                    *out = Some(xs);
                }
                _ => {}
            }
        }
    }
    let tree = parse(svg).expect("reads back");
    let mut out = None;
    walk(tree.root(), needle, &mut out);
    let xs = out.expect("the text is there");
    xs.iter().map(|x| x - xs[0]).collect()
}

#[test]
fn devanagari_syllables_are_laid_out_as_wide_as_their_glyphs_in_png_and_pdf() {
    // "मुलाक़ात" has two syllables of a consonant and "ा": the renderer
    // lays out each as wide as its widest glyph unless mended, and draws
    // the next consonant over the "ा".
    let word = "मुलाक़ात";
    let map = a_map_of(&[word]);
    let p = whole(&map, false);
    let face = rustybuzz::Face::from_slice(fonts::MERGED, 0).expect("the font");
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(word);
    let shaped = rustybuzz::shape(&face, &[], buffer);
    let mut pen = 0.0;
    let mut want = Vec::new();
    for g in shaped.glyph_positions() {
        want.push(pen + g.x_offset as f32);
        pen += g.x_advance as f32;
    }
    let check = |svg: &str| -> bool {
        let got = glyph_xs(svg, word);
        assert_eq!(got.len(), want.len());
        let unit = got
            .iter()
            .zip(&want)
            .filter(|(_, w)| **w > 0.0)
            .map(|(g, w)| g / w)
            .next()
            .expect("a glyph after the first");
        got.iter()
            .zip(&want)
            .all(|(g, w)| (g - w * unit).abs() < 0.2)
    };
    let for_renderer = drawn(&p, &Picture::default(), Reader::Renderer).0;
    assert!(check(&for_renderer), "{:?}", glyph_xs(&for_renderer, word));
    // The SVG file itself is left for browsers, which lay it out rightly.
    let file = svg(&p, &Picture::default());
    assert!(!file.contains(" dx=\""));
    assert!(
        !check(&file),
        "the renderer lays out the unmended SVG rightly now: the mend can go"
    );
    assert!(for_renderer.contains(" dx=\""));
}
