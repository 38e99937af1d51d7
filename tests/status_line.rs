//! How long a message stands on the status line: a notice ("Saved.") clears itself after
//! a few seconds of the app's clock; an error stays until Esc; either goes when the user
//! moves on to another tab or screen, where it no longer describes anything. The message
//! log keeps every one. Time is the app's clock (`app.now`, set by the runtime on every
//! event), advanced by hand here: no sleeps.

use roundtable::app::model::state::Ticket;
use roundtable::app::{Action, App, StatusKind, Tab};

mod support;
use support::app::{apply, demo_app, status_text};

/// Moves the app's clock on by `seconds` and lets a tick pass, as the runtime does.
fn wait(app: &mut App, seconds: i64) {
    app.now += chrono::Duration::seconds(seconds);
    apply(app, [Action::Tick]);
}

fn notice(app: &mut App, text: &str) {
    apply(app, [Action::Saved(Ticket::Notice(text.into()), vec![])]);
    assert_eq!(app.status.as_ref().map(|s| s.kind), Some(StatusKind::Info));
}

fn logged(app: &App) -> Vec<String> {
    app.messages
        .newest_first()
        .map(|m| m.text.clone())
        .collect()
}

#[test]
fn a_notice_clears_itself_after_a_few_seconds_and_stays_in_the_log() {
    let mut app = demo_app();
    notice(&mut app, "Exported to minutes.md");
    wait(&mut app, 1);
    apply(&mut app, [Action::Down, Action::Down]);
    wait(&mut app, 1);
    assert_eq!(status_text(&app), "Exported to minutes.md", "still fresh");
    wait(&mut app, 5);
    assert!(app.status.is_none(), "{:?}", app.status);
    assert_eq!(logged(&app), ["Exported to minutes.md"]);
}

#[test]
fn an_error_stays_until_esc_however_long_it_stands() {
    let mut app = demo_app();
    apply(&mut app, [Action::StoreFailed("disk full".into())]);
    wait(&mut app, 600);
    apply(&mut app, [Action::Down]);
    wait(&mut app, 600);
    assert_eq!(status_text(&app), "disk full");
    apply(&mut app, [Action::Back]);
    assert!(app.status.is_none());
    assert_eq!(logged(&app), ["disk full"]);
}

/// A message shown again after it went is a new one: its own few seconds, and a new
/// line in the log.
#[test]
fn a_notice_shown_again_later_gets_its_own_time() {
    let mut app = demo_app();
    notice(&mut app, "Saved.");
    wait(&mut app, 10);
    assert!(app.status.is_none());
    notice(&mut app, "Saved.");
    wait(&mut app, 2);
    assert_eq!(status_text(&app), "Saved.");
    assert_eq!(logged(&app), ["Saved.", "Saved."]);
}

/// Another tab, the list's other view, a record opened over the tab, the meeting or a
/// form: the message of the screen left goes, error or notice.
#[test]
fn a_message_goes_when_the_user_moves_to_another_screen() {
    let moves: Vec<(&str, Vec<Action>)> = vec![
        ("another tab", vec![Action::GoTab(Tab::Sessions)]),
        ("the next tab", vec![Action::NextTab]),
        ("the detail", vec![Action::Open]),
        ("a form", vec![Action::New]),
        ("the search", vec![Action::StartSearch]),
    ];
    for (what, actions) in moves {
        for kind in [StatusKind::Error, StatusKind::Info] {
            let mut app = demo_app();
            match kind {
                StatusKind::Error => apply(&mut app, [Action::StoreFailed("trouble".into())]),
                StatusKind::Info => notice(&mut app, "trouble"),
            }
            apply(&mut app, actions.clone());
            assert!(app.status.is_none(), "{what}, {kind:?}: {:?}", app.status);
            assert_eq!(logged(&app), ["trouble"], "{what}");
        }
    }
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    apply(&mut app, [Action::StoreFailed("trouble".into())]);
    apply(&mut app, [Action::ToggleCases]);
    assert!(app.status.is_none(), "the cases view: {:?}", app.status);
}

/// What opens over the screen for a moment (help, the message log, a picker) and the
/// moves inside the list leave the message where it was.
#[test]
fn a_message_stays_over_help_the_log_a_picker_and_moves_in_the_list() {
    let mut app = demo_app();
    apply(&mut app, [Action::StoreFailed("trouble".into())]);
    for actions in [
        vec![Action::ToggleHelp, Action::Back],
        vec![Action::ShowMessages, Action::Back],
        vec![Action::PickQuickFilters, Action::Back],
        vec![Action::Down, Action::PageDown, Action::Top],
    ] {
        apply(&mut app, actions.clone());
        assert_eq!(status_text(&app), "trouble", "{actions:?}");
    }
}

/// A message that comes with the move (a form saved and closed: "Saved." on the list)
/// is the new screen's own.
#[test]
fn a_message_that_comes_with_the_move_stays() {
    let mut app = demo_app();
    apply(&mut app, [Action::StoreFailed("trouble".into())]);
    apply(&mut app, [Action::New]);
    assert!(app.form.is_some());
    apply(&mut app, [Action::Saved(Ticket::Form, vec![])]);
    assert!(app.form.is_none());
    assert_eq!(status_text(&app), roundtable::i18n::t("status-saved"));
}
