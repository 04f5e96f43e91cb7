//! The projector look: a light, high-contrast theme and larger text for
//! the length of a presentation. The person's own theme, text size and
//! style are left untouched in the preferences and come back on leaving.

use std::sync::Arc;

use eframe::egui::{self, Color32};

use crate::file::{TextSize, Theme};

/// The person's own light style, kept while the projector look is on.
#[derive(Debug, Default)]
pub struct Look {
    kept: Option<Arc<egui::Style>>,
}

/// The smallest text size a projector gets.
const PROJECTOR_TEXT: TextSize = TextSize::Larger;

/// The theme and text size a projector shows, from the person's own.
pub fn projector(size: TextSize) -> (Theme, TextSize) {
    let size = if size.scale() >= PROJECTOR_TEXT.scale() {
        size
    } else {
        PROJECTOR_TEXT
    };
    (Theme::Light, size)
}

impl Look {
    /// Turns the high-contrast light style on or off.
    pub fn set(&mut self, ctx: &egui::Context, on: bool) {
        if on {
            if self.kept.is_none() {
                self.kept = Some(ctx.style_of(egui::Theme::Light));
                ctx.style_mut_of(egui::Theme::Light, high_contrast);
            }
        } else if let Some(style) = self.kept.take() {
            ctx.set_style_of(egui::Theme::Light, style);
        }
    }
}

/// Black on white: a projector washes out greys and pale backgrounds.
fn high_contrast(style: &mut egui::Style) {
    let v = &mut style.visuals;
    v.extreme_bg_color = Color32::WHITE;
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.override_text_color = Some(Color32::BLACK);
    v.weak_text_color = Some(Color32::from_gray(60));
    v.widgets.noninteractive.fg_stroke.color = Color32::BLACK;
    v.widgets.active.fg_stroke.color = Color32::BLACK;
}
