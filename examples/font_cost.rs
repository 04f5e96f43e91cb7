//! What the fonts for every script cost at start-up: building the font
//! definitions, egui's fonts from them, laying out a line in each script,
//! and a whole first frame of a panel showing them, each against egui's
//! own fonts alone. Prints figures in milliseconds.
//!
//! Run it with `cargo run --release --example font_cost`.

use std::time::Instant;

use convene::app::script::{fonts, visual};
use eframe::egui::{self, FontDefinitions, FontId};

/// A line in each script, as names in a workshop map would be.
const LINES: [&str; 10] = [
    "社区卫生工作者",
    "訪問看護チーム",
    "지역 보건소",
    "الأطباء المتطوعون",
    "צוות רפואה קהילתית",
    "आशा कार्यकर्ता",
    "Κοινωνικοί λειτουργοί",
    "Переводчики 🌍",
    "Équipe שלום 2",
    "Social services",
];

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// A first frame of a fresh context with `definitions`: a panel with every
/// line; the time of the whole pass, fonts and tessellation included.
fn first_frame(definitions: FontDefinitions) -> f64 {
    let ctx = egui::Context::default();
    ctx.set_fonts(definitions);
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let start = Instant::now();
    let mut output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default_margins().show(ui, |ui| {
            for line in LINES {
                ui.label(visual(line).as_ref());
            }
        });
    });
    let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
    let took = ms(start);
    // No window here to send the font atlas to.
    output.textures_delta.clear();
    took
}

fn main() {
    let start = Instant::now();
    let definitions = fonts::definitions();
    println!("build the definitions:        {:7.3} ms", ms(start));

    let start = Instant::now();
    let mut with_scripts = egui::epaint::text::Fonts::new(Default::default(), definitions.clone());
    println!("egui's fonts from them:       {:7.3} ms", ms(start));

    let mut view = with_scripts.with_pixels_per_point(1.0);
    for line in LINES {
        let start = Instant::now();
        let _ = view.layout_no_wrap(
            visual(line).into_owned(),
            FontId::proportional(14.0),
            egui::Color32::WHITE,
        );
        println!("  lay out {line:<24} {:7.3} ms", ms(start));
    }

    let bare = first_frame(FontDefinitions::default());
    let scripts = first_frame(definitions);
    println!("first frame, egui's fonts:    {bare:7.3} ms (the scripts show as boxes)");
    println!("first frame, every script:    {scripts:7.3} ms");
}
