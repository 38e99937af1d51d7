//! Tab switches the search between the meeting's session and everything: help and the
//! footer name it only where there is a session to switch to.

use roundtable::app::{Action, App, Tab};

mod support;
use support::app::{apply, demo_app, screen};

fn lists_the_scope_key(app: &mut App) -> bool {
    apply(app, [Action::ToggleHelp]);
    let listed = roundtable::ui::widgets::help::listed(app);
    apply(app, [Action::Back]);
    listed.iter().any(|b| b.action == Action::ToggleSearchScope)
}

#[test]
fn tab_in_the_search_is_named_only_in_a_meeting() {
    let tab_says = roundtable::i18n::t("key-search_scope");
    let mut app = demo_app();
    apply(&mut app, [Action::StartSearch]);
    assert!(app.search.is_some());
    assert!(!lists_the_scope_key(&mut app), "no session to switch to");
    assert!(!screen(&app, 160, 48).contains(tab_says));
    let mut app = demo_app();
    apply(&mut app, support::app::NEXT_MEETING);
    apply(&mut app, [Action::StartSearch]);
    let before = app.search.as_ref().map(|s| s.scope);
    assert!(lists_the_scope_key(&mut app));
    assert!(screen(&app, 160, 48).contains(tab_says));
    apply(&mut app, [Action::ToggleSearchScope]);
    assert_ne!(app.search.as_ref().map(|s| s.scope), before, "Tab switches");
}

/// The line under help's title at 80×24: what help is about.
fn heading(app: &App) -> String {
    let s = screen(app, 80, 24);
    let lines: Vec<&str> = s.lines().collect();
    let at = (lines.iter())
        .position(|l| l.contains(roundtable::i18n::t("help-title")))
        .expect("help is open");
    lines[at + 1].to_owned()
}

/// Help says what it was opened over: the search or the export preview, by the title
/// that screen has, not the tab under it.
#[test]
fn help_is_titled_after_the_screen_it_was_opened_over() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartSearch, Action::ToggleHelp]);
    let h = heading(&app);
    assert!(h.contains("Search everything"), "{h}");
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::ExportMinutes,
            Action::Accept,
        ],
    );
    assert!(app.export.is_some(), "the preview is open");
    apply(&mut app, [Action::ToggleHelp]);
    let h = heading(&app);
    assert!(h.contains("What would go to"), "{h}");
}

/// Help over a view of a tab (the audit trail, the cases, the open actions, the
/// trainings) is titled after that view, as its list is, in every language: not after
/// the tab ("Sharing rules" over the audit trail).
#[test]
fn help_is_titled_after_the_view_in_every_language() {
    use roundtable::i18n::{Lang, t, writing_in};
    let views = [
        (Tab::Sharing, Action::ToggleAudit, "sharing-audit"),
        (Tab::Sessions, Action::ToggleCases, "tab-cases"),
        (Tab::Sessions, Action::ToggleActions, "actions-title"),
        (Tab::Networks, Action::ToggleTrainings, "network-trainings"),
    ];
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        writing_in(lang, || {
            for (tab, view, title) in &views {
                let mut app = demo_app();
                apply(
                    &mut app,
                    [Action::GoTab(*tab), view.clone(), Action::ToggleHelp],
                );
                let heading = heading(&app);
                assert!(heading.contains(t(title)), "{lang:?} {title}: {heading}");
            }
        });
    }
}
