//! Tidying times, printed one line per size as `layout/tidy/<size>: <median> ms`.
//!
//! Each map is a generated one (`convene::generate`) with its communities
//! squeezed to half their spacing, so that they overlap and tidying has
//! work to do. Target on a 2-core machine: 1k items ≤ 100 ms. Run with
//! `cargo bench --bench layout`, or `cargo bench --bench layout -- 1000`
//! for one size.

use std::hint::black_box;
use std::time::Instant;

use convene::edit::{self, Edit};
use convene::generate;
use convene::layout::{Sizes, tidy};
use convene::model::{Map, Point};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A generated map of `size` communities at half the usual spacing.
fn crowded(size: usize) -> Map {
    let mut map = generate::map(size, 11);
    let moves = map
        .communities
        .iter()
        .map(|c| (c.id, Point::new(c.pos.x * 0.5, c.pos.y * 0.5)))
        .collect();
    if let Err(e) = edit::apply(&mut map, Edit::Move(moves)) {
        panic!("squeeze the map: {e}");
    }
    map
}

fn main() {
    let only: Option<usize> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    for size in [100, 1_000, 10_000] {
        if only.is_some_and(|o| o != size) {
            continue;
        }
        let map = crowded(size);
        let sizes = Sizes::default();
        let runs = if size >= 10_000 { 5 } else { 15 };
        let mut times = Vec::with_capacity(runs);
        let mut moved = 0;
        for _ in 0..runs {
            let start = Instant::now();
            moved = black_box(tidy(&map, &sizes)).len();
            times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!("layout/tidy/{size}: {median:.1} ms ({moved} items moved)");
    }
}
