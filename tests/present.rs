//! Saved views and presentation mode, as a facilitator uses them: views
//! saved, renamed, reordered, updated and deleted from the Views panel,
//! kept in the file, and a talk stepped through with a clicker's keys.
#![allow(
    clippy::unwrap_used,
    reason = "in a test a panic is the report; helpers outside #[test] functions count too"
)]

mod kit;

use convene::Edit;
use convene::app::{Command, ConveneApp};
use convene::model::{Point, Reveal, SavedView, Size};
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kit::*;

/// A harness on a copy of an example map, in a folder that lasts as long
/// as the returned guard.
fn open_copy() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, ConveneApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut h = harness(ConveneApp::new(Some(&path)));
    h.run();
    (dir, path, h)
}

/// Gives the open map these views, as one edit.
fn set_views(h: &mut Harness<'_, ConveneApp>, views: Vec<SavedView>) {
    assert!(h.state_mut().apply(Edit::SetViews(views), None, None));
    h.run();
}

/// A view of a region around `centre`, `w` by `h` map units.
fn view(name: &str, centre: (f32, f32), w: f32, h: f32, reveal: Reveal) -> SavedView {
    let mut v = SavedView::new(name, Point::new(centre.0, centre.1), Size::new(w, h));
    v.reveal = reveal;
    v
}

/// How many labels on screen contain `text`.
fn count(h: &Harness<'_, ConveneApp>, text: &str) -> usize {
    h.query_all_by_label_contains(text).count()
}

fn press(h: &mut Harness<'_, ConveneApp>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Opens the Views panel from the toolbar.
fn open_panel(h: &mut Harness<'_, ConveneApp>) {
    h.get_by_label("Views").click();
    h.run();
    assert!(h.query_by_label("Save current view").is_some());
}

/// Saves what the canvas shows as a view, under the name offered.
fn save_view(h: &mut Harness<'_, ConveneApp>) {
    h.get_by_label("Save current view").click();
    h.run();
    h.get_by_label("Save").click();
    h.run();
}

/// Where the canvas is: the node named "Map" that is not the inspector's
/// heading of the same name.
fn canvas_rect(h: &Harness<'_, ConveneApp>) -> egui::Rect {
    h.query_all_by_label("Map")
        .find(|n| !matches!(n.accesskit_node().role(), Role::Label | Role::TextRun))
        .unwrap()
        .rect()
}

fn names(h: &Harness<'_, ConveneApp>) -> Vec<String> {
    map(h).views.iter().map(|v| v.name.clone()).collect()
}

#[test]
fn saving_a_view_from_the_panel_puts_what_the_canvas_shows_in_the_map() {
    let (_dir, _path, mut h) = open_copy();
    assert!(map(&h).views.is_empty());
    open_panel(&mut h);
    h.get_by_label("Save current view").click();
    h.run();
    // The name is asked for, with one offered.
    let field = h.get_by_role_and_label(Role::TextInput, "Name of the view");
    assert_eq!(field.value().as_deref(), Some("View 1"));
    field.focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Name of the view")
        .type_text("Opening");
    h.run();
    press(&mut h, Key::Enter);

    let views = map(&h).views;
    assert_eq!(views.len(), 1, "{views:?}");
    let saved = &views[0];
    assert_eq!(saved.name, "Opening");
    assert_eq!(
        saved.reveal,
        Reveal::Activities,
        "everything shows unless chosen"
    );
    // The region is what the canvas shows: centred on the camera, as wide
    // as the canvas in map units.
    let camera = h.state().camera();
    assert!(
        (saved.centre.x - camera.centre.x).abs() < 0.5,
        "{saved:?} {camera:?}"
    );
    assert!(
        (saved.centre.y - camera.centre.y).abs() < 0.5,
        "{saved:?} {camera:?}"
    );
    let canvas = canvas_rect(&h);
    assert!(
        (saved.size.w * camera.zoom - canvas.width()).abs() < 1.0,
        "{saved:?}"
    );
    assert!(
        (saved.size.h * camera.zoom - canvas.height()).abs() < 1.0,
        "{saved:?}"
    );
    // The row shows it, and the save undoes in one step.
    assert!(h.query_by_label("Go to Opening").is_some());
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(map(&h).views.is_empty());
}

#[test]
fn views_are_renamed_reordered_updated_and_deleted_and_each_change_undoes() {
    let (_dir, _path, mut h) = open_copy();
    open_panel(&mut h);
    save_view(&mut h);
    save_view(&mut h);
    assert_eq!(names(&h), ["View 1", "View 2"]);

    // Rename.
    h.get_by_label("Rename View 1").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "New name for View 1")
        .type_text("Opening");
    h.run();
    press(&mut h, Key::Enter);
    assert_eq!(names(&h), ["Opening", "View 2"]);
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(names(&h), ["View 1", "View 2"]);
    keys(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(names(&h), ["Opening", "View 2"]);

    // Reorder.
    h.get_by_label("Move View 2 up").click();
    h.run();
    assert_eq!(names(&h), ["View 2", "Opening"]);
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(names(&h), ["Opening", "View 2"]);
    h.get_by_label("Move Opening down").click();
    h.run();
    assert_eq!(names(&h), ["View 2", "Opening"]);
    keys(&mut h, Modifiers::COMMAND, Key::Z);

    // Update: zoomed in, the view keeps the smaller region.
    let before = map(&h).views[1].clone();
    press(&mut h, Key::Plus);
    h.get_by_label("Update View 2").click();
    h.run();
    let after = map(&h).views[1].clone();
    assert_eq!(after.name, "View 2");
    assert!(after.size.w < before.size.w * 0.9, "{before:?} → {after:?}");
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).views[1], before);

    // How much it reveals.
    h.get_by_label("What View 2 shows: Everything").click();
    h.run();
    h.get_by_label("Communities only").click();
    h.run();
    assert_eq!(map(&h).views[1].reveal, Reveal::Communities);
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).views[1].reveal, Reveal::Activities);

    // Delete.
    h.get_by_label("Delete Opening").click();
    h.run();
    assert_eq!(names(&h), ["View 2"]);
    keys(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(names(&h), ["Opening", "View 2"]);
}

#[test]
fn views_survive_saving_and_opening_again() {
    let (_dir, path, mut h) = open_copy();
    open_panel(&mut h);
    save_view(&mut h);
    press(&mut h, Key::Minus);
    save_view(&mut h);
    h.get_by_label("What View 2 shows: Everything").click();
    h.run();
    h.get_by_label("Plus tensions").click();
    h.run();
    let views = map(&h).views;
    assert_eq!(views.len(), 2);
    keys(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().document().unwrap().is_modified());

    let mut again = harness(ConveneApp::new(Some(&path)));
    again.run();
    assert_eq!(map(&again).views, views);
    assert_eq!(map(&again).views[1].reveal, Reveal::Tensions);
}

#[test]
fn a_talk_steps_through_the_views_with_a_clickers_keys() {
    let (_dir, _path, mut h) = open_copy();
    let views = vec![
        view("Opening", (0.0, 0.0), 1400.0, 1000.0, Reveal::Communities),
        view(
            "Developers",
            (-200.0, -280.0),
            400.0,
            300.0,
            Reveal::Activities,
        ),
        view("Finance", (330.0, 280.0), 300.0, 500.0, Reveal::Activities),
    ];
    set_views(&mut h, views.clone());
    press(&mut h, Key::F5);
    assert_eq!(h.state().presentation(), Some((1, 3, false)));

    // Each step shows its own region, whole and centred, and the counter
    // says where the talk is.
    let at = |h: &Harness<'_, ConveneApp>, step: usize| {
        let label = format!("{} / 3", step);
        assert!(h.query_by_label(&label).is_some(), "no counter {label}");
        let v = &views[step - 1];
        let camera = h.state().camera();
        assert!(
            (camera.centre.x - v.centre.x).abs() < 0.5,
            "step {step}: {camera:?}"
        );
        assert!(
            (camera.centre.y - v.centre.y).abs() < 0.5,
            "step {step}: {camera:?}"
        );
        let canvas = canvas_rect(h);
        let (w, hh) = (v.size.w * camera.zoom, v.size.h * camera.zoom);
        assert!(
            w <= canvas.width() + 0.5 && hh <= canvas.height() + 0.5,
            "step {step}"
        );
        assert!(
            (w - canvas.width()).abs() < 0.5 || (hh - canvas.height()).abs() < 0.5,
            "step {step}: the region fills the canvas one way"
        );
    };
    at(&h, 1);
    for (key, step) in [
        (Key::PageDown, 2),
        (Key::Space, 3),
        (Key::Space, 3),
        (Key::PageUp, 2),
        (Key::ArrowLeft, 1),
        (Key::ArrowLeft, 1),
        (Key::ArrowRight, 2),
        (Key::ArrowDown, 3),
        (Key::ArrowUp, 2),
        (Key::Home, 1),
        (Key::End, 3),
    ] {
        press(&mut h, key);
        assert_eq!(h.state().presentation(), Some((step, 3, false)), "{key:?}");
        at(&h, step);
    }
    // Stepping is not an edit.
    assert_eq!(map(&h).views, views);

    // The Views panel starts a talk from any view.
    press(&mut h, Key::Escape);
    assert_eq!(h.state().presentation(), None);
    open_panel(&mut h);
    h.get_by_label("Present from Developers").click();
    h.run();
    assert_eq!(h.state().presentation(), Some((2, 3, false)));
    at(&h, 2);
}

#[test]
fn each_reveal_level_shows_only_what_it_should() {
    let (_dir, _path, mut h) = open_copy();
    let whole = |name, reveal| view(name, (120.0, 0.0), 1600.0, 1100.0, reveal);
    set_views(
        &mut h,
        vec![
            whole("Who is here", Reveal::Communities),
            whole("Where they meet", Reveal::Boundaries),
            whole("What is hard", Reveal::Tensions),
            whole("What we do", Reveal::Activities),
        ],
    );
    // Editing shows everything.
    assert!(count(&h, "Activity: ") > 0);
    press(&mut h, Key::F5);

    assert!(count(&h, "Community: ") >= 3);
    assert_eq!(count(&h, "Boundary: "), 0);
    assert_eq!(count(&h, "Activity: "), 0);

    press(&mut h, Key::PageDown);
    assert!(count(&h, "Boundary: ") > 0);
    assert_eq!(
        count(&h, "Boundary: "),
        count(&h, "0 tensions"),
        "no tensions yet"
    );
    assert_eq!(count(&h, "Activity: "), 0);

    press(&mut h, Key::PageDown);
    assert!(
        count(&h, "Boundary: ") > count(&h, "0 tensions"),
        "tensions now show"
    );
    assert_eq!(count(&h, "Activity: "), 0);

    press(&mut h, Key::PageDown);
    assert!(count(&h, "Activity: ") > 0);
    // Nothing confidential at any step.
    assert_eq!(count(&h, "confidential"), 0);
}

#[test]
fn b_blanks_the_screen_and_comes_back() {
    let (_dir, _path, mut h) = open_copy();
    set_views(
        &mut h,
        vec![
            view("One", (0.0, 0.0), 1400.0, 1000.0, Reveal::Activities),
            view("Two", (330.0, 280.0), 300.0, 500.0, Reveal::Activities),
        ],
    );
    press(&mut h, Key::F5);
    assert!(count(&h, "Community: ") > 0);

    press(&mut h, Key::B);
    assert_eq!(h.state().presentation(), Some((1, 2, true)));
    assert!(h.query_by_label_contains("Blank screen").is_some());
    assert_eq!(count(&h, "Community: "), 0);
    assert!(
        h.query_by_label("1 / 2").is_none(),
        "a blank screen is blank"
    );

    press(&mut h, Key::B);
    assert!(h.query_by_label_contains("Blank screen").is_none());
    assert!(count(&h, "Community: ") > 0);
    assert!(h.query_by_label("1 / 2").is_some());

    // Any step key brings the screen back where it was.
    press(&mut h, Key::B);
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().presentation(), Some((1, 2, false)));
    assert!(count(&h, "Community: ") > 0);
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().presentation(), Some((2, 2, false)));
}

#[test]
fn a_community_and_a_note_made_during_the_talk_stay_and_escape_brings_the_editor_back() {
    let (_dir, _path, mut h) = open_copy();
    // A view whose filter is in use in the editor, from the Views panel.
    let mut picked = view(
        "Stereotypes",
        (0.0, 0.0),
        1400.0,
        1000.0,
        Reveal::Activities,
    );
    picked.filter.tension_kinds = vec![convene::model::TensionKind::Stereotypes];
    set_views(&mut h, vec![picked]);
    open_panel(&mut h);
    h.get_by_label("Go to Stereotypes").click();
    h.run();
    h.get_by_label("Close window").click();
    h.run();
    // The talk shows the view with nothing picked out.
    set_views(
        &mut h,
        vec![
            view(
                "Stereotypes",
                (0.0, 0.0),
                1400.0,
                1000.0,
                Reveal::Activities,
            ),
            view("Finance", (330.0, 280.0), 300.0, 500.0, Reveal::Activities),
        ],
    );

    let ctx = h.ctx.clone();
    let before = (
        h.state().camera(),
        h.state().dimmed().clone(),
        ctx.zoom_factor(),
        ctx.options(|o| o.theme_preference),
    );
    assert!(
        !before.1.is_empty(),
        "going to the view put its filter in use"
    );
    assert!(!h.state().availability(Command::SharingScreen).checked);
    assert!(count(&h, "(confidential)") > 0);
    assert!(h.query_by_label("File").is_some());
    let communities = map(&h).communities.len();

    press(&mut h, Key::F5);
    assert!(h.state().presentation().is_some());
    // The projector look, without menus, toolbar or panels, nothing
    // confidential.
    assert!(ctx.zoom_factor() > before.2);
    assert_eq!(
        ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
    assert!(h.query_by_label("File").is_none());
    assert!(h.query_by_label("Present").is_none());
    assert!(h.state().availability(Command::SharingScreen).checked);
    assert_eq!(count(&h, "(confidential)"), 0);
    assert!(
        h.state().dimmed().is_empty(),
        "the view's own filter is in use"
    );

    // Double-click on empty canvas adds a community; its name is typed
    // straight away, and the typing keys are not steps.
    double_click(&mut h, pos2(30.0, 30.0));
    assert_eq!(map(&h).communities.len(), communities + 1);
    h.get_by_role_and_label(Role::TextInput, "Name on canvas")
        .type_text("arrivals");
    h.run();
    press(&mut h, Key::Home);
    type_text(&mut h, "Late ");
    press(&mut h, Key::End);
    press(&mut h, Key::Enter);
    assert_eq!(count(&h, "Community: Late arrivals"), 1);
    assert_eq!(h.state().presentation(), Some((1, 2, false)));

    // A note typed during the talk shows on the map.
    keys(&mut h, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);
    type_text(&mut h, "Parking lot: budget");
    press(&mut h, Key::Enter);
    assert_eq!(count(&h, "Note: Parking lot: budget"), 1);
    assert_eq!(h.state().presentation(), Some((1, 2, false)));

    // Escape while typing ends the typing, not the talk.
    double_click(&mut h, pos2(30.0, 80.0));
    assert!(h.query_by_label("Name on canvas").is_some());
    press(&mut h, Key::Escape);
    assert!(h.query_by_label("Name on canvas").is_none());
    assert!(h.state().presentation().is_some());

    press(&mut h, Key::PageDown);
    assert_eq!(h.state().presentation(), Some((2, 2, false)));
    press(&mut h, Key::Escape);
    assert_eq!(h.state().presentation(), None);
    let after = (
        h.state().camera(),
        ctx.zoom_factor(),
        ctx.options(|o| o.theme_preference),
    );
    assert_eq!(after, (before.0, before.2, before.3));
    // The editor's filter is back: what it faded is faded again (and the
    // new community, which it does not pick out, with it).
    assert!(before.1.is_subset(h.state().dimmed()));
    assert_eq!(h.state().dimmed().len(), before.1.len() + 3);
    assert!(!h.state().availability(Command::SharingScreen).checked);
    assert!(count(&h, "(confidential)") > 0);
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("Present").is_some());
    assert!(count(&h, "Community: Late arrivals") == 1);
    assert!(
        map(&h)
            .communities
            .iter()
            .any(|c| c.name == "Late arrivals")
    );
}

#[test]
fn saving_during_a_talk_writes_the_whole_map_and_nothing_of_the_talk() {
    let (_dir, path, mut h) = open_copy();
    set_views(
        &mut h,
        vec![
            view(
                "Who is here",
                (0.0, 0.0),
                1400.0,
                1000.0,
                Reveal::Communities,
            ),
            view("Finance", (330.0, 280.0), 300.0, 500.0, Reveal::Tensions),
        ],
    );
    keys(&mut h, Modifiers::COMMAND, Key::S);
    let before = std::fs::read_to_string(&path).unwrap();

    // Mid-talk, confidential items and activities hidden, the screen blank.
    press(&mut h, Key::F5);
    press(&mut h, Key::PageDown);
    press(&mut h, Key::B);
    assert_eq!(h.state().presentation(), Some((2, 2, true)));
    keys(&mut h, Modifiers::COMMAND, Key::S);
    let during = std::fs::read_to_string(&path).unwrap();
    assert_eq!(during, before, "the talk changes nothing in the file");
    assert!(
        during.contains("error counts per person"),
        "confidential notes are kept"
    );
    assert!(
        during.contains("Monthly code review"),
        "hidden activities are kept"
    );
}

#[test]
fn shift_f5_presents_from_the_view_nearest_the_camera_and_f5_from_the_first() {
    let (_dir, _path, mut h) = open_copy();
    keys(&mut h, Modifiers::COMMAND, Key::Num0);
    let here = h.state().camera().centre;
    let near = |dx: f32, dy: f32, name: &str| {
        view(
            name,
            (here.x + dx, here.y + dy),
            400.0,
            300.0,
            Reveal::Activities,
        )
    };
    // The second view is the one nearest the part of the map shown now.
    set_views(
        &mut h,
        vec![
            near(-900.0, 0.0, "Far left"),
            near(40.0, -30.0, "Here"),
            near(0.0, 700.0, "Below"),
        ],
    );
    keys(&mut h, Modifiers::SHIFT, Key::F5);
    assert_eq!(h.state().presentation(), Some((2, 3, false)));
    let camera = h.state().camera();
    assert!(
        (camera.centre.x - (here.x + 40.0)).abs() < 0.5,
        "{camera:?}"
    );
    press(&mut h, Key::Escape);
    assert_eq!(h.state().presentation(), None);
    assert_eq!(h.state().camera().centre, here, "the camera is put back");

    // F5 still starts from the first.
    press(&mut h, Key::F5);
    assert_eq!(h.state().presentation(), Some((1, 3, false)));
    press(&mut h, Key::Escape);

    // Moved near the third view, Shift+F5 starts there.
    set_views(
        &mut h,
        vec![
            near(-900.0, 0.0, "Far left"),
            near(600.0, 0.0, "Right"),
            near(0.0, 20.0, "Here"),
        ],
    );
    keys(&mut h, Modifiers::SHIFT, Key::F5);
    assert_eq!(h.state().presentation(), Some((3, 3, false)));
}
