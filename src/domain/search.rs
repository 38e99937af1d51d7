//! Fuzzy matching for filter-as-you-type and pickers (nucleo-matcher, the matcher of the
//! helix editor): case-insensitive, accent-insensitive, several words all required.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};

pub mod ahead;
pub mod split;

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
        self.rank_strs(query, haystacks.map(|(i, h)| (i, h.slice(..))))
    }

    /// [`Fuzzy::rank`] on texts already in the matcher's form.
    fn rank_strs<'a>(
        &mut self,
        query: &str,
        haystacks: impl Iterator<Item = (usize, Utf32Str<'a>)>,
    ) -> Vec<usize> {
        if query.trim().is_empty() {
            return haystacks.map(|(i, _)| i).collect();
        }
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let scored: Vec<(u32, usize)> = haystacks
            .filter_map(|(i, h)| pattern.score(h, &mut self.matcher).map(|s| (s, i)))
            .collect();
        best_first(scored)
    }
}

/// Positions by score, best first; ties keep their order by position. Each match is
/// sorted as one number (the score's complement above the position), a sort of plain
/// integers instead of pairs compared field by field.
fn best_first(scored: Vec<(u32, usize)>) -> Vec<usize> {
    let key = |&(score, i): &(u32, usize)| {
        let i = u32::try_from(i).ok()?;
        Some((u64::from(u32::MAX - score) << 32) | u64::from(i))
    };
    let Some(mut keys) = scored.iter().map(key).collect::<Option<Vec<u64>>>() else {
        let mut scored = scored;
        scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        return scored.into_iter().map(|(_, i)| i).collect();
    };
    keys.sort_unstable();
    keys.into_iter()
        .map(|k| (k & u64::from(u32::MAX)) as usize)
        .collect()
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

    proptest::proptest! {
        #[test]
        fn best_first_is_by_score_then_position(
            scored in proptest::collection::vec((0u32..6, 0usize..400), 0..200),
            huge in proptest::bool::ANY,
        ) {
            // Positions unique, as a list's are; one beyond 32 bits takes the other way.
            let mut scored: Vec<(u32, usize)> = scored.into_iter().enumerate()
                .map(|(n, (s, i))| (s, i * 1000 + n)).collect();
            if huge && !scored.is_empty() {
                scored[0].1 = usize::MAX;
            }
            let mut expected = scored.clone();
            expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let expected: Vec<usize> = expected.into_iter().map(|(_, i)| i).collect();
            proptest::prop_assert_eq!(best_first(scored), expected);
        }
    }
}
