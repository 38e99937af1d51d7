//! Scroll markers: every pane whose text does not fit says where the view is, and lists
//! say which row is selected of how many.

use roundtable::app::{Action, Tab};

mod support;
use support::app::{apply, demo_app, screen};

fn preview() -> Vec<Action> {
    vec![
        Action::GoTab(Tab::Sessions),
        Action::Down,
        Action::ExportMinutes,
        Action::Accept,
    ]
}

/// The lines of the screen that hold a scroll marker ("12–30/84").
fn markers(s: &str) -> Vec<String> {
    s.lines()
        .filter(|l| l.contains('╰') && l.contains('/') && l.contains('–'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_pane_that_does_not_fit_shows_where_it_is() {
    let mut app = demo_app();
    apply(&mut app, preview());
    let s = screen(&app, 80, 24);
    let m = markers(&s);
    assert!(m.iter().any(|l| l.contains("1–") && l.contains('↓')), "{s}");
    assert!(!m.iter().any(|l| l.contains('↑')), "at the top:\n{s}");
    apply(&mut app, [Action::Down, Action::Down, Action::Down]);
    let s = screen(&app, 80, 24);
    assert!(
        markers(&s)
            .iter()
            .any(|l| l.contains("4–") && l.contains('↑')),
        "{s}"
    );
}

#[test]
fn a_pane_that_fits_shows_no_marker() {
    // The first stakeholder's detail fits beside the list at 160×48.
    let s = screen(&demo_app(), 160, 48);
    assert!(markers(&s).is_empty(), "{s}");
}

#[test]
fn every_detail_pane_marks_its_scroll() {
    for actions in [
        vec![Action::Open],
        vec![Action::GoTab(Tab::Networks), Action::Open],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::Top,
            Action::Open,
        ],
    ] {
        let mut app = demo_app();
        apply(&mut app, actions.clone());
        let s = screen(&app, 60, 16);
        assert!(
            markers(&s).iter().any(|l| l.contains('↓')),
            "{actions:?}:\n{s}"
        );
    }
}

#[test]
fn the_message_log_marks_its_scroll() {
    let mut app = demo_app();
    for i in 0..30 {
        apply(&mut app, [Action::StoreFailed(format!("trouble {i}"))]);
    }
    apply(&mut app, [Action::ShowMessages]);
    let s = screen(&app, 80, 24);
    assert!(markers(&s).iter().any(|l| l.contains('↓')), "{s}");
}
