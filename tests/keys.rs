//! Keys that reuse earlier work (issue #19, p99 ≤ 2 ms a key): the stakeholder filter
//! narrows the rows of the text before and takes back kept rows on Backspace and Esc; the
//! search of everything does the same with its hits. Whatever the keys, what is listed is
//! what a fresh filter or search of the text lists.

use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use roundtable::app::model::picker::PickTarget;
use roundtable::app::model::search::{Hit, SearchState};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::stakeholder::Stakeholder;

mod support;
use support::app::{apply, held_back};

/// A key of the filter or the search: a character, Backspace, or Esc and open again.
#[derive(Debug, Clone)]
enum Key {
    Char(char),
    Backspace,
    Reopen,
}

fn keys() -> impl Strategy<Value = Vec<Key>> {
    // Letters that names share, a space, an accent, and nucleo's pattern syntax.
    let key = prop_oneof![
        6 => proptest::sample::select(vec!['s', 'a', 'm', 'e', 'é', ' ', '$', '!', '^', '\'', '\\', '|'])
            .prop_map(Key::Char),
        3 => Just(Key::Backspace),
        1 => Just(Key::Reopen),
    ];
    proptest::collection::vec(key, 1..30)
}

fn names() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec("[saméSÉ $!^'x]{0,8}", 1..25)
}

fn town(names: &[String]) -> Dataset {
    let mut d = Dataset::default();
    for (i, name) in names.iter().enumerate() {
        let mut s = Stakeholder::blank();
        s.id = i as u64 + 1;
        s.name = name.clone();
        s.organisation = if i % 3 == 0 {
            "Samen vzw".into()
        } else {
            String::new()
        };
        d.stakeholders.push(s);
    }
    d
}

fn press(app: &mut App, key: &Key, reopen: Action) {
    let action = match key {
        Key::Char(c) => Action::Input(KeyEvent::new(KeyCode::Char(*c), KeyModifiers::NONE)),
        Key::Backspace => Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
        Key::Reopen => {
            apply(app, [Action::Back]);
            reopen
        }
    };
    apply(app, [action]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_filter_lists_what_a_fresh_filter_of_its_text_lists(names in names(), keys in keys()) {
        let mut app = App::new(support::today());
        apply(&mut app, [Action::Loaded(Arc::new(town(&names)), 1), Action::GoTab(Tab::Stakeholders)]);
        apply(&mut app, [Action::StartFilter]);
        for key in &keys {
            press(&mut app, key, Action::StartFilter);
            let fresh = app.people.rows(&app.data, &app.facts);
            prop_assert_eq!(
                &app.view().rows, &fresh,
                "filter {:?} after {:?}", app.people.filter.value(), keys
            );
        }
    }
}

/// The search of everything on `data`'s records, typed into as `keys` say.
fn search_after(data: &Dataset, keys: &[Key]) -> Vec<(String, Vec<Hit>)> {
    let corpus = Arc::new(roundtable::app::model::search::corpus(data));
    let mut s = SearchState::new(corpus, "", None);
    let mut seen = Vec::new();
    for key in keys {
        match key {
            Key::Char(c) => {
                s.query
                    .input(KeyEvent::new(KeyCode::Char(*c), KeyModifiers::NONE));
            }
            Key::Backspace => {
                s.query
                    .input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
            }
            Key::Reopen => s.query = roundtable::app::model::text::TextField::single(""),
        }
        s.refind();
        seen.push((s.query.value(), s.hits.to_vec()));
    }
    seen
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_search_finds_what_a_fresh_search_of_its_query_finds(names in names(), keys in keys()) {
        let data = town(&names);
        let corpus = Arc::new(roundtable::app::model::search::corpus(&data));
        for (query, hits) in search_after(&data, &keys) {
            let fresh = SearchState::new(corpus.clone(), &query, None);
            prop_assert_eq!(&hits, &*fresh.hits, "query {:?} after {:?}", query, keys);
        }
    }
}

/// The targets of the open search's hits.
fn targets(app: &App) -> Vec<roundtable::app::model::search::Target> {
    let s = app.search.as_ref().unwrap();
    s.hits
        .iter()
        .map(|h| s.corpus.records[h.record].target)
        .collect()
}

#[test]
fn the_first_opening_folds_nothing_on_the_ui_thread_and_fills_in_when_the_records_come() {
    let mut app = support::app::demo_app();
    let folded = held_back(&mut app, [Action::StartSearch]);
    assert_eq!(folded.len(), 1, "the records are asked to be folded, once");
    let s = app.search.as_ref().unwrap();
    assert!(
        s.indexing && s.corpus.records.is_empty(),
        "nothing folded on the UI thread"
    );
    let typing = held_back(
        &mut app,
        "sam"
            .chars()
            .map(|c| Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))),
    );
    assert!(typing.is_empty(), "typing asks for nothing more");
    assert!(app.search.as_ref().unwrap().hits.is_empty());
    assert!(
        support::app::screen(&app, 80, 24).contains("Preparing the search"),
        "the search says it is indexing"
    );
    apply(&mut app, folded);
    let s = app.search.as_ref().unwrap();
    assert!(!s.indexing);
    let fresh = SearchState::new(
        Arc::new(roundtable::app::model::search::corpus(&app.data)),
        "sam",
        None,
    );
    assert!(
        !fresh.hits.is_empty(),
        "the demo town has someone called Sam…"
    );
    let fresh: Vec<_> = fresh
        .hits
        .iter()
        .map(|h| fresh.corpus.records[h.record].target)
        .collect();
    assert_eq!(
        targets(&app),
        fresh,
        "the hits once the records came are a fresh search's"
    );
    assert!(!support::app::screen(&app, 80, 24).contains("Preparing the search"));
}

#[test]
fn records_folded_for_data_read_before_are_dropped_and_a_reload_keeps_the_hits_until_the_new_come()
{
    let mut app = support::app::demo_app();
    let stale = held_back(&mut app, [Action::StartSearch]);
    // The data are read again before the records come.
    let data = Arc::new((*app.data).clone());
    let fresh = held_back(&mut app, [Action::Loaded(data, 2)]);
    assert_eq!(fresh.len(), 1, "the new data's records are asked for");
    apply(&mut app, stale);
    assert!(
        app.search.as_ref().unwrap().indexing,
        "records of older data are not taken"
    );
    apply(&mut app, fresh);
    support::app::type_text(&mut app, "sam");
    let before = targets(&app);
    assert!(!before.is_empty());
    // Read again while open: the hits stay until the new records come.
    let data = Arc::new((*app.data).clone());
    let folded = held_back(&mut app, [Action::Loaded(data, 3)]);
    assert_eq!(targets(&app), before);
    assert!(app.search.as_ref().unwrap().indexing);
    apply(&mut app, folded);
    assert_eq!(targets(&app), before);
    assert!(!app.search.as_ref().unwrap().indexing);
}

/// The data read again while the search is open (a save in another window): once the new
/// records are folded, the hit selected is still the one selected, not the first.
#[test]
fn a_reload_while_the_search_is_open_keeps_the_hit_selected() {
    let mut app = support::app::demo_app();
    apply(&mut app, [Action::StartSearch]);
    support::app::type_text(&mut app, "sam");
    assert!(targets(&app).len() > 2, "{:?}", targets(&app));
    apply(&mut app, [Action::Down, Action::Down]);
    let chosen = app.search.as_ref().unwrap().selected_target();
    assert!(chosen.is_some());
    let data = Arc::new((*app.data).clone());
    apply(&mut app, [Action::Loaded(data, 2)]);
    let s = app.search.as_ref().unwrap();
    assert!(!s.indexing);
    assert_eq!(s.selected_target(), chosen);
}

fn wait_until_ready<H: roundtable::domain::search::split::Haystacks + ?Sized>(
    table: &roundtable::domain::search::ahead::Ahead<H>,
) {
    let waited = std::time::Instant::now();
    while !table.ready() {
        assert!(
            waited.elapsed().as_secs() < 120,
            "the letters were never ranked"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// On a long list, the first character is ranked ahead by the helper threads when the
/// filter opens, and the next one while it is typed (`domain::search::ahead`): what they
/// list is what a fresh filter lists, whatever the quick filter and the archive switch keep.
#[test]
fn characters_ranked_ahead_list_what_a_fresh_filter_lists() {
    let today = support::today();
    let town = roundtable::demo::scale::build(4_000, today);
    use roundtable::domain::search::ahead::AHEAD_FROM;
    use roundtable::domain::search::split::SPLIT_FROM;
    assert!(town.stakeholders.len() >= SPLIT_FROM);
    let mut app = App::new(today);
    apply(
        &mut app,
        [
            Action::Loaded(Arc::new(town), 1),
            Action::GoTab(Tab::Stakeholders),
        ],
    );
    apply(&mut app, [Action::StartFilter]);
    let Some(table) = app.people.first_letters.clone() else {
        eprintln!("skipped: one core, no helper thread to rank ahead");
        return;
    };
    wait_until_ready(&table);
    let (mut seconds, mut thirds) = (0, 0);
    let overdue = Action::Picked(PickTarget::QuickFilters, 0);
    for switch in [None, Some(overdue), Some(Action::ToggleArchived)] {
        if let Some(switch) = &switch {
            apply(
                &mut app,
                [Action::Back, switch.clone(), Action::StartFilter],
            );
        }
        for c in ['s', 'A', 'e', 'z', '9', 'q'] {
            apply(&mut app, [Action::Back, Action::StartFilter]);
            press(&mut app, &Key::Char(c), Action::StartFilter);
            let fresh = app.people.rows(&app.data, &app.facts);
            assert!(!fresh.is_empty() || c == 'q' || c == '9', "{c}: nobody");
            assert_eq!(app.view().rows, fresh, "{c} after {switch:?}");
            // The second character, ranked ahead over the rows the first one found.
            if let Some(next) = app.people.next_letters.clone() {
                seconds += 1;
                wait_until_ready(&next);
                press(&mut app, &Key::Char('e'), Action::StartFilter);
                let fresh = app.people.rows(&app.data, &app.facts);
                assert_eq!(app.view().rows, fresh, "{c}e after {switch:?}");
                // A few hundred rows left are ranked ahead too: the third character.
                let left = app.view().rows.len();
                let next = app.people.next_letters.clone();
                assert_eq!(next.is_some(), left >= AHEAD_FROM, "{c}e: {left} rows");
                if let Some(next) = next {
                    thirds += usize::from(left < SPLIT_FROM);
                    wait_until_ready(&next);
                    press(&mut app, &Key::Char('r'), Action::StartFilter);
                    let fresh = app.people.rows(&app.data, &app.facts);
                    assert_eq!(app.view().rows, fresh, "{c}er after {switch:?}");
                }
            }
        }
    }
    assert!(
        seconds >= 3,
        "only {seconds} second characters ranked ahead"
    );
    assert!(
        thirds >= 1,
        "no third character ranked ahead over fewer rows than split"
    );
    assert!(Arc::ptr_eq(
        app.people.first_letters.as_ref().unwrap(),
        &table
    ));
}
