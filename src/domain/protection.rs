//! What the editor says before and after saving a note whose source must stay unknown:
//! what the exports will mask (`disclosure::Naming`), and what they cannot.

use super::lines::{Parsed, fold};
use super::sharing::Pap;

/// The masking a protected-source note will get, counted for the editor's message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Masking {
    pub actions: usize,
    pub decisions: usize,
    /// Words holding an `@` (mentions, e-mail addresses).
    pub mentions: usize,
    /// Parts of the source's name or organisation written in plain text: no export can
    /// mask those.
    pub in_prose: Vec<String>,
}

/// What saving `text` with a protected source will mask. `source` is the source's name
/// and organisation, when known.
pub fn masking(text: &str, parsed: &Parsed, source: Option<(&str, &str)>) -> Masking {
    let prose: Vec<String> = text
        .split_whitespace()
        .filter(|w| !w.contains('@'))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let prose = format!(" {} ", prose.join(" "));
    let mut in_prose = Vec::new();
    if let Some((name, org)) = source {
        // A name's words one by one (a surname alone names someone; "Benali's" too),
        // the organisation as a whole. Short words ("El", "De") say too little.
        let org_words: Vec<String> = org.split_whitespace().map(fold).collect();
        let org_folded = format!(" {} ", org_words.join(" "));
        let mut parts: Vec<(String, &str)> = name
            .split_whitespace()
            .map(|w| (fold(w), w))
            .filter(|(f, _)| f.chars().count() >= 4)
            .map(|(f, w)| (format!(" {f}"), w))
            .collect();
        if !org_words.is_empty() {
            parts.push((org_folded, org));
        }
        for (folded, shown) in parts {
            if prose.contains(&folded) && !in_prose.iter().any(|s| s == shown) {
                in_prose.push(shown.to_owned());
            }
        }
    }
    Masking {
        actions: parsed.actions.len(),
        decisions: parsed.decisions.len(),
        mentions: text.split_whitespace().filter(|w| w.contains('@')).count(),
        in_prose,
    }
}

/// `PAP:RED` allows no action that could be noticed: a note so labelled that makes an
/// action is saved only after the coordinator confirms it.
pub fn needs_confirmation(pap: Pap, parsed: &Parsed) -> bool {
    pap == Pap::Red && !parsed.actions.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lines::{ParsedAction, ParsedDecision};

    fn parsed(actions: usize, decisions: usize) -> Parsed {
        Parsed {
            actions: (0..actions)
                .map(|line| ParsedAction {
                    line,
                    owner: 1,
                    text: "x".into(),
                    due: None,
                })
                .collect(),
            decisions: (0..decisions)
                .map(|line| ParsedDecision {
                    line,
                    text: "y".into(),
                })
                .collect(),
            hints: vec![],
        }
    }

    #[test]
    fn counts_what_is_masked_and_finds_the_source_in_prose() {
        let text = "Benali says the brothers skip school.\naction: @imam talk with the family\nasked el fath mosque, mail ali@example.org";
        let m = masking(
            text,
            &parsed(1, 0),
            Some(("Imam Abdelhak Benali", "El Fath Mosque")),
        );
        assert_eq!((m.actions, m.decisions, m.mentions), (1, 0, 2));
        assert_eq!(m.in_prose, ["Benali", "El Fath Mosque"]);
        // A mention is masked, so it is not prose; "Imam" alone is not in the text.
        let m = masking(
            "action: @benali call",
            &parsed(1, 0),
            Some(("Imam Abdelhak Benali", "El Fath Mosque")),
        );
        assert!(m.in_prose.is_empty(), "{m:?}");
        // The start of a word counts ("Benali's"), its middle does not.
        let source = Some(("Abdelhak Benali", ""));
        let m = masking("Benali's son", &parsed(0, 0), source);
        assert_eq!(m.in_prose, ["Benali"]);
        let m = masking("ElBenali", &parsed(0, 0), source);
        assert!(m.in_prose.is_empty(), "{m:?}");
    }

    #[test]
    fn pap_red_with_an_action_needs_confirmation() {
        assert!(needs_confirmation(Pap::Red, &parsed(1, 0)));
        assert!(!needs_confirmation(Pap::Red, &parsed(0, 2)));
        assert!(!needs_confirmation(Pap::Amber, &parsed(1, 0)));
    }
}
