//! Salvage: read what can be read of a file that needs a repair, writing nothing to it.
//! The file is copied into memory and redb repairs the copy; each kind is then read
//! whole, or, past a damaged page, record by record.

use std::path::Path;
use std::sync::Mutex;

use super::guard::attempt;
use super::tables::next_id_key;
use super::{ReadTx, Store, StoreError, reader, unix_user};
use crate::domain::dataset::{Dataset, Record};
use redb::{ReadableDatabase, StorageBackend};

/// Ids tried one by one in a kind whose table cannot be read whole.
const MOST_IDS: u64 = 1 << 24;
/// A run of unreadable ids this long means the rest of the table is out of reach.
const GIVE_UP_AFTER: u64 = 1 << 16;

/// The flags byte of redb's file header (file format 3) and two of its flags: set on
/// a copy, they make redb treat it as left by a crash without a recorded allocator state.
const GOD_BYTE: usize = 9;
const RECOVERY_REQUIRED: u8 = 2;
const TWO_PHASE_COMMIT: u8 = 4;

/// How a copy is opened for salvage.
#[derive(Clone, Copy, PartialEq)]
enum Way {
    AsItIs,
    AsAfterACrash,
    CheckingEveryPage,
}

fn size(s: &Salvage) -> usize {
    s.data.counts().iter().map(|(_, n)| n).sum()
}

/// What a salvage read.
#[derive(Debug, Default)]
pub struct Salvage {
    pub data: Dataset,
    /// Ids that were tried and could not be read (a damaged page or record).
    pub skipped: u64,
}

impl Store {
    /// Reads what can be read of the database at `path`. Nothing is written to it, not
    /// even an audit entry.
    pub fn salvage(path: &Path) -> Result<Salvage, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_owned()));
        }
        let store = Store {
            path: path.to_owned(),
            user: unix_user(),
            gate: Mutex::new(()),
            writable: false,
            memory: None,
            memory_source: None,
            syslog: super::syslog::socket(),
            encrypted: false,
            keys: Mutex::new(None),
        };
        store.guarded(|| {
            let bytes = {
                // redb's shared lock, where the file lets itself be opened, keeps writers
                // out while copying that very file (its descriptor: see `open`).
                let file = store.open_file(false)?;
                let _lock = attempt(|| store.reader_on(&file));
                let mut bytes = Vec::new();
                super::open::copy_all(&file, |_, piece| {
                    bytes.extend_from_slice(piece);
                    Ok(())
                })
                .map_err(|e| StoreError::io(path, e))?;
                bytes
            };
            // Three ways, each on its own copy, until one reads everything; else the one
            // that read most. As redb opens it (repairing the copy if its header asks for
            // it); as after a crash that left no allocator state, which makes redb rebuild
            // it and fall back to the previous commit when the last one is damaged; and
            // with every page's checksum verified on open.
            let mut best: Option<Salvage> = None;
            for way in [Way::AsItIs, Way::AsAfterACrash, Way::CheckingEveryPage] {
                let Some(Ok(got)) = attempt(|| store.read_copy(&bytes, way)) else {
                    continue;
                };
                if got.skipped == 0 && size(&got) > 0 {
                    return Ok(got);
                }
                if best.as_ref().is_none_or(|b| size(&got) > size(b)) {
                    best = Some(got);
                }
            }
            best.ok_or_else(|| StoreError::NotADatabase {
                path: path.to_owned(),
                detail: crate::i18n::t("store-nothing_salvaged").to_owned(),
            })
        })
    }

    /// Everything that can be read of a copy of the file's `bytes` in memory.
    fn read_copy(&self, bytes: &[u8], way: Way) -> Result<Salvage, StoreError> {
        let copy = redb::backends::InMemoryBackend::new();
        let io = |e: std::io::Error| StoreError::io(&self.path, e);
        copy.set_len(bytes.len() as u64).map_err(io)?;
        copy.write(0, bytes).map_err(io)?;
        if way == Way::AsAfterACrash && bytes.starts_with(b"redb") && bytes.len() > GOD_BYTE {
            let flags = (bytes[GOD_BYTE] | RECOVERY_REQUIRED) & !TWO_PHASE_COMMIT;
            copy.write(GOD_BYTE as u64, &[flags]).map_err(io)?;
        }
        let mut builder = reader();
        builder.set_check_integrity_on_open(way == Way::CheckingEveryPage);
        let db = builder
            .create_with_backend(copy)
            .map_err(|e| self.db_err(e))?;
        let txn = db.begin_read().map_err(|e| self.db_err(e))?;
        let tx = ReadTx::new(self, txn);
        let mut out = Salvage::default();
        macro_rules! each {
            ($($field:ident: $ty:ty,)*) => {$(
                out.data.$field = kind::<$ty>(&tx, &mut out.skipped);
            )*};
        }
        crate::for_each_kind!(each);
        Ok(out)
    }
}

/// Every record of one kind that can be read.
fn kind<T: Record>(tx: &ReadTx, skipped: &mut u64) -> Vec<T> {
    if let Some(Ok(all)) = attempt(|| tx.all::<T>()) {
        return all;
    }
    let counter = attempt(|| tx.meta_u64(&next_id_key::<T>()))
        .and_then(Result::ok)
        .unwrap_or(0);
    let last = if counter == 0 || counter > MOST_IDS {
        MOST_IDS
    } else {
        counter
    };
    let mut out = Vec::new();
    let mut failing = 0;
    for id in 1..last {
        match attempt(|| tx.get::<T>(id)) {
            Some(Ok(Some(rec))) => {
                failing = 0;
                out.push(rec);
            }
            Some(Ok(None)) => failing = 0,
            _ => {
                *skipped += 1;
                failing += 1;
                if failing >= GIVE_UP_AFTER {
                    break;
                }
            }
        }
    }
    out
}
