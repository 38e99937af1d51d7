//! The first screen: drawn before the records are read, with the count read from the
//! table, and never a count of what happens to be loaded so far.

use roundtable::app::{self, Action, App, Effect};

mod support;
use support::app::{apply, screen};

#[test]
fn the_first_screen_is_drawn_before_the_records_are_read() {
    let app = App::new(support::today());
    let s = screen(&app, 160, 48);
    assert!(s.contains("Computing the overview"), "{s}");
    assert!(!s.contains("Loading"), "{s}");
    // No count yet: not "0 stakeholders" while none are read.
    assert!(!s.contains("stakeholder"), "{s}");
}

#[test]
fn the_count_comes_from_the_table_before_the_records() {
    let mut app = App::new(support::today());
    apply(&mut app, [Action::Counted(10_000)]);
    assert!(!app.loaded);
    let s = screen(&app, 160, 48);
    let status = s.lines().nth(46).unwrap();
    assert!(status.contains("10000 stakeholders"), "{status}");
}

#[test]
fn the_staged_load_sends_the_count_first_and_it_is_the_final_one() {
    let dir = tempfile::tempdir().unwrap();
    let store =
        roundtable::store::Store::open_as(&dir.path().join("t.redb"), true, "tester".into())
            .unwrap();
    let data = support::full_dataset();
    store.restore(&data, false).unwrap();
    let mut sent = Vec::new();
    app::run_effect_each(&store, &Effect::LoadStaged, &mut |a| sent.push(a));
    let Some(&Action::Counted(n)) = sent.first() else {
        panic!("the first message is not the count");
    };
    assert_eq!(n, data.stakeholders.len() as u64);
    assert!(matches!(sent[1], Action::Loaded(..)));
    let mut app = App::new(support::today());
    app.effects.clear();
    apply(&mut app, sent);
    let status = screen(&app, 160, 48).lines().nth(46).unwrap().to_owned();
    assert!(status.contains(&format!("{n} stakeholders")), "{status}");
}
