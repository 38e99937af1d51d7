//! The stakeholder forms: a stakeholder (new or edited) and a logged contact.

use chrono::NaiveDate;

use crate::app::model::field_name::FieldName;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::domain::Meta;
use crate::domain::parse;
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactPurpose, Formality, Sector, Stakeholder, Tier,
};
use crate::domain::validate;
use crate::i18n::t;

use super::{check, err};

/// How a contact took place, with the label of each.
const CHANNELS: [(Channel, &str); 6] = [
    (Channel::Meeting, "channel-meeting"),
    (Channel::Phone, "channel-phone"),
    (Channel::Email, "channel-email"),
    (Channel::Visit, "channel-visit"),
    (Channel::Event, "channel-event"),
    (Channel::Other, "channel-other"),
];

pub const SECTOR_OTHER: usize = Sector::STANDARD.len();

fn sector_options() -> Vec<String> {
    let mut v: Vec<String> = Sector::STANDARD
        .iter()
        .map(|s| t(s.key()).to_owned())
        .collect();
    v.push(t("sector-other").to_owned());
    v
}

pub(super) fn labels(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(k).to_owned()).collect()
}

pub fn stakeholder_form(original: Option<&Stakeholder>) -> Form {
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
        Field::text(FieldName::Name, s.map_or("", |s| &s.name)),
        Field::text(FieldName::Organisation, s.map_or("", |s| &s.organisation)),
        Field::text(FieldName::Role, s.map_or("", |s| &s.role)),
        Field::choice(FieldName::Sector, sector_options(), sector),
        Field::text(FieldName::SectorOther, &other),
        Field::choice(
            FieldName::Formality,
            labels(&["formality-formal", "formality-informal"]),
            usize::from(s.is_some_and(|s| s.formality == Formality::Informal)),
        ),
        Field::choice(
            FieldName::Tier,
            labels(&["tier-practitioner", "tier-policy"]),
            usize::from(s.is_some_and(|s| s.tier == Tier::Policy)),
        ),
        Field::text(
            FieldName::Communities,
            &s.map(|s| s.communities.join(", ")).unwrap_or_default(),
        ),
        Field::flag(FieldName::KeyFigure, s.is_some_and(|s| s.key_figure)),
        Field::text(FieldName::Phone, s.map_or("", |s| &s.contact.phone)),
        Field::text(FieldName::Email, s.map_or("", |s| &s.contact.email)),
        Field::person(FieldName::ReferredBy, s.and_then(|s| s.referred_by)),
        Field::days(FieldName::Cadence, s.map_or(Some(60), |s| s.cadence_days)),
        Field::multi(FieldName::Notes, s.map_or("", |s| &s.notes)),
    ];
    let title = match s {
        Some(s) => crate::i18n::tf(
            "form-edit_stakeholder",
            &[("name", &crate::domain::sanitize::line(&s.name))],
        ),
        None => t("form-new_stakeholder").to_owned(),
    };
    Form::new(
        Purpose::Stakeholder(s.cloned().map(Box::new)),
        title,
        fields,
    )
}

pub fn contact_form(stakeholder: &Stakeholder) -> Form {
    let fields = vec![
        Field::date(FieldName::Date, "today"),
        Field::choice_of(FieldName::Channel, &CHANNELS, 0),
        Field::choice(
            FieldName::PurposeContact,
            labels(&["purpose-maintenance", "purpose-problem"]),
            0,
        ),
        Field::multi(FieldName::Summary, ""),
    ];
    let title = crate::i18n::tf(
        "form-log_contact",
        &[("name", &crate::domain::sanitize::line(&stakeholder.name))],
    );
    Form::new(Purpose::Contact(stakeholder.id), title, fields)
}

pub(super) fn stakeholder(form: &mut Form, original: Option<Stakeholder>) -> Option<Change> {
    let name = form.value(FieldName::Name);
    check(form, FieldName::Name, validate::required(&name));
    let email = form.value(FieldName::Email);
    check(form, FieldName::Email, validate::email(&email));
    let phone = form.value(FieldName::Phone);
    check(form, FieldName::Phone, validate::phone(&phone));
    let cadence = validate::days(&form.value(FieldName::Cadence));
    if let Err(k) = cadence {
        err(form, FieldName::Cadence, k);
    }
    let sector_i = form.field(FieldName::Sector)?.choice;
    let other = form.value(FieldName::SectorOther);
    let sector = if sector_i >= SECTOR_OTHER {
        Sector::Other(other)
    } else {
        Sector::STANDARD[sector_i].clone()
    };
    let referred_by = form.field(FieldName::ReferredBy)?.person;
    if let (Some(r), Some(o)) = (referred_by, &original)
        && r == o.id
    {
        err(form, FieldName::ReferredBy, "invalid-self_referral");
    }
    if form.has_errors() {
        return None;
    }
    let communities = form
        .value(FieldName::Communities)
        .split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let base = original.unwrap_or_else(Stakeholder::blank);
    let s = Stakeholder {
        name,
        organisation: form.value(FieldName::Organisation),
        role: form.value(FieldName::Role),
        sector,
        formality: if form.field(FieldName::Formality)?.choice == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        },
        tier: if form.field(FieldName::Tier)?.choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        communities,
        key_figure: form.field(FieldName::KeyFigure)?.flag,
        contact: ContactDetails {
            phone,
            email,
            address: base.contact.address.clone(),
        },
        referred_by,
        cadence_days: cadence.ok().flatten(),
        notes: form.field(FieldName::Notes)?.text.value(),
        ..base
    };
    Some(Change::Put(AnyRecord::Stakeholder(s)))
}

pub(super) fn contact(
    form: &mut Form,
    stakeholder: crate::domain::Id,
    today: NaiveDate,
) -> Option<Change> {
    let date = parse::date(&form.value(FieldName::Date), today);
    if date.is_err() {
        err(form, FieldName::Date, "invalid-date");
    }
    let summary = form.field(FieldName::Summary)?.text.value();
    check(form, FieldName::Summary, validate::required(&summary));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let channel = form.chosen(FieldName::Channel, &CHANNELS)?;
    let purpose = if form.field(FieldName::PurposeContact)?.choice == 1 {
        ContactPurpose::Problem
    } else {
        ContactPurpose::Maintenance
    };
    Some(Change::Put(AnyRecord::Contact(ContactEntry {
        id: 0,
        meta: Meta::default(),
        stakeholder,
        date,
        channel,
        purpose,
        summary: summary.trim().to_owned(),
    })))
}
