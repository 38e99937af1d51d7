//! Which of the fields the stakeholder filter searches hold the letters a typed text
//! matched: the filter matches one text, the fields joined by spaces
//! (`PersonFacts::haystack`), so a loose match's letters may sit in several of them.
//! Worked out for the one record whose detail is shown, never per row.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// The positions in `fields` of those holding at least one letter `query` matched in
/// the fields joined by single spaces, in field order; empty when it does not match.
pub fn matched_fields(query: &str, fields: &[&str]) -> Vec<usize> {
    let joined = fields.join(" ");
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut letters = Vec::new();
    let hay = Utf32Str::new(&joined, &mut buf);
    if pattern.indices(hay, &mut matcher, &mut letters).is_none() {
        return Vec::new();
    }
    let ends = field_ends(fields);
    let mut hit = vec![false; fields.len()];
    for at in letters {
        // A letter on a joining space belongs to no field.
        let field = ends.partition_point(|&(_, end)| end <= at);
        if let Some(&(start, _)) = ends.get(field)
            && at >= start
        {
            hit[field] = true;
        }
    }
    (0..fields.len()).filter(|&i| hit[i]).collect()
}

/// Each field's start and end in the joined text, counted as the matcher counts
/// (characters as it converts them, which need not be one per `char`).
fn field_ends(fields: &[&str]) -> Vec<(u32, u32)> {
    let mut buf = Vec::new();
    let mut start = 0u32;
    fields
        .iter()
        .map(|f| {
            let len = u32::try_from(Utf32Str::new(f, &mut buf).len()).unwrap_or(u32::MAX);
            let span = (start, start.saturating_add(len));
            start = span.1.saturating_add(1);
            span
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::matched_fields;

    #[test]
    fn letters_spread_over_fields_name_each_field_that_holds_some() {
        let fields = ["Pol Ice", "Church", "Religious", "youth"];
        assert_eq!(matched_fields("police", &fields), vec![0]);
        let fields = ["Ann", "Police zone", "Safety", "West"];
        assert_eq!(matched_fields("police", &fields), vec![1]);
        // "po" in the name, "lice" only further on.
        let fields = ["Pora", "Licensing", "Culture", ""];
        assert_eq!(matched_fields("police", &fields), vec![0, 1]);
    }

    #[test]
    fn no_match_names_no_field() {
        assert!(matched_fields("zzz", &["Ann", "Org", "Sector", "x"]).is_empty());
    }

    #[test]
    fn accents_and_case_count_as_the_filter_counts_them() {
        let fields = ["Émile", "Café Noël", "Culture", ""];
        assert_eq!(matched_fields("noel", &fields), vec![1]);
        assert_eq!(matched_fields("EMILE", &fields), vec![0]);
    }
}
