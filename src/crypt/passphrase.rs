//! Where a passphrase comes from: a prompt on the terminal without echo, or a file named
//! by `--passphrase-file` or by `$ROUNDTABLE_PASSPHRASE_FILE` (for cron jobs). Never from
//! a command-line argument, which every account on the server can read in `ps`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::i18n::{t, tf};

static FILE: Mutex<Option<PathBuf>> = Mutex::new(None);

/// The environment variable that names a passphrase file.
pub const ENV_FILE: &str = "ROUNDTABLE_PASSPHRASE_FILE";
/// The environment variable that names a file with the new passphrase (`roundtable
/// passphrase` in scripts and tests).
pub const ENV_NEW_FILE: &str = "ROUNDTABLE_NEW_PASSPHRASE_FILE";

/// Reads passphrases from `path` from now on (`--passphrase-file`).
pub fn use_file(path: Option<PathBuf>) {
    let path = path.or_else(|| {
        std::env::var_os(ENV_FILE)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    *FILE.lock().unwrap_or_else(|p| p.into_inner()) = path;
}

fn file() -> Option<PathBuf> {
    FILE.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// The passphrase (or recovery key, or one-time code) to open the database with.
pub fn read(prompt: &str) -> Result<Zeroizing<String>, String> {
    match file() {
        Some(f) => from_file(&f),
        None => from_terminal(prompt),
    }
}

/// A new passphrase: from `$ROUNDTABLE_NEW_PASSPHRASE_FILE`, else (for `init` and
/// `encrypt`, when `current_file_too`) the passphrase file, else asked twice.
pub fn read_new(current_file_too: bool) -> Result<Zeroizing<String>, String> {
    if let Some(f) = std::env::var_os(ENV_NEW_FILE).filter(|v| !v.is_empty()) {
        return checked_new(from_file(Path::new(&f))?);
    }
    if current_file_too && let Some(f) = file() {
        return checked_new(from_file(&f)?);
    }
    let first = from_terminal(t("crypt-prompt_new"))?;
    let second = from_terminal(t("crypt-prompt_again"))?;
    if *first != *second {
        return Err(t("crypt-passphrases_differ").to_owned());
    }
    checked_new(first)
}

fn checked_new(p: Zeroizing<String>) -> Result<Zeroizing<String>, String> {
    if p.chars().count() < 8 {
        return Err(t("crypt-passphrase_short").to_owned());
    }
    Ok(p)
}

/// The first line of a private file.
fn from_file(path: &Path) -> Result<Zeroizing<String>, String> {
    use std::os::unix::fs::MetadataExt;
    let shown = crate::domain::sanitize::path(path);
    let named = |e: &dyn std::fmt::Display| format!("{shown}: {e}");
    let f = std::fs::File::open(path).map_err(|e| named(&e))?;
    let mode = f.metadata().map_err(|e| named(&e))?.mode();
    if mode & 0o077 != 0 {
        return Err(tf(
            "crypt-passphrase_file_open",
            &[("path", &shown), ("mode", &format!("{:o}", mode & 0o777))],
        ));
    }
    first_line(f).map_err(|e| named(&e))
}

/// Asks on the controlling terminal with echo off.
fn from_terminal(prompt: &str) -> Result<Zeroizing<String>, String> {
    use std::os::fd::AsRawFd;
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map_err(|_| t("crypt-no_terminal").to_owned())?;
    let fd = tty.as_raw_fd();
    // SAFETY: termios is plain data; tcgetattr fills it or fails.
    let mut old: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut old) } != 0 {
        return Err(t("crypt-no_terminal").to_owned());
    }
    let mut quiet = old;
    quiet.c_lflag &= !libc::ECHO;
    quiet.c_lflag |= libc::ECHONL;
    // SAFETY: fd is an open terminal; `quiet` came from tcgetattr.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) };
    let mut out = &tty;
    let _ = write!(out, "{prompt}");
    let _ = out.flush();
    let read = first_line(&tty);
    // SAFETY: as above, the settings found at the start.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &old) };
    read.map_err(|e| e.to_string())
}

/// The first line of `from`, read a byte at a time into a zeroizing buffer (no reader's
/// buffer keeps a copy behind).
fn first_line(mut from: impl Read) -> std::io::Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(256));
    let mut b = [0u8; 1];
    while from.read(&mut b)? == 1 && b[0] != b'\n' {
        bytes.push(b[0]);
    }
    zeroize::Zeroize::zeroize(&mut b);
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    Ok(Zeroizing::new(text.to_owned()))
}
