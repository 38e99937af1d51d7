//! The store on temp files: round trips, migration, conflicts, file modes, bad files.

use std::os::unix::fs::PermissionsExt;

use redb::ReadableTable;

use roundtable::domain::Id;
use roundtable::domain::dataset::{Dataset, Record};
use roundtable::domain::stakeholder::Stakeholder;
use roundtable::store::{SCHEMA_VERSION, Store, StoreError};

mod support;
use support::full_dataset;

fn temp_store(dir: &tempfile::TempDir) -> Store {
    Store::open_as(&dir.path().join("rt.redb"), true, "tester".into()).unwrap()
}

#[test]
fn every_record_kind_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    let data = full_dataset();
    for (kind, n) in data.counts() {
        assert!(n > 0, "the test data has no {kind}");
    }
    store.restore(&data, false).unwrap();
    drop(store);
    let reopened = Store::open(&dir.path().join("rt.redb"), false).unwrap();
    assert_eq!(reopened.load().unwrap(), data);
}

#[test]
fn insert_and_update_stamp_rev_and_author() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    store.restore(&full_dataset(), false).unwrap();
    let mut s: Stakeholder = full_dataset().stakeholders[0].clone();
    let id = store.write(|tx| tx.insert(&mut s)).unwrap();
    assert_eq!(id, 46, "ids continue after the highest restored one");
    assert_eq!((s.meta.rev, &*s.meta.created_by), (1, "tester"));
    s.name = "Changed".into();
    store.write(|tx| tx.update(&mut s)).unwrap();
    let back: Stakeholder = store.read(|tx| tx.get(id)).unwrap().unwrap();
    assert_eq!(back.meta.rev, 2);
    assert_eq!(back.name, "Changed");
}

#[test]
fn stale_revision_is_refused_with_who_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rt.redb");
    let alice = Store::open_as(&path, true, "alice".into()).unwrap();
    let bob = Store::open_as(&path, false, "bob".into()).unwrap();
    let mut original = full_dataset().stakeholders[0].clone();
    let id = alice.write(|tx| tx.insert(&mut original)).unwrap();

    let mut alices = original.clone();
    let mut bobs = original.clone();
    alices.role = "alice's edit".into();
    alice.write(|tx| tx.update(&mut alices)).unwrap();
    bobs.role = "bob's edit".into();
    let err = bob.write(|tx| tx.update(&mut bobs)).unwrap_err();
    match &err {
        StoreError::Conflict { by, .. } => assert_eq!(by, "alice"),
        other => panic!("expected a conflict, got {other}"),
    }
    assert!(err.to_string().contains("changed by alice at"), "{err}");
    let stored: Stakeholder = bob.read(|tx| tx.get(id)).unwrap().unwrap();
    assert_eq!(stored.role, "alice's edit", "the newer revision was kept");
    // Deleting with a stale rev is refused too.
    assert!(matches!(
        bob.write(|tx| tx.delete::<Stakeholder>(id, 1)),
        Err(StoreError::Conflict { .. })
    ));
}

#[test]
fn failed_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    let before = store.change_counter().unwrap();
    let mut s = full_dataset().stakeholders[0].clone();
    let r: Result<(), StoreError> = store.write(|tx| {
        tx.insert(&mut s)?;
        Err(StoreError::Invalid("abandon".into()))
    });
    assert!(r.is_err());
    assert!(store.load().unwrap().stakeholders.is_empty());
    assert_eq!(store.change_counter().unwrap(), before);
}

#[test]
fn change_counter_moves_on_every_commit() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    let a = store.change_counter().unwrap();
    let mut s = full_dataset().stakeholders[0].clone();
    store.write(|tx| tx.insert(&mut s)).unwrap();
    assert_eq!(store.change_counter().unwrap(), a + 1);
}

#[test]
fn new_files_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/rt.redb");
    Store::open(&path, true).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
}

#[test]
fn the_lock_is_not_held_between_transactions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rt.redb");
    let store = temp_store(&dir);
    store.load().unwrap();
    // An idle store does not keep the file: redb itself can open it.
    let db = redb::Database::open(&path).expect("file is free while the store is idle");
    drop(db);
}

#[test]
fn restore_refuses_a_non_empty_database_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    let data = full_dataset();
    store.restore(&data, false).unwrap();
    assert!(matches!(
        store.restore(&data, false),
        Err(StoreError::NotEmpty(_))
    ));
    let mut smaller = data.clone();
    smaller.notes.truncate(2);
    smaller
        .actions
        .retain(|a| a.from_note.is_none_or(|n| n <= 2));
    smaller
        .decisions
        .retain(|d| d.from_note.is_none_or(|n| n <= 2));
    store.restore(&smaller, true).unwrap();
    assert_eq!(store.load().unwrap().notes.len(), 2);
}

#[test]
fn restore_validates_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    let mut data = full_dataset();
    data.cases[2].lead = Some(999);
    let err = store.restore(&data, false).unwrap_err();
    assert!(err.to_string().contains("cases[2].lead"), "{err}");
    assert!(store.load().unwrap().is_empty());
}

/// Builds a file as schema 1 wrote it: records and meta, no id counters.
fn write_schema_1(path: &std::path::Path, data: &Dataset) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut meta = txn
            .open_table(redb::TableDefinition::<&str, u64>::new("meta"))
            .unwrap();
        meta.insert("schema_version", 1).unwrap();
        meta.insert("change_counter", 7).unwrap();
        let def = redb::TableDefinition::<u64, &[u8]>::new(Stakeholder::KIND);
        let mut t = txn.open_table(def).unwrap();
        for s in &data.stakeholders {
            // Schema 1 wrote record format 1: times as strings.
            let mut bytes = vec![1u8];
            bytes.extend(roundtable::domain::time::legacy(|| postcard::to_allocvec(s)).unwrap());
            t.insert(s.id, bytes.as_slice()).unwrap();
        }
    }
    txn.commit().unwrap();
}

#[test]
fn schema_1_files_are_migrated_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.redb");
    let mut data = full_dataset();
    // Fields that arrived later (schema 11) did not exist: written, they would be trailing
    // bytes that the older shape ignores.
    for s in &mut data.stakeholders {
        s.consent = None;
        s.pipeline.clear();
        s.language = None;
    }
    write_schema_1(&path, &data);
    let store = Store::open_as(&path, false, "tester".into()).unwrap();
    assert_eq!(store.load().unwrap().stakeholders, data.stakeholders);
    // The migration set the id counter past the existing records.
    let mut s = data.stakeholders[0].clone();
    let id: Id = store.write(|tx| tx.insert(&mut s)).unwrap();
    assert_eq!(
        id,
        data.stakeholders.iter().map(|s| s.id).max().unwrap() + 1
    );
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.redb");
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<&str, u64>::new("meta"))
            .unwrap()
            .insert("schema_version", SCHEMA_VERSION + 1)
            .unwrap();
        txn.commit().unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, false).unwrap_err();
    assert!(matches!(err, StoreError::Newer { .. }), "{err}");
    assert!(err.to_string().contains("newer roundtable"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn foreign_and_damaged_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.redb");
    std::fs::write(&junk, b"this is a spreadsheet, not a database".repeat(200)).unwrap();
    let err = Store::open(&junk, false).unwrap_err();
    assert!(
        err.to_string().starts_with(&junk.display().to_string()),
        "{err}"
    );

    let other = dir.path().join("other.redb");
    {
        let db = redb::Database::create(&other).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<u64, u64>::new("someone_elses"))
            .unwrap();
        txn.commit().unwrap();
    }
    let err = Store::open(&other, false).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
}

#[test]
fn backup_is_a_consistent_copy_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let store = temp_store(&dir);
    store.restore(&full_dataset(), false).unwrap();
    let dest = dir.path().join("backup.redb");
    store.backup(&dest).unwrap();
    let copy = Store::open(&dest, false).unwrap();
    copy.check().unwrap();
    assert_eq!(copy.load().unwrap(), store.load().unwrap());
}

/// Databases written by earlier versions are committed in tests/fixtures with a JSON dump
/// of what they held; every later version must open them (migrating) and read every
/// record.
#[test]
fn committed_fixtures_still_open() {
    for schema in 2..=12 {
        let dir = tempfile::tempdir().unwrap();
        let fixture = format!(
            "{}/tests/fixtures/schema{schema}-demo",
            env!("CARGO_MANIFEST_DIR")
        );
        let copy = dir.path().join("fixture.redb");
        std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
        let store = Store::open(&copy, false).unwrap();
        store
            .check()
            .unwrap_or_else(|e| panic!("schema {schema}: {e}"));
        let mut data = store.load().unwrap();
        let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
        let mut expected = roundtable::cli::parse_dump(&json).unwrap();
        // Schema 3 chained the audit trail: only the links may differ from the dump.
        for e in data.audit.iter_mut().chain(expected.audit.iter_mut()) {
            e.prev_hash.clear();
        }
        assert_eq!(
            data, expected,
            "schema {schema}: every record reads back as dumped"
        );
        for (kind, n) in data.counts() {
            // Kinds that arrived later (schema 11) are empty in older fixtures.
            if kind == "routed_concerns" {
                continue;
            }
            assert!(n > 0, "schema {schema}: the fixture has {kind}");
        }
    }
}

#[test]
fn tampering_with_the_audit_trail_fails_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&full_dataset(), false).unwrap();
    for n in 0..3 {
        store
            .write(|tx| {
                tx.append_audit(roundtable::domain::audit::AuditEvent {
                    subject: format!("session:{n}"),
                    ..full_dataset().audit[0].clone()
                })
            })
            .unwrap();
    }
    store.check().unwrap();
    // Someone edits an entry directly in the file.
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut t = txn
                .open_table(redb::TableDefinition::<u64, &[u8]>::new("audit"))
                .unwrap();
            let mut e: roundtable::domain::audit::AuditEvent = {
                let bytes = t.get(2).unwrap().unwrap().value().to_vec();
                roundtable::domain::time::legacy(|| postcard::from_bytes(&bytes[1..])).unwrap()
            };
            e.withheld.clear();
            e.recipient = Some(99);
            // Audit entries are stored in record format 1 (times as strings).
            let mut bytes = vec![1u8];
            bytes.extend(roundtable::domain::time::legacy(|| postcard::to_allocvec(&e)).unwrap());
            t.insert(2, bytes.as_slice()).unwrap();
        }
        txn.commit().unwrap();
    }
    let err = store.check().unwrap_err().to_string();
    assert!(err.contains("broken at entry 3"), "{err}");
    // The CLI says the same, with exit code 2.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(["check", "--db", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("broken at entry 3"));
}

/// Audit entries with nanosecond times (as written before record format 2) still verify
/// after a restore and a reopen.
#[test]
fn audit_times_keep_their_precision_through_restore() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = full_dataset();
    let mut e = data.audit[0].clone();
    e.at = "2026-11-29T10:00:00.123456789Z".parse().unwrap();
    data.audit = vec![e.clone()];
    let mut second = e.clone();
    second.id = 2;
    second.prev_hash = roundtable::domain::audit::hash(&e);
    data.audit.push(second);
    let store = temp_store(&dir);
    store.restore(&data, false).unwrap();
    drop(store);
    let store = Store::open(&dir.path().join("rt.redb"), false).unwrap();
    store.check().unwrap();
    assert_eq!(store.load().unwrap().audit, data.audit);
}

/// Schema 5: an action or decision of an older file gets the note it was taken from where
/// that note can be told apart (the only note at its agenda item, or the one holding its
/// line), and `None` elsewhere.
#[test]
fn schema_4_actions_and_decisions_get_their_note_where_it_is_unambiguous() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema4-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    let from = |list: Vec<(Id, Option<Id>)>| list;
    assert_eq!(
        from(data.actions.iter().map(|a| (a.id, a.from_note)).collect()),
        // 2 and 4 are alone at their agenda item with one note; the others share it.
        [(1, None), (2, Some(7)), (3, None), (4, Some(8)), (5, None)]
    );
    assert_eq!(
        from(data.decisions.iter().map(|d| (d.id, d.from_note)).collect()),
        [(1, Some(3)), (2, None), (3, None)]
    );
    // Everything else reads back as schema 4 held it.
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(data.notes, old.notes);
    let strip = |a: &roundtable::domain::note::ActionItem| (a.id, a.text.clone(), a.owner, a.tlp);
    assert_eq!(
        data.actions.iter().map(strip).collect::<Vec<_>>(),
        old.actions.iter().map(strip).collect::<Vec<_>>()
    );
    store.check().unwrap();
}

/// Schema 7: actions keep their history. An action of a schema 6 file gets an empty one and
/// keeps everything else, its status too (the demo's done actions stay done, with no event).
#[test]
fn schema_6_actions_get_an_empty_history() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema6-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    assert!(data.actions.iter().all(|a| a.history.is_empty()));
    assert!(
        data.actions
            .iter()
            .any(|a| a.status == roundtable::domain::note::ActionStatus::Done)
    );
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(data.actions, old.actions);
    store.check().unwrap();
    // The migrated history is written in the current shape: a step is kept.
    let mut a = data.actions.iter().find(|a| a.is_open()).unwrap().clone();
    a.complete("tester", chrono::DateTime::UNIX_EPOCH, "done")
        .unwrap();
    store.write(|tx| tx.update(&mut a)).unwrap();
    let back = store.load().unwrap();
    assert_eq!(
        back.actions
            .iter()
            .find(|b| b.id == a.id)
            .unwrap()
            .history
            .len(),
        1
    );
}

/// Schema 9: notes keep their earlier versions, sessions have a place. A schema 7 or 8
/// file's notes get no revision and no retraction, its sessions no place, and keep the rest.
#[test]
fn schema_7_notes_and_sessions_read_back_unchanged_with_the_new_fields_empty() {
    notes_and_sessions_read_back_unchanged(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema7-demo"
    ));
}

/// The step just before: schema 8 (retention periods and tombstones) to 9.
#[test]
fn schema_8_notes_and_sessions_read_back_unchanged_with_the_new_fields_empty() {
    notes_and_sessions_read_back_unchanged(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema8-demo"
    ));
}

fn notes_and_sessions_read_back_unchanged(fixture: &str) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    assert!(!data.notes.is_empty() && !data.sessions.is_empty());
    assert!(
        data.notes
            .iter()
            .all(|n| n.revisions.is_empty() && n.retraction.is_none())
    );
    assert!(data.sessions.iter().all(|s| s.place.is_none()));
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(data.notes, old.notes);
    assert_eq!(data.sessions, old.sessions);
    store.check().unwrap();
    // The migrated records are written in the current shape: a correction is kept.
    let mut s = data.sessions[2].clone();
    s.place = Some("Town hall".into());
    store.write(|tx| tx.update(&mut s)).unwrap();
    assert_eq!(
        store.load().unwrap().sessions[2].place.as_deref(),
        Some("Town hall")
    );
}

/// Schema 9 is the current shape: its fixture opens without a step and reads back exactly as
/// it was dumped. It is the "before" of the next schema step.
#[test]
fn schema_9_fixture_reads_back_as_dumped() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let data = store.load().unwrap();
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert!(!old.stakeholders.is_empty() && !old.notes.is_empty());
    assert_eq!(data.stakeholders, old.stakeholders);
    assert_eq!(data.networks, old.networks);
    assert_eq!(data.notes, old.notes);
    assert_eq!(data.sessions, old.sessions);
    assert_eq!(data.actions, old.actions);
    store.check().unwrap();
}

/// Schema 10: problems keep their days, exchange meetings and trainings can be planned.
/// A schema 9 problem was opened the day it was written; a meeting or training written on
/// or after its day was held (its attendees came), one written before is planned (its
/// attendees are invited: a training next month no longer shows as attended); an
/// exchange's host is its network's lead. Everything else reads back as dumped.
#[test]
fn schema_9_network_work_reads_back_with_its_days_and_planned_or_held() {
    use roundtable::domain::network::ProblemStatus;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{fixture}.json")).unwrap()).unwrap();
    let raw = &raw["data"];
    assert_eq!(
        data.problems.len(),
        raw["problems"].as_array().unwrap().len()
    );
    for (p, r) in data
        .problems
        .iter()
        .zip(raw["problems"].as_array().unwrap())
    {
        assert_eq!(p.problem, r["problem"].as_str().unwrap());
        assert_eq!(p.lesson, r["lesson"].as_str().unwrap());
        assert_eq!(p.opened, p.meta.created_at.date_naive());
        assert_eq!((p.agreed, p.closed), (None, None));
    }
    let statuses: Vec<ProblemStatus> = data.problems.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        [
            ProblemStatus::SolutionAgreed,
            ProblemStatus::Done,
            ProblemStatus::Open
        ]
    );
    let e = &data.exchanges[0];
    assert!(e.held);
    assert_eq!(e.attendees, [12, 13, 39, 43]);
    assert!(e.invited.is_empty() && e.place.is_empty() && e.lessons.is_empty());
    assert_eq!(
        e.host,
        data.networks
            .iter()
            .find(|n| n.id == e.network)
            .unwrap()
            .lead
    );
    let (held, planned) = (&data.trainings[0], &data.trainings[1]);
    assert!(held.held && held.attendees.len() == 8 && held.invited.is_empty());
    assert!(!planned.held && planned.attendees.is_empty());
    assert_eq!(planned.invited, [4, 5, 10, 27]);
    // The dump of schema 9 restores as the migration reads the file.
    let old =
        roundtable::cli::parse_dump(&std::fs::read_to_string(format!("{fixture}.json")).unwrap())
            .unwrap();
    assert_eq!(data.problems, old.problems);
    assert_eq!(data.exchanges, old.exchanges);
    assert_eq!(data.trainings, old.trainings);
    store.check().unwrap();
    // The migrated records are written in the current shape: a planned place is kept.
    let mut e = e.clone();
    e.place = "Youth house".into();
    store.write(|tx| tx.update(&mut e)).unwrap();
    assert_eq!(store.load().unwrap().exchanges[0].place, "Youth house");
}

/// Schema 11: a stakeholder holds consent, a step-1 pipeline and a preferred language, and
/// routed concerns have a table. A schema 9 or 10 file's stakeholders read back unchanged with
/// the new fields empty, everything else as dumped, and a new value is kept.
#[test]
fn schema_9_stakeholders_read_back_unchanged_with_consent_pipeline_and_language_empty() {
    stakeholders_read_back_with_the_new_fields_empty(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema9-demo"
    ));
}

/// The step just before: schema 10 (network work) to 11.
#[test]
fn schema_10_stakeholders_read_back_unchanged_with_consent_pipeline_and_language_empty() {
    stakeholders_read_back_with_the_new_fields_empty(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema10-demo"
    ));
}

fn stakeholders_read_back_with_the_new_fields_empty(fixture: &str) {
    use roundtable::domain::pipeline::{Consent, Move, Stage};
    use roundtable::domain::stakeholder::Language;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert_eq!(version, 13);
    let data = store.load().unwrap();
    assert!(!data.stakeholders.is_empty());
    assert!(
        data.stakeholders
            .iter()
            .all(|s| s.consent.is_none() && s.pipeline.is_empty() && s.language.is_none())
    );
    assert!(data.routed_concerns.is_empty());
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(data, old, "everything else reads back as dumped");
    store.check().unwrap();
    let mut s = data.stakeholders[1].clone();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    s.consent = Some(Consent {
        given: day,
        withdrawn: None,
    });
    s.pipeline = vec![Move {
        stage: Stage::Identified,
        on: day,
    }];
    s.language = Some(Language::Fr);
    store.write(|tx| tx.update(&mut s)).unwrap();
    let back = store.load().unwrap();
    assert_eq!(back.stakeholders[1], s);
}

/// Schema 12: a routed concern keeps the day its answer was recorded. A schema 11 file's
/// concerns read back as dumped with no day (when is not known), and a new answer keeps
/// its day.
#[test]
fn schema_11_routed_concerns_read_back_with_no_answer_day() {
    use roundtable::domain::routing::PickedUp;
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema11-demo");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!((version, SCHEMA_VERSION), (13, 13));
    let data = store.load().unwrap();
    assert!(!data.routed_concerns.is_empty());
    assert!(
        data.routed_concerns
            .iter()
            .all(|c| c.picked_up_on.is_none())
    );
    assert!(
        data.routed_concerns
            .iter()
            .any(|c| c.picked_up != PickedUp::Unknown),
        "an answer without its day"
    );
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    assert_eq!(data, roundtable::cli::parse_dump(&json).unwrap());
    store.check().unwrap();
    let open = data.routed_concerns.iter().find(|c| c.is_open()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut answered = open.answered(PickedUp::Yes, today, today).unwrap();
    store.write(|tx| tx.update(&mut answered)).unwrap();
    let back = store.load().unwrap();
    let c = back
        .routed_concerns
        .iter()
        .find(|c| c.id == open.id)
        .unwrap();
    assert_eq!((c.picked_up, c.picked_up_on), (PickedUp::Yes, Some(today)));
}

/// Schema 13: exchange meetings and trainings can be cancelled, a training names its
/// network. A schema 11 or 12 file's meetings and trainings read back as dumped, none
/// cancelled and no training with a network; a new value is kept.
#[test]
fn schema_11_exchanges_and_trainings_read_back_uncancelled_and_without_a_network() {
    exchanges_and_trainings_read_back_uncancelled(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema11-demo"
    ));
}

/// The step just before: schema 12 (routed concerns' answer days) to 13.
#[test]
fn schema_12_exchanges_and_trainings_read_back_uncancelled_and_without_a_network() {
    exchanges_and_trainings_read_back_uncancelled(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema12-demo"
    ));
}

fn exchanges_and_trainings_read_back_uncancelled(fixture: &str) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    assert!(!data.exchanges.is_empty() && !data.trainings.is_empty());
    assert!(data.exchanges.iter().all(|e| !e.cancelled));
    assert!(
        data.trainings
            .iter()
            .all(|t| !t.cancelled && t.network.is_none())
    );
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(data, old, "everything reads back as dumped");
    store.check().unwrap();
    let mut t = data.trainings[1].clone();
    (t.cancelled, t.network) = (true, Some(6));
    store.write(|tx| tx.update(&mut t)).unwrap();
    let mut e = data.exchanges[1].clone();
    e.cancelled = true;
    store.write(|tx| tx.update(&mut e)).unwrap();
    let back = store.load().unwrap();
    assert_eq!((&back.trainings[1], &back.exchanges[1]), (&t, &e));
}
