//! Keys of the list that work from a record's detail filling the tab.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use roundtable::app::{Action, lookup};

mod support;
use support::app::{apply, demo_app};

/// `/` in a stakeholder's detail (the footer names it) goes back to the list with the
/// filter open: what is typed next is the filter, not keys of the list (`a` would show
/// the archived, `n` open a new form).
#[test]
fn slash_in_the_detail_opens_the_filter_over_the_list() {
    let mut app = demo_app();
    apply(&mut app, [Action::Open]);
    assert!(app.zoom, "the detail fills the tab");
    for c in ['/', 'a', 'n'] {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let action = lookup(&app.scopes(), key)
            .or_else(|| app.takes_text().then_some(Action::Input(key)))
            .expect("the key does something");
        apply(&mut app, [action]);
    }
    assert!(!app.zoom && app.people.filtering, "the filter is open");
    assert_eq!(app.people.filter.value(), "an");
    assert!(app.form.is_none() && !app.people.show_archived);
}
