//! The legend: what the canvas's colours, badges and shapes mean.

use eframe::egui::{self, Color32, CornerRadius, Sense, Stroke, StrokeKind, Ui, vec2};

use crate::app::canvas::palette as draw;
use crate::model::{ActivityKind, Severity};

/// Shows the legend, folded away until opened.
pub fn ui(ui: &mut Ui) {
    let section = egui::CollapsingHeader::new("Legend")
        .id_salt("legend")
        .show(ui, |ui| {
            ui.weak("A boundary's colour and number: its most severe tension not yet resolved.");
            let mut rows: Vec<(Option<Severity>, String)> = vec![(None, "No open tension".into())];
            for n in 1..=5 {
                let words = match n {
                    1 => "1, mild",
                    5 => "5, severe",
                    2 => "2",
                    3 => "3",
                    _ => "4",
                };
                rows.push((Severity::new(n).ok(), words.to_owned()));
            }
            let dark = ui.visuals().dark_mode;
            for (severity, words) in rows {
                ui.horizontal(|ui| {
                    swatch(ui, |p, r| {
                        p.circle_filled(r.center(), 6.0, draw::severity_colour(severity, dark));
                    });
                    ui.label(words);
                });
            }
            ui.add_space(4.0);
            ui.weak("Activity badges");
            for kind in ActivityKind::NAMED
                .iter()
                .chain([&ActivityKind::Other(String::new())])
            {
                ui.horizontal(|ui| {
                    let badge = egui::RichText::new(draw::activity_badge(kind))
                        .monospace()
                        .strong();
                    ui.add_sized([28.0, 16.0], egui::Label::new(badge));
                    let name = match kind {
                        ActivityKind::Other(_) => "A kind of your own",
                        k => k.label(),
                    };
                    ui.label(name);
                });
            }
            ui.add_space(4.0);
            ui.weak("Shapes");
            let ink = ui.visuals().strong_text_color();
            ui.horizontal(|ui| {
                swatch(ui, |p, r| {
                    p.circle_stroke(r.center(), 6.0, Stroke::new(1.5, ink));
                });
                ui.label("Community: a circle");
            });
            ui.horizontal(|ui| {
                swatch(ui, |p, r| {
                    p.rect_stroke(
                        r.shrink2(vec2(1.0, 3.0)),
                        CornerRadius::same(2),
                        Stroke::new(1.5, ink),
                        StrokeKind::Inside,
                    );
                });
                ui.label("Stakeholder: a box");
            });
            ui.horizontal(|ui| {
                swatch(ui, |p, r| {
                    p.circle_filled(r.center(), 6.0, Color32::GRAY.gamma_multiply(0.3));
                });
                ui.label("Faded: left out by a filter or a search");
            });
        });
    super::access::section_state(&section);
}

/// A small square to draw a sample in.
fn swatch(ui: &mut Ui, draw: impl FnOnce(&egui::Painter, egui::Rect)) {
    let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), Sense::hover());
    draw(ui.painter(), rect);
}
