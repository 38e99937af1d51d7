//! The mini-networks tab on actions: networks, members, problems, exchanges, the
//! community network's directory; and recording a training.

use roundtable::app::forms::exchange::ExchangeField;
use roundtable::app::forms::problem::ProblemField;
use roundtable::app::forms::training::TrainingField;
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
    // "Solution agreed" needs the solution written down and who does it.
    apply(&mut app, [Action::Submit]);
    let status = app
        .form
        .as_ref()
        .unwrap()
        .field(ProblemField::ProblemStatus)
        .unwrap();
    assert_eq!(status.error.as_deref(), Some("invalid-problem_no_solution"));
    focus(&mut app, ProblemField::Solution);
    type_text(&mut app, "Girls' afternoon in the youth house");
    focus(&mut app, ProblemField::Owner);
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "samira");
    apply(&mut app, [Action::Accept, Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Problem(p)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert_eq!((p.network, p.status), (1, ProblemStatus::SolutionAgreed));
    assert_eq!((p.opened, p.agreed), (app.today, Some(app.today)));
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
    assert_eq!(e.attendees.len(), 6, "the members come by default");
    assert!(e.held, "today's meeting is held");
    assert_eq!(e.host, Some(12), "the lead hosts by default");
    app.effects.clear();
    app.form = None;

    // A meeting next month is planned: a place, those picked are invited.
    apply(&mut app, [Action::LogExchange]);
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(ExchangeField::Date).unwrap();
    let i = f.focus;
    f.fields[i].text.set("+30d");
    focus(&mut app, ExchangeField::Topic);
    type_text(&mut app, "Girls in the youth house");
    focus(&mut app, ExchangeField::Place);
    type_text(&mut app, "Youth house De Brug");
    apply(&mut app, [Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Exchange(e)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert!(!e.held && e.attendees.is_empty());
    assert_eq!(e.invited.len(), 6);
    assert_eq!(e.place, "Youth house De Brug");
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
    // A sector network brings similar actors together: it misses no other sector.
    assert!(!s.contains("Missing"), "{s}");
    assert!(
        s.contains("Kevin Goossens (member) · brings boxing club"),
        "{s}"
    );
    assert!(s.contains("[done] Insults between supporters"), "{s}");
    assert!(s.contains("learned: Players listen to coaches"), "{s}");
}

/// An area network misses the sectors it wants that no member brings; the combined
/// network misses every standard sector that none of its networks brings.
#[test]
fn area_and_community_networks_name_who_is_missing() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Molenwijk neighbourhood network");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(
        s.contains("Missing: Religious, Youth work, Education"),
        "{s}"
    );
    apply(&mut app, [Action::Back]);
    select(&mut app, "Marlevoorde community network");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Missing: Justice, Mental health"), "{s}");
}

/// The round table's preparation: the sectors the round table wants that none of the
/// planned session's invitees brings.
#[test]
fn a_planned_session_names_who_is_missing_at_the_table() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let planned = app
        .view()
        .rows
        .iter()
        .position(|&i| {
            app.data.sessions[i].status == roundtable::domain::session::SessionStatus::Planned
        })
        .unwrap();
    app.view_mut().selected = planned;
    let s = screen(&app, 160, 48);
    assert!(s.contains("Missing at this table: Justice"), "{s}");
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

/// A training whose day is still to come is planned: those picked are invited, nobody
/// attended it yet.
#[test]
fn a_training_next_month_is_planned_with_those_picked_invited() {
    let mut app = demo_app();
    apply(&mut app, [Action::NewTraining]);
    type_text(&mut app, "Online radicalisation signals");
    focus(&mut app, TrainingField::Date);
    let f = app.form.as_mut().unwrap();
    let i = f.focus;
    f.fields[i].text.set("+30d");
    focus(&mut app, TrainingField::Attendees);
    apply(&mut app, [Action::OpenPicker]);
    type_text(&mut app, "tom wouters");
    apply(&mut app, [Action::Accept, Action::Back, Action::Submit]);
    let c = queued_changes(&app);
    let [Change::Put(AnyRecord::Training(t)), Change::SetDraft { .. }] = c.as_slice() else {
        panic!("{c:?}")
    };
    assert!(!t.held && t.attendees.is_empty());
    assert_eq!(t.invited, [8]);
}

/// A person's profile lists the trainings they attended, not those they are invited to.
#[test]
fn a_profile_shows_held_trainings_only() {
    let mut app = demo_app();
    let name = |app: &App, id: u64| {
        app.data
            .stakeholders
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .name
            .clone()
    };
    let (planned, held) = (&app.data.trainings[1], &app.data.trainings[0]);
    assert!(!planned.held && planned.invited.contains(&4));
    assert!(held.held && held.attendees.contains(&7));
    let (invited, attended) = (name(&app, 4), name(&app, 7));
    apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    for (who, shows) in [(invited, false), (attended, true)] {
        let pos = app
            .view()
            .rows
            .iter()
            .position(|&i| app.data.stakeholders[i].name == who)
            .unwrap();
        app.view_mut().selected = pos;
        apply(&mut app, [Action::Open]);
        let s = screen(&app, 160, 48);
        assert!(!s.contains("Shared professional secrecy"), "{s}");
        assert_eq!(s.contains("Recognising signs"), shows, "{s}");
        apply(&mut app, [Action::Back]);
    }
}

/// A network's work in its detail: problems with state, owner and days; exchange meetings
/// planned and held; the community network lists the trainings planned and held.
#[test]
fn the_network_detail_lists_problems_exchanges_and_trainings() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(
        s.contains("[planned] Keeping angry supporters in the club"),
        "{s}"
    );
    assert!(s.contains("2 invited"), "{s}");
    assert!(s.contains("closed 20"), "{s}");
    insta::assert_snapshot!("network_work_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("network_work_160x48", render(&app, 160, 48).backend());
    apply(&mut app, [Action::Back]);
    select(&mut app, "Youth workers' circle");
    apply(&mut app, [Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("[held] Online polarisation"), "{s}");
    assert!(s.contains("4 came"), "{s}");
    apply(&mut app, [Action::Back]);
    select(&mut app, "Marlevoorde community network");
    apply(&mut app, [Action::Open]);
    app.detail_scroll.go_to(10);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Trainings"), "{s}");
    assert!(
        s.contains("[planned] Shared professional secrecy in practice"),
        "{s}"
    );
    assert!(s.contains("4 invited"), "{s}");
    assert!(s.contains("8 attended:"), "{s}");
}

/// The exchange form plans or records a meeting: date, topic, place, host, who is
/// invited or came, notes and lessons.
#[test]
fn the_exchange_form_at_160x48() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Networks)]);
    select(&mut app, "Sports clubs against polarisation");
    apply(&mut app, [Action::LogExchange]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Host Dirk Van Acker"), "{s}");
    insta::assert_snapshot!("exchange_form_160x48", render(&app, 160, 48).backend());
}
