//! Drafts coming back: the note editor's into its meeting, and a form left open when the
//! terminal went away.

use crate::app::model::meeting::Meeting;
use crate::app::model::note_draft::{NoteDraft, draft_base};
use crate::app::model::state::{Status, StatusKind};
use crate::app::model::{App, Tab};
use crate::domain::session::Session;
use crate::i18n::t;

/// Puts this user's draft for the meeting's session back into its editor: the text,
/// every attribute, and the agenda item it was typed at.
pub fn restore(app: &mut App, m: &mut Meeting) {
    let place = m.place();
    let Some(d) = app
        .data
        .drafts
        .iter()
        .find(|d| d.owner == app.user && draft_base(&d.place) == draft_base(&place))
    else {
        return;
    };
    let draft = NoteDraft::decode(&d.text);
    m.editor.set(&draft.text);
    (m.tlp, m.pap, m.source, m.protected) = (draft.tlp, draft.pap, draft.source, draft.protected);
    let item = d
        .place
        .split_once('#')
        .and_then(|(_, i)| i.parse::<u32>().ok());
    if let Some(pos) = item.and_then(|i| m.session.agenda.iter().position(|a| a.item == i)) {
        m.item = pos;
    }
    m.draft_version += 1;
    let key = if draft.from_old_format() {
        "status-draft_restored_strictest"
    } else {
        "status-draft_restored"
    };
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: t(key).to_owned(),
    });
}

/// At start-up: a draft this user left in a session's editor reopens that meeting with
/// the text in place.
pub fn resume_draft(app: &mut App) {
    let place_of = |s: &Session| format!("session:{}", s.id);
    let found = app
        .data
        .drafts
        .iter()
        .filter(|d| d.owner == app.user && !d.text.trim().is_empty())
        .find_map(|d| {
            app.data
                .sessions
                .iter()
                .find(|s| place_of(s) == draft_base(&d.place))
        })
        .cloned();
    if let Some(s) = found {
        app.tab = Tab::Sessions;
        super::meeting::open(app, s);
    }
    resume_form(app);
}

/// A form left open when the terminal or the process went away comes back on top. Run
/// again once the history is read: a correction's note is in it.
pub fn resume_form(app: &mut App) {
    let form = app
        .data
        .drafts
        .iter()
        .filter(|d| d.owner == app.user && d.place.starts_with("form:"))
        .find_map(|d| crate::app::forms::draft::restore(app, &d.place, &d.text));
    if let Some(f) = form {
        app.form = Some(f);
        app.status = Some(Status {
            kind: StatusKind::Info,
            text: t("status-form_restored").to_owned(),
        });
    }
}
