//! The search of the whole database, open over whatever was on screen: typing narrows the
//! hits, Enter goes to the one selected (the router carries out the jump), Esc closes it
//! and leaves everything underneath as it was. The search a jump left is kept for Esc's
//! way back to it (`model::search_back`).

use std::sync::Arc;

use crate::app::model::search::{Corpus, Indexed, SearchState};
use crate::app::model::search_back::SearchBack;
use crate::app::model::{Action, App, Effect};

/// Opens the search. From the meeting it starts with what the notes pane's search
/// holds, and Tab narrows it to the meeting's session.
pub fn open(app: &mut App) {
    let (query, session) = match app.meeting.as_mut() {
        Some(m) => {
            let query = (m.search.as_mut()).map_or_else(String::new, |s| {
                s.typing = false;
                s.query.value()
            });
            (query, Some(m.session.id))
        }
        None => (String::new(), None),
    };
    let (corpus, indexing) = records(app);
    let mut search = SearchState::new(corpus, &query, session);
    search.indexing = indexing;
    app.search = Some(search);
    app.search_back = None;
}

/// The records of the data as read now, folded, and whether they are still being
/// folded (then none yet: they are asked for, and the search fills in when they come).
pub fn records(app: &mut App) -> (Arc<Corpus>, bool) {
    let ready = app.search_corpus.ready(&app.data);
    let indexing = ready.is_none();
    if indexing {
        ask(app);
    }
    (ready.unwrap_or_default(), indexing)
}

/// Asks for the records of the data as read to be folded, once per data set.
fn ask(app: &mut App) {
    if app.search_corpus.ask(&app.data) {
        app.effects.push(Effect::IndexSearch(app.data.clone()));
    }
}

/// The folded records came: the open search looks at them, its query kept.
pub fn indexed(app: &mut App, indexed: &Indexed) {
    let Some(corpus) = app.search_corpus.take(indexed, &app.data) else {
        return;
    };
    if let Some(s) = app.search.as_mut() {
        s.reload(corpus);
    }
}

/// A key while the search is open; it takes every key, as a picker does.
pub fn update(app: &mut App, action: &Action) -> Option<Action> {
    let s = app.search.as_mut()?;
    match action {
        Action::Input(key) => {
            if s.query.input(*key) {
                s.refind();
            }
        }
        Action::Paste(text) => {
            if s.query.paste(text) {
                s.refind();
            }
        }
        Action::Up => s.move_by(-1),
        Action::Down => s.move_by(1),
        Action::PageUp => s.move_by(-(s.page.get().max(1) as isize)),
        Action::PageDown => s.move_by(s.page.get().max(1) as isize),
        Action::ToggleSearchScope => s.toggle_scope(),
        Action::Open => {
            let target = s.selected_hit()?.1.target;
            let search = app.search.take()?;
            app.search_back = Some(SearchBack {
                search,
                target,
                origin: app.place(),
                reached: None,
            });
            return Some(Action::JumpTo(target));
        }
        Action::Back => app.search = None,
        Action::ToggleHelp => {
            app.help_scroll.reset();
            app.overlay = Some(crate::app::model::Overlay::Help);
        }
        _ => {}
    }
    None
}

/// The data were read again: the open search keeps the records it has until the new
/// ones are folded; a closed one forgets the old ones and has the new ones folded when
/// it next opens; the one a jump left forgets its records, found again on the way back.
pub fn loaded(app: &mut App) {
    if app.search.is_none() {
        app.search_corpus.clear();
        return;
    }
    match app.search_corpus.ready(&app.data) {
        Some(corpus) => (app.search.as_mut())
            .into_iter()
            .for_each(|s| s.reload(corpus.clone())),
        None => {
            ask(app);
            (app.search.as_mut())
                .into_iter()
                .for_each(|s| s.indexing = true);
        }
    }
    if let Some(back) = app.search_back.as_mut() {
        back.forget_records();
    }
}
