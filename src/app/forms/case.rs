//! The case form: a new case, or one edited.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{App, Tab};
use crate::domain::case::{Case, CaseRef, CaseStatus, StatusChange};
use crate::domain::{Id, Meta, agenda, parse, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the case form.
    pub enum CaseField {
        Reference: "reference" => "field-reference",
        Summary: "case_summary" => "field-case_summary",
        ReferredBy: "referred_by" => "field-referred_by",
        Lead: "lead" => "field-lead",
        Review: "review" => "field-review",
    }
}
use CaseField as F;

/// The kind in the draft's place.
pub const KIND: &str = "case";

/// A new case (`None`) or one edited.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseForm(pub Option<Box<Case>>);

impl Purpose for CaseForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        case(form, self.0.as_deref().cloned(), app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[self.0.as_ref().map(|c| c.id)]))
    }

    fn rev(&self) -> u64 {
        self.0.as_ref().map_or(0, |c| c.meta.rev)
    }

    fn set_rev(&mut self, rev: u64) {
        if let Some(c) = &mut self.0 {
            c.meta.rev = rev;
        }
    }

    fn new_record_tab(&self) -> Option<Tab> {
        self.0.is_none().then_some(Tab::Sessions)
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    match super::id_at(ids, 0) {
        Some(i) => Some(form(
            app,
            Some(crate::domain::dataset::by_id(&app.data.cases, i)?),
        )),
        None => Some(form(app, None)),
    }
}

pub fn form(app: &App, original: Option<&Case>) -> Form {
    use chrono::Datelike;
    let reference = match original {
        Some(c) => c.reference,
        None => agenda::next_case_ref(&app.data, app.today.year() as u16),
    };
    let fields = vec![
        Field::text(F::Reference, &reference.to_string()),
        Field::multi(F::Summary, original.map_or("", |c| &c.summary)),
        Field::person(F::ReferredBy, original.and_then(|c| c.referred_by)),
        Field::person(F::Lead, original.and_then(|c| c.lead)),
        Field::date(
            F::Review,
            &original
                .and_then(|c| c.review_date)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
    ];
    let title = match original {
        Some(c) => crate::i18n::tf("form-edit_case", &[("case", &c.reference)]),
        None => t("form-new_case").to_owned(),
    };
    Form::new(CaseForm(original.cloned().map(Box::new)), title, fields)
}

fn case(form: &mut Form, original: Option<Case>, app: &App) -> Option<Change> {
    let reference = form.value(F::Reference).parse::<CaseRef>();
    match &reference {
        Err(_) => err(form, F::Reference, "invalid-case_ref"),
        Ok(r) => {
            let taken = app
                .data
                .cases
                .iter()
                .any(|c| c.reference == *r && Some(c.id) != original.as_ref().map(|o| o.id));
            if taken {
                err(form, F::Reference, "invalid-case_ref_taken");
            }
        }
    }
    let summary = form.field(F::Summary)?.text.value();
    check(form, F::Summary, validate::required(&summary));
    let review_text = form.value(F::Review);
    let review = if review_text.is_empty() {
        Ok(None)
    } else {
        parse::date(&review_text, app.today).map(Some)
    };
    if review.is_err() {
        err(form, F::Review, "invalid-date");
    }
    if form.has_errors() {
        return None;
    }
    let referred_by = form.field(F::ReferredBy)?.person;
    let lead = form.field(F::Lead)?.person;
    let c = match original {
        Some(o) => Case {
            reference: reference.ok()?,
            summary: summary.trim().to_owned(),
            referred_by,
            lead,
            review_date: review.ok()?,
            ..o
        },
        None => Case {
            id: 0,
            meta: Meta::default(),
            reference: reference.ok()?,
            status: CaseStatus::Signalled,
            referred_by,
            lead,
            review_date: review.ok()?,
            summary: summary.trim().to_owned(),
            closure: None,
            history: vec![StatusChange {
                at: app.now,
                by: app.user.clone(),
                from: None,
                to: CaseStatus::Signalled,
            }],
        },
    };
    Some(Change::Put(AnyRecord::Case(c)))
}
