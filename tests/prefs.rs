//! Preferences kept between runs: the file itself, the recent files, and the
//! editor using them (open recent, drag and drop, theme and text size).
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use convene::app::{ConveneApp, Pending};
use convene::file::{MAX_RECENT, Prefs, PrefsFile, TextSize, Theme};
use eframe::egui::{self, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/coding-for-non-coders.ron"
);

fn harness(app: ConveneApp) -> Harness<'static, ConveneApp> {
    Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_step_dt(0.05)
        .build_eframe(move |_| app)
}

/// A copy of an example map at `dir/name`, under its canonical path.
fn map_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(EXAMPLE, &path).unwrap();
    std::fs::canonicalize(path).unwrap()
}

/// A file dropped on the window, as the windowing layer would hand it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'_, ConveneApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run();
}

/// The recent files as saved on disk.
fn saved_recent(folder: &Path) -> Vec<PathBuf> {
    PrefsFile::new(folder).load().unwrap().recent
}

// The file.

#[test]
fn preferences_survive_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = PrefsFile::new(dir.path().join("nested"));
    let prefs = Prefs {
        recent: vec![PathBuf::from("/maps/b.ron"), PathBuf::from("/maps/a.ron")],
        theme: Theme::Dark,
        text_size: TextSize::Larger,
        export: convene::file::ExportPrefs {
            format: convene::export::Format::GraphMl,
            scope: convene::file::ExportScope::View,
            view: "Opening".to_owned(),
            scale: 3,
            ..Default::default()
        },
    };
    store.save(&prefs).unwrap();
    assert_eq!(store.load().unwrap(), prefs);
    let text = std::fs::read_to_string(store.path()).unwrap();
    assert!(!text.contains('\r'), "{text:?}");
    assert!(text.contains("Dark"), "{text}");
}

#[test]
fn missing_preferences_are_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let store = PrefsFile::new(dir.path().join("never made"));
    assert_eq!(store.load().unwrap(), Prefs::default());
    assert_eq!(Prefs::default().theme, Theme::System);
    assert_eq!(Prefs::default().text_size, TextSize::Normal);
    assert!(
        !dir.path().join("never made").exists(),
        "loading creates nothing"
    );
}

#[test]
fn damaged_preferences_give_the_defaults_and_are_replaced_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let store = PrefsFile::new(dir.path());
    std::fs::write(store.path(), "(recent: [\"/maps/a.ron\", theme: Dar").unwrap();
    assert!(store.load().is_err());
    let (prefs, problem) = store.load_or_default();
    assert_eq!(prefs, Prefs::default());
    let problem = problem.unwrap().to_string();
    assert!(problem.contains("prefs.ron"), "{problem}");

    // The app starts as usual: no message in the way, and the defaults.
    let mut h = harness(ConveneApp::new(None).with_prefs(dir.path()));
    h.run();
    assert_eq!(h.state().banner(), None);
    assert_eq!(h.state().prefs(), &Prefs::default());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    assert_eq!(store.load().unwrap().text_size, TextSize::Large);
}

#[test]
fn older_preferences_without_some_fields_keep_what_they_have() {
    let dir = tempfile::tempdir().unwrap();
    let store = PrefsFile::new(dir.path());
    std::fs::write(store.path(), "(theme: Light)").unwrap();
    let prefs = store.load().unwrap();
    assert_eq!(prefs.theme, Theme::Light);
    assert_eq!(prefs.text_size, TextSize::Normal);
    assert!(prefs.recent.is_empty());
}

#[test]
fn recent_files_are_newest_first_without_duplicates_and_at_most_ten() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (0..12)
        .map(|i| map_file(dir.path(), &format!("map{i}.ron")))
        .collect();
    let mut prefs = Prefs::default();
    for f in &files {
        prefs.remember(f);
    }
    assert_eq!(prefs.recent.len(), MAX_RECENT);
    let newest: Vec<PathBuf> = files.iter().rev().take(MAX_RECENT).cloned().collect();
    assert_eq!(prefs.recent, newest);

    // The same file reached by another path moves to the front, once.
    let roundabout = dir.path().join(".").join("sub").join("..").join("map5.ron");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    prefs.remember(&roundabout);
    assert_eq!(prefs.recent[0], files[5]);
    assert_eq!(prefs.recent.len(), MAX_RECENT);
    assert_eq!(prefs.recent.iter().filter(|p| **p == files[5]).count(), 1);
    assert_eq!(prefs.recent[1], files[11]);

    assert!(prefs.forget(&files[11]));
    assert!(!prefs.forget(&files[11]));
    assert!(!prefs.recent.contains(&files[11]));
}

#[test]
fn text_size_steps_stop_at_the_ends() {
    assert_eq!(TextSize::Normal.smaller(), TextSize::Normal);
    assert_eq!(TextSize::Normal.larger(), TextSize::Large);
    assert_eq!(TextSize::Larger.larger(), TextSize::Largest);
    assert_eq!(TextSize::Largest.larger(), TextSize::Largest);
    assert!(TextSize::Largest.scale() > TextSize::Normal.scale());
}

// The editor.

#[test]
fn an_opened_file_is_listed_on_the_welcome_screen_of_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let prefs = dir.path().join("prefs");
    let first = map_file(dir.path(), "first.ron");
    let second = map_file(dir.path(), "second.ron");

    let mut h = harness(ConveneApp::new(Some(&first)).with_prefs(&prefs));
    h.run();
    drop_file(&mut h, &second);
    assert_eq!(h.state().path(), Some(second.as_path()));
    // Saving puts a file first too.
    h.state_mut().open_path(&first);
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::N);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!h.state().document().unwrap().is_modified());
    assert_eq!(saved_recent(&prefs), vec![first.clone(), second.clone()]);
    drop(h);

    let mut h = harness(ConveneApp::new(None).with_prefs(&prefs));
    h.run();
    assert!(h.state().document().is_none());
    let folder = dir.path().canonicalize().unwrap().display().to_string();
    assert!(h.query_all_by_label(&folder).count() >= 2, "folders shown");
    h.get_by_label("second.ron").click();
    h.run();
    assert_eq!(h.state().path(), Some(second.as_path()));
    assert_eq!(saved_recent(&prefs), vec![second, first]);
}

#[test]
fn a_recent_file_that_is_gone_says_so_and_leaves_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let prefs = dir.path().join("prefs");
    let kept = map_file(dir.path(), "kept.ron");
    let gone = map_file(dir.path(), "gone.ron");
    let mut h = harness(ConveneApp::new(Some(&kept)).with_prefs(&prefs));
    h.run();
    h.state_mut().open_path(&gone);
    drop(h);
    std::fs::remove_file(&gone).unwrap();

    let mut h = harness(ConveneApp::new(None).with_prefs(&prefs));
    h.run();
    h.get_by_label("gone.ron").click();
    h.run();
    assert!(h.state().document().is_none(), "nothing opened");
    let banner = h.state().banner().unwrap().to_owned();
    assert!(banner.contains("“gone.ron” is no longer in"), "{banner}");
    assert!(h.query_by_label_contains("is no longer in").is_some());
    assert!(
        h.query_by_label("gone.ron").is_none(),
        "off the welcome screen"
    );
    assert_eq!(h.state().prefs().recent, vec![kept.clone()]);
    assert_eq!(saved_recent(&prefs), vec![kept]);
}

#[test]
fn opening_a_recent_file_over_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let prefs = dir.path().join("prefs");
    let other = map_file(dir.path(), "other.ron");
    let mut h = harness(ConveneApp::new(Some(&other)).with_prefs(&prefs));
    h.run();
    drop(h);

    let mut h = harness(ConveneApp::new(None).with_prefs(&prefs));
    h.get_by_label("Referral guidelines").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), egui::Key::N);
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open recent").click();
    h.run();
    h.get_by_label_contains("other.ron").click();
    h.run();
    assert_eq!(h.state().pending(), Some(Pending::OpenPath(other.clone())));
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().path(), None, "the unsaved map stays");
    assert!(h.state().document().unwrap().is_modified());

    drop_file(&mut h, &other);
    assert_eq!(h.state().pending(), Some(Pending::OpenPath(other.clone())));
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().path(), Some(other.as_path()));
    assert!(!h.state().document().unwrap().is_modified());
}

#[test]
fn a_dropped_map_opens_and_another_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path(), "Dropped.RON");
    let photo = dir.path().join("photo.jpg");
    std::fs::write(&photo, b"not a map").unwrap();
    let mut h = harness(ConveneApp::new(None));
    h.run();

    drop_file(&mut h, &photo);
    assert!(h.state().document().is_none());
    let banner = h.state().banner().unwrap().to_owned();
    assert!(
        banner.contains("“photo.jpg” is not a file Convene can open"),
        "{banner}"
    );

    drop_file(&mut h, &map);
    assert_eq!(h.state().path(), Some(map.as_path()));
    assert_eq!(
        h.state().document().unwrap().map(),
        &convene::file::read(&map).unwrap()
    );
    assert_eq!(h.state().banner(), None);
}

#[test]
fn a_file_dragged_over_the_window_shows_what_will_happen() {
    let mut h = harness(ConveneApp::new(None));
    h.run();
    assert!(h.query_by_label("Drop the map here to open it").is_none());
    h.input_mut().hovered_files.push(egui::HoveredFile {
        path: Some(PathBuf::from("/maps/day1.ron")),
        ..Default::default()
    });
    // egui keeps drawing while a file hovers, so step rather than settle.
    h.run_steps(3);
    assert!(h.query_by_label("Drop the map here to open it").is_some());
    h.input_mut().hovered_files = vec![egui::HoveredFile {
        path: Some(PathBuf::from("/maps/notes.txt")),
        ..Default::default()
    }];
    h.run_steps(3);
    assert!(
        h.query_by_label("Only maps (.ron) and canvas files (.canvas) can be opened")
            .is_some()
    );
    h.input_mut().hovered_files.clear();
    h.run_steps(3);
    assert!(
        h.query_by_label("Only Convene maps (.ron files) can be opened")
            .is_none()
    );
}

#[test]
fn theme_and_text_size_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(ConveneApp::new(None).with_prefs(dir.path()));
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.0);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Theme").click();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Text size").click();
    h.run();
    h.get_by_label("Larger").click();
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.5);
    // Ctrl+- is one step down; the canvas keeps its own zoom keys.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.25);
    assert_eq!(h.state().prefs().text_size, TextSize::Large);
    drop(h);

    let saved = PrefsFile::new(dir.path()).load().unwrap();
    assert_eq!(
        (saved.theme, saved.text_size),
        (Theme::Dark, TextSize::Large)
    );
    let mut h = harness(ConveneApp::new(None).with_prefs(dir.path()));
    h.run();
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_eq!(h.ctx.zoom_factor(), 1.25);
}

#[test]
fn no_two_commands_share_a_shortcut() {
    use convene::app::Command;
    let mut seen = Vec::new();
    for command in Command::ALL {
        for shortcut in command.shortcuts() {
            if let Some((other, _)) = seen.iter().find(|(_, s)| *s == shortcut) {
                panic!("{command:?} and {other:?} share {shortcut:?}");
            }
            seen.push((command, shortcut));
        }
    }
    assert!(
        seen.iter()
            .any(|(c, _)| *c == Command::TextSize(convene::app::TextStep::Bigger))
    );
}
