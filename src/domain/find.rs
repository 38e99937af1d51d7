//! Plain-text search across records (the search of the whole database, from the meeting
//! or anywhere): case- and accent-insensitive, every word of the query required, and the
//! field that holds it told, so that a list of hits can say why each one is there.
//!
//! Unlike the fuzzy matcher of the pickers (`search.rs`), a hit here holds each word as
//! typed: a coordinator looking for "eleve" wants the notes that say "élève", not every
//! note whose letters happen to come in that order.

use nucleo_matcher::chars::{normalize, to_lower_case};

pub use super::haystack::Haystack;

/// One character folded: lower case, without its accent. One character in, one out, so
/// that a position in a folded text is the same position in the text it came from.
pub fn fold_char(c: char) -> char {
    // Most text is ASCII: no table to look it up in (the search folds 100,000 notes).
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    normalize(to_lower_case(c))
}

/// A text folded character by character (see [`fold_char`]), without the characters a
/// screen never shows (`sanitize::is_invisible`): a name is matched as it reads, whatever
/// soft hyphen or zero-width space it was stored with. Positions in it are those of the
/// text without them (the search's records hold their fields so).
pub fn fold(text: &str) -> String {
    (text.chars())
        .filter(|&c| !super::sanitize::is_invisible(c))
        .map(fold_char)
        .collect()
}

/// A query, folded and cut into its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

/// Where a query was found in a record: the field that holds its first word, and that
/// word's place in the field, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub field: usize,
    pub at: usize,
    pub len: usize,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Query {
            words: fold(text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, folded, in the order typed.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether every word of this query is in `other`'s (so that `other`'s hits can only
    /// narrow down to this one's).
    pub fn narrows(&self, other: &Query) -> bool {
        !other.is_empty()
            && other
                .words
                .iter()
                .all(|w| self.words.iter().any(|mine| mine.contains(w.as_str())))
    }

    /// Whether the record whose folded fields are `fields` holds every word, each in
    /// some field; where the first word is. An empty query finds nothing.
    pub fn find(&self, fields: &[&str]) -> Option<Found> {
        let (first, rest) = self.words.split_first()?;
        if !rest
            .iter()
            .all(|w| fields.iter().any(|f| f.contains(w.as_str())))
        {
            return None;
        }
        fields.iter().enumerate().find_map(|(field, f)| {
            f.find(first.as_str()).map(|byte| Found {
                field,
                at: f[..byte].chars().count(),
                len: first.chars().count(),
            })
        })
    }
}

/// A few words of `text` around the characters `at..at + len`, to fit `width`
/// columns (a wide character takes two, a combining one none): "…the pupil (élève) was
/// seen…". Newlines become spaces. A match wider than `width` is shown whole all the same.
pub fn excerpt(text: &str, at: usize, len: usize, width: usize) -> String {
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let cols = |i: usize| unicode_width::UnicodeWidthChar::width(chars[i]).unwrap_or(0);
    if (0..chars.len()).map(cols).sum::<usize>() <= width {
        return chars.into_iter().collect();
    }
    let n = chars.len();
    let matched: usize = (at.min(n)..(at + len).min(n)).map(cols).sum();
    // A column kept on each side for an ellipsis; a side that needs none gives its
    // column to the text.
    let inner = width.max(matched + 2) - 2;
    let (start, end) = around(&cols, n, at, len, inner);
    let room = inner + usize::from(start == 0) + usize::from(end == n);
    let (start, end) = widened(&cols, n, (start, end), room);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < n {
        out.push('…');
    }
    out
}

/// The characters `start..end` shown around the match `at..at + len` in `room` columns:
/// a third of what is left before it, the rest after, and more before where the text
/// ends first.
fn around(
    cols: &impl Fn(usize) -> usize,
    n: usize,
    at: usize,
    len: usize,
    room: usize,
) -> (usize, usize) {
    let (at, end) = (at.min(n), (at + len).min(n));
    let before = room.saturating_sub((at..end).map(cols).sum()) / 3;
    let (mut start, mut taken) = (at, 0);
    while start > 0 && taken + cols(start - 1) <= before {
        start -= 1;
        taken += cols(start);
    }
    widened(cols, n, (start, end), room)
}

/// `start..end` of `n` characters widened to `room` columns: to the right first, then to
/// the left where the text ends first.
fn widened(
    cols: &impl Fn(usize) -> usize,
    n: usize,
    (mut start, mut end): (usize, usize),
    room: usize,
) -> (usize, usize) {
    let mut used: usize = (start..end).map(cols).sum();
    while end < n && used + cols(end) <= room {
        used += cols(end);
        end += 1;
    }
    while start > 0 && used + cols(start - 1) <= room {
        start -= 1;
        used += cols(start);
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(q: &str, fields: &[&str]) -> Option<Found> {
        let folded: Vec<String> = fields.iter().map(|f| fold(f)).collect();
        let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
        Query::new(q).find(&refs)
    }

    /// What the screen shows is what is matched: a soft hyphen or a zero-width space in a
    /// stored name (the CLI's person, the import's duplicates, the search) is not part of
    /// it, nor of a query pasted with one.
    #[test]
    fn invisible_characters_are_not_folded_in() {
        assert_eq!(fold("Jan\u{ad}ssens"), fold("Janssens"));
        assert_eq!(fold("Sta\u{200b}tion\u{feff}"), "station");
        assert_eq!(Query::new("jans\u{ad}sens"), Query::new("janssens"));
        assert_eq!(
            found("janssens", &["Met Jan\u{ad}ssens"]).map(|f| f.at),
            Some(4)
        );
    }

    #[test]
    fn accents_and_case_are_ignored_both_ways() {
        let hit = Some(Found {
            field: 0,
            at: 8,
            len: 5,
        });
        assert_eq!(found("eleve", &["L'avis: élève absent"]), hit);
        assert_eq!(found("ÉLÈVE", &["l'avis: eleve absent"]), hit);
        assert_eq!(found("Hélène", &["HELENE"]).map(|f| f.at), Some(0));
        assert_eq!(found("dupre", &["Hélène Dupré"]).map(|f| f.at), Some(7));
    }

    #[test]
    fn every_word_is_required_in_some_field_and_the_first_words_field_is_told() {
        let person = ["Els Van Damme", "CAW Marlevoorde", "outreach worker"];
        assert_eq!(found("worker els", &person).map(|f| f.field), Some(2));
        assert_eq!(found("els worker", &person).map(|f| f.field), Some(0));
        assert_eq!(found("els plumber", &person), None);
        assert_eq!(found("marlevoorde", &person).map(|f| f.field), Some(1));
    }

    #[test]
    fn words_are_held_as_typed_not_fuzzily_and_an_empty_query_finds_nothing() {
        assert_eq!(found("fcmarl", &["FC Marlevoorde"]), None);
        assert_eq!(found("", &["anything"]), None);
        assert_eq!(found("   ", &["anything"]), None);
        assert!(Query::new("  ").is_empty());
    }

    #[test]
    fn positions_count_characters_of_the_original_text() {
        let text = "Één ŒUVRE: élève à l'école";
        let f = found("ecole", &[text]).unwrap();
        let word: String = text.chars().skip(f.at).take(f.len).collect();
        assert_eq!(word, "école");
    }

    #[test]
    fn a_longer_query_narrows_a_shorter_one() {
        assert!(Query::new("elev").narrows(&Query::new("ele")));
        assert!(Query::new("eleve jan").narrows(&Query::new("eleve")));
        assert!(!Query::new("ele").narrows(&Query::new("elev")));
        assert!(!Query::new("x").narrows(&Query::new("")));
    }

    #[test]
    fn an_excerpt_keeps_the_match_in_view() {
        let text =
            "Long introduction about many things before the pupil (élève) was seen at school";
        let e = excerpt(text, 55, 5, 30);
        assert!(e.contains("élève"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        assert_eq!(e.chars().count(), 30);
        assert_eq!(excerpt("short\ntext", 0, 5, 30), "short text");
        let start = excerpt(text, 0, 4, 20);
        assert!(start.starts_with("Long") && start.ends_with('…'), "{start}");
        let end = excerpt(text, 74, 6, 20);
        assert!(end.ends_with("school") && end.starts_with('…'), "{end}");
    }

    proptest::proptest! {
        /// An excerpt fits its columns (not its characters: a wide character takes two,
        /// a combining one none) and shows the match whole where the match fits.
        #[test]
        fn an_excerpt_fits_its_columns_and_shows_the_match(
            text in "[a 漢字😀é\u{301}]{0,60}",
            at in 0usize..60,
            len in 1usize..6,
            width in 4usize..40,
        ) {
            use unicode_width::UnicodeWidthStr;
            let chars: Vec<char> = text.chars().collect();
            let at = at.min(chars.len());
            let len = len.min(chars.len() - at);
            let matched: String = chars[at..at + len].iter().collect();
            let e = excerpt(&text, at, len, width);
            let room = width.max(matched.width() + 2);
            proptest::prop_assert!(e.width() <= room, "{:?} is {} columns wide, room {}", e, e.width(), room);
            if matched.width() + 4 <= width {
                proptest::prop_assert!(e.contains(&matched), "{:?} lost {:?}", e, matched);
            }
        }
    }
}
