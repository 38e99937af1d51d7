//! The form closing a case: the reason and an onward referral.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::case::{Case, CaseStatus, Closure, ClosureReason, StatusChange};
use crate::domain::{Id, validate};

use super::check;

fields! {
    /// The fields of the form closing a case.
    pub enum CloseCaseField {
        Reason: "closure_reason" => "field-closure_reason",
        Explanation: "explanation" => "field-explanation",
        OnwardReferral: "onward_referral" => "field-onward_referral",
    }
}
use CloseCaseField as F;

/// The kind in the draft's place.
pub const KIND: &str = "closecase";

/// Why a case is closed, with the label of each.
const CLOSURE_REASONS: [(ClosureReason, &str); 5] = [
    (ClosureReason::Resolved, "closure-resolved"),
    (ClosureReason::SignpostedElsewhere, "closure-signposted"),
    (ClosureReason::MovedAway, "closure-moved_away"),
    (ClosureReason::HandedOver, "closure-handed_over"),
    (ClosureReason::Other, "closure-other"),
];

/// Closing the case of this id.
#[derive(Debug, Clone, PartialEq)]
pub struct CloseCaseForm(pub Id);

impl Purpose for CloseCaseForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        close_case(form, self.0, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0)]))
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    Some(form(crate::domain::dataset::by_id(&app.data.cases, id)?))
}

pub fn form(c: &Case) -> Form {
    let fields = vec![
        Field::choice_of(
            F::Reason,
            &CLOSURE_REASONS,
            if c.status == CaseStatus::Triage { 1 } else { 0 },
        ),
        Field::multi(F::Explanation, ""),
        Field::text(F::OnwardReferral, ""),
    ];
    Form::new(
        CloseCaseForm(c.id),
        crate::i18n::tf("form-close_case", &[("case", &c.reference)]),
        fields,
    )
}

fn close_case(form: &mut Form, id: Id, app: &App) -> Option<Change> {
    let reason = form.chosen(F::Reason, &CLOSURE_REASONS)?;
    let explanation = form.field(F::Explanation)?.text.value();
    if reason == ClosureReason::Other {
        check(form, F::Explanation, validate::required(&explanation));
    }
    if form.has_errors() {
        return None;
    }
    let mut c = crate::domain::dataset::by_id(&app.data.cases, id)?.clone();
    c.history.push(StatusChange {
        at: app.now,
        by: app.user.clone(),
        from: Some(c.status),
        to: CaseStatus::Closed,
    });
    c.status = CaseStatus::Closed;
    c.closure = Some(Closure {
        reason,
        explanation: explanation.trim().to_owned(),
        onward_referral: form.value(F::OnwardReferral),
    });
    Some(Change::Put(AnyRecord::Case(c)))
}
