//! The notes pane of the meeting screen as a list of entries: what is left from earlier
//! sessions (the still-open actions, overdue first, can be followed up from here), then
//! the notes, actions and decisions of the current item. The view draws these entries,
//! the cursor walks them and the search finds them, so all three agree.

use super::App;
use super::meeting::Meeting;
use super::text::TextField;
use crate::domain::Id;

/// One entry of the notes pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// The heading over what is left from earlier sessions.
    EarlierHeading,
    /// The last decision about the case taken at an earlier session.
    EarlierDecision(Id),
    /// An action about the case agreed at an earlier session, still open.
    StillOpen(Id),
    Note(Id),
    Action(Id),
    Decision(Id),
    /// Nothing noted at this item yet.
    NoNotes,
}

/// What the notes pane shows, drawn once and copied while it stays the same
/// ([`super::kept::Kept`]): its entries and the one under the cursor, whether it has the
/// focus, the search as typed and where it stands, its title (with the item's timer), the data as last set
/// (`App::data_sets`: the entries' texts, names and states), the day (overdue marks),
/// the zone (the notes' times), the language and the theme. Typing in the editor
/// changes none of these.
#[derive(Debug, Clone, PartialEq)]
pub struct NotesOf {
    pub entries: Vec<Entry>,
    pub item: usize,
    pub cursor: Option<usize>,
    pub focused: bool,
    /// The query, whether it is still typed, and the entry under the cursor as the
    /// search counts it.
    pub search: Option<(String, bool, Option<usize>)>,
    pub title: String,
    pub data_sets: u64,
    pub today: chrono::NaiveDate,
    pub tz: chrono_tz::Tz,
    pub lang: crate::i18n::Lang,
    pub theme: u8,
}

impl Entry {
    /// The action this entry stands for, which the follow-up keys act on.
    pub fn action(self) -> Option<Id> {
        match self {
            Entry::StillOpen(id) | Entry::Action(id) => Some(id),
            _ => None,
        }
    }
}

/// A search over the notes of the session: the query, and whether it is still typed.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteSearch {
    pub query: TextField,
    pub typing: bool,
}

impl NoteSearch {
    pub fn new() -> Self {
        NoteSearch {
            query: TextField::single(""),
            typing: true,
        }
    }
}

impl Default for NoteSearch {
    fn default() -> Self {
        Self::new()
    }
}

/// The entries of the pane at the current item.
pub fn entries(app: &App, m: &Meeting) -> Vec<Entry> {
    entries_at(app, m, m.item)
}

/// The entries of the pane at agenda position `at`.
pub fn entries_at(app: &App, m: &Meeting, at: usize) -> Vec<Entry> {
    let mut out = earlier(app, m, at);
    let item = m.session.agenda.get(at).map(|i| i.item);
    let here = |s: Option<Id>, i: Option<u32>| s == Some(m.session.id) && i == item;
    let session_notes = app
        .index
        .notes_by_session
        .get(&m.session.id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let notes: Vec<Entry> = session_notes
        .iter()
        .map(|&i| &app.data.notes[i])
        .filter(|n| n.anchor.item == item)
        .map(|n| Entry::Note(n.id))
        .collect();
    let no_notes = notes.is_empty();
    out.extend(notes);
    let actions = app.data.actions.iter();
    out.extend(
        actions
            .filter(|a| here(a.anchor.session, a.anchor.item))
            .map(|a| Entry::Action(a.id)),
    );
    let decisions = app.data.decisions.iter();
    out.extend(
        decisions
            .filter(|d| here(d.anchor.session, d.anchor.item))
            .map(|d| Entry::Decision(d.id)),
    );
    if no_notes {
        out.push(Entry::NoNotes);
    }
    out
}

/// For a case: the last decision and the still-open actions from earlier sessions.
fn earlier(app: &App, m: &Meeting, at: usize) -> Vec<Entry> {
    let case = match m.session.agenda.get(at).map(|i| &i.subject) {
        Some(crate::domain::session::AgendaSubject::Case(c)) => *c,
        _ => return Vec::new(),
    };
    let earlier = |s: Option<Id>| s != Some(m.session.id);
    let open = crate::domain::action::open_sorted(
        app.data
            .actions
            .iter()
            .filter(|a| a.anchor.case == Some(case) && earlier(a.anchor.session)),
        app.today,
    );
    let last = app
        .data
        .decisions
        .iter()
        .filter(|d| d.anchor.case == Some(case) && earlier(d.anchor.session))
        .max_by_key(|d| d.at);
    let mut out = Vec::new();
    if !open.is_empty() || last.is_some() {
        out.push(Entry::EarlierHeading);
    }
    out.extend(last.map(|d| Entry::EarlierDecision(d.id)));
    out.extend(open.into_iter().map(|a| Entry::StillOpen(a.id)));
    out
}

/// The text an entry is searched in.
fn text(app: &App, e: Entry) -> Option<&str> {
    match e {
        Entry::Note(id) => crate::domain::dataset::by_id(&app.data.notes, id).map(|n| &*n.text),
        Entry::Action(id) => app
            .data
            .actions
            .iter()
            .find(|a| a.id == id)
            .map(|a| &*a.text),
        Entry::Decision(id) => app
            .data
            .decisions
            .iter()
            .find(|d| d.id == id)
            .map(|d| &*d.text),
        _ => None,
    }
}

/// Whether the text of `e` holds `query`, folded as the search of everything folds
/// (`find::fold`: case, accents and invisible characters aside).
pub fn holds(app: &App, e: Entry, query: &str) -> bool {
    use crate::domain::find::fold;
    let q = fold(query.trim());
    !q.is_empty() && text(app, e).is_some_and(|t| fold(t).contains(&q))
}

/// Every note, action and decision of the session holding `query`, in agenda order:
/// (agenda position, index of the entry at that position).
pub fn matches(app: &App, m: &Meeting, query: &str) -> Vec<(usize, usize)> {
    let items = m.session.agenda.len().max(1);
    (0..items)
        .flat_map(|at| {
            entries_at(app, m, at)
                .into_iter()
                .enumerate()
                .filter(|(_, e)| holds(app, *e, query))
                .map(move |(i, _)| (at, i))
        })
        .collect()
}
