//! A form left open on a person while `roundtable erase` makes them a tombstone: its
//! save is refused (the record changed), the form is put on the record as it is now and
//! keeps the fields its user changed, and Ctrl-S again wrote those (a corrected full
//! name, a phone number, notes about them) onto the tombstone. Nothing is written onto an
//! erased person: not their record, not a contact logged with them.

use roundtable::app::model::record::{AnyRecord, Change, apply};
use roundtable::domain::erasure::erase_person;
use roundtable::store::Store;

mod support;

#[test]
fn nothing_is_written_onto_an_erased_person() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_as(&dir.path().join("town.redb"), true, "anke".into()).unwrap();
    let d = roundtable::demo::build(support::today());
    store.restore(&d, false).unwrap();
    let person = d.stakeholders.iter().find(|s| !s.erased).unwrap().clone();
    let contact = d.contacts.iter().find(|c| c.stakeholder == person.id);
    let contact = contact.expect("the demo town logs contacts").clone();
    erase_in_the_store(&store, person.id);
    let tombstone = store.load().unwrap();
    let tombstone = tombstone.stakeholders.iter().find(|s| s.id == person.id);
    // The form, put on the tombstone, with the fields its user changed.
    let mut edited = tombstone.unwrap().clone();
    edited.name = person.name.clone();
    edited.notes = "lives above the bakery".into();
    let mut logged = contact.clone();
    logged.id = 0;
    logged.summary = "called about the son".into();
    for change in [
        Change::Put(AnyRecord::Stakeholder(edited)),
        Change::Put(AnyRecord::Contact(logged)),
    ] {
        let written = store.write(|tx| apply(tx, std::slice::from_ref(&change)));
        assert!(
            written.is_err(),
            "written onto an erased person: {change:?}"
        );
    }
    let after = store.load().unwrap();
    let s = after
        .stakeholders
        .iter()
        .find(|s| s.id == person.id)
        .unwrap();
    assert!(
        s.erased && s.name != person.name && s.notes.is_empty(),
        "{s:?}"
    );
    assert!(after.contacts.iter().all(|c| c.stakeholder != person.id));
}

/// The form left open on a person erased meanwhile: once its save is refused it says the
/// record was erased and that only Esc is left; Ctrl-S does not try again, and the quiet
/// spells that follow do not write its values as a draft, again and again.
#[test]
fn a_form_on_an_erased_person_offers_only_esc_and_keeps_no_draft() {
    use roundtable::app::Action;
    use support::app::{apply, queued_changes, run_effects};
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app, _) = form_on_a_person_erased_meanwhile(&dir);
    // Refused: nothing is written onto an erased person.
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let f = app.form.as_ref().expect("the form stays open");
    let said = f.failure.clone().unwrap_or_default();
    let erased = roundtable::i18n::t("form-record_erased");
    assert!(said.contains(erased), "{said}");
    assert!(!said.contains("Ctrl-S"), "{said}");
    apply(&mut app, [Action::Submit]);
    assert!(queued_changes(&app).is_empty(), "Ctrl-S tried again");
    apply(&mut app, vec![Action::Tick; 30]);
    assert!(
        queued_changes(&app).is_empty(),
        "the draft is written again: {:?}",
        queued_changes(&app)
    );
}

/// The store says a save was refused for an erased person by the kind of its error, not
/// by its wording: the refusal is `StoreError::Erased`, and a form recognises it however
/// it is worded (here written in Dutch while the screens are in English).
#[test]
fn a_refusal_for_an_erased_person_is_known_by_its_kind_not_its_words() {
    use roundtable::app::Action;
    use roundtable::i18n::{Lang, writing_in};
    use roundtable::store::StoreError;
    use support::app::apply;
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app, person) = form_on_a_person_erased_meanwhile(&dir);
    let mut changed = person.clone();
    changed.notes = "lives above the bakery".into();
    let refused = store
        .write(|tx| {
            let put = Change::Put(AnyRecord::Stakeholder(changed.clone()));
            roundtable::app::model::record::apply(tx, &[put])
        })
        .unwrap_err();
    assert!(
        matches!(refused, StoreError::Erased { id, .. } if id == person.id),
        "{refused:?}"
    );
    apply(&mut app, [Action::Submit]);
    let effects: Vec<_> = app.effects.drain(..).collect();
    let mut answers = Vec::new();
    writing_in(Lang::Nl, || {
        for e in &effects {
            roundtable::app::run_effect_each(&store, e, &mut |a| answers.push(a));
        }
    });
    apply(&mut app, answers);
    let f = app.form.as_ref().expect("the form stays open");
    assert!(f.erased, "the refusal was not recognised: {:?}", f.failure);
}

/// The edit form open on the first person listed, with notes typed into it, and that
/// person erased meanwhile from another window (as `roundtable erase` would).
fn form_on_a_person_erased_meanwhile(
    dir: &tempfile::TempDir,
) -> (
    Store,
    roundtable::app::App,
    roundtable::domain::stakeholder::Stakeholder,
) {
    use roundtable::app::Action;
    use roundtable::app::forms::stakeholder::StakeholderField;
    let (store, mut app) = support::app::store_app(dir);
    let person = app.data.stakeholders[app.view().rows[0]].clone();
    assert!(!person.erased);
    support::app::apply(&mut app, [Action::Edit]);
    let f = app.form.as_mut().unwrap();
    let i = f.index(StakeholderField::Notes).unwrap();
    f.fields[i].text.set("lives above the bakery");
    f.dirty = true;
    erase_in_the_store(&store, person.id);
    (store, app, person)
}

/// `roundtable erase` from elsewhere: the person made a tombstone in the store.
fn erase_in_the_store(store: &Store, person: u64) {
    store
        .write(|tx| {
            let before = tx.dataset()?;
            let mut after = before.clone();
            erase_person(&mut after, person, "a former partner").unwrap();
            tx.apply(&before, &after)
        })
        .unwrap();
}
