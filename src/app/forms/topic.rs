//! The form of a general topic for the open meeting's agenda. It lives inside a meeting
//! and keeps no draft; the router hands its topic to the agenda.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::Change;
use crate::app::model::state::App;
use crate::domain::validate;
use crate::i18n::t;

use super::check;

fields! {
    /// The one field of the topic form.
    pub enum TopicField {
        Topic: "topic" => "field-topic",
    }
}

/// A topic for the open meeting's agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicForm;

impl Purpose for TopicForm {
    /// Agenda changes go through the meeting's own serialised session saves.
    fn validate(&self, form: &mut Form, _app: &App) -> Option<Vec<Change>> {
        let topic = form.value(TopicField::Topic);
        check(form, TopicField::Topic, validate::required(&topic));
        None
    }
}

pub fn form() -> Form {
    Form::new(
        TopicForm,
        t("form-new_topic").to_owned(),
        vec![Field::text(TopicField::Topic, "")],
    )
}
