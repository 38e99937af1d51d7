//! The form of a training and who attended.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::stakeholder::Training;
use crate::domain::{Id, Meta, parse, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the training form.
    pub enum TrainingField {
        Title: "title" => "field-title",
        Date: "date" => "field-date",
        Trainer: "trainer" => "field-trainer",
        Attendees: "attendees" => "field-attendees",
    }
}
use TrainingField as F;

/// The kind in the draft's place.
pub const KIND: &str = "training";

/// A new training.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingForm;

impl Purpose for TrainingForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        training(form, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[]))
    }
}

pub fn restore(_app: &App, _ids: &[Option<Id>]) -> Option<Form> {
    Some(form())
}

pub fn form() -> Form {
    let fields = vec![
        Field::text(F::Title, ""),
        Field::date(F::Date, "today"),
        Field::text(F::Trainer, ""),
        Field::people(F::Attendees, Vec::new()),
    ];
    Form::new(TrainingForm, t("form-new_training").to_owned(), fields)
}

fn training(form: &mut Form, app: &App) -> Option<Change> {
    let title = form.value(F::Title);
    check(form, F::Title, validate::required(&title));
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    if form.has_errors() {
        return None;
    }
    Some(Change::Put(AnyRecord::Training(Training {
        id: 0,
        meta: Meta::default(),
        title,
        date: date.ok()?,
        trainer: form.value(F::Trainer),
        attendees: form.field(F::Attendees)?.people.clone(),
    })))
}
