//! `check`, and the private copy it works on. redb's integrity check repairs what it
//! finds, and a repair of a file damaged outside redb can leave it worse than it was; redb
//! has no check that only reads. So the check runs on a copy of the file held in this
//! process's memory: the file itself is only read, and nothing of it lands in a temporary
//! file that a crash could leave behind.

use std::fs::File;

use redb::backends::InMemoryBackend;
use redb::{Database, ReadableDatabase, StorageBackend};

use std::sync::Mutex;

use super::tables::{SCHEMA_VERSION as SCHEMA_VERSION_KEY, next_id_key};
use super::{ReadTx, SCHEMA_VERSION, Store, StoreError, reader, writer};
use crate::domain::dataset::{Dataset, Record};

impl Store {
    /// Verifies the file: redb's own page checksums, every record decodes, every reference
    /// resolves, every id counter is past the highest id of its kind, the audit trail is
    /// whole. Returns a short report. The file is never written.
    pub fn check(&self) -> Result<Vec<(&'static str, usize)>, StoreError> {
        self.guarded(|| {
            let mut db = self.memory_db(self.locked_copy()?, false)?;
            let damaged = |detail: String| StoreError::Damaged {
                path: self.path.clone(),
                detail,
            };
            let failed = crate::i18n::t("store-integrity_failed");
            match db.check_integrity() {
                Ok(true) => {}
                Ok(false) => return Err(damaged(failed.to_owned())),
                Err(e) => return Err(damaged(format!("{failed} ({e})"))),
            }
            // The records are checked on the same copy, upgraded there if older.
            let copy = Store {
                path: self.path.clone(),
                user: self.user.clone(),
                gate: Mutex::new(()),
                writable: false,
                memory: Some(db),
                memory_source: None,
                syslog: self.syslog.clone(),
                encrypted: self.encrypted,
                keys: Mutex::new(self.keys.lock().unwrap_or_else(|p| p.into_inner()).clone()),
            };
            super::migrate::prepare(&copy)?;
            copy.read(|tx| {
                let (data, head) = (tx.dataset()?, tx.audit_head()?);
                data.validate()
                    .map_err(|e| StoreError::Invalid(e.to_string()))?;
                counters_ahead(tx, &data)?;
                if let Err(id) = crate::domain::audit::verify(&data.audit, head.as_deref()) {
                    return Err(StoreError::Invalid(format!(
                        "the audit trail is broken at entry {id}: an entry was changed or removed"
                    )));
                }
                Ok(data.counts())
            })
        })
    }

    /// For a store that only reads: a copy in memory when the file cannot be read as it
    /// is (a crash left it for a writer to recover, or its schema is older), with the
    /// file it was copied from; else none.
    pub(super) fn snapshot_if_needed(&self) -> Result<Option<(Database, File)>, StoreError> {
        self.guarded(|| {
            let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
            let file = self.open_file(false)?;
            let lock = match self.reader_on(&file) {
                Ok(db) => db,
                Err(StoreError::Damaged { .. }) => {
                    let db = self.memory_db(self.copy_into_memory(&file)?, false)?;
                    return Ok(Some((db, file)));
                }
                Err(e) => return Err(e),
            };
            let found = {
                let txn = lock.begin_read().map_err(|e| self.db_err(e))?;
                super::migrate::split_schema(ReadTx::new(self, txn).meta_u64(SCHEMA_VERSION_KEY)?).0
            };
            if found >= SCHEMA_VERSION {
                return Ok(None);
            }
            let copy = self.copy_into_memory(&file)?;
            drop(lock);
            Ok(Some((self.memory_db(copy, false)?, file)))
        })
    }

    /// A copy of the file in memory, taken while a read-only handle holds redb's shared
    /// lock, so that no writer commits halfway through. A file a crash left cannot be
    /// opened read-only (redb found no writer holding it) and is copied as it is; opening
    /// the copy recovers it, or refuses it if it needs a repair.
    fn locked_copy(&self) -> Result<InMemoryBackend, StoreError> {
        let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        let file = self.open_file(false)?;
        let _lock = match self.reader_on(&file) {
            Ok(db) => Some(db),
            Err(StoreError::Damaged { .. }) => None,
            Err(e) => return Err(e),
        };
        self.copy_into_memory(&file)
    }

    /// The bytes of `file` (the descriptor opened for this store) in memory, read in
    /// pieces (no second whole copy on the way).
    pub(super) fn copy_into_memory(&self, file: &File) -> Result<InMemoryBackend, StoreError> {
        let io = |e: std::io::Error| StoreError::io(&self.path, e);
        let len = file.metadata().map_err(io)?.len();
        let backend = InMemoryBackend::new();
        backend.set_len(len).map_err(io)?;
        super::open::copy_all(file, |at, piece| {
            backend
                .write(at, piece)
                .map_err(|e| std::io::Error::other(e.to_string()))
        })
        .map_err(io)?;
        Ok(backend)
    }

    /// A database on a copy in memory; `repair` lets redb repair the copy.
    pub(super) fn memory_db(
        &self,
        copy: InMemoryBackend,
        repair: bool,
    ) -> Result<Database, StoreError> {
        let builder = if repair { reader() } else { writer() };
        builder
            .create_with_backend(copy)
            .map_err(|e| self.db_err(e))
    }
}

/// Every kind's id counter must be past its highest id, or the next insert would hand
/// out an id that is taken.
fn counters_ahead(tx: &ReadTx, data: &Dataset) -> Result<(), StoreError> {
    fn one<T: Record>(tx: &ReadTx, recs: &[T]) -> Result<(), StoreError> {
        let Some(max) = recs.iter().map(Record::id).max() else {
            return Ok(());
        };
        let key = next_id_key::<T>();
        let counter = tx.meta_u64(&key)?;
        if counter <= max {
            return Err(StoreError::Invalid(crate::i18n::tf(
                "store-ids_behind",
                &[("key", &key), ("counter", &counter), ("max", &max)],
            )));
        }
        Ok(())
    }
    macro_rules! each {
        ($($field:ident: $ty:ty,)*) => {$( one::<$ty>(tx, &data.$field)?; )*};
    }
    crate::for_each_kind!(each);
    Ok(())
}
