//! The one-line forms of a follow-up step: a result, a reason, a new due date.

use crate::app::model::follow_up::Typed;
use crate::domain::Id;
use crate::i18n::tf;

/// The one-line form for `typed` on the action `id`.
pub fn form(id: Id, typed: Typed) -> crate::app::model::form::Form {
    crate::app::model::form::Form::new(
        crate::app::model::purpose::Purpose::FollowUp(id, typed),
        tf("form.follow_up", &[("id", &id)]),
        vec![crate::app::model::form::Field::text(typed.field(), "")],
    )
}
