//! End to end: the real program in a virtual X display, on an example map.
//! Needs Xvfb, xdotool and ImageMagick, so it is left out of a plain
//! `cargo test`; `.ci/run` installs them and runs it with
//! `cargo test --release --test e2e -- --ignored`.
#![allow(clippy::unwrap_used, reason = "in a test a panic is the report")]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills a child process when dropped, so nothing outlives the test.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_display() -> u32 {
    (90..140)
        .find(|n| !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .expect("a free X display number")
}

fn output(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run a helper program");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
#[ignore = "needs Xvfb, xdotool and ImageMagick; .ci/run runs it"]
fn the_real_window_shows_an_example_map() {
    let display = format!(":{}", free_display());
    let _xvfb = Guard(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb"),
    );
    std::thread::sleep(Duration::from_millis(500));
    let runtime = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/referral-guidelines.ron"
    );
    let _app = Guard(
        Command::new(env!("CARGO_BIN_EXE_convene"))
            .arg(example)
            .env("DISPLAY", &display)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env("HOME", home.path())
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start convene"),
    );

    let wanted = "Referrals between psychiatry and social work — Convene";
    let start = Instant::now();
    let mut title = String::new();
    while start.elapsed() < Duration::from_secs(60) {
        let id = output(
            Command::new("xdotool")
                .args(["search", "--name", "Convene"])
                .env("DISPLAY", &display),
        );
        if let Some(id) = id.lines().next() {
            title = output(
                Command::new("xdotool")
                    .args(["getwindowname", id])
                    .env("DISPLAY", &display),
            );
            if title == wanted {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(title, wanted);
    std::thread::sleep(Duration::from_secs(2));

    let shot = tempfile::tempdir().unwrap();
    let png = shot.path().join("window.png");
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&png)
        .env("DISPLAY", &display)
        .status()
        .expect("take a screenshot");
    assert!(status.success());
    let colours: u32 = output(Command::new("identify").args(["-format", "%k"]).arg(&png))
        .parse()
        .expect("a colour count");
    assert!(
        colours > 50,
        "the screenshot has only {colours} colours; the window looks blank"
    );
}
