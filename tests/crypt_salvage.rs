//! `--salvage` of a damaged encrypted file recovers what the passphrase opens: the
//! records, not only the plain audit trail. A wrong passphrase is one line and nothing
//! else; `backup --salvage` writes an encrypted copy that the same passphrase opens, never
//! a plain one.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use roundtable::domain::dataset::Dataset;
use roundtable::store::Store;

mod support;

const PASS: &str = "correct horse battery";

fn write_pass(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("{text}\n")).unwrap();
    std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    p
}

/// The binary, with no terminal to ask on, cheap key derivation, `pass` as passphrase.
fn run(args: &[&str], pass: &Path) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .arg("--passphrase-file")
        .arg(pass)
        .env_remove("ROUNDTABLE_DB")
        .env_remove("ROUNDTABLE_PASSPHRASE_FILE")
        .env("HOME", std::env::temp_dir())
        .env("ROUNDTABLE_INSECURE_TEST_KDF", "1")
        .stdin(std::process::Stdio::null());
    // SAFETY: setsid is async-signal-safe; it only detaches from the terminal.
    unsafe {
        c.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An encrypted town (made by a child process: the passphrase source is global), then
/// damaged so that redb wants a repair: every ordinary command refuses it.
fn damaged_encrypted_town() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let store = Store::open_as(&db, true, "root".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    drop(store);
    let pass = write_pass(dir.path(), "pass", PASS);
    let o = run(&["encrypt", "--db", db.to_str().unwrap()], &pass);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut bytes = std::fs::read(&db).unwrap();
    assert_eq!(&bytes[..4], b"redb");
    // The god byte: "recovery required", and no two-phase commit to trust.
    bytes[9] = (bytes[9] | 2) & !4;
    std::fs::write(&db, bytes).unwrap();
    (dir, db, pass)
}

fn without_audit(mut d: Dataset) -> Dataset {
    d.audit.clear();
    d
}

#[test]
fn dump_salvage_of_a_damaged_encrypted_file_recovers_its_records() {
    let (_dir, db, pass) = damaged_encrypted_town();
    let d = db.to_str().unwrap();
    let before = std::fs::read(&db).unwrap();
    let refused = run(&["dump", "--db", d], &pass);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    let o = run(&["dump", "--salvage", "--db", d], &pass);
    assert!(o.status.success(), "{}", stderr(&o));
    let data = roundtable::cli::parse_dump(&String::from_utf8(o.stdout).unwrap()).unwrap();
    assert!(
        without_audit(data.clone()) == without_audit(support::full_dataset()),
        "records lost: {:?}",
        data.counts()
    );
    assert!(data.audit.len() > 1, "the trail too");
    assert!(std::fs::read(&db).unwrap() == before, "salvage wrote");
}

#[test]
fn a_wrong_passphrase_salvages_nothing_and_says_so_in_one_line() {
    let (dir, db, _pass) = damaged_encrypted_town();
    let wrong = write_pass(dir.path(), "wrong", "not the passphrase");
    for args in [
        vec!["dump", "--salvage", "--db", db.to_str().unwrap()],
        vec![
            "backup",
            "--salvage",
            dir.path().join("copy.redb").to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
    ] {
        let o = run(&args, &wrong);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?} printed data");
    }
    assert!(!dir.path().join("copy.redb").exists());
}

#[test]
fn backup_salvage_of_an_encrypted_file_writes_an_encrypted_copy() {
    let (dir, db, pass) = damaged_encrypted_town();
    let dest = dir.path().join("salvaged.redb");
    let o = run(
        &[
            "backup",
            "--salvage",
            dest.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        &pass,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&dest).unwrap();
    let data = support::full_dataset();
    for p in &data.stakeholders {
        let name = p.name.as_bytes();
        assert!(
            !bytes.windows(name.len()).any(|w| w == name),
            "plaintext in the copy: {}",
            p.name
        );
    }
    let o = run(&["dump", "--db", dest.to_str().unwrap()], &pass);
    assert!(o.status.success(), "{}", stderr(&o));
    let copy = roundtable::cli::parse_dump(&String::from_utf8(o.stdout).unwrap()).unwrap();
    assert!(
        without_audit(copy.clone()) == without_audit(data),
        "the copy holds {:?}",
        copy.counts()
    );
}
