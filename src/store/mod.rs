//! The redb store. The database file is opened for one transaction at a time and closed
//! again, so that an idle or frozen window never locks a colleague, a backup or a second
//! window out. Every change is one durable transaction.

mod codec;
mod error;
mod migrate;
mod repo;
mod syslog;
mod tables;

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use redb::{Database, DatabaseError, Durability, ReadableDatabase};

pub use codec::FORMAT_VERSION;
pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use repo::{ReadTx, WriteTx};

use crate::domain::audit::AuditKind;
use crate::domain::dataset::Dataset;

/// How long to wait for another process's transaction before giving up.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);
/// redb's page cache; the file is reopened per transaction, so a big cache buys nothing.
const CACHE_BYTES: usize = 2 * 1024 * 1024;

/// A database file and the Unix account that writes to it.
pub struct Store {
    path: PathBuf,
    user: String,
    /// One transaction at a time within this process; redb refuses a second open.
    gate: Mutex<()>,
    /// The system log's socket, the trail's second witness.
    syslog: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// The Unix account name of the current user, for `created_by`/`updated_by`.
pub fn unix_user() -> String {
    // SAFETY: getpwuid returns a pointer into static storage or null; we copy out at once
    // and this runs before any other thread calls getpw*.
    unsafe {
        let pw = libc::getpwuid(libc::geteuid());
        if !pw.is_null()
            && !(*pw).pw_name.is_null()
            && let Ok(name) = std::ffi::CStr::from_ptr((*pw).pw_name).to_str()
        {
            return name.to_owned();
        }
    }
    std::env::var("USER").unwrap_or_else(|_| format!("uid{}", unsafe { libc::geteuid() }))
}

impl Store {
    /// Opens the database at `path`, creating it (mode 0600, its folder 0700) when `create`
    /// is set and it does not exist, and migrating an older schema in one transaction.
    pub fn open(path: &Path, create: bool) -> Result<Store, StoreError> {
        Self::open_as(path, create, unix_user())
    }

    /// As [`Store::open`], writing as `user` (tests and the demo generator).
    pub fn open_as(path: &Path, create: bool, user: String) -> Result<Store, StoreError> {
        let store = Store {
            path: path.to_owned(),
            user,
            gate: Mutex::new(()),
            syslog: syslog::socket(),
        };
        let exists = path.exists();
        if !exists && !create {
            return Err(StoreError::Missing(path.to_owned()));
        }
        if !exists {
            store.create_file()?;
        } else if fs::metadata(path)
            .map_err(|e| StoreError::io(path, e))?
            .is_dir()
        {
            return Err(StoreError::NotADatabase {
                path: path.to_owned(),
                detail: "it is a folder".into(),
            });
        }
        migrate::prepare(&store)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    fn create_file(&self) -> Result<(), StoreError> {
        let path = &self.path;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.exists()
        {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| StoreError::io(dir, e))?;
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| StoreError::io(path, e))?;
        let backend = redb::backends::FileBackend::new(file).map_err(|e| self.db_err(e))?;
        let db = Database::builder()
            .set_cache_size(CACHE_BYTES)
            .create_with_backend(backend)
            .map_err(|e| self.db_err(e))?;
        drop(db);
        Ok(())
    }

    pub(crate) fn db_err(&self, e: impl Into<redb::Error>) -> StoreError {
        StoreError::from_redb(&self.path, e.into())
    }

    /// Opens the file with `open`, waiting while another process holds it. A file so
    /// damaged that redb panics on it is reported, not crashed on.
    fn open_with<D>(&self, open: impl Fn() -> Result<D, DatabaseError>) -> Result<D, StoreError> {
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(&open)) {
                Ok(Ok(db)) => return Ok(db),
                Ok(Err(DatabaseError::DatabaseAlreadyOpen)) if start.elapsed() < LOCK_PATIENCE => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Ok(Err(DatabaseError::DatabaseAlreadyOpen)) => {
                    return Err(StoreError::Busy(self.path.clone()));
                }
                Ok(Err(e)) => return Err(self.db_err(e)),
                Err(_) => {
                    return Err(StoreError::NotADatabase {
                        path: self.path.clone(),
                        detail: "the file is damaged".into(),
                    });
                }
            }
        }
    }

    /// The file opened for writing, for the length of `f`.
    fn with_db<R>(
        &self,
        f: impl FnOnce(&Database) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        let db = self.open_with(|| {
            Database::builder()
                .set_cache_size(CACHE_BYTES)
                .open(&self.path)
        })?;
        f(&db)
    }

    /// Runs `f` in one durable write transaction and moves the change counter, so that
    /// other windows notice. Nothing is written if `f` fails.
    pub fn write<R>(
        &self,
        f: impl FnOnce(&mut WriteTx) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.with_db(|db| {
            let mut txn = db.begin_write().map_err(|e| self.db_err(e))?;
            txn.set_durability(Durability::Immediate)
                .map_err(|e| StoreError::Db(e.to_string()))?;
            // A crash leaves enough behind to reopen a large file quickly.
            txn.set_quick_repair(true);
            let mut tx = WriteTx::new(self, txn, crate::domain::time::now());
            let out = f(&mut tx)?;
            let appended = tx.commit()?;
            syslog::send(&self.syslog, &self.user, &appended);
            Ok(out)
        })
    }

    /// Runs `f` on a consistent read snapshot. The file is opened read-only, which leaves
    /// it untouched; only a file that needs repair after a crash is opened for writing.
    pub fn read<R>(
        &self,
        f: impl FnOnce(&ReadTx) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        let ro = self.open_with(|| {
            Database::builder()
                .set_cache_size(CACHE_BYTES)
                .open_read_only(&self.path)
        });
        // The database handle must outlive the transaction: a transaction whose
        // database was dropped fails with "Database has been closed".
        let (_ro, _rw, txn);
        match ro {
            Ok(db) => {
                txn = db.begin_read().map_err(|e| self.db_err(e))?;
                _ro = Some(db);
            }
            Err(StoreError::Db(_)) => {
                // Needs repair after a crash: a writable open repairs it.
                let db = self.open_with(|| {
                    Database::builder()
                        .set_cache_size(CACHE_BYTES)
                        .open(&self.path)
                })?;
                txn = db.begin_read().map_err(|e| self.db_err(e))?;
                _rw = Some(db);
            }
            Err(e) => return Err(e),
        }
        f(&ReadTx::new(self, txn))
    }

    /// Moves on every committed change, by anyone. Cheap: poll it when idle.
    pub fn change_counter(&self) -> Result<u64, StoreError> {
        self.read(|tx| tx.meta_u64(tables::CHANGE_COUNTER))
    }

    /// Every record, read in one snapshot.
    pub fn load(&self) -> Result<Dataset, StoreError> {
        self.read(|tx| tx.dataset())
    }

    /// Verifies the file: redb's own page checksums, every record decodes, every reference
    /// resolves. Returns a short report.
    pub fn check(&self) -> Result<Vec<(&'static str, usize)>, StoreError> {
        {
            let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
            let mut db = Database::builder()
                .open(&self.path)
                .map_err(|e| self.db_err(e))?;
            if !db.check_integrity().map_err(|e| self.db_err(e))? {
                return Err(StoreError::NotADatabase {
                    path: self.path.clone(),
                    detail: "redb integrity check failed and the file was repaired".into(),
                });
            }
        }
        let (data, head) = self.read(|tx| Ok((tx.dataset()?, tx.audit_head()?)))?;
        data.validate()
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        if let Err(id) = crate::domain::audit::verify(&data.audit, head.as_deref()) {
            return Err(StoreError::Invalid(format!(
                "the audit trail is broken at entry {id}: an entry was changed or removed"
            )));
        }
        Ok(data.counts())
    }

    /// Loads a whole data set into this database in one transaction: validated first,
    /// refused when the database already holds records unless `force`, which replaces them.
    pub fn restore(&self, data: &Dataset, force: bool) -> Result<(), StoreError> {
        data.validate()
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.write(|tx| {
            if !force && !tx.dataset()?.is_empty() {
                return Err(StoreError::NotEmpty(self.path.clone()));
            }
            tx.replace_all(data)
        })
    }

    /// Keeps `text` as the current user's draft for `place` (empty removes it), in one
    /// durable transaction.
    pub fn save_draft(&self, place: &str, text: &str) -> Result<(), StoreError> {
        self.write(|tx| tx.put_draft(place, text))
    }

    /// Writes a consistent copy of the database to `dest` (created 0600), holding the
    /// lock only while copying.
    pub fn backup(&self, dest: &Path) -> Result<u64, StoreError> {
        if dest.exists() {
            return Err(StoreError::io(
                dest,
                std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists"),
            ));
        }
        // On the trail first, so that the copy holds the entry too.
        let entry = crate::domain::audit::entry(AuditKind::Backup, "backup", "file");
        self.write(|tx| tx.append_audit(entry))?;
        let data = self.load()?;
        let copy = Store::open_as(dest, true, self.user.clone())?;
        copy.restore(&data, false)?;
        Ok(fs::metadata(dest).map(|m| m.len()).unwrap_or(0))
    }
}
