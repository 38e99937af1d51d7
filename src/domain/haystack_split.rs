//! A pass of the whole database's folded text (`domain::haystack`) shared with the helper
//! threads of the fuzzy ranking (`domain::search::split`): the records are cut into parts
//! of about as many bytes, which the calling thread (the interface's) and the helpers
//! claim in turn. The caller never waits for a helper: once no part is left to claim, it
//! scans again itself any part a helper claimed and has not finished (on a busy server a
//! helper may be waiting for a core), and the helper's late answer is dropped. The hits
//! are the same, in the same order, whichever thread found what.
//!
//! A scoped thread per key, as the search first did, waits for the other thread to have
//! run: on a busy machine that cost a whole time slice of the scheduler, more than the
//! pass itself.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use nucleo_matcher::Matcher;

use super::find::Query;
use super::haystack::Haystack;
use super::search::split::{Work, hand_out};

/// What holds a haystack, shared with the helper threads for the length of a pass.
pub trait Holds: Send + Sync + 'static {
    fn haystack(&self) -> &Haystack;
}

/// Texts from this many bytes are passed with the helpers; a shorter one takes less than
/// handing it out (a pass reads about a megabyte in 70 µs).
pub const HELPED_FROM: usize = 1 << 20;

/// Parts a pass is cut into: a part a helper left unfinished costs the caller one part
/// again, about 30 µs of the 10,000-stakeholder town's 9.6 MB.
const PARTS: usize = 32;

/// One pass, shared by the threads scanning it.
struct Pass<H: Holds> {
    holder: Arc<H>,
    query: Query,
    parts: Vec<Range<usize>>,
    /// The next part nobody has claimed.
    next: AtomicUsize,
    /// Each part's hits, set by whoever finished it first.
    done: Vec<OnceLock<Vec<usize>>>,
}

impl<H: Holds> Pass<H> {
    fn scan(&self, part: usize) {
        if self.done[part].get().is_some() {
            return;
        }
        let range = self.parts[part].clone();
        let hits = self.holder.haystack().search_part(&self.query, range);
        let _ = self.done[part].set(hits);
    }

    fn claim_all(&self) {
        loop {
            let part = self.next.fetch_add(1, Ordering::Relaxed);
            if part >= self.parts.len() {
                return;
            }
            self.scan(part);
        }
    }
}

impl<H: Holds> Work for Pass<H> {
    fn help(&self, _: &mut Matcher) {
        self.claim_all();
    }
}

/// Every record of `holder`'s haystack that holds `query`, in order: a long text passed
/// with the helper threads, a short one (or a query of single letters, found from each
/// record's letters) on this thread alone. What [`Haystack::search`] finds.
pub fn search<H: Holds>(holder: &Arc<H>, query: &Query) -> Vec<usize> {
    search_from(holder, query, HELPED_FROM)
}

fn search_from<H: Holds>(holder: &Arc<H>, query: &Query, helped_from: usize) -> Vec<usize> {
    let hay = holder.haystack();
    if hay.text_len() < helped_from || Haystack::by_letters(query) {
        return hay.search(query, |_| true);
    }
    let parts = hay.parts(PARTS);
    let pass = Arc::new(Pass {
        holder: Arc::clone(holder),
        query: query.clone(),
        next: AtomicUsize::new(0),
        done: parts.iter().map(|_| OnceLock::new()).collect(),
        parts,
    });
    hand_out(&(Arc::clone(&pass) as Arc<dyn Work>));
    pass.finish()
}

impl<H: Holds> Pass<H> {
    /// The caller's part: claims what is left, scans again what a helper claimed and has
    /// not finished (rather than waiting for it), and joins every part's hits in order.
    fn finish(&self) -> Vec<usize> {
        self.claim_all();
        for part in 0..self.parts.len() {
            self.scan(part);
        }
        (self.done.iter())
            .flat_map(|hits| hits.get().into_iter().flatten().copied())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    struct Held(Haystack);

    impl Holds for Held {
        fn haystack(&self) -> &Haystack {
            &self.0
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

        /// Passed with the helpers, the search finds what it finds on one thread.
        #[test]
        fn a_pass_shared_with_the_helpers_finds_what_one_thread_finds(
            records in proptest::collection::vec(proptest::collection::vec("[abé É\n]{0,8}", 0..3), 0..80),
            query in "[abé É]{0,5}",
        ) {
            let mut hay = Haystack::default();
            for r in &records {
                let fields: Vec<&str> = r.iter().map(String::as_str).collect();
                hay.push(&fields);
            }
            let query = Query::new(&query);
            let alone = hay.search(&query, |_| true);
            let held = Arc::new(Held(hay));
            prop_assert_eq!(search_from(&held, &query, 0), alone);
        }
    }

    /// Parts a helper claimed and never finished (it got no core) are scanned by the
    /// caller; the helper's late answer changes nothing.
    #[test]
    fn parts_a_stalled_helper_claimed_are_scanned_by_the_caller() {
        let mut hay = Haystack::default();
        for n in 0..2_000 {
            let note = if n % 3 == 0 { "sa" } else { "s a" };
            hay.push(&[&format!("record {n}"), note]);
        }
        let query = Query::new("sa");
        let alone = hay.search(&query, |_| true);
        assert_eq!(alone, (0..2_000).step_by(3).collect::<Vec<_>>());
        let held = Arc::new(Held(hay));
        for stalled in [1, 5, PARTS, PARTS + 3] {
            let pass = Pass {
                holder: Arc::clone(&held),
                query: query.clone(),
                parts: held.0.parts(PARTS),
                next: AtomicUsize::new(0),
                done: (0..PARTS).map(|_| OnceLock::new()).collect(),
            };
            // A helper claims the first parts, then waits for a core.
            pass.next.fetch_add(stalled, Ordering::Relaxed);
            assert_eq!(pass.finish(), alone, "{stalled} parts claimed");
            // It finishes late: what it found is dropped, nothing changes.
            pass.help(&mut Matcher::new(nucleo_matcher::Config::DEFAULT));
            (0..PARTS).for_each(|part| pass.scan(part));
            assert_eq!(pass.finish(), alone, "{stalled} parts, after the helper");
        }
    }

    /// A long text: every part scanned once, by whichever thread, the hits in order.
    #[test]
    fn a_long_pass_with_the_helpers_keeps_the_records_order() {
        let mut hay = Haystack::default();
        for n in 0..20_000 {
            let note = if n % 7 == 0 { "sa" } else { "s a" };
            hay.push(&[&format!("record {n} {note}")]);
        }
        assert!(hay.text_len() >= 300_000);
        let held = Arc::new(Held(hay));
        let hits = search_from(&held, &Query::new("sa"), 0);
        let expected: Vec<usize> = (0..20_000).filter(|n| n % 7 == 0).collect();
        assert_eq!(hits, expected);
    }
}
