//! The form of a new round-table session.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{App, Tab};
use crate::domain::session::{AgendaItem, Session, SessionStatus};
use crate::domain::{Id, Meta, agenda, parse, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the new-session form.
    pub enum SessionField {
        Date: "date" => "field-date",
        Time: "time" => "field-time",
        Title: "title" => "field-title",
        Place: "place" => "field-place",
        Chair: "chair" => "field-chair",
        Invitees: "invitees" => "field-invitees",
        InviteNetwork: "invite_network" => "field-invite_network",
        ProposeAgenda: "propose_agenda" => "field-propose_agenda",
    }
}
use SessionField as F;

/// The kind in the draft's place.
pub const KIND: &str = "session";

/// A new session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionForm;

impl Purpose for SessionForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        session(form, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[None]))
    }

    fn new_record_tab(&self) -> Option<Tab> {
        Some(Tab::Sessions)
    }
}

pub fn restore(app: &App, _ids: &[Option<Id>]) -> Option<Form> {
    Some(form(app))
}

pub fn form(app: &App) -> Form {
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
        Field::date(F::Date, &date),
        Field::text(F::Time, &time),
        Field::text(F::Title, t("form-default_session_title")),
        Field::text(F::Place, plan.place.as_deref().unwrap_or("")),
        Field::person(F::Chair, plan.chair),
        Field::people(F::Invitees, plan.invitees),
        Field::choice(F::InviteNetwork, networks, 0),
        Field::flag(F::ProposeAgenda, true),
    ];
    Form::new(SessionForm, t("form-new_session").to_owned(), fields)
}

fn session(form: &mut Form, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    let time_text = form.value(F::Time);
    let time = if time_text.is_empty() {
        Ok(None)
    } else {
        chrono::NaiveTime::parse_from_str(&time_text, "%H:%M").map(Some)
    };
    if time.is_err() {
        err(form, F::Time, "invalid-time");
    }
    let title = form.value(F::Title);
    check(form, F::Title, validate::required(&title));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let (chair, invitees) = invited(form, app)?;
    let agenda = if form.field(F::ProposeAgenda)?.flag {
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
        place: Some(form.value(F::Place).trim().to_owned()).filter(|p| !p.is_empty()),
    })))
}

/// The chair and the invitees: those picked, the members of the network invited, and
/// the chair first when not among them.
fn invited(form: &Form, app: &App) -> Option<(Option<Id>, Vec<Id>)> {
    let mut invitees = form.field(F::Invitees)?.people.clone();
    let net = form.field(F::InviteNetwork)?.choice;
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
    let chair = form.field(F::Chair)?.person;
    if let Some(c) = chair
        && !invitees.contains(&c)
    {
        invitees.insert(0, c);
    }
    Some((chair, invitees))
}
