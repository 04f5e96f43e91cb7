//! Picture export times, printed one line per case as
//! `export/<format>/<size>: <median> ms`.
//!
//! For generated maps of 15, 500 and 5,000 communities (with about 1.5
//! times as many boundaries, a tension on half of them and one activity per
//! community) it measures the SVG, the PNG at scale 2 (or, for a map too
//! large for that, the largest scale a PNG may have) and the PDF of the
//! whole map.
//!
//! Targets on a 2-core machine (issue 9): SVG of 10k ≤ 150 ms, PNG of a 1k
//! map at 2× ≤ 1 s. Run with `cargo bench --bench export`, or
//! `cargo bench --bench export -- 500` for one size.

use std::hint::black_box;
use std::time::Instant;

use convene::export::{Picture, Prepared, Scope, picture, prepare};
use convene::generate;

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

fn main() {
    let only: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    for size in [15, 500, 5_000] {
        if !only.is_empty() && !only.contains(&size) {
            continue;
        }
        let map = generate::map(size, 7);
        let p = prepare(&map, &Scope::Whole, false).expect("the whole map");
        let runs = if size > 1_000 { 3 } else { 7 };
        let svg = median_ms(runs, || picture::svg(&p, &Picture::default()));
        println!("export/svg/{size}: {svg:.1} ms");
        let scale = png_scale(&p);
        let look = Picture {
            scale,
            ..Picture::default()
        };
        let png = median_ms(runs, || picture::png(&p, &look).expect("a PNG"));
        println!("export/png/{size}: {png:.1} ms (scale {scale:.2})");
        let pages = std::slice::from_ref(&p);
        let pdf = median_ms(runs, || picture::pdf(pages, &look).expect("a PDF"));
        println!("export/pdf/{size}: {pdf:.1} ms");
    }
}
