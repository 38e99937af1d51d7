//! The redb store. The database file is opened for one transaction at a time and closed
//! again, so that an idle or frozen window never locks a colleague, a backup or a second
//! window out. Every change is one durable transaction.

mod apply;
mod check;
mod codec;
mod encrypt;
mod erased_drafts;
mod error;
mod guard;
mod keys;
mod migrate;
mod open;
mod repo;
mod salvage;
mod sealed;
mod sealed_load;
mod syslog;
mod tables;
mod team;

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use redb::{Database, Durability, ReadableDatabase};

pub use codec::FORMAT_VERSION;
pub use error::StoreError;
pub use guard::{panicking_inside_store, quiet_store_panics};
pub use keys::{ENCRYPTED_MARK, Keyring};
pub use migrate::{
    SCHEMA_VERSION, upgrade_dump, upgrade_network_work_dump, upgrade_work_states_dump,
};
pub use repo::{ReadTx, WriteTx};
pub use salvage::{Salvage, SalvagedKeys};
pub use sealed::case_of;
pub use team::Member;

use crate::domain::dataset::Dataset;

/// How long to wait for another process's transaction before giving up.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);
/// redb's page cache; the file is reopened per transaction, so a big cache buys nothing.
const CACHE_BYTES: usize = 2 * 1024 * 1024;

/// How every read-only handle is opened.
fn reader() -> redb::Builder {
    let mut b = Database::builder();
    b.set_cache_size(CACHE_BYTES);
    b
}

/// How every writable handle on the real file is opened: a file that needs a repair is
/// refused, never repaired (a repair of a file damaged outside redb can make it worse).
fn writer() -> redb::Builder {
    let mut b = reader();
    b.set_repair_callback(|session: &mut redb::RepairSession| session.abort());
    b
}

/// A database file and the Unix account that writes to it.
pub struct Store {
    path: PathBuf,
    user: String,
    /// One transaction at a time within this process; redb refuses a second open.
    gate: Mutex<()>,
    /// False for the commands that only read: such a store never opens the file for
    /// writing, so it neither migrates nor recovers it.
    writable: bool,
    /// A store that only reads works on a copy in memory when the file cannot be read as
    /// it is: a crash left it for a writer to recover, or its schema is older.
    memory: Option<Database>,
    /// The file that copy was taken from (its descriptor: see `open`).
    memory_source: Option<fs::File>,
    /// The system log's socket, the trail's second witness.
    syslog: PathBuf,
    /// The file is encrypted: its values are sealed (see `sealed`).
    encrypted: bool,
    /// The data key once unlocked ([`Store::unlock`]).
    keys: Mutex<Option<std::sync::Arc<Keyring>>>,
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
        Self::open_mode(path, create, user, true)
    }

    /// Opens an existing database for a command that only reads (dump, check, backup,
    /// audit): the file is never opened for writing, so it is neither migrated, recovered
    /// nor repaired. A file that needs recovery after a crash, or an older schema, is read
    /// from a copy in memory, recovered or migrated there.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        Self::open_mode(path, false, unix_user(), false)
    }

    /// Opens an encrypted database without its key, for what needs none: `backup` (the
    /// sealed bytes as they are), the audit entry it records, `team list`, `passphrase`.
    /// Reading a sealed record asks for the key then.
    pub fn open_keyless(path: &Path, writable: bool) -> Result<Store, StoreError> {
        Self::open_inner(path, false, unix_user(), writable, false)
    }

    /// As [`Store::open_keyless`], writable, as `user` (tests).
    pub fn open_keyless_as(path: &Path, user: String) -> Result<Store, StoreError> {
        Self::open_inner(path, false, user, true, false)
    }

    fn open_mode(
        path: &Path,
        create: bool,
        user: String,
        writable: bool,
    ) -> Result<Store, StoreError> {
        // An encrypted file is unlocked at once: a wrong passphrase is one line at the
        // start, before anything else happens.
        Self::open_inner(path, create, user, writable, true)
    }

    fn open_inner(
        path: &Path,
        create: bool,
        user: String,
        writable: bool,
        unlock: bool,
    ) -> Result<Store, StoreError> {
        let mut store = Store {
            path: path.to_owned(),
            user,
            gate: Mutex::new(()),
            writable,
            memory: None,
            memory_source: None,
            syslog: syslog::socket(),
            encrypted: false,
            keys: Mutex::new(None),
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
        if exists && writable {
            refuse_exposed(path)?;
        }
        if !writable {
            (store.memory, store.memory_source) = store.snapshot_if_needed()?.unzip();
        }
        store.encrypted =
            migrate::split_schema(store.read(|tx| tx.meta_u64(tables::SCHEMA_VERSION))?).1;
        migrate::prepare(&store)?;
        if unlock {
            store.unlock()?;
        }
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

    /// The file opened for writing, for the length of `f`. The open recovers what a
    /// crash left when redb recorded enough to do so (every commit here does); a file
    /// that needs a real repair is refused instead, untouched.
    fn with_db<R>(
        &self,
        f: impl FnOnce(&Database) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(db) = &self.memory {
            return f(db);
        }
        let db = self.open_writer()?;
        f(&db)
    }

    /// Runs `f` in one durable write transaction and moves the change counter, so that
    /// other windows notice. Nothing is written if `f` fails.
    pub fn write<R>(
        &self,
        f: impl FnOnce(&mut WriteTx) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        if !self.writable {
            return Err(StoreError::Invalid(
                crate::i18n::t("store-opened_read_only").to_owned(),
            ));
        }
        self.write_unchecked(f)
    }

    /// [`Store::write`], also for a store that only reads: the migration of its copy in
    /// memory.
    fn write_unchecked<R>(
        &self,
        f: impl FnOnce(&mut WriteTx) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.guarded(|| {
            self.with_db(|db| {
                let mut txn = db.begin_write().map_err(|e| self.db_err(e))?;
                txn.set_durability(Durability::Immediate)
                    .map_err(|e| StoreError::Db(e.to_string()))?;
                // A crash leaves enough behind to reopen a large file quickly.
                txn.set_quick_repair(true);
                let mut tx = WriteTx::new(self, txn, crate::domain::time::now());
                // A file encrypted (or replaced) since this store opened it is not
                // written with the wrong kind of values.
                let stored = tx.meta_u64(tables::SCHEMA_VERSION)?;
                if migrate::split_schema(stored).1 != self.encrypted {
                    return Err(StoreError::Invalid(
                        crate::i18n::t("crypt-changed_meanwhile").to_owned(),
                    ));
                }
                let out = f(&mut tx)?;
                let appended = tx.commit()?;
                syslog::send(&self.syslog, &self.user, &appended);
                Ok(out)
            })
        })
    }

    /// Runs `f` on a consistent read snapshot. The file is opened read-only, by
    /// descriptor (`open`), which leaves it untouched. What a crash left is recovered as
    /// redb does after a crash, by a writable open (a store that only reads has a copy in
    /// memory for this). A file that needs a repair is refused.
    pub fn read<R>(
        &self,
        f: impl FnOnce(&ReadTx) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.read_file(|tx, _| f(tx))
    }

    /// [`Store::read`], with the file the snapshot is read from: the descriptor redb
    /// reads, or the one a copy in memory was taken from (none for `check`'s copy).
    fn read_file<R>(
        &self,
        f: impl FnOnce(&ReadTx, Option<&fs::File>) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.guarded(|| {
            let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(db) = &self.memory {
                let txn = db.begin_read().map_err(|e| self.db_err(e))?;
                return f(&ReadTx::new(self, txn), self.memory_source.as_ref());
            }
            let file = self.open_file(false)?;
            // The database handle must outlive the transaction: a transaction whose
            // database was dropped fails with "Database has been closed".
            let (_ro, _rw, txn);
            match self.reader_on(&file) {
                Ok(db) => {
                    txn = db.begin_read().map_err(|e| self.db_err(e))?;
                    _ro = Some(db);
                }
                Err(StoreError::Damaged { .. }) if self.writable => {
                    let db = self.open_writer()?;
                    txn = db.begin_read().map_err(|e| self.db_err(e))?;
                    _rw = Some(db);
                }
                Err(e) => return Err(e),
            }
            f(&ReadTx::new(self, txn), Some(&file))
        })
    }

    /// Moves on every committed change, by anyone. Cheap: poll it when idle.
    pub fn change_counter(&self) -> Result<u64, StoreError> {
        self.read(|tx| tx.change_counter())
    }

    /// Every record, read in one snapshot.
    pub fn load(&self) -> Result<Dataset, StoreError> {
        self.read(|tx| tx.dataset())
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
        let data = self.load()?;
        Self::new_copy(dest, self.user.clone(), |copy| copy.restore(&data, false))
    }

    /// Writes what a salvage read to a new database at `dest` (created 0600), as it is:
    /// references to records that could not be read stay dangling, for a person to mend.
    pub fn backup_salvaged(salvage: &Salvage, dest: &Path) -> Result<u64, StoreError> {
        salvage
            .data
            .validate_ids()
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        Self::new_copy(dest, unix_user(), |copy| {
            // An encrypted file's salvage stays encrypted, under the same keys.
            if let Some(keys) = &salvage.keys {
                copy.take_salvaged_keys(keys)?;
            }
            copy.write(|tx| tx.replace_all(&salvage.data))
        })
    }

    fn new_copy(
        dest: &Path,
        user: String,
        fill: impl FnOnce(&mut Store) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError> {
        if dest.exists() {
            return Err(StoreError::io(
                dest,
                std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists"),
            ));
        }
        let mut copy = Store::open_as(dest, true, user)?;
        fill(&mut copy)?;
        Ok(fs::metadata(dest).map(|m| m.len()).unwrap_or(0))
    }
}

/// A database that other accounts could change (others may write it), or one that
/// another account owns and lets others read, is not written to: everything saved would
/// reach them. Such a file is what another user on the server leaves at a `--db` path in
/// a shared folder. A symbolic link is not followed. A file shared with a group must sit
/// in a folder of that group that others cannot enter (`init --group`: 0660 in a setgid
/// 2770 folder), so that no one outside the group can replace it.
fn refuse_exposed(path: &Path) -> Result<(), StoreError> {
    let link = fs::symlink_metadata(path).map_err(|e| StoreError::io(path, e))?;
    refuse_exposed_file(path, &link)
}

/// [`refuse_exposed`] on the metadata of the file itself (`lstat`, or `fstat` of the
/// descriptor redb then writes through).
fn refuse_exposed_file(path: &Path, link: &fs::Metadata) -> Result<(), StoreError> {
    use std::os::unix::fs::MetadataExt;
    if !link.file_type().is_file() {
        return Err(StoreError::NotADatabase {
            path: path.to_owned(),
            detail: crate::i18n::t("store-not_a_plain_file").to_owned(),
        });
    }
    let m = link;
    let mode = m.mode() & 0o777;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if mode & 0o002 != 0 || (m.uid() != me && mode & 0o004 != 0) {
        return Err(StoreError::Exposed {
            path: path.to_owned(),
            mode,
            owner: m.uid(),
        });
    }
    // Group-writable: a team's file. (One's own 0644 copy stays one's own.)
    if mode & 0o020 != 0 {
        refuse_loose_group(path, m)?;
    }
    Ok(())
}

/// A group-writable file: others have no access to it, and its folder has the same group,
/// the setgid bit, and nothing for others.
fn refuse_loose_group(path: &Path, m: &fs::Metadata) -> Result<(), StoreError> {
    use std::os::unix::fs::MetadataExt;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let d = fs::metadata(dir).map_err(|e| StoreError::io(dir, e))?;
    let fits = m.mode() & 0o007 == 0
        && d.gid() == m.gid()
        && d.mode() & 0o2000 != 0
        && d.mode() & 0o007 == 0;
    if fits {
        return Ok(());
    }
    Err(StoreError::Locked {
        path: path.to_owned(),
        detail: crate::i18n::tf(
            "store-group_misfit",
            &[
                ("mode", &format!("{:o}", m.mode() & 0o777)),
                ("dir_mode", &format!("{:o}", d.mode() & 0o7777)),
                ("gid", &m.gid()),
                ("dir_gid", &d.gid()),
            ],
        ),
    })
}
