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
