//! The modal stack: the layer drawn on top is the one that gets the keys, and the footer
//! shows that layer's keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use roundtable::app::{Action, App, Scope, Tab};

mod support;
use support::app::{apply, demo_app, screen, type_text};

/// Presses a key the way the runtime does: through the keymap of the layers in force,
/// or as typed text.
fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    let action = roundtable::app::lookup(&app.scopes(), key)
        .or_else(|| app.takes_text().then_some(Action::Input(key)));
    if let Some(a) = action {
        apply(app, [a]);
    }
}

/// The demo app with the minutes of the first closed session previewed for someone.
fn previewing() -> App {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let closed = (app.view().rows.iter())
        .position(|&i| {
            app.data.sessions[i].status == roundtable::domain::session::SessionStatus::Closed
        })
        .unwrap();
    app.view_mut().selected = closed;
    apply(&mut app, [Action::ExportMinutes]);
    type_text(&mut app, "samira");
    apply(&mut app, [Action::Accept]);
    assert!(app.export.is_some(), "a preview is open");
    app
}

#[test]
fn help_over_a_preview_is_drawn_on_top_and_takes_the_keys() {
    let mut app = previewing();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(
        app.scopes().first(),
        Some(&Scope::Help),
        "help gets the keys"
    );
    let help = roundtable::i18n::t("help-title");
    assert!(
        screen(&app, 80, 24).contains(help),
        "help is drawn over the preview"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.scopes().first(),
        Some(&Scope::Preview),
        "Esc closes help, not the preview"
    );
    assert!(app.export.is_some());
    assert!(!screen(&app, 80, 24).contains(help));
}

#[test]
fn an_import_preview_arriving_under_open_help_stays_under_it() {
    let mut app = demo_app();
    apply(&mut app, [Action::ToggleHelp]);
    let table = roundtable::import::table::read(b"name;organisation\nAnne Peeters;CAW\n").unwrap();
    let plan = roundtable::import::plan(&table, &[], &[]);
    apply(
        &mut app,
        [Action::ImportPlanned(
            std::sync::Arc::new(plan),
            roundtable::import::OnDuplicate::Skip,
            false,
        )],
    );
    assert!(app.import.is_some());
    assert_eq!(
        app.scopes().first(),
        Some(&Scope::Help),
        "help keeps the keys"
    );
    assert!(
        screen(&app, 80, 24).contains(roundtable::i18n::t("help-title")),
        "and stays on top"
    );
}

/// F1 in a form opens help over it, listing the form's keys first ("?" types a question
/// mark there); Esc closes help and the form is as it was, its text kept.
#[test]
fn f1_in_a_form_opens_help_over_it_and_esc_returns_to_the_form() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    type_text(&mut app, "Anne?");
    let typed = app.form.as_ref().unwrap().fields[0].value();
    assert!(typed.text.ends_with("Anne?"), "{typed:?}");
    press(&mut app, KeyCode::F(1));
    assert_eq!(
        app.scopes().first(),
        Some(&Scope::Help),
        "help gets the keys"
    );
    let s = screen(&app, 80, 24);
    assert!(s.contains(roundtable::i18n::t("help-title")), "{s}");
    let save = roundtable::i18n::t("key-save");
    assert!(s.contains(&format!("C-s  {save}")), "the form's keys: {s}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.scopes().first(), Some(&Scope::Form));
    assert_eq!(app.form.as_ref().unwrap().fields[0].value(), typed);
    assert!(!screen(&app, 80, 24).contains(roundtable::i18n::t("help-title")));
}

/// Esc, "back" in help, backs out of a tab's second view (the trainings, the cases, the
/// open actions, the audit trail) to the tab's own list, once the status line is read:
/// pressed as the runtime does, in every such view.
#[test]
fn esc_backs_out_of_a_tabs_second_view() {
    let views = [
        (Tab::Networks, 't'),
        (Tab::Sessions, 'v'),
        (Tab::Sessions, 'A'),
        (Tab::Sharing, 'v'),
    ];
    for (tab, key) in views {
        let mut app = demo_app();
        apply(&mut app, [Action::GoTab(tab)]);
        press(&mut app, KeyCode::Char(key));
        assert_ne!(app.view_title_key(), tab.title_key(), "{key} opens a view");
        app.status = None;
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.view_title_key(), tab.title_key(), "{tab:?} {key}");
    }
}
