//! Forms of the mini-networks tab and trainings: what they hold and how they become
//! records.

use crate::app::model::field_name::FieldName;
use crate::domain::network::{
    ExchangeMeeting, Member, MiniNetwork, NetworkKind, ProblemEntry, ProblemStatus,
};
use crate::domain::stakeholder::{Sector, Tier, Training};
use crate::domain::{Id, Meta, parse, validate};
use crate::i18n::{t, tf};

use crate::app::forms::{Purpose, check, err};
use crate::app::model::form::{Field, FieldKind, Form};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;

/// What a mini-network is organised around, with the label of each.
const KINDS: [(NetworkKind, &str); 5] = [
    (NetworkKind::Sector, "network_kind-sector"),
    (NetworkKind::Area, "network_kind-area"),
    (NetworkKind::Theme, "network_kind-theme"),
    (NetworkKind::Community, "network_kind-community"),
    (NetworkKind::RoundTable, "network_kind-round_table"),
];
/// Where a problem stands, with the label of each.
const STATUSES: [(ProblemStatus, &str); 4] = [
    (ProblemStatus::Open, "problem_status-open"),
    (
        ProblemStatus::SolutionAgreed,
        "problem_status-solution_agreed",
    ),
    (ProblemStatus::Done, "problem_status-done"),
    (ProblemStatus::Dropped, "problem_status-dropped"),
];

fn labels(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(k).to_owned()).collect()
}

pub fn network_form(original: Option<&MiniNetwork>) -> Form {
    let n = original;
    let wanted: Vec<Id> = n
        .map(|n| {
            n.wanted_sectors
                .iter()
                .filter_map(|s| Sector::STANDARD.iter().position(|x| x == s))
                .map(|i| i as Id)
                .collect()
        })
        .unwrap_or_default();
    let mut sectors = Field::people(FieldName::WantedSectors, wanted);
    sectors.kind = FieldKind::Sectors;
    let mut subs = Field::people(
        FieldName::SubNetworks,
        n.map(|n| n.sub_networks.clone()).unwrap_or_default(),
    );
    subs.kind = FieldKind::Networks;
    let fields = vec![
        Field::text(FieldName::Name, n.map_or("", |n| &n.name)),
        Field::choice_of(
            FieldName::NetworkKind,
            &KINDS,
            n.and_then(|n| KINDS.iter().position(|(k, _)| *k == n.kind))
                .unwrap_or(0),
        ),
        Field::choice(
            FieldName::Tier,
            labels(&["tier-practitioner", "tier-policy"]),
            usize::from(n.is_some_and(|n| n.tier == Tier::Policy)),
        ),
        Field::multi(FieldName::SharedGoal, n.map_or("", |n| &n.shared_goal)),
        Field::multi(FieldName::Vision, n.map_or("", |n| &n.vision)),
        Field::multi(
            FieldName::Selection,
            n.map_or("", |n| &n.selection_criteria),
        ),
        Field::person(FieldName::Lead, n.and_then(|n| n.lead)),
        Field::person(FieldName::ContactPoint, n.and_then(|n| n.contact_point)),
        sectors,
        subs,
    ];
    let title = match n {
        Some(n) => tf(
            "form-edit_network",
            &[("name", &crate::domain::sanitize::line(&n.name))],
        ),
        None => t("form-new_network").to_owned(),
    };
    Form::new(Purpose::Network(n.cloned().map(Box::new)), title, fields)
}

pub fn network(form: &mut Form, original: Option<MiniNetwork>) -> Option<Change> {
    let name = form.value(FieldName::Name);
    check(form, FieldName::Name, validate::required(&name));
    if let Some(o) = &original
        && form.field(FieldName::SubNetworks)?.people.contains(&o.id)
    {
        err(form, FieldName::SubNetworks, "invalid-self_network");
    }
    if form.has_errors() {
        return None;
    }
    let wanted = form
        .field(FieldName::WantedSectors)?
        .people
        .iter()
        .filter_map(|&i| Sector::STANDARD.get(i as usize).cloned())
        .collect();
    let base = original.unwrap_or(MiniNetwork {
        id: 0,
        meta: Meta::default(),
        name: String::new(),
        kind: NetworkKind::Sector,
        tier: Tier::Practitioner,
        shared_goal: String::new(),
        vision: String::new(),
        selection_criteria: String::new(),
        lead: None,
        contact_point: None,
        members: Vec::new(),
        wanted_sectors: Vec::new(),
        sub_networks: Vec::new(),
        archived: false,
    });
    let n = MiniNetwork {
        name,
        kind: form.chosen(FieldName::NetworkKind, &KINDS)?,
        tier: if form.field(FieldName::Tier)?.choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        shared_goal: form.field(FieldName::SharedGoal)?.text.value(),
        vision: form.field(FieldName::Vision)?.text.value(),
        selection_criteria: form.field(FieldName::Selection)?.text.value(),
        lead: form.field(FieldName::Lead)?.person,
        contact_point: form.field(FieldName::ContactPoint)?.person,
        wanted_sectors: wanted,
        sub_networks: form.field(FieldName::SubNetworks)?.people.clone(),
        ..base
    };
    Some(Change::Put(AnyRecord::Network(n)))
}

pub fn member_form(network: &MiniNetwork, stakeholder: Id, app: &App) -> Form {
    let existing = network
        .members
        .iter()
        .find(|m| m.stakeholder == stakeholder);
    let fields = vec![
        Field::text(
            FieldName::MemberRole,
            existing.map_or("member", |m| &m.role),
        ),
        Field::text(FieldName::Brings, existing.map_or("", |m| &m.brings)),
        Field::text(FieldName::Gains, existing.map_or("", |m| &m.gains)),
    ];
    let who = app.stakeholder_name(Some(stakeholder)).unwrap_or_default();
    let title = tf(
        "form-member",
        &[
            ("name", &crate::domain::sanitize::line(who)),
            ("network", &crate::domain::sanitize::line(&network.name)),
        ],
    );
    Form::new(
        Purpose::Member {
            network: network.id,
            stakeholder,
        },
        title,
        fields,
    )
}

pub fn member(form: &mut Form, network: Id, stakeholder: Id, app: &App) -> Option<Change> {
    let mut n = app.data.networks.iter().find(|n| n.id == network)?.clone();
    let m = Member {
        stakeholder,
        role: form.value(FieldName::MemberRole),
        brings: form.value(FieldName::Brings),
        gains: form.value(FieldName::Gains),
    };
    match n.members.iter_mut().find(|x| x.stakeholder == stakeholder) {
        Some(x) => *x = m,
        None => n.members.push(m),
    }
    Some(Change::Put(AnyRecord::Network(n)))
}

pub fn problem_form(network: Id, original: Option<&ProblemEntry>) -> Form {
    let p = original;
    let fields = vec![
        Field::multi(FieldName::Problem, p.map_or("", |p| &p.problem)),
        Field::multi(FieldName::Solution, p.map_or("", |p| &p.solution)),
        Field::person(FieldName::Owner, p.and_then(|p| p.owner)),
        Field::choice_of(
            FieldName::ProblemStatus,
            &STATUSES,
            p.and_then(|p| STATUSES.iter().position(|(s, _)| *s == p.status))
                .unwrap_or(0),
        ),
        Field::multi(FieldName::Lesson, p.map_or("", |p| &p.lesson)),
    ];
    let title = if p.is_some() {
        t("form-edit_problem")
    } else {
        t("form-new_problem")
    };
    Form::new(
        Purpose::Problem {
            network,
            original: p.cloned().map(Box::new),
        },
        title.to_owned(),
        fields,
    )
}

/// The entry with the form's texts, moved to the chosen status today
/// ([`ProblemEntry::move_to`]: its rules and dates).
pub fn problem(
    form: &mut Form,
    network: Id,
    original: Option<ProblemEntry>,
    today: chrono::NaiveDate,
) -> Option<Change> {
    let text = form.field(FieldName::Problem)?.text.value();
    check(form, FieldName::Problem, validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let text = text.trim().to_owned();
    let mut p = original.unwrap_or_else(|| ProblemEntry::open(network, text.clone(), today));
    p.problem = text;
    p.solution = form.value(FieldName::Solution).trim().to_owned();
    p.owner = form.field(FieldName::Owner)?.person;
    p.lesson = form.value(FieldName::Lesson).trim().to_owned();
    if let Err(e) = p.move_to(form.chosen(FieldName::ProblemStatus, &STATUSES)?, today) {
        err(form, FieldName::ProblemStatus, e.key());
        return None;
    }
    Some(Change::Put(AnyRecord::Problem(p)))
}

pub fn exchange_form(network: &MiniNetwork) -> Form {
    let attendees = network.members.iter().map(|m| m.stakeholder).collect();
    let fields = vec![
        Field::date(FieldName::Date, "today"),
        Field::text(FieldName::Topic, ""),
        Field::multi(FieldName::Notes, ""),
        Field::people(FieldName::Attendees, attendees),
    ];
    let title = tf(
        "form-exchange",
        &[("network", &crate::domain::sanitize::line(&network.name))],
    );
    Form::new(Purpose::Exchange(network.id), title, fields)
}

pub fn exchange(form: &mut Form, network: Id, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(FieldName::Date), app.today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid-date");
    }
    let topic = form.value(FieldName::Topic);
    check(form, FieldName::Topic, validate::required(&topic));
    if form.has_errors() {
        return None;
    }
    let people = form.field(FieldName::Attendees)?.people.clone();
    let mut e = ExchangeMeeting::planned(network, date.ok()?, topic);
    e.host = app.data.networks.iter().find(|n| n.id == network)?.lead;
    e.notes = form.field(FieldName::Notes)?.text.value();
    // A meeting still to come is planned, with those picked invited; one whose day has
    // come is held, with those picked as who came.
    if e.hold(people.clone(), e.notes.clone(), String::new(), app.today)
        .is_err()
    {
        e.invited = people;
    }
    Some(Change::Put(AnyRecord::Exchange(e)))
}

pub fn training_form() -> Form {
    let fields = vec![
        Field::text(FieldName::Title, ""),
        Field::date(FieldName::Date, "today"),
        Field::text(FieldName::Trainer, ""),
        Field::people(FieldName::Attendees, Vec::new()),
    ];
    Form::new(Purpose::Training, t("form-new_training").to_owned(), fields)
}

pub fn training(form: &mut Form, app: &App) -> Option<Change> {
    let title = form.value(FieldName::Title);
    check(form, FieldName::Title, validate::required(&title));
    let date = parse::date(&form.value(FieldName::Date), app.today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid-date");
    }
    if form.has_errors() {
        return None;
    }
    let people = form.field(FieldName::Attendees)?.people.clone();
    let mut t = Training::planned(title, date.ok()?, form.value(FieldName::Trainer));
    // Attendance only once the day has come: before, those picked are invited.
    if t.record_attendance(people.clone(), app.today).is_err() {
        t.invited = people;
    }
    Some(Change::Put(AnyRecord::Training(t)))
}
