//! The meeting screen: attendance, agenda, the notes of the current item, and the note
//! editor that never loses what was typed.

use crate::domain::Id;
use crate::domain::agenda::{self};
use crate::domain::lines::{self, Parsed};
use crate::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use crate::domain::session::{Attendance, Presence, Session, SessionStatus};
use crate::i18n::{t, tf};

use super::{chooser, closed};
use crate::app::model::picker::{PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{Confirm, Status, StatusKind, Ticket};
use crate::app::model::text::TextField;
use crate::app::model::{Action, App, Effect};

use crate::app::model::meeting::{DRAFT_MAX_TICKS, DRAFT_QUIET_TICKS, Focus, Meeting, defaults};

/// Opens the meeting screen for a session, restoring this user's draft for it.
pub fn open(app: &mut App, session: Session) {
    let (tlp, pap) = defaults(app);
    // A closed session is read-only: it opens on the side, not in the editor.
    let focus = if session.status == SessionStatus::Closed {
        Focus::Side
    } else {
        Focus::Editor
    };
    let mut m = Meeting {
        session,
        session_saving: false,
        session_dirty: false,
        item: 0,
        editor: TextField::multi("").with_placeholder(t("meeting-placeholder")),
        focus,
        attendee: 0,
        source: None,
        tlp,
        pap,
        protected: false,
        chooser: None,
        pap_chooser: None,
        item_ticks: 0,
        committing: None,
        failure: None,
        draft_dirty: false,
        ticks_since_edit: 0,
        ticks_since_save: 0,
        draft_version: 0,
        parsed: Parsed::default(),
        started_at: app.now,
        summary: None,
    };
    super::drafts::restore(app, &mut m);
    app.meeting = Some(m);
    reparse(app);
}

/// The first note or attendance mark starts a planned session; preparing its agenda
/// does not.
fn start(app: &mut App) {
    if let Some(m) = app.meeting.as_mut()
        && m.session.status == SessionStatus::Planned
    {
        m.session.status = SessionStatus::InProgress;
        save_session(app);
    }
}

/// Writes the working copy of the session, one save at a time so that each goes out
/// with the revision the previous one produced.
pub(super) fn save_session(app: &mut App) {
    save_session_with(app, Vec::new());
}

/// Like [`save_session`], with more changes in the same transaction (an audit entry).
/// Those are dropped when a save is already in flight: the caller checks first.
pub(super) fn save_session_with(app: &mut App, extra: Vec<Change>) {
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

/// Resolves `@name` against stakeholders, people in the room first.
fn reparse(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let text = m.editor.value();
    let present: Vec<Id> = m.session.present().collect();
    let people = &app.data.stakeholders;
    let parsed = lines::parse(&text, app.today, |token| {
        let in_room = people
            .iter()
            .filter(|s| present.contains(&s.id))
            .map(|s| (s.id, s.name.as_str()));
        lines::resolve(token, in_room).or_else(|_| {
            lines::resolve(
                token,
                people
                    .iter()
                    .filter(|s| !s.archived)
                    .map(|s| (s.id, s.name.as_str())),
            )
        })
    });
    if let Some(m) = app.meeting.as_mut() {
        m.parsed = parsed;
    }
}

fn edited(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.draft_dirty = true;
        m.ticks_since_edit = 0;
        m.draft_version += 1;
    }
    reparse(app);
}

/// A label, the PAP, the source or its protection changed: the draft must follow, so
/// that what is rescued carries them too.
pub(super) fn attributes_changed(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.draft_version += 1;
        if !m.editor.is_empty() {
            m.draft_dirty = true;
            m.ticks_since_edit = 0;
        }
    }
}

fn save_draft(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.draft_dirty = false;
    m.ticks_since_save = 0;
    let change = Change::SetDraft {
        place: m.place(),
        text: m.draft().encode(),
    };
    app.saving.push(Ticket::Draft);
    app.effects.push(Effect::Apply(vec![change], Ticket::Draft));
}

fn commit(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let text = m.editor.value();
    if text.trim().is_empty() || m.committing.is_some() {
        return;
    }
    let anchor = Anchor {
        session: Some(m.session.id),
        item: m.current().map(|i| i.item),
        case: m.current_case(),
    };
    let parsed = &m.parsed;
    let mut changes = vec![Change::Put(AnyRecord::Note(Note {
        id: 0,
        meta: Default::default(),
        at: app.now,
        author: app.user.clone(),
        anchor,
        text: text.clone(),
        source: m.source,
        tlp: m.tlp,
        pap: m.pap,
        protected_source: m.protected,
        revisions: Vec::new(),
        retraction: None,
        who_acts: parsed.actions.first().map(|a| a.owner),
    }))];
    for a in &parsed.actions {
        changes.push(Change::Put(AnyRecord::Action(ActionItem {
            id: 0,
            meta: Default::default(),
            anchor,
            text: a.text.clone(),
            owner: Some(a.owner),
            due: a.due,
            status: ActionStatus::Open,
            tlp: m.tlp,
            from_note: Some(0),
            history: Vec::new(),
        })));
    }
    for d in &parsed.decisions {
        changes.push(Change::Put(AnyRecord::Decision(Decision {
            id: 0,
            meta: Default::default(),
            at: app.now,
            anchor,
            text: d.text.clone(),
            tlp: m.tlp,
            from_note: Some(0),
        })));
    }
    // The draft goes in the same transaction as the note: never both, never neither.
    changes.push(Change::SetDraft {
        place: m.place(),
        text: String::new(),
    });
    let ticket = Ticket::Note(text.clone());
    if let Some(m) = app.meeting.as_mut() {
        m.committing = Some(text);
    }
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(changes, ticket));
}

/// The store answered a save that belongs to the meeting.
pub fn saved(app: &mut App, ok: bool, ticket: &Ticket, message: &str) -> Option<Action> {
    let (tlp, pap) = defaults(app);
    let m = app.meeting.as_mut()?;
    match ticket {
        Ticket::Note(text) => {
            m.committing = None;
            if !ok {
                m.draft_dirty = true;
                m.failure = Some(message.to_owned());
                app.status = Some(Status {
                    kind: StatusKind::Error,
                    text: tf("status-note_not_saved", &[("why", &message)]),
                });
                return None;
            }
            m.failure = None;
            let now = m.editor.value();
            if let Some(rest) = now.strip_prefix(text.as_str()) {
                m.editor.set(rest.trim_start_matches('\n'));
            }
            m.draft_dirty = !m.editor.is_empty();
            m.draft_version += 1;
            let (a, d) = (m.parsed.actions.len(), m.parsed.decisions.len());
            let notice = super::protect::saved(app, text);
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
        Ticket::Session => {
            m.session_saving = false;
            if ok {
                m.session.meta.rev += 1;
                if m.session_dirty {
                    save_session(app);
                }
                Some(Action::Reload)
            } else {
                app.status = Some(Status {
                    kind: StatusKind::Error,
                    text: message.to_owned(),
                });
                // Take the stored version as the new base.
                if let Some(s) = app.data.sessions.iter().find(|s| s.id == m.session.id) {
                    m.session.meta = s.meta.clone();
                    // A refused reopening leaves the session closed here too.
                    if s.status == SessionStatus::Closed {
                        m.session.status = SessionStatus::Closed;
                    }
                }
                Some(Action::Reload)
            }
        }
        Ticket::Draft => {
            // A failed note says so more urgently; keep that message on screen.
            let note_failed = app
                .status
                .as_ref()
                .is_some_and(|s| s.kind == StatusKind::Error);
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
            None
        }
        _ => None,
    }
}

/// After a reload: take the stored session when it is newer than our copy.
pub fn loaded(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if m.session_saving || m.session_dirty {
        return;
    }
    if let Some(s) = app.data.sessions.iter().find(|s| s.id == m.session.id)
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

fn toggle_presence(app: &mut App) {
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

fn go_to_item(app: &mut App, delta: isize) {
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

/// Handles an action while the meeting screen is open. `None`: not a meeting action.
pub fn update(app: &mut App, action: &Action) -> Option<Option<Action>> {
    if chooser::update(app, action)
        || closed::update(app, action)
        || super::walk_in::update(app, action)
    {
        return Some(None);
    }
    let m = app.meeting.as_mut()?;
    if m.summary.is_some() {
        if matches!(action, Action::Back | Action::Yes) {
            app.meeting = None;
            return Some(Some(Action::Reload));
        }
        return Some(None);
    }
    match action {
        Action::Input(key) if m.focus == Focus::Editor => {
            if m.editor.input(*key) {
                edited(app);
            }
        }
        Action::Paste(text) if m.focus == Focus::Editor => {
            if m.editor.paste(text) {
                edited(app);
            }
        }
        Action::CommitNote | Action::ConfirmCommitNote => commit_or_ask(app, action),
        Action::AddTopic => app.form = Some(crate::app::forms::topic_form()),
        Action::ToggleConsensus => toggle_consensus(app),
        Action::MoveItemUp => super::agenda::move_item(app, -1),
        Action::MoveItemDown => super::agenda::move_item(app, 1),
        Action::DropItem => super::agenda::ask_drop(app),
        Action::ConfirmDropItem => super::agenda::drop_item(app),
        Action::PickSource => pick_source(app),
        Action::ChooseTlp => super::chooser::open(app),
        Action::ChoosePap => super::chooser::open_pap(app),
        Action::ToggleProtected => {
            m.protected = !m.protected;
            attributes_changed(app);
        }
        Action::NextItem => go_to_item(app, 1),
        Action::PrevItem => go_to_item(app, -1),
        Action::FocusSide => m.focus = Focus::Side,
        Action::ToggleHelp => {
            app.help_scroll = 0;
            app.overlay = Some(crate::app::model::Overlay::Help);
        }
        Action::FocusEditor => m.focus = Focus::Editor,
        Action::Up if m.focus == Focus::Side => m.attendee = m.attendee.saturating_sub(1),
        Action::Down if m.focus == Focus::Side => {
            m.attendee = (m.attendee + 1).min(m.roster().len().saturating_sub(1));
        }
        Action::TogglePresence => toggle_presence(app),
        Action::ChangeCaseStatus => {
            let case = m.current_case()?;
            let current = app.data.cases.iter().find(|c| c.id == case)?.status;
            app.picker = Some(super::sessions::status_picker(case, current));
        }
        Action::CloseSession => {
            app.confirm = Some(Confirm {
                question: t("confirm-close_session").to_owned(),
                on_yes: Action::ConfirmCloseSession,
            });
        }
        Action::ConfirmCloseSession => close_session(app),
        Action::Back if m.focus == Focus::Side => return Some(leave(app)),
        Action::Tick => {
            tick(app);
            // Time also feeds the change-counter poll.
            return None;
        }
        _ => return None,
    }
    Some(None)
}

/// Ctrl-S in the editor: asks first when the note needs it (PAP:RED with actions, a
/// protected source named in plain text), then sends the note.
fn commit_or_ask(app: &mut App, action: &Action) {
    let ask = matches!(action, Action::CommitNote)
        .then(|| super::protect::question(app))
        .flatten();
    if let Some(question) = ask {
        let on_yes = Action::ConfirmCommitNote;
        app.confirm = Some(Confirm { question, on_yes });
        return;
    }
    commit(app);
    if app.meeting.as_ref().is_some_and(|m| m.committing.is_some()) {
        start(app);
    }
}

fn toggle_consensus(app: &mut App) {
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

/// The picker of the note's source: the people present first.
fn pick_source(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let present: Vec<Id> = m.session.present().collect();
    let current = m.source;
    app.picker = Some(
        Picker::new(
            t("picker-source").to_owned(),
            crate::app::model::namesakes::people_items(app, &present),
            PickTarget::NoteSource,
        )
        .select_value(current),
    );
}

/// The session closes: its time is banked and the summary shown.
fn close_session(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.bank_time();
    m.session.status = SessionStatus::Closed;
    let summary = agenda::summary(&app.data, &m.session, m.started_at);
    m.summary = Some(summary);
    save_session(app);
}

/// Leaving the meeting screen keeps the text: it is written as a draft at once.
fn leave(app: &mut App) -> Option<Action> {
    let m = app.meeting.as_mut()?;
    let banked = m.bank_time();
    if m.draft_dirty {
        save_draft(app);
    }
    if banked {
        save_session(app);
    }
    app.meeting = None;
    Some(Action::Reload)
}

/// Time passes: the item's clock runs (not in a closed session), and the draft is
/// written after a pause in typing, or after a while of typing anyway.
fn tick(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    if m.session.status == SessionStatus::InProgress {
        m.item_ticks += 1;
    }
    m.ticks_since_edit = m.ticks_since_edit.saturating_add(1);
    m.ticks_since_save = m.ticks_since_save.saturating_add(1);
    if m.draft_dirty
        && (m.ticks_since_edit >= DRAFT_QUIET_TICKS || m.ticks_since_save >= DRAFT_MAX_TICKS)
    {
        save_draft(app);
    }
}

/// The picker closed on a note source.
pub fn set_source(app: &mut App, who: Id) {
    if let Some(m) = app.meeting.as_mut() {
        m.source = Some(who);
    }
    attributes_changed(app);
}

/// Whether the screen changes with time alone (the item timer).
pub fn animating(app: &App) -> bool {
    app.meeting
        .as_ref()
        .is_some_and(|m| m.summary.is_none() && m.session.status != SessionStatus::Closed)
}
