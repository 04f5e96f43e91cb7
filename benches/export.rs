//! Export times, printed one line per case as
//! `export/<format>/<size>: <median> ms`.
//!
//! For generated maps of about 1,000 and 10,000 items it measures every
//! format through `export::write`, as the app and the command line call it;
//! a PNG at scale 2, or, for a map too large for that, the largest scale a
//! PNG may have. Big pictures are timed once, the rest five times.
//!
//! Targets on a 2-core machine (issue 9): SVG of 10k ≤ 150 ms, PNG of a 1k
//! map at 2× ≤ 1 s, report of 10k ≤ 200 ms. Run with
//! `cargo bench --bench export`, or `cargo bench --bench export -- 1000`
//! for one size and `cargo bench --bench export -- png pdf` for some
//! formats (both may be given).

use std::hint::black_box;
use std::time::Instant;

use convene::export::{self, Format, Options, Picture, Prepared, Scope, picture, prepare};
use convene::generate;
use convene::model::Map;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The median time of `runs` calls, in milliseconds, after one warm-up.
fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    black_box(f());
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The largest scale up to 2 at which the map's PNG may be made.
fn png_scale(p: &Prepared) -> f32 {
    let svg = picture::svg(p, &Picture::default());
    let number = |name: &str| -> f64 {
        svg.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(1.0)
    };
    let fits = (picture::MAX_PIXELS as f64 / (number("width") * number("height"))).sqrt();
    (fits * 0.99).min(2.0) as f32
}

/// A generated map of about `items` items (communities, boundaries,
/// tensions, activities).
fn map_of(items: usize) -> Map {
    let probe = generate::map(100, 7).len();
    generate::map((items * 100 / probe).max(4), 7)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let name_of = |format: Format| format!("{format:?}").to_lowercase();
    let formats: Vec<Format> = Format::ALL
        .into_iter()
        .filter(|f| args.contains(&name_of(*f)))
        .collect();
    for size in [1_000, 10_000] {
        if !only.is_empty() && !only.contains(&size) {
            continue;
        }
        let map = map_of(size);
        let p = prepare(&map, &Scope::Whole, false).expect("the whole map");
        let scale = png_scale(&p);
        for format in Format::ALL {
            if !formats.is_empty() && !formats.contains(&format) {
                continue;
            }
            let options = Options {
                format,
                picture: Picture {
                    scale,
                    ..Picture::default()
                },
                ..Options::default()
            };
            let slow = size > 1_000 && matches!(format, Format::Png | Format::Pdf);
            let runs = if slow { 1 } else { 5 };
            let ms = median_ms(runs, || export::write(&map, &options).expect("an export"));
            let name = name_of(format);
            let extra = if format == Format::Png {
                format!(" (scale {scale:.2})")
            } else {
                String::new()
            };
            println!(
                "export/{name}/{size}: {ms:.1} ms{extra}  [{} items]",
                map.len()
            );
        }
    }
}
