//! Encrypted databases under faults: kill -9 during `encrypt`, and crypto-shredding
//! against a backup taken before the erasure.
//!
//! The kill loop runs 12 rounds; `ROUNDTABLE_LONG=1` runs 200.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use redb::{ReadableDatabase, TableDefinition};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::note::{ActionItem, Decision, Note};
use roundtable::store::Store;

mod support;

const PASS: &str = "correct horse battery";

/// One passphrase file for the whole test binary: the passphrase source is global to the
/// process, and the tests run in parallel.
fn pass_file(_dir: &Path) -> PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    // Written inside the once-initialiser: tests running in parallel never race on it.
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pass");
        std::fs::write(&p, format!("{PASS}\n")).unwrap();
        std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
        dir
    });
    dir.path().join("pass")
}

fn without_audit(mut d: Dataset) -> Dataset {
    d.audit.clear();
    d
}

fn stored_schema(db: &Path) -> u64 {
    const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
    let db = redb::Database::open(db).unwrap();
    let r = db.begin_read().unwrap();
    r.open_table(META)
        .unwrap()
        .get("schema_version")
        .unwrap()
        .unwrap()
        .value()
}

fn encrypt(db: &Path, pass: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args([
        "encrypt",
        "--db",
        db.to_str().unwrap(),
        "--passphrase-file",
        pass.to_str().unwrap(),
    ])
    .env("ROUNDTABLE_INSECURE_TEST_KDF", "1");
    c
}

#[test]
fn kill_9_during_encrypt_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let pass = pass_file(dir.path());
    roundtable::crypt::passphrase::use_file(Some(pass.clone()));
    let data = support::full_dataset();
    let template = dir.path().join("template.redb");
    Store::open_as(&template, true, "root".into())
        .unwrap()
        .restore(&data, false)
        .unwrap();
    let db = dir.path().join("town.redb");
    // How long one encrypt takes here: the kills fall before, during and after it.
    std::fs::copy(&template, &db).unwrap();
    let t = std::time::Instant::now();
    let o = encrypt(&db, &pass).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let span = (t.elapsed().as_millis() as u64 * 3 / 2).max(20);
    let rounds = if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        200
    } else {
        12
    };
    let (mut plain, mut sealed) = (0, 0);
    for round in 0..rounds {
        std::fs::copy(&template, &db).unwrap();
        let mut child = encrypt(&db, &pass)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(round as u64 * 7919 % span));
        unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
        child.wait().unwrap();
        let encrypted = stored_schema(&db) >= roundtable::store::ENCRYPTED_MARK;
        if encrypted {
            sealed += 1
        } else {
            plain += 1
        }
        let store = Store::open(&db, false).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(store.is_encrypted(), encrypted);
        let back = store
            .load()
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(
            without_audit(back),
            without_audit(data.clone()),
            "round {round}"
        );
        drop(store);
        // Whatever was left, encrypting (again) works.
        if !encrypted {
            let o = encrypt(&db, &pass).output().unwrap();
            assert!(
                o.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
    }
    eprintln!("kill -9 during encrypt: {rounds} rounds, {plain} left plain, {sealed} encrypted");
}

#[test]
fn erasing_a_case_destroys_its_key_here_and_a_backup_taken_before_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let pass = pass_file(dir.path());
    roundtable::crypt::passphrase::use_file(Some(pass));
    // SAFETY: read by this process's key derivation only; set before any thread reads it.
    unsafe { std::env::set_var("ROUNDTABLE_INSECURE_TEST_KDF", "1") };
    let db = dir.path().join("town.redb");
    let (store, _recovery) = Store::init_encrypted(&db, PASS).unwrap();
    let data = support::full_dataset();
    store.restore(&data, false).unwrap();
    let case = data
        .notes
        .iter()
        .find_map(|n| n.anchor.case)
        .expect("a note about a case");
    let in_case = |c: Option<u64>| c == Some(case);
    let before = dir.path().join("before.redb");
    store.backup_sealed(&before).unwrap();
    const NOTES: TableDefinition<u64, &[u8]> = TableDefinition::new("notes");
    let note = data.notes.iter().find(|n| in_case(n.anchor.case)).unwrap();
    let sealed_note = {
        let b = redb::Database::open(&before).unwrap();
        let r = b.begin_read().unwrap();
        r.open_table(NOTES)
            .unwrap()
            .get(note.id)
            .unwrap()
            .unwrap()
            .value()
            .to_vec()
    };
    // The erasure: the case's notes, decisions and actions, then its key.
    let destroyed = store
        .write(|tx| {
            for n in tx
                .all::<Note>()?
                .into_iter()
                .filter(|n| in_case(n.anchor.case))
            {
                tx.delete::<Note>(n.id, n.meta.rev)?;
            }
            for d in tx
                .all::<Decision>()?
                .into_iter()
                .filter(|d| in_case(d.anchor.case))
            {
                tx.delete::<Decision>(d.id, d.meta.rev)?;
            }
            for a in tx
                .all::<ActionItem>()?
                .into_iter()
                .filter(|a| in_case(a.anchor.case))
            {
                tx.delete::<ActionItem>(a.id, a.meta.rev)?;
            }
            tx.destroy_case_key(case)
        })
        .unwrap();
    assert!(destroyed);
    let left = store.load().unwrap();
    assert!(left.notes.iter().all(|n| !in_case(n.anchor.case)));
    assert_eq!(left.stakeholders, data.stakeholders);
    drop(store);
    // A sealed note of the case, put back from the earlier copy, no longer opens here.
    {
        let live = redb::Database::open(&db).unwrap();
        let w = live.begin_write().unwrap();
        w.open_table(NOTES)
            .unwrap()
            .insert(note.id, sealed_note.as_slice())
            .unwrap();
        w.commit().unwrap();
    }
    let e = Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap_err()
        .to_string();
    assert!(e.contains("destroyed"), "{e}");
    // The backup taken before the erasure still holds the case's key: erasure is
    // complete once such backups have expired (docs/security.md).
    let old = Store::open(&before, false).unwrap().load().unwrap();
    assert!(
        old.notes
            .iter()
            .any(|n| n.id == note.id && n.text == note.text)
    );
}

#[test]
fn an_open_store_follows_a_key_rotation_made_by_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let pass = pass_file(dir.path());
    roundtable::crypt::passphrase::use_file(Some(pass.clone()));
    let data = support::full_dataset();
    let db = dir.path().join("town.redb");
    Store::open_as(&db, true, "root".into())
        .unwrap()
        .restore(&data, false)
        .unwrap();
    assert!(encrypt(&db, &pass).output().unwrap().status.success());
    let open = Store::open(&db, false).unwrap();
    assert_eq!(open.load().unwrap().notes, data.notes);
    let other = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(args)
            .args([
                "--db",
                db.to_str().unwrap(),
                "--passphrase-file",
                pass.to_str().unwrap(),
            ])
            .env("ROUNDTABLE_INSECURE_TEST_KDF", "1")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    other(&["team", "add", "bob"]);
    other(&["team", "remove", "bob"]);
    // The open store reads and writes under the new key, without asking again.
    let mut note = open.load().unwrap().notes[0].clone();
    assert_eq!(note, data.notes[0]);
    note.text.push_str(" (after the rotation)");
    open.write(|tx| tx.update(&mut note)).unwrap();
    drop(open);
    other(&["check"]);
    let back = Store::open(&db, false).unwrap().load().unwrap();
    assert!(back.notes[0].text.ends_with("(after the rotation)"));
}
