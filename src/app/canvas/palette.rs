//! The canvas's colours and badges, below both the scene (which records an
//! item's colour) and the painters (which use it).

use eframe::egui::Color32;

use crate::model::{ActivityKind, Colour, Severity};

/// The colour of a model colour.
pub fn colour(c: Colour) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// The colour of a boundary by its highest open severity.
pub fn severity_colour(severity: Option<Severity>) -> Color32 {
    match severity.map(Severity::get) {
        None => Color32::from_gray(150),
        Some(1) => Color32::from_rgb(0x9c, 0xb8, 0x6a),
        Some(2) => Color32::from_rgb(0xd6, 0xc1, 0x4a),
        Some(3) => Color32::from_rgb(0xe3, 0x9b, 0x3a),
        Some(4) => Color32::from_rgb(0xdc, 0x6a, 0x34),
        Some(_) => Color32::from_rgb(0xc8, 0x32, 0x32),
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
