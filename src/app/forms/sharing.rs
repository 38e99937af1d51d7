//! Forms of the sharing-rules tab: the agreement and the rules.

use crate::app::model::field_name::FieldName;
use crate::domain::sharing::{Pap, Retention, RuleKind, SharingAgreement, SharingRule, Tlp};
use crate::domain::{Meta, validate};
use crate::i18n::t;

use crate::app::forms::{Purpose, check, err};
use crate::app::model::form::{Field, Form};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;

pub fn agreement_form(app: &App) -> Form {
    let a = app.data.agreements.first();
    let tlps: Vec<String> = Tlp::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    let paps: Vec<String> = Pap::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    let kept = a.map_or(Retention::DEFAULT, |a| a.retention);
    let fields = vec![
        Field::multi(FieldName::Purpose, a.map_or("", |a| &a.purpose)),
        Field::multi(FieldName::LegalBasis, a.map_or("", |a| &a.legal_basis)),
        Field::choice(
            FieldName::DefaultTlp,
            tlps,
            a.and_then(|a| Tlp::ALL.iter().position(|l| *l == a.default_tlp))
                .unwrap_or(1),
        ),
        Field::choice(
            FieldName::DefaultPap,
            paps,
            a.and_then(|a| Pap::ALL.iter().position(|l| *l == a.default_pap))
                .unwrap_or(1),
        ),
        Field::days(FieldName::RetentionMonths, Some(kept.closed_case_months)),
        Field::days(FieldName::ExportDays, Some(kept.export_days)),
        Field::days(FieldName::BackupDays, Some(kept.backup_days)),
    ];
    Form::new(Purpose::Agreement, t("form-agreement").to_owned(), fields)
}

pub fn agreement(form: &mut Form, app: &App) -> Option<Change> {
    let purpose = form.field(FieldName::Purpose)?.text.value();
    check(form, FieldName::Purpose, validate::required(&purpose));
    let months = period(form, FieldName::RetentionMonths);
    let exports = period(form, FieldName::ExportDays);
    let backups = period(form, FieldName::BackupDays);
    if form.has_errors() {
        return None;
    }
    let base = app
        .data
        .agreements
        .first()
        .cloned()
        .unwrap_or(SharingAgreement {
            id: 0,
            meta: Meta::default(),
            purpose: String::new(),
            legal_basis: String::new(),
            default_tlp: Tlp::AmberStrict,
            default_pap: Pap::Amber,
            retention: Retention::DEFAULT,
        });
    Some(Change::Put(AnyRecord::Agreement(SharingAgreement {
        purpose: purpose.trim().to_owned(),
        legal_basis: form
            .field(FieldName::LegalBasis)?
            .text
            .value()
            .trim()
            .to_owned(),
        default_tlp: Tlp::ALL[form.field(FieldName::DefaultTlp)?.choice.min(4)],
        default_pap: Pap::ALL[form.field(FieldName::DefaultPap)?.choice.min(3)],
        retention: Retention {
            closed_case_months: months?,
            export_days: exports?,
            backup_days: backups?,
        },
        ..base
    })))
}

/// The kinds of rule, with the label of each.
const RULE_KINDS: [(RuleKind, &str); 3] = [
    (RuleKind::CaseNeedToKnow, "rule_kind-case_need_to_know"),
    (
        RuleKind::NoCriminalInvestigationUse,
        "rule_kind-no_criminal_use",
    ),
    (RuleKind::Custom, "rule_kind-custom"),
];

pub fn rule_form() -> Form {
    let fields = vec![
        Field::choice_of(FieldName::RuleKind, &RULE_KINDS, 2),
        Field::multi(FieldName::RuleText, ""),
    ];
    Form::new(Purpose::Rule, t("form-new_rule").to_owned(), fields)
}

pub fn rule(form: &mut Form) -> Option<Change> {
    let text = form.field(FieldName::RuleText)?.text.value();
    check(form, FieldName::RuleText, validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let kind = form.chosen(FieldName::RuleKind, &RULE_KINDS)?;
    Some(Change::Put(AnyRecord::Rule(SharingRule {
        id: 0,
        meta: Meta::default(),
        kind,
        text: text.trim().to_owned(),
        active: true,
    })))
}

/// A retention period of the form (1 to 3650), or its error marked on the field.
fn period(form: &mut Form, name: FieldName) -> Option<u32> {
    match validate::days(&form.value(name)) {
        Ok(Some(n)) => Some(n),
        Ok(None) => {
            err(form, name, "invalid-required");
            None
        }
        Err(k) => {
            err(form, name, k);
            None
        }
    }
}
