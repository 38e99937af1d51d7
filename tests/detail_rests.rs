//! The detail beside the stakeholder list follows the selection once it rests: a move
//! redraws the list rows only, and the first tick after a whole tick without a move (or
//! any other key) brings the detail.

use roundtable::app::Action;

mod support;
use support::app::{apply, demo_app, screen};

/// The right half of a 160×48 screen: the detail pane.
fn detail(s: &str) -> String {
    s.lines()
        .map(|l| l.chars().skip(95).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_detail_waits_for_the_selection_to_rest() {
    let mut app = demo_app();
    let before = detail(&screen(&app, 160, 48));
    assert!(before.contains("Ahmed Tahiri"), "{before}");
    apply(&mut app, [Action::Down, Action::Down]);
    let s = screen(&app, 160, 48);
    assert_eq!(detail(&s), before, "the detail moved with the selection");
    // The tick that comes right after the move: the selection has not rested yet.
    apply(&mut app, [Action::Tick]);
    assert_eq!(
        detail(&screen(&app, 160, 48)),
        before,
        "caught up too early"
    );
    apply(&mut app, [Action::Tick]);
    let after = detail(&screen(&app, 160, 48));
    assert_ne!(after, before);
    let selected = &app.data.stakeholders[app.view().selected_row().unwrap()].name;
    assert!(after.contains(selected.as_str()), "{after}");
}

#[test]
fn any_other_key_brings_the_detail_at_once() {
    let mut app = demo_app();
    apply(&mut app, [Action::Down, Action::Open]);
    let selected = &app.data.stakeholders[app.view().selected_row().unwrap()].name;
    assert!(screen(&app, 160, 48).contains(selected.as_str()));
    assert!(app.detail_pinned.is_none());
}

#[test]
fn a_held_arrow_key_never_redraws_the_detail() {
    let mut app = demo_app();
    let before = detail(&screen(&app, 160, 48));
    // Key repeat: several moves between two ticks, tick after tick.
    for _ in 0..5 {
        apply(&mut app, [Action::Down, Action::Down, Action::Tick]);
        assert_eq!(detail(&screen(&app, 160, 48)), before);
        apply(&mut app, [Action::Up, Action::Tick]);
        assert_eq!(detail(&screen(&app, 160, 48)), before);
    }
    apply(&mut app, [Action::Tick]);
    assert_ne!(detail(&screen(&app, 160, 48)), before);
}

fn typed(text: &str) -> Vec<Action> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c| Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    std::iter::once(Action::StartFilter)
        .chain(text.chars().map(key))
        .collect()
}

/// Typing in the filter is a move of the selection too: a character redraws the list
/// and the filter line, not the detail, which follows once the typing rests (bytes per
/// key over a slow link). While it waits it does not say how the query matches: the
/// record it shows may not be listed any more.
#[test]
fn typing_in_the_filter_leaves_the_detail_until_it_rests() {
    let mut app = demo_app();
    apply(&mut app, typed("a"));
    apply(&mut app, [Action::Tick, Action::Tick]);
    let rested = app.view().selected_row().unwrap();
    let rested = app.data.stakeholders[rested].name.clone();
    assert!(detail(&screen(&app, 160, 48)).contains("“a”"));
    apply(&mut app, typed("m").into_iter().skip(1));
    let waiting = detail(&screen(&app, 160, 48));
    assert!(waiting.contains(rested.as_str()), "{waiting}");
    assert!(!waiting.contains("“am”"), "{waiting}");
    apply(&mut app, typed("r").into_iter().skip(1));
    assert_eq!(
        detail(&screen(&app, 160, 48)),
        waiting,
        "the detail moved at a key"
    );
    let top = app.view().selected_row().unwrap();
    let top = app.data.stakeholders[top].name.clone();
    assert_ne!(top, rested, "the filter must select someone else");
    apply(&mut app, [Action::Tick]);
    assert_eq!(
        detail(&screen(&app, 160, 48)),
        waiting,
        "caught up too early"
    );
    apply(&mut app, [Action::Tick]);
    let after = detail(&screen(&app, 160, 48));
    assert!(after.contains(top.as_str()), "{after}");
    assert!(after.contains("“amr”"), "{after}");
}

#[test]
fn a_filter_that_finds_nobody_shows_no_detail() {
    let mut app = demo_app();
    apply(&mut app, typed("zzzzqqq"));
    assert!(app.view().rows.is_empty());
    let s = detail(&screen(&app, 160, 48));
    assert!(!s.contains("Ahmed Tahiri"), "{s}");
}
