//! The `convene` command line, run as a person would run it.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::Path;
use std::process::{Command, Output};

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

const VALID: &str = r#"(
    format: 1,
    title: "Tiny",
    communities: [
        (id: "a1", name: "Police"),
        (id: "a2", name: "Social services"),
    ],
    boundaries: [(id: "b1", between: ["a1", "a2"])],
    tensions: [(id: "c1", boundary: "b1", kind: Stereotypes, severity: 3)],
)
"#;

#[test]
fn check_reports_each_file_and_exits_1_if_any_is_bad() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.ron"), VALID).unwrap();
    std::fs::write(
        dir.path().join("bad.ron"),
        VALID.replace("severity: 3", "severity: 9"),
    )
    .unwrap();

    let ok = convene(&["check", "good.ron"], dir.path());
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert_eq!(
        stdout(&ok),
        "good.ron: ok — 2 communities, 0 stakeholders, 1 boundary, 1 tension, 0 activities\n"
    );

    let mixed = convene(&["check", "good.ron", "bad.ron", "missing.ron"], dir.path());
    assert_eq!(mixed.status.code(), Some(1));
    let out = stdout(&mixed);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("good.ron: ok"));
    assert!(lines[1].starts_with("bad.ron:9:"), "{}", lines[1]);
    assert!(
        lines[1].contains("severity 9 is out of range"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("missing.ron: could not read"),
        "{}",
        lines[2]
    );
}

/// A map that opens but holds one of each kind of warning.
const ODD: &str = r#"(
    format: 2,
    title: "Odd",
    communities: [
        (id: "a1", name: "Police"),
        (id: "a2", name: "Psychiatrists"),
        (id: "a3", name: "Social workers"),
    ],
    boundaries: [
        (id: "b1", between: ["a2", "a3"]),
        (id: "b2", between: ["a3", "a2"]),
        (id: "b3", between: ["a1", "a3"]),
    ],
    tensions: [
        (id: "c1", boundary: "b1", kind: Misunderstanding, severity: 3, raised_by: Some("a1"), statement: "They never read our notes"),
    ],
    activities: [
        (id: "d1", kind: Visit, title: "Ride along", boundaries: ["b3"], tensions: ["c1"], participants: ["a1", "a3"], expectations: [(party: "a2", note: "See a night shift")]),
    ],
    brokers: [
        // (id: "e1", name: "Ana", communities: ["a2"], boundaries: ["b1"]),
        (id: "e1", name: "Ana", communities: ["a1"], boundaries: ["b1"]),
    ],
)
"#;

/// "LINE:COL" of the first `needle` on a line of ODD (from 1).
fn place(line: usize, needle: &str) -> String {
    let text = ODD.lines().nth(line - 1).unwrap();
    format!("{line}:{}", text.find(needle).unwrap() + 1)
}

#[test]
fn check_prints_warnings_at_the_reference_and_exits_0_unless_strict() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("odd.ron"), ODD).unwrap();
    std::fs::write(dir.path().join("good.ron"), VALID).unwrap();

    let out = convene(&["check", "odd.ron"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected = [
        "odd.ron: ok — 3 communities, 0 stakeholders, 3 boundaries, 1 tension, 1 activity; 5 warnings".to_owned(),
        format!(
            "odd.ron:{}: warning: There are two boundaries between Psychiatrists – Social workers; one is probably a copy of the other",
            place(11, "id")
        ),
        format!(
            "odd.ron:{}: warning: Tension 'They never read our notes' is raised by Police, who is not on its boundary Psychiatrists – Social workers",
            place(15, "\"a1\"")
        ),
        format!(
            "odd.ron:{}: warning: Activity 'Ride along' addresses tension 'They never read our notes', which lies on Psychiatrists – Social workers: a boundary the activity does not serve",
            place(18, "\"c1\"")
        ),
        format!(
            "odd.ron:{}: warning: Activity 'Ride along' records what Psychiatrists expects from it, but Psychiatrists is not among its participants",
            place(18, "\"a2\"")
        ),
        format!(
            "odd.ron:{}: warning: Broker 'Ana' brokers the boundary Psychiatrists – Social workers but belongs to neither side: only to Police",
            place(22, "\"b1\"")
        ),
    ];
    assert_eq!(stdout(&out), expected.join("\n") + "\n");

    let strict = convene(&["check", "--strict", "odd.ron"], dir.path());
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(stdout(&strict), stdout(&out));
    let clean = convene(&["check", "--strict", "good.ron"], dir.path());
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(!stdout(&clean).contains("warning"), "{}", stdout(&clean));
}

#[test]
fn usage_mistakes_exit_2_and_help_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(convene(&["check"], dir.path()).status.code(), Some(2));
    assert_eq!(
        convene(&["frobnicate", "x", "y"], dir.path()).status.code(),
        Some(2)
    );
    assert_eq!(
        convene(&["fmt", "--bogus", "x"], dir.path()).status.code(),
        Some(2)
    );
    for sub in ["check", "fmt", "new"] {
        let help = convene(&[sub, "--help"], dir.path());
        assert_eq!(help.status.code(), Some(0));
        assert!(
            stdout(&help).contains("Usage: convene"),
            "{}",
            stdout(&help)
        );
    }
}

#[test]
fn fmt_rewrites_to_canonical_form_and_check_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tiny.ron"), VALID).unwrap();

    let listed = convene(&["fmt", "--check", "tiny.ron"], dir.path());
    assert_eq!(listed.status.code(), Some(1));
    assert_eq!(stdout(&listed), "tiny.ron\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("tiny.ron")).unwrap(),
        VALID
    );

    let done = convene(&["fmt", "tiny.ron"], dir.path());
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    let formatted = std::fs::read_to_string(dir.path().join("tiny.ron")).unwrap();
    assert_ne!(formatted, VALID);
    // Ids stay exactly as written.
    assert!(formatted.contains("id: \"a1\""), "{formatted}");
    assert!(!formatted.contains("00000000000000a1"));

    let again = convene(&["fmt", "--check", "tiny.ron"], dir.path());
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(stdout(&again), "");
    let modified = std::fs::metadata(dir.path().join("tiny.ron"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(
        convene(&["fmt", "tiny.ron"], dir.path()).status.code(),
        Some(0)
    );
    let after = std::fs::metadata(dir.path().join("tiny.ron"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(modified, after, "a canonical file must not be rewritten");
}

#[test]
fn fmt_never_touches_a_broken_or_newer_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken = &VALID[..VALID.len() / 2];
    let newer = VALID
        .replace("format: 1", "format: 4")
        .replace("title:", "colour_scheme: Dark,\n    title:");
    std::fs::write(dir.path().join("broken.ron"), broken).unwrap();
    std::fs::write(dir.path().join("newer.ron"), &newer).unwrap();
    let out = convene(&["fmt", "broken.ron", "newer.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("broken.ron:"), "{err}");
    assert!(
        err.contains("newer.ron:2:13: this map was saved by a newer Convene"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("broken.ron")).unwrap(),
        broken
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("newer.ron")).unwrap(),
        newer
    );
}

#[test]
fn new_writes_an_empty_map_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let made = convene(&["new", "day1.ron", "--title", "Day one"], dir.path());
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let text = std::fs::read_to_string(dir.path().join("day1.ron")).unwrap();
    assert!(text.contains("title: \"Day one\""));
    let check = convene(&["check", "day1.ron"], dir.path());
    assert_eq!(check.status.code(), Some(0));

    std::fs::write(dir.path().join("day1.ron"), "precious").unwrap();
    let again = convene(&["new", "day1.ron", "--title", "Other"], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("day1.ron")).unwrap(),
        "precious"
    );
}

#[test]
fn the_examples_are_valid_and_canonical() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| p.strip_prefix(root).unwrap().display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let check = convene(&[&["check"], args.as_slice()].concat(), root);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    for line in stdout(&check).lines() {
        assert!(line.contains(": ok — "), "{line}");
    }
    let fmt = convene(&[&["fmt", "--check"], args.as_slice()].concat(), root);
    assert_eq!(
        fmt.status.code(),
        Some(0),
        "not canonical: {}",
        stdout(&fmt)
    );
}

#[test]
fn check_warns_of_comments_that_formatting_or_saving_would_lose() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"(
    format: 2,
    title: "Views", // kept: beside a field of the map
    views: [
        // Shown first in every workshop we run.
        (name: "All", centre: (x: 0.0, y: 0.0), size: (w: 10.0, h: 10.0)), /* beside a view */
    ],
)
"#;
    std::fs::write(dir.path().join("views.ron"), text).unwrap();
    let out = convene(&["check", "views.ron"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 3, "{said}");
    assert!(lines[0].ends_with("0 activities; 2 warnings"), "{said}");
    assert!(
        lines[1].starts_with(
            "views.ron:5:9: warning: the comment \"// Shown first in every workshop we run.\" would be lost"
        ),
        "{said}"
    );
    assert!(
        lines[2].starts_with("views.ron:6:76: warning: the comment \"/* beside a view */\""),
        "{said}"
    );
    for line in &lines[1..] {
        assert!(line.contains("among the saved views"), "{line}");
        assert!(!line.contains("kept: beside"), "{line}");
    }
    let strict = convene(&["check", "--strict", "views.ron"], dir.path());
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(stdout(&strict), said);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("views.ron")).unwrap(),
        text,
        "check changes nothing"
    );
}
