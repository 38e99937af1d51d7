//! The answer to a routed concern: the service picked it up or not, and on which day.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::routing::{PickedUp, RoutedConcern};
use crate::domain::{Id, parse};

use super::err;

fields! {
    /// The fields of the answer form.
    pub enum AnswerField {
        Answer: "picked_up" => "field-concern_answer",
        Date: "date" => "field-date",
    }
}
use AnswerField as F;

/// The kind in the draft's place.
pub const KIND: &str = "concern_answer";

/// The answers, with the label of each.
const ANSWERS: [(PickedUp, &str); 2] = [(PickedUp::Yes, "picked-yes"), (PickedUp::No, "picked-no")];

/// The answer to the concern of this id.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerForm(pub Id);

impl Purpose for AnswerForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        let c = crate::domain::dataset::by_id(&app.data.routed_concerns, self.0)?;
        answer(form, c, app).map(|c| vec![Change::Put(AnyRecord::Concern(c))])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0)]))
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(crate::domain::dataset::by_id(
        &app.data.routed_concerns,
        id,
    )?))
}

/// Starts on the answer recorded (or "picked up"), dated today.
pub fn form(c: &RoutedConcern) -> Form {
    let now = usize::from(c.picked_up == PickedUp::No);
    let fields = vec![
        Field::choice_of(F::Answer, &ANSWERS, now),
        Field::today(F::Date),
    ];
    let what: String = c
        .what
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(40)
        .collect();
    let title = crate::i18n::tf(
        "form-concern_answer",
        &[("what", &crate::domain::sanitize::line(&what))],
    );
    Form::new(AnswerForm(c.id), title, fields)
}

fn answer(form: &mut Form, c: &RoutedConcern, app: &App) -> Option<RoutedConcern> {
    let Ok(on) = parse::date(&form.value(F::Date), app.today) else {
        err(form, F::Date, "invalid-date");
        return None;
    };
    let picked = form.chosen(F::Answer, &ANSWERS)?;
    match c.answered(picked, on, app.today) {
        Ok(answered) => Some(answered),
        Err(e) => {
            err(form, F::Date, e.key());
            None
        }
    }
}
