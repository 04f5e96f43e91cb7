//! Open and save timings for map files, printed one line per case as
//! `files/<case>/<size>: <median> ms`.
//!
//! For maps of 1k, 10k and 100k communities (with about 1.5 times as many
//! boundaries, a tension on half of them and one activity per community) it
//! measures: the plain RON parse into the file's structs, the full open
//! (parse, format check, validation and indexes), serialising, the full
//! atomic save (serialise, write, flush to disk, rename), the file size, and
//! the memory the 100k open allocates at its peak.
//!
//! Targets on a 2-core machine: open of 10k ≤ 80 ms and ≤ 1.2 × the plain
//! parse; save of 10k ≤ 40 ms; open of 100k under 1 s.
//!
//! Run with `cargo bench --bench files`, or `cargo bench --bench files -- 10000`
//! for one size.
#![allow(
    unsafe_code,
    reason = "a counting global allocator must implement the unsafe GlobalAlloc trait"
)]

use std::alloc::{GlobalAlloc, Layout};

use mimalloc::MiMalloc as System;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use convene::{file, generate};

/// The allocator the app uses (mimalloc), counting the bytes in use and
/// their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed straight to mimalloc; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, which we pass on.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            let now = if new_size >= layout.size() {
                IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size()
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed)
                    - (layout.size() - new_size)
            };
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The median time of `runs` runs of `f`, in milliseconds, after one warm-up.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
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

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // `cargo bench --bench files -- 10000` measures one size only.
    let only: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    for size in [1_000, 10_000, 100_000] {
        if !only.is_empty() && !only.contains(&size) {
            continue;
        }
        let runs = if size >= 100_000 { 5 } else { 11 };
        let map = generate::map(size, 42);
        let text = file::to_text(&map);
        let bytes = text.as_bytes();

        // Honest work: the file must open to the very map that was saved.
        let opened = file::parse(bytes).expect("the generated map opens");
        assert_eq!(opened, map, "the map changed on its way through the file");
        drop(opened);

        let parse = median_ms(runs, || {
            file::parse_plain(black_box(bytes)).expect("parses");
        });
        let open = median_ms(runs, || {
            black_box(file::parse(black_box(bytes)).expect("opens"));
        });
        let serialise = median_ms(runs, || {
            black_box(file::to_text(black_box(&map)));
        });
        let path = dir.path().join(format!("map-{size}.ron"));
        let save = median_ms(runs, || file::write(&path, black_box(&map)).expect("saves"));
        assert_eq!(std::fs::read(&path).expect("reads back"), bytes);

        println!("files/parse/{size}: {parse:.2} ms");
        println!("files/open/{size}: {open:.2} ms");
        println!("files/open-ratio/{size}: {:.2}", open / parse);
        println!("files/serialise/{size}: {serialise:.2} ms");
        println!("files/save/{size}: {save:.2} ms");
        println!("files/size/{size}: {:.2} MB", bytes.len() as f64 / 1e6);

        if size == 100_000 {
            let before = IN_USE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let opened = file::parse(bytes).expect("opens");
            let peak = PEAK.load(Ordering::Relaxed) - before;
            let kept = IN_USE.load(Ordering::Relaxed) - before;
            drop(opened);
            println!("files/open-peak-memory/{size}: {:.1} MB", peak as f64 / 1e6);
            println!("files/open-map-memory/{size}: {:.1} MB", kept as f64 / 1e6);
        }
    }
}
