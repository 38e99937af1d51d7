//! Salvage: read what can be read of a file that needs a repair, writing nothing to it.
//! The file is copied into memory and redb repairs the copy; each kind is then read
//! whole, or, past a damaged page, record by record.

use std::path::Path;
use std::sync::Mutex;

use super::guard::attempt;
use super::tables::next_id_key;
use super::{ReadTx, Store, StoreError, reader, unix_user};
use crate::domain::dataset::{Dataset, Record};
use redb::ReadableDatabase;

/// Ids tried one by one in a kind whose table cannot be read whole.
const MOST_IDS: u64 = 1 << 24;
/// A run of unreadable ids this long means the rest of the table is out of reach.
const GIVE_UP_AFTER: u64 = 1 << 16;

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
            syslog: super::syslog::socket(),
        };
        store.guarded(|| {
            let copy = {
                // redb's shared lock, where the file lets itself be opened, keeps writers
                // out while copying.
                let _lock = attempt(|| store.open_with(|| reader().open_read_only(path)));
                store.copy_into_memory()?
            };
            let db = store.memory_db(copy, true)?;
            let txn = db.begin_read().map_err(|e| store.db_err(e))?;
            let tx = ReadTx::new(&store, txn);
            let mut out = Salvage::default();
            macro_rules! each {
                ($($field:ident: $ty:ty,)*) => {$(
                    out.data.$field = kind::<$ty>(&tx, &mut out.skipped);
                )*};
            }
            crate::for_each_kind!(each);
            Ok(out)
        })
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
