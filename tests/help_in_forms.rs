//! Help opened inside a form lists exactly the keys that act there: every key it names
//! does something in that form, and no key of the tab underneath is named.

use crossterm::event::{KeyEvent, KeyModifiers};
use roundtable::app::forms;
use roundtable::app::model::follow_up::Typed;
use roundtable::app::model::form::Form;
use roundtable::app::{App, Binding, Scope, bindings_for, lookup};
use roundtable::domain::routing::ConcernAbout;

mod support;
use support::app::{demo_app, render, screen};

/// One form of every kind, built on the test data.
fn every_form(app: &App) -> Vec<(&'static str, Form)> {
    let d = &app.data;
    let person = d.stakeholders.first().expect("a stakeholder");
    let case = d.cases.first().expect("a case");
    let net = d.networks.first().expect("a network");
    let note = (d.notes.iter())
        .find(|n| !n.is_retracted())
        .expect("a note");
    vec![
        ("agreement", forms::agreement::form(app)),
        ("case", forms::case::form(app, None)),
        ("close_case", forms::close_case::form(case)),
        (
            "concern",
            forms::concern::form(app, ConcernAbout::Stakeholder(person.id)),
        ),
        (
            "concern_answer",
            forms::concern_answer::form(d.routed_concerns.first().expect("a concern")),
        ),
        ("contact", forms::contact::form(person)),
        ("correction", forms::correction::form(app, note)),
        ("exchange", forms::exchange::form(net)),
        (
            "exchange_edit",
            forms::exchange_edit::form(d.exchanges.first().expect("an exchange")),
        ),
        ("follow_up_result", forms::follow_up::form(1, Typed::Result)),
        ("follow_up_due", forms::follow_up::form(1, Typed::Due)),
        ("import", forms::import::form()),
        ("member", forms::member::form(net, person.id, app)),
        ("network", forms::network::form(None)),
        ("pipeline_move", forms::pipeline_move::form(person)),
        ("problem", forms::problem::form(net.id, None)),
        ("rule", forms::rule::form()),
        ("session", forms::session::form(app)),
        (
            "session_edit",
            forms::session_edit::form(d.sessions.first().expect("a session")),
        ),
        ("stakeholder", forms::stakeholder::form(None)),
        ("stakeholder_edit", forms::stakeholder::form(Some(person))),
        ("topic", forms::topic::form()),
        ("training", forms::training::form(app)),
        (
            "training_edit",
            forms::training_edit::form(app, d.trainings.first().expect("a training")),
        ),
    ]
}

/// `form` open over the stakeholder list, and help opened in it with F1.
fn help_over(app: &mut App, form: &Form) {
    close_all(app);
    app.form = Some(form.clone());
    press_f1(app);
}

/// Help opened with F1 in the open form.
fn press_f1(app: &mut App) {
    let f1 = KeyEvent::new(crossterm::event::KeyCode::F(1), KeyModifiers::NONE);
    let action = lookup(&app.scopes(), f1).expect("F1 is bound in a form");
    roundtable::app::update(app, action);
    assert_eq!(app.scopes(), vec![Scope::Help], "help is open");
}

fn close_all(app: &mut App) {
    app.form = None;
    app.overlay = None;
    app.picker = None;
    app.confirm = None;
    app.status = None;
    app.effects.clear();
}

/// What a key could change in a form: the form, what opens over it, what goes out.
fn state(app: &App) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {} {}",
        app.form,
        app.picker.as_ref().map(|p| &p.title),
        app.confirm,
        app.overlay,
        app.status,
        app.effects.len(),
        app.should_quit
    )
}

/// Each key of `b` that reaches it in the form (as the runtime looks keys up) changes
/// something or leads to another action; at least one key does.
fn assert_acts(app: &mut App, form: &Form, name: &str, b: &Binding) {
    let mut reached = 0;
    for &(code, mods) in &b.keys {
        close_all(app);
        app.form = Some(form.clone());
        let key = KeyEvent::new(code, mods);
        if lookup(&app.scopes(), key).as_ref() != Some(&b.action) {
            continue;
        }
        reached += 1;
        let before = state(app);
        let next = roundtable::app::update(app, b.action.clone());
        assert!(
            next.is_some() || state(app) != before,
            "{name}: help lists {} ({}), but {key:?} does nothing there",
            b.label,
            b.help
        );
    }
    assert!(
        reached > 0,
        "{name}: help lists {} ({}), which no key reaches in the form",
        b.label,
        b.help
    );
}

/// Each form with each of its fields in focus.
fn every_field_of_every_form(app: &App) -> Vec<(String, Form)> {
    let mut all = Vec::new();
    for (name, form) in every_form(app) {
        for focus in 0..form.fields.len() {
            let mut at = form.clone();
            at.focus = focus;
            all.push((format!("{name} field {focus}"), at));
        }
    }
    all
}

#[test]
fn help_in_every_form_lists_only_keys_that_act_there() {
    let mut app = demo_app();
    let tab_key = bindings_for(&[Scope::Stakeholders])
        .find(|b| b.label == "f")
        .expect("the stakeholder list's f");
    for (name, form) in every_field_of_every_form(&app) {
        let name = name.as_str();
        help_over(&mut app, &form);
        let listed = roundtable::ui::widgets::help::listed(&app);
        let s = screen(&app, 80, 24);
        assert!(
            !listed.iter().any(|b| std::ptr::eq(*b, tab_key)),
            "{name}: help lists the list's f:\n{s}"
        );
        assert!(
            !s.contains(roundtable::i18n::t(tab_key.help)),
            "{name}: help shows the list's f:\n{s}"
        );
        for b in &listed {
            assert!(
                s.contains(roundtable::i18n::t(b.help)),
                "{name}: {} listed but not shown:\n{s}",
                b.help
            );
        }
        for b in listed {
            assert_acts(&mut app, &form, name, b);
        }
    }
}

/// Every form kept as a draft is among the forms above.
#[test]
fn every_drafted_form_kind_is_covered() {
    let app = demo_app();
    let covered: Vec<String> = every_form(&app)
        .iter()
        .filter_map(|(_, f)| forms::draft::place(&*f.purpose))
        .collect();
    for (kind, _) in forms::REGISTRY {
        let prefix = format!("form:{kind}:");
        assert!(
            covered
                .iter()
                .any(|p| p.starts_with(&prefix) || *p == format!("form:{kind}")),
            "no form of kind {kind} in the test"
        );
    }
}

/// Help over a form of several fields and over a one-field form, at 80×24.
#[test]
fn help_in_a_form_at_80x24() {
    let mut app = demo_app();
    for (name, form) in [
        ("stakeholder", forms::stakeholder::form(None)),
        ("topic", forms::topic::form()),
    ] {
        help_over(&mut app, &form);
        insta::assert_snapshot!(
            format!("help_in_form_{name}_80x24"),
            render(&app, 80, 24).backend()
        );
    }
}

/// In a field of several lines (a network's shared goal), Enter starts a new line, as
/// the hint under the form says, and help does not list Enter as moving on.
#[test]
fn enter_in_a_field_of_several_lines_starts_a_new_line() {
    use roundtable::app::model::form::FieldKind;
    let mut app = demo_app();
    let mut form = forms::network::form(None);
    form.focus = (form.fields.iter())
        .position(|f| f.kind == FieldKind::Multi)
        .expect("a field of several lines");
    close_all(&mut app);
    app.form = Some(form);
    support::app::type_text(&mut app, "one");
    let enter = KeyEvent::new(crossterm::event::KeyCode::Enter, KeyModifiers::NONE);
    let action = lookup(&app.scopes(), enter).unwrap_or(roundtable::app::Action::Input(enter));
    roundtable::app::update(&mut app, action);
    support::app::type_text(&mut app, "two");
    let f = app.form.as_ref().expect("the form stays open");
    assert_eq!(f.focused().value().text, "one\ntwo");
    press_f1(&mut app);
    let listed = roundtable::ui::widgets::help::listed(&app);
    assert!(
        !listed.iter().any(|b| b.label == "Enter"),
        "{:?}",
        listed.iter().map(|b| b.help).collect::<Vec<_>>()
    );
}
