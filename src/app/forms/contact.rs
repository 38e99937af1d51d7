//! The form of a contact logged with a stakeholder.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::stakeholder::{Channel, ContactEntry, ContactPurpose, Stakeholder};
use crate::domain::{Id, Meta, parse, validate};

use super::{check, err, labels};

fields! {
    /// The fields of the contact form.
    pub enum ContactField {
        Date: "date" => "field-date",
        Channel: "channel" => "field-channel",
        Purpose: "purpose_contact" => "field-purpose_contact",
        Summary: "summary" => "field-summary",
    }
}
use ContactField as F;

/// The kind in the draft's place.
pub const KIND: &str = "contact";

/// How a contact took place, with the label of each.
const CHANNELS: [(Channel, &str); 6] = [
    (Channel::Meeting, "channel-meeting"),
    (Channel::Phone, "channel-phone"),
    (Channel::Email, "channel-email"),
    (Channel::Visit, "channel-visit"),
    (Channel::Event, "channel-event"),
    (Channel::Other, "channel-other"),
];

/// A contact with the stakeholder of this id.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactForm(pub Id);

impl Purpose for ContactForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        contact(form, self.0, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0)]))
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(crate::domain::dataset::by_id(
        &app.data.stakeholders,
        id,
    )?))
}

pub fn form(stakeholder: &Stakeholder) -> Form {
    let fields = vec![
        Field::today(F::Date),
        Field::choice_of(F::Channel, &CHANNELS, 0),
        Field::choice(
            F::Purpose,
            labels(&["purpose-maintenance", "purpose-problem"]),
            0,
        ),
        Field::multi(F::Summary, ""),
    ];
    let title = crate::i18n::tf(
        "form-log_contact",
        &[("name", &crate::domain::sanitize::line(&stakeholder.name))],
    );
    Form::new(ContactForm(stakeholder.id), title, fields)
}

fn contact(form: &mut Form, stakeholder: Id, app: &App) -> Option<Change> {
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    let summary = form.field(F::Summary)?.text.value();
    check(form, F::Summary, validate::required(&summary));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let channel = form.chosen(F::Channel, &CHANNELS)?;
    let purpose = if form.field(F::Purpose)?.choice == 1 {
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
