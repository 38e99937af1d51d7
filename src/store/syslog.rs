//! A second witness of the audit trail, outside the database: one line per entry to the
//! system log (RFC 3164 over the `/dev/log` datagram socket, facility `auth`), holding the
//! entry's number, kind, the start of the new head hash and the Unix account. Never
//! content, names or paths: the log is read by system administrators, not by the network.
//! Where there is no system log (containers) nothing is sent and nothing is said.

use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};

use crate::domain::audit::{AuditKind, Witness};

/// Where the lines go instead of `/dev/log`; for tests, which listen on a socket of
/// their own.
pub const SOCKET_ENV: &str = "ROUNDTABLE_SYSLOG_SOCKET";

/// `auth` (4) × 8 + `notice` (5).
const PRIORITY: u8 = 37;

/// How many hex digits of the head hash are logged: enough to tell a rewritten trail.
const HEAD_DIGITS: usize = 16;

pub fn socket() -> PathBuf {
    std::env::var_os(SOCKET_ENV)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/dev/log"))
}

/// The line for one entry, as glibc's `syslog()` writes it to the socket.
pub fn line(
    w: &Witness,
    kind: &AuditKind,
    user: &str,
    now: chrono::DateTime<chrono::Local>,
) -> String {
    let user: String = user
        .chars()
        .map(|c| if c.is_ascii_graphic() { c } else { '?' })
        .collect();
    format!(
        "<{PRIORITY}>{} roundtable[{}]: audit seq={} kind={} head={} user={user}",
        now.format("%b %e %H:%M:%S"),
        std::process::id(),
        w.seq,
        kind.key(),
        w.hash.get(..HEAD_DIGITS).unwrap_or(&w.hash),
    )
}

/// Sends one line per entry; a missing or refusing log is skipped quietly.
pub fn send(socket: &Path, user: &str, entries: &[(Witness, AuditKind)]) {
    if entries.is_empty() {
        return;
    }
    let Ok(sock) = UnixDatagram::unbound() else {
        return;
    };
    let now = chrono::Local::now();
    for (w, kind) in entries {
        let _ = sock.send_to(line(w, kind, user, now).as_bytes(), socket);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_holds_the_entry_and_nothing_else() {
        let w = Witness {
            seq: 42,
            hash: "ab".repeat(32),
        };
        let now = chrono::Local::now();
        let l = line(&w, &AuditKind::Dump, "anke\u{1b}]0;x", now);
        assert!(l.starts_with("<37>"), "{l}");
        assert!(
            l.ends_with(": audit seq=42 kind=dump head=abababababababab user=anke?]0;x"),
            "{l}"
        );
    }

    #[test]
    fn lines_reach_the_socket_and_a_missing_one_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let sock = UnixDatagram::bind(&path).unwrap();
        sock.set_nonblocking(true).unwrap();
        let w = Witness {
            seq: 1,
            hash: "0".repeat(64),
        };
        send(&path, "anke", &[(w.clone(), AuditKind::Backup)]);
        let mut buf = [0u8; 512];
        let n = sock.recv(&mut buf).unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).contains("seq=1 kind=backup"));
        send(&dir.path().join("none"), "anke", &[(w, AuditKind::Backup)]);
    }
}
