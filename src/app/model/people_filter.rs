//! The stakeholder filter as you type: the rows each text finds, from the rows of the
//! text before it, ranked ahead on the helper threads where they can be, and otherwise
//! ranked by the key itself until its deadline.
//!
//! A key of the filter never waits long for its ranking: past its deadline (the
//! interface's loop sets one, [`KEY_BUDGET`]) the ranking is left to the helper threads,
//! the frame shows the text typed over the rows before it, and the list catches up once
//! no other key waits ([`PeopleView::catch_up`]). Any other key catches it up first, so
//! that what it acts on is the list of the text typed. A key that comes while a ranking
//! is left drops it: a burst of keys ranks its last text only.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::domain::dataset::Dataset;
use crate::domain::search::Fuzzy;
use crate::domain::search::ahead::{AHEAD_FROM, Ahead};
use crate::domain::search::split::{Ranking, SPLIT_FROM};

use super::stakeholder_list::{PeopleView, PersonFacts};

/// How long a key of the filter ranks before its frame shows what was typed. With a
/// helper thread free, most rankings of a long list are done within it (one frame per
/// key, as before); the rest show the text first and the rows a frame later.
pub const KEY_BUDGET: Duration = Duration::from_micros(600);

/// Characters of nucleo's pattern syntax (negation, anchors, exact match, escape): a text
/// that holds one may match what a longer text does not (`sa$` keeps names ending in
/// "sa", `sa$x` a name holding "sa$x"), so rows found for it are never narrowed further.
const SYNTAX: [char; 5] = ['!', '^', '$', '\'', '\\'];

/// Whether the rows found for `earlier` hold every row of `now`.
fn narrows(earlier: &str, now: &str) -> bool {
    now.starts_with(earlier) && (earlier.trim().is_empty() || !earlier.contains(SYNTAX))
}

/// A ranking of the filter text left at its key's deadline.
#[derive(Debug)]
pub struct Pending {
    query: String,
    ranking: Ranking<[PersonFacts]>,
}

thread_local! {
    /// One matcher for the whole session: building one allocates its scratch space,
    /// which showed on every keystroke of the filter.
    static FUZZY: std::cell::RefCell<Fuzzy> = std::cell::RefCell::new(Fuzzy::default());
}

impl PeopleView {
    /// `candidates` that match `query`, best first; a long list is scored on every core
    /// the program may use ([`Fuzzy::rank_split`]).
    pub fn rank(query: &str, candidates: &[usize], facts: &Arc<[PersonFacts]>) -> Vec<usize> {
        FUZZY.with(|f| f.borrow_mut().rank_split(query, facts, candidates))
    }

    /// Opens the filter. On a long list, each possible first character starts being
    /// ranked ahead on the helper threads (once per load), while the user types it.
    pub fn start_filter(&mut self, facts: &Arc<[PersonFacts]>) {
        self.filtering = true;
        let kept = (self.first_letters.as_ref()).is_some_and(|table| table.is_for(facts));
        if !kept && facts.len() >= SPLIT_FROM {
            self.first_letters = Ahead::start(facts, facts.len(), "", None);
        }
    }

    /// The rows for the filter text as it is now, from the rows kept for the texts typed
    /// before it (see `found`); the same rows as [`PeopleView::rows`].
    pub fn filtered(&mut self, data: &Dataset, facts: &Arc<[PersonFacts]>) -> Vec<usize> {
        match self.filter_until(data, facts, None) {
            Some(rows) => rows,
            None => self.catch_up(facts).unwrap_or_default(),
        }
    }

    /// [`PeopleView::filtered`], ranked until `deadline` at most: `None` when the ranking
    /// was left to finish later ([`PeopleView::catch_up`]).
    pub fn filter_until(
        &mut self,
        data: &Dataset,
        facts: &Arc<[PersonFacts]>,
        deadline: Option<Instant>,
    ) -> Option<Vec<usize>> {
        // A ranking left for an earlier text is of no use for this one.
        self.pending = None;
        let query = self.filter.value();
        if self.found.is_empty() {
            self.found.push((String::new(), self.listed(data, facts)));
        }
        while self.found.len() > 1 && !narrows(&self.found[self.found.len() - 1].0, &query) {
            self.found.pop();
        }
        let (earlier, rows) = &self.found[self.found.len() - 1];
        if *earlier == query || query.trim().is_empty() {
            return Some(rows.clone());
        }
        // The letters after the text before: what is ranked serves this key, what is not
        // yet is stopped, so that the helpers are free to share this key's ranking.
        let before = self.next_letters.take();
        before.iter().for_each(|table| table.drop_rest());
        let ahead = [&before, &self.first_letters]
            .into_iter()
            .flatten()
            .filter(|table| table.is_for(facts))
            .find_map(|table| table.rank(&query, rows));
        let ranked = match ahead {
            Some(ranked) => ranked,
            None => {
                let rank = |f: &mut Fuzzy| f.rank_split_until(&query, facts, rows, deadline);
                match FUZZY.with(|f| rank(&mut f.borrow_mut())) {
                    Ok(ranked) => ranked,
                    Err(ranking) => {
                        self.pending = Some(Pending { query, ranking });
                        return None;
                    }
                }
            }
        };
        Some(self.found_for(query, ranked, facts))
    }

    /// Finishes the ranking left at its key's deadline, if any: the rows of the filter
    /// text as it is now.
    pub fn catch_up(&mut self, facts: &Arc<[PersonFacts]>) -> Option<Vec<usize>> {
        let Pending { query, ranking } = self.pending.take()?;
        let ranked = FUZZY.with(|f| f.borrow_mut().finish(ranking));
        Some(self.found_for(query, ranked, facts))
    }

    /// Keeps the rows `query` found, and starts ranking ahead what the next key could
    /// be, over them, while it is typed.
    fn found_for(
        &mut self,
        query: String,
        ranked: Vec<usize>,
        facts: &Arc<[PersonFacts]>,
    ) -> Vec<usize> {
        if facts.len() >= SPLIT_FROM && ranked.len() >= AHEAD_FROM {
            self.next_letters = Ahead::start(facts, facts.len(), &query, Some(ranked.clone()));
        }
        self.found.push((query, ranked.clone()));
        ranked
    }

    /// Positions into `data.stakeholders` to show, in order, worked out from scratch.
    pub fn rows(&self, data: &Dataset, facts: &Arc<[PersonFacts]>) -> Vec<usize> {
        let query = self.filter.value();
        let rows = self.listed(data, facts);
        if query.trim().is_empty() {
            return rows;
        }
        // Best match first: sorting would hide what was searched for.
        Self::rank(&query, &rows, facts)
    }
}
