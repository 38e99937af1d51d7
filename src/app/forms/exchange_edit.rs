//! The form of a saved exchange meeting: a wrong date, place, host or topic corrected,
//! a planned meeting marked held with who came (on or after its date only:
//! `ExchangeMeeting::edited`) or cancelled, its notes and lessons written afterwards.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::domain::network::{ExchangeEdit, ExchangeMeeting, WorkState};
use crate::domain::{Id, parse, validate};
use crate::i18n::tf;

use super::{check, err};

fields! {
    /// The fields of the exchange edit form.
    pub enum ExchangeEditField {
        Date: "date" => "field-date",
        Topic: "topic" => "field-topic",
        Place: "place" => "field-place",
        Host: "host" => "field-host",
        State: "state" => "field-work_state",
        Invited: "invited" => "field-invitees",
        Came: "came" => "field-came",
        Notes: "notes" => "field-notes",
        Lessons: "lessons" => "field-lesson",
    }
}
use ExchangeEditField as F;

/// The kind in the draft's place.
pub const KIND: &str = "exchange_edit";

/// The meeting edited, as it was read (its revision guards against a lost update).
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeEditForm(pub Box<ExchangeMeeting>);

impl Purpose for ExchangeEditForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        let e = edited(form, &self.0, app)?;
        let audit = changed(&self.0, &e);
        Some(vec![
            Change::Put(AnyRecord::Exchange(e)),
            Change::Audit(audit),
        ])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0.id)]))
    }

    fn rev(&self) -> u64 {
        self.0.meta.rev
    }

    fn set_rev(&mut self, rev: u64) {
        self.0.meta.rev = rev;
    }
}

/// The audit entry of an edit: the meeting's id and the state it is in, no content.
pub fn changed(before: &ExchangeMeeting, after: &ExchangeMeeting) -> AuditEvent {
    let detail = super::work_state_detail(before.state(), after.state());
    AuditEvent::new(
        AuditKind::NetworkWorkChanged,
        format!("exchange:{}", before.id),
        detail,
    )
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(crate::domain::dataset::by_id(
        &app.data.exchanges,
        id,
    )?))
}

pub fn form(e: &ExchangeMeeting) -> Form {
    let fields = vec![
        Field::date(F::Date, &e.date.to_string()),
        Field::text(F::Topic, &e.topic),
        Field::text(F::Place, &e.place),
        Field::person(F::Host, e.host),
        Field::choice_of(F::State, &WorkState::ALL, e.state().index()),
        Field::people(F::Invited, e.invited.clone()),
        Field::people(F::Came, e.came().to_vec()),
        Field::multi(F::Notes, &e.notes),
        Field::multi(F::Lessons, &e.lessons),
    ];
    let title = tf(
        "form-edit_exchange",
        &[
            ("topic", &crate::domain::sanitize::line(&e.topic)),
            ("date", &e.date),
        ],
    );
    Form::new(ExchangeEditForm(Box::new(e.clone())), title, fields)
}

/// The meeting with the form's values, or `None` with each problem on its field.
fn edited(form: &mut Form, e: &ExchangeMeeting, app: &App) -> Option<ExchangeMeeting> {
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    let topic = form.value(F::Topic);
    check(form, F::Topic, validate::required(&topic));
    if form.has_errors() {
        return None;
    }
    let change = ExchangeEdit {
        date: date.ok()?,
        topic,
        place: form.value(F::Place),
        host: form.field(F::Host)?.person,
        invited: form.field(F::Invited)?.people.clone(),
        state: form.chosen(F::State, &WorkState::ALL)?,
        came: form.field(F::Came)?.people.clone(),
        notes: form.field(F::Notes)?.text.value(),
        lessons: form.value(F::Lessons),
    };
    match e.edited(change, app.today) {
        Ok(e) => Some(e),
        Err(why) => {
            err(form, F::Came, why.key());
            None
        }
    }
}
