//! What each form is for: which fields it has, and how valid fields become records.

use crate::app::model::field_name::FieldName;

use crate::domain::validate;
use crate::i18n::t;

pub mod draft;
pub mod follow_up;
pub mod networks;
pub mod round_tables;
pub mod sharing;
pub mod stakeholders;

pub use crate::app::model::purpose::Purpose;
pub use round_tables::{case_form, close_case_form, session_form, topic_form};
pub use stakeholders::{SECTOR_OTHER, contact_form, stakeholder_form};

use crate::app::model::form::{Field, Form};
use crate::app::model::record::Change;
use crate::app::model::state::App;

/// Checks every field, records the messages in the form, and returns the changes to
/// write when everything is valid.
pub fn validate(form: &mut Form, app: &App) -> Option<Vec<Change>> {
    for f in &mut form.fields {
        f.error = None;
    }
    let today = app.today;
    let result = match form.purpose.clone() {
        Purpose::Stakeholder(original) => stakeholders::stakeholder(form, original.map(|b| *b)),
        Purpose::Contact(id) => stakeholders::contact(form, id, today),
        Purpose::Session => round_tables::session(form, app),
        Purpose::Case(original) => round_tables::case(form, original.map(|b| *b), app),
        Purpose::CloseCase(id) => round_tables::close_case(form, id, app),
        Purpose::Network(original) => networks::network(form, original.map(|b| *b)),
        Purpose::Member {
            network,
            stakeholder,
        } => networks::member(form, network, stakeholder, app),
        Purpose::Problem { network, original } => {
            networks::problem(form, network, original.map(|b| *b), today)
        }
        Purpose::Exchange(network) => networks::exchange(form, network, app),
        Purpose::Training => networks::training(form, app),
        Purpose::Agreement => sharing::agreement(form, app),
        Purpose::Rule => sharing::rule(form),
        // The file is read off the input path; its preview comes back as an action.
        Purpose::Import => {
            let file = form.value(FieldName::File);
            check(form, FieldName::File, validate::required(&file));
            None
        }
        // Written by `follow_up::submit`, with its audit entry.
        Purpose::FollowUp(..) => None,
        // Agenda changes go through the meeting's own serialised session saves.
        Purpose::Topic => {
            let topic = form.value(FieldName::Topic);
            check(form, FieldName::Topic, validate::required(&topic));
            None
        }
    };
    result.map(|c| vec![c])
}

pub(super) fn err(form: &mut Form, name: FieldName, key: &str) {
    if let Some(f) = form.fields.iter_mut().find(|f| f.name == name)
        && f.error.is_none()
    {
        f.error = Some(key.to_owned());
    }
}

pub(super) fn check(form: &mut Form, name: FieldName, r: Result<(), &'static str>) {
    if let Err(k) = r {
        err(form, name, k);
    }
}

pub fn import_form() -> Form {
    let fields = vec![
        Field::text(FieldName::File, ""),
        Field::choice(
            FieldName::OnDuplicate,
            stakeholders::labels(&["import-skip", "import-merge"]),
            0,
        ),
        Field::flag(FieldName::SkipInvalid, false),
        Field::text(FieldName::OnlyCategory, ""),
    ];
    Form::new(Purpose::Import, t("form-import").to_owned(), fields)
}
