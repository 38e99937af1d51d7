//! A team on one encrypted database: each person has a slot (their key pair, the data
//! key sealed to it). Adding someone needs the data key, never their passphrase;
//! removing someone rotates the data key, so that a copy of the old one opens nothing
//! written afterwards, nor the file as it is from then on (every value is sealed anew).

use std::collections::HashMap;
use std::sync::Arc;

use redb::ReadableTable;
use zeroize::Zeroizing;

use super::keys::{CRYPT, Keyring, crypt_err, decode, encode, slot_key};
use super::sealed::{CASE_KEYS, SEALED, open_case_key, open_value, seal_case_key, seal_value};
use super::{Store, StoreError, WriteTx, tables};
use crate::crypt::slots::{Header, Slot, one_time_code, parse_recovery};
use crate::crypt::{self, CryptError, Key};
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::i18n::tf;

/// A person with access, as `team list` shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user: String,
    /// Still holds the one-time code of `team add`.
    pub pending: bool,
}

impl Store {
    fn require_encrypted(&self) -> Result<(), StoreError> {
        if self.encrypted {
            Ok(())
        } else {
            Err(crypt_err(&self.path, crate::i18n::t("crypt-not_encrypted")))
        }
    }

    /// Everyone with a slot, by account name. Needs no key.
    pub fn team(&self) -> Result<Vec<Member>, StoreError> {
        self.require_encrypted()?;
        self.read_crypt(|t| {
            let mut out = Vec::new();
            for row in t.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                if let Some(user) = k.value().strip_prefix("slot.") {
                    let slot: Slot = decode(&self.path, v.value())?;
                    out.push(Member {
                        user: user.to_owned(),
                        pending: slot.one_time,
                    });
                }
            }
            Ok(out)
        })
    }

    /// Gives `user` a slot sealed by a one-time code, returned to be handed over.
    pub fn team_add(&self, user: &str) -> Result<Zeroizing<String>, StoreError> {
        self.require_encrypted()?;
        let ring = self
            .unlock()?
            .ok_or_else(|| crypt_err(&self.path, CryptError::WrongKey))?;
        let code = one_time_code().map_err(|e| crypt_err(&self.path, e))?;
        let slot = Slot::new(user, code.as_bytes(), &ring.data, true)
            .map_err(|e| crypt_err(&self.path, e))?;
        self.write(|tx| {
            if read_slot(tx, user)?.is_some() {
                return Err(crypt_err(
                    &self.path,
                    tf("crypt-already_member", &[("user", &user)]),
                ));
            }
            put_slot(tx, user, &slot)?;
            tx.append_audit(AuditEvent::new(
                AuditKind::TeamAdded,
                format!("user:{user}"),
                "slot sealed by a one-time code",
            ))?;
            Ok(())
        })?;
        Ok(code)
    }

    /// Sets the current user's passphrase: `current` is their passphrase, the one-time
    /// code of `team add`, or the recovery key (which gives them a new slot).
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<(), StoreError> {
        self.require_encrypted()?;
        let (header, slot) = self.key_material()?;
        let user = self.user.clone();
        let err = |e: CryptError| crypt_err(&self.path, e);
        let new_slot = if let Some(recovery) = parse_recovery(current) {
            let data = crypt::unwrap_with(&recovery, &header.recovery_wrapped).map_err(err)?;
            Slot::new(&user, new.as_bytes(), &data, false).map_err(err)?
        } else {
            let mut slot =
                slot.ok_or_else(|| crypt_err(&self.path, tf("crypt-no_slot", &[("user", &user)])))?;
            let pair = slot.open(&user, current.as_bytes()).map_err(err)?;
            slot.reseal(&user, &pair, new.as_bytes(), false)
                .map_err(err)?;
            slot
        };
        self.write(|tx| {
            put_slot(tx, &user, &new_slot)?;
            tx.append_audit(AuditEvent::new(
                AuditKind::PassphraseChanged,
                format!("user:{user}"),
                "own key slot sealed anew",
            ))?;
            Ok(())
        })
    }

    /// Takes `user`'s slot away and rotates the data key: every value and case key is
    /// sealed anew under a new key and epoch, sealed to those who remain and to the
    /// recovery key, in one transaction.
    pub fn team_remove(&self, user: &str) -> Result<(), StoreError> {
        self.require_encrypted()?;
        let err = |e: CryptError| crypt_err(&self.path, e);
        let data = crypt::random_key().map_err(err)?;
        let mut key_id = [0u8; 16];
        getrandom::fill(&mut key_id).map_err(|e| err(CryptError::Random(e.to_string())))?;
        let new = self.write(|tx| {
            let old = tx.ring()?;
            let new = Keyring {
                epoch: old.epoch + 1,
                key_id,
                data: data.clone(),
                pair: old.pair.clone(),
                recovery: old.recovery,
            };
            if read_slot(tx, user)?.is_none() {
                return Err(crypt_err(
                    &self.path,
                    tf("crypt-not_member", &[("user", &user)]),
                ));
            }
            let mut t = tx.txn.open_table(CRYPT).map_err(|e| self.db_err(e))?;
            t.remove(slot_key(user).as_str())
                .map_err(|e| self.db_err(e))?;
            let mut rows: Vec<(String, Vec<u8>)> = Vec::new();
            for row in t.iter().map_err(|e| self.db_err(e))? {
                let (k, v) = row.map_err(|e| self.db_err(e))?;
                rows.push((k.value().to_owned(), v.value().to_vec()));
            }
            for (k, v) in rows {
                let bytes = if k == "header" {
                    let mut h: Header = decode(&self.path, &v)?;
                    h.epoch = new.epoch;
                    h.key_id = new.key_id;
                    h.recovery_wrapped = crypt::wrap_to(&h.recovery_public, &data).map_err(err)?;
                    encode(&h)?
                } else {
                    let mut s: Slot = decode(&self.path, &v)?;
                    s.wrapped = crypt::wrap_to(&s.public, &data).map_err(err)?;
                    encode(&s)?
                };
                t.insert(k.as_str(), bytes.as_slice())
                    .map_err(|e| self.db_err(e))?;
            }
            drop(t);
            reseal_everything(tx, &old, &new)?;
            tx.append_audit(AuditEvent::new(
                AuditKind::TeamRemoved,
                format!("user:{user}"),
                "data key rotated",
            ))?;
            Ok(new)
        })?;
        self.set_keys(Arc::new(new));
        Ok(())
    }
}

fn read_slot(tx: &WriteTx, user: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let t = tx.txn.open_table(CRYPT).map_err(|e| tx.store.db_err(e))?;
    let v = t
        .get(slot_key(user).as_str())
        .map_err(|e| tx.store.db_err(e))?;
    Ok(v.map(|v| v.value().to_vec()))
}

fn put_slot(tx: &WriteTx, user: &str, slot: &Slot) -> Result<(), StoreError> {
    let mut t = tx.txn.open_table(CRYPT).map_err(|e| tx.store.db_err(e))?;
    t.insert(slot_key(user).as_str(), encode(slot)?.as_slice())
        .map_err(|e| tx.store.db_err(e))?;
    Ok(())
}

/// Every sealed value and case key, opened with `old` and sealed with `new`.
fn reseal_everything(tx: &mut WriteTx, old: &Keyring, new: &Keyring) -> Result<(), StoreError> {
    let store = tx.store;
    let err = |e: CryptError| crypt_err(&store.path, e);
    let mut cases: HashMap<u64, Key> = HashMap::new();
    {
        let mut t = tx.txn.open_table(CASE_KEYS).map_err(|e| store.db_err(e))?;
        let mut rows = Vec::new();
        for row in t.iter().map_err(|e| store.db_err(e))? {
            let (k, v) = row.map_err(|e| store.db_err(e))?;
            rows.push((k.value(), v.value().to_vec()));
        }
        for (case, sealed) in rows {
            let key = open_case_key(old, case, &sealed).map_err(err)?;
            t.insert(
                case,
                seal_case_key(new, case, &key).map_err(err)?.as_slice(),
            )
            .map_err(|e| store.db_err(e))?;
            cases.insert(case, key);
        }
    }
    macro_rules! reseal {
        ($($field:ident: $ty:ty,)*) => {$(
            if stringify!($field) != "audit" {
                let mut t = tx.txn.open_table(tables::records::<$ty>()).map_err(|e| store.db_err(e))?;
                let mut rows = Vec::new();
                for row in t.iter().map_err(|e| store.db_err(e))? {
                    let (k, v) = row.map_err(|e| store.db_err(e))?;
                    rows.push((k.value(), v.value().to_vec()));
                }
                for (id, bytes) in rows {
                    let sealed = reseal_one(stringify!($field), id, &bytes, old, new, &cases, store)?;
                    t.insert(id, sealed.as_slice()).map_err(|e| store.db_err(e))?;
                }
            }
        )*};
    }
    crate::for_each_kind!(reseal);
    Ok(())
}

fn reseal_one(
    kind: &str,
    id: u64,
    bytes: &[u8],
    old: &Keyring,
    new: &Keyring,
    cases: &HashMap<u64, Key>,
    store: &Store,
) -> Result<Vec<u8>, StoreError> {
    debug_assert_eq!(bytes.first(), Some(&SEALED));
    let mut find = |c: u64| {
        cases
            .get(&c)
            .cloned()
            .ok_or_else(|| crypt_err(&store.path, tf("crypt-case_key_gone", &[("id", &c)])))
    };
    let plain = open_value(old, kind, id, bytes, &mut find)?;
    let case = super::sealed::sealed_case(bytes).map_err(|e| crypt_err(&store.path, e))?;
    let case = (case != 0)
        .then(|| cases.get(&case).map(|k| (case, k)))
        .flatten();
    seal_value(new, kind, id, case, &plain).map_err(|e| crypt_err(&store.path, e))
}
