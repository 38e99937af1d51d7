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
