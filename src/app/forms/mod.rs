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
pub mod contact;
pub mod draft;
pub mod exchange;
pub mod follow_up;
pub mod import;
pub mod member;
pub mod network;
pub mod problem;
pub mod rule;
pub mod session;
pub mod stakeholder;
pub mod topic;
pub mod training;

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
];

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
