//! What happens at the table: the session starts, partners are marked present, the
//! chair moves through the agenda, agrees on feedback, and closes the session.

use crate::domain::agenda;
use crate::domain::session::{Attendance, Presence, SessionStatus};
use crate::i18n::t;

use super::editor::reparse;
use super::saves::save_session;
use crate::app::model::App;
use crate::app::model::state::{Status, StatusKind};

/// The first note or attendance mark starts a planned session; preparing its agenda
/// does not.
pub(super) fn start(app: &mut App) {
    if let Some(m) = app.meeting.as_mut()
        && m.session.status == SessionStatus::Planned
    {
        m.session.status = SessionStatus::InProgress;
        save_session(app);
    }
}

pub(super) fn toggle_presence(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    let Some(&who) = m.roster().get(m.attendee) else {
        return;
    };
    let next = match m.session.presence_of(who) {
        None | Some(Presence::Absent) => Presence::Present,
        Some(Presence::Present) => Presence::Excused,
        Some(Presence::Excused) => Presence::Absent,
    };
    match m
        .session
        .attendance
        .iter_mut()
        .find(|a| a.stakeholder == who)
    {
        Some(a) => a.presence = next,
        None => m.session.attendance.push(Attendance {
            stakeholder: who,
            presence: next,
        }),
    }
    if m.session.status == SessionStatus::Planned {
        m.session.status = SessionStatus::InProgress;
    }
    save_session(app);
}

pub(super) fn go_to_item(app: &mut App, delta: isize) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    let n = m.session.agenda.len();
    if n == 0 {
        return;
    }
    let next = m.item.saturating_add_signed(delta).min(n - 1);
    if next == m.item {
        return;
    }
    let banked = m.bank_time();
    m.item = next;
    m.item_ticks = 0;
    if banked {
        save_session(app);
    }
    reparse(app);
}

pub(super) fn toggle_consensus(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.session.feedback_consensus = !m.session.feedback_consensus;
    let key = if m.session.feedback_consensus {
        "status-consensus_on"
    } else {
        "status-consensus_off"
    };
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: t(key).to_owned(),
    });
    save_session(app);
}

/// The session closes: its time is banked and the summary shown.
pub(super) fn close_session(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.bank_time();
    m.session.status = SessionStatus::Closed;
    let summary = agenda::summary(&app.data, &m.session, m.started_at);
    m.summary = Some(summary);
    save_session(app);
}
