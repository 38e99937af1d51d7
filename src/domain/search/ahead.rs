//! The next character of a filter, ranked ahead of time. On a long list the first
//! characters of a filter match thousands of rows and are the costliest keys to rank.
//! While the user types the next one, the helper threads rank, for each letter and digit
//! it could be, the text typed so far followed by it, over the rows that text found (or
//! over everyone, for the first character). The key then only keeps, in the order found,
//! the rows it would have ranked.
//!
//! Scores do not depend on the other candidates, and the order is by score, then
//! position: keeping some rows of a ranking of more gives exactly the ranking of those
//! rows. Rows the table did not rank are never guessed: the key is then ranked as usual.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};

use super::best_first;
use super::split::{Haystacks, Work, hand_out};

/// A key that leaves at least this many rows has the next characters ranked ahead, in a
/// list long enough for its first ones to be ([`super::split::SPLIT_FROM`]). Ranking a few
/// hundred rows on the key itself costs a fraction of a millisecond and is not worth
/// the helpers' time; a thousand rows cost about one.
pub const AHEAD_FROM: usize = 256;

/// Rows ranked between two looks at whether the table was dropped.
const STRIDE: usize = 256;

/// The characters ranked ahead, the most frequent in Dutch and French names first (the
/// first ready when the next key comes quickly); a key typed as a capital is the same key.
const LETTERS: &[u8; 36] = b"eainrsotldhkmucgvbpfwjyzxq0123456789";

/// For each of [`LETTERS`]: a text followed by it, ranked over some rows.
pub struct Ahead<H: Haystacks + ?Sized> {
    texts: Arc<H>,
    /// The text typed so far.
    prefix: String,
    /// The rows ranked; `None`: every text.
    rows: Option<Vec<usize>>,
    /// Which texts are among `rows`.
    ranked_rows: Vec<bool>,
    /// The next letter nobody has started.
    next: AtomicUsize,
    /// The text changed: the letters not started yet are of no use.
    dropped: AtomicBool,
    /// Per letter: the rows that match, best first.
    ranked: Vec<OnceLock<Vec<u32>>>,
}

impl<H: Haystacks + ?Sized> std::fmt::Debug for Ahead<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ready = self.ranked.iter().filter(|r| r.get().is_some()).count();
        write!(f, "Ahead({:?}, {ready} letters ready)", self.prefix)
    }
}

impl<H: Haystacks + ?Sized> Ahead<H> {
    /// Starts ranking, after `prefix`, each letter over `rows` of the `len` texts of
    /// `texts` (`None`: all of them) on the helper threads; `None` where there is no helper
    /// (one core), or where positions do not fit the table.
    pub fn start(
        texts: &Arc<H>,
        len: usize,
        prefix: &str,
        rows: Option<Vec<usize>>,
    ) -> Option<Arc<Self>> {
        let table = Arc::new(Self::new(texts, len, prefix, rows)?);
        hand_out(&(Arc::clone(&table) as Arc<dyn Work>)).then_some(table)
    }

    fn new(texts: &Arc<H>, len: usize, prefix: &str, rows: Option<Vec<usize>>) -> Option<Self> {
        u32::try_from(len).ok()?;
        let mut ranked_rows = vec![rows.is_none(); len];
        for &i in rows.iter().flatten() {
            *ranked_rows.get_mut(i)? = true;
        }
        Some(Ahead {
            texts: Arc::clone(texts),
            prefix: prefix.to_owned(),
            rows,
            ranked_rows,
            next: AtomicUsize::new(0),
            dropped: AtomicBool::new(false),
            ranked: LETTERS.iter().map(|_| OnceLock::new()).collect(),
        })
    }

    /// Whether every letter is ranked.
    pub fn ready(&self) -> bool {
        self.ranked.iter().all(|r| r.get().is_some())
    }

    /// Whether this table was made for these texts.
    pub fn is_for(&self, texts: &Arc<H>) -> bool {
        Arc::ptr_eq(&self.texts, texts)
    }

    /// The letters not started yet will not be asked for (the text typed changed).
    pub fn drop_rest(&self) {
        self.dropped.store(true, Ordering::Relaxed);
    }

    /// The `candidates` that match `query`, best first, when `query` is the prefix and
    /// one of the letters, that letter is ready, and it was ranked over every candidate;
    /// `None` otherwise.
    pub fn rank(&self, query: &str, candidates: &[usize]) -> Option<Vec<usize>> {
        let &[c] = query.strip_prefix(self.prefix.as_str())?.as_bytes() else {
            return None;
        };
        let letter = LETTERS.iter().position(|&l| l == c.to_ascii_lowercase())?;
        let ranked = self.ranked[letter].get()?;
        let mut listed = vec![false; self.ranked_rows.len()];
        for &i in candidates {
            if !*self.ranked_rows.get(i)? {
                return None;
            }
            listed[i] = true;
        }
        Some(
            (ranked.iter().map(|&i| i as usize))
                .filter(|&i| listed[i])
                .collect(),
        )
    }

    fn rank_letter(&self, letter: usize, matcher: &mut Matcher) {
        let query = format!("{}{}", self.prefix, char::from(LETTERS[letter]));
        let pattern = Pattern::parse(&query, CaseMatching::Ignore, Normalization::Smart);
        let mut score = |i: usize| {
            pattern
                .score(self.texts.haystack(i), matcher)
                .map(|s| (s, i))
        };
        // The rows ranked, a stride at a time: positions into `rows`, or every text.
        let len = self.rows.as_ref().map_or(self.ranked_rows.len(), Vec::len);
        let row = |k: usize| self.rows.as_ref().map_or(k, |rows| rows[k]);
        let mut scored = Vec::new();
        for start in (0..len).step_by(STRIDE) {
            // The text changed: this letter will not be asked for either.
            if self.dropped.load(Ordering::Relaxed) {
                return;
            }
            let stride = start..(start + STRIDE).min(len);
            scored.extend(stride.filter_map(|k| score(row(k))));
        }
        // Positions fit in u32: checked when the table was made.
        let ranked = best_first(scored).into_iter().map(|i| i as u32).collect();
        let _ = self.ranked[letter].set(ranked);
    }
}

impl<H: Haystacks + ?Sized> Work for Ahead<H> {
    /// Ranks letters nobody has started, until none is left or the text changed.
    fn help(&self, matcher: &mut Matcher) {
        while !self.dropped.load(Ordering::Relaxed) {
            let letter = self.next.fetch_add(1, Ordering::Relaxed);
            if letter >= LETTERS.len() {
                return;
            }
            self.rank_letter(letter, matcher);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::Fuzzy;
    use crate::domain::search::split::Texts;
    use nucleo_matcher::Config;
    use proptest::prelude::*;

    fn fresh(texts: &Texts, query: &str, candidates: &[usize]) -> Vec<usize> {
        let hay = candidates.iter().map(|&i| (i, &texts.0[i]));
        Fuzzy::default().rank_prepared(query, hay)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Whatever was typed before, whichever rows the table ranked and whichever are
        /// asked for, a letter ranked ahead lists the rows asked for in the order a
        /// ranking of them alone gives, or leaves the key to that ranking when it cannot.
        #[test]
        fn a_letter_ranked_ahead_ranks_the_rows_asked_as_a_ranking_of_them_would(
            words in prop::collection::vec("[abeéSz9 $]{1,10}", 1..120),
            prefix in prop::sample::select(vec!["", "a", "S", "e ", "b$", "zz"]),
            ranked in prop::option::of(prop::collection::vec(any::<bool>(), 120)),
            asked in prop::collection::vec(any::<bool>(), 120),
            typed in "[abeSzZ9é ]",
        ) {
            let texts = Arc::new(Texts(words.iter().map(|w| w.as_str().into()).collect()));
            let rows = ranked.as_ref().map(|r| (0..words.len()).filter(|&i| r[i]).collect());
            let table = Ahead::new(&texts, words.len(), prefix, rows).unwrap();
            table.help(&mut Matcher::new(Config::DEFAULT));
            let candidates: Vec<usize> = (0..words.len()).filter(|&i| asked[i]).collect();
            let query = format!("{prefix}{typed}");
            let covered = candidates.iter().all(|&i| ranked.as_ref().is_none_or(|r| r[i]));
            match table.rank(&query, &candidates) {
                Some(ahead) => prop_assert_eq!(ahead, fresh(&texts, &query, &candidates)),
                None => prop_assert!(!covered || !typed.chars().all(|c| c.is_ascii_alphanumeric())),
            }
            // Another text before it: never this table's.
            prop_assert_eq!(table.rank(&format!("x{query}"), &candidates), None);
        }
    }

    #[test]
    fn a_letter_not_ranked_yet_is_left_to_the_ranking() {
        let texts = Arc::new(Texts(vec!["abc".into(), "bcd".into()]));
        let table = Ahead::new(&texts, 2, "", None).unwrap();
        assert_eq!(table.rank("b", &[0, 1]), None);
        table.help(&mut Matcher::new(Config::DEFAULT));
        // "bcd" starts with it: first.
        assert_eq!(table.rank("b", &[0, 1]), Some(vec![1, 0]));
        assert_eq!(table.rank("B", &[1]), Some(vec![1]));
        assert_eq!(table.rank("bc", &[0, 1]), None);
        assert_eq!(table.rank(" ", &[0, 1]), None);
        assert!(table.is_for(&texts));
    }

    /// Texts that count how many were read, and drop the table after `drop_after`.
    struct Watched {
        texts: Texts,
        read: AtomicUsize,
        drop_after: usize,
        table: OnceLock<std::sync::Weak<Ahead<Watched>>>,
    }

    impl Haystacks for Watched {
        fn haystack(&self, i: usize) -> nucleo_matcher::Utf32Str<'_> {
            if self.read.fetch_add(1, Ordering::Relaxed) + 1 == self.drop_after {
                let table = self.table.get().and_then(std::sync::Weak::upgrade);
                table.iter().for_each(|t| t.drop_rest());
            }
            self.texts.haystack(i)
        }
    }

    /// A key typed while a letter is being ranked stops that letter too, within a
    /// stride of rows: the helper is free for the key's own ranking at once, instead of
    /// after a whole letter over thousands of rows. The letter is left unranked.
    #[test]
    fn a_table_dropped_during_a_letter_stops_within_a_stride() {
        let words = (0..5 * STRIDE)
            .map(|i| format!("naam {i}").into())
            .collect();
        let texts = Arc::new(Watched {
            texts: Texts(words),
            read: AtomicUsize::new(0),
            drop_after: STRIDE + 10,
            table: OnceLock::new(),
        });
        let table = Arc::new(Ahead::new(&texts, 5 * STRIDE, "", None).unwrap());
        texts.table.set(Arc::downgrade(&table)).unwrap();
        table.help(&mut Matcher::new(Config::DEFAULT));
        let read = texts.read.load(Ordering::Relaxed);
        assert!(read <= 2 * STRIDE, "{read} texts read after the drop");
        assert!(table.ranked.iter().all(|r| r.get().is_none()));
        assert_eq!(table.rank("e", &[0, 1]), None);
    }

    #[test]
    fn a_dropped_table_ranks_no_more_letters() {
        let texts = Arc::new(Texts(vec!["abc".into(), "bcd".into()]));
        let table = Ahead::new(&texts, 2, "", None).unwrap();
        table.drop_rest();
        table.help(&mut Matcher::new(Config::DEFAULT));
        assert!(table.ranked.iter().all(|r| r.get().is_none()));
    }
}
