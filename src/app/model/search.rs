//! The search of the whole database: every note (its current version), action, decision,
//! case, stakeholder and session, found on the data in memory as each key is typed. The
//! texts are folded once per data set, on a thread of their own (`Effect::IndexSearch`,
//! a tenth of a second for a town of 10,000), and kept between openings (`CorpusCache`):
//! until they come the search says it is indexing, and a key costs one pass of substring
//! tests (`domain::haystack`) at most.

use std::cell::Cell;
use std::sync::{Arc, Weak};

use chrono::NaiveDate;

use super::text::TextField;
use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::find::{Found, Haystack, Query, fold};

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    Note,
    Action,
    Decision,
    Case,
    Stakeholder,
    Session,
}

impl HitKind {
    /// Catalogue key of the kind's name in the list.
    pub fn key(self) -> &'static str {
        match self {
            HitKind::Note => "search-kind_note",
            HitKind::Action => "search-kind_action",
            HitKind::Decision => "search-kind_decision",
            HitKind::Case => "search-kind_case",
            HitKind::Stakeholder => "search-kind_stakeholder",
            HitKind::Session => "search-kind_session",
        }
    }
}

/// The field of a record that holds the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Owner,
    Reference,
    Summary,
    Name,
    Organisation,
    Role,
    Brings,
    Title,
    Place,
    Date,
}

impl Field {
    /// Catalogue key of the field's name in the list.
    pub fn key(self) -> &'static str {
        match self {
            Field::Text => "search-field_text",
            Field::Owner => "search-field_owner",
            Field::Reference => "search-field_reference",
            Field::Summary => "search-field_summary",
            Field::Name => "search-field_name",
            Field::Organisation => "search-field_organisation",
            Field::Role => "search-field_role",
            Field::Brings => "search-field_brings",
            Field::Title => "search-field_title",
            Field::Place => "search-field_place",
            Field::Date => "search-field_date",
        }
    }
}

/// Where Enter on a hit leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Note(Id),
    Action(Id),
    Decision(Id),
    Case(Id),
    Stakeholder(Id),
    Session(Id),
}

/// One searchable record: its folded fields, and the facts each hit shows.
#[derive(Debug, Clone)]
pub struct Record {
    pub kind: HitKind,
    pub target: Target,
    /// The fields as shown, in the order they are searched (folded in the corpus's
    /// haystack).
    pub fields: Vec<(Field, String)>,
    pub session: Option<Id>,
    pub date: Option<NaiveDate>,
    pub case: Option<Id>,
    /// A retracted note: found, and marked so.
    pub retracted: bool,
}

/// Every searchable record of one data set, notes newest first, then actions, decisions,
/// cases, people and sessions.
#[derive(Debug, Default)]
pub struct Corpus {
    pub records: Vec<Record>,
    /// The records' fields folded, record `i` of `records` as record `i` here.
    pub haystack: Haystack,
}

impl crate::domain::haystack_split::Holds for Corpus {
    fn haystack(&self) -> &Haystack {
        &self.haystack
    }
}

/// Which records a search looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchScope {
    /// The notes, actions and decisions of one session.
    Session(Id),
    Everything,
}

/// One record found: its position in the corpus. Where the query is in it is asked for
/// the rows on screen only (`SearchState::where_found`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub record: usize,
}

/// The search list over the screen.
#[derive(Debug)]
pub struct SearchState {
    pub query: TextField,
    pub scope: SearchScope,
    /// The session of the meeting it was opened from: Tab switches between it and
    /// everything.
    pub session: Option<Id>,
    pub corpus: Arc<Corpus>,
    /// The records of the data as read are being folded (`Effect::IndexSearch`): until
    /// they come, nothing is found (or, after a reload, the records as they were).
    pub indexing: bool,
    /// Shared with `found`: a query's hits are kept for Backspace without a copy (a
    /// letter finds nine records in ten, a megabyte of hits).
    pub hits: Arc<Vec<Hit>>,
    /// The query the hits were found for.
    pub searched: Query,
    /// The hits of each query typed on the way to this one, each query narrowing the one
    /// before: one more letter searches the last hits only, Backspace takes back hits
    /// kept here. Emptied when the records or the scope change.
    found: Vec<(Query, Arc<Vec<Hit>>)>,
    pub selected: usize,
    /// The record to select once it is among the hits (the records it was selected on
    /// were read again and are still being folded).
    pending: Option<Target>,
    /// First visible row, kept by the renderer.
    pub offset: Cell<usize>,
    /// Rows visible at the last draw, for page up/down.
    pub page: Cell<usize>,
}

impl SearchState {
    pub fn new(corpus: Arc<Corpus>, query: &str, session: Option<Id>) -> Self {
        let mut s = SearchState {
            query: TextField::single(query),
            scope: SearchScope::Everything,
            session,
            corpus,
            indexing: false,
            hits: Arc::default(),
            searched: Query::default(),
            found: Vec::new(),
            selected: 0,
            pending: None,
            offset: Cell::new(0),
            page: Cell::new(1),
        };
        s.refind();
        s
    }

    pub fn selected_hit(&self) -> Option<(&Hit, &Record)> {
        let hit = self.hits.get(self.selected)?;
        Some((hit, self.corpus.records.get(hit.record)?))
    }

    /// The hits for the query as it is now: one more letter searches the last hits only,
    /// a query typed before on the way here (Backspace) takes its hits back.
    pub fn refind(&mut self) {
        let query = Query::new(&self.query.value());
        while self.found.last().is_some_and(|(q, _)| !query.narrows(q)) {
            self.found.pop();
        }
        // Narrowing looks at each hit again: of most of the records, a new pass of the
        // text costs less (it skips where the words are not) and finds the same.
        let few = |hits: &Vec<Hit>| hits.len() <= self.corpus.haystack.len() / 8;
        self.hits = match self.found.last() {
            Some((q, hits)) if *q == query => Arc::clone(hits),
            Some((_, hits)) if few(hits) => {
                let hits = (self.corpus.haystack).narrow(&query, hits, |h| h.record);
                let hits = Arc::new(hits);
                self.found.push((query.clone(), Arc::clone(&hits)));
                hits
            }
            _ => {
                let hits = Arc::new(self.search(&query));
                if !query.is_empty() {
                    self.found.push((query.clone(), Arc::clone(&hits)));
                }
                hits
            }
        };
        self.searched = query;
        self.selected = 0;
        self.offset.set(0);
    }

    /// Every record in scope that holds `query`, in order: the text passed with the
    /// helper threads when it is long (`domain::haystack_split`).
    fn search(&self, query: &Query) -> Vec<Hit> {
        let records = &self.corpus.records;
        let scope = self.scope;
        let in_scope = |i: usize| match scope {
            SearchScope::Everything => true,
            SearchScope::Session(id) => records.get(i).is_some_and(|r| {
                r.session == Some(id)
                    && matches!(r.kind, HitKind::Note | HitKind::Action | HitKind::Decision)
            }),
        };
        (crate::domain::haystack_split::search(&self.corpus, query).into_iter())
            .filter(|&record| in_scope(record))
            .map(|record| Hit { record })
            .collect()
    }

    /// Where the query searched for is in the record of `hit` (the field, the place).
    pub fn where_found(&self, hit: &Hit) -> Option<Found> {
        self.corpus.haystack.find(&self.searched, hit.record)
    }

    /// Switches between the meeting's session and everything (only when opened from a
    /// meeting).
    pub fn toggle_scope(&mut self) {
        let Some(session) = self.session else {
            return;
        };
        self.scope = match self.scope {
            SearchScope::Everything => SearchScope::Session(session),
            SearchScope::Session(_) => SearchScope::Everything,
        };
        self.found.clear();
        self.refind();
    }

    /// Looks at the records of the data read again, keeping the query and the record
    /// selected (found again among the new hits; until it is, for instance while the
    /// new records are being folded, it is kept to be selected when it shows).
    pub fn reload(&mut self, corpus: Arc<Corpus>) {
        let keep = self.selected_target().or(self.pending);
        self.corpus = corpus;
        self.indexing = false;
        self.found.clear();
        self.refind();
        self.select_target(keep);
    }

    /// Where the hit selected leads.
    pub fn selected_target(&self) -> Option<Target> {
        let hit = self.hits.get(self.selected)?;
        self.corpus.records.get(hit.record).map(|r| r.target)
    }

    /// Selects the hit leading to `target`, or keeps it to select once it is found.
    pub fn select_target(&mut self, target: Option<Target>) {
        let records = &self.corpus.records;
        let at = target.and_then(|t| {
            (self.hits.iter()).position(|h| records.get(h.record).is_some_and(|r| r.target == t))
        });
        match at {
            Some(at) => {
                self.selected = at;
                self.pending = None;
            }
            None => self.pending = target,
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.pending = None;
        let last = self.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }
}

/// The records folded for the data set they were read from, kept between openings of the
/// search: opening it again on the same data costs nothing, the data read again (a new
/// `Arc<Dataset>`) are folded once, off the UI thread. Keyed on the data set's identity:
/// the `Weak` keeps its allocation from being reused for another data set while it is
/// held (and `Arc::make_mut` moves data that has a `Weak` to a new allocation).
#[derive(Debug, Default)]
pub struct CorpusCache {
    of: Weak<Dataset>,
    corpus: Option<Arc<Corpus>>,
    /// The data set whose records were last asked to be folded.
    asked: Weak<Dataset>,
}

impl CorpusCache {
    /// The folded records of `data`, if they came.
    pub fn ready(&self, data: &Arc<Dataset>) -> Option<Arc<Corpus>> {
        let same = Weak::ptr_eq(&self.of, &Arc::downgrade(data));
        self.corpus.clone().filter(|_| same)
    }

    /// Whether the records of `data` are still to be asked for (true once per data set).
    pub fn ask(&mut self, data: &Arc<Dataset>) -> bool {
        let asked = Weak::ptr_eq(&self.asked, &Arc::downgrade(data));
        self.asked = Arc::downgrade(data);
        !asked
    }

    /// Folded records came: kept if they are those of `data`, the data set in the app
    /// (records of data read before are dropped).
    pub fn take(&mut self, indexed: &Indexed, data: &Arc<Dataset>) -> Option<Arc<Corpus>> {
        if !Weak::ptr_eq(&indexed.of, &Arc::downgrade(data)) {
            return None;
        }
        self.of = indexed.of.clone();
        self.corpus = Some(indexed.corpus.clone());
        self.corpus.clone()
    }

    /// Forgets the folded records (the data they were read from is gone).
    pub fn clear(&mut self) {
        *self = CorpusCache::default();
    }
}

/// The records of one data set folded for the search, sent back from the thread that
/// folded them.
#[derive(Debug, Clone)]
pub struct Indexed {
    pub of: Weak<Dataset>,
    pub corpus: Arc<Corpus>,
}

impl Indexed {
    /// Folds every searchable record of `data` (the work of `Effect::IndexSearch`).
    pub fn fold(data: &Arc<Dataset>) -> Self {
        Indexed {
            of: Arc::downgrade(data),
            corpus: Arc::new(corpus(data)),
        }
    }
}

impl PartialEq for Indexed {
    fn eq(&self, other: &Self) -> bool {
        Weak::ptr_eq(&self.of, &other.of) && Arc::ptr_eq(&self.corpus, &other.corpus)
    }
}

/// Every searchable record of `data`.
pub fn corpus(d: &Dataset) -> Corpus {
    let names: std::collections::HashMap<Id, &str> = (d.stakeholders.iter())
        .map(|s| (s.id, s.name.as_str()))
        .collect();
    let dates: std::collections::HashMap<Id, NaiveDate> =
        d.sessions.iter().map(|s| (s.id, s.date)).collect();
    let name = |id: Option<Id>| {
        id.and_then(|id| names.get(&id))
            .map(|s| (*s).to_owned())
            .unwrap_or_default()
    };
    let session_date = |id: Option<Id>| id.and_then(|id| dates.get(&id).copied());
    let mut records = Vec::new();
    let mut notes: Vec<&crate::domain::note::Note> = d.notes.iter().collect();
    notes.sort_by_key(|n| std::cmp::Reverse(n.at));
    for n in notes {
        records.push(Record {
            kind: HitKind::Note,
            target: Target::Note(n.id),
            fields: fields([(Field::Text, n.text.clone())]),
            session: n.anchor.session,
            date: session_date(n.anchor.session).or(Some(n.at.date_naive())),
            case: n.anchor.case,
            retracted: n.is_retracted(),
        });
    }
    for a in &d.actions {
        records.push(Record {
            kind: HitKind::Action,
            target: Target::Action(a.id),
            fields: fields([(Field::Text, a.text.clone()), (Field::Owner, name(a.owner))]),
            session: a.anchor.session,
            date: session_date(a.anchor.session),
            case: a.anchor.case,
            retracted: false,
        });
    }
    for x in &d.decisions {
        records.push(Record {
            kind: HitKind::Decision,
            target: Target::Decision(x.id),
            fields: fields([(Field::Text, x.text.clone())]),
            session: x.anchor.session,
            date: session_date(x.anchor.session),
            case: x.anchor.case,
            retracted: false,
        });
    }
    records.extend(cases(d));
    records.extend(people(d));
    records.extend(sessions(d));
    let mut haystack = Haystack::default();
    for r in &records {
        let shown: Vec<&str> = r.fields.iter().map(|(_, s)| s.as_str()).collect();
        haystack.push(&shown);
    }
    Corpus { records, haystack }
}

/// A record's fields as shown: without the characters a screen never shows
/// (`sanitize::without_invisible`), so that a word is found as it reads; the empty ones
/// left out.
fn fields<const N: usize>(shown: [(Field, String); N]) -> Vec<(Field, String)> {
    (shown.into_iter())
        .map(|(f, s)| (f, crate::domain::sanitize::without_invisible(s)))
        .filter(|(_, s)| !s.is_empty())
        .collect()
}

fn cases(d: &Dataset) -> impl Iterator<Item = Record> + '_ {
    d.cases.iter().map(|c| Record {
        kind: HitKind::Case,
        target: Target::Case(c.id),
        fields: fields([
            (Field::Reference, c.reference.to_string()),
            (Field::Summary, c.summary.clone()),
        ]),
        session: None,
        date: c.review_date,
        case: Some(c.id),
        retracted: false,
    })
}

/// People by name; a person's roles and what they bring in each network count as theirs.
fn people(d: &Dataset) -> Vec<Record> {
    let mut roles: std::collections::HashMap<Id, (Vec<&str>, Vec<&str>)> = Default::default();
    for n in &d.networks {
        for m in &n.members {
            let e = roles.entry(m.stakeholder).or_default();
            e.0.push(&m.role);
            e.1.push(&m.brings);
        }
    }
    let mut out: Vec<(String, Record)> = d
        .stakeholders
        .iter()
        .filter(|s| !s.erased)
        .map(|s| {
            let (r, b) = roles.get(&s.id).cloned().unwrap_or_default();
            let mut role = vec![s.role.as_str()];
            role.extend(r.into_iter().filter(|x| !x.is_empty() && *x != s.role));
            let record = Record {
                kind: HitKind::Stakeholder,
                target: Target::Stakeholder(s.id),
                fields: fields([
                    (Field::Name, s.name.clone()),
                    (Field::Organisation, s.organisation.clone()),
                    (Field::Role, role.join(" · ")),
                    (Field::Brings, b.join(" · ")),
                ]),
                session: None,
                date: None,
                case: None,
                retracted: false,
            };
            (fold(&s.name), record)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.into_iter().map(|(_, r)| r).collect()
}

fn sessions(d: &Dataset) -> Vec<Record> {
    let mut out: Vec<Record> = d
        .sessions
        .iter()
        .map(|s| Record {
            kind: HitKind::Session,
            target: Target::Session(s.id),
            fields: fields([
                (Field::Title, s.title.clone()),
                (Field::Place, s.place.clone().unwrap_or_default()),
                (Field::Date, s.date.to_string()),
            ]),
            session: Some(s.id),
            date: Some(s.date),
            case: None,
            retracted: false,
        })
        .collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.date));
    out
}
