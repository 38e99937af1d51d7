//! The form of a new rule narrowing what the labels allow.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::sharing::{RuleKind, SharingRule};
use crate::domain::{Id, Meta, validate};
use crate::i18n::t;

use super::check;

fields! {
    /// The fields of the rule form.
    pub enum RuleField {
        RuleKind: "rule_kind" => "field-rule_kind",
        RuleText: "rule_text" => "field-rule_text",
    }
}
use RuleField as F;

/// The kind in the draft's place.
pub const KIND: &str = "rule";

/// The kinds of rule, with the label of each.
const RULE_KINDS: [(RuleKind, &str); 3] = [
    (RuleKind::CaseNeedToKnow, "rule_kind-case_need_to_know"),
    (
        RuleKind::NoCriminalInvestigationUse,
        "rule_kind-no_criminal_use",
    ),
    (RuleKind::Custom, "rule_kind-custom"),
];

/// A new rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleForm;

impl Purpose for RuleForm {
    fn validate(&self, form: &mut Form, _app: &App) -> Option<Vec<Change>> {
        rule(form).map(|c| vec![c])
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
        Field::choice_of(F::RuleKind, &RULE_KINDS, 2),
        Field::multi(F::RuleText, ""),
    ];
    Form::new(RuleForm, t("form-new_rule").to_owned(), fields)
}

fn rule(form: &mut Form) -> Option<Change> {
    let text = form.field(F::RuleText)?.text.value();
    check(form, F::RuleText, validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let kind = form.chosen(F::RuleKind, &RULE_KINDS)?;
    Some(Change::Put(AnyRecord::Rule(SharingRule {
        id: 0,
        meta: Meta::default(),
        kind,
        text: text.trim().to_owned(),
        active: true,
    })))
}
