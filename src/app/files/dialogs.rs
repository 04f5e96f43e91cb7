//! The system's file dialogs, and telling a dialog that failed from one the
//! person cancelled. rfd answers "no file" in both cases; what differs is
//! that a failure is logged (no portal, then no zenity), so the app watches
//! rfd's log while a dialog is open. Where no system dialog can work at
//! all, it is not tried.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::file;

/// Which file dialogs the app uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dialogs {
    /// The system's own, falling back to the app's when none can be shown.
    #[default]
    System,
    /// The app's own file chooser.
    InApp,
}

/// What a system file dialog gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// The person chose this file.
    Path(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown.
    Failed,
}

/// Whether rfd logged an error since the flag was last cleared.
static RFD_FAILED: AtomicBool = AtomicBool::new(false);

/// Notes errors that rfd logs, and prints them, since nothing else does.
struct RfdWatch;

impl log::Log for RfdWatch {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Error && metadata.target().starts_with("rfd")
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            RFD_FAILED.store(true, Ordering::SeqCst);
            eprintln!("Convene: the system file dialog failed: {}", record.args());
        }
    }

    fn flush(&self) {}
}

/// Starts watching rfd's log, once. If some other logger is already set,
/// only the check before the dialog is left.
fn watch_rfd() {
    static WATCH: RfdWatch = RfdWatch;
    if log::set_logger(&WATCH).is_ok() && log::max_level() < log::LevelFilter::Error {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// Whether a system file dialog has any chance: an xdg portal needs a
/// session bus, and rfd's fallback needs zenity. Other systems always
/// have their own.
pub fn system_dialog_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| file::exists(&Path::new(&dir).join("bus")));
    bus || file::program_installed("zenity")
}

/// Runs a system dialog and says whether it failed.
fn run(dialog: impl FnOnce() -> Option<PathBuf>) -> Chosen {
    if !system_dialog_possible() {
        return Chosen::Failed;
    }
    watch_rfd();
    RFD_FAILED.store(false, Ordering::SeqCst);
    let chosen = dialog();
    match chosen {
        Some(path) => Chosen::Path(path),
        None if RFD_FAILED.swap(false, Ordering::SeqCst) => Chosen::Failed,
        None => Chosen::Cancelled,
    }
}

/// The system's dialog for choosing a map to open.
pub fn open_file() -> Chosen {
    run(|| {
        rfd::FileDialog::new()
            .add_filter("Convene map", &["ron"])
            .pick_file()
    })
}

/// The system's dialog for choosing where to save, suggesting `name`.
pub fn save_file(name: &str) -> Chosen {
    run(|| {
        rfd::FileDialog::new()
            .add_filter("Convene map", &["ron"])
            .set_file_name(name)
            .save_file()
    })
}

/// The system's dialog for choosing a file another tool wrote, to import.
pub fn import_file() -> Chosen {
    run(|| {
        rfd::FileDialog::new()
            .add_filter("JSON Canvas", &["canvas"])
            .pick_file()
    })
}

/// The system's dialog for choosing where an export goes, suggesting
/// `name` and offering files ending in `extension`.
pub fn save_export(name: &str, kind: &str, extension: &str) -> Chosen {
    run(|| {
        rfd::FileDialog::new()
            .add_filter(kind, &[extension])
            .set_file_name(name)
            .save_file()
    })
}
