use super::*;

#[test]
fn placeholders_are_filled() {
    assert!(has("status-saved"));
    let s = tf("error-newer", &[("found", &3), ("supported", &2)]);
    assert!(
        s.contains('3') && s.contains('2') && !s.contains('{'),
        "{s}"
    );
}

/// Fluent's bidi isolation marks around variables would reach the sanitiser, which
/// shows them as replacement characters.
#[test]
fn filled_variables_carry_no_isolation_marks() {
    let s = tf("status-exported", &[("path", &"/tmp/x.md")]);
    assert_eq!(s, "Written to /tmp/x.md; recorded on the audit trail.");
}

#[test]
fn a_count_selects_the_singular_or_the_plural() {
    assert_eq!(tf("meeting-decisions", &[("n", &1)]), "◆ 1 decision");
    assert_eq!(tf("meeting-decisions", &[("n", &2)]), "◆ 2 decisions");
    assert_eq!(tf("meeting-decisions", &[("n", &0)]), "◆ 0 decisions");
    // Text that merely looks like a number is written back as given.
    assert_eq!(tf("ui-records", &[("n", &"007")]), "007 stakeholders");
}

/// A count kept once formatted reads as the catalogue formats it, in each language in
/// turn on the same thread, plural selectors included.
#[test]
fn a_kept_count_is_the_formatted_count_in_every_language() {
    let ids = ["age-days", "cadence-overdue", "meeting-decisions"];
    for round in 0..2 {
        for lang in Lang::ALL {
            writing_in(lang, || {
                for id in ids {
                    for n in [-3, 0, 1, 2, 5, 21, 1000] {
                        let fresh = tf(id, &[("n", &n)]);
                        assert_eq!(count(id, "n", n), fresh, "{lang:?} {id} {n} ({round})");
                    }
                }
            });
        }
    }
}

#[test]
fn a_missing_id_shows_itself() {
    assert_eq!(t("no-such-message"), "no-such-message");
    assert_eq!(tf("no-such-message", &[("n", &1)]), "no-such-message");
}

/// No message says "1 decisions" or "item(s)": with every variable at 1, no count is
/// followed by a plural noun. (Words after a count that are not nouns are listed.)
#[test]
fn no_message_writes_a_plural_by_hand() {
    const NOT_NOUNS: [&str; 8] = [
        "is", "was", "has", "exists", "differs", "across", "sinds", "depuis",
    ];
    const IRREGULAR_PLURALS: [&str; 3] = ["people", "children", "men"];
    for lang in Lang::ALL {
        let mut wrong = Vec::new();
        for (id, vars) in catalogue_check::messages(lang.source()) {
            let ones: Vec<(&str, &dyn std::fmt::Display)> = vars
                .iter()
                .map(|v| (v.as_str(), &1 as &dyn std::fmt::Display))
                .collect();
            let s = lang.tf(&id, &ones);
            let words: Vec<&str> = s.split_whitespace().collect();
            let counted_plural = words.windows(2).any(|w| {
                let word = w[1].trim_end_matches([',', '.', ';', ')', ':']);
                w[0].trim_start_matches('(') == "1"
                    && word.starts_with(|c: char| c.is_lowercase())
                    && (word.ends_with('s') || IRREGULAR_PLURALS.contains(&word))
                    && !NOT_NOUNS.contains(&word)
            });
            if s.contains("(s)") || counted_plural {
                wrong.push(format!("{id}: {s}"));
            }
        }
        assert!(wrong.is_empty(), "{}:\n{}", lang.code(), wrong.join("\n"));
    }
}

#[test]
fn every_catalogue_reads_without_errors() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(lang.source().to_owned()) {
            panic!("{}: {errors:?}", lang.code());
        }
    }
}

/// Every catalogue file in `locales/` has exactly English's messages, each with
/// English's variables, and is a language the program offers.
#[test]
fn every_catalogue_matches_english() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(code) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".ftl"))
        else {
            continue;
        };
        files += 1;
        let source = std::fs::read_to_string(&path).unwrap();
        let diff = compare(Lang::En.source(), &source);
        let lines: Vec<String> = diff.iter().map(ToString::to_string).collect();
        assert!(lines.is_empty(), "{code}.ftl:\n{}", lines.join("\n"));
        let lang = Lang::from_code(code);
        assert!(lang.is_some(), "{code}.ftl is not in Lang::ALL");
        assert_eq!(lang.map(Lang::source), Some(source.as_str()));
    }
    assert_eq!(files, Lang::ALL.len(), "a language without its file");
}

#[test]
fn the_comparison_names_missing_extra_and_mismatched_variables() {
    let en = "a = A { $n }\nb = B\nc =\n    { $n ->\n        [one] one\n       *[other] { $n } many\n    }\n";
    let other = "# comment\na = A { $m }\nc = { $n -> *[other] C { $n } }\nd = D\n";
    assert_eq!(
        compare(en, other),
        vec![
            Mismatch::Missing("b".into()),
            Mismatch::Extra("d".into()),
            Mismatch::Variables("a".into(), vec!["n".into()], vec!["m".into()]),
        ]
    );
    assert!(compare(en, en).is_empty());
}

/// Every string literal in the sources that looks like a catalogue id (a known prefix,
/// a dash or a dot, lower-case words) is a Fluent id (no dot) in the English catalogue: ids passed to `t`, to the
/// keymap, to form fields and to the domain's `key()` functions alike.
#[test]
fn every_key_used_in_the_sources_exists() {
    let ids = catalogue_check::messages(Lang::En.source());
    let prefixes: std::collections::HashSet<&str> = ids
        .keys()
        .filter_map(|k| k.split_once('-'))
        .map(|(p, _)| p)
        .collect();
    let is_key = |s: &str| {
        s.split_once(['-', '.']).is_some_and(|(p, rest)| {
            prefixes.contains(p)
                && rest.starts_with(|c: char| c.is_ascii_lowercase())
                && rest.chars().all(|c| {
                    c.is_ascii_lowercase() || c == '_' || c == '-' || c == '.' || c.is_ascii_digit()
                })
        })
    };
    let mut missing = Vec::new();
    let mut seen = 0;
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut stack = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // An escaped quote, or one in a char literal, would pair the wrong quotes.
            let src = std::fs::read_to_string(&path)
                .unwrap()
                .replace("\\\"", "")
                .replace("'\"'", "");
            for literal in src.split('"').skip(1).step_by(2) {
                if is_key(literal) {
                    seen += 1;
                    if literal.contains('.') && literal.contains('-') {
                        // A file name like `minutes-x.redb`, not a key.
                        seen -= 1;
                    } else if literal.contains('.') {
                        missing.push(format!(
                            "{}: {literal} (the old form: run rename_keys.py)",
                            path.display()
                        ));
                    } else if !has(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
    }
    assert!(seen > 100, "the scan found only {seen} keys");
    assert!(
        missing.is_empty(),
        "missing catalogue keys:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_key_of_the_old_form_still_finds_its_message() {
    // Built here, so that the scan below does not take it for a call site to rename.
    let old = ["status", "saved"].join(".");
    assert_eq!(t(&old), t("status-saved"));
    assert!(has(&old));
}

#[test]
fn the_switch_goes_round_every_language() {
    let mut seen = vec![Lang::En];
    let mut l = Lang::En.next();
    while l != Lang::En {
        assert!(!seen.contains(&l), "{l:?} twice");
        seen.push(l);
        l = l.next();
    }
    assert_eq!(seen.len(), Lang::ALL.len());
    assert_eq!(Lang::En.name(), "English");
}

/// Every prompt that asks `(y/n)` in English asks with the language's own yes letter, the
/// one the confirmation takes (`(j/n)`, `(o/n)`).
#[test]
fn every_yes_no_prompt_names_the_languages_yes_letter() {
    for lang in Lang::ALL {
        let letter = lang.t("confirm-yes_letter");
        let want = format!("({letter}/n)");
        for (id, _) in catalogue_check::messages(Lang::En.source()) {
            if Lang::En.t(&id).contains("(y/n)") {
                let s = lang.t(&id);
                assert!(s.contains(&want), "{lang:?} {id}: {s} (want {want})");
            }
        }
    }
}

/// A document written in another language changes nothing for the interface, on this
/// thread after it or on another thread meanwhile.
#[test]
fn writing_in_a_language_leaves_the_interface_alone() {
    let before = lang();
    let other = before.next();
    let (inside, elsewhere) = writing_in(other, || {
        let elsewhere = std::thread::spawn(lang).join().unwrap();
        (t("language-name"), elsewhere)
    });
    assert_eq!(inside, other.t("language-name"));
    assert_eq!(elsewhere, before);
    assert_eq!(lang(), before);
    let nested = writing_in(Lang::Fr, || writing_in(Lang::Nl, lang));
    assert_eq!(nested, Lang::Nl);
    let _ = std::panic::catch_unwind(|| writing_in(other, || panic!("in the document")));
    assert_eq!(lang(), before);
}

/// The library's error types say their text in the language being written.
#[test]
fn error_texts_come_from_the_catalogue() {
    use crate::crypt::CryptError;
    use crate::domain::case::BadCaseRef;
    use crate::domain::parse::BadDate;
    use crate::domain::schedule::SessionEditError;
    use crate::import::table::TableError;
    let said = |lang: Lang| -> Vec<String> {
        writing_in(lang, || {
            vec![
                BadDate("x".into()).to_string(),
                BadCaseRef("x".into()).to_string(),
                CryptError::WrongKey.to_string(),
                SessionEditError::Closed.to_string(),
                TableError::Empty.to_string(),
                crate::domain::correction::CorrectionError::Empty.to_string(),
            ]
        })
    };
    let en = said(Lang::En);
    assert_eq!(en[0], "'x' is not a date (try 2026-11-29, today, +7d, -2w)");
    for lang in [Lang::Nl, Lang::Fr] {
        for (theirs, english) in said(lang).iter().zip(&en) {
            assert_ne!(theirs, english, "{lang:?}");
        }
    }
    assert!(said(Lang::Nl)[0].contains("geen datum"));
    assert!(said(Lang::Fr)[2].contains("phrase secrète"));
}

/// French puts a no-break space (U+00A0) before `:`, `;`, `?`, `!` and inside « »: a
/// plain space would let a line break before the colon, and `label : value` pairs are the
/// catalogue's (`label-value`), so this covers every French "Statut : suivi".
#[test]
fn french_punctuation_takes_a_no_break_space() {
    let mut wrong = Vec::new();
    for line in Lang::Fr.source().lines().filter(|l| !l.starts_with('#')) {
        let text = line.split_once(" = ").map_or(line, |(_, v)| v);
        let bad = [" :", " ;", " ?", " !", "« ", " »"];
        if bad.iter().any(|b| text.contains(b)) {
            wrong.push(line);
        }
    }
    assert!(
        wrong.is_empty(),
        "a plain space where U+00A0 goes: {wrong:#?}"
    );
    let fr = Lang::Fr.tf("label-value", &[("label", &"Statut"), ("value", &"suivi")]);
    assert_eq!(fr, "Statut\u{a0}: suivi");
    let en = Lang::En.tf("label-value", &[("label", &"Status"), ("value", &"open")]);
    assert_eq!(en, "Status: open");
}

/// A message defined twice in one catalogue: Fluent keeps the first and drops the
/// second without a word, so an edit of the second would never show.
#[test]
fn every_message_is_defined_once() {
    for lang in Lang::ALL {
        let res = FluentResource::try_new(lang.source().to_owned()).unwrap();
        let mut bundle = fluent_bundle::FluentBundle::<FluentResource>::new(vec![]);
        let twice = match bundle.add_resource(res) {
            Ok(()) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        assert!(twice.is_empty(), "{}: {twice:?}", lang.code());
    }
}

/// A date field starts at the language's word for today, and the date parser reads it.
#[test]
fn every_languages_word_for_today_is_read_as_today() {
    for lang in Lang::ALL {
        let word = lang.t("date-today");
        assert!(
            crate::domain::parse::TODAY_WORDS.contains(&word),
            "{}: {word}",
            lang.code()
        );
    }
    assert_eq!(Lang::Fr.t("date-today"), "aujourd'hui");
    assert_eq!(Lang::Nl.t("date-today"), "vandaag");
}
