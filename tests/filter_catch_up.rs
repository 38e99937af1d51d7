//! The stakeholder filter's list catching up with the text typed: a key whose ranking
//! is not done within its budget shows the text first and the rows once the interface's
//! loop is idle (`App::catch_up_filter`). Deferring may change when the rows show, never
//! which rows show, nor what another key acts on.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use roundtable::app::{self, Action, App, Tab};

mod support;

/// More stakeholders than a ranking shared with the helper threads needs
/// (`split::SPLIT_FROM`): below it, every ranking is done at once.
const TOWN: usize = 3000;

/// One town, loaded once: each case starts from a copy of its data.
fn town() -> Arc<roundtable::domain::dataset::Dataset> {
    static TOWN_DATA: Mutex<Option<Arc<roundtable::domain::dataset::Dataset>>> = Mutex::new(None);
    let mut town = TOWN_DATA.lock().unwrap();
    town.get_or_insert_with(|| Arc::new(roundtable::demo::scale::build(TOWN, support::today())))
        .clone()
}

/// An app on the town's stakeholder list; `budget`: how long a filter key ranks.
fn app_on_town(budget: Option<Duration>) -> App {
    let mut app = App::new(support::today());
    app.effects.clear();
    support::app::apply(&mut app, [Action::Loaded(town(), 1)]);
    support::app::apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    app.effects.clear();
    app.rank_budget = budget;
    app
}

/// `action` and what it leads to, as the runtime applies a key.
fn step(app: &mut App, action: Action) {
    let mut next = Some(action);
    while let Some(a) = next {
        next = app::update(app, a);
    }
    app.effects.clear();
}

fn key(code: KeyCode) -> Action {
    Action::Input(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(c: char) -> Action {
    key(KeyCode::Char(c))
}

/// The list as worked out from scratch for the filter text as it is now.
fn from_scratch(app: &App) -> Vec<usize> {
    app.people.rows(&app.data, &app.facts)
}

#[test]
fn a_key_past_its_budget_shows_the_rows_once_caught_up_and_another_key_acts_on_them() {
    let mut late = app_on_town(Some(Duration::ZERO));
    let mut at_once = app_on_town(None);
    // A space is never ranked ahead (only letters and digits are): the key ranks itself.
    for app in [&mut late, &mut at_once] {
        step(app, Action::StartFilter);
        step(app, typed('s'));
    }
    late.catch_up_filter();
    let before = late.views[0].rows.clone();
    for app in [&mut late, &mut at_once] {
        step(app, typed(' '));
    }
    assert!(
        late.filter_pending(),
        "a key with no time to rank leaves it"
    );
    assert_eq!(late.people.filter.value(), "s ", "the text shows at once");
    assert_eq!(late.views[0].rows, before, "the rows wait for the ranking");
    // Down moves in the list of the text typed, not in the rows still shown.
    for app in [&mut late, &mut at_once] {
        step(app, Action::Down);
    }
    assert!(!late.filter_pending());
    assert_eq!(late.views[0].rows, at_once.views[0].rows);
    assert_eq!(late.views[0].rows, from_scratch(&late));
    assert_eq!(late.views[0].selected, 1);
    assert_eq!(at_once.views[0].selected, 1);
}

#[test]
fn a_burst_of_keys_ranks_its_last_text_only() {
    let mut app = app_on_town(Some(Duration::ZERO));
    step(&mut app, Action::StartFilter);
    // Ranked ahead only where the text before was ranked: " ", "v" and "a" never are.
    for c in ['s', ' ', 'v', 'a'] {
        step(&mut app, typed(c));
    }
    assert!(app.filter_pending());
    assert!(
        app.catch_up_filter(),
        "the loop, once idle, catches the list up"
    );
    assert!(!app.catch_up_filter(), "once");
    assert_eq!(app.views[0].rows, from_scratch(&app));
    assert_eq!(app.views[0].selected, 0, "the best match selected");
    let texts: Vec<&str> = app.people.found.iter().map(|(q, _)| q.as_str()).collect();
    // "s " and "s v" were never ranked: no rows were kept for them.
    assert!(
        !texts.contains(&"s ") && !texts.contains(&"s v"),
        "{texts:?}"
    );
    assert_eq!(texts.last(), Some(&"s va"));
}

#[derive(Debug, Clone)]
enum Step {
    /// A key, bound or typed as the interface's loop routes it (`tui::event_loop`): into
    /// the filter while it is open, otherwise to the list, a picker, a form, the tabs.
    Key(KeyCode),
    Paste(&'static str),
    /// The loop finds no key waiting: the list catches up.
    Idle,
    /// The loop's tick, which may come while a ranking is left.
    Tick,
    /// The data read again (another window saved), while a ranking may be left.
    Reload,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    // Filter text, and on the list: sort (s, S), show archived (a), the quick filter's
    // picker (f), the filter (/), moves (j, G); never q (quit) nor L (the language is
    // the whole program's).
    let chars = vec!['s', 'a', 'e', 'é', 'm', ' ', 'S', '!', '/', 'f', 'j', 'G'];
    let keys = vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Backspace,
        KeyCode::PageDown,
        KeyCode::End,
        KeyCode::Tab,
        KeyCode::BackTab,
    ];
    let step = prop_oneof![
        8 => prop::sample::select(chars).prop_map(|c| Step::Key(KeyCode::Char(c))),
        5 => prop::sample::select(keys).prop_map(Step::Key),
        1 => prop::sample::select(vec!["sa", "é e", "an"]).prop_map(Step::Paste),
        2 => Just(Step::Idle),
        1 => Just(Step::Tick),
        1 => Just(Step::Reload),
    ];
    prop::collection::vec(step, 1..32)
}

/// What `step` is on `app` as it stands; `None`: a key bound to nothing there, or the
/// loop idle.
fn action(app: &App, step: &Step) -> Option<Action> {
    match step {
        Step::Key(code) => {
            let key = KeyEvent::new(*code, KeyModifiers::NONE);
            app::lookup(&app.scopes(), key)
                .or_else(|| app.takes_text().then_some(Action::Input(key)))
        }
        Step::Paste(text) => Some(Action::Paste((*text).to_owned())),
        Step::Tick => Some(Action::Tick),
        Step::Reload => Some(Action::Loaded(town(), app.counter + 1)),
        Step::Idle => None,
    }
}

/// What either app shows and acts on, beside the list's rows.
fn state(app: &App) -> impl PartialEq + std::fmt::Debug {
    (
        app.tab,
        app.scopes(),
        app.people.filter.value(),
        app.people.filtering,
        app.people.sort,
        app.people.show_archived,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Whatever the keys, a list that has caught up shows the rows and the selection of
    /// a list ranked at every key, and those are the rows worked out from scratch.
    #[test]
    fn a_list_caught_up_is_the_list_ranked_at_every_key(steps in steps()) {
        let mut late = app_on_town(Some(Duration::ZERO));
        let mut at_once = app_on_town(None);
        step(&mut late, Action::StartFilter);
        step(&mut at_once, Action::StartFilter);
        for s in &steps {
            // Routed on the app ranked at every key: the other must act the same.
            match action(&at_once, s) {
                Some(a) => {
                    step(&mut late, a.clone());
                    step(&mut at_once, a);
                }
                None if matches!(s, Step::Idle) => {
                    late.catch_up_filter();
                }
                None => {}
            }
            prop_assert_eq!(state(&late), state(&at_once));
            prop_assert!(!at_once.filter_pending());
            if !late.filter_pending() {
                prop_assert_eq!(&late.views[0].rows, &at_once.views[0].rows);
                prop_assert_eq!(late.views[0].selected, at_once.views[0].selected);
            }
        }
        late.catch_up_filter();
        prop_assert_eq!(&late.views[0].rows, &at_once.views[0].rows);
        prop_assert_eq!(late.views[0].selected, at_once.views[0].selected);
        prop_assert_eq!(&late.views[0].rows, &from_scratch(&late));
    }
}

/// The real binary on a long list: a burst of keys typed into the filter in one write
/// (the loop leaves each key's ranking, the last one's past its budget) ends on the rows
/// of the whole text, once the loop finds no key waiting.
#[test]
fn a_burst_typed_into_the_filter_of_the_real_program_ends_on_its_rows() {
    let mut app = app_on_town(None);
    let everyone = format!("/{} ", app.views[0].rows.len());
    step(&mut app, Action::StartFilter);
    "s va".chars().for_each(|c| step(&mut app, typed(c)));
    let count = format!(" 1/{} ", app.views[0].rows.len());
    assert!(
        !everyone.ends_with(&count[2..]),
        "the text keeps fewer rows"
    );
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("town.redb");
    let args = ["--demo", "--scale", "3000", "--db", db.to_str().unwrap()];
    let mut pty = support::pty::Pty::spawn(&args, home.path(), 100, 30);
    pty.open_stakeholders();
    pty.wait_for(&everyone, 10);
    pty.send_settled("/");
    pty.send("s va");
    pty.wait_for(&count, 10);
    pty.send_settled("\x1b");
    pty.wait_for(&everyone, 10);
}
