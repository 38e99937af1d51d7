//! An open form's typing, written as a draft while it is typed: after a short pause in
//! typing, or every few seconds of steady typing, as the note editor's text is. The
//! rescue on a hang-up, a signal or a panic needs the process to run; after a `kill -9`
//! (or a power cut) only what was written here comes back on the next start.

use crate::app::forms::draft;
use crate::app::model::meeting::{DRAFT_MAX_TICKS, DRAFT_QUIET_TICKS};
use crate::app::model::record::Change;
use crate::app::model::state::{Status, StatusKind, Ticket};
use crate::app::model::{App, Effect};
use crate::i18n::tf;

/// Time passes: the open form's values are written once they changed and typing paused
/// (or went on too long without a pause).
pub(super) fn tick(app: &mut App) {
    let Some(f) = app
        .form
        .as_mut()
        .filter(|f| f.dirty && !f.saving && !f.erased)
    else {
        return;
    };
    let Some(place) = draft::place(&*f.purpose) else {
        return;
    };
    let now = draft::snapshot(f);
    let k = &mut f.keeping;
    if now == k.written {
        k.unwritten_ticks = 0;
        k.seen = now;
        return;
    }
    if now == k.seen {
        k.quiet_ticks = k.quiet_ticks.saturating_add(1);
    } else {
        k.quiet_ticks = 0;
        k.seen.clone_from(&now);
    }
    k.unwritten_ticks = k.unwritten_ticks.saturating_add(1);
    if k.quiet_ticks < DRAFT_QUIET_TICKS && k.unwritten_ticks < DRAFT_MAX_TICKS {
        return;
    }
    k.written.clone_from(&now);
    k.unwritten_ticks = 0;
    let change = Change::SetDraft { place, text: now };
    app.saving.push(Ticket::FormDraft);
    app.effects
        .push(Effect::Apply(vec![change], Ticket::FormDraft));
}

/// The store could not write the draft: the form says so, and the next quiet spell
/// tries again.
pub(super) fn failed(app: &mut App, message: &str) {
    if let Some(f) = app.form.as_mut() {
        f.keeping.written.clear();
        f.keeping.quiet_ticks = 0;
    }
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: tf("status-form_draft_not_saved", &[("why", &message)]),
    });
}

/// Whether the open form has a draft in the database: read at start-up, or written
/// while it was typed.
pub(super) fn kept(app: &App, place: &str, form: &crate::app::model::form::Form) -> bool {
    !form.keeping.written.is_empty()
        || (app.data.drafts.iter()).any(|d| d.owner == app.user && d.place == place)
}

/// The data were read again: a draft this form wrote that is no longer there (another
/// window of the same user saved or dropped the same form) is written again.
pub(super) fn loaded(app: &mut App) {
    let Some(place) = (app.form.as_ref()).and_then(|f| draft::place(&*f.purpose)) else {
        return;
    };
    let there = (app.data.drafts.iter()).any(|d| d.owner == app.user && d.place == place);
    let writing = app.saving.contains(&Ticket::FormDraft);
    if let Some(f) = app.form.as_mut()
        && !there
        && !writing
        && !f.saving
    {
        f.keeping.written.clear();
    }
}
