//! The meeting's saves and what the store answers: the session one save at a time, the
//! note, the draft.

use crate::domain::session::SessionStatus;
use crate::i18n::tf;

use super::editor::reparse;
use crate::app::model::meeting::defaults;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{Status, StatusKind, Ticket};
use crate::app::model::{Action, App, Effect};

/// Writes the working copy of the session, one save at a time so that each goes out
/// with the revision the previous one produced.
pub(in crate::app::features::round_tables) fn save_session(app: &mut App) {
    save_session_with(app, Vec::new());
}

/// Like [`save_session`], with more changes in the same transaction (an audit entry).
/// Those are dropped when a save is already in flight: the caller checks first.
pub(in crate::app::features::round_tables) fn save_session_with(app: &mut App, extra: Vec<Change>) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if m.session_saving {
        m.session_dirty = true;
        return;
    }
    m.session_saving = true;
    m.session_dirty = false;
    app.saving.push(Ticket::Session);
    let mut changes = vec![Change::Put(AnyRecord::Session(m.session.clone()))];
    changes.extend(extra);
    app.effects.push(Effect::Apply(changes, Ticket::Session));
}

/// The store answered a save that belongs to the meeting.
pub fn saved(app: &mut App, ok: bool, ticket: &Ticket, message: &str) -> Option<Action> {
    app.meeting.as_ref()?;
    match ticket {
        Ticket::Note(_) if ok => {
            let text = app.meeting.as_ref()?.committing.clone().unwrap_or_default();
            note_saved(app, &text)
        }
        Ticket::Note(_) => {
            note_failed(app, message);
            None
        }
        Ticket::Session => Some(session_saved(app, ok, message)),
        Ticket::Draft => {
            draft_saved(app, ok, message);
            None
        }
        _ => None,
    }
}

/// A note could not be saved: its text stays in the editor, and the editor says why.
fn note_failed(app: &mut App, message: &str) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.committing = None;
    m.draft_dirty = true;
    m.failure = Some(message.to_owned());
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: tf("status-note_not_saved", &[("why", &message)]),
    });
}

/// A note was saved: what was sent leaves the editor; what was typed meanwhile stays.
fn note_saved(app: &mut App, text: &str) -> Option<Action> {
    let (tlp, pap) = defaults(app);
    let m = app.meeting.as_mut()?;
    m.committing = None;
    m.failure = None;
    let now = m.editor.value();
    if let Some(rest) = now.strip_prefix(text) {
        m.editor.set(rest.trim_start_matches('\n'));
    }
    m.draft_dirty = !m.editor.is_empty();
    m.draft_version += 1;
    let (a, d) = (m.parsed.actions.len(), m.parsed.decisions.len());
    let notice = super::super::protect::saved(app, text);
    let m = app.meeting.as_mut()?;
    // Labels and source are per note: the next one starts from the defaults, so
    // that a TLP:CLEAR or a named source never carries over by accident. Text
    // typed while this one was saving keeps what it was typed under, never less
    // strict than the defaults.
    if m.editor.is_empty() {
        m.source = None;
        m.protected = false;
        m.tlp = tlp;
        m.pap = pap;
    } else {
        m.tlp = m.tlp.stricter(tlp);
        m.pap = m.pap.min(pap);
    }
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: [tf("status-note_saved", &[("a", &a), ("d", &d)])]
            .into_iter()
            .chain(notice)
            .collect::<Vec<_>>()
            .join(" "),
    });
    reparse(app);
    Some(Action::Reload)
}

/// The session was written (the next pending save goes out), or refused (the stored
/// version becomes the new base).
fn session_saved(app: &mut App, ok: bool, message: &str) -> Action {
    let Some(m) = app.meeting.as_mut() else {
        return Action::Reload;
    };
    m.session_saving = false;
    if ok {
        m.session.meta.rev += 1;
        if m.session_dirty {
            save_session(app);
        }
        return Action::Reload;
    }
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: message.to_owned(),
    });
    if let Some(s) = crate::domain::dataset::by_id(&app.data.sessions, m.session.id) {
        m.session.meta = s.meta.clone();
        // A refused reopening leaves the session closed here too.
        if s.status == SessionStatus::Closed {
            m.session.status = SessionStatus::Closed;
        }
    }
    Action::Reload
}

/// A draft was written, or not: then it is retried after the next quiet spell.
fn draft_saved(app: &mut App, ok: bool, message: &str) {
    // A failed note says so more urgently; keep that message on screen.
    let note_failed = app
        .status
        .as_ref()
        .is_some_and(|s| s.kind == StatusKind::Error);
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if !ok {
        // Retry after the next quiet spell, not on every tick.
        m.draft_dirty = true;
        m.ticks_since_edit = 0;
    }
    if !ok && !note_failed {
        app.status = Some(Status {
            kind: StatusKind::Error,
            text: tf("status-draft_not_saved", &[("why", &message)]),
        });
    }
}

/// After a reload: take the stored session when it is newer than our copy.
pub fn loaded(app: &mut App) {
    draft_still_there(app);
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if m.session_saving || m.session_dirty {
        return;
    }
    if let Some(s) = crate::domain::dataset::by_id(&app.data.sessions, m.session.id)
        && s.meta.rev > m.session.meta.rev
    {
        let keep_times: Vec<u32> = m.session.agenda.iter().map(|i| i.elapsed_secs).collect();
        m.session = s.clone();
        for (i, secs) in m.session.agenda.iter_mut().zip(keep_times) {
            i.elapsed_secs = i.elapsed_secs.max(secs);
        }
        m.item = m.item.min(m.session.agenda.len().saturating_sub(1));
    }
}

/// The editor's text has a draft in the data just read, or it is written again: another
/// window of the same user that saved a note in this session took the draft with it.
fn draft_still_there(app: &mut App) {
    let writing = app.saving.contains(&Ticket::Draft);
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if writing || m.draft_dirty || m.committing.is_some() || m.editor.value().trim().is_empty() {
        return;
    }
    let place = m.place();
    let base = crate::app::model::note_draft::draft_base(&place);
    let there = (app.data.drafts.iter()).any(|d| {
        d.owner == app.user && crate::app::model::note_draft::draft_base(&d.place) == base
    });
    if !there {
        m.draft_dirty = true;
    }
}
