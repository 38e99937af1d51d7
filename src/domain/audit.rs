use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Id, Meta};

/// What was done. Decisions *not* to share are recorded too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    Export,
    ExportCancelled,
    FeedbackSheet,
    CaseOpened,
    CaseChanged,
    NoteChanged,
    Restore,
}

/// One entry of the append-only audit trail. `prev_hash` links each entry to the one
/// before, so that a changed or removed entry breaks the chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: Id,
    pub meta: Meta,
    pub at: DateTime<Utc>,
    pub who: String,
    pub kind: AuditKind,
    /// The record concerned, e.g. `case:3` or `session:2`.
    pub subject: String,
    /// For whom, for exports.
    pub recipient: Option<Id>,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
    pub detail: String,
    pub prev_hash: String,
}
