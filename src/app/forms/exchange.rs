//! The form of an exchange-of-experience meeting of a mini-network.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::network::{ExchangeMeeting, MiniNetwork};
use crate::domain::{Id, parse, validate};
use crate::i18n::tf;

use super::{check, err};

fields! {
    /// The fields of the exchange form.
    pub enum ExchangeField {
        Date: "date" => "field-date",
        Topic: "topic" => "field-topic",
        Place: "place" => "field-place",
        Host: "host" => "field-host",
        Attendees: "attendees" => "field-exchange_people",
        Notes: "notes" => "field-notes",
        Lessons: "lessons" => "field-lesson",
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
    Some(form(crate::domain::dataset::by_id(&app.data.networks, id)?))
}

pub fn form(network: &MiniNetwork) -> Form {
    let attendees = network.members.iter().map(|m| m.stakeholder).collect();
    let fields = vec![
        Field::today(F::Date),
        Field::text(F::Topic, ""),
        Field::text(F::Place, ""),
        Field::person(F::Host, network.lead),
        Field::people(F::Attendees, attendees),
        Field::multi(F::Notes, ""),
        Field::multi(F::Lessons, ""),
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
    let people = form.field(F::Attendees)?.people.clone();
    let mut e = ExchangeMeeting::planned(network, date.ok()?, topic);
    e.place = form.value(F::Place).trim().to_owned();
    e.host = form.field(F::Host)?.person;
    let notes = form.field(F::Notes)?.text.value();
    let lessons = form.field(F::Lessons)?.text.value().trim().to_owned();
    // A meeting still to come is planned, with those picked invited; one whose day has
    // come is held, with those picked as who came, its notes and lessons.
    if e.hold(people.clone(), notes.clone(), lessons.clone(), app.today)
        .is_err()
    {
        e.invited = people;
        e.notes = notes;
        e.lessons = lessons;
    }
    Some(Change::Put(AnyRecord::Exchange(e)))
}
