//! What each form is for: which fields it has, and how valid fields become records.

use chrono::NaiveDate;

use crate::domain::Meta;
use crate::domain::agenda;
use crate::domain::case::{Case, CaseRef, CaseStatus, Closure, ClosureReason, StatusChange};
use crate::domain::parse;
use crate::domain::session::{AgendaItem, Session, SessionStatus};
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactPurpose, Formality, Sector, Stakeholder, Tier,
};
use crate::domain::validate;
use crate::i18n::t;

pub mod draft;
pub mod follow_up;
pub mod networks;
pub mod sharing;

pub use crate::app::model::purpose::Purpose;

use crate::app::model::form::{Field, Form};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;

pub const SECTOR_OTHER: usize = Sector::STANDARD.len();

fn sector_options() -> Vec<String> {
    let mut v: Vec<String> = Sector::STANDARD
        .iter()
        .map(|s| t(s.key()).to_owned())
        .collect();
    v.push(t("sector.other").to_owned());
    v
}

fn labels(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(k).to_owned()).collect()
}

pub fn stakeholder_form(original: Option<&Stakeholder>) -> Form {
    let s = original;
    let (sector, other) = match s.map(|s| &s.sector) {
        Some(Sector::Other(text)) => (SECTOR_OTHER, text.clone()),
        Some(sec) => (
            Sector::STANDARD.iter().position(|x| x == sec).unwrap_or(0),
            String::new(),
        ),
        None => (0, String::new()),
    };
    let fields = vec![
        Field::text("field.name", s.map_or("", |s| &s.name)),
        Field::text("field.organisation", s.map_or("", |s| &s.organisation)),
        Field::text("field.role", s.map_or("", |s| &s.role)),
        Field::choice("field.sector", sector_options(), sector),
        Field::text("field.sector_other", &other),
        Field::choice(
            "field.formality",
            labels(&["formality.formal", "formality.informal"]),
            usize::from(s.is_some_and(|s| s.formality == Formality::Informal)),
        ),
        Field::choice(
            "field.tier",
            labels(&["tier.practitioner", "tier.policy"]),
            usize::from(s.is_some_and(|s| s.tier == Tier::Policy)),
        ),
        Field::text(
            "field.communities",
            &s.map(|s| s.communities.join(", ")).unwrap_or_default(),
        ),
        Field::flag("field.key_figure", s.is_some_and(|s| s.key_figure)),
        Field::text("field.phone", s.map_or("", |s| &s.contact.phone)),
        Field::text("field.email", s.map_or("", |s| &s.contact.email)),
        Field::person("field.referred_by", s.and_then(|s| s.referred_by)),
        Field::days("field.cadence", s.map_or(Some(60), |s| s.cadence_days)),
        Field::multi("field.notes", s.map_or("", |s| &s.notes)),
    ];
    let title = match s {
        Some(s) => crate::i18n::tf(
            "form.edit_stakeholder",
            &[("name", &crate::domain::sanitize::line(&s.name))],
        ),
        None => t("form.new_stakeholder").to_owned(),
    };
    Form::new(
        Purpose::Stakeholder(s.cloned().map(Box::new)),
        title,
        fields,
    )
}

pub fn contact_form(stakeholder: &Stakeholder) -> Form {
    let fields = vec![
        Field::date("field.date", "today"),
        Field::choice(
            "field.channel",
            labels(&[
                "channel.meeting",
                "channel.phone",
                "channel.email",
                "channel.visit",
                "channel.event",
                "channel.other",
            ]),
            0,
        ),
        Field::choice(
            "field.purpose_contact",
            labels(&["purpose.maintenance", "purpose.problem"]),
            0,
        ),
        Field::multi("field.summary", ""),
    ];
    let title = crate::i18n::tf(
        "form.log_contact",
        &[("name", &crate::domain::sanitize::line(&stakeholder.name))],
    );
    Form::new(Purpose::Contact(stakeholder.id), title, fields)
}

/// Checks every field, records the messages in the form, and returns the changes to
/// write when everything is valid.
pub fn validate(form: &mut Form, app: &App) -> Option<Vec<Change>> {
    for f in &mut form.fields {
        f.error = None;
    }
    let today = app.today;
    let result = match form.purpose.clone() {
        Purpose::Stakeholder(original) => stakeholder(form, original.map(|b| *b)),
        Purpose::Contact(id) => contact(form, id, today),
        Purpose::Session => session(form, app),
        Purpose::Case(original) => case(form, original.map(|b| *b), app),
        Purpose::CloseCase(id) => close_case(form, id, app),
        Purpose::Network(original) => networks::network(form, original.map(|b| *b)),
        Purpose::Member {
            network,
            stakeholder,
        } => networks::member(form, network, stakeholder, app),
        Purpose::Problem { network, original } => {
            networks::problem(form, network, original.map(|b| *b))
        }
        Purpose::Exchange(network) => networks::exchange(form, network, app),
        Purpose::Training => networks::training(form, app),
        Purpose::Agreement => crate::app::forms::sharing::agreement(form, app),
        Purpose::Rule => crate::app::forms::sharing::rule(form),
        // The file is read off the input path; its preview comes back as an action.
        Purpose::Import => {
            let file = form.value("field.file");
            check(form, "field.file", validate::required(&file));
            None
        }
        // Written by `follow_up::submit`, with its audit entry.
        Purpose::FollowUp(..) => None,
        // Agenda changes go through the meeting's own serialised session saves.
        Purpose::Topic => {
            let topic = form.value("field.topic");
            check(form, "field.topic", validate::required(&topic));
            None
        }
    };
    result.map(|c| vec![c])
}

pub(super) fn err(form: &mut Form, label: &str, key: &str) {
    let i = form.index(label);
    if form.fields[i].error.is_none() {
        form.fields[i].error = Some(key.to_owned());
    }
}

pub(super) fn check(form: &mut Form, label: &str, r: Result<(), &'static str>) {
    if let Err(k) = r {
        err(form, label, k);
    }
}

fn stakeholder(form: &mut Form, original: Option<Stakeholder>) -> Option<Change> {
    let name = form.value("field.name");
    check(form, "field.name", validate::required(&name));
    let email = form.value("field.email");
    check(form, "field.email", validate::email(&email));
    let phone = form.value("field.phone");
    check(form, "field.phone", validate::phone(&phone));
    let cadence = validate::days(&form.value("field.cadence"));
    if let Err(k) = cadence {
        err(form, "field.cadence", k);
    }
    let sector_i = form.field("field.sector").choice;
    let other = form.value("field.sector_other");
    let sector = if sector_i >= SECTOR_OTHER {
        Sector::Other(other)
    } else {
        Sector::STANDARD[sector_i].clone()
    };
    let referred_by = form.field("field.referred_by").person;
    if let (Some(r), Some(o)) = (referred_by, &original)
        && r == o.id
    {
        err(form, "field.referred_by", "invalid.self_referral");
    }
    if form.has_errors() {
        return None;
    }
    let communities = form
        .value("field.communities")
        .split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let base = original.unwrap_or_else(Stakeholder::blank);
    let s = Stakeholder {
        name,
        organisation: form.value("field.organisation"),
        role: form.value("field.role"),
        sector,
        formality: if form.field("field.formality").choice == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        },
        tier: if form.field("field.tier").choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        communities,
        key_figure: form.field("field.key_figure").flag,
        contact: ContactDetails {
            phone,
            email,
            address: base.contact.address.clone(),
        },
        referred_by,
        cadence_days: cadence.ok().flatten(),
        notes: form.field("field.notes").text.value(),
        ..base
    };
    Some(Change::Put(AnyRecord::Stakeholder(s)))
}

fn contact(form: &mut Form, stakeholder: crate::domain::Id, today: NaiveDate) -> Option<Change> {
    let date = parse::date(&form.value("field.date"), today);
    if date.is_err() {
        err(form, "field.date", "invalid.date");
    }
    let summary = form.field("field.summary").text.value();
    check(form, "field.summary", validate::required(&summary));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let channel = [
        Channel::Meeting,
        Channel::Phone,
        Channel::Email,
        Channel::Visit,
        Channel::Event,
        Channel::Other,
    ][form.field("field.channel").choice.min(5)];
    let purpose = if form.field("field.purpose_contact").choice == 1 {
        ContactPurpose::Problem
    } else {
        ContactPurpose::Maintenance
    };
    Some(Change::Put(AnyRecord::Contact(ContactEntry {
        id: 0,
        meta: Meta::default(),
        stakeholder,
        date,
        channel,
        purpose,
        summary: summary.trim().to_owned(),
    })))
}

pub fn session_form(app: &App) -> Form {
    let mut networks = vec![t("form.none").to_owned()];
    networks.extend(
        app.data
            .networks
            .iter()
            .filter(|n| !n.archived)
            .map(|n| n.name.clone()),
    );
    let chair = app
        .data
        .sessions
        .iter()
        .max_by_key(|s| s.date)
        .and_then(|s| s.chair);
    let fields = vec![
        Field::date("field.date", "+7d"),
        Field::text("field.time", "14:00"),
        Field::text("field.title", t("form.default_session_title")),
        Field::person("field.chair", chair),
        Field::people("field.invitees", Vec::new()),
        Field::choice("field.invite_network", networks, 0),
        Field::flag("field.propose_agenda", true),
    ];
    Form::new(Purpose::Session, t("form.new_session").to_owned(), fields)
}

fn session(form: &mut Form, app: &App) -> Option<Change> {
    let date = parse::date(&form.value("field.date"), app.today);
    if date.is_err() {
        err(form, "field.date", "invalid.date");
    }
    let time_text = form.value("field.time");
    let time = if time_text.is_empty() {
        Ok(None)
    } else {
        chrono::NaiveTime::parse_from_str(&time_text, "%H:%M").map(Some)
    };
    if time.is_err() {
        err(form, "field.time", "invalid.time");
    }
    let title = form.value("field.title");
    check(form, "field.title", validate::required(&title));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let mut invitees = form.field("field.invitees").people.clone();
    let net = form.field("field.invite_network").choice;
    if net > 0
        && let Some(n) = app
            .data
            .networks
            .iter()
            .filter(|n| !n.archived)
            .nth(net - 1)
    {
        for id in crate::domain::indicators::combined_members(&app.data, n.id) {
            if !invitees.contains(&id) {
                invitees.push(id);
            }
        }
    }
    let chair = form.field("field.chair").person;
    if let Some(c) = chair
        && !invitees.contains(&c)
    {
        invitees.insert(0, c);
    }
    let agenda = if form.field("field.propose_agenda").flag {
        agenda::propose(&app.data, date)
            .into_iter()
            .enumerate()
            .map(|(i, subject)| AgendaItem {
                item: i as u32 + 1,
                subject,
                elapsed_secs: 0,
            })
            .collect()
    } else {
        Vec::new()
    };
    Some(Change::Put(AnyRecord::Session(Session {
        id: 0,
        meta: Meta::default(),
        date,
        time: time.ok().flatten(),
        title,
        chair,
        invitees,
        attendance: Vec::new(),
        agenda,
        status: SessionStatus::Planned,
        feedback_consensus: false,
    })))
}

pub fn case_form(app: &App, original: Option<&Case>) -> Form {
    use chrono::Datelike;
    let reference = match original {
        Some(c) => c.reference,
        None => agenda::next_case_ref(&app.data, app.today.year() as u16),
    };
    let fields = vec![
        Field::text("field.reference", &reference.to_string()),
        Field::multi("field.case_summary", original.map_or("", |c| &c.summary)),
        Field::person("field.referred_by", original.and_then(|c| c.referred_by)),
        Field::person("field.lead", original.and_then(|c| c.lead)),
        Field::date(
            "field.review",
            &original
                .and_then(|c| c.review_date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
    ];
    let title = match original {
        Some(c) => tf_case("form.edit_case", c.reference),
        None => t("form.new_case").to_owned(),
    };
    Form::new(
        Purpose::Case(original.cloned().map(Box::new)),
        title,
        fields,
    )
}

fn tf_case(key: &str, r: CaseRef) -> String {
    crate::i18n::tf(key, &[("case", &r)])
}

fn case(form: &mut Form, original: Option<Case>, app: &App) -> Option<Change> {
    let reference = form.value("field.reference").parse::<CaseRef>();
    match &reference {
        Err(_) => err(form, "field.reference", "invalid.case_ref"),
        Ok(r) => {
            let taken = app
                .data
                .cases
                .iter()
                .any(|c| c.reference == *r && Some(c.id) != original.as_ref().map(|o| o.id));
            if taken {
                err(form, "field.reference", "invalid.case_ref_taken");
            }
        }
    }
    let summary = form.field("field.case_summary").text.value();
    check(form, "field.case_summary", validate::required(&summary));
    let review_text = form.value("field.review");
    let review = if review_text.is_empty() {
        Ok(None)
    } else {
        parse::date(&review_text, app.today).map(Some)
    };
    if review.is_err() {
        err(form, "field.review", "invalid.date");
    }
    if form.has_errors() {
        return None;
    }
    let referred_by = form.field("field.referred_by").person;
    let lead = form.field("field.lead").person;
    let c = match original {
        Some(o) => Case {
            reference: reference.ok()?,
            summary: summary.trim().to_owned(),
            referred_by,
            lead,
            review_date: review.ok()?,
            ..o
        },
        None => Case {
            id: 0,
            meta: Meta::default(),
            reference: reference.ok()?,
            status: CaseStatus::Signalled,
            referred_by,
            lead,
            review_date: review.ok()?,
            summary: summary.trim().to_owned(),
            closure: None,
            history: vec![StatusChange {
                at: app.now,
                by: app.user.clone(),
                from: None,
                to: CaseStatus::Signalled,
            }],
        },
    };
    Some(Change::Put(AnyRecord::Case(c)))
}

pub fn close_case_form(c: &Case) -> Form {
    let fields = vec![
        Field::choice(
            "field.closure_reason",
            labels(&[
                "closure.resolved",
                "closure.signposted",
                "closure.moved_away",
                "closure.handed_over",
                "closure.other",
            ]),
            if c.status == CaseStatus::Triage { 1 } else { 0 },
        ),
        Field::multi("field.explanation", ""),
        Field::text("field.onward_referral", ""),
    ];
    Form::new(
        Purpose::CloseCase(c.id),
        tf_case("form.close_case", c.reference),
        fields,
    )
}

fn close_case(form: &mut Form, id: crate::domain::Id, app: &App) -> Option<Change> {
    let reason = [
        ClosureReason::Resolved,
        ClosureReason::SignpostedElsewhere,
        ClosureReason::MovedAway,
        ClosureReason::HandedOver,
        ClosureReason::Other,
    ][form.field("field.closure_reason").choice.min(4)];
    let explanation = form.field("field.explanation").text.value();
    if reason == ClosureReason::Other {
        check(form, "field.explanation", validate::required(&explanation));
    }
    if form.has_errors() {
        return None;
    }
    let mut c = app.data.cases.iter().find(|c| c.id == id)?.clone();
    c.history.push(StatusChange {
        at: app.now,
        by: app.user.clone(),
        from: Some(c.status),
        to: CaseStatus::Closed,
    });
    c.status = CaseStatus::Closed;
    c.closure = Some(Closure {
        reason,
        explanation: explanation.trim().to_owned(),
        onward_referral: form.value("field.onward_referral"),
    });
    Some(Change::Put(AnyRecord::Case(c)))
}

pub fn topic_form() -> Form {
    Form::new(
        Purpose::Topic,
        t("form.new_topic").to_owned(),
        vec![Field::text("field.topic", "")],
    )
}

pub fn import_form() -> Form {
    let fields = vec![
        Field::text("field.file", ""),
        Field::choice(
            "field.on_duplicate",
            labels(&["import.skip", "import.merge"]),
            0,
        ),
        Field::flag("field.skip_invalid", false),
        Field::text("field.only_category", ""),
    ];
    Form::new(Purpose::Import, t("form.import").to_owned(), fields)
}
