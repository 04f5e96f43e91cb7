//! The canvas's colours and badges, below both the scene (which records an
//! item's colour) and the painters (which use it).

use eframe::egui::Color32;

use crate::model::{ActivityKind, Colour, Severity};

/// The colour of a model colour.
pub fn colour(c: Colour) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// The severity scale on a light canvas, 1 to 5: a teal, an olive, a red,
/// a brick and a deep plum, each darker than the one before (so the order
/// holds for every kind of colour vision), each at least 3:1 against white.
const LIGHT_SCALE: [Color32; 5] = [
    Color32::from_rgb(0x0b, 0xa0, 0x9c),
    Color32::from_rgb(0x87, 0x7b, 0x57),
    Color32::from_rgb(0xba, 0x18, 0x01),
    Color32::from_rgb(0x8a, 0x2c, 0x30),
    Color32::from_rgb(0x40, 0x00, 0x32),
];

/// The severity scale on a dark canvas, 1 to 5: a blue, a lilac, a pink, an
/// apricot and a yellow, lighter step by step, each at least 3:1 against
/// the dark canvas.
const DARK_SCALE: [Color32; 5] = [
    Color32::from_rgb(0x00, 0x7b, 0xfd),
    Color32::from_rgb(0xcb, 0x8c, 0xdd),
    Color32::from_rgb(0xff, 0x72, 0x93),
    Color32::from_rgb(0xff, 0xb7, 0x74),
    Color32::from_rgb(0xff, 0xf9, 0x4f),
];

/// The colour of a severity (none: no open tension) on a light or `dark`
/// canvas. The number is always drawn with it, so colour is never the
/// only sign.
pub fn severity_colour(severity: Option<Severity>, dark: bool) -> Color32 {
    let scale = if dark { &DARK_SCALE } else { &LIGHT_SCALE };
    match severity.map(Severity::get) {
        None if dark => Color32::from_gray(120),
        None => Color32::from_gray(140),
        Some(n) => scale[usize::from(n.clamp(1, 5)) - 1],
    }
}

/// The colour of an activity card's badge.
pub const BADGE: Color32 = Color32::from_rgb(0x4a, 0x5a, 0x7a);

/// A short badge for each kind of activity.
pub fn activity_badge(kind: &ActivityKind) -> &'static str {
    use crate::model::ActivityKind as K;
    match kind {
        K::Breakthrough => "BT",
        K::BoundaryProject => "BP",
        K::JointResponse => "JR",
        K::RequestForOpinion => "RO",
        K::Visit => "VI",
        K::Workshop => "WS",
        K::OutsourcedTraining => "OT",
        K::Certification => "CE",
        K::Other(_) => "··",
    }
}

/// The colour that marks confidential items: a deep red that reads on
/// both themes and on every note colour, with white text on it.
pub const CONFIDENTIAL: Color32 = Color32::from_rgb(178, 24, 43);

/// The ring around an item that differs from the compared copy: a violet
/// that stands out on the light and the dark canvas, and that is neither
/// the selection's blue nor the keyboard focus ring's text colour.
pub const COMPARED: Color32 = Color32::from_rgb(0xc0, 0x30, 0xc0);

#[cfg(test)]
mod tests {
    use super::*;

    /// A colour's channel as linear light.
    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    /// WCAG relative luminance.
    fn luminance(c: Color32) -> f64 {
        0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b())
    }

    /// WCAG contrast ratio.
    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// CIELAB (D65) of an sRGB colour.
    fn lab(c: Color32) -> [f64; 3] {
        let (r, g, b) = (linear(c.r()), linear(c.g()), linear(c.b()));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// CIE76 colour difference.
    fn delta_e(a: Color32, b: Color32) -> f64 {
        let (a, b) = (lab(a), lab(b));
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
    }

    /// Each step of the severity scale stands out from its neighbours
    /// (ΔE at least 20) and from the canvas (3:1, the least for graphics),
    /// on the light and on the dark theme.
    #[test]
    fn severity_steps_are_distinct_and_stand_out_on_both_themes() {
        let canvases = [
            (false, eframe::egui::Visuals::light().extreme_bg_color),
            (true, eframe::egui::Visuals::dark().extreme_bg_color),
        ];
        for (dark, canvas) in canvases {
            let steps: Vec<Color32> = (1..=5)
                .map(|n| severity_colour(Severity::new(n).ok(), dark))
                .collect();
            for (n, &c) in steps.iter().enumerate() {
                let ratio = contrast(c, canvas);
                assert!(
                    ratio >= 3.0,
                    "dark {dark}: step {} has contrast {ratio:.2}",
                    n + 1
                );
            }
            for (n, pair) in steps.windows(2).enumerate() {
                let d = delta_e(pair[0], pair[1]);
                assert!(
                    d >= 20.0,
                    "dark {dark}: steps {} and {} are ΔE {d:.1} apart",
                    n + 1,
                    n + 2
                );
            }
        }
    }

    /// The compare ring stands out on both canvases (3:1), and differs
    /// from the selection's outline and the focus ring's text colour (ΔE
    /// at least 20) on both themes and on the projector's light style.
    #[test]
    fn the_compare_ring_stands_out_and_differs_from_selection_and_focus() {
        let (light, dark) = (
            eframe::egui::Visuals::light(),
            eframe::egui::Visuals::dark(),
        );
        // The projector's style is light, black on white.
        let themes = [
            (
                "light",
                &light,
                light.strong_text_color(),
                light.extreme_bg_color,
            ),
            (
                "dark",
                &dark,
                dark.strong_text_color(),
                dark.extreme_bg_color,
            ),
            ("projector", &light, Color32::BLACK, Color32::WHITE),
        ];
        for (name, v, text, canvas) in themes {
            let ratio = contrast(COMPARED, canvas);
            assert!(ratio >= 3.0, "{name}: contrast {ratio:.2}");
            for (what, other) in [
                ("selection", v.selection.stroke.color),
                ("focus ring", text),
            ] {
                let d = delta_e(COMPARED, other);
                assert!(d >= 20.0, "{name}: ΔE {d:.1} from the {what}");
            }
        }
    }

    /// The sums behind the test above agree with known values.
    #[test]
    fn the_colour_sums_match_known_values() {
        assert!((contrast(Color32::WHITE, Color32::BLACK) - 21.0).abs() < 0.01);
        let white = lab(Color32::WHITE);
        assert!((white[0] - 100.0).abs() < 0.1 && white[1].abs() < 0.5 && white[2].abs() < 0.5);
        // Pure sRGB red is about L 53.2, a 80.1, b 67.2.
        let red = lab(Color32::from_rgb(255, 0, 0));
        assert!(
            (red[0] - 53.2).abs() < 0.5
                && (red[1] - 80.1).abs() < 1.0
                && (red[2] - 67.2).abs() < 1.0
        );
    }
}
