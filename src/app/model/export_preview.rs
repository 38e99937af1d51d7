//! An export (minutes, a feedback sheet) being previewed before anything is written.

use std::path::PathBuf;

use crate::domain::Id;

/// What is being exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exporting {
    Minutes(Id),
    Feedback(Id),
    /// A session's invitation and agenda, before the meeting.
    Agenda(Id),
}

/// What would be written, shown before anything is.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPreview {
    pub what: Exporting,
    pub recipient: Id,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
    pub document: String,
    pub path: PathBuf,
    pub shared_included: Vec<String>,
    pub shared_withheld: Vec<String>,
    pub scroll: u16,
    /// Why nothing at all goes out, when that is so.
    pub explain: Option<String>,
    /// The time written into the document, so that it can be computed again alike.
    pub at: chrono::DateTime<chrono::Utc>,
    /// Write was asked: the data is being read again, and the export is written only if
    /// it comes out the same.
    pub writing: bool,
}

impl ExportPreview {
    /// Whether `other` would write and record exactly the same.
    pub fn same_as(&self, other: &ExportPreview) -> bool {
        self.document == other.document
            && self.path == other.path
            && self.shared_included == other.shared_included
            && self.shared_withheld == other.shared_withheld
    }
}

/// Where exports go when the runtime does not say: `~/roundtable-exports`.
pub fn default_export_dir() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
        .join("roundtable-exports")
}
