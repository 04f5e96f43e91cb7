//! The keys presentation clickers send, and what each does.

use eframe::egui::{self, Key, Modifiers};

use super::Step;
use crate::app::ConveneApp;
use crate::app::command::Command;
use crate::app::request::Request;

/// Each key and the step it asks for. Clickers send Page Down and Page Up;
/// people at a keyboard use Space and the arrows; B (or the full stop, as
/// some clickers send) blanks the screen.
const KEYS: [(Key, Step); 11] = [
    (Key::PageDown, Step::Next),
    (Key::Space, Step::Next),
    (Key::ArrowRight, Step::Next),
    (Key::ArrowDown, Step::Next),
    (Key::PageUp, Step::Previous),
    (Key::ArrowLeft, Step::Previous),
    (Key::ArrowUp, Step::Previous),
    (Key::Home, Step::First),
    (Key::End, Step::Last),
    (Key::B, Step::Blank),
    (Key::Period, Step::Blank),
];

impl ConveneApp {
    /// Turns the step keys pressed this frame into requests, and Escape
    /// into leaving the presentation (unless a menu or a drag takes it).
    /// Called only while presenting and while no text field has the
    /// keyboard, so a name typed on the map keeps its spaces and arrows and
    /// its Escape only ends the typing.
    pub(crate) fn step_keys(&mut self, ctx: &egui::Context, escape_taken: bool) {
        if !escape_taken && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.requests.run(Command::StopPresenting);
        }
        for (key, step) in KEYS {
            while ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                self.requests.push(Request::Step(step));
            }
        }
    }
}
