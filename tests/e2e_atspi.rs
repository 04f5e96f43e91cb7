//! End to end with a real assistive-technology client: the release program
//! in a virtual X display, with a private D-Bus session and the AT-SPI bus,
//! read by `tests/atspi/walk.py` through pyatspi as a screen reader reads
//! it. Needs Xvfb, D-Bus, at-spi2-core and python3-pyatspi, so it is left
//! out of a plain `cargo test`; `.ci/run` installs them and runs it with
//! `cargo test --release --test e2e_atspi -- --ignored`.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod window;
use window::{Guard, Xvfb, start_and_read_line};

/// A virtual X display, a private D-Bus session and the AT-SPI bus on it,
/// for as long as it is kept.
struct Desktop {
    display: String,
    bus: String,
    home: tempfile::TempDir,
    // Dropped in this order: the launcher before the bus, the bus before X.
    _launcher: Guard,
    _bus: Guard,
    /// D-Bus's output, kept open: a closed pipe would end it at its next
    /// write.
    _bus_out: std::process::ChildStdout,
    _xvfb: Xvfb,
}

impl Desktop {
    fn start() -> Self {
        let xvfb = Xvfb::start();
        let display = xvfb.name.clone();

        let mut dbus = Command::new("dbus-daemon");
        dbus.args(["--session", "--nofork", "--print-address=1"]);
        let (bus_guard, bus, bus_out) = start_and_read_line(dbus, "dbus-daemon");

        let home = tempfile::tempdir().unwrap();
        let runtime = home.path().join("runtime");
        std::fs::create_dir_all(&runtime).unwrap();
        let launcher = Guard(
            Command::new("/usr/libexec/at-spi-bus-launcher")
                .arg("--launch-immediately")
                .env("DISPLAY", &display)
                .env("DBUS_SESSION_BUS_ADDRESS", &bus)
                .env("XDG_RUNTIME_DIR", &runtime)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start the AT-SPI bus launcher"),
        );
        let desktop = Self {
            display,
            bus,
            home,
            _launcher: launcher,
            _bus: bus_guard,
            _bus_out: bus_out,
            _xvfb: xvfb,
        };
        desktop.turn_on_screen_reader();
        desktop
    }

    /// Says on the bus that a screen reader is running, as Orca does: only
    /// then does AccessKit in the program answer on the AT-SPI bus.
    fn turn_on_screen_reader(&self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            let status = Command::new("dbus-send")
                .args(["--session", "--print-reply", "--dest=org.a11y.Bus"])
                .args(["/org/a11y/bus", "org.freedesktop.DBus.Properties.Set"])
                .args(["string:org.a11y.Status", "string:IsEnabled"])
                .arg("variant:boolean:true")
                .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run dbus-send");
            if status.success() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("the AT-SPI bus did not come up within 20 seconds");
    }

    /// Gives the program's window the keyboard, as a person's click on it
    /// would: an X server without a window manager gives it to nobody, and
    /// AccessKit reports no focus in a window that does not have it.
    fn focus_window(&self, pid: &str) {
        let found = self
            .command("xdotool")
            .args(["search", "--sync", "--onlyvisible", "--pid", pid])
            .output()
            .expect("run xdotool");
        let text = String::from_utf8_lossy(&found.stdout);
        if let Some(window) = text.split_whitespace().next() {
            let _ = self
                .command("xdotool")
                .args(["windowfocus", "--sync", window])
                .status();
        }
    }

    /// `program` with this desktop's display, bus and home.
    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_RUNTIME_DIR", self.home.path().join("runtime"))
            .env("HOME", self.home.path())
            .env("NO_AT_BRIDGE", "0")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("AT_SPI_BUS_ADDRESS");
        cmd
    }
}

/// The Python that has pyatspi: Debian's, not one a version manager put
/// first on the path.
fn python() -> PathBuf {
    let debian = PathBuf::from("/usr/bin/python3");
    if debian.exists() {
        debian
    } else {
        PathBuf::from("python3")
    }
}

/// What `convene check` says the map holds: "5 communities, 3 stakeholders, …".
fn counts(example: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        .arg("check")
        .arg(example)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (_, counts) = text
        .trim()
        .split_once("ok — ")
        .unwrap_or_else(|| panic!("`convene check` said {text:?}"));
    counts.to_owned()
}

/// Opens `example` in Convene on `desktop` and walks its tree; the walk's
/// report and whether every check passed.
fn walk(desktop: &Desktop, example: &Path) -> (String, bool) {
    let map = convene::file::read(example).unwrap();
    let title = format!("{} — Convene", map.meta.title);
    let mut app = desktop.command(env!("CARGO_BIN_EXE_convene"));
    let said = desktop.home.path().join("convene-stderr.txt");
    let said_file = std::fs::File::create(&said).expect("a file for what Convene says");
    app.arg(example).stdout(Stdio::null()).stderr(said_file);
    let mut app = Guard(app.spawn().expect("start Convene"));
    let pid = app.0.id().to_string();
    desktop.focus_window(&pid);

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/atspi/walk.py");
    let mut walk = desktop.command(python());
    walk.arg(script)
        .args(["--pid", &pid, "--title", &title])
        .args(["--tab", "--click", "--counts", &counts(example)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = walk.output().expect("run tests/atspi/walk.py");
    let mut report = String::new();
    for line in BufReader::new(&out.stdout[..]).lines() {
        report.push_str(&line.unwrap());
        report.push('\n');
    }
    report.push_str(&String::from_utf8_lossy(&out.stderr));
    if let Ok(Some(status)) = app.0.try_wait() {
        let _ = writeln!(report, "Convene stopped ({status}) and said:");
        report.push_str(&std::fs::read_to_string(&said).unwrap_or_default());
    }
    (report, out.status.success())
}

#[test]
#[ignore = "needs Xvfb, D-Bus and AT-SPI; .ci/run runs it"]
fn a_screen_reader_reads_every_example_map() {
    let desktop = Desktop::start();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    let mut failed = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (report, passed) = walk(&desktop, path);
        println!("== {name}\n{report}");
        if !passed {
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "a screen reader finds problems on {failed:?}; the report is above"
    );
}
