//! The stakeholders tab on actions: forms, validation, archive and delete, filters.

use roundtable::app::forms::contact::ContactForm;
use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, Effect, Ticket};
use roundtable::domain::stakeholder::{ContactPurpose, Sector};

mod support;
use support::app::{apply, demo_app, run_effects, screen, toggle_quick, type_text};

fn select(app: &mut roundtable::app::App, name: &str) {
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.stakeholders[i].name == name)
        .unwrap();
    app.view_mut().selected = pos;
}

#[test]
fn new_stakeholder_form_validates_then_saves() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    let form = app.form.as_ref().unwrap();
    assert_eq!(
        form.fields[form.focus].name,
        roundtable::app::forms::stakeholder::StakeholderField::Name,
        "name first and focused"
    );

    // Nothing valid yet: saving shows the message and writes nothing.
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty());
    let f = app.form.as_ref().unwrap();
    assert_eq!(
        f.field(roundtable::app::forms::stakeholder::StakeholderField::Name)
            .unwrap()
            .error
            .as_deref(),
        Some("invalid-required")
    );
    assert!(screen(&app, 80, 24).contains("required"));

    type_text(&mut app, "Jan Jansen");
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::stakeholder::StakeholderField::Email)
        .unwrap();
    type_text(&mut app, "jan@");
    assert!(
        screen(&app, 80, 24).contains("not an e-mail address"),
        "format errors show at once"
    );
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty());
    type_text(&mut app, "nour.be");

    // Sector from the fuzzy picker.
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::stakeholder::StakeholderField::Sector)
        .unwrap();
    apply(&mut app, [Action::OpenPicker]);
    assert!(app.picker.is_some());
    type_text(&mut app, "relig");
    apply(&mut app, [Action::Accept]);
    // Referred by, from the people picker.
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::stakeholder::StakeholderField::ReferredBy)
        .unwrap();
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "imam benali");
    apply(&mut app, [Action::Accept]);

    apply(&mut app, [Action::Submit]);
    let [Effect::Apply(changes, Ticket::Form)] = app.effects.as_slice() else {
        panic!("expected one save, got {:?}", app.effects)
    };
    let [
        Change::Put(AnyRecord::Stakeholder(s)),
        Change::SetDraft { .. },
    ] = changes.as_slice()
    else {
        panic!("{changes:?}")
    };
    assert_eq!(s.name, "Jan Jansen");
    assert_eq!(s.contact.email, "jan@nour.be");
    assert_eq!(s.sector, Sector::Religious);
    assert_eq!(s.referred_by, Some(14));
    assert_eq!(s.id, 0, "a new record");
    assert!(
        app.form.as_ref().unwrap().saving,
        "shown as saving until the store confirms"
    );
    assert!(app.has_unsaved());

    apply(&mut app, [Action::Saved(Ticket::Form, vec![99])]);
    assert!(app.form.is_none());
    assert_eq!(
        app.select_after_load,
        Some((roundtable::app::Tab::Stakeholders, 99))
    );
}

#[test]
fn a_refused_save_keeps_the_form_and_says_why() {
    let mut app = demo_app();
    select(&mut app, "Ahmed Tahiri");
    // End first: the typing adds to the name rather than replacing it.
    apply(
        &mut app,
        [
            Action::Edit,
            Action::Input(crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::End,
                crossterm::event::KeyModifiers::NONE,
            )),
        ],
    );
    type_text(&mut app, " Jr");
    apply(&mut app, [Action::Submit]);
    apply(
        &mut app,
        [Action::SaveFailed(
            Ticket::Form,
            "not saved: changed by bob at 2026-11-29 10:00".into(),
        )],
    );
    let f = app.form.as_ref().unwrap();
    assert_eq!(
        f.value(roundtable::app::forms::stakeholder::StakeholderField::Name),
        "Ahmed Tahiri Jr",
        "the typed text is kept"
    );
    assert!(!f.saving);
    assert!(screen(&app, 80, 24).contains("changed by bob"));
}

#[test]
fn esc_on_a_changed_form_asks_first() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    type_text(&mut app, "x");
    apply(&mut app, [Action::Back]);
    assert!(app.form.is_some() && app.confirm.is_some());
    apply(&mut app, [Action::Back]);
    assert!(
        app.form.is_some() && app.confirm.is_none(),
        "no keeps the form"
    );
    apply(&mut app, [Action::Back, Action::Yes]);
    assert!(app.form.is_none());
    // An untouched form closes at once.
    apply(&mut app, [Action::New, Action::Back]);
    assert!(app.form.is_none() && app.confirm.is_none());
}

#[test]
fn q_in_a_form_is_text_not_quit() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    use roundtable::app::Scope;
    assert_eq!(
        app.scopes(),
        vec![Scope::Form, Scope::FormLine, Scope::FormFields]
    );
    let q = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('q'),
        crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(roundtable::app::lookup(&app.scopes(), q), None);
}

#[test]
fn referenced_people_are_archived_unreferenced_deleted_after_asking() {
    let mut app = demo_app();
    select(&mut app, "Ahmed Tahiri");
    apply(&mut app, [Action::Delete]);
    let [Effect::Apply(changes, Ticket::Quick(..))] = app.effects.as_slice() else {
        panic!("{:?}", app.effects)
    };
    let [Change::Put(AnyRecord::Stakeholder(s))] = changes.as_slice() else {
        panic!()
    };
    assert!(s.archived && s.name == "Ahmed Tahiri");
    app.effects.clear();

    // Geert (44) is referred to only by his network membership: remove that first.
    let mut data = (*app.data).clone();
    for n in &mut data.networks {
        n.members.retain(|m| m.stakeholder != 44);
    }
    apply(&mut app, [Action::Loaded(std::sync::Arc::new(data), 5)]);
    select(&mut app, "Geert Verbeke");
    apply(&mut app, [Action::Delete]);
    assert!(app.effects.is_empty(), "asks first");
    assert!(app.confirm.is_some());
    apply(&mut app, [Action::Yes]);
    let [Effect::Apply(changes, _)] = app.effects.as_slice() else {
        panic!()
    };
    assert!(matches!(
        changes.as_slice(),
        [Change::DeleteStakeholder(44, 1)]
    ));
}

#[test]
fn archive_and_restore_through_a_real_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = roundtable::store::Store::open(&dir.path().join("t.redb"), true).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = roundtable::app::App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    run_effects(&mut app, &store);
    let before = app.view().rows.len();
    select(&mut app, "Ahmed Tahiri");
    apply(&mut app, [Action::Delete]);
    run_effects(&mut app, &store);
    assert_eq!(app.view().rows.len(), before - 1, "hidden from the list");
    assert!(app.status.as_ref().unwrap().text.contains("archived"));
    apply(&mut app, [Action::ToggleArchived]);
    select(&mut app, "Ahmed Tahiri");
    apply(&mut app, [Action::Restore, Action::ToggleArchived]);
    run_effects(&mut app, &store);
    assert_eq!(app.view().rows.len(), before);
}

#[test]
fn filter_as_you_type_and_quick_filters() {
    let mut app = demo_app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "mosque");
    let first = app.view().selected_row().unwrap();
    assert!(
        app.data.stakeholders[first].organisation.contains("Mosque"),
        "best match selected"
    );
    assert!(app.view().rows.len() < 5);
    apply(&mut app, [Action::EndFilter]);
    assert!(
        !app.people.filtering && !app.people.filter.is_empty(),
        "filter kept"
    );
    apply(&mut app, [Action::Back]);
    assert_eq!(app.view().rows.len(), 44, "Esc clears it");

    use roundtable::app::model::stakeholder_list::Quick;
    toggle_quick(&mut app, Quick::Overdue);
    assert_eq!(app.people.quick.on(), [Quick::Overdue]);
    for &i in &app.view().rows {
        assert!(app.facts[i].cadence.unwrap().is_overdue());
    }
    assert!(!app.view().rows.is_empty());
    toggle_quick(&mut app, Quick::Overdue);
    toggle_quick(&mut app, Quick::KeyFigures);
    assert!(
        app.view()
            .rows
            .iter()
            .all(|&i| app.data.stakeholders[i].key_figure)
    );
}

#[test]
fn sort_by_last_contact_puts_the_longest_silence_first() {
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::CycleSort, Action::CycleSort, Action::CycleSort],
    );
    assert_eq!(
        app.people.sort,
        roundtable::app::model::stakeholder_list::SortKey::LastContact
    );
    let lasts: Vec<_> = app
        .view()
        .rows
        .iter()
        .map(|&i| app.facts[i].contacts.last)
        .collect();
    assert!(lasts.windows(2).all(|w| w[0] <= w[1]), "{lasts:?}");
}

#[test]
fn logging_a_contact() {
    let mut app = demo_app();
    select(&mut app, "Dirk Van Acker");
    apply(&mut app, [Action::LogContact]);
    assert_eq!(
        app.form.as_ref().unwrap().purpose.get::<ContactForm>(),
        Some(&ContactForm(18))
    );
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::contact::ContactField::Summary)
        .unwrap();
    type_text(&mut app, "Coffee at the club, no problem to discuss.");
    apply(&mut app, [Action::Submit]);
    let [Effect::Apply(changes, _)] = app.effects.as_slice() else {
        panic!()
    };
    let [Change::Put(AnyRecord::Contact(c)), Change::SetDraft { .. }] = changes.as_slice() else {
        panic!()
    };
    assert_eq!(
        (c.stakeholder, c.date, c.purpose),
        (18, support::today(), ContactPurpose::Maintenance)
    );
}

#[test]
fn the_detail_shows_the_practice_indicators() {
    let mut app = demo_app();
    select(&mut app, "Dirk Van Acker");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 80, 24);
    assert!(s.contains("Only ever contacted about problems"), "{s}");
    assert!(
        s.contains("Referred by: Samira El Idrissi ← Anke Verhulst"),
        "{s}"
    );
    assert!(
        s.contains("Sports clubs against polarisation (lead)"),
        "{s}"
    );
    apply(&mut app, [Action::Back]);
    assert!(!app.zoom);
    select(&mut app, "Sara Lemmens");
    apply(&mut app, [Action::Open]);
    // The job coach was asked to help (given an action): that is no taking.
    assert!(!screen(&app, 160, 48).contains("takes but never gives"));
}

#[test]
fn a_kept_form_comes_back_and_a_save_on_a_stale_revision_is_refused() {
    use roundtable::app::forms::draft as form_draft;
    let dir = tempfile::tempdir().unwrap();
    let store =
        roundtable::store::Store::open_as(&dir.path().join("t.redb"), true, "tester".into())
            .unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = roundtable::app::App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    app.user = "tester".into();
    run_effects(&mut app, &store);
    select(&mut app, "Ahmed Tahiri");
    apply(&mut app, [Action::Edit]);
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::stakeholder::StakeholderField::Role)
        .unwrap();
    apply(
        &mut app,
        [Action::Input(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::End,
            crossterm::event::KeyModifiers::NONE,
        ))],
    );
    type_text(&mut app, " and community broker");
    let form = app.form.as_ref().unwrap();
    let place = form_draft::place(&*form.purpose).unwrap();
    assert_eq!(place, "form:stakeholder:21");
    // What the hang-up path writes.
    store
        .save_draft(&place, &form_draft::snapshot(form))
        .unwrap();
    // Meanwhile a colleague edits Ahmed.
    store
        .write(|tx| {
            let mut s: roundtable::domain::stakeholder::Stakeholder = tx.get(21)?.unwrap();
            s.notes = "colleague".into();
            tx.update(&mut s)
        })
        .unwrap();

    let mut app = roundtable::app::App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    app.user = "tester".into();
    run_effects(&mut app, &store);
    let f = app.form.as_ref().expect("the form is back");
    assert_eq!(
        f.value(roundtable::app::forms::stakeholder::StakeholderField::Role),
        "Shop owner and community broker"
    );
    assert!(screen(&app, 80, 24).contains("was restored"));
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let f = app.form.as_ref().expect("refused: the form stays");
    assert!(
        f.failure
            .as_deref()
            .unwrap_or("")
            .contains("changed by tester"),
        "{:?}",
        f.failure
    );
    assert_eq!(
        f.value(roundtable::app::forms::stakeholder::StakeholderField::Role),
        "Shop owner and community broker",
        "the text is kept"
    );

    // Given up: the kept draft goes too.
    apply(&mut app, [Action::Back, Action::Yes]);
    run_effects(&mut app, &store);
    assert!(
        !store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| d.place == place)
    );
}

/// A second person with a name someone already has is created only after a question
/// that names the existing person's organisation.
#[test]
fn a_namesake_is_created_only_after_a_warning_naming_the_other() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    type_text(&mut app, "samira el idrissi");
    apply(&mut app, [Action::NextField]);
    type_text(&mut app, "City of Marlevoorde");
    apply(&mut app, [Action::Submit]);
    let c = app.confirm.as_ref().expect("asked first");
    assert!(
        c.question.contains("Youth House 't Kruispunt"),
        "{}",
        c.question
    );
    assert!(app.effects.is_empty(), "nothing written yet");
    // No: back to the form, nothing written.
    apply(&mut app, [Action::Back]);
    assert!(app.form.is_some() && app.effects.is_empty());
    // Yes: written.
    apply(&mut app, [Action::Submit, Action::Yes]);
    assert!(
        matches!(app.effects.as_slice(), [Effect::Apply(c, Ticket::Form)]
            if matches!(&c[0], Change::Put(AnyRecord::Stakeholder(s)) if s.name == "samira el idrissi")),
        "{:?}",
        app.effects
    );
}

/// Another name goes through without a question.
#[test]
fn a_new_name_is_not_asked_about() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    type_text(&mut app, "Zakaria Benali");
    apply(&mut app, [Action::Submit]);
    assert!(app.confirm.is_none());
    assert!(matches!(app.effects.as_slice(), [Effect::Apply(..)]));
}

/// Every picker of people shows the organisation beside the name, and the id where the
/// name is shared.
#[test]
fn people_pickers_show_the_organisation() {
    let mut d = support::full_dataset();
    let mut twin = d.stakeholders.iter().find(|s| s.id == 12).unwrap().clone();
    twin.id = 999;
    twin.organisation = "City of Marlevoorde".into();
    d.stakeholders.push(twin);
    let mut app = roundtable::app::App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    app.effects.clear();
    apply(&mut app, [Action::Loaded(std::sync::Arc::new(d), 1)]);
    let org_of = |app: &roundtable::app::App, id: u64| {
        app.data
            .stakeholders
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .organisation
            .clone()
    };
    // Removing a member of a mini-network.
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Networks),
            Action::RemoveMember,
        ],
    );
    let p = app.picker.as_ref().expect("a picker");
    for i in &p.items {
        let org = org_of(&app, i.value);
        assert!(org.is_empty() || i.hint.contains(&org), "{i:?}");
    }
    app.picker = None;
    // Recipients of minutes: the namesakes are told apart.
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ExportMinutes,
        ],
    );
    let p = app.picker.as_ref().expect("a picker");
    let samiras: Vec<_> = p
        .items
        .iter()
        .filter(|i| i.label == "Samira El Idrissi")
        .collect();
    assert_eq!(samiras.len(), 2);
    for i in samiras {
        assert!(i.hint.contains(&org_of(&app, i.value)), "{i:?}");
        assert!(i.hint.contains(&format!("#{}", i.value)), "{i:?}");
    }
}

/// The hint under a form names the keys of the focused field: the keys that change a
/// choice or a flag, besides saving and cancelling.
#[test]
fn the_form_hint_names_the_keys_of_the_focused_field() {
    let mut app = demo_app();
    apply(&mut app, [Action::New]);
    let hint = |app: &roundtable::app::App| screen(app, 160, 48);
    assert!(hint(&app).contains("Ctrl-S save · Esc cancel"));
    apply(
        &mut app,
        [Action::NextField, Action::NextField, Action::NextField],
    );
    let s = hint(&app);
    assert!(s.contains("←/→ change") && s.contains("Enter list"), "{s}");
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::stakeholder::StakeholderField::KeyFigure)
        .unwrap();
    let s = hint(&app);
    assert!(
        s.contains("Space yes/no") && s.contains("Ctrl-S save"),
        "{s}"
    );
}

/// A save in flight is known by its own ticket, not by the message it will show: two
/// exports of the list on one day say the same thing, yet each answer ends its own save.
#[test]
fn each_save_in_flight_has_its_own_ticket_whatever_its_message() {
    let mut app = demo_app();
    apply(&mut app, [Action::ExportList, Action::ExportList]);
    let [first, second] = app.saving.as_slice() else {
        panic!("{:?}", app.saving)
    };
    let (first, second) = (first.clone(), second.clone());
    assert_ne!(first, second, "one message, two saves");
    apply(&mut app, [Action::Saved(second, vec![])]);
    assert_eq!(app.saving, vec![first]);
}
