//! The first character of a filter, ranked ahead of time. A first character matches most
//! of a long list and is the costliest key to rank (every text is scored). When the filter
//! opens, the helper threads rank every text for each letter and digit, in the time it
//! takes to type one; the first key then only keeps, in the order found, those of the
//! rows listed (by the quick filter, the stage, the archive switch).
//!
//! Scores do not depend on the other candidates, and the order is by score, then
//! position: keeping the listed rows of the ranking of every text gives exactly the
//! ranking of the listed rows.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};

use super::best_first;
use super::split::{Haystacks, Work, hand_out};

/// The characters ranked ahead: a first character typed as itself or its capital.
const LETTERS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// Every text ranked for each of [`LETTERS`], filled in by the helper threads.
pub struct FirstLetters<H: Haystacks + ?Sized> {
    texts: Arc<H>,
    len: usize,
    /// The next letter nobody has started.
    next: AtomicUsize,
    /// Per letter: the positions of the texts that hold it, best first.
    ranked: Vec<OnceLock<Vec<u32>>>,
}

impl<H: Haystacks + ?Sized> std::fmt::Debug for FirstLetters<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ready = self.ranked.iter().filter(|r| r.get().is_some()).count();
        write!(f, "FirstLetters({} texts, {ready} letters ready)", self.len)
    }
}

impl<H: Haystacks + ?Sized> FirstLetters<H> {
    /// Starts ranking the `len` texts of `texts` on the helper threads; `None` where
    /// there is no helper (one core), or where positions do not fit the table.
    pub fn start(texts: &Arc<H>, len: usize) -> Option<Arc<Self>> {
        let table = Arc::new(Self::new(texts, len)?);
        hand_out(&(Arc::clone(&table) as Arc<dyn Work>)).then_some(table)
    }

    fn new(texts: &Arc<H>, len: usize) -> Option<Self> {
        u32::try_from(len).ok()?;
        Some(FirstLetters {
            texts: Arc::clone(texts),
            len,
            next: AtomicUsize::new(0),
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

    /// The `candidates` that match `query`, best first, when `query` is one of the
    /// letters ranked ahead and that letter is ready; `None` otherwise.
    pub fn rank(&self, query: &str, candidates: &[usize]) -> Option<Vec<usize>> {
        let &[c] = query.as_bytes() else { return None };
        let letter = LETTERS.iter().position(|&l| l == c.to_ascii_lowercase())?;
        let ranked = self.ranked[letter].get()?;
        let mut listed = vec![false; self.len];
        for &i in candidates {
            *listed.get_mut(i)? = true;
        }
        Some(
            (ranked.iter().map(|&i| i as usize))
                .filter(|&i| listed[i])
                .collect(),
        )
    }

    fn rank_letter(&self, letter: usize, matcher: &mut Matcher) {
        let query = char::from(LETTERS[letter]).to_string();
        let pattern = Pattern::parse(&query, CaseMatching::Ignore, Normalization::Smart);
        let scored = (0..self.len)
            .filter_map(|i| {
                pattern
                    .score(self.texts.haystack(i), matcher)
                    .map(|s| (s, i))
            })
            .collect();
        // Positions fit in u32: checked when the table was made.
        let ranked = best_first(scored).into_iter().map(|i| i as u32).collect();
        let _ = self.ranked[letter].set(ranked);
    }
}

impl<H: Haystacks + ?Sized> Work for FirstLetters<H> {
    /// Ranks letters nobody has started, until none is left.
    fn help(&self, matcher: &mut Matcher) {
        loop {
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
    use nucleo_matcher::{Config, Utf32Str, Utf32String};
    use proptest::prelude::*;

    struct Texts(Vec<Utf32String>);

    impl Haystacks for Texts {
        fn haystack(&self, i: usize) -> Utf32Str<'_> {
            self.0[i].slice(..)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whichever rows are listed, a letter ranked ahead keeps them in the order a
        /// ranking of those rows alone gives.
        #[test]
        fn a_letter_ranked_ahead_ranks_the_listed_rows_as_a_ranking_of_them_would(
            words in prop::collection::vec("[abeéSz9 ]{1,10}", 1..120),
            listed in prop::collection::vec(any::<bool>(), 120),
            typed in "[abeSzZ9é]",
        ) {
            let texts = Arc::new(Texts(words.iter().map(|w| w.as_str().into()).collect()));
            let table = FirstLetters::new(&texts, words.len()).unwrap();
            table.help(&mut Matcher::new(Config::DEFAULT));
            let candidates: Vec<usize> = (0..words.len()).filter(|&i| listed[i]).collect();
            let hay = candidates.iter().map(|&i| (i, &texts.0[i]));
            let fresh = Fuzzy::default().rank_prepared(&typed, hay);
            match table.rank(&typed, &candidates) {
                Some(ahead) => prop_assert_eq!(ahead, fresh),
                // Only what is not one of the letters is left to the ranking.
                None => prop_assert!(!typed.is_ascii()),
            }
        }
    }

    #[test]
    fn a_letter_not_ranked_yet_is_left_to_the_ranking() {
        let texts = Arc::new(Texts(vec!["abc".into(), "bcd".into()]));
        let table = FirstLetters::new(&texts, 2).unwrap();
        assert_eq!(table.rank("b", &[0, 1]), None);
        table.help(&mut Matcher::new(Config::DEFAULT));
        // "bcd" starts with it: first.
        assert_eq!(table.rank("b", &[0, 1]), Some(vec![1, 0]));
        assert_eq!(table.rank("B", &[1]), Some(vec![1]));
        assert_eq!(table.rank("bc", &[0, 1]), None);
        assert_eq!(table.rank(" ", &[0, 1]), None);
        assert!(table.is_for(&texts));
    }
}
