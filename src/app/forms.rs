//! What each form is for: which fields it has, and how valid fields become records.

use chrono::NaiveDate;

use crate::domain::Meta;
use crate::domain::parse;
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactKind, ContactPurpose, Formality, Sector,
    Stakeholder, Tier,
};
use crate::domain::validate;
use crate::i18n::t;

use super::form::{Field, Form};
use super::record::{AnyRecord, Change};
use super::state::App;

/// Why a form is open, with what it needs to build its record.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// New (None) or edit of a stakeholder.
    Stakeholder(Option<Box<Stakeholder>>),
    /// Log a contact with a stakeholder.
    Contact(crate::domain::Id),
}

pub const SECTOR_OTHER: usize = Sector::STANDARD.len();

fn sector_options() -> Vec<String> {
    let mut v: Vec<String> = Sector::STANDARD
        .iter()
        .map(|s| t(s.key()).to_owned())
        .collect();
    v.push(t("sector.other").to_owned());
    v
}

fn labels(keys: &[&str]) -> Vec<String> {
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
        Field::text("field.name", s.map_or("", |s| &s.name)),
        Field::text("field.organisation", s.map_or("", |s| &s.organisation)),
        Field::text("field.role", s.map_or("", |s| &s.role)),
        Field::choice("field.sector", sector_options(), sector),
        Field::text("field.sector_other", &other),
        Field::choice(
            "field.formality",
            labels(&["formality.formal", "formality.informal"]),
            usize::from(s.is_some_and(|s| s.formality == Formality::Informal)),
        ),
        Field::choice(
            "field.tier",
            labels(&["tier.practitioner", "tier.policy"]),
            usize::from(s.is_some_and(|s| s.tier == Tier::Policy)),
        ),
        Field::text(
            "field.communities",
            &s.map(|s| s.communities.join(", ")).unwrap_or_default(),
        ),
        Field::flag("field.key_figure", s.is_some_and(|s| s.key_figure)),
        Field::text("field.phone", s.map_or("", |s| &s.contact.phone)),
        Field::text("field.email", s.map_or("", |s| &s.contact.email)),
        Field::person("field.referred_by", s.and_then(|s| s.referred_by)),
        Field::days("field.cadence", s.map_or(Some(60), |s| s.cadence_days)),
        Field::multi("field.notes", s.map_or("", |s| &s.notes)),
    ];
    let title = match s {
        Some(s) => crate::i18n::tf(
            "form.edit_stakeholder",
            &[("name", &crate::domain::sanitize::line(&s.name))],
        ),
        None => t("form.new_stakeholder").to_owned(),
    };
    Form::new(
        Purpose::Stakeholder(s.cloned().map(Box::new)),
        title,
        fields,
    )
}

pub fn contact_form(stakeholder: &Stakeholder) -> Form {
    let fields = vec![
        Field::date("field.date", "today"),
        Field::choice(
            "field.channel",
            labels(&[
                "channel.meeting",
                "channel.phone",
                "channel.email",
                "channel.visit",
                "channel.event",
                "channel.other",
            ]),
            0,
        ),
        Field::choice(
            "field.purpose_contact",
            labels(&["purpose.maintenance", "purpose.problem"]),
            0,
        ),
        Field::multi("field.summary", ""),
    ];
    let title = crate::i18n::tf(
        "form.log_contact",
        &[("name", &crate::domain::sanitize::line(&stakeholder.name))],
    );
    Form::new(Purpose::Contact(stakeholder.id), title, fields)
}

/// Checks every field, records the messages in the form, and returns the changes to
/// write when everything is valid.
pub fn validate(form: &mut Form, app: &App) -> Option<Vec<Change>> {
    for f in &mut form.fields {
        f.error = None;
    }
    let today = app.today;
    let result = match form.purpose.clone() {
        Purpose::Stakeholder(original) => stakeholder(form, original.map(|b| *b), app),
        Purpose::Contact(id) => contact(form, id, today),
    };
    result.map(|c| vec![c])
}

fn err(form: &mut Form, label: &str, key: &str) {
    let i = form.index(label);
    if form.fields[i].error.is_none() {
        form.fields[i].error = Some(key.to_owned());
    }
}

fn check(form: &mut Form, label: &str, r: Result<(), &'static str>) {
    if let Err(k) = r {
        err(form, label, k);
    }
}

fn stakeholder(form: &mut Form, original: Option<Stakeholder>, app: &App) -> Option<Change> {
    let name = form.value("field.name");
    check(form, "field.name", validate::required(&name));
    let email = form.value("field.email");
    check(form, "field.email", validate::email(&email));
    let phone = form.value("field.phone");
    check(form, "field.phone", validate::phone(&phone));
    let cadence = validate::days(&form.value("field.cadence"));
    if let Err(k) = cadence {
        err(form, "field.cadence", k);
    }
    let sector_i = form.field("field.sector").choice;
    let other = form.value("field.sector_other");
    let sector = if sector_i >= SECTOR_OTHER {
        Sector::Other(other)
    } else {
        Sector::STANDARD[sector_i].clone()
    };
    let referred_by = form.field("field.referred_by").person;
    if let (Some(r), Some(o)) = (referred_by, &original)
        && r == o.id
    {
        err(form, "field.referred_by", "invalid.self_referral");
    }
    if form.has_errors() {
        return None;
    }
    let communities = form
        .value("field.communities")
        .split([',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let base = original.unwrap_or_else(|| Stakeholder {
        id: 0,
        meta: Meta::default(),
        kind: ContactKind::Person,
        name: String::new(),
        organisation: String::new(),
        role: String::new(),
        sector: Sector::Other(String::new()),
        formality: Formality::Formal,
        tier: Tier::Practitioner,
        communities: vec![],
        key_figure: false,
        contact: ContactDetails::default(),
        referred_by: None,
        cadence_days: None,
        notes: String::new(),
        archived: false,
    });
    let _ = app;
    let s = Stakeholder {
        name,
        organisation: form.value("field.organisation"),
        role: form.value("field.role"),
        sector,
        formality: if form.field("field.formality").choice == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        },
        tier: if form.field("field.tier").choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        communities,
        key_figure: form.field("field.key_figure").flag,
        contact: ContactDetails {
            phone,
            email,
            address: base.contact.address.clone(),
        },
        referred_by,
        cadence_days: cadence.ok().flatten(),
        notes: form.field("field.notes").text.value(),
        ..base
    };
    Some(Change::Put(AnyRecord::Stakeholder(s)))
}

fn contact(form: &mut Form, stakeholder: crate::domain::Id, today: NaiveDate) -> Option<Change> {
    let date = parse::date(&form.value("field.date"), today);
    if date.is_err() {
        err(form, "field.date", "invalid.date");
    }
    let summary = form.field("field.summary").text.value();
    check(form, "field.summary", validate::required(&summary));
    let date = date.ok()?;
    if form.has_errors() {
        return None;
    }
    let channel = [
        Channel::Meeting,
        Channel::Phone,
        Channel::Email,
        Channel::Visit,
        Channel::Event,
        Channel::Other,
    ][form.field("field.channel").choice.min(5)];
    let purpose = if form.field("field.purpose_contact").choice == 1 {
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
