//! Typed reads and writes inside one transaction.

use chrono::{DateTime, Utc};
use redb::{ReadOnlyTable, ReadTransaction, ReadableTable, Table, TableError, WriteTransaction};

use super::sealed::CaseKeys;
use super::tables::{self, META};
use super::{Store, StoreError};
use crate::domain::Id;
use crate::domain::audit::{self, AuditEvent};
use crate::domain::dataset::{Dataset, MAX_ID, Record};
use crate::domain::note::Draft;

type RecTable<'t> = Table<'t, u64, &'static [u8]>;

/// One stored record, decoded by `dec` (which opens it first in an encrypted file).
fn get_in<T: Record>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    id: Id,
    store: &Store,
    dec: impl Fn(Id, &[u8]) -> Result<T, StoreError>,
) -> Result<Option<T>, StoreError> {
    match table.get(id).map_err(|e| store.db_err(e))? {
        Some(bytes) => dec(id, bytes.value()).map(Some).map_err(|e| match e {
            StoreError::Codec { .. } if !store.encrypted => {
                store.db_err(redb::Error::Corrupted(e.to_string()))
            }
            e => e,
        }),
        None => Ok(None),
    }
}

fn all_in<T: Record>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    dec: impl Fn(Id, &[u8]) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    // Sized up front: growing a vector of 100,000 notes by doubling would briefly hold
    // half of it twice.
    let len = table.len().map_err(|e| StoreError::Db(e.to_string()))?;
    let mut out = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    for row in table.iter().map_err(|e| StoreError::Db(e.to_string()))? {
        let (k, v) = row.map_err(|e| StoreError::Db(e.to_string()))?;
        out.push(dec(k.value(), v.value())?);
    }
    Ok(out)
}

/// A read snapshot.
pub struct ReadTx<'s> {
    pub(super) store: &'s Store,
    pub(super) txn: ReadTransaction,
    pub(super) cases: CaseKeys,
}

impl<'s> ReadTx<'s> {
    pub(super) fn new(store: &'s Store, txn: ReadTransaction) -> Self {
        ReadTx {
            store,
            txn,
            cases: CaseKeys::default(),
        }
    }

    fn table<T: Record>(&self) -> Result<Option<ReadOnlyTable<u64, &'static [u8]>>, StoreError> {
        match self.txn.open_table(tables::records::<T>()) {
            Ok(t) => Ok(Some(t)),
            Err(TableError::TableDoesNotExist(_)) => Ok(None),
            Err(e) => Err(self.store.db_err(e)),
        }
    }

    pub fn get<T: Record>(&self, id: Id) -> Result<Option<T>, StoreError> {
        match self.table::<T>()? {
            Some(t) => get_in(&t, id, self.store, |i, b| self.decode_stored(i, b)),
            None => Ok(None),
        }
    }

    /// Every record of `T`; in an encrypted file opened on every core
    /// ([`super::sealed_load`]).
    pub fn all<T: Record>(&self) -> Result<Vec<T>, StoreError> {
        match self.table::<T>()? {
            Some(t) if self.store.encrypted && !super::sealed::is_audit(T::KIND) => {
                self.all_sealed(&t)
            }
            Some(t) => all_in(&t, |i, b| self.decode_stored(i, b)),
            None => Ok(Vec::new()),
        }
    }

    /// How many records of kind `T` there are, without reading them.
    pub fn count<T: Record>(&self) -> Result<u64, StoreError> {
        match self.table::<T>()? {
            Some(t) => redb::ReadableTableMetadata::len(&t).map_err(|e| self.store.db_err(e)),
            None => Ok(0),
        }
    }

    pub fn meta_u64(&self, key: &str) -> Result<u64, StoreError> {
        match self.txn.open_table(META) {
            Ok(t) => Ok(t
                .get(key)
                .map_err(|e| self.store.db_err(e))?
                .map(|v| v.value())
                .unwrap_or(0)),
            Err(TableError::TableDoesNotExist(_)) => Ok(0),
            Err(e) => Err(self.store.db_err(e)),
        }
    }

    /// Moves on every committed change, by anyone: see [`Store::change_counter`].
    pub fn change_counter(&self) -> Result<u64, StoreError> {
        self.meta_u64(tables::CHANGE_COUNTER)
    }

    pub fn dataset(&self) -> Result<Dataset, StoreError> {
        macro_rules! load {
            ($($field:ident: $ty:ty,)*) => {
                Ok(Dataset { $($field: self.all::<$ty>()?,)* })
            };
        }
        crate::for_each_kind!(load)
    }

    /// Everything but the notes, decisions, actions and audit trail.
    pub fn dataset_without_history(&self) -> Result<Dataset, StoreError> {
        use crate::domain::stakeholder::{ContactEntry, Stakeholder, Training};
        Ok(Dataset {
            stakeholders: self.all::<Stakeholder>()?,
            contacts: self.all::<ContactEntry>()?,
            trainings: self.all::<Training>()?,
            networks: self.all()?,
            problems: self.all()?,
            exchanges: self.all()?,
            sessions: self.all()?,
            cases: self.all()?,
            sharing_rules: self.all()?,
            agreements: self.all()?,
            drafts: self.all()?,
            ..Dataset::default()
        })
    }

    /// Adds the notes, decisions, actions and audit trail to `data`.
    pub fn add_history(&self, data: &mut Dataset) -> Result<(), StoreError> {
        data.notes = self.all()?;
        data.decisions = self.all()?;
        data.actions = self.all()?;
        data.audit = self.all::<AuditEvent>()?;
        Ok(())
    }

    /// The hash of the newest audit entry, if any.
    pub fn audit_head(&self) -> Result<Option<String>, StoreError> {
        match self.txn.open_table(tables::CHAIN) {
            Ok(t) => Ok(t
                .get(tables::AUDIT_HEAD)
                .map_err(|e| self.store.db_err(e))?
                .map(|v| v.value().to_owned())),
            Err(TableError::TableDoesNotExist(_)) => Ok(None),
            Err(e) => Err(self.store.db_err(e)),
        }
    }
}

/// 128 random bits in hex, an audit entry's salt.
fn salt() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Invalid(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// One write transaction. Every change stamps `rev`, `updated_at` and `updated_by`.
pub struct WriteTx<'s> {
    pub(super) store: &'s Store,
    pub(super) txn: WriteTransaction,
    pub(super) cases: CaseKeys,
    now: DateTime<Utc>,
    /// Entries appended, for the system log once committed.
    appended: Vec<(audit::Witness, audit::AuditKind)>,
}

impl<'s> WriteTx<'s> {
    pub(super) fn new(store: &'s Store, txn: WriteTransaction, now: DateTime<Utc>) -> Self {
        WriteTx {
            store,
            txn,
            cases: CaseKeys::default(),
            now,
            appended: Vec::new(),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn user(&self) -> &str {
        &self.store.user
    }

    fn table<T: Record>(&self) -> Result<RecTable<'_>, StoreError> {
        self.txn
            .open_table(tables::records::<T>())
            .map_err(|e| self.store.db_err(e))
    }

    pub fn get<T: Record>(&self, id: Id) -> Result<Option<T>, StoreError> {
        get_in(&self.table::<T>()?, id, self.store, |i, b| {
            self.decode_stored(i, b)
        })
    }

    pub fn all<T: Record>(&self) -> Result<Vec<T>, StoreError> {
        all_in(&self.table::<T>()?, |i, b| self.decode_stored(i, b))
    }

    pub fn meta_u64(&self, key: &str) -> Result<u64, StoreError> {
        let t = self
            .txn
            .open_table(META)
            .map_err(|e| self.store.db_err(e))?;
        let v = t
            .get(key)
            .map_err(|e| self.store.db_err(e))?
            .map(|v| v.value());
        Ok(v.unwrap_or(0))
    }

    pub fn set_meta_u64(&mut self, key: &str, value: u64) -> Result<(), StoreError> {
        let mut t = self
            .txn
            .open_table(META)
            .map_err(|e| self.store.db_err(e))?;
        t.insert(key, value).map_err(|e| self.store.db_err(e))?;
        Ok(())
    }

    fn put<T: Record>(&mut self, rec: &T) -> Result<(), StoreError> {
        let bytes = self.encode_stored(rec)?;
        let mut t = self.table::<T>()?;
        t.insert(rec.id(), bytes.as_slice())
            .map_err(|e| self.store.db_err(e))?;
        Ok(())
    }

    /// Hands out `n` ids of a kind: the counter moves past them. Refused when the counter
    /// would pass [`MAX_ID`] (a damaged or hand-edited counter), so that it never wraps.
    fn take_ids<T: Record>(&mut self, n: u64) -> Result<Id, StoreError> {
        let key = tables::next_id_key::<T>();
        let first = self.meta_u64(&key)?.max(1);
        let next = first
            .checked_add(n)
            .filter(|&next| next - 1 <= MAX_ID)
            .ok_or_else(|| {
                StoreError::Invalid(crate::i18n::tf(
                    "store-ids_exhausted",
                    &[("kind", &T::KIND)],
                ))
            })?;
        self.set_meta_u64(&key, next)?;
        Ok(first)
    }

    /// Stores a new record under its id, refused when that id is taken: a counter behind
    /// the highest id must never let an insert replace a record.
    fn put_new<T: Record>(
        t: &mut RecTable<'_>,
        rec: &T,
        bytes: &[u8],
        store: &Store,
    ) -> Result<(), StoreError> {
        if t.get(rec.id()).map_err(|e| store.db_err(e))?.is_some() {
            return Err(StoreError::Invalid(crate::i18n::tf(
                "store-id_taken",
                &[("kind", &T::KIND), ("id", &rec.id())],
            )));
        }
        t.insert(rec.id(), bytes).map_err(|e| store.db_err(e))?;
        Ok(())
    }

    /// Saves a new record: hands out its id and sets `rev` to 1.
    pub fn insert<T: Record>(&mut self, rec: &mut T) -> Result<Id, StoreError> {
        let id = self.take_ids::<T>(1)?;
        rec.set_id(id);
        *rec.meta_mut() = crate::domain::Meta::new(&self.store.user, self.now);
        rec.meta_mut().touch(&self.store.user, self.now);
        let store = self.store;
        let bytes = self.encode_stored(rec)?;
        Self::put_new(&mut self.table::<T>()?, rec, &bytes, store)?;
        Ok(id)
    }

    /// Saves many new records of one kind: one id counter update and one table open for
    /// all of them (imports of thousands of rows).
    pub fn insert_many<T: Record>(&mut self, recs: &mut [T]) -> Result<(), StoreError> {
        let first = self.take_ids::<T>(recs.len() as u64)?;
        let user = self.store.user.clone();
        let store = self.store;
        let mut sealed = Vec::with_capacity(recs.len());
        for (n, rec) in recs.iter_mut().enumerate() {
            rec.set_id(first + n as u64);
            *rec.meta_mut() = crate::domain::Meta::new(&user, self.now);
            rec.meta_mut().touch(&user, self.now);
            sealed.push(self.encode_stored(rec)?);
        }
        let mut t = self.table::<T>()?;
        for (rec, bytes) in recs.iter().zip(&sealed) {
            Self::put_new(&mut t, rec, bytes, store)?;
        }
        Ok(())
    }

    /// Saves a changed record, refused when someone saved it since `rec` was read.
    pub fn update<T: Record>(&mut self, rec: &mut T) -> Result<(), StoreError> {
        let stored: T = self.get(rec.id())?.ok_or(StoreError::Gone {
            kind: T::KIND,
            id: rec.id(),
        })?;
        if stored.meta().rev != rec.meta().rev {
            return Err(StoreError::Conflict {
                kind: T::KIND,
                id: rec.id(),
                by: stored.meta().updated_by.to_string(),
                at: stored.meta().updated_at,
            });
        }
        let user = self.store.user.clone();
        rec.meta_mut().touch(&user, self.now);
        self.put(rec)
    }

    /// Deletes a record, refused when it changed since it was read.
    pub fn delete<T: Record>(&mut self, id: Id, rev: u64) -> Result<(), StoreError> {
        let stored: T = self
            .get(id)?
            .ok_or(StoreError::Gone { kind: T::KIND, id })?;
        if stored.meta().rev != rev {
            return Err(StoreError::Conflict {
                kind: T::KIND,
                id,
                by: stored.meta().updated_by.to_string(),
                at: stored.meta().updated_at,
            });
        }
        let mut t = self.table::<T>()?;
        t.remove(id).map_err(|e| self.store.db_err(e))?;
        Ok(())
    }

    pub fn dataset(&self) -> Result<Dataset, StoreError> {
        macro_rules! load {
            ($($field:ident: $ty:ty,)*) => {
                Ok(Dataset { $($field: self.all::<$ty>()?,)* })
            };
        }
        crate::for_each_kind!(load)
    }

    /// Keeps `text` as this user's draft for `place`, replacing an earlier one; empty
    /// text removes it. Drafts belong to one account and place, so the newest text wins
    /// whatever its revision.
    pub fn put_draft(&mut self, place: &str, text: &str) -> Result<(), StoreError> {
        // `session:3#2`: one draft per session, wherever in it the text was typed.
        let base = |p: &str| p.split_once('#').map_or(p, |(b, _)| b).to_owned();
        // A window still open on a form of what was erased meanwhile writes no draft.
        let text = if self.about_erased(place)? { "" } else { text };
        let user = self.store.user.clone();
        let existing = self
            .all::<Draft>()?
            .into_iter()
            .find(|d| d.owner == user && base(&d.place) == base(place));
        match (existing, text.is_empty()) {
            (Some(d), true) => self.delete::<Draft>(d.id, d.meta.rev),
            (Some(mut d), false) => {
                d.text = text.to_owned();
                d.place = place.to_owned();
                self.update(&mut d)
            }
            (None, true) => Ok(()),
            (None, false) => {
                let mut d = Draft {
                    id: 0,
                    meta: Default::default(),
                    owner: user,
                    place: place.to_owned(),
                    text: text.to_owned(),
                };
                self.insert(&mut d).map(|_| ())
            }
        }
    }

    /// Appends an entry to the audit trail, linked to the one before: who and when are
    /// this transaction's. Returns the entry's witness (its number and hash, the new head).
    pub fn append_audit(&mut self, mut event: AuditEvent) -> Result<audit::Witness, StoreError> {
        let chain = self
            .txn
            .open_table(tables::CHAIN)
            .map_err(|e| self.store.db_err(e))?;
        let prev = chain
            .get(tables::AUDIT_HEAD)
            .map_err(|e| self.store.db_err(e))?
            .map(|v| v.value().to_owned())
            .unwrap_or_else(|| audit::GENESIS.to_owned());
        drop(chain);
        event.prev_hash = prev;
        event.at = self.now;
        event.who = self.store.user.clone();
        event.hash_version = audit::HASH_V2;
        event.salt = salt()?;
        self.insert(&mut event)?;
        let head = audit::hash(&event);
        let mut chain = self
            .txn
            .open_table(tables::CHAIN)
            .map_err(|e| self.store.db_err(e))?;
        chain
            .insert(tables::AUDIT_HEAD, head.as_str())
            .map_err(|e| self.store.db_err(e))?;
        drop(chain);
        let witness = audit::Witness {
            seq: event.id,
            hash: head,
        };
        self.appended.push((witness.clone(), event.kind));
        Ok(witness)
    }

    /// Writes records back as they are, in the current record format (migrations).
    pub(super) fn rewrite<T: Record>(&mut self, recs: &[T]) -> Result<(), StoreError> {
        for r in recs {
            self.put(r)?;
        }
        Ok(())
    }

    /// Rewrites audit entries as given (the schema 3 migration) and sets the head.
    pub(super) fn rechain<T: Record>(
        &mut self,
        events: &[T],
        head: Option<&str>,
    ) -> Result<(), StoreError> {
        for e in events {
            self.put(e)?;
        }
        if let Some(head) = head {
            let mut chain = self
                .txn
                .open_table(tables::CHAIN)
                .map_err(|e| self.store.db_err(e))?;
            chain
                .insert(tables::AUDIT_HEAD, head)
                .map_err(|e| self.store.db_err(e))?;
        }
        Ok(())
    }

    /// Replaces every record with `data`, kept exactly (ids, revs, stamps), and sets the
    /// id counters past the highest id of each kind.
    pub fn replace_all(&mut self, data: &Dataset) -> Result<(), StoreError> {
        macro_rules! replace {
            ($($field:ident: $ty:ty,)*) => {$(
                self.txn
                    .delete_table(tables::records::<$ty>())
                    .map_err(|e| self.store.db_err(e))?;
                self.table::<$ty>()?;
                for rec in &data.$field {
                    self.put(rec)?;
                }
                let next = data.$field.iter().map(|r| r.id()).max().unwrap_or(0) + 1;
                self.set_meta_u64(&tables::next_id_key::<$ty>(), next)?;
            )*};
        }
        crate::for_each_kind!(replace);
        let mut chain = self
            .txn
            .open_table(tables::CHAIN)
            .map_err(|e| self.store.db_err(e))?;
        match data.audit.last() {
            Some(last) => {
                chain
                    .insert(tables::AUDIT_HEAD, audit::hash(last).as_str())
                    .map_err(|e| self.store.db_err(e))?;
            }
            None => {
                chain
                    .remove(tables::AUDIT_HEAD)
                    .map_err(|e| self.store.db_err(e))?;
            }
        }
        Ok(())
    }

    /// Makes sure every table exists, so that readers never meet a missing one.
    pub(super) fn create_tables(&mut self) -> Result<(), StoreError> {
        macro_rules! create {
            ($($field:ident: $ty:ty,)*) => {$( self.table::<$ty>()?; )*};
        }
        crate::for_each_kind!(create);
        self.txn
            .open_table(META)
            .map_err(|e| self.store.db_err(e))?;
        Ok(())
    }

    /// Used by migrations: raw access to the transaction.
    pub(super) fn txn(&self) -> &WriteTransaction {
        &self.txn
    }

    /// Commits; returns the audit entries appended, now durable.
    pub(super) fn commit(self) -> Result<Vec<(audit::Witness, audit::AuditKind)>, StoreError> {
        let counter = self.meta_u64(tables::CHANGE_COUNTER)?;
        let mut me = self;
        me.set_meta_u64(tables::CHANGE_COUNTER, counter + 1)?;
        me.txn.commit().map_err(|e| me.store.db_err(e))?;
        Ok(me.appended)
    }
}
