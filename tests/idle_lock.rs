//! The idle lock: after the configured time without a key the screen shows nothing of
//! what is open, asks to resume (the passphrase for an encrypted database), and keeps a
//! draft being typed.

use roundtable::app::{Action, App, Effect};

mod support;
use support::app::{apply, demo_app, screen, type_text};

fn with_lock(seconds: i64) -> App {
    let mut app = demo_app();
    app.idle_lock = Some(chrono::Duration::seconds(seconds));
    apply(&mut app, [Action::Tick]);
    app
}

fn wait(app: &mut App, seconds: i64) {
    app.now += chrono::Duration::seconds(seconds);
    apply(app, [Action::Tick]);
}

#[test]
fn the_screen_locks_after_the_idle_time_and_shows_nothing() {
    let mut app = with_lock(60);
    wait(&mut app, 59);
    assert!(app.lock.is_none(), "locked too early");
    assert!(screen(&app, 80, 24).contains("Ahmed Tahiri"));
    wait(&mut app, 2);
    assert!(app.lock.is_some());
    let s = screen(&app, 80, 24);
    assert!(s.contains("Locked") && s.contains("Enter"), "{s}");
    assert!(!s.contains("Ahmed Tahiri"), "{s}");
}

#[test]
fn a_key_restarts_the_idle_time() {
    let mut app = with_lock(60);
    wait(&mut app, 50);
    apply(&mut app, [Action::Down]);
    wait(&mut app, 50);
    assert!(app.lock.is_none());
}

#[test]
fn a_draft_being_typed_is_kept_and_keys_do_not_reach_it_while_locked() {
    let mut app = with_lock(60);
    apply(&mut app, [Action::New]);
    type_text(&mut app, "Zora");
    wait(&mut app, 61);
    assert!(app.lock.is_some());
    type_text(&mut app, "xyz");
    apply(&mut app, [Action::Submit, Action::Back]);
    assert!(app.lock.is_some(), "only Enter resumes");
    assert!(app.effects.is_empty(), "nothing saved while locked");
    apply(&mut app, [Action::Unlock]);
    assert!(app.lock.is_none());
    let s = screen(&app, 80, 24);
    assert!(s.contains("Zora") && !s.contains("Zoraxyz"), "{s}");
}

#[test]
fn an_encrypted_database_asks_for_the_passphrase() {
    let mut app = with_lock(60);
    app.encrypted = true;
    wait(&mut app, 61);
    let s = screen(&app, 80, 24);
    assert!(s.contains("passphrase"), "{s}");
    type_text(&mut app, "hunter2");
    assert!(
        !screen(&app, 80, 24).contains("hunter2"),
        "the passphrase is masked"
    );
    apply(&mut app, [Action::Unlock]);
    let sent: Vec<_> = app.effects.drain(..).collect();
    assert!(
        matches!(&sent[..], [Effect::CheckPassphrase(p)] if p.expose() == "hunter2"),
        "{sent:?}"
    );
    assert!(
        !format!("{sent:?}").contains("hunter2"),
        "never in debug output"
    );
    apply(&mut app, [Action::PassphraseChecked(false)]);
    assert!(app.lock.is_some());
    assert!(screen(&app, 80, 24).contains("does not open"));
    type_text(&mut app, "right");
    apply(&mut app, [Action::Unlock, Action::PassphraseChecked(true)]);
    assert!(app.lock.is_none());
}

#[test]
fn no_idle_time_never_locks() {
    let mut app = demo_app();
    app.idle_lock = None;
    wait(&mut app, 100_000);
    assert!(app.lock.is_none());
}
