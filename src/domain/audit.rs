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
    /// A closed session was opened again for changes (asked for first).
    SessionReopened,
}

/// One entry of the append-only audit trail. `prev_hash` links each entry to the one
/// before, so that a changed or removed entry breaks the chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: Id,
    pub meta: Meta,
    #[serde(with = "crate::domain::time::utc")]
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

/// The hash that the next entry must carry as `prev_hash`: SHA-256 over the entry's
/// bytes (its own `prev_hash` included), in hex.
pub fn hash(event: &AuditEvent) -> String {
    use sha2::{Digest, Sha256};
    // Hashed as the first versions wrote entries, so that chains stay valid across record
    // formats.
    let bytes = super::time::legacy(|| postcard::to_allocvec(event)).unwrap_or_default();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Checks the chain in id order and, when given, that the last entry hashes to `head`.
/// `Err` names the first entry whose link is broken.
pub fn verify(events: &[AuditEvent], head: Option<&str>) -> Result<(), Id> {
    let mut prev = GENESIS.to_owned();
    for e in events {
        if e.prev_hash != prev {
            return Err(e.id);
        }
        prev = hash(e);
    }
    match (head, events.last()) {
        (Some(h), Some(last)) if h != prev => Err(last.id),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: u64) -> Vec<AuditEvent> {
        let mut out: Vec<AuditEvent> = Vec::new();
        for id in 1..=n {
            let prev_hash = out.last().map(hash).unwrap_or_else(|| GENESIS.to_owned());
            out.push(AuditEvent {
                id,
                meta: Meta::default(),
                at: DateTime::<Utc>::UNIX_EPOCH,
                who: "anke".into(),
                kind: AuditKind::Export,
                subject: format!("session:{id}"),
                recipient: Some(3),
                included: vec!["note:1".into()],
                withheld: vec![],
                detail: String::new(),
                prev_hash,
            });
        }
        out
    }

    #[test]
    fn an_intact_chain_verifies() {
        let c = chain(5);
        let head = hash(c.last().unwrap());
        assert_eq!(verify(&c, Some(&head)), Ok(()));
        assert_eq!(verify(&[], None), Ok(()));
    }

    #[test]
    fn changing_any_entry_breaks_the_next_link_or_the_head() {
        let c = chain(5);
        let head = hash(c.last().unwrap());
        let mut t = c.clone();
        t[1].recipient = Some(4);
        assert_eq!(verify(&t, Some(&head)), Err(3));
        let mut t = c.clone();
        t[4].withheld.push("note:9".into());
        assert_eq!(
            verify(&t, Some(&head)),
            Err(5),
            "the last entry is covered by the head"
        );
        let mut t = c.clone();
        t.remove(2);
        assert_eq!(
            verify(&t, Some(&head)),
            Err(4),
            "a removed entry breaks the chain"
        );
    }
}
