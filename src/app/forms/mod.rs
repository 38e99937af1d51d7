//! What each form is for: which fields it has, and how valid fields become records.

use crate::app::model::field_name::FieldName;
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

/// How a contact took place, with the label of each.
const CHANNELS: [(Channel, &str); 6] = [
    (Channel::Meeting, "channel.meeting"),
    (Channel::Phone, "channel.phone"),
    (Channel::Email, "channel.email"),
    (Channel::Visit, "channel.visit"),
    (Channel::Event, "channel.event"),
    (Channel::Other, "channel.other"),
];

/// Why a case is closed, with the label of each.
const CLOSURE_REASONS: [(ClosureReason, &str); 5] = [
    (ClosureReason::Resolved, "closure.resolved"),
    (ClosureReason::SignpostedElsewhere, "closure.signposted"),
    (ClosureReason::MovedAway, "closure.moved_away"),
    (ClosureReason::HandedOver, "closure.handed_over"),
    (ClosureReason::Other, "closure.other"),
];

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
        Field::text(FieldName::Name, s.map_or("", |s| &s.name)),
        Field::text(FieldName::Organisation, s.map_or("", |s| &s.organisation)),
        Field::text(FieldName::Role, s.map_or("", |s| &s.role)),
        Field::choice(FieldName::Sector, sector_options(), sector),
        Field::text(FieldName::SectorOther, &other),
        Field::choice(
            FieldName::Formality,
            labels(&["formality.formal", "formality.informal"]),
            usize::from(s.is_some_and(|s| s.formality == Formality::Informal)),
        ),
        Field::choice(
            FieldName::Tier,
            labels(&["tier.practitioner", "tier.policy"]),
            usize::from(s.is_some_and(|s| s.tier == Tier::Policy)),
        ),
        Field::text(
            FieldName::Communities,
            &s.map(|s| s.communities.join(", ")).unwrap_or_default(),
        ),
        Field::flag(FieldName::KeyFigure, s.is_some_and(|s| s.key_figure)),
        Field::text(FieldName::Phone, s.map_or("", |s| &s.contact.phone)),
        Field::text(FieldName::Email, s.map_or("", |s| &s.contact.email)),
        Field::person(FieldName::ReferredBy, s.and_then(|s| s.referred_by)),
        Field::days(FieldName::Cadence, s.map_or(Some(60), |s| s.cadence_days)),
        Field::multi(FieldName::Notes, s.map_or("", |s| &s.notes)),
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
        Field::date(FieldName::Date, "today"),
        Field::choice_of(FieldName::Channel, &CHANNELS, 0),
        Field::choice(
            FieldName::PurposeContact,
            labels(&["purpose.maintenance", "purpose.problem"]),
            0,
        ),
        Field::multi(FieldName::Summary, ""),
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
            let file = form.value(FieldName::File);
            check(form, FieldName::File, validate::required(&file));
            None
        }
        // Written by `follow_up::submit`, with its audit entry.
        Purpose::FollowUp(..) => None,
        // Agenda changes go through the meeting's own serialised session saves.
        Purpose::Topic => {
            let topic = form.value(FieldName::Topic);
            check(form, FieldName::Topic, validate::required(&topic));
            None
        }
    };
    result.map(|c| vec![c])
}

pub(super) fn err(form: &mut Form, name: FieldName, key: &str) {
    if let Some(f) = form.fields.iter_mut().find(|f| f.name == name)
        && f.error.is_none()
    {
        f.error = Some(key.to_owned());
    }
}

pub(super) fn check(form: &mut Form, name: FieldName, r: Result<(), &'static str>) {
    if let Err(k) = r {
        err(form, name, k);
    }
}

fn stakeholder(form: &mut Form, original: Option<Stakeholder>) -> Option<Change> {
    let name = form.value(FieldName::Name);
    check(form, FieldName::Name, validate::required(&name));
    let email = form.value(FieldName::Email);
    check(form, FieldName::Email, validate::email(&email));
    let phone = form.value(FieldName::Phone);
    check(form, FieldName::Phone, validate::phone(&phone));
    let cadence = validate::days(&form.value(FieldName::Cadence));
    if let Err(k) = cadence {
        err(form, FieldName::Cadence, k);
    }
    let sector_i = form.field(FieldName::Sector)?.choice;
    let other = form.value(FieldName::SectorOther);
    let sector = if sector_i >= SECTOR_OTHER {
        Sector::Other(other)
    } else {
        Sector::STANDARD[sector_i].clone()
    };
    let referred_by = form.field(FieldName::ReferredBy)?.person;
    if let (Some(r), Some(o)) = (referred_by, &original)
        && r == o.id
    {
        err(form, FieldName::ReferredBy, "invalid.self_referral");
    }
    if form.has_errors() {
        return None;
    }
    let communities = form
        .value(FieldName::Communities)
        .split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let base = original.unwrap_or_else(Stakeholder::blank);
    let s = Stakeholder {
        name,
        organisation: form.value(FieldName::Organisation),
        role: form.value(FieldName::Role),
        sector,
        formality: if form.field(FieldName::Formality)?.choice == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        },
        tier: if form.field(FieldName::Tier)?.choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        communities,
        key_figure: form.field(FieldName::KeyFigure)?.flag,
        contact: ContactDetails {
            phone,
            email,
            address: base.contact.address.clone(),
        },
        referred_by,
        cadence_days: cadence.ok().flatten(),
        notes: form.field(FieldName::Notes)?.text.value(),
        ..base
    };
    Some(Change::Put(AnyRecord::Stakeholder(s)))
}

fn contact(form: &mut Form, stakeholder: crate::domain::Id, today: NaiveDate) -> Option<Change> {
    let date = parse::date(&form.value(FieldName::Date), today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid.date");
    }
    let summary = form.field(FieldName::Summary)?.text.value();
    check(form, FieldName::Summary, validate::required(&summary));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let channel = form.chosen(FieldName::Channel, &CHANNELS)?;
    let purpose = if form.field(FieldName::PurposeContact)?.choice == 1 {
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
        Field::date(FieldName::Date, "+7d"),
        Field::text(FieldName::Time, "14:00"),
        Field::text(FieldName::Title, t("form.default_session_title")),
        Field::person(FieldName::Chair, chair),
        Field::people(FieldName::Invitees, Vec::new()),
        Field::choice(FieldName::InviteNetwork, networks, 0),
        Field::flag(FieldName::ProposeAgenda, true),
    ];
    Form::new(Purpose::Session, t("form.new_session").to_owned(), fields)
}

fn session(form: &mut Form, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(FieldName::Date), app.today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid.date");
    }
    let time_text = form.value(FieldName::Time);
    let time = if time_text.is_empty() {
        Ok(None)
    } else {
        chrono::NaiveTime::parse_from_str(&time_text, "%H:%M").map(Some)
    };
    if time.is_err() {
        err(form, FieldName::Time, "invalid.time");
    }
    let title = form.value(FieldName::Title);
    check(form, FieldName::Title, validate::required(&title));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let mut invitees = form.field(FieldName::Invitees)?.people.clone();
    let net = form.field(FieldName::InviteNetwork)?.choice;
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
    let chair = form.field(FieldName::Chair)?.person;
    if let Some(c) = chair
        && !invitees.contains(&c)
    {
        invitees.insert(0, c);
    }
    let agenda = if form.field(FieldName::ProposeAgenda)?.flag {
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
        Field::text(FieldName::Reference, &reference.to_string()),
        Field::multi(FieldName::CaseSummary, original.map_or("", |c| &c.summary)),
        Field::person(FieldName::ReferredBy, original.and_then(|c| c.referred_by)),
        Field::person(FieldName::Lead, original.and_then(|c| c.lead)),
        Field::date(
            FieldName::Review,
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
    let reference = form.value(FieldName::Reference).parse::<CaseRef>();
    match &reference {
        Err(_) => err(form, FieldName::Reference, "invalid.case_ref"),
        Ok(r) => {
            let taken = app
                .data
                .cases
                .iter()
                .any(|c| c.reference == *r && Some(c.id) != original.as_ref().map(|o| o.id));
            if taken {
                err(form, FieldName::Reference, "invalid.case_ref_taken");
            }
        }
    }
    let summary = form.field(FieldName::CaseSummary)?.text.value();
    check(form, FieldName::CaseSummary, validate::required(&summary));
    let review_text = form.value(FieldName::Review);
    let review = if review_text.is_empty() {
        Ok(None)
    } else {
        parse::date(&review_text, app.today).map(Some)
    };
    if review.is_err() {
        err(form, FieldName::Review, "invalid.date");
    }
    if form.has_errors() {
        return None;
    }
    let referred_by = form.field(FieldName::ReferredBy)?.person;
    let lead = form.field(FieldName::Lead)?.person;
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
        Field::choice_of(
            FieldName::ClosureReason,
            &CLOSURE_REASONS,
            if c.status == CaseStatus::Triage { 1 } else { 0 },
        ),
        Field::multi(FieldName::Explanation, ""),
        Field::text(FieldName::OnwardReferral, ""),
    ];
    Form::new(
        Purpose::CloseCase(c.id),
        tf_case("form.close_case", c.reference),
        fields,
    )
}

fn close_case(form: &mut Form, id: crate::domain::Id, app: &App) -> Option<Change> {
    let reason = form.chosen(FieldName::ClosureReason, &CLOSURE_REASONS)?;
    let explanation = form.field(FieldName::Explanation)?.text.value();
    if reason == ClosureReason::Other {
        check(
            form,
            FieldName::Explanation,
            validate::required(&explanation),
        );
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
        onward_referral: form.value(FieldName::OnwardReferral),
    });
    Some(Change::Put(AnyRecord::Case(c)))
}

pub fn topic_form() -> Form {
    Form::new(
        Purpose::Topic,
        t("form.new_topic").to_owned(),
        vec![Field::text(FieldName::Topic, "")],
    )
}

pub fn import_form() -> Form {
    let fields = vec![
        Field::text(FieldName::File, ""),
        Field::choice(
            FieldName::OnDuplicate,
            labels(&["import.skip", "import.merge"]),
            0,
        ),
        Field::flag(FieldName::SkipInvalid, false),
        Field::text(FieldName::OnlyCategory, ""),
    ];
    Form::new(Purpose::Import, t("form.import").to_owned(), fields)
}
