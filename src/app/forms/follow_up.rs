//! The one-line forms of a follow-up step: a result, a reason, a new due date. Written by
//! the follow-up feature with its audit entry; no draft is kept.

use crate::app::model::field_name::fields;
use crate::app::model::follow_up::Typed;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::Change;
use crate::app::model::state::App;
use crate::domain::Id;
use crate::i18n::tf;

fields! {
    /// The one field of a follow-up form, by what it asks.
    pub enum FollowUpField {
        Result: "action_result" => "field-action_result",
        Reason: "action_reason" => "field-action_reason",
        Due: "action_due" => "field-action_due",
    }
}

/// A step typed on the action `0`.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpForm(pub Id, pub Typed);

impl Purpose for FollowUpForm {
    fn validate(&self, _form: &mut Form, _app: &App) -> Option<Vec<Change>> {
        None
    }
}

/// The one field the form for `typed` has.
pub fn field(typed: Typed) -> FollowUpField {
    match typed {
        Typed::Result => FollowUpField::Result,
        Typed::Reason => FollowUpField::Reason,
        Typed::Due => FollowUpField::Due,
    }
}

/// The one-line form for `typed` on the action `id`.
pub fn form(id: Id, typed: Typed) -> Form {
    Form::new(
        FollowUpForm(id, typed),
        tf("form-follow_up", &[("id", &id)]),
        vec![Field::text(field(typed), "")],
    )
}
