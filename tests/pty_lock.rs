//! The idle lock in the real binary: the config's idle time, a cleared screen, and the
//! draft that was being typed, back after Enter.

use std::time::Duration;

mod support;
use support::pty::Pty;

#[test]
fn an_idle_session_locks_and_resumes_with_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::demo_with_config(dir.path(), "idle_lock_seconds = 2\n", &[]);
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    pty.send("n");
    pty.wait_for("New stakeholder", 5);
    pty.send("Zorabel");
    pty.wait_for("Zorabel", 5);
    pty.wait_for("Locked", 10);
    let s = pty.screen();
    assert!(!s.contains("Zorabel") && !s.contains("Ahmed"), "{s}");
    pty.send("\r");
    pty.wait_for("Zorabel", 5);
    assert!(!pty.screen().contains("Locked"));
    pty.send("\x1b");
    std::thread::sleep(Duration::from_millis(150));
}
