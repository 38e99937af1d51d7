//! The keys of an encrypted database, kept in its `crypt` table: the header (epoch,
//! recovery key) and one slot per person. Unlocking asks for the passphrase once per
//! process and file; the data key then stays in memory (zeroized when dropped).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use redb::{ReadableDatabase, TableDefinition, TableError};

use super::{Store, StoreError};
use crate::crypt::slots::{Header, Slot, parse_recovery};
use crate::crypt::{self, CryptError, Key, passphrase};
use crate::i18n::tf;

/// `header` and `slot.<user>`: postcard values. Not sealed: they hold only public keys
/// and sealed secrets.
pub(super) const CRYPT: TableDefinition<&str, &[u8]> = TableDefinition::new("crypt");
const HEADER: &str = "header";

/// Added to the schema version of an encrypted file. An older roundtable reads the sum
/// as a schema newer than its own and refuses the file untouched ("upgrade roundtable");
/// the record schema itself is the remainder.
pub const ENCRYPTED_MARK: u64 = 1_000_000;

pub(super) fn slot_key(user: &str) -> String {
    format!("slot.{user}")
}

/// The data key of one epoch, in memory.
pub struct Keyring {
    pub(super) epoch: u32,
    pub(super) data: Key,
}

impl Keyring {
    pub(super) fn new(epoch: u32, data: Key) -> Keyring {
        Keyring { epoch, data }
    }
}

/// Keys already unlocked in this process, by file and account: the passphrase is asked
/// once.
type Unlocked = Vec<((PathBuf, String), Arc<Keyring>)>;
static UNLOCKED: Mutex<Unlocked> = Mutex::new(Vec::new());

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

pub(super) fn remember(path: &Path, user: &str, ring: Arc<Keyring>) {
    let path = (canonical(path), user.to_owned());
    let mut all = UNLOCKED.lock().unwrap_or_else(|p| p.into_inner());
    all.retain(|(p, _)| *p != path);
    all.push((path, ring));
}

fn remembered(path: &Path, user: &str) -> Option<Arc<Keyring>> {
    let path = (canonical(path), user.to_owned());
    let all = UNLOCKED.lock().unwrap_or_else(|p| p.into_inner());
    all.iter().find(|(p, _)| *p == path).map(|(_, r)| r.clone())
}

pub(super) fn crypt_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Locked {
        path: path.to_owned(),
        detail: e.to_string(),
    }
}

pub(super) fn decode<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
) -> Result<T, StoreError> {
    postcard::from_bytes(bytes).map_err(|_| crypt_err(path, CryptError::Tampered))
}

pub(super) fn encode<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(v).map_err(|e| StoreError::Invalid(e.to_string()))
}

impl Store {
    /// Whether the file is encrypted (its schema version carries [`ENCRYPTED_MARK`]).
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// The data key, unlocked on first use: asked for once per process (a prompt, or the
    /// passphrase file). A plain database has none.
    pub fn unlock(&self) -> Result<Option<Arc<Keyring>>, StoreError> {
        if !self.encrypted {
            return Ok(None);
        }
        let mut held = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = held.as_ref() {
            return Ok(Some(k.clone()));
        }
        let ring = match remembered(&self.path, &self.user) {
            Some(r) => r,
            None => {
                let r = Arc::new(self.unlock_now()?);
                remember(&self.path, &self.user, r.clone());
                r
            }
        };
        *held = Some(ring.clone());
        Ok(Some(ring))
    }

    /// Replaces the keys in memory (after `team remove` rotated them).
    pub(super) fn set_keys(&self, ring: Arc<Keyring>) {
        remember(&self.path, &self.user, ring.clone());
        *self.keys.lock().unwrap_or_else(|p| p.into_inner()) = Some(ring);
    }

    /// The header and this user's slot, read without any key.
    pub(super) fn key_material(&self) -> Result<(Header, Option<Slot>), StoreError> {
        let (header, slot) = self.read_crypt(|t| {
            let h = t
                .get(HEADER)
                .map_err(|e| self.db_err(e))?
                .map(|v| v.value().to_vec());
            let s = t
                .get(slot_key(&self.user).as_str())
                .map_err(|e| self.db_err(e))?
                .map(|v| v.value().to_vec());
            Ok((h, s))
        })?;
        let header = header.ok_or_else(|| crypt_err(&self.path, CryptError::Tampered))?;
        let header: Header = decode(&self.path, &header)?;
        let slot = slot.map(|s| decode::<Slot>(&self.path, &s)).transpose()?;
        Ok((header, slot))
    }

    /// Runs `f` on the `crypt` table in a read snapshot.
    pub(super) fn read_crypt<R>(
        &self,
        f: impl FnOnce(&redb::ReadOnlyTable<&str, &[u8]>) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        self.guarded(|| {
            let _gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
            let txn = match &self.memory {
                Some(db) => db.begin_read(),
                None => self
                    .open_with(|| super::reader().open_read_only(&self.path))?
                    .begin_read(),
            }
            .map_err(|e| self.db_err(e))?;
            match txn.open_table(CRYPT) {
                Ok(t) => f(&t),
                Err(TableError::TableDoesNotExist(_)) => {
                    Err(crypt_err(&self.path, CryptError::Tampered))
                }
                Err(e) => Err(self.db_err(e)),
            }
        })
    }

    fn unlock_now(&self) -> Result<Keyring, StoreError> {
        let (header, slot) = self.key_material()?;
        let shown = crate::domain::sanitize::path(&self.path);
        let pass = passphrase::read(&tf("crypt.prompt", &[("path", &shown)]))
            .map_err(|e| crypt_err(&self.path, e))?;
        let data = if let Some(recovery) = parse_recovery(&pass) {
            crypt::unwrap_with(&recovery, &header.recovery_wrapped)
        } else {
            let slot = slot.ok_or_else(|| {
                crypt_err(&self.path, tf("crypt.no_slot", &[("user", &self.user)]))
            })?;
            let pair = slot.open(&self.user, pass.as_bytes());
            if slot.one_time && pair.is_ok() {
                return Err(crypt_err(
                    &self.path,
                    crate::i18n::t("crypt.one_time_first"),
                ));
            }
            pair.and_then(|p| slot.data_key(&p))
        }
        .map_err(|e| crypt_err(&self.path, e))?;
        Ok(Keyring::new(header.epoch, data))
    }
}
