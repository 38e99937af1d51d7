//! Record values of an encrypted database: `[3][epoch: u32][case: u64][nonce][ciphertext]`.
//! The plaintext is the record's ordinary bytes (`codec`). The associated data binds the
//! value to its table, id, epoch and case, so that a value copied to another record, or
//! kept from an earlier key, does not open. Notes, decisions and actions of a case are
//! sealed under a key of that case ([`case_of`]): destroying it shreds them.
//!
//! The audit trail stays plain: it holds ids, kinds and account names, no content, and a
//! `backup` by cron appends to it without a passphrase.

use std::any::Any;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use redb::{ReadableTable, TableDefinition, TableError};
use zeroize::Zeroizing;

use super::keys::{Keyring, crypt_err};
use super::{ReadTx, Store, StoreError, WriteTx};
use crate::crypt::{self, CryptError, Key};
use crate::domain::Id;
use crate::domain::dataset::Record;

pub(super) const SEALED: u8 = 3;
pub(super) const HEAD: usize = 1 + 4 + 8;

/// Case id → the case key, sealed under the data key.
pub(super) const CASE_KEYS: TableDefinition<u64, &[u8]> = TableDefinition::new("case_keys");

/// The case whose key seals `rec`, if any.
pub fn case_of<T: Record>(rec: &T) -> Option<Id> {
    use crate::domain::note::{ActionItem, Decision, Note};
    let any = rec as &dyn Any;
    if let Some(n) = any.downcast_ref::<Note>() {
        return n.anchor.case;
    }
    if let Some(d) = any.downcast_ref::<Decision>() {
        return d.anchor.case;
    }
    any.downcast_ref::<ActionItem>().and_then(|a| a.anchor.case)
}

pub(super) fn is_audit(kind: &str) -> bool {
    kind == <crate::domain::audit::AuditEvent as Record>::KIND
}

fn ad(kind: &str, id: Id, epoch: u32, case: u64) -> Vec<u8> {
    let mut ad = Vec::new();
    ad_into(&mut ad, kind, id, epoch, case);
    ad
}

/// The associated data of a record value (table, id, epoch, case), written into `ad`.
pub(super) fn ad_into(ad: &mut Vec<u8>, kind: &str, id: Id, epoch: u32, case: u64) {
    ad.clear();
    ad.extend_from_slice(b"roundtable v1 record\0");
    ad.extend_from_slice(kind.as_bytes());
    ad.push(0);
    ad.extend_from_slice(&id.to_le_bytes());
    ad.extend_from_slice(&epoch.to_le_bytes());
    ad.extend_from_slice(&case.to_le_bytes());
}

/// The head of a sealed value: tag, epoch, case.
fn head(epoch: u32, case: u64, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    out.push(SEALED);
    out.extend_from_slice(&epoch.to_le_bytes());
    out.extend_from_slice(&case.to_le_bytes());
    out
}

fn record_key(ring: &Keyring, case_key: Option<&Key>) -> Key {
    match case_key {
        None => crypt::derive(ring.data.as_ref(), b"", b"roundtable v1 records"),
        Some(ck) => crypt::derive(
            ck.as_ref(),
            ring.data.as_ref(),
            b"roundtable v1 case records",
        ),
    }
}

fn case_key_ad(case: Id, epoch: u32) -> Vec<u8> {
    [
        b"roundtable v1 case key\0".as_slice(),
        &case.to_le_bytes(),
        &epoch.to_le_bytes(),
    ]
    .concat()
}

fn case_wrap_key(ring: &Keyring) -> Key {
    crypt::derive(ring.data.as_ref(), b"", b"roundtable v1 case keys")
}

/// A case key sealed for storage.
pub(super) fn seal_case_key(ring: &Keyring, case: Id, key: &Key) -> Result<Vec<u8>, CryptError> {
    crypt::seal(
        &case_wrap_key(ring),
        &case_key_ad(case, ring.epoch),
        key.as_ref(),
    )
}

pub(super) fn open_case_key(ring: &Keyring, case: Id, sealed: &[u8]) -> Result<Key, CryptError> {
    crypt::to_key(&crypt::open(
        &case_wrap_key(ring),
        &case_key_ad(case, ring.epoch),
        sealed,
    )?)
}

/// Seals a record's plain bytes.
pub(super) fn seal_value(
    ring: &Keyring,
    kind: &str,
    id: Id,
    case: Option<(Id, &Key)>,
    plain: &[u8],
) -> Result<Vec<u8>, CryptError> {
    let case_id = case.map_or(0, |(c, _)| c);
    let key = record_key(ring, case.map(|(_, k)| k));
    let mut out = head(ring.epoch, case_id, HEAD + plain.len() + 40);
    crypt::Opener::new(&key).seal_into(&ad(kind, id, ring.epoch, case_id), plain, &mut out)?;
    Ok(out)
}

/// The case a sealed value names (0: none), without opening it.
pub(super) fn sealed_case(bytes: &[u8]) -> Result<u64, CryptError> {
    let head = bytes.get(5..HEAD).ok_or(CryptError::Tampered)?;
    Ok(u64::from_le_bytes(
        head.try_into().map_err(|_| CryptError::Tampered)?,
    ))
}

pub(super) fn tampered(kind: &str, id: Id) -> StoreError {
    StoreError::Codec {
        kind: static_kind(kind),
        id,
        detail: CryptError::Tampered.to_string(),
    }
}

/// The epoch and case a sealed value names, once its head is checked: the right tag, and
/// the epoch of `ring` (a value kept from an earlier key is refused before any opening).
pub(super) fn sealed_head(
    ring: &Keyring,
    kind: &str,
    id: Id,
    bytes: &[u8],
) -> Result<(u32, u64), StoreError> {
    if bytes.len() < HEAD || bytes[0] != SEALED {
        return Err(tampered(kind, id));
    }
    let epoch = u32::from_le_bytes(bytes[1..5].try_into().map_err(|_| tampered(kind, id))?);
    let case = sealed_case(bytes).map_err(|_| tampered(kind, id))?;
    if epoch != ring.epoch {
        return Err(tampered(kind, id));
    }
    Ok((epoch, case))
}

/// Opens a sealed value; `case_key` finds the key of the case it names.
pub(super) fn open_value(
    ring: &Keyring,
    kind: &str,
    id: Id,
    bytes: &[u8],
    case_key: &mut dyn FnMut(Id) -> Result<Key, StoreError>,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let (epoch, case) = sealed_head(ring, kind, id, bytes)?;
    let ck = if case == 0 {
        None
    } else {
        Some(case_key(case)?)
    };
    let key = record_key(ring, ck.as_ref());
    crypt::open(&key, &ad(kind, id, epoch, case), &bytes[HEAD..]).map_err(|_| tampered(kind, id))
}

/// Record kinds are `'static` names; an unknown one (never in practice) reads "record".
fn static_kind(kind: &str) -> &'static str {
    macro_rules! find {
        ($($field:ident: $ty:ty,)*) => {
            $(if kind == stringify!($field) { return stringify!($field); })*
        };
    }
    crate::for_each_kind!(find);
    "record"
}

/// Plain bytes, borrowed from the file (a plain database) or opened (an encrypted one).
pub(super) enum Plain<'b> {
    Stored(&'b [u8]),
    Opened(Zeroizing<Vec<u8>>),
}

impl std::ops::Deref for Plain<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Plain::Stored(b) => b,
            Plain::Opened(v) => v,
        }
    }
}

/// The keys of one transaction: the keyring for the header in its snapshot, the case
/// keys opened so far, one cipher per record key (derived once per epoch and case, not
/// once per value, for opening and sealing alike), the buffer values are opened into and
/// the one associated data is built in. All of it is wiped when the transaction ends (the
/// keys and ciphers zeroize on drop, and so does the buffer).
#[derive(Default)]
pub(super) struct CaseKeys {
    keys: RefCell<HashMap<Id, Key>>,
    ring: OnceCell<Arc<Keyring>>,
    openers: RefCell<HashMap<(u32, u64), Arc<crypt::Opener>>>,
    buf: RefCell<Zeroizing<Vec<u8>>>,
    ad: RefCell<Vec<u8>>,
}

impl CaseKeys {
    fn get(
        &self,
        store: &Store,
        ring: &Keyring,
        case: Id,
        fetch: impl FnOnce(Id) -> Result<Option<Vec<u8>>, StoreError>,
    ) -> Result<Key, StoreError> {
        if let Some(k) = self.keys.borrow().get(&case) {
            return Ok(k.clone());
        }
        let sealed = fetch(case)?.ok_or_else(|| {
            crypt_err(
                &store.path,
                crate::i18n::tf("crypt-case_key_gone", &[("id", &case)]),
            )
        })?;
        let key = open_case_key(ring, case, &sealed).map_err(|e| crypt_err(&store.path, e))?;
        self.keys.borrow_mut().insert(case, key.clone());
        Ok(key)
    }

    pub(super) fn forget(&self, case: Id) {
        self.keys.borrow_mut().remove(&case);
        self.openers.borrow_mut().retain(|&(_, c), _| c != case);
    }

    /// Makes the cipher of the record key of (`epoch`, `case`) unless this transaction
    /// has it; `case_key` gives the key of a case.
    fn ensure_cipher(
        &self,
        ring: &Keyring,
        (epoch, case): (u32, u64),
        case_key: impl FnOnce(Id) -> Result<Key, StoreError>,
    ) -> Result<(), StoreError> {
        if self.openers.borrow().contains_key(&(epoch, case)) {
            return Ok(());
        }
        let ck = match case {
            0 => None,
            c => Some(case_key(c)?),
        };
        let opener = Arc::new(crypt::Opener::new(&record_key(ring, ck.as_ref())));
        self.openers.borrow_mut().insert((epoch, case), opener);
        Ok(())
    }

    /// The cipher of the record key of (`epoch`, `case`), made on first use as
    /// [`CaseKeys::ensure_cipher`] makes it, to hand to another thread.
    pub(super) fn cipher(
        &self,
        store: &Store,
        ring: &Keyring,
        (epoch, case): (u32, u64),
        fetch: &dyn Fn(Id) -> Result<Option<Vec<u8>>, StoreError>,
    ) -> Result<Arc<crypt::Opener>, StoreError> {
        self.ensure_cipher(ring, (epoch, case), |c| self.get(store, ring, c, fetch))?;
        self.openers
            .borrow()
            .get(&(epoch, case))
            .cloned()
            .ok_or_else(|| crypt_err(&store.path, CryptError::Tampered))
    }

    /// Opens the sealed value `bytes` into `out` with the cipher of its epoch and case,
    /// made on first use: the same checks, key and associated data as [`open_value`].
    fn open_into(
        &self,
        store: &Store,
        ring: &Keyring,
        (kind, id): (&str, Id),
        bytes: &[u8],
        fetch: &dyn Fn(Id) -> Result<Option<Vec<u8>>, StoreError>,
        out: &mut Zeroizing<Vec<u8>>,
    ) -> Result<(), StoreError> {
        let (epoch, case) = sealed_head(ring, kind, id, bytes)?;
        self.ensure_cipher(ring, (epoch, case), |c| self.get(store, ring, c, fetch))?;
        let openers = self.openers.borrow();
        let opener = openers
            .get(&(epoch, case))
            .ok_or_else(|| tampered(kind, id))?;
        let mut ad = self.ad.borrow_mut();
        ad_into(&mut ad, kind, id, epoch, case);
        opener
            .open_into(&ad, &bytes[HEAD..], out)
            .map_err(|_| tampered(kind, id))
    }

    /// Seals `plain` as [`seal_value`] does, with the cipher of `ring`'s epoch and `case`
    /// (made before with [`CaseKeys::ensure_cipher`]).
    fn seal(
        &self,
        ring: &Keyring,
        (kind, id): (&str, Id),
        case: u64,
        plain: &[u8],
    ) -> Result<Vec<u8>, CryptError> {
        let openers = self.openers.borrow();
        let cipher = openers
            .get(&(ring.epoch, case))
            .ok_or(CryptError::Tampered)?;
        let mut ad = self.ad.borrow_mut();
        ad_into(&mut ad, kind, id, ring.epoch, case);
        let mut out = head(ring.epoch, case, HEAD + plain.len() + 40);
        cipher.seal_into(&ad, plain, &mut out)?;
        Ok(out)
    }

    /// The keyring for this transaction's snapshot, found once with `find`.
    pub(super) fn ring(
        &self,
        find: impl FnOnce() -> Result<Arc<Keyring>, StoreError>,
    ) -> Result<Arc<Keyring>, StoreError> {
        if let Some(r) = self.ring.get() {
            return Ok(r.clone());
        }
        let r = find()?;
        let _ = self.ring.set(r.clone());
        Ok(r)
    }
}

/// The header and `user`'s slot as a transaction sees them.
fn crypt_rows(
    t: &impl ReadableTable<&'static str, &'static [u8]>,
    store: &Store,
) -> Result<Arc<Keyring>, StoreError> {
    let get = |k: &str| -> Result<Option<Vec<u8>>, StoreError> {
        Ok(t.get(k)
            .map_err(|e| store.db_err(e))?
            .map(|v| v.value().to_vec()))
    };
    let header = get("header")?.ok_or_else(|| crypt_err(&store.path, CryptError::Tampered))?;
    let slot = get(&super::keys::slot_key(&store.user))?;
    store.ring_for(&header, slot.as_deref())
}

/// Whether `bytes` of `kind` are stored plain (returned as they are), or an error when a
/// sealed value sits where a plain one belongs; `None`: they are sealed and must be opened.
fn stored_plain<'b>(
    store: &Store,
    kind: &str,
    id: Id,
    bytes: &'b [u8],
) -> Option<Result<&'b [u8], StoreError>> {
    if store.encrypted && !is_audit(kind) {
        return None;
    }
    if bytes.first() == Some(&SEALED) {
        return Some(Err(StoreError::Codec {
            kind: static_kind(kind),
            id,
            detail: crate::i18n::t("crypt-sealed_in_plain").to_owned(),
        }));
    }
    Some(Ok(bytes))
}

/// The plain bytes of a stored value of `kind`: a plain value in a plain file, a sealed
/// one in an encrypted file (the audit trail excepted). Anything else is refused: a
/// plain value slipped into an encrypted file is as wrong as a changed one.
pub(super) fn plain<'b>(
    store: &Store,
    cases: &CaseKeys,
    kind: &str,
    id: Id,
    bytes: &'b [u8],
    fetch: &dyn Fn(Id) -> Result<Option<Vec<u8>>, StoreError>,
    find_ring: &dyn Fn() -> Result<Arc<Keyring>, StoreError>,
) -> Result<Plain<'b>, StoreError> {
    if let Some(stored) = stored_plain(store, kind, id, bytes) {
        return stored.map(Plain::Stored);
    }
    let ring = cases.ring(find_ring)?;
    let mut out = Zeroizing::new(Vec::new());
    cases.open_into(store, &ring, (kind, id), bytes, fetch, &mut out)?;
    Ok(Plain::Opened(out))
}

/// Decodes stored bytes of `T` as [`plain`] checks them; a sealed value is opened into
/// the transaction's one buffer, so that a load makes no allocation per value for it.
fn decode_in<T: Record>(
    store: &Store,
    cases: &CaseKeys,
    id: Id,
    bytes: &[u8],
    fetch: &dyn Fn(Id) -> Result<Option<Vec<u8>>, StoreError>,
    find_ring: &dyn Fn() -> Result<Arc<Keyring>, StoreError>,
) -> Result<T, StoreError> {
    if let Some(stored) = stored_plain(store, T::KIND, id, bytes) {
        return super::codec::decode(id, stored?);
    }
    let ring = cases.ring(find_ring)?;
    let mut buf = cases.buf.borrow_mut();
    cases.open_into(store, &ring, (T::KIND, id), bytes, fetch, &mut buf)?;
    super::codec::decode(id, &buf)
}

fn fetch_in(
    t: &impl ReadableTable<u64, &'static [u8]>,
    store: &Store,
    case: Id,
) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(t.get(case)
        .map_err(|e| store.db_err(e))?
        .map(|v| v.value().to_vec()))
}

impl ReadTx<'_> {
    pub(super) fn fetch_case_key(&self, case: Id) -> Result<Option<Vec<u8>>, StoreError> {
        match self.txn.open_table(CASE_KEYS) {
            Ok(t) => fetch_in(&t, self.store, case),
            Err(TableError::TableDoesNotExist(_)) => Ok(None),
            Err(e) => Err(self.store.db_err(e)),
        }
    }

    /// The keyring for this snapshot's header.
    pub(super) fn find_ring(&self) -> Result<Arc<Keyring>, StoreError> {
        match self.txn.open_table(super::keys::CRYPT) {
            Ok(t) => crypt_rows(&t, self.store),
            Err(TableError::TableDoesNotExist(_)) => {
                Err(crypt_err(&self.store.path, CryptError::Tampered))
            }
            Err(e) => Err(self.store.db_err(e)),
        }
    }

    /// Decodes stored bytes of `T`, opening them first in an encrypted file.
    pub(super) fn decode_stored<T: Record>(&self, id: Id, bytes: &[u8]) -> Result<T, StoreError> {
        decode_in(
            self.store,
            &self.cases,
            id,
            bytes,
            &|c| self.fetch_case_key(c),
            &|| self.find_ring(),
        )
    }
}

impl WriteTx<'_> {
    pub(super) fn fetch_case_key(&self, case: Id) -> Result<Option<Vec<u8>>, StoreError> {
        let t = self
            .txn
            .open_table(CASE_KEYS)
            .map_err(|e| self.store.db_err(e))?;
        fetch_in(&t, self.store, case)
    }

    /// The plain bytes of a stored value of `kind` (migrations read older shapes so).
    pub(super) fn plain_bytes<'b>(
        &self,
        kind: &str,
        id: Id,
        bytes: &'b [u8],
    ) -> Result<Plain<'b>, StoreError> {
        plain(
            self.store,
            &self.cases,
            kind,
            id,
            bytes,
            &|c| self.fetch_case_key(c),
            &|| self.ring(),
        )
    }

    /// The keyring for the header this transaction sees (and writes under).
    pub(super) fn ring(&self) -> Result<Arc<Keyring>, StoreError> {
        self.cases.ring(|| {
            let t = self
                .txn
                .open_table(super::keys::CRYPT)
                .map_err(|e| self.store.db_err(e))?;
            crypt_rows(&t, self.store)
        })
    }

    pub(super) fn decode_stored<T: Record>(&self, id: Id, bytes: &[u8]) -> Result<T, StoreError> {
        decode_in(
            self.store,
            &self.cases,
            id,
            bytes,
            &|c| self.fetch_case_key(c),
            &|| self.ring(),
        )
    }

    /// The bytes to store for `rec`: sealed in an encrypted file (under its case's key,
    /// made on first use), plain otherwise. The record key's cipher is made once per
    /// transaction and case, not per value.
    pub(super) fn encode_stored<T: Record>(&mut self, rec: &T) -> Result<Vec<u8>, StoreError> {
        let plain = Zeroizing::new(super::codec::encode(rec)?);
        if !self.store.encrypted || is_audit(T::KIND) {
            return Ok(plain.to_vec());
        }
        let ring = self.ring()?;
        let case = case_of(rec).unwrap_or(0);
        self.cases.ensure_cipher(&ring, (ring.epoch, case), |c| {
            self.case_key_or_new(&ring, c)
        })?;
        self.cases
            .seal(&ring, (T::KIND, rec.id()), case, &plain)
            .map_err(|e| crypt_err(&self.store.path, e))
    }

    fn case_key_or_new(&self, ring: &Keyring, case: Id) -> Result<Key, StoreError> {
        if self.fetch_case_key(case)?.is_some() {
            return self
                .cases
                .get(self.store, ring, case, |c| self.fetch_case_key(c));
        }
        let key = crypt::random_key().map_err(|e| crypt_err(&self.store.path, e))?;
        let sealed = seal_case_key(ring, case, &key).map_err(|e| crypt_err(&self.store.path, e))?;
        let mut t = self
            .txn
            .open_table(CASE_KEYS)
            .map_err(|e| self.store.db_err(e))?;
        t.insert(case, sealed.as_slice())
            .map_err(|e| self.store.db_err(e))?;
        Ok(key)
    }

    /// Crypto-shredding: destroys the key of case `case`, so that whatever was sealed
    /// under it (its notes, decisions and actions, here or in any copy of this file
    /// taken from now on) can never be opened again. Returns whether there was one. Call
    /// it after deleting the case's records in the same transaction: a record left
    /// sealed under a destroyed key cannot be read, and a load that meets it fails. A
    /// plain database has no case keys (returns false).
    pub fn destroy_case_key(&mut self, case: Id) -> Result<bool, StoreError> {
        if !self.store.encrypted {
            return Ok(false);
        }
        self.cases.forget(case);
        let mut t = self
            .txn
            .open_table(CASE_KEYS)
            .map_err(|e| self.store.db_err(e))?;
        let had = t.remove(case).map_err(|e| self.store.db_err(e))?.is_some();
        Ok(had)
    }
}
