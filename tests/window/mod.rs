//! Start-up shared by the end-to-end tests that run the real program in a
//! real window: a guard that ends a child process, a program started and
//! waited for until it says it is ready, and a virtual X display.

use std::io::Read;
use std::process::{Child, ChildStdout, Command, Stdio};

/// Kills a child process when dropped, so nothing outlives the test.
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `cmd` and reads its first line of output, which the program
/// writes once it is ready (Xvfb's display number, D-Bus's address).
pub fn start_and_read_line(mut cmd: Command, what: &str) -> (Guard, String, ChildStdout) {
    let mut child = Guard(
        cmd.stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {what}: {e}")),
    );
    let mut out = child
        .0
        .stdout
        .take()
        .unwrap_or_else(|| panic!("{what}'s output"));
    // Byte by byte, so nothing after the line is taken from the pipe.
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&line).trim().to_owned();
    assert!(!line.is_empty(), "{what} gave no answer");
    (child, line, out)
}

/// A virtual X display, for as long as it is kept.
pub struct Xvfb {
    /// Its name, as `DISPLAY` takes it: ":99".
    pub name: String,
    // Dropped in this order: Xvfb is ended before its pipe is closed.
    _xvfb: Guard,
    /// Xvfb's output, kept open: a closed pipe would end Xvfb at its next
    /// write.
    _output: ChildStdout,
}

impl Xvfb {
    /// Starts Xvfb and waits until it accepts clients. Xvfb picks a free
    /// display number itself and writes it once it is ready, so tests
    /// running side by side (here or in another checkout) never share or
    /// race for one.
    pub fn start() -> Self {
        let mut xvfb = Command::new("Xvfb");
        xvfb.args(["-displayfd", "1", "-screen", "0", "1280x800x24"])
            .args(["-nolisten", "tcp"]);
        let (guard, number, output) = start_and_read_line(xvfb, "Xvfb");
        Self {
            name: format!(":{number}"),
            _xvfb: guard,
            _output: output,
        }
    }
}
