//! A closed session is read-only: its minutes may already have gone out, so nothing is
//! added to it, its attendance and agenda stay as they were and its item timer stands
//! still. Reopening it is an explicit act, asked for and recorded on the audit trail.

use crate::domain::audit::AuditKind;
use crate::domain::session::SessionStatus;
use crate::i18n::t;

use crate::app::model::state::{Confirm, Status, StatusKind};
use crate::app::model::{Action, App};
use crate::domain::audit::AuditEvent;

/// Whether `action`, on the meeting screen, would change the session or what is typed
/// into it (browsing, leaving, help and time are not).
fn changes(action: &Action) -> bool {
    use Action::*;
    matches!(
        action,
        Input(_)
            | Paste(_)
            | FocusEditor
            | CommitNote
            | PickSource
            | ChooseTlp
            | PickTlp(_)
            | ChoosePap
            | PickPap(_)
            | ToggleProtected
            | TogglePresence
            | WalkIn
            | AddTopic
            | MoveItemUp
            | MoveItemDown
            | DropItem
            | ConfirmDropItem
            | ToggleConsensus
            | ChangeCaseStatus
            | CloseSession
            | ConfirmCloseSession
    )
}

fn say(app: &mut App, kind: StatusKind, key: &str) {
    app.status = Some(Status {
        kind,
        text: t(key).to_owned(),
    });
}

/// Handles what a closed session's meeting screen must refuse, and reopening. `true`
/// when the action was dealt with here.
pub fn update(app: &mut App, action: &Action) -> bool {
    let Some(m) = app.meeting.as_mut() else {
        return false;
    };
    let closed = m.session.status == SessionStatus::Closed;
    match action {
        Action::ReopenSession if closed => {
            app.confirm = Some(Confirm {
                question: t("confirm-reopen_session").to_owned(),
                on_yes: Action::ConfirmReopenSession,
            });
        }
        Action::ReopenSession => say(app, StatusKind::Info, "status-session_not_closed"),
        Action::ConfirmReopenSession if closed => {
            if m.session_saving {
                say(app, StatusKind::Error, "status-session_busy");
                return true;
            }
            m.session.status = SessionStatus::InProgress;
            let event = AuditEvent::new(
                AuditKind::SessionReopened,
                format!("session:{}", m.session.id),
                "session reopened",
            );
            super::meeting::save_session_with(
                app,
                vec![crate::app::model::record::Change::Audit(event)],
            );
            say(app, StatusKind::Info, "status-session_reopened");
        }
        a if closed && changes(a) => {
            // The editor of a closed session is not for typing: leave it for the side.
            m.focus = crate::app::model::meeting::Focus::Side;
            say(app, StatusKind::Error, "status-session_closed");
        }
        _ => return false,
    }
    true
}
