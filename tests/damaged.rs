//! A damaged database is never made worse: reading commands never write, writing commands
//! refuse a file that needs a repair, `check` works on a private copy, no panic of redb
//! reaches the user, ids never wrap onto existing records, and huge values are refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use roundtable::domain::dataset::Record;
use roundtable::domain::stakeholder::Stakeholder;
use roundtable::store::Store;

mod support;
use support::cli::{roundtable, stderr};

/// A database holding the test data set, closed cleanly.
fn filled_db(dir: &Path) -> PathBuf {
    let path = dir.join("town.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    path
}

/// Makes redb want a full repair of `path`, as a crash of a version without the
/// allocator state would: the header's god byte says "recovery required" and no longer
/// says "two-phase commit", so no recorded allocator state can be trusted.
fn make_it_need_repair(path: &Path) {
    const GOD_BYTE: usize = 9;
    const RECOVERY_REQUIRED: u8 = 2;
    const TWO_PHASE_COMMIT: u8 = 4;
    let mut bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..4], b"redb");
    bytes[GOD_BYTE] = (bytes[GOD_BYTE] | RECOVERY_REQUIRED) & !TWO_PHASE_COMMIT;
    std::fs::write(path, bytes).unwrap();
}

/// What a crash of a writer leaves: "recovery required", with the allocator state that
/// every commit here records, so that redb recovers without a repair.
fn leave_it_as_a_crash_would(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[9] |= 2;
    std::fs::write(path, bytes).unwrap();
}

/// The failure every refused command gives: exit 2, one line, the file named, and how
/// to salvage.
fn assert_refused(o: &Output, db: &Path, what: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{what}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{what}: {err}");
    assert!(err.contains(db.to_str().unwrap()), "{what}: {err}");
    assert!(!err.contains("panicked"), "{what}: {err}");
}

#[test]
fn a_file_that_needs_repair_is_refused_by_every_command_and_stays_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    make_it_need_repair(&db);
    let before = std::fs::read(&db).unwrap();
    let d = db.to_str().unwrap();
    let dest = dir.path().join("copy.redb");
    let csv = dir.path().join("people.csv");
    std::fs::write(&csv, "name;organisation\nJan Peeters;School\n").unwrap();
    let dump = dir.path().join("dump.json");
    std::fs::write(
        &dump,
        roundtable::cli::dump_json(&Default::default()).unwrap(),
    )
    .unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["dump", "--db", d],
        vec!["check", "--db", d],
        vec!["audit", "--db", d],
        vec!["backup", dest.to_str().unwrap(), "--db", d],
        vec!["export", "stakeholders", "--db", d],
        vec![
            "export",
            "minutes",
            "--session",
            "2",
            "--for",
            "3",
            "--db",
            d,
        ],
        vec!["import", "stakeholders", csv.to_str().unwrap(), "--db", d],
        vec!["restore", dump.to_str().unwrap(), "--force", "--db", d],
        // The application itself, before it looks for a terminal.
        vec!["--db", d],
    ];
    for args in commands {
        let o = roundtable(&args);
        assert_refused(&o, &db, &args.join(" "));
        assert!(stderr(&o).contains("--salvage"), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?} wrote to standard output");
        assert!(
            std::fs::read(&db).unwrap() == before,
            "{args:?} changed the damaged file"
        );
    }
    assert!(!dest.exists());
}

#[test]
fn a_file_left_by_a_crash_is_read_without_being_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    leave_it_as_a_crash_would(&db);
    let before = std::fs::read(&db).unwrap();
    let d = db.to_str().unwrap();
    let o = roundtable(&["check", "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&db).unwrap() == before, "reading wrote");
    // A command that writes recovers it, as redb does after any crash. A dump is one: it
    // is recorded on the audit trail it then holds.
    let o = roundtable(&["dump", "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut data = roundtable::cli::parse_dump(&String::from_utf8(o.stdout).unwrap()).unwrap();
    let entry = data.audit.pop().unwrap();
    assert_eq!(entry.kind, roundtable::domain::audit::AuditKind::Dump);
    assert_eq!(data, support::full_dataset());
    let o = roundtable(&["export", "stakeholders", "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = roundtable(&["check", "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn salvage_reads_a_file_that_needs_repair_and_writes_nothing_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    make_it_need_repair(&db);
    let before = std::fs::read(&db).unwrap();
    let d = db.to_str().unwrap();

    let o = roundtable(&["dump", "--salvage", "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    let data = roundtable::cli::parse_dump(&text).unwrap();
    assert_eq!(data, support::full_dataset(), "nothing lost");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "dump --salvage wrote"
    );

    let dest = dir.path().join("salvaged.redb");
    let o = roundtable(&["backup", "--salvage", dest.to_str().unwrap(), "--db", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::read(&db).unwrap() == before,
        "backup --salvage wrote"
    );
    let copy = Store::open(&dest, false).unwrap();
    copy.check().unwrap();
    // Not even an audit entry: the trail is the one the file held.
    assert_eq!(copy.load().unwrap(), support::full_dataset());
}

/// Every page of a real file damaged in turn: no command panics, every failure is one
/// line naming the file, and the commands that only read (check included) never change
/// a byte.
#[test]
fn damaged_pages_never_panic_and_reading_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(filled_db(dir.path())).unwrap();
    let db = dir.path().join("damaged.redb");
    let d = db.to_str().unwrap();
    let total: usize = support::full_dataset()
        .counts()
        .iter()
        .map(|(_, n)| n)
        .sum();
    for page in 1..good.len() / 4096 {
        let mut bytes = good.clone();
        for b in &mut bytes[page * 4096..page * 4096 + 8] {
            *b ^= 0xff;
        }
        // check and the audit listing only read; dump may record itself on the trail.
        for args in [
            vec!["check", "--db", d],
            vec!["audit", "--db", d],
            vec!["dump", "--db", d],
        ] {
            std::fs::write(&db, &bytes).unwrap();
            let o = roundtable(&args);
            let what = format!("page {page}: {args:?}");
            if !o.status.success() {
                assert_refused(&o, &db, &what);
            }
            assert!(!stderr(&o).contains("panicked"), "{what}: {}", stderr(&o));
            // A dump that goes ahead records itself on the trail; nothing else writes.
            if args[0] == "check" || !o.status.success() {
                assert!(
                    std::fs::read(&db).unwrap() == bytes,
                    "{what} changed the file"
                );
            }
        }
        std::fs::write(&db, &bytes).unwrap();
        let o = roundtable(&["export", "stakeholders", "--db", d]);
        if !o.status.success() {
            assert_refused(&o, &db, &format!("page {page}: export"));
        }
        // Salvage reads nearly everything, at worst losing the records of the damaged
        // page or the last commit (redb's fallback to the one before); a damaged table
        // directory leaves nothing to find the records by, and is one line too.
        std::fs::write(&db, &bytes).unwrap();
        let o = roundtable(&["dump", "--salvage", "--db", d]);
        let what = format!("page {page}: dump --salvage");
        if o.status.success() {
            let text = String::from_utf8(o.stdout).unwrap();
            let data = roundtable::cli::parse_dump(&text).unwrap();
            let n: usize = data.counts().iter().map(|(_, n)| n).sum();
            assert!(n * 10 >= total * 9, "{what}: salvaged {n} of {total}");
        } else {
            assert_refused(&o, &db, &what);
        }
        assert!(
            std::fs::read(&db).unwrap() == bytes,
            "page {page}: salvage wrote"
        );
    }
}

#[test]
fn restore_refuses_ids_beyond_the_bound() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = support::full_dataset();
    let last = data.stakeholders.len() - 1;
    data.stakeholders[last].id = u64::MAX - 1;
    let store = Store::open_as(&dir.path().join("new.redb"), true, "tester".into()).unwrap();
    let err = store.restore(&data, false).unwrap_err().to_string();
    assert!(err.contains("stakeholders") && err.contains("id"), "{err}");
    assert!(store.load().unwrap().is_empty());

    let dump = dir.path().join("d.json");
    std::fs::write(&dump, roundtable::cli::dump_json(&data).unwrap()).unwrap();
    let target = dir.path().join("t.redb");
    let o = roundtable(&[
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("stakeholders["), "{}", stderr(&o));
}

#[test]
fn an_insert_never_replaces_an_existing_record() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_as(&dir.path().join("rt.redb"), true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let before = store.load().unwrap();
    let key = format!("next_id.{}", <Stakeholder as Record>::KIND);
    for counter in [3, u64::MAX] {
        store.write(|tx| tx.set_meta_u64(&key, counter)).unwrap();
        let mut s = Stakeholder::blank();
        s.name = "Newcomer".into();
        let err = store.write(|tx| tx.insert(&mut s));
        assert!(err.is_err(), "counter {counter}: insert succeeded");
        let mut many = vec![Stakeholder::blank(), Stakeholder::blank()];
        assert!(store.write(|tx| tx.insert_many(&mut many)).is_err());
        assert_eq!(store.load().unwrap(), before, "counter {counter}");
    }
}

#[test]
fn check_detects_an_id_counter_at_or_below_the_highest_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rt.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    store.check().unwrap();
    let max = support::full_dataset()
        .stakeholders
        .iter()
        .map(|s| s.id)
        .max()
        .unwrap();
    store
        .write(|tx| tx.set_meta_u64("next_id.stakeholders", max))
        .unwrap();
    let err = store.check().unwrap_err().to_string();
    assert!(err.contains("next_id.stakeholders"), "{err}");
    let o = roundtable(&["check", "--db", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// A dump whose one stakeholder name is 120 MB: refused with the limit named, before the
/// value is held in memory (the process gets 200 MB of address space in all: reading the
/// file whole and then the value, as before, needs more than twice the value).
#[test]
fn a_huge_value_in_a_dump_is_refused_with_the_limit_named() {
    use std::io::Write;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let mut data = support::full_dataset();
    data.stakeholders[0].name = "HUGE".into();
    let json = roundtable::cli::dump_json(&data).unwrap();
    let (head, tail) = json.split_once("\"HUGE\"").unwrap();
    let dump = dir.path().join("huge.json");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&dump).unwrap());
    f.write_all(head.as_bytes()).unwrap();
    f.write_all(b"\"").unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..120 {
        f.write_all(&chunk).unwrap();
    }
    f.write_all(b"\"").unwrap();
    f.write_all(tail.as_bytes()).unwrap();
    f.flush().unwrap();
    drop(f);
    let target = dir.path().join("t.redb");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    cmd.args([
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target.to_str().unwrap(),
    ])
    .env_remove("ROUNDTABLE_DB");
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 200 << 20,
                rlim_max: 200 << 20,
            };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
            Ok(())
        });
    }
    let o = cmd.output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("1 MiB"), "{err}");
    assert!(err.contains("data.stakeholders[0].name"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!target.exists());
}

/// Drafts rescued when the application dies go through the same open as every write,
/// which refuses a file that needs a repair.
#[test]
fn rescued_drafts_never_go_into_a_file_that_needs_repair() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let store = Store::open_as(&db, true, "tester".into()).unwrap();
    make_it_need_repair(&db);
    let before = std::fs::read(&db).unwrap();
    let rescue = roundtable::tui::Rescue::default();
    rescue.set("session:3:item:1", "typed before the crash");
    rescue.run(&store);
    assert!(std::fs::read(&db).unwrap() == before, "the rescue wrote");
}

/// A panic of redb inside a store operation is caught and reported as an error; the
/// interface's panic hook must not take it for a crash of the application and rescue
/// drafts into the damaged file.
#[test]
fn a_caught_store_panic_does_not_trigger_the_draft_rescue() {
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(filled_db(dir.path())).unwrap();
    let db = dir.path().join("damaged.redb");
    // A page whose damage lets the file open but makes reading it panic.
    let store = (1..good.len() / 4096)
        .find_map(|page| {
            let mut bytes = good.clone();
            for b in &mut bytes[page * 4096..page * 4096 + 8] {
                *b ^= 0xff;
            }
            std::fs::write(&db, &bytes).unwrap();
            let store = Store::open_as(&db, true, "tester".into()).ok()?;
            match store.load() {
                Err(roundtable::store::StoreError::Damaged { .. }) => Some(store),
                _ => None,
            }
        })
        .expect("no page whose damage makes reading panic");
    let before = std::fs::read(&db).unwrap();
    let store = Arc::new(store);
    let rescue = Arc::new(roundtable::tui::Rescue::default());
    rescue.set("session:3:item:1", "typed before the damage");
    roundtable::tui::install_panic_hook(store.clone(), rescue);
    let load = store.load();
    let _ = std::panic::take_hook();
    assert!(load.is_err());
    assert!(
        std::fs::read(&db).unwrap() == before,
        "drafts written into the damaged file"
    );
}

/// A file of an older schema is read as the current schema (upgraded on a copy in
/// memory) by the commands that only read (`check`, the audit listing): the file stays as
/// it is until something writes. `dump` and `backup` write their audit entry, so they
/// upgrade the file like the application does, and still give the whole data set.
#[test]
fn reading_commands_upgrade_an_older_schema_in_memory_only() {
    for schema in [2, 3] {
        let dir = tempfile::tempdir().unwrap();
        let fixture = format!(
            "{}/tests/fixtures/schema{schema}-demo.redb",
            env!("CARGO_MANIFEST_DIR")
        );
        let db = dir.path().join("old.redb");
        std::fs::copy(&fixture, &db).unwrap();
        let upgraded = dir.path().join("upgraded.redb");
        std::fs::copy(&fixture, &upgraded).unwrap();
        let expected = Store::open(&upgraded, false).unwrap().load().unwrap();
        let before = std::fs::read(&db).unwrap();
        let d = db.to_str().unwrap();
        for args in [vec!["check", "--db", d], vec!["audit", "--db", d]] {
            let o = roundtable(&args);
            assert!(
                o.status.success(),
                "schema {schema} {args:?}: {}",
                stderr(&o)
            );
            assert!(
                std::fs::read(&db).unwrap() == before,
                "schema {schema} {args:?}: file changed"
            );
        }
        let o = roundtable(&["dump", "--db", d]);
        assert!(o.status.success(), "schema {schema}: {}", stderr(&o));
        let mut dumped =
            roundtable::cli::parse_dump(&String::from_utf8(o.stdout).unwrap()).unwrap();
        let own = dumped.audit.pop().expect("the dump's own entry");
        assert_eq!(own.kind, roundtable::domain::audit::AuditKind::Dump);
        assert_eq!(dumped, expected, "schema {schema}");
        let dest = dir.path().join("nightly.redb");
        let o = roundtable(&["backup", dest.to_str().unwrap(), "--db", d]);
        assert!(o.status.success(), "schema {schema}: {}", stderr(&o));
    }
}

/// A store opened for a command that only reads refuses to write, so that nothing added
/// to such a command later can change the file by accident.
#[test]
fn a_store_opened_read_only_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let before = std::fs::read(&db).unwrap();
    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(store.load().unwrap(), support::full_dataset());
    let mut s = Stakeholder::blank();
    s.name = "Newcomer".into();
    let err = store.write(|tx| tx.insert(&mut s)).unwrap_err();
    assert!(err.to_string().contains("read-only"), "{err}");
    assert!(store.save_draft("session:1", "text").is_err());
    drop(store);
    assert!(std::fs::read(&db).unwrap() == before);
}

/// What a salvage could not read may leave references dangling; `backup --salvage`
/// keeps such a data set as it is (ids checked, references not), for a person to mend.
#[test]
fn a_salvaged_data_set_with_dangling_references_is_kept_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = support::full_dataset();
    let lost = data.stakeholders.remove(0).id;
    assert!(
        data.validate().is_err(),
        "stakeholder {lost} is referred to"
    );
    let salvage = roundtable::store::Salvage {
        data: data.clone(),
        skipped: 1,
        keys: None,
    };
    let dest = dir.path().join("rescued.redb");
    Store::backup_salvaged(&salvage, &dest).unwrap();
    assert_eq!(Store::open(&dest, false).unwrap().load().unwrap(), data);
    // Ids are still checked: one past the bound is refused, nothing written.
    let mut bad = roundtable::store::Salvage::default();
    bad.data.stakeholders = vec![support::full_dataset().stakeholders[0].clone()];
    bad.data.stakeholders[0].id = u64::MAX;
    let dest = dir.path().join("bad.redb");
    assert!(Store::backup_salvaged(&bad, &dest).is_err());
    assert!(!dest.exists());
}
