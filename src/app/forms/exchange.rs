//! The form of an exchange-of-experience meeting of a mini-network.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::network::{ExchangeMeeting, MiniNetwork};
use crate::domain::{Id, Meta, parse, validate};
use crate::i18n::tf;

use super::{check, err};

fields! {
    /// The fields of the exchange form.
    pub enum ExchangeField {
        Date: "date" => "field-date",
        Topic: "topic" => "field-topic",
        Notes: "notes" => "field-notes",
        Attendees: "attendees" => "field-attendees",
    }
}
use ExchangeField as F;

/// The kind in the draft's place.
pub const KIND: &str = "exchange";

/// An exchange meeting of the network of this id.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeForm(pub Id);

impl Purpose for ExchangeForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        exchange(form, self.0, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0)]))
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(app.data.networks.iter().find(|n| n.id == id)?))
}

pub fn form(network: &MiniNetwork) -> Form {
    let attendees = network.members.iter().map(|m| m.stakeholder).collect();
    let fields = vec![
        Field::date(F::Date, "today"),
        Field::text(F::Topic, ""),
        Field::multi(F::Notes, ""),
        Field::people(F::Attendees, attendees),
    ];
    let title = tf(
        "form-exchange",
        &[("network", &crate::domain::sanitize::line(&network.name))],
    );
    Form::new(ExchangeForm(network.id), title, fields)
}

fn exchange(form: &mut Form, network: Id, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    let topic = form.value(F::Topic);
    check(form, F::Topic, validate::required(&topic));
    if form.has_errors() {
        return None;
    }
    Some(Change::Put(AnyRecord::Exchange(ExchangeMeeting {
        id: 0,
        meta: Meta::default(),
        network,
        date: date.ok()?,
        topic,
        notes: form.field(F::Notes)?.text.value(),
        attendees: form.field(F::Attendees)?.people.clone(),
    })))
}
