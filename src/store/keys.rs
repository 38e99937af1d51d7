//! The keys of an encrypted database, kept in its `crypt` table: the header (epoch,
//! recovery key) and one slot per person. Unlocking asks for the passphrase once per
//! process and file; the data key then stays in memory (zeroized when dropped).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use redb::{ReadableDatabase, TableDefinition, TableError};

use super::{Store, StoreError};
use crate::crypt::slots::{Header, Slot, parse_recovery};
use crate::crypt::{self, CryptError, Key, KeyPair, passphrase};
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

/// The unlocked keys, in memory: the person's private key (or the recovery key), and the
/// data key it opened from the file's header as last seen.
pub struct Keyring {
    pub(super) epoch: u32,
    pub(super) key_id: [u8; 16],
    pub(super) data: Key,
    /// The private key that opened it: when another process replaces the data key
    /// (`team remove`), the new one is opened with it, without asking again.
    pub(super) pair: Arc<KeyPair>,
    /// `pair` is the recovery key, not a person's.
    pub(super) recovery: bool,
}

impl Keyring {
    /// The keyring for `header`, opened with this ring's private key.
    pub(super) fn for_header(
        &self,
        path: &Path,
        header: &Header,
        slot: Option<&Slot>,
    ) -> Result<Keyring, StoreError> {
        let wrapped = if self.recovery {
            (header.recovery_public == self.pair.public).then_some(&header.recovery_wrapped)
        } else {
            slot.filter(|s| s.public == self.pair.public)
                .map(|s| &s.wrapped)
        };
        let wrapped =
            wrapped.ok_or_else(|| crypt_err(path, crate::i18n::t("crypt-key_replaced")))?;
        let data = crypt::unwrap_with(&self.pair, wrapped).map_err(|e| crypt_err(path, e))?;
        Ok(Keyring {
            epoch: header.epoch,
            key_id: header.key_id,
            data,
            pair: self.pair.clone(),
            recovery: self.recovery,
        })
    }
}

/// Private keys already unlocked in this process, by file and account: the passphrase
/// is asked once.
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

    /// The keys, unlocked on first use: the passphrase is asked for once per process
    /// (a prompt, or the passphrase file). A plain database has none.
    pub fn unlock(&self) -> Result<Option<Arc<Keyring>>, StoreError> {
        if !self.encrypted {
            return Ok(None);
        }
        if let Some(k) = self.keys.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            return Ok(Some(k.clone()));
        }
        let (header, slot) = self.key_material()?;
        self.unlock_from(&header, slot).map(Some)
    }

    /// Unlocks with the key material given (read in a transaction, or by [`unlock`]).
    fn unlock_from(&self, header: &Header, slot: Option<Slot>) -> Result<Arc<Keyring>, StoreError> {
        let mut held = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = held.as_ref() {
            return Ok(k.clone());
        }
        // A private key unlocked earlier in this process opens this file's data key
        // when it is still this account's (or the recovery) key.
        let earlier = remembered(&self.path, &self.user)
            .and_then(|r| r.for_header(&self.path, header, slot.as_ref()).ok());
        let ring = match earlier {
            Some(r) => Arc::new(r),
            None => Arc::new(self.unlock_now(header, slot)?),
        };
        remember(&self.path, &self.user, ring.clone());
        *held = Some(ring.clone());
        Ok(ring)
    }

    /// The keys for `header` as read in a transaction: the ones in memory, or, when
    /// another process replaced the data key since, the new one opened with the same
    /// private key (kept from then on). Reads nothing itself: a transaction holds the
    /// file.
    pub(super) fn ring_for(
        &self,
        header: &[u8],
        slot: Option<&[u8]>,
    ) -> Result<Arc<Keyring>, StoreError> {
        let header: Header = decode(&self.path, header)?;
        let slot = slot.map(|s| decode::<Slot>(&self.path, s)).transpose()?;
        let ring = self.unlock_from(&header, slot.clone())?;
        if header.key_id == ring.key_id {
            return Ok(ring);
        }
        let newer = Arc::new(ring.for_header(&self.path, &header, slot.as_ref())?);
        if header.epoch >= ring.epoch {
            self.set_keys(newer.clone());
        }
        Ok(newer)
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
                None => self.open_reader()?.0.begin_read(),
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

    fn unlock_now(&self, header: &Header, slot: Option<Slot>) -> Result<Keyring, StoreError> {
        let shown = crate::domain::sanitize::path(&self.path);
        let pass = passphrase::read(&tf("crypt-prompt", &[("path", &shown)]))
            .map_err(|e| crypt_err(&self.path, e))?;
        let err = |e: CryptError| crypt_err(&self.path, e);
        if let Some(recovery) = parse_recovery(&pass) {
            let data = crypt::unwrap_with(&recovery, &header.recovery_wrapped).map_err(err)?;
            return Ok(Keyring {
                epoch: header.epoch,
                key_id: header.key_id,
                data,
                pair: Arc::new(recovery),
                recovery: true,
            });
        }
        let slot = slot
            .ok_or_else(|| crypt_err(&self.path, tf("crypt-no_slot", &[("user", &self.user)])))?;
        let pair = slot.open(&self.user, pass.as_bytes()).map_err(err)?;
        if slot.one_time {
            return Err(crypt_err(
                &self.path,
                crate::i18n::t("crypt-one_time_first"),
            ));
        }
        let data = slot.data_key(&pair).map_err(err)?;
        Ok(Keyring {
            epoch: header.epoch,
            key_id: header.key_id,
            data,
            pair: Arc::new(pair),
            recovery: false,
        })
    }
}
