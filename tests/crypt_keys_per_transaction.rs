//! An encrypted database derives each record key once per transaction (per key epoch
//! and case), not once per value: on the write path (a note save, an import, a restore)
//! as on the read path (a load). Counted with `crypt::derivations`, this thread's HKDF
//! count; the speed itself is measured in `benches/crypt.rs`.

use roundtable::crypt;
use roundtable::domain::note::Note;
use roundtable::store::Store;

mod support;

const PASS: &str = "correct horse battery";

#[test]
fn record_keys_are_derived_once_per_transaction_not_per_value() {
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("pass");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    std::fs::set_permissions(&pass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    crypt::passphrase::use_file(Some(pass));
    // SAFETY: the only test of this binary; set before any thread reads it.
    unsafe { std::env::set_var("ROUNDTABLE_INSECURE_TEST_KDF", "1") };
    let (store, _recovery) = Store::init_encrypted(&dir.path().join("town.redb"), PASS).unwrap();
    let data = support::full_dataset();
    store.restore(&data, false).unwrap();

    let case = data.notes.iter().find_map(|n| n.anchor.case).unwrap();
    let mut notes: Vec<Note> = (0..200)
        .map(|i| {
            let mut n = data.notes[0].clone();
            n.anchor.case = Some(case);
            n.text = format!("note {i}");
            n
        })
        .collect();
    let before = crypt::derivations();
    store.write(|tx| tx.insert_many(&mut notes)).unwrap();
    let derived = crypt::derivations() - before;
    // The case key's wrapping key and the case's record key, a few more at most.
    assert!(derived <= 4, "200 notes of one case: {derived} derivations");

    let before = crypt::derivations();
    let loaded = store.load().unwrap();
    let derived = crypt::derivations() - before;
    let cases = data.cases.len() as u64;
    assert!(loaded.notes.len() > 200);
    assert!(
        derived <= 2 * cases + 2,
        "a load of {} values, {cases} cases: {derived} derivations",
        loaded.notes.len()
    );
}
