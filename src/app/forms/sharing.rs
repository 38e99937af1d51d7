//! Forms of the sharing-rules tab: the agreement and the rules.

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
    let fields = vec![
        Field::multi("field.purpose", a.map_or("", |a| &a.purpose)),
        Field::multi("field.legal_basis", a.map_or("", |a| &a.legal_basis)),
        Field::choice(
            "field.default_tlp",
            tlps,
            a.and_then(|a| Tlp::ALL.iter().position(|l| *l == a.default_tlp))
                .unwrap_or(1),
        ),
        Field::choice(
            "field.default_pap",
            paps,
            a.and_then(|a| Pap::ALL.iter().position(|l| *l == a.default_pap))
                .unwrap_or(1),
        ),
        Field::days(
            "field.retention_months",
            Some(
                a.map_or(Retention::DEFAULT, |a| a.retention)
                    .closed_case_months,
            ),
        ),
    ];
    Form::new(Purpose::Agreement, t("form.agreement").to_owned(), fields)
}

pub fn agreement(form: &mut Form, app: &App) -> Option<Change> {
    let purpose = form.field("field.purpose").text.value();
    check(form, "field.purpose", validate::required(&purpose));
    let days = validate::days(&form.value("field.retention_months"));
    match days {
        Err(k) => err(form, "field.retention_months", k),
        Ok(None) => err(form, "field.retention_months", "invalid.required"),
        Ok(Some(_)) => {}
    }
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
            .field("field.legal_basis")
            .text
            .value()
            .trim()
            .to_owned(),
        default_tlp: Tlp::ALL[form.field("field.default_tlp").choice.min(4)],
        default_pap: Pap::ALL[form.field("field.default_pap").choice.min(3)],
        retention: Retention {
            closed_case_months: days.ok().flatten()?,
            ..base.retention
        },
        ..base
    })))
}

pub fn rule_form() -> Form {
    let kinds = vec![
        t("rule_kind.case_need_to_know").to_owned(),
        t("rule_kind.no_criminal_use").to_owned(),
        t("rule_kind.custom").to_owned(),
    ];
    let fields = vec![
        Field::choice("field.rule_kind", kinds, 2),
        Field::multi("field.rule_text", ""),
    ];
    Form::new(Purpose::Rule, t("form.new_rule").to_owned(), fields)
}

pub fn rule(form: &mut Form) -> Option<Change> {
    let text = form.field("field.rule_text").text.value();
    check(form, "field.rule_text", validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let kind = [
        RuleKind::CaseNeedToKnow,
        RuleKind::NoCriminalInvestigationUse,
        RuleKind::Custom,
    ][form.field("field.rule_kind").choice.min(2)]
    .clone();
    Some(Change::Put(AnyRecord::Rule(SharingRule {
        id: 0,
        meta: Meta::default(),
        kind,
        text: text.trim().to_owned(),
        active: true,
    })))
}
