//! The colours of a picture: the display list's symbolic inks resolved for
//! a look, and, for print, fills made light so that paper is not soaked.

use eframe::egui::{Color32, Visuals};

use crate::app::canvas::display::Ink;
use crate::app::canvas::palette::{CONFIDENTIAL, severity_colour};
use crate::export::Look;
use crate::model::Severity;

/// The colours of one look.
#[derive(Debug, Clone, Copy)]
pub struct Inks {
    /// The look.
    pub look: Look,
    text: Color32,
    weak_text: Color32,
    panel: Color32,
    canvas: Color32,
    dark: bool,
}

impl Inks {
    /// The inks of `look`: light and dark as the editor's themes, print as
    /// black on white.
    pub fn of(look: Look) -> Self {
        let theme = |v: Visuals| Self {
            look,
            text: v.strong_text_color(),
            weak_text: v.weak_text_color(),
            panel: v.panel_fill,
            canvas: v.extreme_bg_color,
            dark: v.dark_mode,
        };
        match look {
            Look::Light => theme(Visuals::light()),
            Look::Dark => theme(Visuals::dark()),
            Look::Print => Self {
                look,
                text: Color32::from_gray(20),
                weak_text: Color32::from_gray(95),
                panel: Color32::WHITE,
                canvas: Color32::WHITE,
                dark: false,
            },
        }
    }

    /// The colour of an ink.
    pub fn colour(&self, ink: Ink) -> Color32 {
        match ink {
            Ink::Rgb(c) => c,
            Ink::Text => self.text,
            Ink::WeakText => self.weak_text,
            Ink::Panel => self.panel,
            Ink::Canvas => self.canvas,
            Ink::Severity(n) => severity_colour(Severity::new(n).ok(), self.dark),
        }
    }

    /// The background of the picture.
    pub fn background(&self) -> Color32 {
        self.canvas
    }

    /// A shape's fill as printed: on paper a solid fixed colour becomes a
    /// light tint of itself (gives back the tint, or none to keep it).
    /// Severity colours and the confidential red stay as they are: they
    /// carry meaning.
    pub fn lightened(&self, fill: Ink) -> Option<Color32> {
        match (self.look, fill) {
            (Look::Print, Ink::Rgb(c)) if c.a() == 255 && c != CONFIDENTIAL => Some(tint(c, 0.22)),
            _ => None,
        }
    }
}

/// `c` mixed with white: `k` of the colour, the rest white.
fn tint(c: Color32, k: f32) -> Color32 {
    let mix = |v: u8| (f32::from(v) * k + 255.0 * (1.0 - k)).round() as u8;
    Color32::from_rgb(mix(c.r()), mix(c.g()), mix(c.b()))
}

/// A colour as SVG paint: `#rrggbb`, and its opacity when not opaque.
pub fn paint(c: Color32) -> (String, Option<f32>) {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    let hex = format!("#{r:02x}{g:02x}{b:02x}");
    (hex, (a < 255).then(|| f32::from(a) / 255.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_looks_have_their_own_backgrounds() {
        let [light, dark, print] = [Look::Light, Look::Dark, Look::Print].map(Inks::of);
        assert_ne!(light.background(), dark.background());
        assert_eq!(print.background(), Color32::WHITE);
        assert_ne!(light.colour(Ink::Text), dark.colour(Ink::Text));
        assert_ne!(
            light.colour(Ink::Severity(5)),
            dark.colour(Ink::Severity(5))
        );
    }

    #[test]
    fn print_lightens_solid_fills_but_not_meaning() {
        let print = Inks::of(Look::Print);
        let blue = Color32::from_rgb(0x1f, 0x4e, 0x9c);
        let light = print.lightened(Ink::Rgb(blue)).expect("lightened");
        assert!(light.r() > 190 && light.g() > 190);
        assert_eq!(print.lightened(Ink::Rgb(CONFIDENTIAL)), None);
        assert_eq!(print.lightened(Ink::Severity(3)), None);
        assert_eq!(Inks::of(Look::Light).lightened(Ink::Rgb(blue)), None);
    }
}
