//! Damaged files: every example cut at every byte, and with random bytes
//! changed, must give a map or an error with a position, never a panic.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::PathBuf;

use convene::file::{self, LoadError};
use convene::generate::Rng;

fn examples() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the examples folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            let bytes = std::fs::read(&p).expect("an example file");
            (p, bytes)
        })
        .collect();
    files.sort();
    assert!(
        files.len() >= 4,
        "expected the four example maps, found {}",
        files.len()
    );
    files
}

fn assert_placed(error: &LoadError, what: &str) {
    let at = error.position();
    assert!(at.is_some(), "{what}: error without a position: {error}");
    let at = at.unwrap_or(file::Position { line: 0, column: 0 });
    assert!(
        at.line >= 1 && at.column >= 1,
        "{what}: bad position {at:?}"
    );
}

#[test]
fn every_example_cut_at_every_byte_gives_a_placed_error() {
    // One thread per example: each file is parsed once per byte.
    std::thread::scope(|scope| {
        for (path, bytes) in examples() {
            scope.spawn(move || cut_everywhere(&path.display().to_string(), &bytes));
        }
    });
}

fn cut_everywhere(name: &str, bytes: &[u8]) {
    assert!(file::parse(bytes).is_ok(), "{name} should load whole");
    for cut in 0..bytes.len() {
        let part = &bytes[..cut];
        match file::parse(part) {
            Ok(_) => assert!(
                bytes[cut..].iter().all(u8::is_ascii_whitespace),
                "{name} cut at {cut} loaded although real content was cut off"
            ),
            Err(e) => {
                assert_placed(&e, &format!("{name} cut at {cut}"));
                let lines = part.iter().filter(|&&b| b == b'\n').count() + 1;
                let line = e.position().map_or(0, |p| p.line);
                assert!(
                    line <= lines,
                    "{name} cut at {cut}: error on line {line}, past the end ({lines} lines)"
                );
            }
        }
    }
}

/// Bytes that matter to the parser, to damage files in the ways that test it most.
const PUNCTUATION: &[u8] = b"()[]{}\",:\\/*#-.0aZ\n";

#[test]
fn random_byte_changes_never_crash() {
    let mut rng = Rng::new(0xc0ffee);
    for (path, bytes) in examples() {
        for round in 0..1500 {
            let mut damaged = bytes.clone();
            let changes = 1 + rng.below(3);
            for _ in 0..changes {
                let at = rng.below(damaged.len());
                damaged[at] = match rng.below(3) {
                    0 => damaged[at] ^ (1 << rng.below(8)),
                    1 => PUNCTUATION[rng.below(PUNCTUATION.len())],
                    _ => rng.next_u64() as u8,
                };
            }
            if let Err(e) = file::parse(&damaged) {
                assert_placed(&e, &format!("{} round {round}", path.display()));
            }
        }
    }
}
