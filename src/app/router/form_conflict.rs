//! A form's save refused because a colleague (or another window) saved the same record
//! since the form opened. Nothing typed is lost: once the record is read again, the form
//! is put on the record as it is now, the fields the user did not touch take the
//! colleague's values, the fields they changed keep theirs, and the form says which
//! fields were changed meanwhile. Ctrl-S again then saves the user's changes over those.

use crate::app::forms::draft;
use crate::app::model::App;
use crate::app::model::effect::Refusal;
use crate::app::model::form::Form;
use crate::i18n::{t, tf};

/// After a refused save, and after every load while it is shown: when the record moved
/// on, the form moves with it and names what changed.
pub(super) fn rebase(app: &mut App) {
    let Some(form) = app
        .form
        .as_ref()
        .filter(|f| f.failure.is_some() && !f.saving && !f.erased)
    else {
        return;
    };
    let Some(current) = draft::place(&*form.purpose).and_then(|p| draft::rebuild(app, &p)) else {
        return;
    };
    if current.purpose.rev() == form.purpose.rev() {
        return;
    }
    if let Some(form) = app.form.as_mut() {
        onto(form, current);
    }
}

/// Puts `form` on `current`, the form as it opens on the record now.
fn onto(form: &mut Form, current: Form) {
    let mut changed = Vec::new();
    for (i, f) in form.fields.iter_mut().enumerate() {
        let (Some(base), Some(now)) = (form.base.get(i), current.fields.get(i)) else {
            continue;
        };
        let theirs = now.value();
        if theirs == *base {
            continue;
        }
        changed.push(t(f.name.label()).to_owned());
        if f.value() == *base {
            f.set_value(theirs);
        }
    }
    let why = form.failure.take().unwrap_or_default();
    let key = if changed.is_empty() {
        "form-changed_meanwhile_nothing_here"
    } else {
        "form-changed_meanwhile"
    };
    form.failure = Some(tf(key, &[("why", &why), ("fields", &changed.join(", "))]));
    form.base = current.fields.iter().map(|f| f.value()).collect();
    form.purpose = current.purpose;
    form.dirty = true;
}

/// A save refused because the record was erased meanwhile (`StoreError::Erased`): the
/// form says so, and that only Esc is left; it is not put on the tombstone.
pub(super) fn erased(form: &mut Form, why: Refusal) {
    if why == Refusal::Erased {
        form.erased = true;
        form.failure = Some(t("form-record_erased").to_owned());
    }
}
