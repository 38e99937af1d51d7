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
