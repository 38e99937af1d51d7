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

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Fuzzy, best_first};

/// Texts by position, shared with the helper threads.
pub trait Haystacks: Send + Sync + 'static {
    fn haystack(&self, i: usize) -> Utf32Str<'_>;
}

/// Fewer candidates than this are ranked on the calling thread alone: handing chunks out
/// costs more than it saves.
pub const SPLIT_FROM: usize = 2048;

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
        let sent = candidates.iter().map(|&i| (i, texts.haystack(i)));
        if query.trim().is_empty() || candidates.len() < SPLIT_FROM {
            return self.rank_strs(query, sent);
        }
        let job = Job::new(query, texts, candidates);
        hand_out(&(Arc::clone(&job) as Arc<dyn Work>));
        job.finish(&mut self.matcher)
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
    }
}
