//! Making an encrypted database: `init` (a new one) and `encrypt` (a plain one, written
//! to a new file and put in place, so that a crash half-way leaves the plain file as it
//! was), and the backup of an encrypted file (its bytes as they are, no key needed).

use std::fs;
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zeroize::Zeroizing;

use super::keys::{CRYPT, ENCRYPTED_MARK, Keyring, crypt_err, encode, slot_key};
use super::{SCHEMA_VERSION, Store, StoreError, tables};
use crate::crypt;
use crate::crypt::slots::{Header, Slot};

/// The file a new encrypted database is written to before it is put in place.
pub fn work_file(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.encrypting"))
}

impl Store {
    /// Creates an encrypted database at `path` for the current user, with `pass` as
    /// their passphrase. Returns it and the recovery key's text, to be shown once.
    pub fn init_encrypted(
        path: &Path,
        pass: &str,
    ) -> Result<(Store, Zeroizing<String>), StoreError> {
        if path.exists() {
            return Err(StoreError::io(
                path,
                std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists"),
            ));
        }
        let work = work_file(path);
        let _ = fs::remove_file(&work);
        let (store, recovery) = Self::new_encrypted(&work, pass)?;
        drop(store);
        put_in_place(&work, path, false)?;
        Ok((Store::open(path, false)?, recovery))
    }

    /// A new, empty encrypted database at `path` (which must not exist).
    fn new_encrypted(path: &Path, pass: &str) -> Result<(Store, Zeroizing<String>), StoreError> {
        let mut store = Store::open(path, true)?;
        let data = crypt::random_key().map_err(|e| crypt_err(path, e))?;
        let (header, recovery) = Header::new(&data, 1).map_err(|e| crypt_err(path, e))?;
        let (slot, pair) = Slot::with_pair(&store.user, pass.as_bytes(), &data, false)
            .map_err(|e| crypt_err(path, e))?;
        let user = store.user.clone();
        store.write(|tx| {
            let mut t = tx.txn.open_table(CRYPT).map_err(|e| tx.store.db_err(e))?;
            t.insert("header", encode(&header)?.as_slice())
                .map_err(|e| tx.store.db_err(e))?;
            t.insert(slot_key(&user).as_str(), encode(&slot)?.as_slice())
                .map_err(|e| tx.store.db_err(e))?;
            drop(t);
            tx.set_meta_u64(tables::SCHEMA_VERSION, SCHEMA_VERSION + ENCRYPTED_MARK)
        })?;
        store.encrypted = true;
        store.set_keys(Arc::new(Keyring {
            epoch: header.epoch,
            key_id: header.key_id,
            data,
            pair: Arc::new(pair),
            recovery: false,
        }));
        Ok((store, recovery))
    }

    /// Encrypts this plain database: every record is written sealed to a new file, which
    /// then replaces this one. Writers wait meanwhile (a read handle holds the file).
    /// Returns the recovery key's text.
    pub fn encrypt_in_place(&self, pass: &str) -> Result<Zeroizing<String>, StoreError> {
        if self.encrypted {
            return Err(crypt_err(
                &self.path,
                crate::i18n::t("crypt-already_encrypted"),
            ));
        }
        let work = work_file(&self.path);
        let _ = fs::remove_file(&work);
        self.read(|tx| {
            let data = tx.dataset()?;
            let (copy, recovery) = Self::new_encrypted(&work, pass)?;
            copy.write(|w| w.replace_all(&data))?;
            drop(copy);
            put_in_place(&work, &self.path, true)?;
            Ok(recovery)
        })
    }

    /// A copy of an encrypted file as it is (sealed), taken while a read handle keeps
    /// writers out: no passphrase is needed, so a cron job holds no secret.
    pub fn backup_sealed(&self, dest: &Path) -> Result<u64, StoreError> {
        self.read_file(|_, from| {
            // The very file the snapshot reads, never the path again (see `open`).
            let fresh;
            let from = match from {
                Some(f) => f,
                None => {
                    fresh = self.open_file(false)?;
                    &fresh
                }
            };
            let to = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(dest)
                .map_err(|e| StoreError::io(dest, e))?;
            let n = super::open::copy_all(from, |at, piece| to.write_all_at(piece, at))
                .map_err(|e| StoreError::io(dest, e))?;
            to.sync_all().map_err(|e| StoreError::io(dest, e))?;
            Ok(n)
        })
    }
}

/// Moves the finished `work` file to `path` (replacing it when `replace`), durably.
fn put_in_place(work: &Path, path: &Path, replace: bool) -> Result<(), StoreError> {
    fs::File::open(work)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io(work, e))?;
    if replace {
        fs::rename(work, path).map_err(|e| StoreError::io(path, e))?;
    } else {
        // A hard link never replaces a file that appeared meanwhile.
        fs::hard_link(work, path).map_err(|e| StoreError::io(path, e))?;
        fs::remove_file(work).map_err(|e| StoreError::io(work, e))?;
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io(dir, e))
}
