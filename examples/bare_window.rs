//! A bare eframe window with the same eframe features, window size and
//! allocator as Convene and nothing in it, to measure start-up against:
//! the end-to-end test `startup_time_beside_a_bare_eframe_window` times
//! both from process start to the first painted frame (eframe shows the
//! window only once that frame is painted).
//!
//! Run it with `cargo run --release --example bare_window`.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An app that draws an empty panel.
struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default_margins().show(ui, |_ui| {});
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Bare window")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native("Bare window", options, Box::new(|_cc| Ok(Box::new(Bare))))
}
