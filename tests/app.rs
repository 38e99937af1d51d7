//! `update` on actions: feed messages, assert the model.

use std::sync::Arc;

use roundtable::app::{self, Action, App, Effect, Overlay, Tab};

mod support;
use support::app::{apply, demo_app};

#[test]
fn a_new_app_asks_the_store_for_its_data() {
    let app = App::new(support::today());
    assert_eq!(app.effects, vec![Effect::LoadStaged]);
    assert!(!app.loaded);
    assert_eq!(app.tab, Tab::Overview, "the program opens on the Overview");
}

#[test]
fn tabs_cycle_both_ways_and_by_number() {
    let mut app = demo_app();
    apply(&mut app, [Action::NextTab]);
    assert_eq!(app.tab, Tab::Networks);
    apply(&mut app, [Action::PrevTab, Action::PrevTab]);
    assert_eq!(app.tab, Tab::Overview);
    apply(&mut app, [Action::PrevTab]);
    assert_eq!(app.tab, Tab::Sharing);
    apply(&mut app, [Action::NextTab]);
    assert_eq!(app.tab, Tab::Overview);
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    assert_eq!(app.tab, Tab::Sessions);
}

#[test]
fn selection_stays_inside_the_list_and_is_kept_per_tab() {
    let mut app = demo_app();
    let n = app.view().rows.len();
    apply(&mut app, [Action::Up]);
    assert_eq!(app.view().selected, 0);
    apply(&mut app, [Action::Bottom, Action::Down]);
    assert_eq!(app.view().selected, n - 1);
    apply(&mut app, [Action::NextTab, Action::Down, Action::PrevTab]);
    assert_eq!(
        app.view().selected,
        n - 1,
        "stakeholder selection kept across tab switches"
    );
    apply(&mut app, [Action::Top]);
    assert_eq!(app.view().selected, 0);
}

#[test]
fn help_opens_scrolls_and_closes_with_esc() {
    let mut app = demo_app();
    apply(&mut app, [Action::ToggleHelp]);
    assert_eq!(app.overlay, Some(Overlay::Help));
    apply(&mut app, [Action::Down]);
    assert_eq!(app.help_scroll.offset(), 1);
    assert_eq!(app.view().selected, 0, "keys go to the topmost layer only");
    apply(&mut app, [Action::Back]);
    assert_eq!(app.overlay, None);
}

#[test]
fn quit_leaves_at_once_when_nothing_is_unsaved() {
    let mut app = demo_app();
    apply(&mut app, [Action::Quit]);
    assert!(app.should_quit);
}

#[test]
fn a_moved_change_counter_reloads_and_keeps_the_selection() {
    let mut app = demo_app();
    apply(&mut app, [Action::Down, Action::Down]);
    let chosen = app.data.stakeholders[app.view().selected_row().unwrap()].id;
    // Idle ticks poll the counter once a second.
    apply(&mut app, (0..app::POLL_EVERY_TICKS).map(|_| Action::Tick));
    assert_eq!(app.effects, vec![Effect::PollCounter]);
    app.effects.clear();
    let seen = app.counter;
    apply(&mut app, [Action::Counter(seen)]);
    assert!(app.effects.is_empty(), "unchanged counter: no reload");
    apply(&mut app, [Action::Counter(seen + 1)]);
    assert_eq!(app.effects, vec![Effect::Load]);

    // A colleague added someone whose name sorts first: the selection follows the record.
    let mut data = (*app.data).clone();
    let mut newcomer = data.stakeholders[0].clone();
    newcomer.id = 100;
    newcomer.name = "Aaron Aerts".into();
    data.stakeholders.push(newcomer);
    apply(&mut app, [Action::Loaded(Arc::new(data), 2)]);
    assert_eq!(
        app.data.stakeholders[app.view().selected_row().unwrap()].id,
        chosen
    );
    assert_eq!(app.counter, 2);
}

#[test]
fn store_failures_are_shown_and_esc_clears_them() {
    let mut app = demo_app();
    apply(&mut app, [Action::StoreFailed("disk full".into())]);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("disk full")
    );
    apply(&mut app, [Action::Back]);
    assert!(app.status.is_none());
}

#[test]
fn effects_run_against_a_real_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = roundtable::store::Store::open(&dir.path().join("x.redb"), true).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = App::new(support::today());
    let effects: Vec<Effect> = app.effects.drain(..).collect();
    for e in effects {
        apply(&mut app, [app::run_effect(&store, &e)]);
    }
    assert!(app.loaded);
    assert_eq!(app.data.stakeholders.len(), 45);
    apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    assert_eq!(
        app.view().rows.len(),
        44,
        "the archived stakeholder is hidden"
    );
}

/// `L` switches the interface's language without a restart: the next one (round to
/// English when it is the only one), said in that language, and the data read again.
#[test]
fn the_language_switches_inside_the_interface() {
    use roundtable::i18n::{Lang, lang};
    let mut app = demo_app();
    let before = lang();
    let key = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('L'),
        crossterm::event::KeyModifiers::SHIFT,
    );
    let action = app::lookup(&app.scopes(), key);
    assert_eq!(action, Some(Action::NextLanguage));
    apply(&mut app, action);
    assert_eq!(lang(), before.next());
    let status = support::app::status_text(&app);
    assert!(status.contains(lang().name()), "{status}");
    assert!(
        app.effects
            .iter()
            .any(|e| matches!(e, roundtable::app::Effect::Load))
    );
    roundtable::i18n::set_lang(Lang::En);
}
