//! An open form's typing, kept when the terminal goes away (hang-up, signal, panic) and
//! brought back on the next start, so that a long note in a form is never lost.

use serde::{Deserialize, Serialize};

use crate::domain::Id;

use crate::app::forms::{Purpose, REGISTRY};
use crate::app::model::form::{FieldValue, Form};
use crate::app::model::state::App;

/// The format this build writes: fields by name (each form's field enum gives the snake
/// case name), so that no stored draft depends on a catalogue key.
const VERSION: u32 = 2;

#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    v: u32,
    /// The revision of the record being edited, so that a save after restoring is refused
    /// when a colleague changed it meanwhile.
    rev: u64,
    fields: Vec<SavedField>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedField {
    name: String,
    #[serde(flatten)]
    values: Values,
}

#[derive(Debug, Serialize, Deserialize)]
struct Values {
    text: String,
    choice: usize,
    person: Option<Id>,
    people: Vec<Id>,
    flag: bool,
}

/// A draft of format 1: no version, each field by its label's catalogue key as it was.
#[derive(Debug, Deserialize)]
struct SavedV1 {
    rev: u64,
    fields: Vec<SavedFieldV1>,
}

#[derive(Debug, Deserialize)]
struct SavedFieldV1 {
    label: String,
    #[serde(flatten)]
    values: Values,
}

/// The names drafts of format 1 stored: the label's catalogue key as it was then,
/// without its `field.` prefix. Frozen: it must not follow the catalogue or the forms.
const V1_NAMES: [&str; 66] = [
    "action_due",
    "action_reason",
    "action_result",
    "attendees",
    "backup_days",
    "brings",
    "cadence",
    "case_summary",
    "chair",
    "channel",
    "closure_reason",
    "communities",
    "export_days",
    "contact_point",
    "date",
    "default_pap",
    "default_tlp",
    "email",
    "explanation",
    "file",
    "formality",
    "gains",
    "invite_network",
    "invitees",
    "key_figure",
    "lead",
    "legal_basis",
    "lesson",
    "member_role",
    "name",
    "network_kind",
    "notes",
    "on_duplicate",
    "only_category",
    "onward_referral",
    "organisation",
    "owner",
    "phone",
    "place",
    "problem",
    "problem_status",
    "propose_agenda",
    "purpose",
    "purpose_contact",
    "reference",
    "referred_by",
    "retention_months",
    "review",
    "role",
    "rule_kind",
    "rule_text",
    "sector",
    "sector_other",
    "selection",
    "shared_goal",
    "skip_invalid",
    "solution",
    "sub_networks",
    "summary",
    "tier",
    "time",
    "title",
    "topic",
    "trainer",
    "vision",
    "wanted_sectors",
];

/// Reads a draft of either format; a field of format 1 whose label names no field is
/// dropped, as format 1 did.
fn read(text: &str) -> Option<Saved> {
    if let Ok(saved) = serde_json::from_str::<Saved>(text) {
        return Some(saved);
    }
    let old: SavedV1 = serde_json::from_str(text).ok()?;
    let fields = (old.fields.into_iter())
        .filter_map(|f| {
            let bare = f.label.strip_prefix(concat!("field", "."))?;
            // Every field of format 1 kept its name in format 2.
            let name = V1_NAMES.iter().find(|n| **n == bare)?;
            Some(SavedField {
                name: (*name).to_owned(),
                values: f.values,
            })
        })
        .collect();
    Some(Saved {
        v: 1,
        rev: old.rev,
        fields,
    })
}

/// Where a form's draft is kept (`form:<kind>:<ids>`); `None` for a form not kept.
pub fn place(purpose: &dyn Purpose) -> Option<String> {
    purpose.place()
}

/// The form's values as the draft's text.
pub fn snapshot(form: &Form) -> String {
    let saved = Saved {
        v: VERSION,
        rev: form.purpose.rev(),
        fields: (form.fields.iter())
            .map(|f| SavedField {
                name: f.name.name.to_owned(),
                values: Values {
                    text: f.text.value(),
                    choice: f.choice,
                    person: f.person,
                    people: f.people.clone(),
                    flag: f.flag,
                },
            })
            .collect(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// The form kept at `place` as it opens on the records as they are now loaded; `None`
/// when what it was for no longer exists.
pub fn rebuild(app: &App, place: &str) -> Option<Form> {
    let mut parts = place.strip_prefix("form:")?.split(':');
    let kind = parts.next()?;
    let ids: Vec<Option<Id>> = parts.map(|p| p.parse::<Id>().ok()).collect();
    let (_, rebuild) = REGISTRY.iter().find(|(k, _)| *k == kind)?;
    rebuild(app, &ids)
}

/// Rebuilds the form a draft was kept for, with its values; `None` when what it was for
/// no longer exists.
pub fn restore(app: &App, place: &str, text: &str) -> Option<Form> {
    let saved = read(text)?;
    let mut form = rebuild(app, place)?;
    for s in saved.fields {
        if let Some(f) = form.fields.iter_mut().find(|f| f.name.name == s.name) {
            let v = s.values;
            f.set_value(FieldValue {
                text: v.text,
                choice: v.choice,
                person: v.person,
                people: v.people,
                flag: v.flag,
            });
        }
    }
    // Edited against an older revision: a save must be refused, not overwrite.
    form.purpose.set_rev(saved.rev);
    form.dirty = true;
    Some(form)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> App {
        App::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
    }

    #[test]
    fn a_draft_stores_field_names_not_catalogue_keys() {
        let mut form = crate::app::forms::stakeholder::form(None);
        form.fields[0].text.set("Anne");
        let text = snapshot(&form);
        assert!(text.contains(r#""v":2"#), "{text}");
        assert!(text.contains(r#""name":"name""#), "{text}");
        assert!(!text.contains("field-"), "no catalogue key in {text}");
        let back = restore(&app(), "form:stakeholder:new", &text).unwrap();
        assert_eq!(back.fields[0].text.value(), "Anne");
    }

    /// The text of the field stored under `name`.
    fn value_of(form: &Form, name: &str) -> String {
        let f = form.fields.iter().find(|f| f.name.name == name).unwrap();
        f.text.value()
    }

    #[test]
    fn a_draft_of_format_1_is_still_read() {
        // As format 1 wrote it: the label's catalogue key (spelt here so that the catalogue
        // scan does not take it for a key in use).
        let label = concat!("field", ".organisation");
        let v1 = format!(
            r#"{{"rev":0,"fields":[{{"label":"{label}","text":"CAW","choice":0,"person":null,"people":[],"flag":false}}]}}"#
        );
        let form = restore(&app(), "form:stakeholder:new", &v1).unwrap();
        assert_eq!(value_of(&form, "organisation"), "CAW");
    }
}
