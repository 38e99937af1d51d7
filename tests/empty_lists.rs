//! An empty list says why: nothing recorded yet, or a filter that matches nothing.

use roundtable::app::{Action, Tab};

mod support;
use support::app::{apply, demo_app, screen, type_text};

#[test]
fn a_filter_that_matches_nothing_says_so() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "zzzqqq");
    apply(&mut app, [Action::EndFilter]);
    let s = screen(&app, 80, 24);
    assert!(!s.contains("No stakeholders yet"), "{s}");
    assert!(s.contains("No stakeholder matches"), "{s}");
    assert!(s.contains("zzzqqq"), "{s}");
}

#[test]
fn a_quick_filter_that_matches_nothing_says_so() {
    let mut app = demo_app();
    // Cycle the quick filters until one leaves the list empty, if any does.
    for _ in 0..12 {
        apply(&mut app, [Action::CycleQuick]);
        if app.view().rows.is_empty() {
            let s = screen(&app, 80, 24);
            assert!(!s.contains("No stakeholders yet"), "{s}");
            assert!(s.contains("quick filter"), "{s}");
            return;
        }
    }
}

#[test]
fn an_empty_database_says_nothing_yet() {
    let mut app = roundtable::app::App::new(support::today());
    apply(
        &mut app,
        [
            Action::Loaded(std::sync::Arc::new(Default::default()), 1),
            Action::GoTab(Tab::Stakeholders),
        ],
    );
    let s = screen(&app, 80, 24);
    assert!(s.contains("No stakeholders yet"), "{s}");
}

#[test]
fn an_audit_filter_that_matches_nothing_says_so() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sharing), Action::ToggleAudit]);
    for _ in 0..60 {
        apply(&mut app, [Action::CycleQuick]);
        if app.view().rows.is_empty() {
            let s = screen(&app, 80, 24);
            assert!(!s.contains("Nothing recorded yet"), "{s}");
            assert!(s.contains("Nothing of this kind"), "{s}");
            return;
        }
    }
    panic!("no audit kind is absent from the test data");
}

/// The detail of a person a typed filter found says in which field the text is.
#[test]
fn the_detail_says_which_field_matched() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "grocery");
    apply(&mut app, [Action::EndFilter]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("found in: Organisation"), "{s}");
}

/// A text filter and a quick filter that together leave nobody: the list names both,
/// not only the text (the quick filter alone may well have people in it).
#[test]
fn a_text_and_a_quick_filter_that_leave_nobody_name_both() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "police");
    apply(&mut app, [Action::EndFilter, Action::CycleQuick]);
    assert!(
        app.view().rows.is_empty(),
        "no police partner is overdue in the demo"
    );
    let s = screen(&app, 80, 24);
    let why = s
        .lines()
        .find(|l| l.contains("“police”"))
        .unwrap_or_default();
    assert!(why.contains("overdue contacts"), "{s}");
    // Esc clears both, as the message says.
    apply(&mut app, [Action::Back]);
    assert!(!app.view().rows.is_empty());
}
