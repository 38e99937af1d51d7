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
    /// The whole data set written out (`roundtable dump`).
    Dump,
    /// A copy of the database written (`roundtable backup`).
    Backup,
    /// A sharing rule switched off: items it guarded may now go out.
    RuleOff,
    /// An action marked done (by id; the result stays on the action).
    ActionDone,
    /// An action cancelled (by id; the reason stays on the action).
    ActionCancelled,
    /// An action given to another owner (`to:person:ID`).
    ActionReassigned,
    /// An action's due date moved.
    ActionDueMoved,
    /// A case erased (`case:RT-…`): its notes, actions, decisions and drafts removed;
    /// the detail holds counts only.
    CaseErased,
    /// A person erased (`person:ID`): the record became a tombstone. Never the name.
    PersonErased,
    /// Everything held about one person written for a subject access request.
    PersonExported,
    /// Exports past their retention removed from the export folder (a count, no paths).
    ExportsRemoved,
    /// A saved note corrected (by id; the earlier version stays on the note).
    NoteCorrected,
    /// A saved note withdrawn (by id; the reason stays on the note).
    NoteRetracted,
    /// A plain database encrypted (`roundtable encrypt`).
    Encrypted,
    /// Someone given a key slot (`team add`; subject `user:NAME`).
    TeamAdded,
    /// A key slot taken away and the data key rotated (`team remove`).
    TeamRemoved,
    /// A person's passphrase set or changed (`roundtable passphrase`).
    PassphraseChanged,
    /// An exchange meeting or training edited (`exchange:ID`, `training:ID`; the detail
    /// says whether it was marked held). Never its topic, place or who came.
    NetworkWorkChanged,
    /// A concern routed to another service (`concern:ID`; the detail names whom it is
    /// about, `stakeholder:ID` or `case:ID`). Never its text nor the service.
    ConcernRouted,
    /// The answer to a routed concern recorded (`concern:ID`; the detail holds the answer's
    /// key and whom it is about).
    ConcernAnswered,
}

impl AuditKind {
    /// Every kind, in the order postcard numbers them (a test holds it complete).
    pub const ALL: [AuditKind; 28] = [
        AuditKind::Export,
        AuditKind::ExportCancelled,
        AuditKind::FeedbackSheet,
        AuditKind::CaseOpened,
        AuditKind::CaseChanged,
        AuditKind::NoteChanged,
        AuditKind::Restore,
        AuditKind::SessionReopened,
        AuditKind::Dump,
        AuditKind::Backup,
        AuditKind::RuleOff,
        AuditKind::ActionDone,
        AuditKind::ActionCancelled,
        AuditKind::ActionReassigned,
        AuditKind::ActionDueMoved,
        AuditKind::CaseErased,
        AuditKind::PersonErased,
        AuditKind::PersonExported,
        AuditKind::ExportsRemoved,
        AuditKind::NoteCorrected,
        AuditKind::NoteRetracted,
        AuditKind::Encrypted,
        AuditKind::TeamAdded,
        AuditKind::TeamRemoved,
        AuditKind::PassphraseChanged,
        AuditKind::NetworkWorkChanged,
        AuditKind::ConcernRouted,
        AuditKind::ConcernAnswered,
    ];

    /// The stable name, as in dumps and the system log.
    pub fn key(&self) -> &'static str {
        match self {
            AuditKind::Export => "export",
            AuditKind::ExportCancelled => "export_cancelled",
            AuditKind::FeedbackSheet => "feedback_sheet",
            AuditKind::CaseOpened => "case_opened",
            AuditKind::CaseChanged => "case_changed",
            AuditKind::NoteChanged => "note_changed",
            AuditKind::Restore => "restore",
            AuditKind::SessionReopened => "session_reopened",
            AuditKind::Dump => "dump",
            AuditKind::Backup => "backup",
            AuditKind::RuleOff => "rule_off",
            AuditKind::ActionDone => "action_done",
            AuditKind::ActionCancelled => "action_cancelled",
            AuditKind::ActionReassigned => "action_reassigned",
            AuditKind::ActionDueMoved => "action_due_moved",
            AuditKind::CaseErased => "case_erased",
            AuditKind::PersonErased => "person_erased",
            AuditKind::PersonExported => "person_exported",
            AuditKind::ExportsRemoved => "exports_removed",
            AuditKind::NoteCorrected => "note_corrected",
            AuditKind::NoteRetracted => "note_retracted",
            AuditKind::Encrypted => "encrypted",
            AuditKind::TeamAdded => "team_added",
            AuditKind::TeamRemoved => "team_removed",
            AuditKind::PassphraseChanged => "passphrase_changed",
            AuditKind::NetworkWorkChanged => "network_work_changed",
            AuditKind::ConcernRouted => "concern_routed",
            AuditKind::ConcernAnswered => "concern_answered",
        }
    }
}

/// Hashing as the first versions did: the entry's bytes, no salt.
pub const HASH_V1: u8 = 1;
/// A version byte, then the entry's bytes with its salt.
pub const HASH_V2: u8 = 2;

fn hash_v1() -> u8 {
    HASH_V1
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
    /// How this entry is hashed. The defaults read dumps of schema 5 and older, written
    /// before salts; the database never relies on them (schema 6 rewrote every entry).
    #[serde(default = "hash_v1")]
    pub hash_version: u8,
    /// 128 random bits in hex (v2), so that nobody can find a witness by hashing likely
    /// entries; empty in v1 entries.
    #[serde(default)]
    pub salt: String,
}

/// An entry as stored and hashed before schema 6: what v1 hashes, byte for byte, and how
/// the schema 6 migration reads the old records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEventV1 {
    pub id: Id,
    pub meta: Meta,
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub who: String,
    pub kind: AuditKind,
    pub subject: String,
    pub recipient: Option<Id>,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
    pub detail: String,
    pub prev_hash: String,
}

/// The audit table as schemas 3 to 5 stored it, for the migrations up to schema 6.
impl crate::domain::dataset::Record for AuditEventV1 {
    const KIND: &'static str = "audit";
    fn id(&self) -> Id {
        self.id
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn meta(&self) -> &Meta {
        &self.meta
    }
    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

impl From<AuditEventV1> for AuditEvent {
    fn from(e: AuditEventV1) -> Self {
        AuditEvent {
            id: e.id,
            meta: e.meta,
            at: e.at,
            who: e.who,
            kind: e.kind,
            subject: e.subject,
            recipient: e.recipient,
            included: e.included,
            withheld: e.withheld,
            detail: e.detail,
            prev_hash: e.prev_hash,
            hash_version: HASH_V1,
            salt: String::new(),
        }
    }
}

impl From<&AuditEvent> for AuditEventV1 {
    fn from(e: &AuditEvent) -> Self {
        AuditEventV1 {
            id: e.id,
            meta: e.meta.clone(),
            at: e.at,
            who: e.who.clone(),
            kind: e.kind.clone(),
            subject: e.subject.clone(),
            recipient: e.recipient,
            included: e.included.clone(),
            withheld: e.withheld.clone(),
            detail: e.detail.clone(),
            prev_hash: e.prev_hash.clone(),
        }
    }
}

impl AuditEvent {
    /// A new entry about `subject`; the store stamps who, when and the chain link.
    /// `detail` is a fixed phrase or key, never a path, name or content. The one
    /// constructor: the app, exports and the command line all build entries here.
    pub fn new(kind: AuditKind, subject: String, detail: &str) -> Self {
        AuditEvent {
            id: 0,
            meta: Meta::default(),
            at: DateTime::<Utc>::default(),
            who: String::new(),
            kind,
            subject,
            recipient: None,
            included: Vec::new(),
            withheld: Vec::new(),
            detail: detail.to_owned(),
            prev_hash: String::new(),
            hash_version: HASH_V2,
            salt: String::new(),
        }
    }
}

/// The hash that the next entry must carry as `prev_hash`: SHA-256 in hex. Version 1
/// hashes the entry's bytes as the first versions wrote them (its own `prev_hash`
/// included); version 2 hashes its version byte, then all of the entry with its salt.
pub fn hash(event: &AuditEvent) -> String {
    use sha2::{Digest, Sha256};
    // Times as format 1 wrote them, so that chains stay valid across record formats.
    let bytes = match event.hash_version {
        HASH_V1 => super::time::legacy(|| postcard::to_allocvec(&AuditEventV1::from(event))),
        v => super::time::legacy(|| postcard::to_allocvec(event)).map(|b| [vec![v], b].concat()),
    };
    Sha256::digest(bytes.unwrap_or_default())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Where an entry stands in the trail and what it hashes to, written `SEQ:HASH`: what an
/// export carries, so that a copy outside the database can later show that the trail
/// still holds that entry unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness {
    pub seq: Id,
    pub hash: String,
}

impl std::fmt::Display for Witness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

impl std::str::FromStr for Witness {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let (seq, hash) = s.trim().split_once(':').ok_or(())?;
        let seq = seq.parse().map_err(|_| ())?;
        let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
        if hash.len() != GENESIS.len() || !hash.bytes().all(hex) {
            return Err(());
        }
        Ok(Witness {
            seq,
            hash: hash.to_owned(),
        })
    }
}

/// Why a witness does not match the trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// No entry with that number: the trail was truncated (or emptied) after it.
    Missing { last: Option<Id> },
    /// The entry is there but hashes differently: it was changed or the trail rebuilt.
    Differs,
}

/// Checks that `events` (a chain already verified) holds the witnessed entry unchanged.
pub fn confirm(events: &[AuditEvent], w: &Witness) -> Result<(), Mismatch> {
    match events.iter().find(|e| e.id == w.seq) {
        None => Err(Mismatch::Missing {
            last: events.last().map(|e| e.id),
        }),
        Some(e) if hash(e) != w.hash => Err(Mismatch::Differs),
        Some(_) => Ok(()),
    }
}

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

    #[test]
    fn kind_keys_are_the_names_in_dumps() {
        for k in AuditKind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.key()));
        }
    }

    /// `ALL` holds every kind in stored order: postcard stores the variant index, so
    /// index i reads back as `ALL[i]`, and the index after the last reads as nothing.
    #[test]
    fn all_kinds_are_listed_in_stored_order() {
        for (i, k) in AuditKind::ALL.iter().enumerate() {
            let bytes = postcard::to_allocvec(&(i as u32)).unwrap();
            assert_eq!(postcard::from_bytes::<AuditKind>(&bytes).unwrap(), *k);
        }
        let past = postcard::to_allocvec(&(AuditKind::ALL.len() as u32)).unwrap();
        assert!(
            postcard::from_bytes::<AuditKind>(&past).is_err(),
            "a kind is missing"
        );
    }

    #[test]
    fn witnesses_read_back_and_confirm_only_the_same_entry() {
        let c = chain(4);
        let w = Witness {
            seq: 3,
            hash: hash(&c[2]),
        };
        assert_eq!(w.to_string().parse::<Witness>(), Ok(w.clone()));
        assert_eq!(confirm(&c, &w), Ok(()));
        let mut t = c.clone();
        t[2].recipient = None;
        assert_eq!(confirm(&t, &w), Err(Mismatch::Differs));
        assert_eq!(
            confirm(&c[..2], &w),
            Err(Mismatch::Missing { last: Some(2) })
        );
        for bad in ["3", "x:00", "3:abc", &format!("3:{}", "G".repeat(64))] {
            assert_eq!(bad.parse::<Witness>(), Err(()), "{bad}");
        }
    }

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
                hash_version: if id % 2 == 0 { HASH_V2 } else { HASH_V1 },
                salt: if id % 2 == 0 {
                    format!("{id:032x}")
                } else {
                    String::new()
                },
            });
        }
        out
    }

    #[test]
    fn v1_hashes_the_bytes_the_first_versions_wrote() {
        let e = chain(1).remove(0);
        let old = crate::domain::time::legacy(|| postcard::to_allocvec(&AuditEventV1::from(&e)));
        use sha2::{Digest, Sha256};
        let want: String = Sha256::digest(old.unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash(&e), want);
    }

    #[test]
    fn v2_covers_the_salt_and_the_version() {
        let e = chain(2).remove(1);
        assert_eq!(e.hash_version, HASH_V2);
        let mut other = e.clone();
        other.salt = format!("{:032x}", 99);
        assert_ne!(hash(&e), hash(&other), "the salt is hashed");
        let mut v1 = e.clone();
        v1.hash_version = HASH_V1;
        assert_ne!(hash(&e), hash(&v1), "the version is hashed");
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
