//! `roundtable retention`: what the agreed retention periods make due. `--due` lists the
//! closed cases due for erasure (references and dates only); `--exports` lists the
//! exported files older than the agreed days, and `--remove` removes them (audited, a count
//! without paths).

use std::path::{Path, PathBuf};

use super::{Failure, say};
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::domain::retention;
use crate::domain::sanitize::path as shown;
use crate::i18n::{t, tf};
use crate::store::Store;

/// What `roundtable retention` was asked.
pub struct Ask {
    pub due: bool,
    pub exports: bool,
    pub remove: bool,
    pub dir: PathBuf,
}

fn today() -> chrono::NaiveDate {
    super::today()
}

pub(super) fn run(path: &Path, ask: Ask) -> Result<(), Failure> {
    let store = Store::open_read_only(path)?;
    let data = store.load()?;
    let periods = retention::of(&data);
    let (due, exports) = (ask.due || !ask.exports, ask.exports);
    if due {
        let list = retention::due_cases(&data, &periods, today());
        if list.is_empty() {
            say(t("retention-none_due"));
        }
        for d in &list {
            let args: [(&str, &dyn std::fmt::Display); 3] = [
                ("case", &d.reference),
                ("closed", &d.closed),
                ("due", &d.due),
            ];
            say(&tf("retention-due_line", &args));
        }
    }
    if exports {
        drop(store);
        return old_exports(path, &ask.dir, periods.export_days, ask.remove);
    }
    Ok(())
}

/// Regular files with an export's name, last written on or before `days` ago. Symbolic
/// links and folders are never listed (nor followed).
fn due_exports(dir: &Path, days: u32) -> Result<Vec<PathBuf>, Failure> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Failure::from(format!("{}: {e}", shown(dir)))),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str().filter(|n| retention::is_export_name(n)) else {
            continue;
        };
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        let written = meta
            .modified()
            .map(|m| chrono::DateTime::<chrono::Utc>::from(m).date_naive());
        if meta.is_file() && written.is_ok_and(|w| retention::export_due(w, days, today())) {
            out.push(dir.join(name));
        }
    }
    out.sort();
    Ok(out)
}

fn old_exports(path: &Path, dir: &Path, days: u32, remove: bool) -> Result<(), Failure> {
    let files = due_exports(dir, days)?;
    let args: [(&str, &dyn std::fmt::Display); 3] =
        [("n", &files.len()), ("days", &days), ("dir", &shown(dir))];
    say(&tf("retention-exports_found", &args));
    for f in &files {
        say(&format!("  {}", shown(f)));
    }
    if !remove || files.is_empty() {
        return Ok(());
    }
    let mut removed = 0usize;
    let mut failed = Vec::new();
    for f in &files {
        match std::fs::remove_file(f) {
            Ok(()) => removed += 1,
            Err(e) => failed.push(format!("{}: {e}", shown(f))),
        }
    }
    let detail = format!("{removed} files older than {days} days");
    let event = AuditEvent::new(AuditKind::ExportsRemoved, "exports".to_owned(), &detail);
    Store::open(path, false)?.write(|tx| tx.append_audit(event).map(|_| ()))?;
    say(&tf("retention-exports_removed", &[("n", &removed)]));
    match failed.first() {
        Some(first) => Err(Failure::from(first.clone())),
        None => Ok(()),
    }
}
