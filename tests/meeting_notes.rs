//! The meeting's notes pane: the still-open list followed up in one or two keys (the
//! same steps as the Actions view), the pane scrolled to any entry with a marker, and
//! the search over the notes of the session. The case file follows up its actions too.

use std::sync::Arc;

use roundtable::app::forms::follow_up::FollowUpForm;
use roundtable::app::model::follow_up::Typed;
use roundtable::app::model::meeting::Focus;
use roundtable::app::model::meeting_notes::{self, Entry};
use roundtable::app::model::picker::PickTarget;
use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::note::{ActionItem, ActionStatus, Anchor, Note};
use roundtable::domain::sharing::{Pap, Tlp};

mod support;
use support::app::{apply, demo_app, queued_changes, render, screen, type_text};

/// The demo app on `data`, with the meeting of next week's session (id 3) open.
fn meeting_on(data: Dataset) -> App {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(&mut app, [Action::Loaded(Arc::new(data), 2)]);
    app.effects.clear();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    assert_eq!(app.meeting.as_ref().unwrap().session.id, 3);
    app
}

fn meeting_app() -> App {
    meeting_on(support::full_dataset())
}

/// A second, not yet overdue, open action on case 1 (agreed at session 2), and
/// `notes` notes at the first item of session 3, the last one holding "bicycle".
fn busy_data(notes: usize) -> Dataset {
    let mut d = support::full_dataset();
    let first = d.actions.iter().find(|a| a.id == 1).unwrap().clone();
    d.actions.push(ActionItem {
        id: 100,
        text: "Ask the school about his timetable".into(),
        due: Some(support::today() + chrono::Days::new(20)),
        history: Vec::new(),
        status: ActionStatus::Open,
        ..first
    });
    let item = d.sessions.iter().find(|s| s.id == 3).unwrap().agenda[0].item;
    for i in 0..notes {
        let text = if i + 1 == notes {
            "He sold his bicycle last week.".to_owned()
        } else {
            format!("Observation {i} from the youth worker.")
        };
        d.notes.push(Note {
            id: 1000 + i as u64,
            meta: Default::default(),
            at: chrono::DateTime::UNIX_EPOCH + chrono::Duration::minutes(i as i64),
            author: "tester".into(),
            anchor: Anchor {
                session: Some(3),
                item: Some(item),
                case: Some(1),
            },
            text,
            source: None,
            tlp: Tlp::Amber,
            pap: Pap::Amber,
            protected_source: false,
            who_acts: None,
            revisions: Vec::new(),
            retraction: None,
        });
    }
    d
}

fn entries(app: &App) -> Vec<Entry> {
    meeting_notes::entries(app, app.meeting.as_ref().unwrap())
}

fn cursor_entry(app: &App) -> Entry {
    let m = app.meeting.as_ref().unwrap();
    entries(app)[m.notes_cursor.unwrap()]
}

fn queued_action(app: &App) -> ActionItem {
    let changes = queued_changes(app);
    let put = changes.iter().find_map(|c| match c {
        Change::Put(AnyRecord::Action(a)) => Some(a.clone()),
        _ => None,
    });
    put.unwrap_or_else(|| panic!("no action saved: {changes:?}"))
}

/// The still-open list comes overdue first; the pane's cursor starts on it, and `D`
/// then a result closes the action under it, as the Actions view does.
#[test]
fn done_at_the_table_in_two_keys_overdue_first() {
    let mut app = meeting_on(busy_data(0));
    let open: Vec<Entry> = entries(&app)
        .into_iter()
        .filter(|e| matches!(e, Entry::StillOpen(_)))
        .collect();
    assert_eq!(open, [Entry::StillOpen(1), Entry::StillOpen(100)]);
    assert!(
        app.data
            .actions
            .iter()
            .any(|a| a.id == 1 && a.is_overdue(app.today))
    );
    apply(&mut app, [Action::FocusSide, Action::FocusNotes]);
    assert_eq!(app.meeting.as_ref().unwrap().focus, Focus::Notes);
    assert_eq!(cursor_entry(&app), Entry::StillOpen(1));
    apply(&mut app, [Action::ActionDoneSelected]);
    let form = app.form.as_ref().expect("the result is asked for");
    assert_eq!(
        form.purpose.get::<FollowUpForm>(),
        Some(&FollowUpForm(1, Typed::Result))
    );
    type_text(&mut app, "Met the coach twice");
    apply(&mut app, [Action::Submit]);
    let a = queued_action(&app);
    assert_eq!((a.id, a.status), (1, ActionStatus::Done));
    assert_eq!(a.history[0].by.as_ref(), "tester");
}

/// `X`, `U` and `R` on the entry under the cursor: a reason, a due date, a new owner.
#[test]
fn cancel_move_and_reassign_from_the_notes_pane() {
    let mut app = meeting_on(busy_data(0));
    apply(
        &mut app,
        [Action::FocusSide, Action::FocusNotes, Action::Down],
    );
    assert_eq!(cursor_entry(&app), Entry::StillOpen(100));
    apply(&mut app, [Action::ActionCancelSelected]);
    type_text(&mut app, "School holidays");
    apply(&mut app, [Action::Submit]);
    assert_eq!(queued_action(&app).status, ActionStatus::Cancelled);
    app.effects.clear();
    apply(&mut app, [Action::ActionDueSelected]);
    type_text(&mut app, "+3d");
    apply(&mut app, [Action::Submit]);
    let want = app.today + chrono::Days::new(3);
    assert_eq!(queued_action(&app).due, Some(want));
    app.effects.clear();
    apply(&mut app, [Action::ActionReassignSelected]);
    let picker = app.picker.as_ref().expect("the people picker");
    assert_eq!(picker.target, PickTarget::ActionOwner(100));
    let owner = app.data.actions.iter().find(|a| a.id == 100).unwrap().owner;
    assert!(picker.items.iter().all(|p| Some(p.value) != owner));
    apply(&mut app, [Action::Accept]);
    let a = queued_action(&app);
    assert!(a.owner.is_some() && a.owner != owner);
}

/// From the attendance side, `D` picks among the item's still-open actions (overdue
/// first), or goes straight to the one there is.
#[test]
fn from_the_side_the_still_open_list_is_picked_from() {
    let mut app = meeting_on(busy_data(0));
    apply(&mut app, [Action::FocusSide, Action::ActionDoneSelected]);
    let picker = app.picker.as_ref().expect("a picker of the open actions");
    let values: Vec<u64> = picker.items.iter().map(|i| i.value).collect();
    assert_eq!(values, [1, 100]);
    apply(&mut app, [Action::Down, Action::Accept]);
    let form = app.form.as_ref().expect("then the result");
    assert_eq!(
        form.purpose.get::<FollowUpForm>(),
        Some(&FollowUpForm(100, Typed::Result))
    );
    let mut app = meeting_app();
    apply(&mut app, [Action::FocusSide, Action::ActionDueSelected]);
    let form = app.form.as_ref().expect("the one open action: at once");
    assert_eq!(
        form.purpose.get::<FollowUpForm>(),
        Some(&FollowUpForm(1, Typed::Due))
    );
    apply(
        &mut app,
        [Action::Back, Action::NextItem, Action::ActionDoneSelected],
    );
    assert!(
        app.form.is_none() && app.picker.is_none(),
        "nothing open there"
    );
    assert!(app.status.is_some());
}

/// The case file's actions are followed up the same way: `D` on a case.
#[test]
fn the_case_file_follows_up_its_open_actions() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    while app.data.cases[app.view().selected_row().unwrap()].id != 1 {
        apply(&mut app, [Action::Down]);
    }
    apply(&mut app, [Action::Open, Action::ActionCancelSelected]);
    let form = app.form.as_ref().expect("the reason is asked for");
    assert_eq!(
        form.purpose.get::<FollowUpForm>(),
        Some(&FollowUpForm(1, Typed::Reason))
    );
    type_text(&mut app, "Moved away");
    apply(&mut app, [Action::Submit]);
    assert_eq!(queued_action(&app).status, ActionStatus::Cancelled);
}

/// Many notes: the pane scrolls up to the still-open list and says what lies below;
/// at the bottom it says what lies above.
#[test]
fn the_notes_pane_scrolls_and_says_so() {
    let mut app = meeting_on(busy_data(12));
    apply(&mut app, [Action::FocusSide]);
    let bottom = screen(&app, 80, 24);
    assert!(bottom.contains("bicycle"), "{bottom}");
    assert!(!bottom.contains("Still open"), "{bottom}");
    assert!(bottom.contains("↑ "), "a marker of what is above: {bottom}");
    apply(&mut app, [Action::FocusNotes]);
    let top = screen(&app, 80, 24);
    assert!(top.contains("Still open from earlier sessions"), "{top}");
    assert!(top.contains("overdue"), "{top}");
    assert!(!top.contains("bicycle"), "{top}");
    apply(&mut app, [Action::Bottom]);
    assert!(screen(&app, 80, 24).contains("bicycle"));
    apply(&mut app, [Action::Top]);
    assert_eq!(cursor_entry(&app), Entry::EarlierHeading);
}

/// `/` searches the notes of the whole session: the first match is shown (in another
/// item too), `n`/`N` go on, Esc ends the search and then leaves the pane.
#[test]
fn slash_searches_the_notes_of_the_session() {
    let mut app = meeting_on(busy_data(12));
    apply(&mut app, [Action::FocusSide, Action::NextItem]);
    assert_eq!(app.meeting.as_ref().unwrap().item, 1);
    apply(&mut app, [Action::StartNoteSearch]);
    assert!(app.takes_text(), "the query is typed");
    type_text(&mut app, "BICYCLE");
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.item, 0, "the match is at the first item");
    assert_eq!(cursor_entry(&app), Entry::Note(1011));
    assert!(screen(&app, 80, 24).contains("bicycle"));
    apply(&mut app, [Action::EndFilter]);
    assert!(!app.takes_text());
    apply(&mut app, [Action::StartNoteSearch]);
    type_text(&mut app, "observation 1");
    apply(&mut app, [Action::EndFilter]);
    // "Observation 1" and "Observation 10".
    assert_eq!(cursor_entry(&app), Entry::Note(1001));
    apply(&mut app, [Action::NextMatch]);
    assert_eq!(cursor_entry(&app), Entry::Note(1010));
    apply(&mut app, [Action::NextMatch]);
    assert_eq!(cursor_entry(&app), Entry::Note(1001), "it wraps around");
    apply(&mut app, [Action::PrevMatch]);
    assert_eq!(cursor_entry(&app), Entry::Note(1010), "backwards too");
    apply(&mut app, [Action::Back]);
    let m = app.meeting.as_ref().unwrap();
    assert!(m.search.is_none());
    assert_eq!(m.focus, Focus::Notes);
    apply(&mut app, [Action::Back]);
    assert_eq!(app.meeting.as_ref().unwrap().focus, Focus::Side);
}

/// The notes pane's search matches as the search of everything does: accents, case and
/// invisible characters aside ("eleve" finds "élève", "janssens" a name stored with a
/// soft hyphen), and is marked in the pane.
#[test]
fn the_notes_search_ignores_accents_as_the_search_of_everything_does() {
    let mut data = busy_data(3);
    let note = data.notes.iter_mut().find(|n| n.id == 1000).unwrap();
    note.text = "L'élève a vu Jan\u{ad}ssens à la gare.".into();
    let mut app = meeting_on(data);
    apply(&mut app, [Action::FocusSide]);
    for query in ["eleve", "ÉLÈVE", "janssens", "a la gare"] {
        apply(&mut app, [Action::StartNoteSearch]);
        type_text(&mut app, query);
        apply(&mut app, [Action::EndFilter]);
        assert_eq!(cursor_entry(&app), Entry::Note(1000), "{query:?}");
        let m = app.meeting.as_ref().unwrap();
        let found = meeting_notes::matches(&app, m, query);
        assert_eq!(found.len(), 1, "{query:?}");
        apply(&mut app, [Action::Back, Action::Back]);
    }
}

/// The keys are in the table, so footer and help show them: from the side, `l` enters
/// the pane and the follow-up keys and `/` work at once; `x` still closes the session.
#[test]
fn the_pane_keys_are_in_the_table() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use roundtable::app::model::keymap::lookup;
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let mut app = meeting_app();
    apply(&mut app, [Action::FocusSide]);
    let side = app.scopes();
    assert_eq!(lookup(&side, key('x')), Some(Action::CloseSession));
    assert_eq!(lookup(&side, key('n')), Some(Action::NextItem));
    assert_eq!(lookup(&side, key('l')), Some(Action::FocusNotes));
    assert_eq!(
        lookup(&side, key('R')),
        Some(Action::ActionReassignSelected)
    );
    assert_eq!(lookup(&side, key('/')), Some(Action::StartNoteSearch));
    apply(&mut app, [Action::FocusNotes]);
    let notes = app.scopes();
    assert_eq!(lookup(&notes, key('D')), Some(Action::ActionDoneSelected));
    assert_eq!(lookup(&notes, key('n')), Some(Action::NextMatch));
    assert_eq!(lookup(&notes, key('x')), Some(Action::CloseSession));
}

#[test]
fn notes_pane_snapshots() {
    let mut app = meeting_on(busy_data(12));
    apply(&mut app, [Action::FocusSide, Action::FocusNotes]);
    insta::assert_snapshot!("notes_still_open_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("notes_still_open_160x48", render(&app, 160, 48).backend());
    apply(
        &mut app,
        [Action::Down, Action::Down, Action::Down, Action::Down],
    );
    insta::assert_snapshot!("notes_scrolled_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("notes_scrolled_160x48", render(&app, 160, 48).backend());
    apply(&mut app, [Action::StartNoteSearch]);
    type_text(&mut app, "observation 1");
    insta::assert_snapshot!("notes_search_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("notes_search_160x48", render(&app, 160, 48).backend());
}

/// The screen redraws on time alone only while the item timer runs: in progress, not
/// while the agenda is prepared (planned) nor once closed.
#[test]
fn only_a_running_session_animates() {
    use roundtable::app::features::round_tables::meeting::animating;
    use roundtable::domain::session::SessionStatus;
    let mut app = meeting_app();
    assert!(!animating(&app), "planned");
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;
    assert!(animating(&app), "in progress");
    app.meeting.as_mut().unwrap().session.status = SessionStatus::Closed;
    assert!(!animating(&app), "closed");
}

/// Closed at the table is recorded with the session: its minutes list the action under
/// "Closed at this session", for a recipient who may receive it at both sessions.
#[test]
fn what_is_closed_at_the_table_is_in_the_minutes() {
    use roundtable::export::{Format, minutes};
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = support::app::store_app(&dir);
    let day = app.data.sessions.iter().find(|s| s.id == 3).unwrap().date;
    app.today = day;
    app.now = day.and_hms_opt(19, 30, 0).unwrap().and_utc();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    apply(&mut app, [Action::FocusSide, Action::FocusNotes]);
    assert_eq!(cursor_entry(&app), Entry::StillOpen(1));
    apply(&mut app, [Action::ActionDoneSelected]);
    type_text(&mut app, "Met the coach twice");
    apply(&mut app, [Action::Submit]);
    support::app::run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 3).unwrap();
    let text = data
        .actions
        .iter()
        .find(|a| a.id == 1)
        .unwrap()
        .text
        .clone();
    // Whoever was present when it was agreed, and is invited to this one.
    let agreed_at = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let who = s
        .invitees
        .iter()
        .copied()
        .find(|w| {
            agreed_at
                .presence_of(*w)
                .is_some_and(|p| p == roundtable::domain::session::Presence::Present)
        })
        .unwrap();
    let p = minutes::preview(&data, s, who);
    let out = minutes::render(&data, s, who, &p, Format::Md, app.now, "tester");
    let section = out
        .split("Closed at this session")
        .nth(1)
        .unwrap_or_else(|| panic!("{out}"));
    assert!(section.contains(&text), "{out}");
    assert!(section.contains("Done at this session."), "{out}");
    assert!(
        !entries(&app).contains(&Entry::StillOpen(1)),
        "no longer still open"
    );
}

/// ← and `h` go back to the attendance, as help says: from the notes pane they move
/// there; on the attendance they stay there and the meeting stays open (only Esc, which
/// the footer names, leaves it).
#[test]
fn left_and_h_go_to_the_attendance_and_never_leave_the_meeting() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use roundtable::app::model::keymap::lookup;
    for code in [KeyCode::Left, KeyCode::Char('h')] {
        let press = |app: &mut App| {
            let action = lookup(&app.scopes(), KeyEvent::new(code, KeyModifiers::NONE));
            apply(app, action);
        };
        let mut app = meeting_app();
        apply(&mut app, [Action::FocusSide, Action::FocusNotes]);
        press(&mut app);
        assert_eq!(app.meeting.as_ref().unwrap().focus, Focus::Side, "{code:?}");
        press(&mut app);
        let m = app.meeting.as_ref().expect("the meeting stays open");
        assert_eq!(m.focus, Focus::Side, "{code:?}");
    }
}

/// Home/g and End/G, which help lists on the attendance too, go to its first and last
/// person there (they move in the notes pane only when it has the focus).
#[test]
fn home_and_end_move_on_the_attendance_too() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use roundtable::app::model::keymap::lookup;
    let press = |app: &mut App, code: KeyCode, mods: KeyModifiers| {
        let action = lookup(&app.scopes(), KeyEvent::new(code, mods));
        apply(app, action);
    };
    let mut app = meeting_app();
    apply(&mut app, [Action::FocusSide]);
    let last = app.meeting.as_ref().unwrap().roster().len() - 1;
    assert!(last > 1, "the demo session has people to move over");
    for (code, mods) in [
        (KeyCode::End, KeyModifiers::NONE),
        (KeyCode::Char('G'), KeyModifiers::SHIFT),
    ] {
        apply(&mut app, [Action::Top]);
        press(&mut app, code, mods);
        assert_eq!(app.meeting.as_ref().unwrap().attendee, last, "{code:?}");
    }
    for code in [KeyCode::Home, KeyCode::Char('g')] {
        apply(&mut app, [Action::Down]);
        press(&mut app, code, KeyModifiers::NONE);
        assert_eq!(app.meeting.as_ref().unwrap().attendee, 0, "{code:?}");
    }
    assert_eq!(app.meeting.as_ref().unwrap().focus, Focus::Side);
}
