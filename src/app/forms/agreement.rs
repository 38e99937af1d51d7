//! The form of the network's sharing agreement.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::sharing::{Pap, Retention, SharingAgreement, Tlp};
use crate::domain::{Id, Meta, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the agreement form.
    pub enum AgreementField {
        Purpose: "purpose" => "field-purpose",
        LegalBasis: "legal_basis" => "field-legal_basis",
        DefaultTlp: "default_tlp" => "field-default_tlp",
        DefaultPap: "default_pap" => "field-default_pap",
        RetentionMonths: "retention_months" => "field-retention_months",
        ExportDays: "export_days" => "field-export_days",
        BackupDays: "backup_days" => "field-backup_days",
    }
}
use AgreementField as F;

/// The kind in the draft's place.
pub const KIND: &str = "agreement";

/// The sharing agreement (there is one).
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementForm;

impl Purpose for AgreementForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        agreement(form, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[]))
    }
}

pub fn restore(app: &App, _ids: &[Option<Id>]) -> Option<Form> {
    Some(form(app))
}

pub fn form(app: &App) -> Form {
    let a = app.data.agreements.first();
    let tlps: Vec<String> = Tlp::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    let paps: Vec<String> = Pap::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    let kept = a.map_or(Retention::DEFAULT, |a| a.retention);
    let fields = vec![
        Field::multi(F::Purpose, a.map_or("", |a| &a.purpose)),
        Field::multi(F::LegalBasis, a.map_or("", |a| &a.legal_basis)),
        Field::choice(
            F::DefaultTlp,
            tlps,
            a.and_then(|a| Tlp::ALL.iter().position(|l| *l == a.default_tlp))
                .unwrap_or(1),
        ),
        Field::choice(
            F::DefaultPap,
            paps,
            a.and_then(|a| Pap::ALL.iter().position(|l| *l == a.default_pap))
                .unwrap_or(1),
        ),
        Field::days(F::RetentionMonths, Some(kept.closed_case_months)),
        Field::days(F::ExportDays, Some(kept.export_days)),
        Field::days(F::BackupDays, Some(kept.backup_days)),
    ];
    Form::new(AgreementForm, t("form-agreement").to_owned(), fields)
}

fn agreement(form: &mut Form, app: &App) -> Option<Change> {
    let purpose = form.field(F::Purpose)?.text.value();
    check(form, F::Purpose, validate::required(&purpose));
    let months = period(form, F::RetentionMonths);
    let exports = period(form, F::ExportDays);
    let backups = period(form, F::BackupDays);
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
        legal_basis: form.field(F::LegalBasis)?.text.value().trim().to_owned(),
        default_tlp: Tlp::ALL[form.field(F::DefaultTlp)?.choice.min(4)],
        default_pap: Pap::ALL[form.field(F::DefaultPap)?.choice.min(3)],
        retention: Retention {
            closed_case_months: months?,
            export_days: exports?,
            backup_days: backups?,
        },
        ..base
    })))
}

/// A retention period of the form (1 to 3650), or its error marked on the field.
fn period(form: &mut Form, name: F) -> Option<u32> {
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
