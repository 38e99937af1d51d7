//! The form of a training and who attended.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::stakeholder::Training;
use crate::domain::{Id, parse, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the training form.
    pub enum TrainingField {
        Title: "title" => "field-title",
        Date: "date" => "field-date",
        Trainer: "trainer" => "field-trainer",
        Network: "network" => "field-training_network",
        Attendees: "attendees" => "field-attendees",
    }
}
use TrainingField as F;

/// The kind in the draft's place.
pub const KIND: &str = "training";

/// A new training, with the networks its network field offers.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingForm(pub Vec<Option<Id>>);

impl Purpose for TrainingForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        training(form, &self.0, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[]))
    }
}

pub fn restore(app: &App, _ids: &[Option<Id>]) -> Option<Form> {
    Some(form(app))
}

pub fn form(app: &App) -> Form {
    let (network, networks) = super::network_choice(app, F::Network, None);
    let fields = vec![
        Field::text(F::Title, ""),
        Field::today(F::Date),
        Field::text(F::Trainer, ""),
        network,
        Field::people(F::Attendees, Vec::new()),
    ];
    let title = t("form-new_training").to_owned();
    Form::new(TrainingForm(networks), title, fields)
}

fn training(form: &mut Form, networks: &[Option<Id>], app: &App) -> Option<Change> {
    let title = form.value(F::Title);
    check(form, F::Title, validate::required(&title));
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    if form.has_errors() {
        return None;
    }
    let people = form.field(F::Attendees)?.people.clone();
    let mut t = Training::planned(title, date.ok()?, form.value(F::Trainer));
    t.network = networks
        .get(form.field(F::Network)?.choice)
        .copied()
        .flatten();
    // Attendance only once the day has come: before, those picked are invited.
    if t.record_attendance(people.clone(), app.today).is_err() {
        t.invited = people;
    }
    Some(Change::Put(AnyRecord::Training(t)))
}
