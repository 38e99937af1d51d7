//! Fuzzy ranking split across the machine's cores, for lists long enough to feel it (the
//! stakeholder filter of a town of ten thousand).
//!
//! The texts are cut into chunks. The calling thread (the interface's) and a few helper
//! threads claim chunks in turn and score them. The caller never waits for a helper: once
//! no chunk is left to claim, it scores again itself any chunk a helper claimed and has not
//! finished (on a busy server a helper may be waiting for a core), and the helper's late
//! answer is dropped. The outcome is the same as [`Fuzzy::rank_prepared`]'s, whichever
//! thread scored what: each chunk's scores do not depend on who computed them, and the
//! order is by score, then position.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Fuzzy, best_first};

/// Texts by position, shared with the helper threads.
pub trait Haystacks: Send + Sync + 'static {
    fn haystack(&self, i: usize) -> Utf32Str<'_>;
}

/// Fewer candidates than this are ranked on the calling thread alone: handing chunks out
/// costs more than it saves. From two chunks, a helper halves a key's ranking (a text of
/// four letters over 1,600 rows: 0.70 → 0.47 ms), and the key's budget bounds it.
pub const SPLIT_FROM: usize = 1024;

/// Candidates per chunk: small enough that scoring again a chunk a helper left unfinished
/// costs little, large enough that claiming one is nothing beside scoring it.
const CHUNK: usize = 512;

/// One ranking, shared by the threads scoring it.
struct Job<H: Haystacks + ?Sized> {
    pattern: Pattern,
    texts: Arc<H>,
    candidates: Vec<usize>,
    /// The next chunk nobody has claimed.
    next: AtomicUsize,
    /// Each chunk's matches (score, position), set by whoever finished it first.
    done: Vec<OnceLock<Vec<(u32, usize)>>>,
}

impl<H: Haystacks + ?Sized> Job<H> {
    fn score(&self, chunk: usize, matcher: &mut Matcher) {
        let cell = &self.done[chunk];
        if cell.get().is_some() {
            return;
        }
        let start = chunk * CHUNK;
        let end = (start + CHUNK).min(self.candidates.len());
        let found = (self.candidates[start..end].iter())
            .filter_map(|&i| {
                let hay = self.texts.haystack(i);
                self.pattern.score(hay, matcher).map(|s| (s, i))
            })
            .collect();
        let _ = cell.set(found);
    }

    /// Scores chunks nobody claimed yet, until there are none.
    fn claim_all(&self, matcher: &mut Matcher) {
        loop {
            let chunk = self.next.fetch_add(1, Ordering::Relaxed);
            if chunk >= self.done.len() {
                return;
            }
            self.score(chunk, matcher);
        }
    }
}

/// What a helper thread is handed: a ranking to take chunks of, or work done ahead.
pub trait Work: Send + Sync {
    fn help(&self, matcher: &mut Matcher);
}

/// Hands `work` to every helper thread (none on a single core); each calls
/// [`Work::help`] when it is free. Returns whether there is any helper.
pub fn hand_out(work: &Arc<dyn Work>) -> bool {
    let Ok(helpers) = helpers().lock() else {
        return false;
    };
    for helper in helpers.iter() {
        let _ = helper.send(Arc::clone(work));
    }
    !helpers.is_empty()
}

impl<H: Haystacks + ?Sized> Work for Job<H> {
    fn help(&self, matcher: &mut Matcher) {
        self.claim_all(matcher);
    }
}

/// The helper threads, started on the first long ranking: one fewer than the cores the
/// program may use, at most three. None on a single core.
fn helpers() -> &'static Mutex<Vec<Helper>> {
    static HELPERS: OnceLock<Mutex<Vec<Helper>>> = OnceLock::new();
    HELPERS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let senders = (1..cores.min(4))
            .filter_map(|n| start_helper(n).ok())
            .collect();
        Mutex::new(senders)
    })
}

/// Where a helper thread takes its work from.
type Helper = Sender<Arc<dyn Work>>;

fn start_helper(n: usize) -> std::io::Result<Helper> {
    let (send, receive) = channel::<Arc<dyn Work>>();
    std::thread::Builder::new()
        .name(format!("rank-{n}"))
        .spawn(move || {
            let mut matcher = Matcher::new(Config::DEFAULT);
            while let Ok(job) = receive.recv() {
                job.help(&mut matcher);
            }
        })?;
    Ok(send)
}

impl Fuzzy {
    /// [`Fuzzy::rank_prepared`] over `candidates` of `texts`, the scoring shared with the
    /// helper threads when the candidates are many. Same result, in the same order.
    pub fn rank_split<H: Haystacks + ?Sized>(
        &mut self,
        query: &str,
        texts: &Arc<H>,
        candidates: &[usize],
    ) -> Vec<usize> {
        match self.rank_split_until(query, texts, candidates, None) {
            Ok(ranked) => ranked,
            Err(ranking) => self.finish(ranking),
        }
    }

    /// [`Fuzzy::rank_split`], the caller scoring until `deadline` at most: a ranking not
    /// done by then is left to the helper threads and handed back, to be finished later
    /// ([`Fuzzy::finish`]); always, with a deadline already passed. With no deadline, or
    /// few candidates, it is always done.
    pub fn rank_split_until<H: Haystacks + ?Sized>(
        &mut self,
        query: &str,
        texts: &Arc<H>,
        candidates: &[usize],
        deadline: Option<Instant>,
    ) -> Result<Vec<usize>, Ranking<H>> {
        if query.trim().is_empty() || candidates.len() < SPLIT_FROM {
            let sent = candidates.iter().map(|&i| (i, texts.haystack(i)));
            return Ok(self.rank_strs(query, sent));
        }
        let ranking = Ranking::start(query, texts, candidates);
        match deadline {
            // No time at all (another key waits): left as it is, whatever the helpers
            // did meanwhile.
            Some(deadline) if Instant::now() >= deadline => Err(ranking),
            Some(deadline) if !ranking.work_until(&mut self.matcher, deadline) => Err(ranking),
            _ => Ok(self.finish(ranking)),
        }
    }

    /// A ranking left at its deadline, finished: the same rows in the same order as if
    /// it had been done at once.
    pub fn finish<H: Haystacks + ?Sized>(&mut self, ranking: Ranking<H>) -> Vec<usize> {
        ranking.job.finish(&mut self.matcher)
    }
}

/// A ranking under way on the helper threads, which its caller may leave at a deadline
/// and finish later: the filter's key shows what was typed in time, and the list catches
/// up once no other key waits. Dropped unfinished (the text changed again), its chunks
/// nobody claimed yet are left unscored.
pub struct Ranking<H: Haystacks + ?Sized> {
    job: Arc<Job<H>>,
}

impl<H: Haystacks + ?Sized> std::fmt::Debug for Ranking<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let done = self.job.done.iter().filter(|c| c.get().is_some()).count();
        write!(f, "Ranking({done} of {} chunks)", self.job.done.len())
    }
}

impl<H: Haystacks + ?Sized> Ranking<H> {
    fn start(query: &str, texts: &Arc<H>, candidates: &[usize]) -> Self {
        let job = Job::new(query, texts, candidates);
        hand_out(&(Arc::clone(&job) as Arc<dyn Work>));
        Ranking { job }
    }

    /// Claims chunks until none is left to claim or `deadline` has passed; whether every
    /// chunk is scored (a helper may still be scoring one it claimed).
    fn work_until(&self, matcher: &mut Matcher, deadline: Instant) -> bool {
        while Instant::now() < deadline {
            let chunk = self.job.next.fetch_add(1, Ordering::Relaxed);
            if chunk >= self.job.done.len() {
                break;
            }
            self.job.score(chunk, matcher);
        }
        self.job.done.iter().all(|cell| cell.get().is_some())
    }
}

impl<H: Haystacks + ?Sized> Drop for Ranking<H> {
    /// The helpers claim nothing more of it.
    fn drop(&mut self) {
        self.job
            .next
            .fetch_max(self.job.done.len(), Ordering::Relaxed);
    }
}

impl<H: Haystacks + ?Sized> Job<H> {
    fn new(query: &str, texts: &Arc<H>, candidates: &[usize]) -> Arc<Self> {
        Arc::new(Job {
            pattern: Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart),
            texts: Arc::clone(texts),
            candidates: candidates.to_vec(),
            next: AtomicUsize::new(0),
            done: (0..candidates.len().div_ceil(CHUNK))
                .map(|_| OnceLock::new())
                .collect(),
        })
    }

    /// The caller's part: claims what is left, scores again what a helper claimed and
    /// has not finished (rather than waiting for it), and ranks every chunk's matches.
    fn finish(&self, matcher: &mut Matcher) -> Vec<usize> {
        self.claim_all(matcher);
        for chunk in 0..self.done.len() {
            self.score(chunk, matcher);
        }
        let scored = (self.done.iter())
            .flat_map(|cell| cell.get().into_iter().flatten().copied())
            .collect();
        best_first(scored)
    }
}

/// Texts for the tests of the rankings.
#[cfg(test)]
pub(super) struct Texts(pub Vec<nucleo_matcher::Utf32String>);

#[cfg(test)]
impl Haystacks for Texts {
    fn haystack(&self, i: usize) -> Utf32Str<'_> {
        self.0[i].slice(..)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(words: &[String]) -> Arc<Texts> {
        Arc::new(Texts(words.iter().map(|w| w.as_str().into()).collect()))
    }

    fn serial(query: &str, texts: &Texts, candidates: &[usize]) -> Vec<usize> {
        let hay = candidates.iter().map(|&i| (i, &texts.0[i]));
        Fuzzy::default().rank_prepared(query, hay)
    }

    /// Texts from a small alphabet (with an accent and a capital), so that many match,
    /// with equal scores among them: the order of ties is tested too.
    fn town() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec("[abeéS ]{1,12}", SPLIT_FROM..SPLIT_FROM + 3 * CHUNK)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn the_split_ranking_is_the_serial_ranking(
            words in town(),
            query in "[abeSé ]{1,4}",
            keep in 0usize..4,
        ) {
            let texts = texts(&words);
            // Every position, or all but every fourth-ish: candidates need not be 0..n.
            let candidates: Vec<usize> =
                (0..words.len()).filter(|i| keep == 0 || i % 4 != keep).collect();
            let split = Fuzzy::default().rank_split(&query, &texts, &candidates);
            prop_assert_eq!(split, serial(&query, &texts, &candidates));
        }

        #[test]
        fn chunks_a_stalled_helper_claimed_are_scored_by_the_caller(
            words in town(),
            query in "[abeS]{1,3}",
            stalled in 1usize..4,
        ) {
            let texts = texts(&words);
            let candidates: Vec<usize> = (0..words.len()).collect();
            let job = Job::new(&query, &texts, &candidates);
            // A helper claims chunks, then never gets a core.
            job.next.fetch_add(stalled, Ordering::Relaxed);
            let mut matcher = Matcher::new(Config::DEFAULT);
            prop_assert_eq!(job.finish(&mut matcher), serial(&query, &texts, &candidates));
        }

        /// A ranking left at any point (its deadline passed before or after some chunks)
        /// and finished later ranks as one done at once.
        #[test]
        fn a_ranking_left_at_its_deadline_and_finished_later_is_the_serial_ranking(
            words in town(),
            query in "[abeSé ]{1,4}",
            scored_first in 0usize..6,
        ) {
            let texts = texts(&words);
            let candidates: Vec<usize> = (0..words.len()).collect();
            let ranking = Ranking::start(&query, &texts, &candidates);
            let mut matcher = Matcher::new(Config::DEFAULT);
            for _ in 0..scored_first {
                let chunk = ranking.job.next.fetch_add(1, Ordering::Relaxed);
                if chunk < ranking.job.done.len() {
                    ranking.job.score(chunk, &mut matcher);
                }
            }
            // Past its deadline: the caller claims nothing more.
            ranking.work_until(&mut matcher, Instant::now());
            let mut fuzzy = Fuzzy::default();
            prop_assert_eq!(fuzzy.finish(ranking), serial(&query, &texts, &candidates));
        }
    }

    #[test]
    fn a_ranking_left_at_once_is_handed_back_unfinished_and_finishes_as_the_serial_one() {
        let words: Vec<String> = (0..SPLIT_FROM * 2).map(|i| format!("sa{i} bes")).collect();
        let texts = texts(&words);
        let candidates: Vec<usize> = (0..words.len()).collect();
        let mut fuzzy = Fuzzy::default();
        let now = Some(Instant::now());
        let ranking = fuzzy
            .rank_split_until("sb", &texts, &candidates, now)
            .expect_err("a deadline already passed leaves the ranking to finish");
        assert_eq!(fuzzy.finish(ranking), serial("sb", &texts, &candidates));
        // Few candidates, or no deadline: done at once.
        let few = &candidates[..SPLIT_FROM - 1];
        let done = fuzzy.rank_split_until("sb", &texts, few, now);
        assert_eq!(done.ok(), Some(serial("sb", &texts, few)));
        let done = fuzzy.rank_split_until("sb", &texts, &candidates, None);
        assert_eq!(done.ok(), Some(serial("sb", &texts, &candidates)));
    }

    #[test]
    fn a_ranking_dropped_unfinished_leaves_the_helpers_nothing_to_claim() {
        let words: Vec<String> = (0..SPLIT_FROM * 2).map(|i| format!("sa{i}")).collect();
        let texts = texts(&words);
        let candidates: Vec<usize> = (0..words.len()).collect();
        // Not handed out: what a helper would find is what is checked.
        let ranking = Ranking {
            job: Job::new("sa", &texts, &candidates),
        };
        let job = Arc::clone(&ranking.job);
        let mut matcher = Matcher::new(Config::DEFAULT);
        job.score(0, &mut matcher);
        job.next.fetch_add(1, Ordering::Relaxed);
        drop(ranking);
        job.help(&mut matcher);
        let scored = job.done.iter().filter(|c| c.get().is_some()).count();
        assert_eq!(scored, 1, "a helper scored chunks of a dropped ranking");
    }
}
