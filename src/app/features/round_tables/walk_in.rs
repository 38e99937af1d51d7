//! A partner who walks in during the meeting: picked from everyone not yet at the table,
//! marked present with the session (`domain::schedule::walk_in`). The minutes list them
//! as joined without an invitation.

use crate::domain::Id;
use crate::domain::session::SessionStatus;
use crate::i18n::{t, tf};

use crate::app::model::picker::{PickTarget, Picker};
use crate::app::model::state::{Status, StatusKind};
use crate::app::model::{Action, App};

/// Opens the picker on `w`. `true` when the action was dealt with here.
pub fn update(app: &mut App, action: &Action) -> bool {
    if *action != Action::WalkIn {
        return false;
    }
    let Some(m) = app.meeting.as_ref() else {
        return false;
    };
    let present: Vec<Id> = m.session.present().collect();
    let session = m.session.id;
    let items = crate::app::model::namesakes::people_items(app, &[])
        .into_iter()
        .filter(|p| !present.contains(&p.value))
        .collect();
    app.picker = Some(Picker::new(
        t("picker-walk_in").to_owned(),
        items,
        PickTarget::WalkIn(session),
    ));
    true
}

/// The picker chose who walked in: present from now on, and the session under way.
pub fn picked(app: &mut App, session: Id, who: Id) {
    let name = app
        .stakeholder_name(Some(who))
        .map(|n| crate::domain::sanitize::line(n).into_owned())
        .unwrap_or_default();
    let Some(m) = app.meeting.as_mut().filter(|m| m.session.id == session) else {
        return;
    };
    let (kind, text) = match crate::domain::schedule::walk_in(&m.session, who) {
        Ok(mut s) => {
            if s.status == SessionStatus::Planned {
                s.status = SessionStatus::InProgress;
            }
            m.session = s;
            super::meeting::save_session(app);
            (StatusKind::Info, tf("status-walked_in", &[("who", &name)]))
        }
        Err(e) => (StatusKind::Error, t(e.key()).to_owned()),
    };
    app.status = Some(Status { kind, text });
}
