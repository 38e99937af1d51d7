//! A closed session is read-only: no notes, attendance or agenda changes, and its item
//! timer stands still. Reopening it is asked for and recorded on the audit trail.

use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::audit::AuditKind;
use roundtable::domain::session::SessionStatus;

mod support;
use support::app::{apply, demo_app, queued_changes, run_effects, screen, store_app, type_text};

/// Opens the meeting screen of session `id`.
fn open(app: &mut App, id: u64) {
    apply(app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
    apply(app, [Action::OpenMeeting]);
    assert_eq!(app.meeting.as_ref().unwrap().session.id, id);
}

fn says_closed(app: &App) {
    let s = screen(app, 160, 48);
    assert!(s.contains("This session is closed"), "{s}");
}

#[test]
fn a_closed_session_refuses_notes_attendance_and_agenda_changes() {
    let mut app = demo_app();
    app.user = "tester".into();
    open(&mut app, 2);
    app.effects.clear();
    let before = app.meeting.as_ref().unwrap().session.clone();
    assert_eq!(before.status, SessionStatus::Closed);

    // Notes: nothing typed is taken, nothing is saved.
    apply(&mut app, [Action::FocusEditor]);
    type_text(&mut app, "late remark");
    apply(&mut app, [Action::CommitNote]);
    assert!(app.meeting.as_ref().unwrap().editor.is_empty());
    says_closed(&app);
    app.status = None;

    // Attendance, agenda, topics, labels.
    apply(&mut app, [Action::FocusSide, Action::TogglePresence]);
    says_closed(&app);
    apply(
        &mut app,
        [
            Action::MoveItemDown,
            Action::DropItem,
            Action::AddTopic,
            Action::ToggleConsensus,
        ],
    );
    assert!(app.form.is_none() && app.confirm.is_none());
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.session, before, "the session is unchanged");
    assert!(
        queued_changes(&app).is_empty(),
        "{:?}",
        queued_changes(&app)
    );

    // The item timer stands still.
    let elapsed = m.elapsed_secs();
    for _ in 0..40 {
        apply(&mut app, [Action::Tick]);
    }
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.elapsed_secs(), elapsed);
    apply(&mut app, [Action::NextItem, Action::PrevItem]);
    assert!(queued_changes(&app).is_empty(), "browsing writes nothing");
}

#[test]
fn reopening_is_confirmed_and_audited() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    open(&mut app, 2);
    apply(&mut app, [Action::FocusSide, Action::ReopenSession]);
    assert!(app.confirm.is_some(), "asked first");
    apply(&mut app, [Action::Back]);
    assert!(queued_changes(&app).is_empty(), "no means no");
    assert_eq!(
        app.meeting.as_ref().unwrap().session.status,
        SessionStatus::Closed
    );

    apply(&mut app, [Action::ReopenSession, Action::Yes]);
    let c = queued_changes(&app);
    assert!(
        c.iter()
            .any(|c| matches!(c, Change::Put(AnyRecord::Session(s))
            if s.id == 2 && s.status == SessionStatus::InProgress)),
        "{c:?}"
    );
    assert!(
        c.iter().any(|c| matches!(c, Change::Audit(e)
            if e.kind == AuditKind::SessionReopened && e.subject == "session:2")),
        "{c:?}"
    );
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    assert_eq!(
        data.sessions.iter().find(|s| s.id == 2).unwrap().status,
        SessionStatus::InProgress
    );
    let e = data.audit.last().unwrap();
    assert_eq!(
        (e.kind.clone(), e.who.as_str()),
        (AuditKind::SessionReopened, "tester")
    );
    // Open again, it takes notes.
    apply(&mut app, [Action::FocusEditor]);
    type_text(&mut app, "x");
    assert_eq!(app.meeting.as_ref().unwrap().editor.value(), "x");
}

/// The store refuses too, whoever asks (a second TUI whose copy is a second old): a new
/// note, decision or action on a closed session, or a changed closed session, unless
/// the same transaction reopens it on the audit trail.
#[test]
fn the_store_keeps_a_closed_session_closed() {
    use roundtable::app::model::record::apply as write;
    use roundtable::domain::audit::AuditEvent;
    use roundtable::domain::note::{Anchor, Note};
    let dir = tempfile::tempdir().unwrap();
    let (store, app) = store_app(&dir);
    let n = app
        .data
        .notes
        .iter()
        .find(|n| n.anchor.session == Some(2))
        .unwrap();
    let late = Note {
        id: 0,
        meta: Default::default(),
        text: "late".into(),
        anchor: Anchor {
            session: Some(2),
            ..n.anchor
        },
        ..n.clone()
    };
    let put_note = Change::Put(AnyRecord::Note(late));
    assert!(
        store
            .write(|tx| write(tx, std::slice::from_ref(&put_note)))
            .is_err()
    );

    let mut s = app
        .data
        .sessions
        .iter()
        .find(|s| s.id == 2)
        .unwrap()
        .clone();
    s.attendance.clear();
    let put_session = Change::Put(AnyRecord::Session(s.clone()));
    assert!(store.write(|tx| write(tx, &[put_session])).is_err());
    let stored = store.load().unwrap();
    assert_eq!(
        stored
            .sessions
            .iter()
            .find(|x| x.id == 2)
            .unwrap()
            .attendance
            .len(),
        app.data
            .sessions
            .iter()
            .find(|x| x.id == 2)
            .unwrap()
            .attendance
            .len()
    );

    // Reopened with its audit entry in the same transaction: accepted.
    s.status = SessionStatus::InProgress;
    let reopen = vec![
        Change::Put(AnyRecord::Session(s)),
        Change::Audit(AuditEvent::new(
            AuditKind::SessionReopened,
            "session:2".into(),
            "session reopened",
        )),
    ];
    store.write(|tx| write(tx, &reopen)).unwrap();
    store.write(|tx| write(tx, &[put_note])).unwrap();
}

/// A reopening the store refuses leaves the session closed on screen too.
#[test]
fn a_refused_reopening_stays_closed() {
    let mut app = demo_app();
    open(&mut app, 2);
    apply(&mut app, [Action::ReopenSession, Action::Yes]);
    assert_eq!(
        app.meeting.as_ref().unwrap().session.status,
        SessionStatus::InProgress
    );
    apply(
        &mut app,
        [Action::SaveFailed(
            roundtable::app::Ticket::Session,
            "refused".into(),
        )],
    );
    assert_eq!(
        app.meeting.as_ref().unwrap().session.status,
        SessionStatus::Closed
    );
}
