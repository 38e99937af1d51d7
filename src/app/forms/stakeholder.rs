//! The stakeholder form: a new stakeholder, or one edited.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::{NameCheck, Purpose};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{App, Tab};
use crate::domain::pipeline::may_list;
use crate::domain::stakeholder::{ContactDetails, Formality, Sector, Stakeholder, Tier};
use crate::domain::{Id, validate};
use crate::i18n::t;
use chrono::NaiveDate;

use super::{check, err, labels};

#[path = "stakeholder_step_one.rs"]
mod step_one;

fields! {
    /// The fields of the stakeholder form.
    pub enum StakeholderField {
        Name: "name" => "field-name",
        Organisation: "organisation" => "field-organisation",
        Role: "role" => "field-role",
        Sector: "sector" => "field-sector",
        SectorOther: "sector_other" => "field-sector_other",
        Formality: "formality" => "field-formality",
        Tier: "tier" => "field-tier",
        Communities: "communities" => "field-communities",
        KeyFigure: "key_figure" => "field-key_figure",
        Phone: "phone" => "field-phone",
        Email: "email" => "field-email",
        ReferredBy: "referred_by" => "field-referred_by",
        Cadence: "cadence" => "field-cadence",
        Stage: "stage" => "field-stage",
        Consent: "consent" => "field-consent",
        Language: "language" => "field-language",
        Notes: "notes" => "field-notes",
    }
}
use StakeholderField as F;

/// The kind in the draft's place.
pub const KIND: &str = "stakeholder";

/// The choice of "another sector", after the standard ones.
pub const SECTOR_OTHER: usize = Sector::STANDARD.len();

/// A new stakeholder (`None`) or one edited.
#[derive(Debug, Clone, PartialEq)]
pub struct StakeholderForm(pub Option<Box<Stakeholder>>);

impl Purpose for StakeholderForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        stakeholder(form, self.0.as_deref().cloned(), app.today).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[self.0.as_ref().map(|s| s.id)]))
    }

    fn rev(&self) -> u64 {
        self.0.as_ref().map_or(0, |s| s.meta.rev)
    }

    fn set_rev(&mut self, rev: u64) {
        if let Some(s) = &mut self.0 {
            s.meta.rev = rev;
        }
    }

    fn new_record_tab(&self) -> Option<Tab> {
        self.0.is_none().then_some(Tab::Stakeholders)
    }

    fn name_check<'a>(&'a self, form: &Form) -> Option<NameCheck<'a>> {
        Some(NameCheck {
            name: form.value(F::Name),
            original: self.0.as_deref(),
        })
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    match super::id_at(ids, 0) {
        Some(i) => Some(form(Some(crate::domain::dataset::by_id(
            &app.data.stakeholders,
            i,
        )?))),
        None => Some(form(None)),
    }
}

fn sector_options() -> Vec<String> {
    let mut v: Vec<String> = Sector::STANDARD
        .iter()
        .map(|s| t(s.key()).to_owned())
        .collect();
    v.push(t("sector-other").to_owned());
    v
}

pub fn form(original: Option<&Stakeholder>) -> Form {
    let s = original;
    let (sector, other) = match s.map(|s| &s.sector) {
        Some(Sector::Other(text)) => (SECTOR_OTHER, text.clone()),
        Some(sec) => (
            Sector::STANDARD.iter().position(|x| x == sec).unwrap_or(0),
            String::new(),
        ),
        None => (0, String::new()),
    };
    let fields = vec![
        Field::text(F::Name, s.map_or("", |s| &s.name)),
        Field::text(F::Organisation, s.map_or("", |s| &s.organisation)),
        Field::text(F::Role, s.map_or("", |s| &s.role)),
        Field::choice(F::Sector, sector_options(), sector),
        Field::text(F::SectorOther, &other),
        Field::choice(
            F::Formality,
            labels(&["formality-formal", "formality-informal"]),
            usize::from(s.is_some_and(|s| s.formality == Formality::Informal)),
        ),
        Field::choice(
            F::Tier,
            labels(&["tier-practitioner", "tier-policy"]),
            usize::from(s.is_some_and(|s| s.tier == Tier::Policy)),
        ),
        Field::text(
            F::Communities,
            &s.map(|s| s.communities.join(", ")).unwrap_or_default(),
        ),
        Field::flag(F::KeyFigure, s.is_some_and(|s| s.key_figure)),
        Field::text(F::Phone, s.map_or("", |s| &s.contact.phone)),
        Field::text(F::Email, s.map_or("", |s| &s.contact.email)),
        Field::person(F::ReferredBy, s.and_then(|s| s.referred_by)),
        Field::days(F::Cadence, s.map_or(Some(60), |s| s.cadence_days)),
        Field::choice(F::Stage, step_one::stage_options(s), 0),
        Field::flag(F::Consent, s.is_some_and(|s| may_list(s.consent))),
        Field::choice(
            F::Language,
            step_one::language_options(),
            step_one::language_index(s),
        ),
        Field::multi(F::Notes, s.map_or("", |s| &s.notes)),
    ];
    let title = match s {
        Some(s) => crate::i18n::tf(
            "form-edit_stakeholder",
            &[("name", &crate::domain::sanitize::line(&s.name))],
        ),
        None => t("form-new_stakeholder").to_owned(),
    };
    Form::new(StakeholderForm(s.cloned().map(Box::new)), title, fields)
}

fn stakeholder(form: &mut Form, original: Option<Stakeholder>, today: NaiveDate) -> Option<Change> {
    let name = form.value(F::Name);
    check(form, F::Name, validate::required(&name));
    let email = form.value(F::Email);
    check(form, F::Email, validate::email(&email));
    let phone = form.value(F::Phone);
    check(form, F::Phone, validate::phone(&phone));
    let cadence = validate::days(&form.value(F::Cadence));
    if let Err(k) = cadence {
        err(form, F::Cadence, k);
    }
    let sector_i = form.field(F::Sector)?.choice;
    let other = form.value(F::SectorOther);
    let sector = if sector_i >= SECTOR_OTHER {
        Sector::Other(other)
    } else {
        Sector::STANDARD[sector_i].clone()
    };
    let referred_by = form.field(F::ReferredBy)?.person;
    if let (Some(r), Some(o)) = (referred_by, &original)
        && r == o.id
    {
        err(form, F::ReferredBy, "invalid-self_referral");
    }
    let base = original.unwrap_or_else(Stakeholder::blank);
    let pipeline = step_one::moved(&base, form.field(F::Stage)?.choice, today);
    if pipeline.is_err() {
        err(form, F::Stage, "invalid-stage_move");
    }
    if form.has_errors() {
        return None;
    }
    let consent = step_one::consent(base.consent, form.field(F::Consent)?.flag, today);
    let language = step_one::language(form.field(F::Language)?.choice);
    let communities = form
        .value(F::Communities)
        .split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let s = Stakeholder {
        name,
        organisation: form.value(F::Organisation),
        role: form.value(F::Role),
        sector,
        formality: if form.field(F::Formality)?.choice == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        },
        tier: if form.field(F::Tier)?.choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        communities,
        key_figure: form.field(F::KeyFigure)?.flag,
        contact: ContactDetails {
            phone,
            email,
            address: base.contact.address.clone(),
        },
        referred_by,
        cadence_days: cadence.ok().flatten(),
        notes: form.field(F::Notes)?.text.value(),
        pipeline: pipeline.ok()?,
        consent,
        language,
        ..base
    };
    Some(Change::Put(AnyRecord::Stakeholder(s)))
}
