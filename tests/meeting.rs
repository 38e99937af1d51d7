//! The meeting screen on actions: notes, labels, the line syntax, drafts, attendance,
//! agenda time, closing; and the same against a real store.

use roundtable::app::model::meeting::{DRAFT_MAX_TICKS, DRAFT_QUIET_TICKS};
use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab, Ticket};
use roundtable::domain::case::{CaseStatus, ClosureReason};
use roundtable::domain::session::{Presence, SessionStatus};
use roundtable::domain::sharing::{Pap, Tlp};

mod support;
use support::app::{
    apply, demo_app, queued_changes, render, run_effects, screen, store_app, type_text,
};

/// The demo app with the meeting of next week's session (id 3) open.
fn meeting_app() -> App {
    let mut app = demo_app();
    app.user = "tester".into();
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

fn enter(app: &mut App) {
    apply(
        app,
        [Action::Input(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Enter,
            crossterm::event::KeyModifiers::NONE,
        ))],
    );
}

#[test]
fn preparing_leaves_a_session_planned_and_the_first_note_starts_it() {
    let mut app = meeting_app();
    assert!(
        queued_changes(&app).is_empty(),
        "opening to prepare writes nothing"
    );
    assert_eq!(
        app.scopes(),
        vec![roundtable::app::Scope::Editor],
        "the editor has the keys"
    );
    type_text(&mut app, "we start");
    apply(&mut app, [Action::CommitNote]);
    let c = queued_changes(&app);
    assert!(c.iter().any(|c| matches!(c, Change::Put(AnyRecord::Session(s)) if s.status == SessionStatus::InProgress)), "{c:?}");
}

#[test]
fn the_agenda_is_prepared_in_place_topics_moves_and_drops() {
    let mut app = meeting_app();
    apply(&mut app, [Action::FocusSide, Action::AddTopic]);
    type_text(&mut app, "Local trends: leaflets");
    apply(&mut app, [Action::Submit]);
    assert!(app.form.is_none());
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.session.agenda.len(), 4);
    assert!(
        matches!(&m.session.agenda[1].subject, roundtable::domain::session::AgendaSubject::Topic(t) if t == "Local trends: leaflets")
    );
    assert_eq!(
        m.session.status,
        SessionStatus::Planned,
        "still only preparing"
    );
    apply(&mut app, [Action::MoveItemDown]);
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(
        (m.item, m.session.agenda[1].item),
        (1, 1),
        "the case moved down and stays selected"
    );
    apply(&mut app, [Action::DropItem]);
    let s = screen(&app, 80, 24);
    assert!(
        s.contains("Drop agenda item?") && !s.contains("Leave?"),
        "{s}"
    );
    apply(&mut app, [Action::Yes]);
    assert_eq!(app.meeting.as_ref().unwrap().session.agenda.len(), 3);
    // Saves went one at a time.
    let sessions = queued_changes(&app)
        .iter()
        .filter(|c| matches!(c, Change::Put(AnyRecord::Session(_))))
        .count();
    assert_eq!(sessions, 1);
}

#[test]
fn an_item_with_notes_is_not_dropped() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::OpenMeeting,
        ],
    );
    // Last month's session is closed (read-only); as if it were still running.
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;
    // It says why before asking anything.
    apply(&mut app, [Action::FocusSide, Action::DropItem]);
    assert!(app.confirm.is_none(), "no question for what cannot be done");
    assert!(screen(&app, 80, 24).contains("This item has notes"));
    apply(&mut app, [Action::Yes]);
    assert_eq!(app.meeting.as_ref().unwrap().session.agenda.len(), 4);
    assert!(screen(&app, 80, 24).contains("This item has notes"));
}

#[test]
fn a_committed_note_carries_labels_source_case_actions_and_decisions() {
    let mut app = meeting_app();
    app.effects.clear();
    type_text(&mut app, "Mother called again.");
    enter(&mut app);
    type_text(&mut app, "action: @samira visit the family due:+3d");
    enter(&mut app);
    type_text(&mut app, "decision: stays in follow-up");
    apply(&mut app, [Action::PickSource]);
    type_text(&mut app, "samira");
    apply(
        &mut app,
        [
            Action::Accept,
            Action::ChooseTlp,
            Action::PickTlp(Tlp::Green),
            Action::ToggleProtected,
            Action::ChoosePap,
            Action::PickPap(Pap::Green),
        ],
    );
    apply(&mut app, [Action::CommitNote]);
    let c = queued_changes(&app);
    let Change::Put(AnyRecord::Note(n)) = &c[0] else {
        panic!("{c:?}")
    };
    assert_eq!(
        n.text,
        "Mother called again.\naction: @samira visit the family due:+3d\ndecision: stays in follow-up",
        "the whole text is kept"
    );
    assert_eq!(n.source, Some(12));
    // The agreement's default is AMBER+STRICT; two steps on is GREEN.
    assert_eq!(
        (n.tlp, n.pap, n.protected_source),
        (Tlp::Green, Pap::Green, true)
    );
    assert_eq!(
        (n.anchor.session, n.anchor.item, n.anchor.case),
        (Some(3), Some(1), Some(1))
    );
    assert_eq!(n.who_acts, Some(12));
    let Change::Put(AnyRecord::Action(a)) = &c[1] else {
        panic!()
    };
    assert_eq!(
        (
            a.owner,
            a.text.as_str(),
            a.due.unwrap().to_string().as_str()
        ),
        (Some(12), "visit the family", "2026-12-02")
    );
    assert_eq!(a.tlp, Tlp::Green, "an action inherits its note's label");
    let Change::Put(AnyRecord::Decision(d)) = &c[2] else {
        panic!()
    };
    assert_eq!(d.text, "stays in follow-up");
    assert_eq!(
        c[3],
        Change::SetDraft {
            place: "session:3#1".into(),
            text: String::new()
        },
        "draft cleared in the same transaction"
    );

    // Until the store confirms, the text stays in the editor.
    let m = app.meeting.as_ref().unwrap();
    assert!(!m.editor.is_empty());
    let ticket = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    apply(&mut app, [Action::Saved(ticket, vec![20, 7, 5])]);
    let m = app.meeting.as_ref().unwrap();
    assert!(m.editor.is_empty(), "cleared after commit");
    assert_eq!(
        (m.source, m.tlp, m.pap, m.protected),
        (None, Tlp::AmberStrict, Pap::Amber, false),
        "labels back to the defaults"
    );
    assert_eq!(
        app.scopes(),
        vec![roundtable::app::Scope::Editor],
        "focus stays in the editor"
    );
}

#[test]
fn a_failed_commit_keeps_the_text_and_says_so() {
    let mut app = meeting_app();
    type_text(&mut app, "important");
    apply(&mut app, [Action::CommitNote]);
    let note = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    apply(
        &mut app,
        [Action::SaveFailed(note, "No space left on device".into())],
    );
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.editor.value(), "important");
    assert!(m.draft_dirty, "it will be kept as a draft");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Note NOT saved"), "{s}");
}

#[test]
fn text_typed_while_a_commit_is_in_flight_is_kept() {
    let mut app = meeting_app();
    type_text(&mut app, "first");
    apply(&mut app, [Action::CommitNote]);
    enter(&mut app);
    type_text(&mut app, "second");
    let note = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    apply(&mut app, [Action::Saved(note, vec![])]);
    assert_eq!(app.meeting.as_ref().unwrap().editor.value(), "second");
}

#[test]
fn unparsed_lines_get_a_hint_and_stay_text() {
    let mut app = meeting_app();
    app.effects.clear();
    type_text(&mut app, "action: @nobody call the school");
    let s = screen(&app, 80, 24);
    assert!(s.contains("line 1: who is @nobody"), "{s}");
    apply(&mut app, [Action::CommitNote]);
    let c: Vec<Change> = queued_changes(&app)
        .into_iter()
        .filter(|c| !matches!(c, Change::Put(AnyRecord::Session(_))))
        .collect();
    assert_eq!(
        c.len(),
        2,
        "a note and the draft clearing, no action: {c:?}"
    );
    let Change::Put(AnyRecord::Note(n)) = &c[0] else {
        panic!()
    };
    assert_eq!(n.text, "action: @nobody call the school");
}

#[test]
fn the_draft_is_written_after_a_pause_and_during_long_typing() {
    let mut app = meeting_app();
    app.effects.clear();
    type_text(&mut app, "abc");
    for _ in 0..DRAFT_QUIET_TICKS - 1 {
        apply(&mut app, [Action::Tick]);
    }
    assert!(
        !queued_changes(&app)
            .iter()
            .any(|c| matches!(c, Change::SetDraft { .. })),
        "not while typing"
    );
    apply(&mut app, [Action::Tick]);
    assert!(queued_changes(&app).iter().any(|c| matches!(c,
        Change::SetDraft { place, text } if place == "session:3#1"
            && roundtable::app::model::note_draft::NoteDraft::decode(text).text == "abc")));
    app.effects.clear();
    // Typing without pause: still written at least every DRAFT_MAX_TICKS.
    for _ in 0..DRAFT_MAX_TICKS {
        type_text(&mut app, "x");
        apply(&mut app, [Action::Tick]);
    }
    assert!(
        queued_changes(&app)
            .iter()
            .any(|c| matches!(c, Change::SetDraft { .. }))
    );
}

#[test]
fn attendance_saves_one_at_a_time_with_the_right_revision() {
    let mut app = meeting_app();
    apply(&mut app, [Action::Saved(Ticket::Session, vec![3])]);
    app.effects.clear();
    let rev = app.meeting.as_ref().unwrap().session.meta.rev;
    apply(
        &mut app,
        [
            Action::FocusSide,
            Action::TogglePresence,
            Action::Down,
            Action::TogglePresence,
        ],
    );
    let c = queued_changes(&app);
    assert_eq!(c.len(), 1, "the second change waits for the first");
    let Change::Put(AnyRecord::Session(s)) = &c[0] else {
        panic!()
    };
    assert_eq!(s.meta.rev, rev);
    assert_eq!(s.presence_of(1), Some(Presence::Present));
    app.effects.clear();
    apply(&mut app, [Action::Saved(Ticket::Session, vec![3])]);
    let c = queued_changes(&app);
    let Change::Put(AnyRecord::Session(s)) = &c[0] else {
        panic!("{c:?}")
    };
    assert_eq!(
        s.meta.rev,
        rev + 1,
        "sent with the revision the first save produced"
    );
    assert_eq!(s.presence_of(2), Some(Presence::Present));
}

#[test]
fn moving_between_items_banks_the_time() {
    let mut app = meeting_app();
    apply(&mut app, [Action::Saved(Ticket::Session, vec![3])]);
    app.effects.clear();
    // The session is under way (the first note starts it): its clock runs.
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;
    for _ in 0..(4 * 75) {
        apply(&mut app, [Action::Tick]);
    }
    assert!(screen(&app, 80, 24).contains("⏱ 01:15"));
    apply(&mut app, [Action::NextItem]);
    let m = app.meeting.as_ref().unwrap();
    assert_eq!((m.item, m.session.agenda[0].elapsed_secs), (1, 75));
    assert!(queued_changes(&app).iter().any(
        |c| matches!(c, Change::Put(AnyRecord::Session(s)) if s.agenda[0].elapsed_secs == 75)
    ));
}

#[test]
fn closing_a_case_at_the_table_asks_why() {
    let mut app = meeting_app();
    app.effects.clear();
    apply(
        &mut app,
        [
            Action::NextItem,
            Action::FocusSide,
            Action::ChangeCaseStatus,
        ],
    );
    type_text(&mut app, "closed");
    apply(&mut app, [Action::Accept]);
    let form = app.form.as_mut().expect("closing asks for a reason");
    assert_eq!(
        form.field(roundtable::app::forms::close_case::CloseCaseField::Reason)
            .unwrap()
            .choice,
        1,
        "triage defaults to signposted elsewhere"
    );
    form.focus = form
        .index(roundtable::app::forms::close_case::CloseCaseField::OnwardReferral)
        .unwrap();
    type_text(&mut app, "school care team");
    app.effects.clear();
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Case(case)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(case.status, CaseStatus::Closed);
    let cl = case.closure.as_ref().unwrap();
    assert_eq!(
        (cl.reason, cl.onward_referral.as_str()),
        (ClosureReason::SignpostedElsewhere, "school care team")
    );
    let last = case.history.last().unwrap();
    assert_eq!(
        (last.from, last.to, last.by.as_str()),
        (Some(CaseStatus::Triage), CaseStatus::Closed, "tester")
    );
}

#[test]
fn closing_the_session_shows_its_summary() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::OpenMeeting,
        ],
    );
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;
    apply(&mut app, [Action::FocusSide, Action::CloseSession]);
    assert!(app.confirm.is_some());
    apply(&mut app, [Action::Yes]);
    let s = screen(&app, 80, 24);
    assert!(
        s.contains("Summary") && s.contains("Faith leaders issue a joint statement"),
        "{s}"
    );
    assert!(
        s.contains("Introduce him to the job coach — Sara Lemmens"),
        "{s}"
    );
    apply(&mut app, [Action::Back]);
    assert!(app.meeting.is_none());
}

#[test]
fn leaving_keeps_the_text_as_a_draft_and_it_comes_back() {
    let mut app = meeting_app();
    app.effects.clear();
    type_text(&mut app, "unfinished thought");
    apply(&mut app, [Action::FocusSide, Action::Back]);
    assert!(app.meeting.is_none());
    assert!(queued_changes(&app).iter().any(|c| matches!(c,
        Change::SetDraft { place, text } if place == "session:3#1"
            && roundtable::app::model::note_draft::NoteDraft::decode(text).text == "unfinished thought")));
}

#[test]
fn a_draft_reopens_its_meeting_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let store =
        roundtable::store::Store::open_as(&dir.path().join("t.redb"), true, "tester".into())
            .unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    store.save_draft("session:3#3", "where was I").unwrap();
    let mut app = App::new(support::today());
    app.user = "tester".into();
    run_effects(&mut app, &store);
    let m = app.meeting.as_ref().expect("the meeting reopens");
    assert_eq!(
        (m.session.id, m.editor.value().as_str()),
        (3, "where was I")
    );
    assert!(screen(&app, 80, 24).contains("Your unsaved note was restored"));
}

#[test]
fn notes_reach_the_store_and_the_draft_goes_in_the_same_commit() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    type_text(&mut app, "action: @jonas talk to the coach due:+7d");
    for _ in 0..DRAFT_QUIET_TICKS {
        apply(&mut app, [Action::Tick]);
    }
    run_effects(&mut app, &store);
    assert!(
        store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| d.text.contains("talk to the coach"))
    );
    apply(&mut app, [Action::CommitNote]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    assert!(
        data.notes
            .iter()
            .any(|n| n.text.contains("talk to the coach") && n.author == "tester")
    );
    assert!(
        data.actions
            .iter()
            .any(|a| a.text == "talk to the coach" && a.owner == Some(13))
    );
    assert!(
        !data.drafts.iter().any(|d| d.place == "session:3"),
        "the draft is gone with the commit"
    );
    assert_eq!(
        data.sessions.iter().find(|s| s.id == 3).unwrap().status,
        SessionStatus::InProgress
    );
    assert!(app.meeting.as_ref().unwrap().editor.is_empty());
}

#[test]
fn meeting_screen_snapshots() {
    let mut app = meeting_app();
    apply(
        &mut app,
        [
            Action::FocusSide,
            Action::TogglePresence,
            Action::Down,
            Action::TogglePresence,
            Action::Down,
            Action::TogglePresence,
            Action::TogglePresence,
        ],
    );
    apply(
        &mut app,
        [
            Action::Saved(Ticket::Session, vec![]),
            Action::Saved(Ticket::Session, vec![]),
        ],
    );
    apply(&mut app, [Action::FocusEditor]);
    for _ in 0..(4 * 133) {
        apply(&mut app, [Action::Tick]);
    }
    type_text(&mut app, "Mother reports he sleeps during the day.");
    enter(&mut app);
    type_text(&mut app, "action: @samira call the mother due:+3d");
    insta::assert_snapshot!("meeting_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("meeting_160x48", render(&app, 160, 48).backend());
}

/// `n` then submit prepares next month's round table at the last one's table.
#[test]
fn n_and_save_prepare_next_months_round_table_at_the_same_table() {
    let mut app = demo_app();
    let last = app
        .data
        .sessions
        .iter()
        .max_by_key(|s| s.date)
        .unwrap()
        .clone();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::New, Action::Submit],
    );
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Session(s)), ..] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(
        s.date,
        roundtable::domain::schedule::same_week_next_month(last.date)
    );
    assert_eq!(s.time, last.time);
    assert_eq!(s.chair, last.chair);
    assert_eq!(s.invitees, last.invitees);
    assert_eq!(s.place, last.place);
    assert_eq!(s.status, SessionStatus::Planned);
}

#[test]
fn a_new_session_invites_a_whole_network_and_gets_a_proposed_agenda() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions), Action::New]);
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::session::SessionField::InviteNetwork)
        .unwrap();
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "faith leaders");
    apply(&mut app, [Action::Accept, Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Session(s)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    // The last session is on the 1st Sunday of December: the next on January's 1st.
    assert_eq!(
        s.date.to_string(),
        "2027-01-03",
        "same week of the next month"
    );
    assert_eq!(s.status, SessionStatus::Planned);
    for member in [14, 15, 16, 17] {
        assert!(
            s.invitees.contains(&member),
            "network member {member} invited"
        );
    }
    assert!(s.invitees.contains(&1), "the chair is invited");
    let cases: Vec<u64> = s
        .agenda
        .iter()
        .filter_map(|i| match i.subject {
            roundtable::domain::session::AgendaSubject::Case(c) => Some(c),
            _ => None,
        })
        .collect();
    // A month ahead, case 5's review (in 20 days) is due too.
    assert_eq!(
        cases,
        vec![1, 3, 2, 5, 4],
        "cases due for review and new signals"
    );
    // Every open action of an earlier session comes up: with its case, or under the
    // typed "open actions of" topic of its session.
    use roundtable::domain::session::AgendaSubject::OpenActions;
    for a in app.data.actions.iter().filter(|a| a.is_open()) {
        let with_case = a.anchor.case.is_some_and(|c| cases.contains(&c));
        let topic = a
            .anchor
            .session
            .is_some_and(|x| s.agenda.iter().any(|i| i.subject == OpenActions(x)));
        assert!(with_case || topic, "action {} is on no agenda item", a.id);
    }
}

/// Help from the meeting's side lists the side's keys and the editor's that work from
/// there; from the editor, only the editor's (the side's letters are text there).
#[test]
fn help_from_the_meeting_lists_the_meeting_keys() {
    let mut app = meeting_app();
    apply(&mut app, [Action::FocusSide, Action::ToggleHelp]);
    let s = screen(&app, 80, 24);
    assert!(
        s.contains("The meeting screen") && s.contains("leave meeting"),
        "{s}"
    );
    // The editor's keys follow the side pane's, further down at 80x24.
    let mut seen = s.contains("save note");
    for _ in 0..30 {
        if seen {
            break;
        }
        apply(&mut app, [Action::Down]);
        seen = screen(&app, 80, 24).contains("save note");
    }
    assert!(seen, "{}", screen(&app, 80, 24));
    apply(&mut app, [Action::Back]);
    assert!(
        app.overlay.is_none() && app.meeting.is_some(),
        "Esc closes help, not the meeting"
    );
    apply(&mut app, [Action::FocusEditor, Action::ToggleHelp]);
    let s = screen(&app, 80, 24);
    assert!(s.contains("save note") && s.contains("attendance"), "{s}");
    assert!(
        !s.contains("leave meeting") && !s.contains("add topic"),
        "{s}"
    );
}

#[test]
fn a_new_case_gets_the_next_reference_and_is_selected_after_saving() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::New,
        ],
    );
    assert_eq!(
        app.form
            .as_ref()
            .unwrap()
            .value(roundtable::app::forms::case::CaseField::Reference),
        "RT-2026-007"
    );
    apply(&mut app, [Action::NextField]);
    type_text(&mut app, "Girl, 15, contacts with an online group");
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let c = &app.data.cases[app.view().selected_row().unwrap()];
    assert_eq!(
        (c.reference.to_string().as_str(), c.status),
        (
            "RT-2026-007",
            roundtable::domain::case::CaseStatus::Signalled
        )
    );
    assert_eq!(
        c.history.len(),
        1,
        "the first status is recorded with who and when"
    );
    assert_eq!(c.history[0].by, "tester");
}

/// The item timer runs only while the session is in progress: not while its agenda is
/// prepared (planned), and not once it is closed.
#[test]
fn the_timer_runs_only_while_the_session_is_in_progress() {
    use roundtable::app::model::meeting::TICKS_PER_SECOND;
    let mut app = meeting_app();
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.session.status, SessionStatus::Planned);
    for _ in 0..3 * TICKS_PER_SECOND {
        apply(&mut app, [Action::Tick]);
    }
    assert_eq!(app.meeting.as_ref().unwrap().elapsed_secs(), 0, "planned");
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;
    for _ in 0..3 * TICKS_PER_SECOND {
        apply(&mut app, [Action::Tick]);
    }
    assert_eq!(
        app.meeting.as_ref().unwrap().elapsed_secs(),
        3,
        "in progress"
    );
}

/// Help in the meeting names the note syntax's words in English, Dutch and French: they
/// are all understood, whatever the interface's language.
#[test]
fn meeting_help_names_the_note_words_of_every_language() {
    let mut app = meeting_app();
    apply(&mut app, [Action::ToggleHelp]);
    // The help scrolls: what its end holds as well as its start.
    let top = screen(&app, 160, 48);
    apply(&mut app, std::iter::repeat_n(Action::Down, 60));
    let s = top + &screen(&app, 160, 48);
    for word in [
        "actie:",
        "beslissing:",
        "décision:",
        "tegen:",
        "échéance:",
        "vandaag",
        "+3j",
    ] {
        assert!(s.contains(word), "{word} missing:\n{s}");
    }
}

/// A note's save is known by its number, not its text: an answer for another note (a
/// stale one, or a second note with the same words) leaves the one in flight alone.
#[test]
fn an_answer_for_another_note_leaves_the_one_in_flight_alone() {
    let mut app = meeting_app();
    type_text(&mut app, "first");
    apply(&mut app, [Action::CommitNote]);
    let in_flight = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    let other = Ticket::Note(roundtable::app::model::state::SaveId(u64::MAX));
    assert_ne!(other, in_flight);
    apply(&mut app, [Action::Saved(other, vec![])]);
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(
        m.editor.value(),
        "first",
        "not cleared by someone else's answer"
    );
    assert!(m.committing.is_some(), "still waiting for its own answer");
    apply(&mut app, [Action::Saved(in_flight, vec![])]);
    assert!(app.meeting.as_ref().unwrap().editor.is_empty());
}
