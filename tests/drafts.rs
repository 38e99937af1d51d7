//! The note editor's draft keeps everything the editor holds: text, label, PAP, source
//! and its protection. Drafts written before that (text only) come back with the
//! strictest labels, never a less strict one.

use roundtable::app::model::meeting::DRAFT_QUIET_TICKS;
use roundtable::app::model::note_draft::rescue_snapshot;
use roundtable::app::{Action, App, Tab};
use roundtable::domain::sharing::{Pap, Tlp};

mod support;
use support::app::{apply, run_effects, screen, store_app, type_text};

fn open_next_meeting(app: &mut App) {
    apply(
        app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
}

/// A fresh start on the same database, as after a restart.
fn restart(store: &roundtable::store::Store) -> App {
    let mut app = App::new(support::today());
    app.user = "tester".into();
    run_effects(&mut app, store);
    app
}

/// Types a RED note with a protected named source and PAP:GREEN.
fn type_red_protected(app: &mut App) {
    type_text(app, "the imam said the brother");
    apply(app, [Action::PickSource]);
    type_text(app, "samira");
    apply(
        app,
        [
            Action::Accept,
            Action::ChooseTlp,
            Action::PickTlp(Tlp::Red),
            Action::ChoosePap,
            Action::PickPap(Pap::Green),
            Action::ToggleProtected,
        ],
    );
}

fn assert_all_kept(app: &App) {
    let m = app.meeting.as_ref().expect("the meeting reopens");
    assert_eq!(m.editor.value(), "the imam said the brother");
    assert_eq!(
        (m.tlp, m.pap, m.source, m.protected),
        (Tlp::Red, Pap::Green, Some(12), true)
    );
}

/// What the signal, hang-up and panic paths save (the rescue snapshot) comes back with
/// every attribute.
#[test]
fn a_rescued_red_protected_draft_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    open_next_meeting(&mut app);
    type_red_protected(&mut app);
    let (_, place, text) = rescue_snapshot(&app).unwrap();
    store.save_draft(&place, &text).unwrap();
    assert_all_kept(&restart(&store));
}

/// The draft written after a pause keeps them too.
#[test]
fn a_draft_written_after_a_pause_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    open_next_meeting(&mut app);
    type_red_protected(&mut app);
    for _ in 0..DRAFT_QUIET_TICKS {
        apply(&mut app, [Action::Tick]);
    }
    run_effects(&mut app, &store);
    assert_all_kept(&restart(&store));
}

/// Changing only the label is a change the rescue path must follow.
#[test]
fn a_label_change_alone_reaches_the_rescue_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, mut app) = store_app(&dir);
    open_next_meeting(&mut app);
    type_text(&mut app, "x");
    let (before, _, _) = rescue_snapshot(&app).unwrap();
    apply(&mut app, [Action::ChooseTlp, Action::PickTlp(Tlp::Red)]);
    let (after, _, text) = rescue_snapshot(&app).unwrap();
    assert_ne!(before, after);
    assert!(text.contains("TLP:RED"), "{text}");
}

/// A draft in the old format (its text only) does not say what label it was typed
/// under: it comes back as the strictest, never as the default.
#[test]
fn an_old_format_draft_comes_back_with_the_strictest_labels() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = store_app(&dir);
    store
        .save_draft("session:3#1", "typed before the upgrade")
        .unwrap();
    let app = restart(&store);
    let m = app.meeting.as_ref().expect("the meeting reopens");
    assert_eq!(m.editor.value(), "typed before the upgrade");
    assert_eq!((m.tlp, m.pap, m.protected), (Tlp::Red, Pap::Red, true));
    let s = screen(&app, 160, 48);
    assert!(s.contains("strictest"), "{s}");
}

/// Text typed while a RED note is being saved keeps the RED label it was typed under;
/// only an empty editor starts again from the agreement's default.
#[test]
fn text_typed_during_a_red_commit_stays_red() {
    use roundtable::app::Ticket;
    let dir = tempfile::tempdir().unwrap();
    let (_store, mut app) = store_app(&dir);
    open_next_meeting(&mut app);
    apply(&mut app, [Action::ChooseTlp, Action::PickTlp(Tlp::Red)]);
    type_text(&mut app, "first");
    apply(&mut app, [Action::CommitNote]);
    type_text(&mut app, " and more");
    let note = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    apply(&mut app, [Action::Saved(note, vec![])]);
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.editor.value(), " and more");
    assert_eq!(m.tlp, Tlp::Red, "not quietly back to the default");
    // Once the editor is empty, the next note starts from the default again.
    apply(&mut app, [Action::CommitNote]);
    let note = app
        .saving
        .iter()
        .find(|t| matches!(t, Ticket::Note(_)))
        .cloned()
        .unwrap();
    apply(&mut app, [Action::Saved(note, vec![])]);
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::AmberStrict);
}
