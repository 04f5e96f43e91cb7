//! The example maps are what a careful facilitator makes: none of them
//! should hold anything `check` warns about. (Kept out of the model's own
//! tests, which never touch files.)

#![allow(clippy::expect_used, missing_docs, reason = "tests fail loudly")]

use convene::model::warnings;

#[test]
fn the_examples_give_no_warnings() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(folder).expect("the examples folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let map = convene::file::read(&path).expect("an example opens");
            assert_eq!(warnings(&map), vec![], "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 4, "only {seen} examples found");
}
