//! Crafted files cannot make an open huge: the memory an open takes stays
//! within a few times the file's size (under eight times), and messages quote only a short
//! excerpt of what they found. Measured with a counting allocator, so this
//! file holds only these tests (they run one at a time).
#![allow(
    unsafe_code,
    reason = "a counting global allocator must implement the unsafe GlobalAlloc trait"
)]
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use convene::{file, generate};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// One measurement at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

// SAFETY: every call is passed straight to the system allocator; the
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
            // Count the moment both blocks may exist, as a copy would.
            let now = IN_USE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(now, Ordering::Relaxed);
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Opens `bytes`, giving the result in words and the peak memory the open
/// took beyond what was in use before.
fn open_measured(bytes: &[u8]) -> (Result<(), String>, usize) {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let result = file::parse(bytes).map(drop).map_err(|e| e.to_string());
    (result, PEAK.load(Ordering::Relaxed) - before)
}

/// A map whose one list holds `entry` over and over, to about `size` bytes.
fn crafted(head: &str, entry: &str, tail: &str, size: usize) -> Vec<u8> {
    let count = (size - head.len() - tail.len()) / entry.len();
    let mut text = String::with_capacity(size);
    text.push_str(head);
    for _ in 0..count {
        text.push_str(entry);
    }
    text.push_str(tail);
    text.into_bytes()
}

const SIZE: usize = 100 << 20;

#[test]
fn a_list_of_empty_texts_stays_within_a_few_times_the_file() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = crafted(
        "(format: 2, communities: [(id: \"a\", name: \"A\", key_people: [",
        "\"\",",
        "])])",
        SIZE,
    );
    let (result, peak) = open_measured(&bytes);
    let message = result.unwrap_err();
    assert!(message.contains("far more entries"), "{message}");
    assert!(message.len() < 300, "{message}");
    assert!(peak < 8 * bytes.len(), "peak {} MB", peak >> 20);
}

#[test]
fn a_list_of_ids_stays_within_a_few_times_the_file() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = crafted(
        "(format: 2, communities: [(id: \"a\", name: \"A\"), (id: \"b\", name: \"B\")], boundaries: [(id: \"x\", between: [",
        "\"a\",",
        "\"b\"])])",
        SIZE,
    );
    let (result, peak) = open_measured(&bytes);
    assert!(result.is_err());
    assert!(peak < 8 * bytes.len(), "peak {} MB", peak >> 20);
}

#[test]
fn many_tiny_items_stay_within_a_few_times_the_file() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = crafted("(format: 2, notes: [", "(id:\"n\"),", "])", SIZE);
    let (result, peak) = open_measured(&bytes);
    assert!(result.is_err());
    assert!(peak < 8 * bytes.len(), "peak {} MB", peak >> 20);
}

#[test]
fn a_large_real_map_still_opens() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let text = file::to_text(&generate::map(100_000, 42));
    let (result, peak) = open_measured(text.as_bytes());
    assert_eq!(result, Ok(()));
    println!(
        "open of a {} MB map took at most {} MB",
        text.len() >> 20,
        peak >> 20
    );
}
