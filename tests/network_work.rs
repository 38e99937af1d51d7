//! Network work that lives on: a saved exchange meeting or training edited (a wrong day,
//! place or topic corrected, a planned one marked held with who came once its day has
//! come), a stale edit refused, and the trainings list of the networks tab.

use roundtable::app::forms::exchange_edit::ExchangeEditField;
use roundtable::app::forms::training_edit::TrainingEditField;
use roundtable::app::model::field_name::FieldKey;
use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::audit::AuditKind;
use roundtable::domain::indicators::{last_contacts, reciprocity};

mod support;
use support::app::{apply, demo_app, queued_changes, render, run_effects, screen, store_app};

fn select(app: &mut App, name: &str) {
    let pos = (app.view().rows.iter())
        .position(|&i| app.data.networks[i].name == name)
        .unwrap();
    app.view_mut().selected = pos;
}

fn set_text(app: &mut App, name: impl Into<FieldKey>, text: &str) {
    let f = app.form.as_mut().unwrap();
    let i = f.index(name).unwrap();
    f.fields[i].text.set(text);
}

fn set_people(app: &mut App, name: impl Into<FieldKey>, people: Vec<u64>) {
    let f = app.form.as_mut().unwrap();
    let i = f.index(name).unwrap();
    f.fields[i].people = people;
}

/// Moves the choice `name` `steps` options on (planned → held → cancelled).
fn move_choice(app: &mut App, name: impl Into<FieldKey>, steps: usize) {
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(name).unwrap();
    let right = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Right,
        crossterm::event::KeyModifiers::NONE,
    );
    apply(app, vec![Action::Input(right); steps]);
}

fn mark_held(app: &mut App, name: impl Into<FieldKey>) {
    move_choice(app, name, 1);
}

fn error(app: &App, name: impl Into<FieldKey>) -> Option<String> {
    app.form
        .as_ref()
        .unwrap()
        .field(name)
        .unwrap()
        .error
        .clone()
}

/// The sports network's planned meeting (day +12) edited from the networks tab.
fn editing_the_planned_exchange() -> App {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::EditExchange]);
    let picker = app.picker.as_ref().expect("asks which meeting");
    assert_eq!(picker.items.len(), 1, "{:?}", picker.items);
    apply(&mut app, [Action::Accept]);
    app
}

/// A planned meeting cannot be held before its day; moved to yesterday, it is held with
/// who came; the audit entry names its id, never its topic; and the indicators count it:
/// contact for who came, giving for its host.
#[test]
fn a_planned_exchange_is_held_once_its_day_has_come_and_feeds_the_indicators() {
    let mut app = editing_the_planned_exchange();
    let form = app.form.as_ref().expect("the edit form");
    assert_eq!(
        form.value(ExchangeEditField::Place),
        "Canteen of FC Marlevoorde"
    );
    mark_held(&mut app, ExchangeEditField::State);
    set_people(&mut app, ExchangeEditField::Came, vec![20]);
    apply(&mut app, [Action::Submit]);
    assert_eq!(
        error(&app, ExchangeEditField::Came).as_deref(),
        Some("invalid-not_yet_held")
    );
    assert!(queued_changes(&app).is_empty());

    set_text(&mut app, ExchangeEditField::Date, "-1d");
    set_text(&mut app, ExchangeEditField::Place, "Clubhouse");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [
        Change::Put(AnyRecord::Exchange(e)),
        Change::Audit(audit),
        Change::SetDraft { .. },
    ] = c.as_slice()
    else {
        panic!("{c:?}")
    };
    assert_eq!((e.id, e.held, e.came()), (2, true, &[20][..]));
    assert_eq!(
        (e.place.as_str(), e.invited.as_slice()),
        ("Clubhouse", &[18, 20][..])
    );
    assert_eq!(
        e.meta.rev, app.data.exchanges[1].meta.rev,
        "carries the rev read"
    );
    assert_eq!(audit.kind, AuditKind::NetworkWorkChanged);
    assert_eq!(
        (audit.subject.as_str(), audit.detail.as_str()),
        ("exchange:2", "held")
    );

    let mut data = (*app.data).clone();
    let before = (reciprocity(&data), last_contacts(&data));
    data.exchanges[1] = e.clone();
    let (given, contact) = (reciprocity(&data), last_contacts(&data));
    let gave = |r: &std::collections::HashMap<u64, _>| {
        r.get(&18)
            .map_or(0, |r: &roundtable::domain::indicators::Reciprocity| r.given)
    };
    assert_eq!(gave(&given), gave(&before.0) + 1, "the host gave");
    assert_eq!(
        contact.get(&20),
        Some(&(support::today() - chrono::Days::new(1)))
    );
    assert_ne!(before.1.get(&20), contact.get(&20), "who came is in touch");
}

/// Who came is never dropped unseen: a meeting that stays planned with a list of who
/// came is refused on that field.
#[test]
fn a_planned_exchange_with_people_who_came_is_refused() {
    let mut app = editing_the_planned_exchange();
    set_people(&mut app, ExchangeEditField::Came, vec![18]);
    apply(&mut app, [Action::Submit]);
    assert_eq!(
        error(&app, ExchangeEditField::Came).as_deref(),
        Some("invalid-came_while_planned")
    );
}

/// A network without any exchange meeting says so instead of an empty picker.
#[test]
fn a_network_without_exchanges_says_so() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    let n = (app.view().rows.iter().copied())
        .find(|&i| {
            !app.data
                .exchanges
                .iter()
                .any(|e| e.network == app.data.networks[i].id)
        })
        .expect("a network without meetings");
    app.view_mut().selected = app.view().rows.iter().position(|&i| i == n).unwrap();
    apply(&mut app, [Action::EditExchange]);
    assert!(app.picker.is_none() && app.form.is_none());
    assert!(screen(&app, 80, 24).contains("no exchange meeting yet"));
}

/// A second window saved the meeting meanwhile: this edit, read before, is refused and
/// its text kept; the colleague's change stays.
#[test]
fn a_stale_edit_of_an_exchange_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::EditExchange, Action::Accept]);
    set_text(&mut app, ExchangeEditField::Topic, "Angry supporters");
    store
        .write(|tx| {
            let mut e: roundtable::domain::network::ExchangeMeeting = tx.get(2)?.unwrap();
            e.place = "Town hall".into();
            tx.update(&mut e)
        })
        .unwrap();
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let f = app.form.as_ref().expect("refused: the form stays");
    assert!(f.failure.is_some(), "{:?}", f.failure);
    assert_eq!(f.value(ExchangeEditField::Topic), "Angry supporters");
    let e = store
        .load()
        .unwrap()
        .exchanges
        .into_iter()
        .find(|e| e.id == 2)
        .unwrap();
    assert_eq!(
        (e.place.as_str(), e.topic.as_str()),
        ("Town hall", "Keeping angry supporters in the club")
    );
}

/// The networks tab's trainings list: planned first, then held; a planned training is
/// held only once its day has come, edited from the list with `e`.
#[test]
fn a_training_is_edited_from_the_trainings_list() {
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::GoTab(Tab::Networks), Action::ToggleTrainings],
    );
    let titles: Vec<&str> = (app.view().rows.iter())
        .map(|&i| app.data.trainings[i].title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Shared professional secrecy in practice",
            "Recognising signs of radicalisation (first line)"
        ]
    );
    apply(&mut app, [Action::Edit]);
    mark_held(&mut app, TrainingEditField::State);
    set_people(&mut app, TrainingEditField::Attended, vec![4]);
    apply(&mut app, [Action::Submit]);
    assert_eq!(
        error(&app, TrainingEditField::Attended).as_deref(),
        Some("invalid-not_yet_held")
    );
    set_text(&mut app, TrainingEditField::Date, "today");
    set_text(&mut app, TrainingEditField::Trainer, "Peter Segers (bar)");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [
        Change::Put(AnyRecord::Training(t)),
        Change::Audit(audit),
        Change::SetDraft { .. },
    ] = c.as_slice()
    else {
        panic!("{c:?}")
    };
    assert!(t.held && t.attended_by(4) && !t.attended_by(5));
    assert_eq!(
        (t.id, t.date, t.trainer.as_str()),
        (2, support::today(), "Peter Segers (bar)")
    );
    assert_eq!(
        (audit.subject.as_str(), audit.detail.as_str()),
        ("training:2", "held")
    );
}

/// The list shows day, state, title, trainer and the counts, with its position; Enter
/// opens a training, `n` plans one, `t` goes back to the networks; with no training, it
/// says why it is empty and how to plan one.
#[test]
fn the_trainings_list_opens_plans_and_explains_when_empty() {
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::GoTab(Tab::Networks), Action::ToggleTrainings],
    );
    let s = screen(&app, 160, 48);
    assert!(s.contains("planned") && s.contains("Peter Segers"), "{s}");
    assert!(s.contains(" 1/2 "), "{s}");
    insta::assert_snapshot!("trainings_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("trainings_160x48", render(&app, 160, 48).backend());
    apply(&mut app, [Action::Bottom, Action::Open]);
    assert!(app.zoom);
    let s = screen(&app, 80, 24);
    assert!(s.contains("Attended (8):"), "{s}");
    apply(&mut app, [Action::Back, Action::New]);
    let form = app.form.as_ref().expect("n plans a training");
    assert_eq!(form.title, "New training");
    apply(&mut app, [Action::Back, Action::ToggleTrainings]);
    assert!(!app.show_trainings && screen(&app, 80, 24).contains("Mini-networks"));

    let mut data = (*app.data).clone();
    data.trainings.clear();
    apply(
        &mut app,
        [
            Action::ToggleTrainings,
            Action::Loaded(std::sync::Arc::new(data), 2),
        ],
    );
    assert!(screen(&app, 80, 24).contains("No trainings yet: n plans one."));
}

/// The edit forms at both sizes.
#[test]
fn the_edit_forms_at_80x24_and_160x48() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Networks),
            Action::ToggleTrainings,
            Action::Edit,
        ],
    );
    insta::assert_snapshot!("training_edit_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("training_edit_160x48", render(&app, 160, 48).backend());
    let app = editing_the_planned_exchange();
    insta::assert_snapshot!("exchange_edit_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("exchange_edit_160x48", render(&app, 160, 48).backend());
}

/// A planned meeting is called off: saved as cancelled (audited by id), it shows as
/// cancelled in the network's detail and counts for nobody.
#[test]
fn a_planned_exchange_is_cancelled() {
    let mut app = editing_the_planned_exchange();
    move_choice(&mut app, ExchangeEditField::State, 2);
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [
        Change::Put(AnyRecord::Exchange(e)),
        Change::Audit(audit),
        Change::SetDraft { .. },
    ] = c.as_slice()
    else {
        panic!("{c:?}")
    };
    assert_eq!(e.state(), roundtable::domain::network::WorkState::Cancelled);
    assert!(!e.held && e.came().is_empty());
    assert_eq!(
        (audit.subject.as_str(), audit.detail.as_str()),
        ("exchange:2", "cancelled")
    );
    let mut data = (*app.data).clone();
    let before = reciprocity(&data);
    data.exchanges[1] = e.clone();
    let after = reciprocity(&data);
    let gave = |r: &std::collections::HashMap<u64, roundtable::domain::indicators::Reciprocity>| {
        r.get(&18).map_or(0, |r| r.given)
    };
    assert_eq!(
        gave(&after),
        gave(&before),
        "a cancelled meeting gives nothing"
    );
    app.form = None;
    app.effects.clear();
    apply(
        &mut app,
        [Action::Loaded(std::sync::Arc::new(data), 2), Action::Open],
    );
    let s = screen(&app, 160, 48);
    assert!(
        s.contains("[cancelled] Keeping angry supporters in the club"),
        "{s}"
    );
}

/// A training names the network it is offered to: the list shows it, and the edit form
/// changes it (and cancels the training).
#[test]
fn a_training_names_its_network_and_is_cancelled() {
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::GoTab(Tab::Networks), Action::ToggleTrainings],
    );
    assert!(screen(&app, 160, 48).contains("Marlevoorde community"));
    apply(&mut app, [Action::Edit]);
    let f = app.form.as_mut().unwrap();
    let i = f.index(TrainingEditField::Network).unwrap();
    f.fields[i].choice = 0;
    move_choice(&mut app, TrainingEditField::State, 2);
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [
        Change::Put(AnyRecord::Training(t)),
        Change::Audit(audit),
        ..,
    ] = c.as_slice()
    else {
        panic!("{c:?}")
    };
    assert_eq!((t.network, t.cancelled, t.held), (None, true, false));
    assert_eq!(audit.detail, "cancelled");
}

/// The demo town shows every state of a meeting: the youth network's detail lists its
/// held and cancelled ones apart, and its picker offers both.
#[test]
fn the_demo_town_has_a_held_and_a_cancelled_meeting() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Youth workers' circle");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("[held] Online polarisation"), "{s}");
    assert!(
        s.contains("[cancelled] Girls' afternoon in the youth house"),
        "{s}"
    );
    apply(&mut app, [Action::EditExchange]);
    let hints: Vec<&str> = (app.picker.as_ref().unwrap().items.iter())
        .map(|i| i.hint.as_str())
        .collect();
    assert_eq!(hints, ["held", "cancelled"]);
}

/// A subject access request lists the network work a person took part in: exchange
/// meetings they hosted, came to or were invited to, and trainings they were invited to
/// or attended, with the state; never a planned training as attended.
#[test]
fn the_person_export_lists_the_meetings_and_trainings_they_took_part_in() {
    use roundtable::export::{Format, person};
    let d = support::full_dataset();
    let at = chrono::DateTime::UNIX_EPOCH;
    let text = |who| {
        person::render(&d, who, Format::Md, at, "tester")
            .unwrap()
            .text
    };
    // Dirk (18) hosts the planned meeting of the sports network.
    let dirk = text(18);
    assert!(
        dirk.contains("Keeping angry supporters in the club (planned; host; invited)"),
        "{dirk}"
    );
    // 13 came to the held meeting and was invited to the cancelled one; attended the
    // held training.
    let s13 = text(13);
    assert!(
        s13.contains("Online polarisation: what do we see? (held; came; invited)"),
        "{s13}"
    );
    assert!(
        s13.contains("Girls' afternoon in the youth house (cancelled; invited)"),
        "{s13}"
    );
    assert!(
        s13.contains("Recognising signs of radicalisation (first line) (held; attended; invited)"),
        "{s13}"
    );
    // 4 is only invited to the planned training.
    let s4 = text(4);
    assert!(
        s4.contains("Shared professional secrecy in practice (planned; invited)"),
        "{s4}"
    );
    assert!(!s4.contains("attended"), "{s4}");
}
