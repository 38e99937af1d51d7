//! The meeting screen: attendance, agenda, the notes of the current item, and the note
//! editor that never loses what was typed. The editor and its saves, and what happens at
//! the table, are in the files beside this one.

mod editor;
mod notes;
mod saves;
mod table;

pub(in crate::app::features::round_tables) use editor::attributes_changed;
pub use editor::set_source;
pub use saves::{loaded, saved};
pub(in crate::app::features::round_tables) use saves::{save_session, save_session_with};

use crate::domain::session::{Session, SessionStatus};
use crate::i18n::t;

use super::{chooser, closed, correction, walk_in};
use crate::app::model::layers::Handled;
use crate::app::model::state::Confirm;
use crate::app::model::{Action, App};

use crate::app::model::meeting::{DRAFT_MAX_TICKS, DRAFT_QUIET_TICKS, Focus, Meeting, defaults};
use editor::{commit_or_ask, edited, pick_source, reparse, save_draft};
use table::{close_session, go_to_item, toggle_consensus, toggle_presence};

/// Opens the meeting screen for a session, restoring this user's draft for it.
pub fn open(app: &mut App, session: Session) {
    let (tlp, pap) = defaults(app);
    let mut m = Meeting::new(session, app.now, tlp, pap);
    super::drafts::restore(app, &mut m);
    app.meeting = Some(m);
    reparse(app);
}

/// Handles an action while the meeting screen is open: the meeting takes every key, and
/// answers with the action that follows, if any.
pub fn update(app: &mut App, action: &Action) -> Option<Action> {
    if chooser::update(app, action)
        || closed::update(app, action)
        || walk_in::update(app, action)
        || correction::update(app, action)
    {
        return None;
    }
    let m = app.meeting.as_mut()?;
    if m.summary.is_some() {
        if matches!(action, Action::Back | Action::Yes) {
            app.meeting = None;
            return Some(Action::Reload);
        }
        return None;
    }
    let done = notes::update(app, action)
        .or_else(|| update_note(app, action))
        .or_else(|| update_table(app, action));
    if let Handled::Taken(next) = done {
        return next;
    }
    if *action == Action::Tick {
        // Time also feeds the change-counter poll.
        tick(app);
    }
    None
}

/// What is typed and how it is labelled; other actions are passed on.
fn update_note(app: &mut App, action: &Action) -> Handled {
    let Some(m) = app.meeting.as_mut() else {
        return Handled::Passed;
    };
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
        Action::PickSource => pick_source(app),
        Action::ChooseTlp => super::chooser::open(app),
        Action::ChoosePap => super::chooser::open_pap(app),
        Action::ToggleProtected => {
            m.protected = !m.protected;
            attributes_changed(app);
        }
        Action::FocusSide => m.focus = Focus::Side,
        Action::FocusEditor => m.focus = Focus::Editor,
        _ => return Handled::Passed,
    }
    Handled::Taken(None)
}

/// The agenda, the attendance, the cases and the session; other actions are passed on.
fn update_table(app: &mut App, action: &Action) -> Handled {
    let Some(m) = app.meeting.as_mut() else {
        return Handled::Passed;
    };
    match action {
        Action::AddTopic => app.form = Some(crate::app::forms::topic_form()),
        Action::ToggleConsensus => toggle_consensus(app),
        Action::MoveItemUp => super::agenda::move_item(app, -1),
        Action::MoveItemDown => super::agenda::move_item(app, 1),
        Action::DropItem => super::agenda::ask_drop(app),
        Action::ConfirmDropItem => super::agenda::drop_item(app),
        Action::NextItem => go_to_item(app, 1),
        Action::PrevItem => go_to_item(app, -1),
        Action::ToggleHelp => {
            app.help_scroll.reset();
            app.overlay = Some(crate::app::model::Overlay::Help);
        }
        Action::ShowMessages => {
            app.messages.scroll.reset();
            app.overlay = Some(crate::app::model::Overlay::Messages);
        }
        Action::Up if m.focus == Focus::Side => m.attendee = m.attendee.saturating_sub(1),
        Action::Down if m.focus == Focus::Side => {
            m.attendee = (m.attendee + 1).min(m.roster().len().saturating_sub(1));
        }
        Action::Top if m.focus == Focus::Side => m.attendee = 0,
        Action::Bottom if m.focus == Focus::Side => {
            m.attendee = m.roster().len().saturating_sub(1);
        }
        Action::TogglePresence => toggle_presence(app),
        Action::ChangeCaseStatus => {
            let case = m.current_case();
            let current = app.data.cases.iter().find(|c| Some(c.id) == case);
            if let Some(c) = current {
                app.picker = Some(super::sessions::status_picker(c.id, c.status));
            }
        }
        Action::CloseSession => {
            app.confirm = Some(Confirm {
                question: t("confirm-close_session").to_owned(),
                on_yes: Action::ConfirmCloseSession,
            });
        }
        Action::ConfirmCloseSession => close_session(app),
        Action::Back if m.focus == Focus::Side => return Handled::Taken(leave(app)),
        _ => return Handled::Passed,
    }
    Handled::Taken(None)
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

/// Whether the screen changes with time alone: the item timer, which runs only while
/// the session is in progress (not while its agenda is prepared, not once closed).
pub fn animating(app: &App) -> bool {
    app.meeting
        .as_ref()
        .is_some_and(|m| m.summary.is_none() && m.session.status == SessionStatus::InProgress)
}

/// Leaves the meeting screen as Esc does, the draft written at once (for a jump from the
/// search to another screen).
pub fn close(app: &mut App) -> Option<Action> {
    app.meeting.as_ref()?;
    leave(app)
}

/// Comes back to the meeting screen as it was (Esc's way back to the search): its
/// session at its agenda item, with its focus and notes cursor. A session gone meanwhile
/// leaves the meeting screen.
pub fn return_to(
    app: &mut App,
    at: crate::app::model::search_back::MeetingPlace,
) -> Option<Action> {
    let Some(&pos) = app.index.sessions.get(&at.session) else {
        return close(app);
    };
    let mut next = None;
    if app
        .meeting
        .as_ref()
        .is_none_or(|m| m.session.id != at.session)
    {
        next = close(app);
        open(app, app.data.sessions[pos].clone());
    }
    let item = app.meeting.as_ref()?.item;
    go_to_item(app, at.item as isize - item as isize);
    if let Some(m) = app.meeting.as_mut() {
        m.focus = at.focus;
        m.notes_cursor = at.notes_cursor;
        m.search = None;
    }
    next
}

/// Shows `entry` of the notes pane at agenda item `item` of `session`, under the pane's
/// cursor: opens that session's meeting screen (leaving another one first), moves to the
/// item. An entry no longer on the agenda leaves the screen on its first item, saying so.
pub fn show_entry(
    app: &mut App,
    session: crate::domain::Id,
    item: Option<u32>,
    entry: crate::app::model::meeting_notes::Entry,
) -> Option<Action> {
    let pos = *app.index.sessions.get(&session)?;
    let mut next = None;
    if app.meeting.as_ref().is_none_or(|m| m.session.id != session) {
        next = close(app);
        open(app, app.data.sessions[pos].clone());
    }
    let m = app.meeting.as_ref()?;
    let at = m.session.agenda.iter().position(|i| Some(i.item) == item);
    if let Some(at) = at {
        go_to_item(app, at as isize - m.item as isize);
    }
    let m = app.meeting.as_ref()?;
    let cursor = crate::app::model::meeting_notes::entries(app, m)
        .iter()
        .position(|e| *e == entry);
    if cursor.is_none() {
        app.status = Some(crate::app::model::Status {
            kind: crate::app::model::StatusKind::Info,
            text: t("search-not_on_agenda").to_owned(),
        });
    }
    if let Some(m) = app.meeting.as_mut() {
        m.focus = if cursor.is_some() {
            Focus::Notes
        } else {
            Focus::Side
        };
        m.notes_cursor = cursor;
        m.search = None;
    }
    next
}
