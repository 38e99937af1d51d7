//! The note editor's line syntax: `action: @owner text due:date` and `decision: text`,
//! with their Dutch and French words (`actie:`, `beslissing:`, `décision:`, `tegen:`,
//! `échéance:`) understood whatever the interface's language. A line that cannot be
//! fully understood is kept as text with a hint, never dropped.

use chrono::NaiveDate;

use super::Id;
use super::parse;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAction {
    pub line: usize,
    pub owner: Id,
    pub text: String,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedDecision {
    pub line: usize,
    pub text: String,
}

/// Why a line was kept as plain text. `key` is a catalogue key; `detail` the part that
/// was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub line: usize,
    pub key: &'static str,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub actions: Vec<ParsedAction>,
    pub decisions: Vec<ParsedDecision>,
    pub hints: Vec<Hint>,
}

/// The words that open an action line, in English, Dutch and French: every one is
/// understood whatever the interface's language (a team mixes them).
pub const ACTION_WORDS: [&str; 2] = ["action", "actie"];
/// The words that open a decision line (French also without its accent).
pub const DECISION_WORDS: [&str; 4] = ["decision", "beslissing", "besluit", "décision"];
/// The words that give an action's due date (`due:+7d`, `tegen:vrijdag`...).
pub const DUE_WORDS: [&str; 5] = ["due", "tegen", "deadline", "échéance", "echeance"];

/// What a line is, by the word before its first colon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Action,
    Decision,
}

/// Strips a case-insensitive `word:` (any of `words`) from the start of `text`.
fn after_any<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    let (head, rest) = text.trim_start().split_once(':')?;
    // French puts a space before the colon (`décision : ...`).
    let head = head.trim_end().to_lowercase();
    words.contains(&head.as_str()).then(|| rest.trim())
}

/// Whether `line` is an action or a decision line, and the text after its word.
pub fn kind(line: &str) -> Option<(LineKind, &str)> {
    after_any(line, &DECISION_WORDS)
        .map(|rest| (LineKind::Decision, rest))
        .or_else(|| after_any(line, &ACTION_WORDS).map(|rest| (LineKind::Action, rest)))
}

/// Reads every line of `text`. `person` resolves an `@name` token to a stakeholder or
/// explains why it cannot (unknown, ambiguous).
pub fn parse(text: &str, today: NaiveDate, person: impl Fn(&str) -> Result<Id, String>) -> Parsed {
    let mut out = Parsed::default();
    for (n, line) in text.lines().enumerate() {
        let Some((kind, rest)) = kind(line) else {
            continue;
        };
        if kind == LineKind::Decision {
            if rest.is_empty() {
                out.hints.push(Hint {
                    line: n,
                    key: "hint-empty_decision",
                    detail: String::new(),
                });
            } else {
                out.decisions.push(ParsedDecision {
                    line: n,
                    text: rest.to_owned(),
                });
            }
            continue;
        }
        let mut owner = None;
        let mut due = None;
        let mut words = Vec::new();
        let mut problem = None;
        for word in rest.split_whitespace() {
            if let Some(name) = word.strip_prefix('@').filter(|_| owner.is_none()) {
                match person(name) {
                    Ok(id) => owner = Some(id),
                    Err(why) => problem = problem.or(Some(("hint-unknown_owner", why))),
                }
            } else if let Some(d) = after_any(word, &DUE_WORDS) {
                match parse::date(d, today) {
                    Ok(date) => due = Some(date),
                    Err(_) => problem = problem.or(Some(("hint-bad_due", d.to_owned()))),
                }
            } else {
                words.push(word);
            }
        }
        if problem.is_none() && owner.is_none() {
            problem = Some(("hint-no_owner", String::new()));
        }
        if problem.is_none() && words.is_empty() {
            problem = Some(("hint-empty_action", String::new()));
        }
        match (problem, owner) {
            (None, Some(owner)) => out.actions.push(ParsedAction {
                line: n,
                owner,
                text: words.join(" "),
                due,
            }),
            (Some((key, detail)), _) => out.hints.push(Hint {
                line: n,
                key,
                detail,
            }),
            (None, None) => {}
        }
    }
    out
}

/// Lower-case letters and digits only, accents removed: how `@tokens` are compared.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// `text` without the lines that became the actions and decisions `taken` from it (their
/// texts): what the minutes show of a note beside its parsed items. The stored note keeps
/// every line as typed; a line that was not understood stays, with what it says.
pub fn prose(text: &str, taken: &[&str]) -> String {
    let day = NaiveDate::default();
    let parsed = parse(text, day, |_| Ok(0));
    let became = |n: usize| {
        parsed
            .actions
            .iter()
            .any(|a| a.line == n && taken.contains(&a.text.as_str()))
            || parsed
                .decisions
                .iter()
                .any(|d| d.line == n && taken.contains(&d.text.as_str()))
    };
    let kept: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(n, _)| !became(*n))
        .map(|(_, l)| l)
        .collect();
    kept.join("\n").trim().to_owned()
}

/// Resolves `token` against `people` (id, name): a unique person whose folded name
/// starts with the token, or one of whose words does (`@samira`, `@elidrissi`,
/// `@samira_el`). Underscores and dots in the token stand for spaces.
pub fn resolve<'a>(token: &str, people: impl Iterator<Item = (Id, &'a str)>) -> Result<Id, String> {
    let want = fold(token);
    if want.is_empty() {
        return Err(token.to_owned());
    }
    let mut hits = Vec::new();
    let mut exact = Vec::new();
    for (id, name) in people {
        let whole = fold(name);
        if whole == want {
            exact.push(id);
        }
        let words: Vec<String> = name.split_whitespace().map(fold).collect();
        let starts = whole.starts_with(&want)
            || (0..words.len()).any(|i| words[i..].concat().starts_with(&want));
        if starts {
            hits.push(id);
        }
    }
    match (exact.as_slice(), hits.as_slice()) {
        ([one], _) | (_, [one]) => Ok(*one),
        (_, []) => Err(format!("@{token}")),
        (_, many) => Err(format!("@{token} ({})", many.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_leaves_out_the_lines_that_became_items() {
        let text = "Seen twice at the centre.\naction: @samira call the school due:+3d\nDecision: follow up in January\naction: @nobody_known talk";
        let out = prose(text, &["call the school", "follow up in January"]);
        assert_eq!(out, "Seen twice at the centre.\naction: @nobody_known talk");
        // A line that became no stored item stays.
        assert_eq!(prose(text, &[]), text);
        assert_eq!(prose("decision: only this", &["only this"]), "");
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    const PEOPLE: [(Id, &str); 4] = [
        (12, "Samira El Idrissi"),
        (13, "Jonas De Smet"),
        (31, "Sara Lemmens"),
        (32, "Koen Bauwens"),
    ];

    fn person(t: &str) -> Result<Id, String> {
        resolve(t, PEOPLE.iter().map(|(i, n)| (*i, *n)))
    }

    #[test]
    fn action_with_owner_text_and_due() {
        let p = parse(
            "Talked.\naction: @samira visit the family due:+7d\nmore",
            today(),
            person,
        );
        assert_eq!(
            p.actions,
            vec![ParsedAction {
                line: 1,
                owner: 12,
                text: "visit the family".into(),
                due: NaiveDate::from_ymd_opt(2026, 12, 6)
            }]
        );
        assert!(p.hints.is_empty());
    }

    #[test]
    fn decisions_and_case_insensitive_prefixes() {
        let p = parse(
            "DECISION: lead stays with youth work\n  Action: @jonas call school",
            today(),
            person,
        );
        assert_eq!(
            p.decisions,
            vec![ParsedDecision {
                line: 0,
                text: "lead stays with youth work".into()
            }]
        );
        assert_eq!(p.actions[0].owner, 13);
        assert_eq!(p.actions[0].due, None);
    }

    #[test]
    fn lines_not_fully_understood_get_a_hint_and_no_record() {
        let text = "action: call the school\naction: @nobody do it\naction: @sa do it\naction: @koen do it due:someday\naction: @koen\ndecision:";
        let p = parse(text, today(), person);
        assert!(p.actions.is_empty() && p.decisions.is_empty());
        let keys: Vec<_> = p.hints.iter().map(|h| (h.line, h.key)).collect();
        assert_eq!(
            keys,
            vec![
                (0, "hint-no_owner"),
                (1, "hint-unknown_owner"),
                (2, "hint-unknown_owner"),
                (3, "hint-bad_due"),
                (4, "hint-empty_action"),
                (5, "hint-empty_decision"),
            ]
        );
        assert_eq!(
            p.hints[2].detail, "@sa (2)",
            "ambiguous says how many match"
        );
    }

    #[test]
    fn resolving_names() {
        assert_eq!(person("elidrissi"), Ok(12));
        assert_eq!(person("Samira_El"), Ok(12));
        assert_eq!(person("SARA"), Ok(31));
        assert_eq!(person("bauwens"), Ok(32));
        assert!(person("").is_err());
    }

    #[test]
    fn dutch_and_french_lines_are_understood_in_any_interface() {
        let text = "actie: @samira bel de school tegen:+3d\n\
                    Beslissing: Jonas blijft aanspreekpunt\n\
                    décision : on invite le médecin\n\
                    action: @koen appeler l'école échéance:aujourd'hui\n\
                    Besluit: opvolging in januari\n\
                    ACTIE: @jonas verslag Deadline:vandaag";
        let p = parse(text, today(), person);
        assert!(p.hints.is_empty(), "{:?}", p.hints);
        let decisions: Vec<_> = p.decisions.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            decisions,
            [
                "Jonas blijft aanspreekpunt",
                "on invite le médecin",
                "opvolging in januari"
            ]
        );
        let actions: Vec<_> = p
            .actions
            .iter()
            .map(|a| (a.owner, a.text.as_str(), a.due))
            .collect();
        assert_eq!(
            actions,
            [
                (12, "bel de school", NaiveDate::from_ymd_opt(2026, 12, 2)),
                (32, "appeler l'école", Some(today())),
                (13, "verslag", Some(today())),
            ]
        );
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let p = parse(
            "The action: plan was discussed\nno decision: yet\nDe actie: liep goed",
            today(),
            person,
        );
        assert_eq!(p, Parsed::default());
    }
}
