//! A load of an encrypted database opens its values on every core, in batches
//! (`store::sealed_load`). These tests hold that path to what the one-value path did:
//! the same records in the same order, and on a damaged file the same one failure, the
//! first value in table order that does not open, however deep in the table it lies.

use std::path::{Path, PathBuf};

use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use roundtable::crypt;
use roundtable::domain::dataset::Dataset;
use roundtable::store::{Store, StoreError};

const PASS: &str = "correct horse battery";
const NOTES: TableDefinition<u64, &[u8]> = TableDefinition::new("notes");

/// A town large enough that its notes fill many batches, plain and encrypted.
struct Town {
    _dir: tempfile::TempDir,
    plain: Store,
    sealed: Store,
    sealed_path: PathBuf,
}

fn town() -> Town {
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("pass");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    std::fs::set_permissions(&pass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    crypt::passphrase::use_file(Some(pass));
    // SAFETY: set before any thread of this binary reads it, by every test alike.
    unsafe { std::env::set_var("ROUNDTABLE_INSECURE_TEST_KDF", "1") };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let data = roundtable::demo::scale::build(250, today);
    let plain = Store::open(&dir.path().join("plain.redb"), true).unwrap();
    plain.restore(&data, false).unwrap();
    let sealed_path = dir.path().join("sealed.redb");
    let (sealed, _recovery) = Store::init_encrypted(&sealed_path, PASS).unwrap();
    sealed.restore(&data, false).unwrap();
    Town {
        _dir: dir,
        plain,
        sealed,
        sealed_path,
    }
}

fn without_audit(mut d: Dataset) -> Dataset {
    d.audit.clear();
    d
}

/// The ids of the stored notes, in table order.
fn note_ids(db: &Path) -> Vec<u64> {
    let db = redb::Database::open(db).unwrap();
    let r = db.begin_read().unwrap();
    let t = r.open_table(NOTES).unwrap();
    t.iter()
        .unwrap()
        .map(|row| row.unwrap().0.value())
        .collect()
}

/// Changes the stored notes with `f`, the store closed.
fn edit_notes(town: &Town, f: impl FnOnce(&mut redb::Table<u64, &[u8]>)) {
    let db = redb::Database::open(&town.sealed_path).unwrap();
    let w = db.begin_write().unwrap();
    f(&mut w.open_table(NOTES).unwrap());
    w.commit().unwrap();
}

fn value(t: &redb::Table<u64, &[u8]>, id: u64) -> Vec<u8> {
    t.get(id).unwrap().unwrap().value().to_vec()
}

/// The record a load failed on, from its one-line error.
fn failed_on(e: &StoreError) -> u64 {
    match e {
        StoreError::Codec {
            kind: "notes", id, ..
        } => *id,
        other => panic!("not a note that fails to open: {other:?}"),
    }
}

#[test]
fn a_large_encrypted_load_reads_what_the_plain_one_reads_in_the_same_order() {
    let town = town();
    let plain = town.plain.load().unwrap();
    assert!(
        plain.notes.len() > 4 * 512,
        "{} notes: too few to fill several batches",
        plain.notes.len()
    );
    assert_eq!(
        without_audit(town.sealed.load().unwrap()),
        without_audit(plain)
    );
}

#[test]
fn deep_in_a_large_table_the_first_value_that_does_not_open_is_the_one_reported() {
    let town = town();
    let ids = note_ids(&town.sealed_path);
    // One value moved to another record late in the table, one cut short (refused on
    // reading its head) several batches before it, one changed byte (refused on opening)
    // several batches before that: each time the load names the earliest.
    let (changed, cut, moved_to, moved_from) = (
        ids[ids.len() / 3],
        ids[2 * ids.len() / 3],
        ids[ids.len() - 2],
        ids[5],
    );
    edit_notes(&town, |t| {
        let v = value(t, moved_from);
        t.insert(moved_to, v.as_slice()).unwrap();
    });
    assert_eq!(failed_on(&town.sealed.load().unwrap_err()), moved_to);
    edit_notes(&town, |t| {
        let v = value(t, cut);
        t.insert(cut, &v[..10]).unwrap();
    });
    assert_eq!(failed_on(&town.sealed.load().unwrap_err()), cut);
    edit_notes(&town, |t| {
        let mut v = value(t, changed);
        let last = v.len() - 1;
        v[last] ^= 1;
        t.insert(changed, v.as_slice()).unwrap();
    });
    assert_eq!(failed_on(&town.sealed.load().unwrap_err()), changed);
}

#[test]
fn a_plain_value_in_a_later_batch_is_refused_as_a_changed_one() {
    let town = town();
    let ids = note_ids(&town.sealed_path);
    let target = ids[ids.len() - 1];
    let note = town
        .plain
        .load()
        .unwrap()
        .notes
        .into_iter()
        .find(|n| n.id == target)
        .unwrap();
    edit_notes(&town, |t| {
        let mut plain = vec![2u8];
        plain.extend(postcard::to_allocvec(&note).unwrap());
        t.insert(target, plain.as_slice()).unwrap();
    });
    assert_eq!(failed_on(&town.sealed.load().unwrap_err()), target);
}
