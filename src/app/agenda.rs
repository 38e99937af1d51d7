//! Changes made from the meeting screen to the agenda and to the cases on it.

use crate::domain::Id;
use crate::domain::case::{CaseStatus, StatusChange};
use crate::domain::session::AgendaSubject;
use crate::i18n::{t, tf};

use super::meeting::save_session;
use super::picker::{PickItem, PickTarget, Picker};
use super::record::{AnyRecord, Change};
use super::state::{Status, StatusKind, Ticket};
use super::{App, Effect};

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

pub(super) fn drop_item(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    let Some(item) = m.current().map(|i| i.item) else {
        return;
    };
    let has_notes = app
        .data
        .notes
        .iter()
        .any(|n| n.anchor.session == Some(m.session.id) && n.anchor.item == Some(item));
    if has_notes {
        app.status = Some(Status {
            kind: StatusKind::Error,
            text: t("status-item_has_notes").to_owned(),
        });
        return;
    }
    m.session.agenda.remove(m.item);
    m.item = m.item.min(m.session.agenda.len().saturating_sub(1));
    m.item_ticks = 0;
    save_session(app);
}

/// A case's status changed at the table (or in the case file).
pub fn set_case_status(
    app: &mut App,
    case: Id,
    to: CaseStatus,
    closure: Option<crate::domain::case::Closure>,
) {
    let Some(c) = app.data.cases.iter().find(|c| c.id == case) else {
        return;
    };
    let mut c = c.clone();
    if c.status == to && closure.is_none() {
        return;
    }
    c.history.push(StatusChange {
        at: app.now,
        by: app.user.clone(),
        from: Some(c.status),
        to,
    });
    c.status = to;
    if to == CaseStatus::Closed {
        c.closure = closure;
    }
    let msg = tf(
        "status-case_status",
        &[
            ("case", &c.reference),
            ("status", &crate::labels::case_status(to)),
        ],
    );
    app.saving.push(Ticket::Quick(msg.clone()));
    app.effects.push(Effect::Apply(
        vec![Change::Put(AnyRecord::Case(c))],
        Ticket::Quick(msg),
    ));
}

/// Case statuses as picker items.
pub fn status_picker(case: Id, current: CaseStatus) -> Picker {
    let items = CaseStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| PickItem {
            value: i as u64,
            label: crate::labels::case_status(*s).to_owned(),
            hint: String::new(),
            group: 0,
        })
        .collect();
    Picker::new(
        t("picker-case_status").to_owned(),
        items,
        PickTarget::CaseStatus(case),
    )
    .select_value(
        CaseStatus::ALL
            .iter()
            .position(|s| *s == current)
            .map(|i| i as u64),
    )
}
