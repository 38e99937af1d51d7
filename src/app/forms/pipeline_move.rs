//! A step-1 move of one partner, from the stakeholders list: the next stage, the day it
//! happened (not only today) and who introduced them.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::pipeline::{self, MoveRefused, Stage};
use crate::domain::stakeholder::Stakeholder;
use crate::domain::{Id, parse};
use crate::i18n::t;

use super::err;

fields! {
    /// The fields of the pipeline-move form.
    pub enum MoveField {
        Stage: "stage" => "field-stage",
        Date: "date" => "field-date",
        IntroducedBy: "referred_by" => "field-referred_by",
    }
}
use MoveField as F;

/// The kind in the draft's place.
pub const KIND: &str = "pipeline_move";

/// A move of the partner of this id.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveForm(pub Id);

impl Purpose for MoveForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        let s = crate::domain::dataset::by_id(&app.data.stakeholders, self.0)?;
        moved(form, s, app).map(|s| vec![Change::Put(AnyRecord::Stakeholder(s))])
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

/// The stages the pipeline allows next for `s`.
fn next(s: &Stakeholder) -> Vec<Stage> {
    pipeline::next_stages(pipeline::current(&s.pipeline))
}

pub fn form(s: &Stakeholder) -> Form {
    let labels = next(s).iter().map(|st| t(st.key()).to_owned()).collect();
    let fields = vec![
        Field::choice(F::Stage, labels, 0),
        Field::today(F::Date),
        Field::person(F::IntroducedBy, s.referred_by),
    ];
    let title = crate::i18n::tf(
        "form-pipeline_move",
        &[("name", &crate::domain::sanitize::line(&s.name))],
    );
    Form::new(MoveForm(s.id), title, fields)
}

fn moved(form: &mut Form, s: &Stakeholder, app: &App) -> Option<Stakeholder> {
    let by = form.field(F::IntroducedBy)?.person;
    if by == Some(s.id) {
        err(form, F::IntroducedBy, "invalid-self_referral");
    }
    let Ok(on) = parse::date(&form.value(F::Date), app.today) else {
        err(form, F::Date, "invalid-date");
        return None;
    };
    let stage = *next(s).get(form.field(F::Stage)?.choice)?;
    let moves = pipeline::move_to(&s.pipeline, stage, on, app.today);
    match moves {
        Err(MoveRefused::NotNext { .. }) => err(form, F::Stage, "invalid-stage_move"),
        Err(MoveRefused::BeforeLast { .. }) => err(form, F::Date, "invalid-stage_before_last"),
        Err(MoveRefused::InFuture) => err(form, F::Date, "invalid-date_future"),
        Ok(_) => {}
    }
    if form.has_errors() {
        return None;
    }
    Some(Stakeholder {
        pipeline: moves.ok()?,
        referred_by: by,
        ..s.clone()
    })
}
