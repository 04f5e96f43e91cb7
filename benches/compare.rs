//! Diff and merge timings, printed one line per case as
//! `<case>/<size>: <median> ms`, with the time to open one map beside them.
//!
//! For a generated map of 10k communities (about 42k items in all: with
//! boundaries, tensions and activities) it makes two copies, each with 1 %
//! of the items changed (different ones on each side: names, titles and
//! severities) and a few items added, then measures opening the original
//! from its file, the diff of original and one copy, and the three-way
//! merge of the two copies. Target: the merge takes at most three times the
//! open.
//!
//! Run with `cargo bench --bench compare`.

use std::hint::black_box;
use std::time::Instant;

use convene::compare::{diff, merge};
use convene::model::{Id, Item, Map, Note, Point, Severity};
use convene::{Edit, edit, file, generate};

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

/// A copy of `map` with every hundredth item (from `offset`) changed and
/// `added` notes added.
fn copy_with_changes(map: &Map, offset: usize, added: usize, words: &str) -> Map {
    let mut copy = map.clone();
    let ids: Vec<Id> = map.ids().collect();
    for &id in ids.iter().skip(offset).step_by(100) {
        let Some(item) = copy.item(id) else { continue };
        let changed = match item {
            Item::Tension(mut t) => {
                t.severity = Severity::new(t.severity.get() % 5 + 1).expect("1 to 5");
                Some(Item::Tension(t))
            }
            Item::Boundary(mut b) => {
                b.label = format!("{words} {id}");
                Some(Item::Boundary(b))
            }
            other => other.retitled(words.to_owned()),
        };
        if let Some(item) = changed {
            edit::apply(&mut copy, Edit::Update(item)).expect("a valid change");
        }
    }
    for i in 0..added {
        let note = Note::new(copy.new_id(), words, Point::new(i as f32 * 10.0, -500.0));
        edit::apply(&mut copy, Edit::Add(note.into())).expect("a new note");
    }
    copy
}

fn main() {
    let size = 10_000;
    let runs = 11;
    let base = generate::map(size, 42);
    let items = base.len();
    let text = file::to_text(&base);
    let mine = copy_with_changes(&base, 0, 20, "Mine");
    let theirs = copy_with_changes(&base, 50, 20, "Theirs");

    // Honest work: the merge keeps both sides' changes, with no conflicts.
    let merged = merge(&base, &mine, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts.first());
    assert_eq!(merged.map.len(), items + 40);
    let d = diff(&base, &mine);
    assert!(d.changed.len() >= items / 100 - 1 && d.added.len() == 20);

    let open = median_ms(runs, || {
        black_box(file::parse(black_box(text.as_bytes())).expect("opens"));
    });
    let merge_ms = median_ms(runs, || {
        black_box(merge(
            black_box(&base),
            black_box(&mine),
            black_box(&theirs),
        ));
    });
    let diff_ms = median_ms(runs, || {
        black_box(diff(black_box(&base), black_box(&mine)));
    });
    println!(
        "compare/items/10k: {items} items, {} changed on each side",
        items / 100
    );
    println!("compare/open/10k: {open:.2} ms");
    println!(
        "merge/10k: {merge_ms:.2} ms ({:.2} × open)",
        merge_ms / open
    );
    println!("diff/10k: {diff_ms:.2} ms ({:.2} × open)", diff_ms / open);
}
