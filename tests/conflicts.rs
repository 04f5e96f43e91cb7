//! Two copies of one map in the editor, as a consultant handles them:
//! comparing with a colleague's copy, merging it in as one undo step, and
//! settling the conflicts a merge left (the panel opens by itself, each is
//! settled by keeping mine or taking theirs, undo brings it back, and what
//! is left stays in the file when saved).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    reason = "tests fail loudly"
)]

mod kit;

use convene::app::{ConveneApp, Dialogs, item_label};
use convene::compare::merge;
use convene::model::{Community, Id, Map, Point, Severity};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::*;

/// A map file in `dir` merged from two copies that gave the first tension
/// different severities (mine, then theirs), and the tension's id.
fn merged_file(dir: &std::path::Path) -> (std::path::PathBuf, Id, u8, u8) {
    let path = example_copy(dir);
    let base = convene::file::read(&path).unwrap();
    let id = base.tensions.iter().next().unwrap().id;
    let was = base.tensions.get(id).unwrap().severity.get();
    let (m, t) = if was >= 4 { (1, 2) } else { (4, 5) };
    let with = |s: u8| {
        let mut map = base.clone();
        let mut tension = map.tensions.get(id).unwrap().clone();
        tension.severity = Severity::new(s).unwrap();
        convene::edit::apply(&mut map, convene::Edit::Update(tension.into())).unwrap();
        map
    };
    let merged = merge(&base, &with(m), &with(t));
    assert_eq!(merged.map.conflicts.len(), 1);
    convene::file::write(&path, &merged.map).unwrap();
    (path, id, m, t)
}

fn severity(h: &Harness<'_, ConveneApp>, id: Id) -> u8 {
    let map: &Map = h.state().document().unwrap().map();
    map.tensions.get(id).unwrap().severity.get()
}

fn conflicts(h: &Harness<'_, ConveneApp>) -> usize {
    h.state().document().unwrap().map().conflicts.len()
}

/// The example map in `dir` and a colleague's copy of it beside it,
/// "colleague.ron": one community more ("Practice nurses") and one
/// tension's severity other.
struct Copies {
    path: std::path::PathBuf,
    copy: std::path::PathBuf,
    nurses: Id,
    tension: Id,
    mine: u8,
    theirs: u8,
}

fn copies(dir: &std::path::Path) -> Copies {
    let path = example_copy(dir);
    let mut theirs = convene::file::read(&path).unwrap();
    let nurses = theirs.new_id();
    let c = Community::new(nurses, "Practice nurses", Point::new(40.0, 40.0));
    convene::edit::apply(&mut theirs, convene::Edit::Add(c.into())).unwrap();
    let tension = theirs.tensions.iter().next().unwrap().id;
    let mut t = theirs.tensions.get(tension).unwrap().clone();
    let mine = t.severity.get();
    let other = if mine == 5 { 1 } else { mine + 1 };
    t.severity = Severity::new(other).unwrap();
    convene::edit::apply(&mut theirs, convene::Edit::Update(t.into())).unwrap();
    let copy = dir.join("colleague.ron");
    convene::file::write(&copy, &theirs).unwrap();
    Copies {
        path,
        copy,
        nurses,
        tension,
        mine,
        theirs: other,
    }
}

/// The editor on `path` with the app's own file chooser, then File ▸
/// `command` and the file `other` typed into the chooser.
fn file_command_on(
    dir: &std::path::Path,
    path: &std::path::Path,
    command: &str,
    other: &std::path::Path,
) -> Harness<'static, ConveneApp> {
    let app = ConveneApp::new(Some(path))
        .with_dialogs(Dialogs::InApp)
        .with_prefs(&dir.join("prefs"));
    let mut h = harness(app);
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label(command).click();
    h.run();
    type_text(&mut h, &other.display().to_string());
    h.key_press(Key::Enter);
    h.run();
    h
}

#[test]
fn a_merged_map_opens_with_its_conflicts_and_taking_theirs_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let (path, id, mine, theirs) = merged_file(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h.get_by_label("1 conflict left.");
    assert_eq!(severity(&h, id), mine, "the map shows mine until a choice");
    h.get_by_label_contains("Take theirs:").click();
    h.run();
    assert_eq!(severity(&h, id), theirs);
    assert_eq!(conflicts(&h), 0);
    h.get_by_label("No conflicts left.");
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(severity(&h, id), mine, "undo gives mine back");
    assert_eq!(conflicts(&h), 1, "and the conflict");
    h.get_by_label_contains("Keep mine:").click();
    h.run();
    assert_eq!(severity(&h, id), mine);
    assert_eq!(conflicts(&h), 0);
}

#[test]
fn conflicts_left_unsettled_stay_in_the_file_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (path, ..) = merged_file(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    // An unrelated change, then save: the conflict is still there after.
    keys(&mut h, Modifiers::COMMAND, Key::A);
    keys(&mut h, Modifiers::COMMAND, Key::S);
    let saved = convene::file::read(&path).unwrap();
    assert_eq!(saved.conflicts.len(), 1);
}

#[test]
fn while_the_screen_is_shared_the_panel_names_no_values() {
    let dir = tempfile::tempdir().unwrap();
    let (path, ..) = merged_file(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    h.get_by_label("1 conflict left.");
    keys(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    h.get_by_label("Conflicts are hidden while the screen is shared.");
    assert!(h.query_by_label_contains("Take theirs").is_none());
}

#[test]
fn merging_another_copy_brings_its_additions_lists_its_differences_and_undoes_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path());
    let (id, tension, was) = (c.nurses, c.tension, c.mine);
    let mut h = file_command_on(dir.path(), &c.path, "Merge another copy…", &c.copy);
    assert!(
        !h.state().document().unwrap().map().contains(id),
        "nothing is merged before the second step"
    );
    // The question's window is named by its heading, for a screen reader.
    h.get_by_role_and_label(Role::Dialog, "Merge “colleague.ron”");
    h.get_by_label("Merge without it").click();
    h.run();
    let map = h.state().document().unwrap().map();
    assert!(map.contains(id), "their addition came in");
    assert_eq!(severity(&h, tension), was, "mine stays until settled");
    assert_eq!(conflicts(&h), 1);
    h.get_by_label("1 conflict left.");
    h.get_by_label_contains("Merged “colleague.ron”: 1 item came in, 1 difference to settle.");
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    let map = h.state().document().unwrap().map();
    assert!(!map.contains(id), "one undo takes the whole merge back");
    assert_eq!(conflicts(&h), 0);
}

#[test]
fn merging_with_the_copy_both_started_from_takes_one_sided_changes_without_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path());
    let original = dir.path().join("original.ron");
    std::fs::copy(&c.path, &original).unwrap();
    // Mine renames a community; theirs adds one and changes a severity.
    let mut mine = convene::file::read(&c.path).unwrap();
    let mut renamed = mine.communities.iter().next().unwrap().clone();
    renamed.name = "Psychiatry team".to_owned();
    let renamed_id = renamed.id;
    convene::edit::apply(&mut mine, convene::Edit::Update(renamed.into())).unwrap();
    convene::file::write(&c.path, &mine).unwrap();

    let mut h = file_command_on(dir.path(), &c.path, "Merge another copy…", &c.copy);
    h.get_by_label("Pick the copy you both started from…")
        .click();
    h.run();
    assert!(
        h.state().is_choosing_file(),
        "the same chooser picks the original"
    );
    type_text(&mut h, &original.display().to_string());
    h.key_press(Key::Enter);
    h.run();

    let map = h.state().document().unwrap().map();
    assert!(map.contains(c.nurses), "their addition came in");
    assert_eq!(
        map.communities.get(renamed_id).unwrap().name,
        "Psychiatry team",
        "my one-sided change stays"
    );
    assert_eq!(
        severity(&h, c.tension),
        c.theirs,
        "their one-sided change came in"
    );
    assert_eq!(conflicts(&h), 0, "nothing to settle");
    h.get_by_label_contains(
        "Merged “colleague.ron” from “original.ron”: 1 item came in, no differences to settle.",
    );
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    let map = h.state().document().unwrap().map();
    assert!(
        !map.contains(c.nurses),
        "one undo takes the whole merge back"
    );
    assert_eq!(severity(&h, c.tension), c.mine);
}

#[test]
fn merging_a_file_that_cannot_be_read_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let before = convene::file::read(&path).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format: 2, title: ").unwrap();
    let h = file_command_on(dir.path(), &path, "Merge another copy…", &broken);
    h.get_by_label_contains("Could not merge “broken.ron”.");
    assert_eq!(h.state().document().unwrap().map(), &before);
    assert!(!h.state().document().unwrap().is_modified());
}

#[test]
fn comparing_with_another_copy_lists_each_difference_a_click_from_its_item() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path());
    let (tension, was, other) = (c.tension, c.mine, c.theirs);
    let mut h = file_command_on(dir.path(), &c.path, "Compare with another copy…", &c.copy);
    h.get_by_label("2 differences from “colleague.ron” to this map.");
    h.get_by_label("Only in “colleague.ron”: community 'Practice nurses'");
    let line = format!("severity is {was} here, {other} in “colleague.ron”");
    h.get_by_label_contains(&line).click();
    h.run();
    assert_eq!(
        h.state().selection(),
        &[tension],
        "a click goes to the tension"
    );
    keys(&mut h, Modifiers::NONE, Key::Escape);
    h.get_by_label("Select what is new or changed").click();
    h.run();
    assert_eq!(h.state().selection(), &[tension], "what changed is marked");
    assert!(
        !h.state().document().unwrap().is_modified(),
        "comparing changes nothing"
    );
    // The list follows edits: give the tension their severity and that
    // difference is gone.
    let mut t = h
        .state()
        .document()
        .unwrap()
        .map()
        .tensions
        .get(tension)
        .unwrap()
        .clone();
    t.severity = Severity::new(other).unwrap();
    h.state_mut()
        .apply(convene::Edit::Update(t.into()), None, None);
    h.run();
    h.get_by_label("1 difference from “colleague.ron” to this map.");
    assert!(h.query_by_label_contains(&line).is_none());
}

/// The description a screen reader hears with the canvas item labelled
/// `label`.
fn said_of(h: &Harness<'_, ConveneApp>, label: &str) -> String {
    h.get_by_label_contains(label)
        .accesskit_node()
        .description()
        .unwrap_or_default()
}

#[test]
fn comparing_marks_new_and_changed_items_on_the_map_until_the_screen_is_shared() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    // The colleague's copy: one community renamed, one note missing.
    let mut theirs = convene::file::read(&path).unwrap();
    let mine = convene::file::read(&path).unwrap();
    let mut communities = mine.communities.iter();
    let first = communities.next().unwrap().clone();
    let second = communities.next().unwrap().clone();
    let mut renamed = first.clone();
    renamed.name = format!("{} (renamed)", first.name);
    convene::edit::apply(&mut theirs, convene::Edit::Update(renamed.into())).unwrap();
    let note = mine.notes.iter().next().unwrap().clone();
    convene::edit::apply(&mut theirs, convene::Edit::Remove(vec![note.id])).unwrap();
    let copy = dir.path().join("colleague.ron");
    convene::file::write(&copy, &theirs).unwrap();

    let mut h = file_command_on(dir.path(), &path, "Compare with another copy…", &copy);
    h.run();
    let changed = said_of(&h, &item_label(&mine, first.id));
    assert!(
        changed.contains("changed from the other copy"),
        "{changed:?}"
    );
    let new = said_of(&h, &item_label(&mine, note.id));
    assert!(new.contains("new, not in the other copy"), "{new:?}");
    let same = said_of(&h, &item_label(&mine, second.id));
    assert!(!same.contains("other copy"), "{same:?}");

    // Sharing the screen takes the marks away with the window's words.
    h.get_by_label("Sharing screen").click();
    h.run();
    h.run();
    let shared = said_of(&h, &item_label(&mine, first.id));
    assert!(!shared.contains("other copy"), "{shared:?}");
}
