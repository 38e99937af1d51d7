//! Encryption at rest, through the real binary: init, encrypt, unlock, backup, dump, the
//! team, and every way an encrypted file can be wrong (one line, exit code 2, no data).

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use roundtable::domain::dataset::Dataset;

mod support;

const PASS: &str = "correct horse battery";

struct Town {
    dir: tempfile::TempDir,
    db: PathBuf,
    pass: PathBuf,
}

impl Town {
    fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, format!("{text}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        p
    }
}

/// Runs the binary with no controlling terminal (so that nothing can be asked), cheap
/// key derivation, and `pass` as the passphrase file.
fn run(args: &[&str], pass: Option<&Path>, envs: &[(&str, &Path)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .env_remove("ROUNDTABLE_DB")
        .env_remove("ROUNDTABLE_PASSPHRASE_FILE")
        .env("HOME", std::env::temp_dir())
        .env("ROUNDTABLE_INSECURE_TEST_KDF", "1")
        .stdin(std::process::Stdio::null());
    if let Some(p) = pass {
        c.arg("--passphrase-file").arg(p);
    }
    for (k, v) in envs {
        c.env(k, v);
    }
    // SAFETY: setsid is async-signal-safe; it only detaches from the terminal.
    unsafe {
        c.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    c.output().unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A plain database with the test data set, then encrypted with `roundtable encrypt`.
fn encrypted_town() -> (Town, Dataset) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let data = support::full_dataset();
    let store = roundtable::store::Store::open_as(&db, true, "root".into()).unwrap();
    store.restore(&data, false).unwrap();
    drop(store);
    let mut town = Town {
        db,
        pass: PathBuf::new(),
        dir,
    };
    town.pass = town.file("pass", PASS);
    let o = run(
        &["encrypt", "--db", town.db.to_str().unwrap()],
        Some(&town.pass),
        &[],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        out(&o).contains("RTK1-"),
        "no recovery key printed: {}",
        out(&o)
    );
    (town, data)
}

fn dump(town: &Town, pass: &Path) -> Output {
    run(
        &["dump", "--db", town.db.to_str().unwrap()],
        Some(pass),
        &[],
    )
}

fn without_audit(mut d: Dataset) -> Dataset {
    d.audit.clear();
    d
}

/// Every secret the data set holds, which must never be found in the file's bytes.
fn secrets(data: &Dataset) -> Vec<String> {
    let mut s: Vec<String> = data.notes.iter().map(|n| n.text.clone()).collect();
    s.extend(data.stakeholders.iter().map(|p| p.name.clone()));
    s.extend(data.cases.iter().map(|c| c.summary.clone()));
    s.extend(data.drafts.iter().map(|d| d.text.clone()));
    s.retain(|t| t.len() >= 8);
    assert!(s.len() > 10);
    s
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn assert_one_line_exit_2(o: &Output, what: &str) {
    assert_eq!(o.status.code(), Some(2), "{what}: {}", err(o));
    assert_eq!(err(o).trim().lines().count(), 1, "{what}: {}", err(o));
    assert!(!err(o).contains("panicked"), "{what}: {}", err(o));
    assert!(out(o).is_empty(), "{what}: data printed: {}", out(o));
}

#[test]
fn encrypt_keeps_every_record_and_leaves_no_plaintext_drafts_included() {
    let (town, data) = encrypted_town();
    let bytes = std::fs::read(&town.db).unwrap();
    for s in secrets(&data) {
        assert!(!holds(&bytes, &s), "plaintext in the encrypted file: {s}");
    }
    let o = dump(&town, &town.pass);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("plaintext"),
        "dump does not say it is plaintext"
    );
    let back = roundtable::cli::parse_dump(&out(&o)).unwrap();
    assert_eq!(without_audit(back.clone()), without_audit(data));
    let kinds: Vec<&str> = back.audit.iter().map(|e| e.kind.key()).collect();
    assert!(kinds.ends_with(&["encrypted", "dump"]), "{kinds:?}");
    // No work file left behind.
    let names: Vec<_> = std::fs::read_dir(town.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn an_older_roundtable_reads_the_file_as_newer() {
    let (town, _) = encrypted_town();
    const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
    let db = redb::Database::open(&town.db).unwrap();
    let r = db.begin_read().unwrap();
    let v = r
        .open_table(META)
        .unwrap()
        .get("schema_version")
        .unwrap()
        .unwrap()
        .value();
    // Every roundtable so far refuses `found > SCHEMA_VERSION` as "written by a newer
    // roundtable", before reading any record.
    assert!(v > roundtable::store::SCHEMA_VERSION + 1000, "{v}");
    assert_eq!(
        v - roundtable::store::ENCRYPTED_MARK,
        roundtable::store::SCHEMA_VERSION
    );
}

#[test]
fn a_wrong_passphrase_or_none_is_one_line_and_exit_2() {
    let (town, _) = encrypted_town();
    let wrong = town.file("wrong", "correct horse battery!");
    let o = dump(&town, &wrong);
    assert_one_line_exit_2(&o, "wrong passphrase");
    assert!(err(&o).contains("wrong passphrase"), "{}", err(&o));
    let o = run(&["actions", "--db", town.db.to_str().unwrap()], None, &[]);
    assert_one_line_exit_2(&o, "no terminal, no file");
    // The environment variable names a file, as for cron.
    let o = run(
        &["actions", "--db", town.db.to_str().unwrap()],
        None,
        &[("ROUNDTABLE_PASSPHRASE_FILE", &town.pass)],
    );
    assert!(o.status.success(), "{}", err(&o));
}

/// Changes the stored value of note `id` with `f`.
fn edit_note(db: &Path, id: u64, f: impl FnOnce(&mut redb::Table<u64, &[u8]>, Vec<u8>)) {
    const NOTES: TableDefinition<u64, &[u8]> = TableDefinition::new("notes");
    let db = redb::Database::open(db).unwrap();
    let w = db.begin_write().unwrap();
    {
        let mut t = w.open_table(NOTES).unwrap();
        let v = t.get(id).unwrap().unwrap().value().to_vec();
        f(&mut t, v);
    }
    w.commit().unwrap();
}

/// A way to spoil the file, by name.
type Spoil<'a> = (&'static str, Box<dyn Fn() + 'a>);

#[test]
fn tampered_swapped_and_truncated_files_are_one_line_and_exit_2() {
    let (town, data) = encrypted_town();
    let good = std::fs::read(&town.db).unwrap();
    let (a, b) = (data.notes[0].id, data.notes[1].id);
    let cases: Vec<Spoil> = vec![
        (
            "a changed byte",
            Box::new(|| {
                edit_note(&town.db, a, |t, mut v| {
                    let last = v.len() - 1;
                    v[last] ^= 1;
                    t.insert(a, v.as_slice()).unwrap();
                })
            }),
        ),
        (
            "a value moved to another record",
            Box::new(|| {
                edit_note(&town.db, a, |t, v| {
                    t.insert(b, v.as_slice()).unwrap();
                })
            }),
        ),
        (
            "a value cut short",
            Box::new(|| {
                edit_note(&town.db, a, |t, v| {
                    t.insert(a, &v[..v.len() / 2]).unwrap();
                })
            }),
        ),
        (
            "a plain value slipped in",
            Box::new(|| {
                edit_note(&town.db, a, |t, _| {
                    let mut plain = vec![2u8];
                    plain.extend(postcard::to_allocvec(&data.notes[0]).unwrap());
                    t.insert(a, plain.as_slice()).unwrap();
                })
            }),
        ),
        (
            "a truncated file",
            Box::new(|| {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&town.db)
                    .unwrap();
                f.set_len(good.len() as u64 / 2).unwrap();
            }),
        ),
    ];
    for (what, spoil) in cases {
        std::fs::write(&town.db, &good).unwrap();
        spoil();
        let o = dump(&town, &town.pass);
        assert_one_line_exit_2(&o, what);
    }
}

#[test]
fn backup_copies_the_ciphertext_without_a_passphrase() {
    let (town, data) = encrypted_town();
    let copy = town.dir.path().join("copy.redb");
    let o = run(
        &[
            "backup",
            "--db",
            town.db.to_str().unwrap(),
            copy.to_str().unwrap(),
        ],
        None,
        &[],
    );
    assert!(o.status.success(), "{}", err(&o));
    let bytes = std::fs::read(&copy).unwrap();
    for s in secrets(&data) {
        assert!(!holds(&bytes, &s), "plaintext in the backup: {s}");
    }
    let o = run(
        &["dump", "--db", copy.to_str().unwrap()],
        Some(&town.pass),
        &[],
    );
    assert!(o.status.success(), "{}", err(&o));
    let back = roundtable::cli::parse_dump(&out(&o)).unwrap();
    assert_eq!(without_audit(back), without_audit(data));
}

#[test]
fn init_then_the_recovery_key_sets_a_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team").join("new.redb");
    let mut town = Town {
        dir,
        db,
        pass: PathBuf::new(),
    };
    town.pass = town.file("pass", PASS);
    let dbs = town.db.to_str().unwrap().to_owned();
    let o = run(&["init", "--db", &dbs], Some(&town.pass), &[]);
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    let key = text
        .split_whitespace()
        .find(|w| w.starts_with("RTK1-"))
        .unwrap();
    let o = run(&["init", "--db", &dbs], Some(&town.pass), &[]);
    assert_eq!(o.status.code(), Some(2), "init over an existing file");
    let recovery = town.file("recovery", key);
    let new = town.file("new", "a brand new passphrase");
    let o = run(
        &["passphrase", "--db", &dbs],
        Some(&recovery),
        &[("ROUNDTABLE_NEW_PASSPHRASE_FILE", &new)],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        run(&["actions", "--db", &dbs], Some(&new), &[])
            .status
            .success()
    );
    assert_eq!(
        run(&["actions", "--db", &dbs], Some(&town.pass), &[])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn team_add_list_remove_rotates_the_data_key() {
    let (town, _) = encrypted_town();
    let dbs = town.db.to_str().unwrap().to_owned();
    let o = run(&["team", "add", "bob", "--db", &dbs], Some(&town.pass), &[]);
    assert!(o.status.success(), "{}", err(&o));
    let code = out(&o).split_whitespace().last().unwrap().to_owned();
    let o = run(&["team", "list", "--db", &dbs], None, &[]);
    assert_eq!(out(&o), "bob (one-time code not yet replaced)\nroot\n");
    // Bob's own key, kept from before his removal, to try afterwards.
    let before = std::fs::read(&town.db).unwrap();
    let _ = code;
    let o = run(
        &["team", "remove", "bob", "--db", &dbs],
        Some(&town.pass),
        &[],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(
        out(&run(&["team", "list", "--db", &dbs], None, &[])),
        "root\n"
    );
    // An attacker who kept the old file's key material (every slot, the header) puts it
    // back into the new file: the old data key opens nothing there.
    const CRYPT: TableDefinition<&str, &[u8]> = TableDefinition::new("crypt");
    let old = town.dir.path().join("old.redb");
    std::fs::write(&old, &before).unwrap();
    let rows: Vec<(String, Vec<u8>)> = {
        let db = redb::Database::open(&old).unwrap();
        let r = db.begin_read().unwrap();
        let t = r.open_table(CRYPT).unwrap();
        t.iter()
            .unwrap()
            .map(|r| {
                let (k, v) = r.unwrap();
                (k.value().to_owned(), v.value().to_vec())
            })
            .collect()
    };
    {
        let db = redb::Database::open(&town.db).unwrap();
        let w = db.begin_write().unwrap();
        {
            let mut t = w.open_table(CRYPT).unwrap();
            for (k, v) in &rows {
                t.insert(k.as_str(), v.as_slice()).unwrap();
            }
        }
        w.commit().unwrap();
    }
    assert_one_line_exit_2(&dump(&town, &town.pass), "old keys on the new file");
}

#[test]
fn a_one_time_code_must_be_replaced_before_use() {
    use roundtable::crypt::passphrase::use_file;
    use roundtable::store::Store;
    let (town, data) = encrypted_town();
    let dbs = town.db.to_str().unwrap().to_owned();
    let o = run(&["team", "add", "bob", "--db", &dbs], Some(&town.pass), &[]);
    assert!(o.status.success(), "{}", err(&o));
    let code = out(&o).split_whitespace().last().unwrap().to_owned();
    // Bob's first use, through the store as bob (the test with two real accounts is in
    // tests/team_accounts.rs). Only this test in this binary reads passphrases in-process.
    // SAFETY: read by this process's key derivation only; set before any thread reads it.
    unsafe { std::env::set_var("ROUNDTABLE_INSECURE_TEST_KDF", "1") };
    use_file(Some(town.file("code", &code)));
    let e = Store::open_as(&town.db, false, "bob".into()).unwrap_err();
    assert!(e.to_string().contains("one-time code"), "{e}");
    let as_bob = |pass: &str| {
        use_file(Some(town.file("bobpass", pass)));
        Store::open_as(&town.db, false, "bob".into())
    };
    assert!(as_bob("a guess at it").is_err());
    // `roundtable passphrase` as bob: the code, then his own passphrase.
    let store = store_as_keyless(&town.db, "bob");
    store
        .change_passphrase(&code, "bob's own passphrase")
        .unwrap();
    let loaded = as_bob("bob's own passphrase").unwrap().load().unwrap();
    assert_eq!(loaded.notes, data.notes);
    let members = out(&run(&["team", "list", "--db", &dbs], None, &[]));
    assert_eq!(members, "bob\nroot\n");
}

fn store_as_keyless(db: &Path, user: &str) -> roundtable::store::Store {
    roundtable::store::Store::open_keyless_as(db, user.into()).unwrap()
}

/// The interface asks for the passphrase once, before it takes the screen over, without
/// echoing it; then the town shows.
#[test]
fn the_interface_asks_the_passphrase_once_without_echo() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    roundtable::demo::open_or_create(&db).unwrap();
    let pass = dir.path().join("pass");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = run(&["encrypt", "--db", db.to_str().unwrap()], Some(&pass), &[]);
    assert!(o.status.success(), "{}", err(&o));
    let mut pty = support::pty::Pty::spawn_with_env(
        &["--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
        &[("ROUNDTABLE_INSECURE_TEST_KDF", "1")],
    );
    pty.wait_for("Passphrase for", 15);
    pty.send(&format!("{PASS}\r"));
    // The program opens on the Overview; the stakeholders come from the sealed records.
    pty.wait_for("Step 1", 15);
    pty.send("1");
    pty.wait_for("Ahmed Tahiri", 15);
    assert!(!pty.screen().contains(PASS), "the passphrase was echoed");
    pty.send("q");
    pty.wait_exit(support::pty::EXITS_WITHIN);
}

/// Whether the file holds a sealed key for `case` (the `case_keys` table).
fn has_case_key(db: &Path, case: u64) -> bool {
    use redb::ReadableDatabase;
    const CASE_KEYS: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("case_keys");
    let d = redb::Database::open(db).unwrap();
    let r = d.begin_read().unwrap();
    let t = r.open_table(CASE_KEYS).unwrap();
    t.get(case).unwrap().is_some()
}

/// `roundtable erase case` on an encrypted database shreds the case's key too, so that
/// what was sealed under it opens nowhere from now on; the other cases keep theirs.
#[test]
fn erase_case_on_an_encrypted_database_destroys_its_key() {
    let (town, data) = encrypted_town();
    let db = town.db.to_str().unwrap();
    let mut with_notes = data
        .cases
        .iter()
        .filter(|c| data.notes.iter().any(|n| n.anchor.case == Some(c.id)));
    let (case, other) = (with_notes.next().unwrap(), with_notes.next().unwrap());
    assert!(has_case_key(&town.db, case.id) && has_case_key(&town.db, other.id));
    let reference = case.reference.to_string();
    let o = run(
        &["erase", "case", &reference, "--yes", "--db", db],
        Some(&town.pass),
        &[],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        !has_case_key(&town.db, case.id),
        "the erased case's key stays"
    );
    assert!(
        has_case_key(&town.db, other.id),
        "another case lost its key"
    );
    let o = dump(&town, &town.pass);
    assert!(o.status.success(), "the rest still opens: {}", err(&o));
}

/// The screen lock's question: the passphrase (or the recovery key) opens the file, any
/// other text does not; nothing is unlocked or kept by asking.
#[test]
fn the_lock_screen_checks_the_passphrase_against_the_file() {
    let (town, _) = encrypted_town();
    roundtable::crypt::passphrase::use_file(Some(town.pass.clone()));
    let store = roundtable::store::Store::open_as(&town.db, false, "root".into()).unwrap();
    assert!(store.is_encrypted());
    assert!(store.check_passphrase(PASS).unwrap());
    assert!(!store.check_passphrase("correct horse").unwrap());
    assert!(!store.check_passphrase("").unwrap());
}
