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

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where an export may land when its name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Refuse an existing file.
    New,
    /// Replace an existing regular file (`--force`).
    Replace,
    /// Keep an existing file and take the next free name (`-2`, `-3` …).
    Unique,
}

/// Writes `content` as a new private file (see [`crate::output`]), records the export on
/// the audit trail, and only then puts the file in place: nothing leaves without its
/// record. Returns where the file landed.
pub fn write_audited(
    store: &Store,
    path: &Path,
    content: &str,
    what: Shared,
    placement: Placement,
) -> Result<std::path::PathBuf, ExportError> {
    use crate::output::Policy;
    let policy = match placement {
        Placement::New => Policy::new(false, Some(store.path())),
        Placement::Replace => Policy::new(true, Some(store.path())),
        Placement::Unique => Policy::unique(Some(store.path())),
    };
    let mut file = crate::output::Pending::create(path, &policy)?;
    file.write_all(content.as_bytes())
        .map_err(|e| crate::output::OutputError::Io(path.to_owned(), e))?;
    let mut event = crate::app::record::audit(what.kind, what.subject, &path.display().to_string());
    event.recipient = what.recipient;
    event.included = what.included;
    event.withheld = what.withheld;
    store.write(|tx| tx.append_audit(event))?;
    Ok(file.commit()?)
}
