//! The mini-networks tab on actions: networks, members, problems, exchanges, the
//! community network's directory; and recording a training.

use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::network::{NetworkKind, ProblemStatus};
use roundtable::domain::stakeholder::Sector;

mod support;
use support::app::{apply, demo_app, queued_changes, render, screen, type_text};

fn select(app: &mut App, name: &str) {
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.networks[i].name == name)
        .unwrap();
    app.view_mut().selected = pos;
}

fn focus(app: &mut App, name: impl Into<roundtable::app::model::field_name::FieldKey>) {
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(name).unwrap();
}

#[test]
fn a_new_network_with_wanted_sectors_and_a_lead() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks), Action::New]);
    type_text(&mut app, "Schools against polarisation");
    focus(
        &mut app,
        roundtable::app::forms::network::NetworkField::WantedSectors,
    );
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "educ");
    apply(&mut app, [Action::Accept]);
    assert!(
        app.picker.as_ref().unwrap().multi,
        "a multi picker stays open"
    );
    apply(&mut app, [Action::Back]);
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "youth");
    apply(&mut app, [Action::Accept, Action::Back]);
    focus(
        &mut app,
        roundtable::app::forms::network::NetworkField::Lead,
    );
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "els van damme");
    apply(&mut app, [Action::Accept, Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Network(n)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(n.name, "Schools against polarisation");
    assert_eq!(n.wanted_sectors, vec![Sector::Education, Sector::YouthWork]);
    assert_eq!(n.lead, Some(7));
}

#[test]
fn members_are_added_with_their_role_and_removed() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::AddMember]);
    type_text(&mut app, "leila");
    apply(&mut app, [Action::Accept]);
    let form = app.form.as_ref().expect("asks role, brings, gains");
    assert_eq!(
        form.value(roundtable::app::forms::member::MemberField::MemberRole),
        "member"
    );
    focus(
        &mut app,
        roundtable::app::forms::member::MemberField::Brings,
    );
    type_text(&mut app, "young artists");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Network(n)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    let m = n.members.iter().find(|m| m.stakeholder == 33).unwrap();
    assert_eq!(m.brings, "young artists");
    assert_eq!(n.members.len(), 4);

    app.effects.clear();
    apply(
        &mut app,
        [
            Action::Saved(roundtable::app::Ticket::Form, vec![3]),
            Action::RemoveMember,
        ],
    );
    type_text(&mut app, "kevin");
    apply(&mut app, [Action::Accept]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Network(n))] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert!(!n.members.iter().any(|m| m.stakeholder == 20));
}

#[test]
fn problems_and_exchange_meetings_are_logged() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Youth workers' circle");
    apply(&mut app, [Action::LogProblem]);
    type_text(&mut app, "No place for girls on Wednesday afternoons");
    focus(
        &mut app,
        roundtable::app::forms::problem::ProblemField::ProblemStatus,
    );
    apply(
        &mut app,
        [Action::Input(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Right,
            crossterm::event::KeyModifiers::NONE,
        ))],
    );
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Problem(p)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!((p.network, p.status), (1, ProblemStatus::InProgress));
    app.effects.clear();
    app.form = None;

    apply(&mut app, [Action::LogExchange]);
    focus(
        &mut app,
        roundtable::app::forms::exchange::ExchangeField::Topic,
    );
    type_text(&mut app, "Online recruiters");
    focus(
        &mut app,
        roundtable::app::forms::exchange::ExchangeField::Notes,
    );
    type_text(&mut app, "Three accounts seen.");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Exchange(e)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(
        (e.network, e.topic.as_str(), e.date),
        (1, "Online recruiters", support::today())
    );
    assert_eq!(e.attendees.len(), 6, "the members are invited by default");
}

#[test]
fn the_community_network_shows_combined_membership_and_who_can_do_what() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Marlevoorde community network");
    assert_eq!(
        app.data.networks[app.view().selected_row().unwrap()].kind,
        NetworkKind::Community
    );
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Who can do what"), "{s}");
    assert!(s.contains("people across the included networks"), "{s}");
    assert!(s.contains("Religious: Imam Abdelhak Benali"), "{s}");
    insta::assert_snapshot!("community_network_160x48", render(&app, 160, 48).backend());
}

#[test]
fn the_network_detail_names_missing_sectors_members_and_problems() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Missing: Youth work, Police"), "{s}");
    assert!(
        s.contains("Kevin Goossens (member) · brings boxing club"),
        "{s}"
    );
    assert!(s.contains("[solved] Insults between supporters"), "{s}");
    assert!(s.contains("learned: Players listen to coaches"), "{s}");
}

#[test]
fn a_training_with_attendees() {
    let mut app = demo_app();
    apply(&mut app, [Action::NewTraining]);
    type_text(&mut app, "Online radicalisation signals");
    focus(
        &mut app,
        roundtable::app::forms::training::TrainingField::Attendees,
    );
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "tom wouters");
    apply(&mut app, [Action::Accept, Action::Back, Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Training(t)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!(
        (t.title.as_str(), t.attendees.as_slice()),
        ("Online radicalisation signals", &[8u64][..])
    );
}
