//! Canvas frame times, printed one line per case as
//! `canvas/<case>/<size>: <median> ms`.
//!
//! Each frame runs the canvas headless at 1920×1080 (`egui::Context::run_ui`
//! plus `tessellate`) on generated maps of 1k, 10k and 50k communities, for:
//! a typical zoom (about 5 % of the map in view), the whole map in view, and
//! a slow pan at the typical zoom; and a frame after each edit (`edit`,
//! moving one community), when the canvas brings its scene up to date.
//!
//! Targets on a 2-core machine: 10k typical ≤ 2 ms, 10k whole map ≤ 4 ms,
//! 50k typical ≤ 8 ms, 10k edit ≤ 2 ms, 50k edit ≤ 8 ms. Run with
//! `cargo bench --bench canvas`, or `cargo bench --bench canvas -- 10000`
//! for one size.

use std::hint::black_box;
use std::time::Instant;

use convene::app::{Camera, CanvasState, Ready, Requests, ShownMap};
use convene::{Document, generate};
use eframe::egui::{self, Pos2, Rect, pos2, vec2};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SCREEN: Rect = Rect::from_min_max(Pos2::ZERO, pos2(1920.0, 1080.0));

/// Runs one frame of the canvas and tessellates it.
fn frame(ctx: &egui::Context, state: &mut CanvasState, doc: &Document) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(SCREEN),
        ..Default::default()
    };
    let start = Instant::now();
    let output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let mut requests = Requests::default();
            // Nothing hidden: the document's own map, as the editor shows it.
            let shown = ShownMap {
                map: doc.map(),
                key: doc.revision(),
                whole: true,
            };
            state.ui(ui, (shown, doc), &[], &Ready::default(), &mut requests);
            black_box(requests);
        });
    });
    let ui_done = Instant::now();
    let n = ctx.tessellate(output.shapes, output.pixels_per_point).len();
    if std::env::var_os("CANVAS_SPLIT").is_some() {
        eprintln!(
            "  ui {:.2} ms, tessellate {:.2} ms",
            (ui_done - start).as_secs_f64() * 1e3,
            ui_done.elapsed().as_secs_f64() * 1e3
        );
    }
    n
}

/// The median time of `runs` frames, in milliseconds, after warm-up frames;
/// `step` may change the state before each frame.
fn median_ms(
    ctx: &egui::Context,
    state: &mut CanvasState,
    doc: &mut Document,
    mut step: impl FnMut(&mut CanvasState, &mut Document),
) -> f64 {
    for _ in 0..5 {
        frame(ctx, state, doc);
    }
    let mut times: Vec<f64> = (0..31)
        .map(|_| {
            step(state, doc);
            let start = Instant::now();
            black_box(frame(ctx, state, doc));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let only: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    for size in [1_000, 10_000, 50_000] {
        if !only.is_empty() && !only.contains(&size) {
            continue;
        }
        let mut doc = Document::new(generate::map(size, 7));
        let side = (size as f32).sqrt().ceil() * generate::SPACING;
        // The zoom at which about 5 % of the map's area is in view.
        let typical_zoom = (SCREEN.area() / (0.05 * side * side)).sqrt();
        let centre = pos2(side / 2.0, side / 2.0);
        let ctx = egui::Context::default();

        let mut state = CanvasState::default();
        state.camera = Camera {
            centre,
            zoom: typical_zoom,
        };
        let typical = median_ms(&ctx, &mut state, &mut doc, |_, _| {});

        let mut state = CanvasState::default();
        state.fit_pending = true;
        let whole = median_ms(&ctx, &mut state, &mut doc, |_, _| {});

        let mut state = CanvasState::default();
        state.camera = Camera {
            centre,
            zoom: typical_zoom,
        };
        let pan = median_ms(&ctx, &mut state, &mut doc, |s, _| {
            s.camera.pan(vec2(-5.0, -3.0))
        });

        // A frame after each edit: the scene is brought up to date.
        let mut state = CanvasState::default();
        state.camera = Camera {
            centre,
            zoom: typical_zoom,
        };
        let first = doc.map().communities.iter().next().map(|c| (c.id, c.pos));
        let mut nudge = 0.0;
        let edit = median_ms(&ctx, &mut state, &mut doc, |_, doc| {
            if let Some((id, pos)) = first {
                nudge += 1.0;
                let moved = convene::model::Point::new(pos.x + nudge, pos.y);
                doc.apply(convene::Edit::Move(vec![(id, moved)]))
                    .expect("a community can move");
            }
        });

        println!("canvas/typical/{size}: {typical:.2} ms (zoom {typical_zoom:.2})");
        println!("canvas/whole/{size}: {whole:.2} ms");
        println!("canvas/pan/{size}: {pan:.2} ms");
        println!("canvas/edit/{size}: {edit:.2} ms");
    }
}
