//! An empty list says why: nothing recorded yet, or a filter that matches nothing.

use roundtable::app::{Action, Tab};

mod support;
use roundtable::app::model::stakeholder_list::Quick;
use support::app::{apply, demo_app, screen, toggle_quick, type_text};

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
    // Each quick filter alone, until one leaves the list empty, if any does.
    for quick in Quick::CHOICES {
        toggle_quick(&mut app, quick.clone());
        if app.view().rows.is_empty() {
            let s = screen(&app, 80, 24);
            assert!(!s.contains("No stakeholders yet"), "{s}");
            assert!(s.contains("quick filter"), "{s}");
            return;
        }
        toggle_quick(&mut app, quick);
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
    apply(&mut app, [Action::EndFilter]);
    toggle_quick(&mut app, Quick::Overdue);
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

/// "/police" also finds people whose fields hold its letters only loosely (a pastor, a
/// hip-hop artist): their detail names the fields that hold those letters instead of
/// leaving the match a mystery.
#[test]
fn a_loose_match_names_the_fields_that_hold_its_letters() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "police");
    apply(&mut app, [Action::EndFilter]);
    let rows = app.view().rows.clone();
    let loose = rows.iter().position(|&i| {
        let s = &app.data.stakeholders[i];
        let all = format!("{} {} {}", s.name, s.organisation, s.communities.join(" "));
        !all.to_lowercase().contains("police")
    });
    let loose = loose.expect("the demo has a loose match for “police”");
    for _ in 0..loose {
        apply(&mut app, [Action::Down]);
    }
    // The detail follows the selection once it rests (two ticks).
    apply(&mut app, [Action::Tick, Action::Tick]);
    let s = screen(&app, 160, 48);
    let line = s
        .lines()
        .find(|l| l.contains("“police”"))
        .unwrap_or_default();
    assert!(!line.contains("a loose match"), "{s}");
    assert!(line.contains("letters in"), "{s}");
    let named = ["Name", "Organisation", "Sector", "Reaches"];
    assert!(named.iter().any(|f| line.contains(f)), "{line}");
}

/// Two quick filters that together leave nobody: the list names both (either alone may
/// well list people).
#[test]
fn two_quick_filters_that_leave_nobody_name_both() {
    let mut app = demo_app();
    let pairs = Quick::CHOICES.iter().enumerate().flat_map(|(i, a)| {
        Quick::CHOICES[i + 1..]
            .iter()
            .map(move |b| (a.clone(), b.clone()))
    });
    for (a, b) in pairs {
        toggle_quick(&mut app, a.clone());
        toggle_quick(&mut app, b.clone());
        if app.people.quick.on().len() == 2 && app.view().rows.is_empty() {
            let s = screen(&app, 80, 24);
            let why = s.lines().find(|l| l.contains(" + ")).unwrap_or_default();
            assert!(why.contains(roundtable::i18n::t(a.key())), "{s}");
            assert!(why.contains(roundtable::i18n::t(b.key())), "{s}");
            return;
        }
        apply(&mut app, [Action::Back]);
    }
    panic!("no two quick filters leave nobody in the demo");
}
