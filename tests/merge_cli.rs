//! `convene diff` and `convene merge` run as a person (and git) runs them,
//! including a real git repository that merges maps through the driver.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

use std::path::Path;
use std::process::{Command, Output};

use convene::model::{Id, Map, Severity};
use convene::{Edit, edit, file};

const BIN: &str = env!("CARGO_BIN_EXE_convene");
const CLASH: &str = "bd5c5b7e0325317e";
const SOC: &str = "a0712904a9e928bc";

fn convene(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn example() -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/referral-guidelines.ron");
    file::read(&path).unwrap()
}

/// Changes the map file at `path` with one edit, as the app would save it.
fn change(path: &Path, make: impl FnOnce(&Map) -> Edit) {
    let mut map = file::read(path).unwrap();
    let e = make(&map);
    edit::apply(&mut map, e).unwrap();
    file::write(path, &map).unwrap();
}

fn severity(n: u8) -> impl FnOnce(&Map) -> Edit {
    move |map| {
        let mut t = map.tensions.get(id(CLASH)).unwrap().clone();
        t.severity = Severity::new(n).unwrap();
        Edit::Update(t.into())
    }
}

fn statement(words: &str) -> impl FnOnce(&Map) -> Edit {
    move |map| {
        let mut t = map.tensions.get(id(CLASH)).unwrap().clone();
        t.statement = words.into();
        Edit::Update(t.into())
    }
}

#[test]
fn diff_exits_0_when_equal_1_when_different_and_2_when_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    file::write(&a, &example()).unwrap();
    file::write(&b, &example()).unwrap();
    let same = convene(&["diff", "a.ron", "b.ron"], dir.path());
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(text(&same.stdout), "");

    change(&b, severity(4));
    let differ = convene(&["diff", "a.ron", "b.ron"], dir.path());
    assert_eq!(differ.status.code(), Some(1), "{}", text(&differ.stderr));
    assert_eq!(
        text(&differ.stdout),
        "Tension 'Clashing perspectives' on Who takes the case: severity 5 → 4\n"
    );

    let json = convene(&["diff", "--format", "json", "a.ron", "b.ron"], dir.path());
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["changed"][0]["id"], CLASH);

    let missing = convene(&["diff", "a.ron", "nowhere.ron"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nowhere.ron"));
}

#[test]
fn merge_writes_over_mine_or_to_out_and_exits_1_with_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);
    for name in ["base.ron", "mine.ron", "theirs.ron"] {
        file::write(&p(name), &example()).unwrap();
    }
    change(&p("mine.ron"), statement("They never read our notes"));
    change(&p("theirs.ron"), severity(2));

    let clean = convene(
        &[
            "merge",
            "base.ron",
            "mine.ron",
            "theirs.ron",
            "-o",
            "out.ron",
        ],
        dir.path(),
    );
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));
    assert_eq!(text(&clean.stdout), "out.ron: merged, no conflicts\n");
    let out = file::read(&p("out.ron")).unwrap();
    let t = out.tensions.get(id(CLASH)).unwrap();
    assert_eq!(
        (t.statement.as_str(), t.severity.get()),
        ("They never read our notes", 2)
    );

    change(&p("mine.ron"), severity(4));
    let clash = convene(&["merge", "base.ron", "mine.ron", "theirs.ron"], dir.path());
    assert_eq!(clash.status.code(), Some(1));
    assert!(
        text(&clash.stdout).contains(
            "Tension 'They never read our notes' on Who takes the case: severity: mine 4, theirs 2"
        ),
        "{}",
        text(&clash.stdout)
    );
    let mine = file::read(&p("mine.ron")).unwrap();
    assert_eq!(mine.conflicts.len(), 1, "the conflict is written into MINE");

    let bad = convene(&["merge", "base.ron", "mine.ron", "gone.ron"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

/// Runs git in `dir`, isolated from the person's own git settings.
fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_MERGE_AUTOEDIT", "no")
        .output()
        .unwrap()
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

/// A repository holding the example map, set up as the README says.
fn repository(dir: &Path) {
    git_ok(dir, &["init", "-q"]);
    git_ok(dir, &["config", "user.name", "Test Consultant"]);
    git_ok(dir, &["config", "user.email", "consultant@example.com"]);
    git_ok(dir, &["config", "commit.gpgsign", "false"]);
    let driver = format!("\"{BIN}\" merge %O %A %B");
    git_ok(dir, &["config", "merge.convene.driver", &driver]);
    git_ok(dir, &["config", "merge.convene.name", "Convene map merge"]);
    std::fs::write(dir.join(".gitattributes"), "*.ron merge=convene\n").unwrap();
    file::write(&dir.join("map.ron"), &example()).unwrap();
    git_ok(dir, &["add", "."]);
    git_ok(dir, &["commit", "-q", "-m", "The map before the workshop"]);
    git_ok(dir, &["branch", "-M", "main"]);
}

#[test]
fn git_merges_two_branches_through_the_driver() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let map = dir.join("map.ron");
    repository(dir);

    // A colleague changes the severity; I write down the room's words on
    // the same tension, which is the same line of the file.
    git_ok(dir, &["checkout", "-q", "-b", "colleague"]);
    change(&map, severity(2));
    git_ok(dir, &["commit", "-q", "-am", "Severity after the call"]);
    git_ok(dir, &["checkout", "-q", "main"]);
    change(&map, statement("They never read our notes"));
    change(&map, |m| {
        let soc = m.item(id(SOC)).unwrap();
        Edit::Update(soc.retitled("Social work team".into()).unwrap())
    });
    git_ok(dir, &["commit", "-q", "-am", "What the room said"]);

    let merged = git(dir, &["merge", "-q", "colleague", "-m", "Combine"]);
    assert!(merged.status.success(), "{}", text(&merged.stderr));
    let result = file::read(&map).unwrap();
    let t = result.tensions.get(id(CLASH)).unwrap();
    assert_eq!(t.statement, "They never read our notes");
    assert_eq!(t.severity.get(), 2);
    assert_eq!(result.party_name(id(SOC)), Some("Social work team"));
    assert!(result.conflicts.is_empty());
    let check = convene(&["check", "map.ron"], dir);
    assert_eq!(check.status.code(), Some(0));

    // Both now change the same field: git stops, and the file holds both.
    git_ok(dir, &["checkout", "-q", "-b", "other"]);
    change(&map, severity(5));
    git_ok(dir, &["commit", "-q", "-am", "Worse"]);
    git_ok(dir, &["checkout", "-q", "main"]);
    change(&map, severity(1));
    git_ok(dir, &["commit", "-q", "-am", "Better"]);
    let stopped = git(dir, &["merge", "-q", "other", "-m", "Combine again"]);
    assert!(!stopped.status.success(), "a conflict stops the merge");
    let result = file::read(&map).unwrap();
    assert_eq!(result.conflicts.len(), 1);
    let c = &result.conflicts[0];
    assert_eq!(
        (c.mine.as_deref(), c.theirs.as_deref()),
        (Some("1"), Some("5"))
    );
    let status = text(&git(dir, &["status", "--porcelain"]).stdout);
    assert!(status.contains("UU map.ron"), "{status}");
}
