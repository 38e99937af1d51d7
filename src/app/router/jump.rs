//! Where Enter on a hit of the search leads: a note, decision or closed action to its
//! place in its session's meeting screen (the notes pane on it), an open action to the
//! Actions view, a case to its case file, a person to their detail, a session to its row.
//! Esc there comes back: the search as it was left, over the screen it was opened from.

use crate::app::features::round_tables::meeting;
use crate::app::model::meeting_notes::Entry;
use crate::app::model::search::Target;
use crate::app::model::search_back::Place;
use crate::app::model::{Action, App, Tab};
use crate::domain::Id;
use crate::domain::note::Anchor;

pub(super) fn jump(app: &mut App, target: Target) -> Option<Action> {
    let d = app.data.clone();
    let in_session = |app: &mut App, anchor: &Anchor, entry: Entry| match anchor.session {
        Some(s) => meeting::show_entry(app, s, anchor.item, entry),
        None => case_file(app, anchor.case?),
    };
    match target {
        Target::Note(id) => {
            let n = crate::domain::dataset::by_id(&d.notes, id)?;
            in_session(app, &n.anchor, Entry::Note(id))
        }
        Target::Decision(id) => {
            let x = crate::domain::dataset::by_id(&d.decisions, id)?;
            in_session(app, &x.anchor, Entry::Decision(id))
        }
        Target::Action(id) => {
            let a = crate::domain::dataset::by_id(&d.actions, id)?;
            if a.is_open() {
                open_action(app, id)
            } else {
                in_session(app, &a.anchor, Entry::Action(id))
            }
        }
        Target::Case(id) => case_file(app, id),
        Target::Stakeholder(id) => person(app, id),
        Target::Session(id) => session_row(app, id),
    }
}

/// Selects `pos` in the current view; whether it is listed there.
fn select(app: &mut App, pos: usize) -> bool {
    let view = app.view_mut();
    match view.rows.iter().position(|r| *r == pos) {
        Some(row) => {
            view.selected = row;
            true
        }
        None => false,
    }
}

/// The round-tables tab, showing cases, every open action, or the sessions.
fn round_tables(app: &mut App, cases: bool, actions: bool) -> Option<Action> {
    let next = meeting::close(app);
    app.tab = Tab::Sessions;
    app.show_cases = cases;
    app.show_actions = actions;
    app.zoom = false;
    next
}

fn case_file(app: &mut App, id: Id) -> Option<Action> {
    let next = round_tables(app, true, false);
    let pos = *app.index.cases.get(&id)?;
    if select(app, pos) {
        crate::app::features::sharing::case_opened(app, id);
        app.zoom = true;
        app.detail_scroll.reset();
    }
    next
}

fn open_action(app: &mut App, id: Id) -> Option<Action> {
    let next = round_tables(app, false, true);
    if app.actions_filter.take().is_some() {
        app.list_actions();
    }
    let pos = app.data.actions.iter().position(|a| a.id == id)?;
    select(app, pos);
    next
}

fn session_row(app: &mut App, id: Id) -> Option<Action> {
    let next = round_tables(app, false, false);
    let pos = *app.index.sessions.get(&id)?;
    select(app, pos);
    next
}

/// The person's detail; a filter or quick filter that hides them is cleared first.
fn person(app: &mut App, id: Id) -> Option<Action> {
    let next = meeting::close(app);
    app.tab = Tab::Stakeholders;
    app.zoom = false;
    let pos = *app.index.stakeholders.get(&id)?;
    if !select(app, pos) {
        app.people.filter.clear();
        app.people.quick = Default::default();
        app.people.show_archived = app.data.stakeholders[pos].archived;
        app.refresh_people();
    }
    if select(app, pos) {
        app.zoom = true;
        app.detail_scroll.reset();
    }
    next
}

/// Esc where a jump led: the screen the search was opened from, and the search over it
/// with the same query and the same hit selected.
pub(super) fn back(app: &mut App) -> Option<Action> {
    let back = app.search_back.take()?;
    let next = restore(app, &back.origin);
    let (corpus, indexing) = crate::app::features::search::records(app);
    let mut search = back.resume(corpus);
    search.indexing |= indexing;
    app.search = Some(search);
    next
}

/// Puts the screen back to `place`: the meeting it showed, or the tab, its list's
/// selection and the detail as they were.
fn restore(app: &mut App, place: &Place) -> Option<Action> {
    let next = match place.meeting {
        Some(at) => meeting::return_to(app, at),
        None => meeting::close(app),
    };
    app.tab = place.tab;
    app.show_cases = place.show_cases;
    app.show_actions = place.show_actions;
    if let Some(row) = place.row {
        select(app, row);
    }
    app.zoom = place.zoom && app.view().selected_row().is_some();
    app.detail_scroll.go_to(place.detail_scroll);
    let case = (app.tab == Tab::Sessions && app.show_cases && app.zoom)
        .then(|| app.view().selected_row())
        .flatten()
        .and_then(|pos| app.data.cases.get(pos).map(|c| c.id));
    if let Some(id) = case {
        // A case file shown again is on the trail, as every showing of one.
        crate::app::features::sharing::case_opened(app, id);
    }
    next
}
