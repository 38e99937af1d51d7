//! The round-table forms: a new session, a case (new or edited), closing a case, a
//! topic for the open meeting's agenda.

use crate::app::model::field_name::FieldName;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::Meta;
use crate::domain::agenda;
use crate::domain::case::{Case, CaseRef, CaseStatus, Closure, ClosureReason, StatusChange};
use crate::domain::parse;
use crate::domain::session::{AgendaItem, Session, SessionStatus};
use crate::domain::validate;
use crate::i18n::t;

use super::{check, err};

/// Why a case is closed, with the label of each.
const CLOSURE_REASONS: [(ClosureReason, &str); 5] = [
    (ClosureReason::Resolved, "closure-resolved"),
    (ClosureReason::SignpostedElsewhere, "closure-signposted"),
    (ClosureReason::MovedAway, "closure-moved_away"),
    (ClosureReason::HandedOver, "closure-handed_over"),
    (ClosureReason::Other, "closure-other"),
];

pub fn session_form(app: &App) -> Form {
    let mut networks = vec![t("form-none").to_owned()];
    networks.extend(
        app.data
            .networks
            .iter()
            .filter(|n| !n.archived)
            .map(|n| n.name.clone()),
    );
    // Next month's round table at the last one's table (domain::schedule).
    let plan = crate::domain::schedule::next_plan(&app.data.sessions, app.today);
    let date = plan
        .date
        .map_or_else(|| "+7d".to_owned(), |d| d.to_string());
    let time = plan
        .time
        .map_or_else(|| "14:00".to_owned(), |t| t.format("%H:%M").to_string());
    let fields = vec![
        Field::date(FieldName::Date, &date),
        Field::text(FieldName::Time, &time),
        Field::text(FieldName::Title, t("form-default_session_title")),
        Field::text(FieldName::Place, plan.place.as_deref().unwrap_or("")),
        Field::person(FieldName::Chair, plan.chair),
        Field::people(FieldName::Invitees, plan.invitees),
        Field::choice(FieldName::InviteNetwork, networks, 0),
        Field::flag(FieldName::ProposeAgenda, true),
    ];
    Form::new(Purpose::Session, t("form-new_session").to_owned(), fields)
}

pub(super) fn session(form: &mut Form, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(FieldName::Date), app.today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid-date");
    }
    let time_text = form.value(FieldName::Time);
    let time = if time_text.is_empty() {
        Ok(None)
    } else {
        chrono::NaiveTime::parse_from_str(&time_text, "%H:%M").map(Some)
    };
    if time.is_err() {
        err(form, FieldName::Time, "invalid-time");
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
        place: Some(form.value(FieldName::Place).trim().to_owned()).filter(|p| !p.is_empty()),
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
        Some(c) => tf_case("form-edit_case", c.reference),
        None => t("form-new_case").to_owned(),
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

pub(super) fn case(form: &mut Form, original: Option<Case>, app: &App) -> Option<Change> {
    let reference = form.value(FieldName::Reference).parse::<CaseRef>();
    match &reference {
        Err(_) => err(form, FieldName::Reference, "invalid-case_ref"),
        Ok(r) => {
            let taken = app
                .data
                .cases
                .iter()
                .any(|c| c.reference == *r && Some(c.id) != original.as_ref().map(|o| o.id));
            if taken {
                err(form, FieldName::Reference, "invalid-case_ref_taken");
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
        err(form, FieldName::Review, "invalid-date");
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
        tf_case("form-close_case", c.reference),
        fields,
    )
}

pub(super) fn close_case(form: &mut Form, id: crate::domain::Id, app: &App) -> Option<Change> {
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
        t("form-new_topic").to_owned(),
        vec![Field::text(FieldName::Topic, "")],
    )
}
