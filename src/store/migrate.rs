//! Schema versions and the steps between them. Opening an older file runs every step up to
//! the current version in one transaction; a newer file is refused untouched.

use redb::{ReadableTable, TableHandle};

use super::tables::{self, SCHEMA_VERSION as SCHEMA_KEY};
use super::{Store, StoreError, WriteTx};

/// The schema this version writes.
///
/// 1: records and the meta table with the schema version and change counter.
/// 2: per-kind id counters (`next_id.<kind>`) in meta, so that deleting the newest record
///    never lets its id be handed out again.
/// 3: the audit trail is hash-chained (`prev_hash`, and the head in the `chain` table).
/// 4: every record rewritten in record format 2 (times as integers), which opens a large
///    database several times faster.
/// 5: actions and decisions record the note they were taken from (`from_note`), derived
///    for older records where it is unambiguous (`domain::provenance`).
/// 6: audit entries carry a hash version and a salt; older entries become version 1,
///    which hashes the very bytes it hashed before.
/// 7: actions keep their history (done, cancelled, reassigned, due date moved); older
///    actions get an empty one.
/// 8: the sharing agreement holds its retention periods (closed cases in months, exports,
///    backups); a stakeholder can be a tombstone (`erased`) (`tombstones`).
/// 9: notes keep their earlier versions and a retraction; sessions have a place; the
///    "open actions of <session>" topic is typed (`AgendaSubject::OpenActions`).
/// 10: problem entries keep the days they were opened, agreed and closed; exchange
///    meetings and trainings can be planned: who is invited apart from who came, held or
///    not; exchanges have a place, a host and lessons (`network_work`).
/// 11: stakeholders hold their consent to be listed, their step-1 pipeline and their
///    preferred language; routed concerns get their own table (`people`).
/// 12: a routed concern keeps the day its answer was recorded (`concerns`).
/// 13: exchange meetings and trainings can be cancelled; a training names the network it
///    is offered to (`work_states`).
pub const SCHEMA_VERSION: u64 = 13;

mod concerns;
mod network_work;
mod people;
mod tombstones;
mod work_states;
pub use network_work::upgrade_dump as upgrade_network_work_dump;
pub use tombstones::upgrade_dump;
pub use work_states::upgrade_dump as upgrade_work_states_dump;

/// The record schema and whether the file is encrypted, from the stored schema version
/// (see [`super::ENCRYPTED_MARK`]).
pub fn split_schema(stored: u64) -> (u64, bool) {
    if stored >= super::ENCRYPTED_MARK {
        (stored - super::ENCRYPTED_MARK, true)
    } else {
        (stored, false)
    }
}

/// Initialises a new file or migrates an older one.
pub(super) fn prepare(store: &Store) -> Result<(), StoreError> {
    let (found, encrypted) = split_schema(store.read(|tx| tx.meta_u64(SCHEMA_KEY))?);
    let mark = if encrypted { super::ENCRYPTED_MARK } else { 0 };
    if found > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: store.path.clone(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    store.write_unchecked(|tx| {
        // Re-read inside the write: another process may have migrated meanwhile.
        let mut version = split_schema(tx.meta_u64(SCHEMA_KEY)?).0;
        if version == 0 {
            let has_tables = tx
                .txn()
                .list_tables()
                .map_err(|e| store.db_err(e))?
                .any(|t| t.name() != "meta");
            if has_tables {
                return Err(StoreError::NotADatabase {
                    path: store.path.clone(),
                    detail: "a redb file without roundtable's schema version".into(),
                });
            }
            tx.create_tables()?;
            version = SCHEMA_VERSION;
        }
        let start = version;
        while version < SCHEMA_VERSION {
            step(tx, version, start)?;
            version += 1;
        }
        tx.set_meta_u64(SCHEMA_KEY, SCHEMA_VERSION + mark)
    })
}

/// Migrates from `from` to `from + 1`, in a migration that started at `start`.
fn step(tx: &mut WriteTx, from: u64, start: u64) -> Result<(), StoreError> {
    match from {
        1 => {
            macro_rules! counters {
                ($($field:ident: $ty:ty,)*) => {$(
                    let last = {
                        let t = tx.txn().open_table(tables::records::<$ty>())
                            .map_err(|e| StoreError::Db(e.to_string()))?;
                        let last = t.last().map_err(|e| StoreError::Db(e.to_string()))?;
                        last.map(|(k, _)| k.value()).unwrap_or(0)
                    };
                    tx.set_meta_u64(&tables::next_id_key::<$ty>(), last + 1)?;
                )*};
            }
            crate::for_each_kind!(counters);
            Ok(())
        }
        2 => {
            // Link the entries written before the chain existed, oldest first.
            use crate::domain::audit::{AuditEvent, AuditEventV1, GENESIS, hash};
            let mut events = tx.all::<AuditEventV1>()?;
            let mut prev = GENESIS.to_owned();
            for e in &mut events {
                e.prev_hash = prev.clone();
                prev = hash(&AuditEvent::from(e.clone()));
            }
            let head = events.last().map(|_| prev);
            tx.rechain(&events, head.as_deref())
        }
        3 => {
            // Actions and decisions changed shape in schema 5, audit entries in schema 6,
            // agreements and stakeholders in schema 8: later steps read them in their old
            // shape and rewrite them. (Audit entries stay in record format 1 anyway: their
            // bytes are hashed.)
            macro_rules! rewrite {
                ($($field:ident: $ty:ty,)*) => {$(
                    // Notes and sessions changed shape in schema 9: step 8 rewrites them;
                    // problems, exchanges and trainings in schema 10: step 9 does.
                    if !matches!(
                        stringify!($field),
                        "actions"
                            | "decisions"
                            | "audit"
                            | "agreements"
                            | "stakeholders"
                            | "notes"
                            | "sessions"
                            | "problems"
                            | "exchanges"
                            | "trainings"
                    ) {
                        let all = tx.all::<$ty>()?;
                        tx.rewrite(&all)?;
                    }
                )*};
            }
            crate::for_each_kind!(rewrite);
            Ok(())
        }
        4 => provenance(tx),
        5 => salt_trail(tx),
        // Step 4 rewrote the actions in the current shape already.
        6 if start <= 4 => Ok(()),
        6 => action_history(tx),
        7 => tombstones::step(tx),
        8 => corrections_and_places(tx),
        9 => network_work::step(tx),
        // Step 7 rewrote the stakeholders in the current shape already.
        10 if start <= 7 => Ok(()),
        10 => people::step(tx),
        11 => concerns::step(tx),
        // Step 9 rewrote exchanges and trainings in the current shape already.
        12 if start <= 9 => Ok(()),
        12 => work_states::step(tx),
        _ => Err(StoreError::Invalid(format!(
            "no migration from schema {from}"
        ))),
    }
}

/// Schema 4 -> 5: every action and decision gets `from_note`.
fn provenance(tx: &mut WriteTx) -> Result<(), StoreError> {
    use crate::domain::dataset::Dataset;
    use crate::domain::note::{ActionItem, Decision, Note};
    let mut data = Dataset {
        notes: old::<v7::Note, Note>(tx, v7::Note::into_current)?,
        actions: old::<v4::ActionItem, ActionItem>(tx, v4::ActionItem::into_current)?,
        decisions: old::<v4::Decision, Decision>(tx, v4::Decision::into_current)?,
        ..Dataset::default()
    };
    crate::domain::provenance::derive(&mut data);
    tx.rewrite(&data.actions)?;
    tx.rewrite(&data.decisions)
}

/// Reads every record of `N`'s table in the shape `O` that an older schema stored.
fn old<O: serde::de::DeserializeOwned, N: crate::domain::dataset::Record>(
    tx: &mut WriteTx,
    into: fn(O) -> N,
) -> Result<Vec<N>, StoreError> {
    let t = tx
        .txn()
        .open_table(tables::records::<N>())
        .map_err(|e| StoreError::Db(e.to_string()))?;
    let mut out = Vec::new();
    for row in t.iter().map_err(|e| StoreError::Db(e.to_string()))? {
        let (k, v) = row.map_err(|e| StoreError::Db(e.to_string()))?;
        let plain = tx.plain_bytes(N::KIND, k.value(), v.value())?;
        let rec: O = super::codec::decode_as(N::KIND, k.value(), &plain)?;
        out.push(into(rec));
    }
    Ok(out)
}

/// Schema 6 -> 7: every action gets an empty history. (An action the demo stored as done
/// stays done, with no event: when and by whom is not known.)
fn action_history(tx: &mut WriteTx) -> Result<(), StoreError> {
    use crate::domain::note::ActionItem;
    let actions = old::<v6::ActionItem, ActionItem>(tx, v6::ActionItem::into_current)?;
    tx.rewrite(&actions)
}

/// Schema 8 -> 9: notes get no revisions and no retraction, sessions no place, and an
/// "Open actions of <title> (<date>)" topic naming an earlier session becomes typed.
fn corrections_and_places(tx: &mut WriteTx) -> Result<(), StoreError> {
    use crate::domain::note::Note;
    use crate::domain::session::Session;
    let notes = old::<v7::Note, Note>(tx, v7::Note::into_current)?;
    tx.rewrite(&notes)?;
    let mut sessions = old::<v7::Session, Session>(tx, v7::Session::into_current)?;
    let known: Vec<Session> = sessions.clone();
    for s in &mut sessions {
        for item in &mut s.agenda {
            item.subject = crate::domain::agenda::typed_subject(&item.subject, &known);
        }
    }
    tx.rewrite(&sessions)
}

/// Notes and sessions as schemas 1 to 8 stored them.
mod v7 {
    use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
    use serde::Deserialize;

    use crate::domain::note::Anchor;
    use crate::domain::session::{AgendaItem, Attendance, SessionStatus};
    use crate::domain::sharing::{Pap, Tlp};
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct Note {
        id: Id,
        meta: Meta,
        #[serde(with = "crate::domain::time::utc")]
        at: DateTime<Utc>,
        author: String,
        anchor: Anchor,
        text: String,
        source: Option<Id>,
        tlp: Tlp,
        pap: Pap,
        protected_source: bool,
        who_acts: Option<Id>,
    }

    impl Note {
        pub fn into_current(self) -> crate::domain::note::Note {
            let Note {
                id,
                meta,
                at,
                author,
                anchor,
                text,
                source,
                tlp,
                pap,
                protected_source,
                who_acts,
            } = self;
            crate::domain::note::Note {
                id,
                meta,
                at,
                author,
                anchor,
                text,
                source,
                tlp,
                pap,
                protected_source,
                who_acts,
                revisions: Vec::new(),
                retraction: None,
            }
        }
    }

    #[derive(Deserialize)]
    pub struct Session {
        id: Id,
        meta: Meta,
        #[serde(with = "crate::domain::time::date")]
        date: NaiveDate,
        #[serde(with = "crate::domain::time::opt_time")]
        time: Option<NaiveTime>,
        title: String,
        chair: Option<Id>,
        invitees: Vec<Id>,
        attendance: Vec<Attendance>,
        agenda: Vec<AgendaItem>,
        status: SessionStatus,
        feedback_consensus: bool,
    }

    impl Session {
        pub fn into_current(self) -> crate::domain::session::Session {
            let Session {
                id,
                meta,
                date,
                time,
                title,
                chair,
                invitees,
                attendance,
                agenda,
                status,
                feedback_consensus,
            } = self;
            crate::domain::session::Session {
                id,
                meta,
                date,
                time,
                title,
                chair,
                invitees,
                attendance,
                agenda,
                status,
                feedback_consensus,
                place: None,
            }
        }
    }
}

/// Actions as schemas 5 and 6 stored them.
mod v6 {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::domain::note::{ActionStatus, Anchor};
    use crate::domain::sharing::Tlp;
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct ActionItem {
        id: Id,
        meta: Meta,
        anchor: Anchor,
        text: String,
        owner: Option<Id>,
        #[serde(with = "crate::domain::time::opt_date")]
        due: Option<NaiveDate>,
        status: ActionStatus,
        tlp: Tlp,
        from_note: Option<Id>,
    }

    impl ActionItem {
        pub fn into_current(self) -> crate::domain::note::ActionItem {
            let ActionItem {
                id,
                meta,
                anchor,
                text,
                owner,
                due,
                status,
                tlp,
                from_note,
            } = self;
            crate::domain::note::ActionItem {
                id,
                meta,
                anchor,
                text,
                owner,
                due,
                status,
                tlp,
                from_note,
                history: Vec::new(),
            }
        }
    }
}

/// Records as schema 4 stored them (postcard is positional: a new field needs the old
/// shape to read the old bytes).
mod v4 {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde::Deserialize;

    use crate::domain::note::{ActionStatus, Anchor};
    use crate::domain::sharing::Tlp;
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct Decision {
        id: Id,
        meta: Meta,
        #[serde(with = "crate::domain::time::utc")]
        at: DateTime<Utc>,
        anchor: Anchor,
        text: String,
        tlp: Tlp,
    }

    impl Decision {
        pub fn into_current(self) -> crate::domain::note::Decision {
            let Decision {
                id,
                meta,
                at,
                anchor,
                text,
                tlp,
            } = self;
            crate::domain::note::Decision {
                id,
                meta,
                at,
                anchor,
                text,
                tlp,
                from_note: None,
            }
        }
    }

    #[derive(Deserialize)]
    pub struct ActionItem {
        id: Id,
        meta: Meta,
        anchor: Anchor,
        text: String,
        owner: Option<Id>,
        #[serde(with = "crate::domain::time::opt_date")]
        due: Option<NaiveDate>,
        status: ActionStatus,
        tlp: Tlp,
    }

    impl ActionItem {
        pub fn into_current(self) -> crate::domain::note::ActionItem {
            let ActionItem {
                id,
                meta,
                anchor,
                text,
                owner,
                due,
                status,
                tlp,
            } = self;
            crate::domain::note::ActionItem {
                id,
                meta,
                anchor,
                text,
                owner,
                due,
                status,
                tlp,
                from_note: None,
                history: Vec::new(),
            }
        }
    }
}

/// Schema 5 -> 6: audit entries gain a hash version and a salt. The old entries are read
/// in the shape they were stored in and rewritten as version 1 entries, which hash the
/// same bytes as before: every link and the head stay as they were.
fn salt_trail(tx: &mut WriteTx) -> Result<(), StoreError> {
    use crate::domain::audit::{AuditEvent, AuditEventV1};
    let old: Vec<AuditEvent> = tx
        .all::<AuditEventV1>()?
        .into_iter()
        .map(AuditEvent::from)
        .collect();
    tx.rewrite(&old)
}
