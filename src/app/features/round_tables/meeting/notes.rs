//! The notes pane: a cursor over its entries (the still-open actions first, overdue
//! first), the follow-up of the action under it, and a search over every note, action
//! and decision of the session.

use crate::app::model::follow_up::StepKind;
use crate::app::model::layers::Handled;
use crate::app::model::meeting::Focus;
use crate::app::model::meeting_notes::{self, Entry, NoteSearch};
use crate::app::model::state::{Status, StatusKind};
use crate::app::model::{Action, App};
use crate::i18n::t;

/// Handles an action of the notes pane; other actions are passed on.
pub(super) fn update(app: &mut App, action: &Action) -> Handled {
    let Some(m) = app.meeting.as_mut() else {
        return Handled::Passed;
    };
    if m.search.as_ref().is_some_and(|s| s.typing) {
        return if search_typed(app, action) {
            Handled::Taken(None)
        } else {
            Handled::Passed
        };
    }
    if let Some(kind) = StepKind::of(action) {
        follow_up(app, kind);
        return Handled::Taken(None);
    }
    match action {
        Action::FocusNotes => focus(app),
        Action::StartNoteSearch => {
            m.search = Some(NoteSearch::new());
            m.focus = Focus::Notes;
        }
        Action::NextMatch => jump(app, true),
        Action::PrevMatch => jump(app, false),
        Action::Back if m.focus == Focus::Notes && m.search.is_some() => m.search = None,
        Action::Back if m.focus == Focus::Notes => {
            m.focus = Focus::Side;
            m.notes_cursor = None;
        }
        // ← and h leave the pane at once, its search with it.
        Action::FocusSide if m.focus == Focus::Notes => {
            m.focus = Focus::Side;
            m.notes_cursor = None;
            m.search = None;
        }
        Action::Up | Action::Down | Action::Top | Action::Bottom if m.focus == Focus::Notes => {
            move_cursor(app, action)
        }
        _ => return Handled::Passed,
    }
    Handled::Taken(None)
}

/// The pane gets the focus, its cursor on the first still-open action if there is one.
fn focus(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let entries = meeting_notes::entries(app, m);
    let first_open = entries
        .iter()
        .position(|e| matches!(e, Entry::StillOpen(_)));
    let cursor = first_open.unwrap_or(entries.len().saturating_sub(1));
    if let Some(m) = app.meeting.as_mut() {
        m.focus = Focus::Notes;
        m.notes_cursor = Some(cursor);
    }
}

fn move_cursor(app: &mut App, action: &Action) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let last = meeting_notes::entries(app, m).len().saturating_sub(1);
    let at = m.notes_cursor.unwrap_or(last).min(last);
    let next = match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => (at + 1).min(last),
        Action::Top => 0,
        _ => last,
    };
    if let Some(m) = app.meeting.as_mut() {
        m.notes_cursor = Some(next);
    }
}

/// A follow-up key: on the open action under the cursor, else on one of the item's
/// still-open actions (picked when there are several).
fn follow_up(app: &mut App, kind: StepKind) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let entries = meeting_notes::entries(app, m);
    let is_open = |id| app.data.actions.iter().any(|a| a.id == id && a.is_open());
    let under = (m.focus == Focus::Notes)
        .then(|| m.notes_cursor.and_then(|i| entries.get(i)))
        .flatten()
        .and_then(|e| e.action())
        .filter(|id| is_open(*id));
    let ids: Vec<_> = match under {
        Some(id) => vec![id],
        None => entries
            .iter()
            .filter_map(|e| match e {
                Entry::StillOpen(id) => Some(*id),
                _ => None,
            })
            .collect(),
    };
    crate::app::features::round_tables::follow_up::choose(app, &ids, kind);
}

/// A key while the search is typed: `true` when it was the search's.
fn search_typed(app: &mut App, action: &Action) -> bool {
    let Some(search) = app.meeting.as_mut().and_then(|m| m.search.as_mut()) else {
        return false;
    };
    let changed = match action {
        Action::Input(key) => search.query.input(*key),
        Action::Paste(text) => search.query.paste(text),
        Action::EndFilter => {
            search.typing = false;
            return true;
        }
        Action::Back => {
            if let Some(m) = app.meeting.as_mut() {
                m.search = None;
            }
            return true;
        }
        _ => return false,
    };
    if changed {
        jump_from(app, true, true);
    }
    true
}

fn jump(app: &mut App, forward: bool) {
    jump_from(app, forward, false);
}

/// Moves to the next (or previous) entry holding the search, in this item or another;
/// `here` counts the entry under the cursor as a match (while the query is typed).
fn jump_from(app: &mut App, forward: bool, here: bool) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let Some(query) = m.search.as_ref().map(|s| s.query.value()) else {
        app.status = Some(Status {
            kind: StatusKind::Info,
            text: t("status-no_search").to_owned(),
        });
        return;
    };
    let found = meeting_notes::matches(app, m, &query);
    let now = (m.item, m.notes_cursor.unwrap_or(0));
    let next = if forward {
        let after = |p: &&(usize, usize)| if here { **p >= now } else { **p > now };
        found.iter().find(after).or(found.first())
    } else {
        found.iter().rev().find(|p| **p < now).or(found.last())
    };
    let Some(&(item, entry)) = next else {
        if !query.trim().is_empty() {
            app.status = Some(Status {
                kind: StatusKind::Info,
                text: t("status-no_match").to_owned(),
            });
        }
        return;
    };
    let delta = item as isize - m.item as isize;
    if delta != 0 {
        super::table::go_to_item(app, delta);
    }
    if let Some(m) = app.meeting.as_mut() {
        m.focus = Focus::Notes;
        m.notes_cursor = Some(entry);
    }
}
