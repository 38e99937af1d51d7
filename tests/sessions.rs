//! Preparing and holding sessions from the TUI: editing a planned session, a partner who
//! walks in, correcting a saved note; each on actions, and against a real store.

use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::session::{Presence, SessionStatus};

mod support;
use support::app::{apply, demo_app, queued_changes, run_effects, store_app, type_text};

/// Kevin Goossens, the boxing club's trainer: not invited to any demo session.
const KEVIN: u64 = 20;

fn key(c: char) -> crossterm::event::KeyEvent {
    crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char(c),
        crossterm::event::KeyModifiers::NONE,
    )
}

/// The meeting screen of session `id`, on its side pane.
fn meeting_of(app: &mut App, id: u64) {
    apply(app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
    apply(app, [Action::OpenMeeting, Action::FocusSide]);
}

#[test]
fn w_on_the_meeting_side_marks_a_walk_in_present() {
    let mut app = demo_app();
    meeting_of(&mut app, 3);
    let action = roundtable::app::model::keymap::lookup(&app.scopes(), key('w'));
    assert_eq!(action, Some(Action::WalkIn));
    apply(&mut app, [Action::WalkIn]);
    let picker = app.picker.as_ref().expect("a people picker");
    assert!(picker.items.iter().any(|i| i.value == KEVIN));
    type_text(&mut app, "kevin");
    apply(&mut app, [Action::Accept]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Session(s))] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(s.presence_of(KEVIN), Some(Presence::Present));
    assert_eq!(s.walk_ins().collect::<Vec<_>>(), vec![KEVIN]);
    assert!(
        !s.invitees.contains(&KEVIN),
        "present, not invited after the fact"
    );
    assert_eq!(s.status, SessionStatus::InProgress, "a walk-in starts it");
    let m = app.meeting.as_ref().unwrap();
    assert!(m.roster().contains(&KEVIN), "on the attendance list");
}

#[test]
fn someone_already_present_is_not_offered_as_a_walk_in() {
    let mut app = demo_app();
    meeting_of(&mut app, 3);
    apply(&mut app, [Action::TogglePresence]);
    let first = app.meeting.as_ref().unwrap().roster()[0];
    apply(&mut app, [Action::WalkIn]);
    let picker = app.picker.as_ref().unwrap();
    assert!(picker.items.iter().all(|i| i.value != first));
}

#[test]
fn a_closed_session_takes_no_walk_in() {
    let mut app = demo_app();
    meeting_of(&mut app, 1);
    assert_eq!(
        app.meeting.as_ref().unwrap().session.status,
        SessionStatus::Closed
    );
    apply(&mut app, [Action::WalkIn]);
    assert!(app.picker.is_none());
    assert!(queued_changes(&app).is_empty());
    assert_eq!(
        app.status.as_ref().unwrap().text,
        roundtable::i18n::t("status-session_closed")
    );
}

/// Recorded with the session, and the minutes say who joined without an invitation.
#[test]
fn a_walk_in_is_stored_and_shown_present_in_the_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    meeting_of(&mut app, 3);
    apply(&mut app, [Action::WalkIn]);
    type_text(&mut app, "kevin");
    apply(&mut app, [Action::Accept]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 3).unwrap();
    assert_eq!(s.presence_of(KEVIN), Some(Presence::Present));
    let p = roundtable::export::minutes::preview(&data, s, 1);
    let text = roundtable::export::minutes::render(
        &data,
        s,
        1,
        &p,
        roundtable::export::Format::Md,
        "2026-11-30T09:00:00Z".parse().unwrap(),
        "tester",
    );
    assert!(
        text.contains("Joined without an invitation: Kevin Goossens"),
        "{text}"
    );
}

fn press(app: &mut App, code: crossterm::event::KeyCode, times: usize) {
    for _ in 0..times {
        apply(
            app,
            [Action::Input(crossterm::event::KeyEvent::new(
                code,
                crossterm::event::KeyModifiers::NONE,
            ))],
        );
    }
}

/// Moves to the form's field `label` (its label as shown), empties it and types `text`.
fn retype(app: &mut App, index: usize, text: &str) {
    let form = app.form.as_mut().unwrap();
    form.focus = index;
    let len = form.fields[index].text.value().chars().count();
    press(app, crossterm::event::KeyCode::End, 1);
    press(app, crossterm::event::KeyCode::Backspace, len);
    type_text(app, text);
}

/// The sessions list with session `id` selected.
fn sessions_at(app: &mut App, id: u64) {
    apply(app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
}

// ---- editing a session --------------------------------------------------------------

#[test]
fn e_edits_a_planned_sessions_date_time_place_chair_and_invitees() {
    let mut app = demo_app();
    sessions_at(&mut app, 3);
    let before = app
        .data
        .sessions
        .iter()
        .find(|s| s.id == 3)
        .unwrap()
        .clone();
    let action = roundtable::app::model::keymap::lookup(&app.scopes(), key('e'));
    assert_eq!(action, Some(Action::Edit), "`e` on the sessions list");
    apply(&mut app, [Action::Edit]);
    let form = app.form.as_ref().expect("the session's form");
    assert_eq!(form.fields.len(), 5, "date, time, place, chair, invitees");
    assert_eq!(form.fields[0].text.value(), before.date.to_string());
    assert_eq!(form.fields[2].text.value(), "Town hall, room 2");
    retype(&mut app, 0, "2026-12-10");
    retype(&mut app, 1, "09:30");
    retype(&mut app, 2, "Youth house De Linde");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Session(s)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("the session, and its form's draft cleared: {c:?}")
    };
    assert_eq!(s.id, 3);
    assert_eq!(s.meta.rev, before.meta.rev, "saved against what was read");
    assert_eq!(s.date.to_string(), "2026-12-10");
    assert_eq!(s.time.unwrap().format("%H:%M").to_string(), "09:30");
    assert_eq!(s.place.as_deref(), Some("Youth house De Linde"));
    assert_eq!(
        (&s.agenda, &s.invitees, s.status, &s.title),
        (
            &before.agenda,
            &before.invitees,
            before.status,
            &before.title
        ),
        "the rest of the session stays"
    );
}

#[test]
fn a_bad_time_is_marked_on_its_field_and_nothing_is_saved() {
    let mut app = demo_app();
    sessions_at(&mut app, 3);
    apply(&mut app, [Action::Edit]);
    retype(&mut app, 1, "half past two");
    apply(&mut app, [Action::Submit]);
    let form = app.form.as_ref().expect("stays open");
    assert_eq!(form.fields[1].error.as_deref(), Some("invalid-time"));
    assert!(queued_changes(&app).is_empty());
}

#[test]
fn a_closed_session_is_not_edited() {
    let mut app = demo_app();
    sessions_at(&mut app, 1);
    apply(&mut app, [Action::Edit]);
    assert!(app.form.is_none(), "read-only: no form");
    assert_eq!(
        app.status.as_ref().unwrap().text,
        roundtable::i18n::t("session-edit_closed")
    );
}

#[test]
fn an_edited_session_is_stored_and_its_agenda_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    sessions_at(&mut app, 3);
    apply(&mut app, [Action::Edit]);
    retype(&mut app, 2, "Youth house De Linde");
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    assert!(app.form.is_none());
    let data = store.load().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 3).unwrap();
    assert_eq!(s.place.as_deref(), Some("Youth house De Linde"));
    let p = roundtable::export::agenda::preview(&data, s, 12).unwrap();
    let text = roundtable::export::agenda::render(
        &data,
        s,
        12,
        &p,
        roundtable::export::Format::Md,
        "2026-11-30T09:00:00Z".parse().unwrap(),
        "tester",
    );
    assert!(text.contains("Where: Youth house De Linde"), "{text}");
}

#[test]
fn session_edit_form_snapshots() {
    let mut app = demo_app();
    sessions_at(&mut app, 3);
    apply(&mut app, [Action::Edit]);
    insta::assert_snapshot!(
        "session_edit_80x24",
        support::app::render(&app, 80, 24).backend()
    );
    insta::assert_snapshot!(
        "session_edit_160x48",
        support::app::render(&app, 160, 48).backend()
    );
}

// ---- correcting a note --------------------------------------------------------------

/// The demo app with session 2 in progress again (its notes may be corrected), its
/// meeting open on the side pane.
fn correcting_app() -> App {
    let mut app = demo_app();
    app.user = "tester".into();
    std::sync::Arc::make_mut(&mut app.data).sessions[1].status = SessionStatus::InProgress;
    meeting_of(&mut app, 2);
    app
}

fn note(app: &App, id: u64) -> roundtable::domain::note::Note {
    app.data.notes.iter().find(|n| n.id == id).unwrap().clone()
}

/// `E`, then note 6 picked from the session's notes.
fn correct_note_6(app: &mut App) {
    let action = roundtable::app::model::keymap::lookup(&app.scopes(), key('E'));
    assert_eq!(action, Some(Action::CorrectNote), "`E` on the meeting side");
    apply(app, [Action::CorrectNote]);
    let picker = app.picker.as_ref().expect("the session's notes");
    assert!(picker.items.iter().any(|i| i.value == 6));
    let target = picker.target;
    assert!(
        picker
            .items
            .iter()
            .all(|i| note(app, i.value).anchor.session == Some(2)),
        "only this session's notes"
    );
    apply(app, [Action::Back, Action::Picked(target, 6)]);
}

#[test]
fn a_note_is_corrected_keeping_the_version_it_replaces() {
    let mut app = correcting_app();
    let before = note(&app, 6);
    correct_note_6(&mut app);
    let form = app.form.as_ref().expect("the correction form");
    assert_eq!(form.fields[0].text.value(), before.text);
    retype(&mut app, 0, "Seen twice at the youth centre");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Note(n)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("the note, and its form's draft cleared: {c:?}")
    };
    assert_eq!(n.id, 6);
    assert_eq!(n.text, "Seen twice at the youth centre");
    assert_eq!(n.revisions.len(), before.revisions.len() + 1);
    assert_eq!(n.revisions.last().unwrap().text, before.text);
    assert_eq!(n.revisions.last().unwrap().replaced_by, "tester");
    assert_eq!(n.meta.rev, before.meta.rev);
}

#[test]
fn a_note_is_retracted_with_a_reason_and_not_both_at_once() {
    let mut app = correcting_app();
    correct_note_6(&mut app);
    retype(&mut app, 5, "Said about the wrong person");
    retype(&mut app, 0, "changed as well");
    apply(&mut app, [Action::Submit]);
    let form = app.form.as_ref().unwrap();
    assert_eq!(
        form.fields[5].error.as_deref(),
        Some("correction-retract_or_correct")
    );
    assert!(queued_changes(&app).is_empty());
    let original = note(&app, 6).text;
    retype(&mut app, 0, &original);
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Note(n)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("the note, and its form's draft cleared: {c:?}")
    };
    let r = n.retraction.as_ref().expect("retracted");
    assert_eq!(r.reason, "Said about the wrong person");
    assert_eq!(n.text, original, "its text stays, for the case file");
}

#[test]
fn an_unchanged_or_emptied_note_is_refused_on_its_field() {
    let mut app = correcting_app();
    correct_note_6(&mut app);
    apply(&mut app, [Action::Submit]);
    assert_eq!(
        app.form.as_ref().unwrap().fields[0].error.as_deref(),
        Some("correction-unchanged")
    );
    retype(&mut app, 0, "");
    apply(&mut app, [Action::Submit]);
    assert_eq!(
        app.form.as_ref().unwrap().fields[0].error.as_deref(),
        Some("correction-empty")
    );
    assert!(queued_changes(&app).is_empty());
}

#[test]
fn a_closed_sessions_notes_are_not_opened_for_correction() {
    let mut app = demo_app();
    meeting_of(&mut app, 2);
    apply(&mut app, [Action::CorrectNote]);
    assert!(app.picker.is_none() && app.form.is_none());
    assert_eq!(
        app.status.as_ref().unwrap().text,
        roundtable::i18n::t("status-session_closed")
    );
}

/// Through the store: the trail names the note by id only, and the case file's history
/// shows what it said before.
#[test]
fn a_stored_correction_is_on_the_trail_by_id_and_in_the_case_file() {
    use roundtable::domain::audit::AuditKind;
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    let mut data = store.load().unwrap();
    data.sessions[1].status = SessionStatus::InProgress;
    store.restore(&data, true).unwrap();
    apply(&mut app, [Action::Reload]);
    run_effects(&mut app, &store);
    let before = note(&app, 6);
    meeting_of(&mut app, 2);
    correct_note_6(&mut app);
    retype(&mut app, 0, "Seen twice at the youth centre");
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    assert!(app.form.is_none(), "{:?}", app.status);
    let data = store.load().unwrap();
    let e = data.audit.last().unwrap();
    assert_eq!(
        (e.kind.clone(), e.subject.as_str()),
        (AuditKind::NoteCorrected, "note:6")
    );
    let first = before.text.lines().next().unwrap();
    assert!(!e.detail.contains(first) && !e.detail.contains("youth centre"));
    assert_eq!(note(&app, 6).text, "Seen twice at the youth centre");
    // The case file: the earlier version, marked as corrected.
    apply(&mut app, [Action::Back, Action::Back]);
    let case = before.anchor.case.unwrap();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.cases[i].id == case)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::Open]);
    let shown = support::app::screen(&app, 160, 48);
    assert!(shown.contains("note corrected by tester"), "{shown}");
}

#[test]
fn correction_form_snapshots() {
    let mut app = correcting_app();
    correct_note_6(&mut app);
    insta::assert_snapshot!(
        "correction_80x24",
        support::app::render(&app, 80, 24).backend()
    );
    insta::assert_snapshot!(
        "correction_160x48",
        support::app::render(&app, 160, 48).backend()
    );
}

/// From the case file: `E` lists the case's notes, those of a closed session left out.
#[test]
fn a_cases_notes_are_corrected_from_the_case_file_unless_their_session_is_closed() {
    let mut app = demo_app();
    std::sync::Arc::make_mut(&mut app.data).sessions[1].status = SessionStatus::InProgress;
    let case = note(&app, 6).anchor.case.unwrap();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.cases[i].id == case)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::Open]);
    let action = roundtable::app::model::keymap::lookup(&app.scopes(), key('E'));
    assert_eq!(action, Some(Action::CorrectNote), "`E` in the case file");
    apply(&mut app, [Action::CorrectNote]);
    let picker = app.picker.as_ref().expect("the case's notes");
    let closed: Vec<u64> = app
        .data
        .sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Closed)
        .map(|s| s.id)
        .collect();
    assert!(picker.items.iter().any(|i| i.value == 6));
    for i in &picker.items {
        let n = note(&app, i.value);
        assert_eq!(n.anchor.case, Some(case));
        assert!(
            !n.anchor.session.is_some_and(|s| closed.contains(&s)),
            "{n:?}"
        );
    }
    let target = picker.target;
    apply(&mut app, [Action::Back, Action::Picked(target, 6)]);
    assert!(app.form.is_some(), "the correction form");
}
