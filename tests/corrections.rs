//! Corrections of saved notes through the store: the earlier version kept, the trail by
//! id only, a retracted note in no output, closed sessions read-only, and the exports
//! a correction superseded listed for re-sending.

use std::process::Command;

use roundtable::app::model::record::{AnyRecord, Change, apply};
use roundtable::domain::audit::{AuditEvent, AuditKind};
use roundtable::domain::correction::{Correction, correct, retract};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::note::Note;
use roundtable::domain::session::SessionStatus;
use roundtable::store::Store;

mod support;

/// The test data set with session 2 in progress again (its notes may be corrected).
fn store(dir: &tempfile::TempDir, closed: bool) -> (Store, Dataset) {
    let path = dir.path().join("t.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    let mut data = support::full_dataset();
    if !closed {
        data.sessions[1].status = SessionStatus::InProgress;
    }
    store.restore(&data, false).unwrap();
    let data = store.load().unwrap();
    (store, data)
}

fn note(data: &Dataset, id: u64) -> Note {
    data.notes.iter().find(|n| n.id == id).unwrap().clone()
}

fn at() -> chrono::DateTime<chrono::Utc> {
    "2026-11-30T09:00:00Z".parse().unwrap()
}

fn put(store: &Store, n: Note) -> Result<Vec<u64>, roundtable::store::StoreError> {
    store.write(|tx| apply(tx, &[Change::Put(AnyRecord::Note(n))]))
}

fn last_entry(store: &Store) -> AuditEvent {
    store.load().unwrap().audit.last().unwrap().clone()
}

#[test]
fn a_correction_keeps_the_earlier_version_and_the_trail_names_the_note_only() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, false);
    let before = note(&data, 6);
    let mut c = Correction::of(&before);
    c.text = "Corrected: seen twice at the youth centre".into();
    put(&store, correct(&before, c, "tester", at()).unwrap()).unwrap();
    let after = note(&store.load().unwrap(), 6);
    assert_eq!(after.text, "Corrected: seen twice at the youth centre");
    assert_eq!(after.revisions.len(), 1);
    assert_eq!(after.revisions[0].text, before.text);
    let e = last_entry(&store);
    assert_eq!(e.kind, AuditKind::NoteCorrected);
    assert_eq!(e.subject, "note:6");
    let all = format!("{} {:?} {:?}", e.detail, e.included, e.withheld);
    assert!(
        !all.contains("Corrected") && !all.contains(&before.text[..10]),
        "{all}"
    );
    store.check().unwrap();
}

#[test]
fn a_silent_overwrite_or_a_dropped_revision_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, false);
    let mut n = note(&data, 6);
    n.text = "overwritten".into();
    assert!(put(&store, n).is_err());
    let mut n = note(&data, 6);
    n.tlp = roundtable::domain::sharing::Tlp::Clear;
    assert!(put(&store, n).is_err(), "a label is content too");
    assert_eq!(note(&store.load().unwrap(), 6), note(&data, 6));
}

#[test]
fn a_retracted_note_stays_in_the_file_and_leaves_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, false);
    let n = note(&data, 9);
    put(
        &store,
        retract(&n, "about someone else", "tester", at()).unwrap(),
    )
    .unwrap();
    let e = last_entry(&store);
    assert_eq!(
        (e.kind, e.subject.as_str()),
        (AuditKind::NoteRetracted, "note:9")
    );
    let data = store.load().unwrap();
    assert!(note(&data, 9).is_retracted());
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let keys: Vec<String> = roundtable::domain::disclosure::session_items(&data, s)
        .iter()
        .map(|i| i.key())
        .collect();
    assert!(!keys.contains(&"note:9".to_owned()), "{keys:?}");
    assert!(keys.contains(&"note:10".to_owned()), "{keys:?}");
    // A retraction is final.
    let mut back = note(&data, 9);
    back.retraction = None;
    assert!(put(&store, back).is_err());
}

#[test]
fn a_closed_session_notes_are_corrected_only_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, true);
    let before = note(&data, 6);
    let mut c = Correction::of(&before);
    c.text = "typo fixed".into();
    let fixed = correct(&before, c, "tester", at()).unwrap();
    assert!(put(&store, fixed.clone()).is_err());
    let reopen = Change::Audit(AuditEvent::new(
        AuditKind::SessionReopened,
        "session:2".into(),
        "reopened",
    ));
    store
        .write(|tx| apply(tx, &[reopen.clone(), Change::Put(AnyRecord::Note(fixed))]))
        .unwrap();
    assert_eq!(note(&store.load().unwrap(), 6).text, "typo fixed");
}

#[test]
fn minutes_sent_before_a_correction_are_listed_as_superseded() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, false);
    let db = dir.path().join("t.redb");
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(args)
            .arg("--db")
            .arg(&db)
            .env_remove("ROUNDTABLE_DB")
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    // Note 9 is CLEAR: it goes to Kevin (20) in the minutes of session 2.
    let minutes = run(&["export", "minutes", "--session", "2", "--for", "20"]);
    let before = note(&data, 9);
    assert!(
        minutes.contains(before.text.lines().next().unwrap()),
        "{minutes}"
    );
    let none = run(&["audit", "--superseded"]);
    assert!(!none.contains("session:2"), "{none}");
    drop(store);
    let store = Store::open_as(&db, false, "tester".into()).unwrap();
    let mut c = Correction::of(&before);
    c.text = "The leaflets were found in two streets, not three.".into();
    put(&store, correct(&before, c, "tester", at()).unwrap()).unwrap();
    drop(store);
    let listed = run(&["audit", "--superseded"]);
    assert!(
        listed.contains("session:2") && listed.contains("note:9"),
        "{listed}"
    );
    assert!(listed.contains("Kevin"), "{listed}");
    // Minutes exported now show the current version.
    let again = run(&["export", "minutes", "--session", "2", "--for", "20"]);
    assert!(again.contains("two streets, not three"), "{again}");
    assert!(
        !again.contains(before.text.lines().next().unwrap()),
        "{again}"
    );
}

/// The case file shows a corrected note as corrected with what it read before, and a
/// retracted one marked, with who and why.
#[test]
fn the_case_file_shows_corrections_and_retractions() {
    use roundtable::app::{Action, Tab};
    use support::app::{apply, demo_app, screen};
    let mut app = demo_app();
    let i = app.data.notes.iter().position(|n| n.id == 5).unwrap();
    let before = app.data.notes[i].clone();
    let mut c = Correction::of(&before);
    c.text = "Corrected wording of the first signal".into();
    let data = std::sync::Arc::make_mut(&mut app.data);
    data.notes[i] = correct(&before, c, "anke", at()).unwrap();
    let j = data.notes.iter().position(|n| n.id == 6).unwrap();
    data.notes[j] = retract(&data.notes[j], "about another family", "anke", at()).unwrap();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    apply(&mut app, [Action::Top, Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Corrected wording of the first signal"), "{s}");
    assert!(s.contains("note corrected by anke; it read:"), "{s}");
    assert!(
        s.contains(&before.text.lines().next().unwrap()[..30]),
        "{s}"
    );
    assert!(
        s.contains("note retracted by anke: about another family"),
        "{s}"
    );
}

/// Two corrections of the same note from the same version: the second is refused as a
/// lost update, naming who changed the note and when (not as a history problem), and the
/// note keeps the first.
#[test]
fn a_second_correction_of_the_same_version_is_refused_as_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (store, data) = store(&dir, false);
    let before = note(&data, 6);
    let mut first = Correction::of(&before);
    first.text = "First: seen twice".into();
    put(&store, correct(&before, first, "tester", at()).unwrap()).unwrap();
    let mut second = Correction::of(&before);
    second.text = "Second: seen three times".into();
    let err = put(&store, correct(&before, second, "tester", at()).unwrap()).unwrap_err();
    assert!(
        matches!(err, roundtable::store::StoreError::Conflict { ref by, .. } if by == "tester"),
        "{err:?}"
    );
    assert_eq!(note(&store.load().unwrap(), 6).text, "First: seen twice");
}
