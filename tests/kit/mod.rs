//! Driving the editor as a person does, for the UI tests: a window of the
//! usual size, clicks, drags and keys.
#![allow(
    dead_code,
    reason = "each test file uses a different part of these helpers"
)]

use convene::app::ConveneApp;
use eframe::egui::{self, Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;

/// The editor in a 1280×800 window.
pub fn harness(app: ConveneApp) -> Harness<'static, ConveneApp> {
    Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        // Short steps, so that two clicks in successive frames count as a double-click.
        .with_step_dt(0.05)
        .build_eframe(move |_| app)
}

/// The open map.
pub fn map(h: &Harness<'_, ConveneApp>) -> convene::Map {
    h.state().document().expect("a map is open").map().clone()
}

/// Presses or releases the main button.
pub fn press(h: &Harness<'_, ConveneApp>, pos: Pos2, pressed: bool) {
    h.event(egui::Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

/// Clicks `times` times in quick succession with `button`, holding
/// `modifiers`.
pub fn click_with(
    h: &mut Harness<'_, ConveneApp>,
    pos: Pos2,
    button: PointerButton,
    modifiers: Modifiers,
    times: usize,
) {
    h.event(egui::Event::ModifiersChanged(modifiers));
    h.hover_at(pos);
    h.step();
    for _ in 0..times {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos,
                button,
                pressed,
                modifiers,
            });
            h.step();
        }
    }
    h.run();
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

/// Clicks `times` times with the main button, holding `modifiers`.
pub fn click_at(h: &mut Harness<'_, ConveneApp>, pos: Pos2, modifiers: Modifiers, times: usize) {
    click_with(h, pos, PointerButton::Primary, modifiers, times);
}

/// Double-clicks.
pub fn double_click(h: &mut Harness<'_, ConveneApp>, pos: Pos2) {
    click_at(h, pos, Modifiers::NONE, 2);
}

/// Clicks with the other button, for a context menu.
pub fn right_click(h: &mut Harness<'_, ConveneApp>, pos: Pos2) {
    click_with(h, pos, PointerButton::Secondary, Modifiers::NONE, 1);
}

/// Drags with the main button, in a few steps.
pub fn drag(h: &mut Harness<'_, ConveneApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=5 {
        h.hover_at(from + (to - from) * (i as f32 / 5.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
}

/// Presses a key with modifiers.
pub fn keys(h: &mut Harness<'_, ConveneApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Types text into whatever has the keyboard.
pub fn type_text(h: &mut Harness<'_, ConveneApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

/// Undoes with Ctrl+Z until there is nothing left to undo.
pub fn undo_all(h: &mut Harness<'_, ConveneApp>) {
    while h.state().document().expect("a map is open").can_undo() {
        keys(h, Modifiers::COMMAND, Key::Z);
    }
}

/// A copy of an example map in `dir`, to open and change.
pub fn example_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("map.ron");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/coding-for-non-coders.ron"
        ),
        &path,
    )
    .unwrap_or_else(|e| panic!("copy the example: {e}"));
    path
}

/// Presses the window's close button.
pub fn request_close(h: &mut Harness<'_, ConveneApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
}

/// Presses Ctrl+C for one frame and gives back the text that frame put on
/// the system clipboard, if any.
pub fn copy_to_clipboard(h: &mut Harness<'_, ConveneApp>) -> Option<String> {
    h.input_mut().events.push(egui::Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    // One frame with the key in it, so that its output can be read.
    h.step();
    let text = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
    h.run();
    text
}
