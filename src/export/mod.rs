//! What leaves the application as a file: minutes and feedback sheets (filtered per
//! recipient by `domain::disclosure`), and lists. Everything written here is cleaned of
//! control characters.

pub mod minutes;
pub mod stakeholders;

/// Output format of minutes and feedback sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Md,
    Txt,
}

use std::io::Write;
use std::path::Path;

use crate::domain::Id;
use crate::domain::audit::AuditKind;
use crate::store::{Store, StoreError};

/// What was shared with whom, for the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub kind: AuditKind,
    /// `session:3`, `case:RT-2026-001`, `stakeholders`.
    pub subject: String,
    pub recipient: Option<Id>,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
}

/// Writes `content` to a new file readable by its owner only, then records the export on
/// the audit trail. If the trail cannot be written, the file is removed again: nothing
/// leaves without its record.
pub fn write_audited(
    store: &Store,
    path: &Path,
    content: &str,
    what: Shared,
) -> Result<(), StoreError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| StoreError::io(path, e))?;
    f.write_all(content.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| StoreError::io(path, e))?;
    let mut event = crate::app::record::audit(what.kind, what.subject, &path.display().to_string());
    event.recipient = what.recipient;
    event.included = what.included;
    event.withheld = what.withheld;
    if let Err(e) = store.write(|tx| tx.append_audit(event)) {
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(())
}
