//! Changes made from the meeting screen to the agenda and to the cases on it.

use crate::domain::session::AgendaSubject;
use crate::i18n::t;

use super::meeting::save_session;
use crate::app::model::App;
use crate::app::model::state::{Confirm, Status, StatusKind};

/// Adds a general topic to the agenda, after the current item.
pub fn add_topic(app: &mut App, topic: String) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    let next = m.session.agenda.iter().map(|i| i.item).max().unwrap_or(0) + 1;
    let at = (m.item + 1).min(m.session.agenda.len());
    m.session.agenda.insert(
        at,
        crate::domain::session::AgendaItem {
            item: next,
            subject: AgendaSubject::Topic(topic),
            elapsed_secs: 0,
        },
    );
    save_session(app);
}

pub(super) fn move_item(app: &mut App, delta: isize) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    let n = m.session.agenda.len();
    let to = m.item.saturating_add_signed(delta);
    if n < 2 || to >= n || to == m.item {
        return;
    }
    m.session.agenda.swap(m.item, to);
    m.item = to;
    save_session(app);
}

/// Drops the current item; an item with notes is kept, saying why.
pub(super) fn drop_item(app: &mut App) {
    if refuse_drop(app) {
        return;
    }
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.session.agenda.remove(m.item);
    m.item = m.item.min(m.session.agenda.len().saturating_sub(1));
    m.item_ticks = 0;
    save_session(app);
}

/// Asks before dropping the current item, unless it cannot be dropped (then says why).
pub(super) fn ask_drop(app: &mut App) {
    if !refuse_drop(app) {
        app.confirm = Some(Confirm {
            question: t("confirm-drop_item").to_owned(),
            on_yes: crate::app::model::Action::ConfirmDropItem,
        });
    }
}

/// Whether the current item cannot be dropped (it has notes, or there is none); says
/// why in the status line. Asked before the confirmation as well as after it.
fn refuse_drop(app: &mut App) -> bool {
    let Some(m) = app.meeting.as_ref() else {
        return true;
    };
    let Some(item) = m.current().map(|i| i.item) else {
        return true;
    };
    let has_notes = (app.data.notes.iter())
        .any(|n| n.anchor.session == Some(m.session.id) && n.anchor.item == Some(item));
    if has_notes {
        app.status = Some(Status {
            kind: StatusKind::Error,
            text: t("status-item_has_notes").to_owned(),
        });
    }
    has_notes
}
