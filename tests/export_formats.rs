//! Every export format, checked two ways: each example map exports in
//! every format (for sharing and with confidential items), and a small map's
//! exports match the files kept in `tests/golden/`, byte for byte, so any
//! change to what a format writes is seen and looked at. After a deliberate
//! change, run with `CONVENE_BLESS=1` to write the new files, and look at
//! them before committing.

use std::path::{Path, PathBuf};

use convene::export::{self, Format, Options, Picture, secrets};
use convene::model::Map;

fn examples() -> Vec<(PathBuf, Map)> {
    let mut out: Vec<_> = std::fs::read_dir("examples")
        .expect("the examples folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            let map = convene::file::read(&p).expect("an example opens");
            (p, map)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 5, "the examples are found");
    out
}

/// A quick scale keeps the pixel pictures of the larger examples small.
fn options(format: Format, include_confidential: bool) -> Options {
    Options {
        format,
        include_confidential,
        picture: Picture {
            scale: 0.5,
            ..Picture::default()
        },
        ..Options::default()
    }
}

#[test]
fn every_example_exports_in_every_format() {
    for (path, map) in examples() {
        for format in Format::ALL {
            for include in [false, true] {
                let out = export::write(&map, &options(format, include)).unwrap_or_else(|e| {
                    panic!("{} as {format:?}: {e}", path.display());
                });
                assert!(!out.parts.is_empty());
                for part in &out.parts {
                    assert!(
                        part.bytes.len() > 40,
                        "{} as {format:?}{}: only {} bytes",
                        path.display(),
                        part.suffix,
                        part.bytes.len()
                    );
                    assert_eq!(part.extension, format.extension());
                }
                let confidential = map.tensions.iter().filter(|t| t.confidential).count()
                    + map.notes.iter().filter(|n| n.confidential).count();
                let expected = if include { 0 } else { confidential };
                assert_eq!(out.left_out, expected, "{} as {format:?}", path.display());
            }
        }
    }
}

/// Keeps what the SVG reader warns about.
struct Warnings(std::sync::Mutex<Vec<String>>);

impl log::Log for Warnings {
    fn enabled(&self, meta: &log::Metadata<'_>) -> bool {
        meta.level() <= log::Level::Warn
    }
    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let mut kept = self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            kept.push(format!("{}: {}", record.target(), record.args()));
        }
    }
    fn flush(&self) {}
}

static WARNINGS: Warnings = Warnings(std::sync::Mutex::new(Vec::new()));

#[test]
fn every_example_svg_renders_through_resvg_without_warnings() {
    log::set_logger(&WARNINGS).expect("the only logger in this test binary");
    log::set_max_level(log::LevelFilter::Warn);
    for (path, map) in examples() {
        let out = export::write(&map, &options(Format::Svg, false)).expect("an SVG");
        let text = String::from_utf8(out.parts[0].bytes.clone()).expect("SVG is UTF-8");
        let fonts = resvg::usvg::Options {
            fontdb: export::picture::fonts::database(),
            ..resvg::usvg::Options::default()
        };
        let tree = resvg::usvg::Tree::from_str(&text, &fonts)
            .unwrap_or_else(|e| panic!("{}: the SVG does not parse: {e}", path.display()));
        assert!(tree.size().width() > 100.0, "{}", path.display());
        assert!(
            tree.root().has_children(),
            "{}: nothing drawn",
            path.display()
        );
        // A line mixing scripts falls from one bundled font to the next;
        // usvg says so each time, and that is expected. A character no
        // bundled font has is not.
        let mut warned = std::mem::take(&mut *WARNINGS.0.lock().expect("not poisoned"));
        // Known gap: no bundled picture font has emoji yet, so pictures
        // leave them out (see the session note); every other letter must
        // be found.
        warned.retain(|w| !w.contains("Fallback from") && !names_an_emoji(w));
        assert!(warned.is_empty(), "{}: {warned:?}", path.display());
    }
}

/// Whether a warning is about a character in the emoji planes.
fn names_an_emoji(warning: &str) -> bool {
    warning.contains("No fonts with a") && warning.chars().any(|c| c >= '\u{1F000}')
}

fn golden(name: &str) -> PathBuf {
    Path::new("tests/golden").join(name)
}

#[test]
fn a_small_map_exports_exactly_as_kept_in_the_golden_files() {
    let map = secrets::planted("kept secret");
    let bless = std::env::var_os("CONVENE_BLESS").is_some();
    let mut changed = Vec::new();
    for format in Format::ALL {
        let out = export::write(&map, &options(format, false)).expect("an export");
        for part in out.parts {
            let name = format!("planted-{format:?}{}.{}", part.suffix, part.extension);
            let path = golden(&name);
            if bless {
                std::fs::write(&path, &part.bytes).expect("write a golden file");
                continue;
            }
            let kept = std::fs::read(&path).unwrap_or_default();
            if kept != part.bytes {
                let new = path.with_extension(format!("{}.new", part.extension));
                std::fs::write(&new, &part.bytes).expect("write the new output beside it");
                changed.push(name);
            }
        }
    }
    assert!(
        changed.is_empty(),
        "these exports differ from tests/golden (the new output is beside each, as .new): {changed:?}"
    );
}
