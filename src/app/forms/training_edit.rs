//! The form of a saved training: a wrong title, date, trainer or network corrected, a
//! planned training marked held with who attended (on or after its date only:
//! `Training::edited`) or cancelled.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::domain::network::WorkState;
use crate::domain::training::{Training, TrainingEdit};
use crate::domain::{Id, parse, validate};
use crate::i18n::tf;

use super::{check, err};

fields! {
    /// The fields of the training edit form.
    pub enum TrainingEditField {
        Title: "title" => "field-title",
        Date: "date" => "field-date",
        Trainer: "trainer" => "field-trainer",
        Network: "network" => "field-training_network",
        State: "state" => "field-work_state",
        Invited: "invited" => "field-invitees",
        Attended: "attended" => "field-attendees",
    }
}
use TrainingEditField as F;

/// The kind in the draft's place.
pub const KIND: &str = "training_edit";

/// The training edited, as it was read (its revision guards against a lost update), and
/// the networks its network field offers.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingEditForm(pub Box<Training>, pub Vec<Option<Id>>);

impl Purpose for TrainingEditForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        let t = edited(form, self, app)?;
        let detail = super::work_state_detail(self.0.state(), t.state());
        let audit = AuditEvent::new(
            AuditKind::NetworkWorkChanged,
            format!("training:{}", t.id),
            detail,
        );
        Some(vec![
            Change::Put(AnyRecord::Training(t)),
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

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(
        app,
        crate::domain::dataset::by_id(&app.data.trainings, id)?,
    ))
}

pub fn form(app: &App, t: &Training) -> Form {
    let attended = if t.held {
        t.attendees.clone()
    } else {
        Vec::new()
    };
    let (network, networks) = super::network_choice(app, F::Network, t.network);
    let fields = vec![
        Field::text(F::Title, &t.title),
        Field::date(F::Date, &t.date.to_string()),
        Field::text(F::Trainer, &t.trainer),
        network,
        Field::choice_of(F::State, &WorkState::ALL, t.state().index()),
        Field::people(F::Invited, t.invited.clone()),
        Field::people(F::Attended, attended),
    ];
    let title = tf(
        "form-edit_training",
        &[
            ("title", &crate::domain::sanitize::line(&t.title)),
            ("date", &t.date),
        ],
    );
    let purpose = TrainingEditForm(Box::new(t.clone()), networks);
    Form::new(purpose, title, fields)
}

/// The training with the form's values, or `None` with each problem on its field.
fn edited(form: &mut Form, purpose: &TrainingEditForm, app: &App) -> Option<Training> {
    let title = form.value(F::Title);
    check(form, F::Title, validate::required(&title));
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    if form.has_errors() {
        return None;
    }
    let network = form.field(F::Network)?.choice;
    let change = TrainingEdit {
        title,
        date: date.ok()?,
        trainer: form.value(F::Trainer),
        invited: form.field(F::Invited)?.people.clone(),
        network: purpose.1.get(network).copied().flatten(),
        state: form.chosen(F::State, &WorkState::ALL)?,
        attended: form.field(F::Attended)?.people.clone(),
    };
    match purpose.0.edited(change, app.today) {
        Ok(t) => Some(t),
        Err(why) => {
            err(form, F::Attended, why.key());
            None
        }
    }
}
