//! Builds an app on the test data and renders it on a test backend.

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use roundtable::app::{self, Action, App};

/// The app on the test data, on the stakeholder list where most tests start (the program
/// opens on the Overview: tests/overview.rs), with the overview computed as the worker
/// would once the data are in.
pub fn demo_app() -> App {
    demo_app_in(roundtable::i18n::Lang::En)
}

/// [`demo_app`] on the test data written in `lang` (`support::full_dataset_in`).
pub fn demo_app_in(lang: roundtable::i18n::Lang) -> App {
    let mut app = App::new(super::today());
    app.effects.clear();
    let data = Arc::new(super::full_dataset_in(lang));
    let overview = roundtable::domain::overview::compute(&data, super::today());
    app::update(&mut app, Action::Loaded(data, 1));
    app::update(&mut app, Action::OverviewReady(Arc::new(overview)));
    app.effects.clear();
    app::update(&mut app, Action::GoTab(roundtable::app::Tab::Stakeholders));
    app
}

/// The actions that open the meeting of the first session of the Round tables tab, in
/// its note editor.
pub const NEXT_MEETING: [Action; 3] = [
    Action::GoTab(roundtable::app::Tab::Sessions),
    Action::Top,
    Action::OpenMeeting,
];

/// Applies actions the way the runtime does, following up returned actions; the search's
/// records asked to be folded come back after each action, as from the runtime's thread
/// (`held_back` keeps them back).
pub fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        for fold in held_back(app, [a]) {
            app::update(app, fold);
        }
    }
}

/// Applies `actions` and hands back, without applying them, the search's records folded
/// for the `Effect::IndexSearch` they asked for: what the runtime's thread would send.
pub fn held_back(app: &mut App, actions: impl IntoIterator<Item = Action>) -> Vec<Action> {
    for a in actions {
        let mut next = Some(a);
        while let Some(a) = next {
            next = app::update(app, a);
        }
    }
    let mut folds = Vec::new();
    app.effects.retain(|e| match e {
        roundtable::app::Effect::IndexSearch(data) => {
            let indexed = roundtable::app::model::search::Indexed::fold(data);
            folds.push(Action::SearchIndexed(indexed));
            false
        }
        _ => true,
    });
    folds
}

pub fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    t
}

/// The screen's rows, each the symbols of its cells in order: a wide character is
/// followed by the cell it covers, drawn as a space (where `screen` adds nothing).
pub fn cells(app: &App, w: u16, h: u16) -> Vec<String> {
    let t = render(app, w, h);
    let b = t.backend().buffer();
    (b.content().chunks(usize::from(w)))
        .map(|row| row.iter().map(|c| c.symbol()).collect())
        .collect()
}

/// The screen as plain text lines.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    render(app, w, h).backend().to_string()
}

/// Types `text` as key presses into whatever takes text.
pub fn type_text(app: &mut App, text: &str) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        apply(
            app,
            [Action::Input(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            ))],
        );
    }
}

/// Carries out queued effects against `store`, feeding results back, until none are left.
pub fn run_effects(app: &mut App, store: &roundtable::store::Store) {
    while !app.effects.is_empty() {
        let effects: Vec<_> = app.effects.drain(..).collect();
        for e in effects {
            let mut results = Vec::new();
            app::run_effect_each(store, &e, &mut |a| results.push(a));
            apply(app, results);
        }
    }
}

/// Every change the queued effects would write.
pub fn queued_changes(app: &App) -> Vec<roundtable::app::model::record::Change> {
    app.effects
        .iter()
        .flat_map(|e| match e {
            app::Effect::Apply(c, _) => c.clone(),
            _ => vec![],
        })
        .collect()
}

/// A database holding the test data in `dir`, and an app loaded from it as "tester",
/// writing exports under `dir/exports`.
pub fn store_app(dir: &tempfile::TempDir) -> (roundtable::store::Store, App) {
    let store =
        roundtable::store::Store::open_as(&dir.path().join("t.redb"), true, "tester".into())
            .unwrap();
    store.restore(&super::full_dataset(), false).unwrap();
    let mut app = App::new(super::today());
    app.user = "tester".into();
    app.export_dir = dir.path().join("exports");
    run_effects(&mut app, &store);
    // Most tests start from the stakeholder list; the program opens on the Overview.
    apply(
        &mut app,
        [Action::GoTab(roundtable::app::Tab::Stakeholders)],
    );
    (store, app)
}

/// The status line's text, empty when there is none.
pub fn status_text(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Turns this quick filter of the stakeholder list on or off, as the `f` picker does.
pub fn toggle_quick(app: &mut App, quick: roundtable::app::model::stakeholder_list::Quick) {
    use roundtable::app::model::picker::PickTarget;
    use roundtable::app::model::stakeholder_list::Quick;
    let at = Quick::CHOICES
        .iter()
        .position(|q| *q == quick)
        .expect("listed");
    apply(app, [Action::Picked(PickTarget::QuickFilters, at as u64)]);
}

/// Asserts that help on `screen` lists the four paging keys (PgUp, PgDn, Home, End)
/// with their labels in the language being written.
pub fn assert_help_lists_paging_keys(screen: &str, lang: roundtable::i18n::Lang) {
    for (label, id) in [
        ("PgUp", "key-page_up"),
        ("PgDn", "key-page_down"),
        ("Home/g", "key-scroll_top"),
        ("End/G", "key-scroll_bottom"),
    ] {
        let line = format!("{label:>7}  {}", roundtable::i18n::t(id));
        assert!(
            screen.contains(&line),
            "{lang:?}: {line:?} not in\n{screen}"
        );
    }
}
