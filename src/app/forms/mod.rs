//! What each form is for, one file per form: its fields as a typed enum, how it is built,
//! how valid fields become records, where its draft is kept and how it comes back.
//! A form that keeps drafts is registered once, in [`REGISTRY`].

use crate::app::model::field_name::FieldKey;
use crate::app::model::form::Form;
use crate::app::model::record::Change;
use crate::app::model::state::App;
use crate::domain::Id;
use crate::i18n::t;

pub mod agreement;
pub mod case;
pub mod close_case;
pub mod concern;
pub mod concern_answer;
pub mod contact;
pub mod correction;
pub mod draft;
pub mod exchange;
pub mod exchange_edit;
pub mod follow_up;
pub mod import;
pub mod member;
pub mod network;
pub mod pipeline_move;
pub mod problem;
pub mod rule;
pub mod session;
pub mod session_edit;
pub mod stakeholder;
pub mod topic;
pub mod training;
pub mod training_edit;

pub use crate::app::model::purpose::Purpose;
/// The topic form, by the name the meeting opens it with.
pub use topic::form as topic_form;

/// Rebuilds a kept draft's form from the ids of its place (`form:<kind>:<ids>`, `None`
/// for `new`); `None` when what it was for no longer exists.
pub type Restore = fn(&App, &[Option<Id>]) -> Option<Form>;

/// Every form kept as a draft: the kind its place names, and how it is rebuilt.
pub const REGISTRY: &[(&str, Restore)] = &[
    (stakeholder::KIND, stakeholder::restore),
    (contact::KIND, contact::restore),
    (session::KIND, session::restore),
    (case::KIND, case::restore),
    (close_case::KIND, close_case::restore),
    (network::KIND, network::restore),
    (member::KIND, member::restore),
    (problem::KIND, problem::restore),
    (exchange::KIND, exchange::restore),
    (training::KIND, training::restore),
    (agreement::KIND, agreement::restore),
    (rule::KIND, rule::restore),
    (import::KIND, import::restore),
    (session_edit::KIND, session_edit::restore),
    (correction::KIND, correction::restore),
    (exchange_edit::KIND, exchange_edit::restore),
    (training_edit::KIND, training_edit::restore),
    (concern::KIND, concern::restore),
    (concern_answer::KIND, concern_answer::restore),
    (pipeline_move::KIND, pipeline_move::restore),
];

/// An edited exchange meeting's or training's audit detail: the state it moved to, no
/// content.
pub(crate) fn work_state_detail(
    before: crate::domain::network::WorkState,
    after: crate::domain::network::WorkState,
) -> &'static str {
    use crate::domain::network::WorkState::*;
    match (before == after, after) {
        (true, _) => "updated",
        (false, Planned) => "planned",
        (false, Held) => "held",
        (false, Cancelled) => "cancelled",
    }
}

/// The choice of the mini-network a training is offered to: none, then every network
/// not archived by name; with the ids in the order offered.
pub(crate) fn network_choice(
    app: &App,
    name: impl Into<FieldKey>,
    current: Option<Id>,
) -> (crate::app::model::form::Field, Vec<Option<Id>>) {
    let mut nets: Vec<&crate::domain::network::MiniNetwork> =
        app.data.networks.iter().filter(|n| !n.archived).collect();
    nets.sort_by_cached_key(|n| n.name.to_lowercase());
    let mut ids = vec![None];
    let mut labels = vec!["—".to_owned()];
    for n in nets {
        ids.push(Some(n.id));
        labels.push(crate::domain::sanitize::line(&n.name).into_owned());
    }
    let at = ids.iter().position(|id| *id == current).unwrap_or(0);
    let field = crate::app::model::form::Field::choice(name, labels, at);
    (field, ids)
}

/// Checks every field, records the messages in the form, and returns the changes to
/// write when everything is valid.
pub fn validate(form: &mut Form, app: &App) -> Option<Vec<Change>> {
    for f in &mut form.fields {
        f.error = None;
    }
    let purpose = form.purpose.clone();
    purpose.validate(form, app)
}

/// A draft's place: `form:<kind>` and each id (`new` for none).
pub(crate) fn place(kind: &str, ids: &[Option<Id>]) -> String {
    let mut place = format!("form:{kind}");
    for id in ids {
        place.push(':');
        place.push_str(&id.map_or("new".to_owned(), |i| i.to_string()));
    }
    place
}

/// The id at `i` of a draft's place.
pub(crate) fn id_at(ids: &[Option<Id>], i: usize) -> Option<Id> {
    ids.get(i).copied().flatten()
}

/// Marks the problem `key` on the field `name`, unless it has one already.
pub(crate) fn err(form: &mut Form, name: impl Into<FieldKey>, key: &str) {
    let name = name.into();
    if let Some(f) = form.fields.iter_mut().find(|f| f.name == name)
        && f.error.is_none()
    {
        f.error = Some(key.to_owned());
    }
}

/// Marks the problem of a check on the field `name`.
pub(crate) fn check(form: &mut Form, name: impl Into<FieldKey>, r: Result<(), &'static str>) {
    if let Err(k) = r {
        err(form, name, k);
    }
}

/// The labels of catalogue keys, for a choice.
pub(crate) fn labels(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(k).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo town, with a record of every kind a form edits.
    fn town() -> App {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let mut app = App::new(today);
        app.set_data(std::sync::Arc::new(crate::demo::build(today)), 1);
        app
    }

    /// Every registered form comes back from the place it keeps its draft under, with
    /// the same purpose: the kind it writes is the one it is registered with.
    #[test]
    fn every_registered_form_comes_back_from_its_own_place() {
        let app = town();
        let d = &app.data;
        let (s, c, n) = (d.stakeholders[0].id, d.cases[0].id, d.networks[0].id);
        let p = d.problems[0].clone();
        let places = [
            place(stakeholder::KIND, &[None]),
            place(stakeholder::KIND, &[Some(s)]),
            place(contact::KIND, &[Some(s)]),
            place(session::KIND, &[None]),
            place(case::KIND, &[Some(c)]),
            place(close_case::KIND, &[Some(c)]),
            place(network::KIND, &[Some(n)]),
            place(member::KIND, &[Some(n), Some(s)]),
            place(problem::KIND, &[Some(p.network), Some(p.id)]),
            place(exchange::KIND, &[Some(n)]),
            place(training::KIND, &[]),
            place(agreement::KIND, &[]),
            place(rule::KIND, &[]),
            place(import::KIND, &[]),
            place(exchange_edit::KIND, &[Some(d.exchanges[0].id)]),
            place(training_edit::KIND, &[Some(d.trainings[0].id)]),
            place(concern::KIND, &[Some(s), None]),
            place(concern::KIND, &[None, Some(c)]),
            place(concern_answer::KIND, &[Some(d.routed_concerns[0].id)]),
            place(pipeline_move::KIND, &[Some(s)]),
        ];
        let kinds: std::collections::HashSet<&str> = REGISTRY.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds.len(), REGISTRY.len(), "a kind registered twice");
        for place in places {
            let draft = r#"{"v":2,"rev":0,"fields":[]}"#;
            let form = draft::restore(&app, &place, draft).unwrap_or_else(|| panic!("{place}"));
            assert_eq!(form.purpose.place().as_deref(), Some(place.as_str()));
        }
        let draft = r#"{"v":2,"rev":0,"fields":[]}"#;
        assert!(draft::restore(&app, "form:nothing:1", draft).is_none());
    }
}
