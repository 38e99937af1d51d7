//! Minutes and feedback sheets that may not go to a recipient at all, and the one line
//! that says why (as `agenda::refusal` does for the agenda).

use crate::domain::Id;
use crate::domain::case::Case;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::Context;
use crate::domain::sanitize::line as clean;
use crate::domain::session::Session;

use super::minutes::Preview;

/// Why no minutes of `session` go to `recipient`
/// ([`Context::may_receive_minutes`]), or `None` when they may.
pub fn refusal(data: &Dataset, session: &Session, recipient: Id, p: &Preview) -> Option<String> {
    let ctx = Context::new(data);
    (ctx.may_receive_minutes(session, recipient, !p.included.is_empty()))
        .err()
        .map(|_| {
            crate::i18n::tf(
                "minutes-not_at_the_table",
                &[("who", &name_of(data, recipient))],
            )
        })
}

/// Why no feedback sheet of `case` goes to `recipient`
/// ([`Context::may_receive_feedback`]), or `None` when it may.
pub fn feedback_refusal(data: &Dataset, case: &Case, recipient: Id) -> Option<String> {
    let ctx = Context::new(data);
    ctx.may_receive_feedback(case.id, recipient).err().map(|_| {
        crate::i18n::tf(
            "feedback-not_involved",
            &[
                ("who", &name_of(data, recipient)),
                ("case", &case.reference),
            ],
        )
    })
}

fn name_of(data: &Dataset, id: Id) -> String {
    crate::domain::dataset::by_id(&data.stakeholders, id)
        .map(|s| clean(&s.name).into_owned())
        .unwrap_or_default()
}
