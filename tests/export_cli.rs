//! `convene export`, run as a person would run it: the files land where
//! asked, their names are listed, confidential items stay out unless asked
//! for, and mistakes are told with the usual exit statuses.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::Path;
use std::process::{Command, Output};

use convene::export::secrets::planted;
use convene::model::{Point, SavedView, Size};

const SECRET: &str = "SENTINEL-cli-0c1e";

fn convene(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run convene")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The planted map, with one saved view, saved as `map.ron` in `dir`.
fn planted_file(dir: &Path) -> std::path::PathBuf {
    let mut map = planted(SECRET);
    map.views.push(SavedView::new(
        "Everyone",
        Point::new(200.0, 200.0),
        Size::new(1200.0, 900.0),
    ));
    let path = dir.join("map.ron");
    convene::file::write(&path, &map).unwrap();
    path
}

fn has(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn export_writes_beside_the_map_for_sharing_and_lists_the_file() {
    let dir = tempfile::tempdir().unwrap();
    planted_file(dir.path());
    let out = convene(&["export", "map.ron", "--format", "graphml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "map.graphml\n");
    assert!(
        stderr(&out).contains("2 confidential items were left out."),
        "{}",
        stderr(&out)
    );
    let bytes = std::fs::read(dir.path().join("map.graphml")).unwrap();
    assert!(has(&bytes, "Psychiatrists"));
    assert!(!has(&bytes, SECRET), "confidential text went out");

    let all = convene(
        &[
            "export",
            "map.ron",
            "--format",
            "graphml",
            "--include-confidential",
            "-o",
            "all.graphml",
        ],
        dir.path(),
    );
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    assert_eq!(stdout(&all), "all.graphml\n");
    assert!(!stderr(&all).contains("left out"));
    assert!(has(
        &std::fs::read(dir.path().join("all.graphml")).unwrap(),
        SECRET
    ));
}

#[test]
fn node_and_edge_lists_are_two_files_beside_the_name_given() {
    let dir = tempfile::tempdir().unwrap();
    planted_file(dir.path());
    let out = convene(
        &[
            "export",
            "map.ron",
            "--format",
            "network-csv",
            "--out",
            "net.csv",
            "--view",
            "Everyone",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "net-nodes.csv\nnet-edges.csv\n");
    let nodes = std::fs::read(dir.path().join("net-nodes.csv")).unwrap();
    assert!(nodes.starts_with(b"\xEF\xBB\xBFID,Label,Type"));
    let edges = std::fs::read(dir.path().join("net-edges.csv")).unwrap();
    assert!(edges.starts_with(b"\xEF\xBB\xBFFrom,To,Type"));
    assert!(!dir.path().join("net.csv").exists());
}

#[test]
fn export_mistakes_are_told_with_the_usual_statuses() {
    let dir = tempfile::tempdir().unwrap();
    planted_file(dir.path());
    let no_view = convene(
        &["export", "map.ron", "--format", "graphml", "--view", "Nope"],
        dir.path(),
    );
    assert_eq!(no_view.status.code(), Some(1));
    assert!(
        stderr(&no_view).contains("no saved view \"Nope\". Its views: \"Everyone\"."),
        "{}",
        stderr(&no_view)
    );
    assert!(!dir.path().join("map.graphml").exists());

    let missing = convene(&["export", "gone.ron", "--format", "graphml"], dir.path());
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("gone.ron"),
        "{}",
        stderr(&missing)
    );

    let locked = convene(
        &[
            "export",
            "map.ron",
            "--format",
            "graphml",
            "-o",
            "no/such/folder/x.graphml",
        ],
        dir.path(),
    );
    assert_eq!(locked.status.code(), Some(1));
    assert!(
        stderr(&locked).contains("no/such/folder/x.graphml"),
        "{}",
        stderr(&locked)
    );

    for wrong in [
        &["export", "map.ron", "--format", "doc"][..],
        &["export", "map.ron"],
        &["export", "map.ron", "--format", "svg", "--page-per-view"],
        &["export", "map.ron", "--format", "png", "--scale", "0"],
        &[
            "export",
            "map.ron",
            "--format",
            "pdf",
            "--page-per-view",
            "--view",
            "Everyone",
        ],
    ] {
        let out = convene(wrong, dir.path());
        assert_eq!(out.status.code(), Some(2), "{wrong:?}: {}", stderr(&out));
    }

    let help = convene(&["export", "--help"], dir.path());
    assert_eq!(help.status.code(), Some(0));
    for word in [
        "network-csv",
        "graphml",
        "--include-confidential",
        "--page-per-view",
    ] {
        assert!(stdout(&help).contains(word), "{word} in the help");
    }
}

#[test]
fn import_makes_a_map_file_from_a_canvas_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let canvas = dir.path().join("sample.canvas");
    std::fs::copy(
        "tests/data/jsoncanvas/obsidianmd-jsoncanvas-sample.canvas",
        &canvas,
    )
    .unwrap();
    let o = convene(&["import", "sample.canvas"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("sample.ron"), "{}", stdout(&o));
    let map = convene::file::read(&dir.path().join("sample.ron")).unwrap();
    assert!(!map.is_empty(), "the canvas's nodes came in");
    assert_eq!(map.meta.title, "sample", "titled after the file");

    let again = convene(&["import", "sample.canvas"], dir.path());
    assert_eq!(
        again.status.code(),
        Some(1),
        "an existing map is never overwritten"
    );
    let still = convene::file::read(&dir.path().join("sample.ron")).unwrap();
    assert_eq!(still, map);

    std::fs::write(dir.path().join("broken.canvas"), "{\"nodes\": [").unwrap();
    let broken = convene(&["import", "broken.canvas", "-o", "b.ron"], dir.path());
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains("broken.canvas"),
        "{}",
        stderr(&broken)
    );
    assert!(
        !dir.path().join("b.ron").exists(),
        "nothing is written for a broken canvas"
    );
}
