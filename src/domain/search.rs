//! Fuzzy matching for filter-as-you-type and pickers (nucleo-matcher, the matcher of the
//! helix editor): case-insensitive, accent-insensitive, several words all required.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};

/// A reusable matcher: keeps its scratch memory between calls.
pub struct Fuzzy {
    matcher: Matcher,
    buf: Vec<char>,
}

impl Default for Fuzzy {
    fn default() -> Self {
        Fuzzy {
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
        }
    }
}

impl Fuzzy {
    /// The positions of `haystacks` that match `query`, best first (ties keep their
    /// original order). An empty query matches everything in order.
    pub fn rank<'a>(
        &mut self,
        query: &str,
        haystacks: impl Iterator<Item = (usize, &'a str)>,
    ) -> Vec<usize> {
        if query.trim().is_empty() {
            return haystacks.map(|(i, _)| i).collect();
        }
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let Fuzzy { matcher, buf } = self;
        let scored: Vec<(u32, usize)> = haystacks
            .filter_map(|(i, h)| {
                let hay = Utf32Str::new(h, buf);
                pattern.score(hay, matcher).map(|s| (s, i))
            })
            .collect();
        best_first(scored)
    }

    /// [`Fuzzy::rank`] on texts converted once for all keys ([`Utf32String`]): a list
    /// filtered as you type does not decode every text again at every key.
    pub fn rank_prepared<'a>(
        &mut self,
        query: &str,
        haystacks: impl Iterator<Item = (usize, &'a Utf32String)>,
    ) -> Vec<usize> {
        if query.trim().is_empty() {
            return haystacks.map(|(i, _)| i).collect();
        }
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let scored: Vec<(u32, usize)> = haystacks
            .filter_map(|(i, h)| {
                pattern
                    .score(h.slice(..), &mut self.matcher)
                    .map(|s| (s, i))
            })
            .collect();
        best_first(scored)
    }
}

/// Positions by score, best first; ties keep their order by position.
fn best_first(mut scored: Vec<(u32, usize)>) -> Vec<usize> {
    scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_accent_and_case_insensitive() {
        let items = [
            "Imam Abdelhak Benali",
            "Els Van Damme",
            "Hélène Dupré",
            "FC Marlevoorde",
        ];
        let mut f = Fuzzy::default();
        let hay = || items.iter().enumerate().map(|(i, s)| (i, *s));
        assert_eq!(f.rank("helene", hay()), vec![2]);
        assert_eq!(f.rank("fcmarl", hay()), vec![3]);
        assert_eq!(f.rank("imam ben", hay()), vec![0]);
        assert_eq!(f.rank("", hay()), vec![0, 1, 2, 3]);
        assert!(f.rank("zzz", hay()).is_empty());
    }
}
