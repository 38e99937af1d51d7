//! An open form's typing, kept when the terminal goes away (hang-up, signal, panic) and
//! brought back on the next start, so that a long note in a form is never lost.

use serde::{Deserialize, Serialize};

use crate::app::model::field_name::FieldName;
use crate::domain::Id;

use crate::app::forms::{self, Purpose};
use crate::app::model::form::Form;
use crate::app::model::state::App;

/// The format this build writes: fields by name (`FieldName`, snake case), so that no
/// stored draft depends on a catalogue key.
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
    name: FieldName,
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
            let name = FieldName::ALL.into_iter().find(|n| n.v1_name() == bare)?;
            Some(SavedField {
                name,
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

fn new_or(id: Option<Id>) -> String {
    id.map_or("new".to_owned(), |i| i.to_string())
}

/// Where a form's draft is kept: `form:<kind>:<ids>`. The agenda-topic form lives inside a
/// meeting and is not kept.
pub fn place(purpose: &Purpose) -> Option<String> {
    Some(match purpose {
        Purpose::Stakeholder(s) => format!("form:stakeholder:{}", new_or(s.as_ref().map(|s| s.id))),
        Purpose::Contact(id) => format!("form:contact:{id}"),
        Purpose::Session => "form:session:new".into(),
        Purpose::Case(c) => format!("form:case:{}", new_or(c.as_ref().map(|c| c.id))),
        Purpose::CloseCase(id) => format!("form:closecase:{id}"),
        Purpose::Network(n) => format!("form:network:{}", new_or(n.as_ref().map(|n| n.id))),
        Purpose::Member {
            network,
            stakeholder,
        } => format!("form:member:{network}:{stakeholder}"),
        Purpose::Problem { network, original } => {
            format!(
                "form:problem:{network}:{}",
                new_or(original.as_ref().map(|p| p.id))
            )
        }
        Purpose::Exchange(n) => format!("form:exchange:{n}"),
        Purpose::Training => "form:training".into(),
        Purpose::Agreement => "form:agreement".into(),
        Purpose::Rule => "form:rule".into(),
        Purpose::Import => "form:import".into(),
        Purpose::Topic | Purpose::FollowUp(..) => return None,
    })
}

fn rev(purpose: &Purpose) -> u64 {
    match purpose {
        Purpose::Stakeholder(Some(s)) => s.meta.rev,
        Purpose::Case(Some(c)) => c.meta.rev,
        Purpose::Network(Some(n)) => n.meta.rev,
        Purpose::Problem {
            original: Some(p), ..
        } => p.meta.rev,
        _ => 0,
    }
}

/// The form's values as the draft's text.
pub fn snapshot(form: &Form) -> String {
    let saved = Saved {
        v: VERSION,
        rev: rev(&form.purpose),
        fields: (form.fields.iter())
            .map(|f| SavedField {
                name: f.name,
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

/// Rebuilds the form a draft was kept for, with its values; `None` when what it was for
/// no longer exists.
pub fn restore(app: &App, place: &str, text: &str) -> Option<Form> {
    let saved = read(text)?;
    let parts: Vec<&str> = place.strip_prefix("form:")?.split(':').collect();
    let id = |i: usize| parts.get(i).and_then(|p| p.parse::<Id>().ok());
    let d = &app.data;
    let mut form = match parts.first().copied()? {
        "stakeholder" => match id(1) {
            Some(i) => forms::stakeholder_form(Some(d.stakeholders.iter().find(|s| s.id == i)?)),
            None => forms::stakeholder_form(None),
        },
        "contact" => forms::contact_form(d.stakeholders.iter().find(|s| Some(s.id) == id(1))?),
        "session" => forms::session_form(app),
        "case" => match id(1) {
            Some(i) => forms::case_form(app, Some(d.cases.iter().find(|c| c.id == i)?)),
            None => forms::case_form(app, None),
        },
        "closecase" => forms::close_case_form(d.cases.iter().find(|c| Some(c.id) == id(1))?),
        "network" => match id(1) {
            Some(i) => crate::app::forms::networks::network_form(Some(
                d.networks.iter().find(|n| n.id == i)?,
            )),
            None => crate::app::forms::networks::network_form(None),
        },
        "member" => crate::app::forms::networks::member_form(
            d.networks.iter().find(|n| Some(n.id) == id(1))?,
            id(2)?,
            app,
        ),
        "problem" => {
            let original = id(2).and_then(|i| d.problems.iter().find(|p| p.id == i));
            crate::app::forms::networks::problem_form(id(1)?, original)
        }
        "exchange" => crate::app::forms::networks::exchange_form(
            d.networks.iter().find(|n| Some(n.id) == id(1))?,
        ),
        "training" => crate::app::forms::networks::training_form(),
        "agreement" => crate::app::forms::sharing::agreement_form(app),
        "rule" => crate::app::forms::sharing::rule_form(),
        "import" => forms::import_form(),
        _ => return None,
    };
    for s in saved.fields {
        if let Some(f) = form.fields.iter_mut().find(|f| f.name == s.name) {
            let v = s.values;
            f.text.set(&v.text);
            f.choice = v.choice;
            f.person = v.person;
            f.people = v.people;
            f.flag = v.flag;
        }
    }
    // Edited against an older revision: a save must be refused, not overwrite.
    match &mut form.purpose {
        Purpose::Stakeholder(Some(s)) => s.meta.rev = saved.rev,
        Purpose::Case(Some(c)) => c.meta.rev = saved.rev,
        Purpose::Network(Some(n)) => n.meta.rev = saved.rev,
        Purpose::Problem {
            original: Some(p), ..
        } => p.meta.rev = saved.rev,
        _ => {}
    }
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
        let mut form = forms::stakeholder_form(None);
        form.fields[0].text.set("Anne");
        let text = snapshot(&form);
        assert!(text.contains(r#""v":2"#), "{text}");
        assert!(text.contains(r#""name":"name""#), "{text}");
        assert!(!text.contains("field-"), "no catalogue key in {text}");
        let back = restore(&app(), "form:stakeholder:new", &text).unwrap();
        assert_eq!(back.value(FieldName::Name), "Anne");
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
        assert_eq!(form.value(FieldName::Organisation), "CAW");
    }
}
