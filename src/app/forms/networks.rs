//! Forms of the mini-networks tab and trainings: what they hold and how they become
//! records.

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

const KINDS: [NetworkKind; 4] = [
    NetworkKind::Sector,
    NetworkKind::Area,
    NetworkKind::Theme,
    NetworkKind::Community,
];
const STATUSES: [ProblemStatus; 4] = [
    ProblemStatus::Open,
    ProblemStatus::InProgress,
    ProblemStatus::Solved,
    ProblemStatus::Dropped,
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
    let mut sectors = Field::people("field.wanted_sectors", wanted);
    sectors.kind = FieldKind::Sectors;
    let mut subs = Field::people(
        "field.sub_networks",
        n.map(|n| n.sub_networks.clone()).unwrap_or_default(),
    );
    subs.kind = FieldKind::Networks;
    let fields = vec![
        Field::text("field.name", n.map_or("", |n| &n.name)),
        Field::choice(
            "field.network_kind",
            labels(&[
                "network_kind.sector",
                "network_kind.area",
                "network_kind.theme",
                "network_kind.community",
            ]),
            n.and_then(|n| KINDS.iter().position(|k| *k == n.kind))
                .unwrap_or(0),
        ),
        Field::choice(
            "field.tier",
            labels(&["tier.practitioner", "tier.policy"]),
            usize::from(n.is_some_and(|n| n.tier == Tier::Policy)),
        ),
        Field::multi("field.shared_goal", n.map_or("", |n| &n.shared_goal)),
        Field::multi("field.vision", n.map_or("", |n| &n.vision)),
        Field::multi("field.selection", n.map_or("", |n| &n.selection_criteria)),
        Field::person("field.lead", n.and_then(|n| n.lead)),
        Field::person("field.contact_point", n.and_then(|n| n.contact_point)),
        sectors,
        subs,
    ];
    let title = match n {
        Some(n) => tf(
            "form.edit_network",
            &[("name", &crate::domain::sanitize::line(&n.name))],
        ),
        None => t("form.new_network").to_owned(),
    };
    Form::new(Purpose::Network(n.cloned().map(Box::new)), title, fields)
}

pub fn network(form: &mut Form, original: Option<MiniNetwork>) -> Option<Change> {
    let name = form.value("field.name");
    check(form, "field.name", validate::required(&name));
    if let Some(o) = &original
        && form.field("field.sub_networks").people.contains(&o.id)
    {
        err(form, "field.sub_networks", "invalid.self_network");
    }
    if form.has_errors() {
        return None;
    }
    let wanted = form
        .field("field.wanted_sectors")
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
        kind: KINDS[form.field("field.network_kind").choice.min(3)].clone(),
        tier: if form.field("field.tier").choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        shared_goal: form.field("field.shared_goal").text.value(),
        vision: form.field("field.vision").text.value(),
        selection_criteria: form.field("field.selection").text.value(),
        lead: form.field("field.lead").person,
        contact_point: form.field("field.contact_point").person,
        wanted_sectors: wanted,
        sub_networks: form.field("field.sub_networks").people.clone(),
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
        Field::text("field.member_role", existing.map_or("member", |m| &m.role)),
        Field::text("field.brings", existing.map_or("", |m| &m.brings)),
        Field::text("field.gains", existing.map_or("", |m| &m.gains)),
    ];
    let who = app.stakeholder_name(Some(stakeholder)).unwrap_or_default();
    let title = tf(
        "form.member",
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
        role: form.value("field.member_role"),
        brings: form.value("field.brings"),
        gains: form.value("field.gains"),
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
        Field::multi("field.problem", p.map_or("", |p| &p.problem)),
        Field::multi("field.solution", p.map_or("", |p| &p.solution)),
        Field::person("field.owner", p.and_then(|p| p.owner)),
        Field::choice(
            "field.problem_status",
            labels(&[
                "problem_status.open",
                "problem_status.in_progress",
                "problem_status.solved",
                "problem_status.dropped",
            ]),
            p.and_then(|p| STATUSES.iter().position(|s| *s == p.status))
                .unwrap_or(0),
        ),
        Field::multi("field.lesson", p.map_or("", |p| &p.lesson)),
    ];
    let title = if p.is_some() {
        t("form.edit_problem")
    } else {
        t("form.new_problem")
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

pub fn problem(form: &mut Form, network: Id, original: Option<ProblemEntry>) -> Option<Change> {
    let text = form.field("field.problem").text.value();
    check(form, "field.problem", validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let p = ProblemEntry {
        id: original.as_ref().map_or(0, |o| o.id),
        meta: original.map(|o| o.meta).unwrap_or_default(),
        network,
        problem: text.trim().to_owned(),
        solution: form.field("field.solution").text.value().trim().to_owned(),
        owner: form.field("field.owner").person,
        status: STATUSES[form.field("field.problem_status").choice.min(3)],
        lesson: form.field("field.lesson").text.value().trim().to_owned(),
    };
    Some(Change::Put(AnyRecord::Problem(p)))
}

pub fn exchange_form(network: &MiniNetwork) -> Form {
    let attendees = network.members.iter().map(|m| m.stakeholder).collect();
    let fields = vec![
        Field::date("field.date", "today"),
        Field::text("field.topic", ""),
        Field::multi("field.notes", ""),
        Field::people("field.attendees", attendees),
    ];
    let title = tf(
        "form.exchange",
        &[("network", &crate::domain::sanitize::line(&network.name))],
    );
    Form::new(Purpose::Exchange(network.id), title, fields)
}

pub fn exchange(form: &mut Form, network: Id, app: &App) -> Option<Change> {
    let date = parse::date(&form.value("field.date"), app.today);
    if date.is_err() {
        err(form, "field.date", "invalid.date");
    }
    let topic = form.value("field.topic");
    check(form, "field.topic", validate::required(&topic));
    if form.has_errors() {
        return None;
    }
    Some(Change::Put(AnyRecord::Exchange(ExchangeMeeting {
        id: 0,
        meta: Meta::default(),
        network,
        date: date.ok()?,
        topic,
        notes: form.field("field.notes").text.value(),
        attendees: form.field("field.attendees").people.clone(),
    })))
}

pub fn training_form() -> Form {
    let fields = vec![
        Field::text("field.title", ""),
        Field::date("field.date", "today"),
        Field::text("field.trainer", ""),
        Field::people("field.attendees", Vec::new()),
    ];
    Form::new(Purpose::Training, t("form.new_training").to_owned(), fields)
}

pub fn training(form: &mut Form, app: &App) -> Option<Change> {
    let title = form.value("field.title");
    check(form, "field.title", validate::required(&title));
    let date = parse::date(&form.value("field.date"), app.today);
    if date.is_err() {
        err(form, "field.date", "invalid.date");
    }
    if form.has_errors() {
        return None;
    }
    Some(Change::Put(AnyRecord::Training(Training {
        id: 0,
        meta: Meta::default(),
        title,
        date: date.ok()?,
        trainer: form.value("field.trainer"),
        attendees: form.field("field.attendees").people.clone(),
    })))
}
