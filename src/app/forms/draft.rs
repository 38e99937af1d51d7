//! An open form's typing, kept when the terminal goes away (hang-up, signal, panic) and
//! brought back on the next start, so that a long note in a form is never lost.

use serde::{Deserialize, Serialize};

use crate::domain::Id;

use crate::app::forms::{self, Purpose};
use crate::app::model::form::Form;
use crate::app::model::state::App;

#[derive(Debug, Serialize, Deserialize)]
struct Saved {
    /// The revision of the record being edited, so that a save after restoring is refused
    /// when a colleague changed it meanwhile.
    rev: u64,
    fields: Vec<SavedField>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedField {
    label: String,
    text: String,
    choice: usize,
    person: Option<Id>,
    people: Vec<Id>,
    flag: bool,
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
        rev: rev(&form.purpose),
        fields: form
            .fields
            .iter()
            .map(|f| SavedField {
                label: f.label.to_owned(),
                text: f.text.value(),
                choice: f.choice,
                person: f.person,
                people: f.people.clone(),
                flag: f.flag,
            })
            .collect(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Rebuilds the form a draft was kept for, with its values; `None` when what it was for
/// no longer exists.
pub fn restore(app: &App, place: &str, text: &str) -> Option<Form> {
    let saved: Saved = serde_json::from_str(text).ok()?;
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
        if let Some(f) = form.fields.iter_mut().find(|f| f.label == s.label) {
            f.text.set(&s.text);
            f.choice = s.choice;
            f.person = s.person;
            f.people = s.people;
            f.flag = s.flag;
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
