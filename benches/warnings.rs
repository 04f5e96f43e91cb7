//! How long the warnings take, printed one line per case as
//! `warnings/<case>/<size>: <median> ms`.
//!
//! For generated maps of 1k, 10k and 100k communities, with an oddity
//! planted on about one item in a hundred (a tension raised from off its
//! boundary, an activity addressing a tension elsewhere, a boundary drawn
//! twice), it measures working out every warning (what the app does after
//! each change, and `convene check` once per file) and finding where each
//! stands in the file's text (what `convene check` adds).
//!
//! Target on a 2-core machine: warnings of a 10k map in a few
//! milliseconds, well under the time to open it.
//!
//! Run with `cargo bench --bench warnings`, or `cargo bench --bench warnings
//! -- 10000` for one size.

use std::hint::black_box;
use std::time::Instant;

use convene::model::{Activity, Boundary, Items, Map, Tension, warnings};
use convene::{file, generate};

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// A generated map with an oddity on about one item in a hundred.
fn odd_map(size: usize) -> Map {
    let mut map = generate::map(size, 11);
    let mut boundaries: Vec<Boundary> = map.boundaries.iter().cloned().collect();
    let mut tensions: Vec<Tension> = map.tensions.iter().cloned().collect();
    let mut activities: Vec<Activity> = map.activities.iter().cloned().collect();
    let (nb, nt) = (boundaries.len(), tensions.len());
    for (i, t) in tensions
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 100 == 0)
    {
        t.raised_by = Some(boundaries[(i * 3 + 7) % nb].between[1]);
    }
    for (i, a) in activities
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 100 == 50)
    {
        a.tensions.push(tensions[(i * 5 + 3) % nt].id);
    }
    for i in (0..nb).step_by(100) {
        let mut sides = boundaries[i].between.clone();
        sides.reverse();
        boundaries.push(Boundary::new(map.new_id(), sides));
    }
    map.boundaries = Items::from_vec(boundaries).expect("unique ids");
    map.tensions = Items::from_vec(tensions).expect("unique ids");
    map.activities = Items::from_vec(activities).expect("unique ids");
    map
}

fn main() {
    let only: Option<usize> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    for size in [1_000, 10_000, 100_000] {
        if only.is_some_and(|o| o != size) {
            continue;
        }
        let map = odd_map(size);
        let text = file::to_text(&map);
        let found = warnings(&map);
        let runs = if size >= 100_000 { 5 } else { 21 };
        let all = median_ms(runs, || {
            black_box(warnings(black_box(&map)));
        });
        let places = median_ms(runs, || {
            black_box(file::warning_places(black_box(&text), &found));
        });
        let open = median_ms(runs.min(7), || {
            black_box(file::parse(black_box(text.as_bytes())).ok());
        });
        println!("warnings/count/{size}: {}", found.len());
        println!("warnings/all/{size}: {all:.2} ms");
        println!("warnings/places/{size}: {places:.2} ms");
        println!("warnings/open-for-comparison/{size}: {open:.2} ms");
    }
}
