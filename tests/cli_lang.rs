//! The real binary speaks the chosen language from the first argument on: clap's help,
//! headings and errors included, with clap's exit codes.

use std::process::{Command, Output};

fn roundtable(env_lang: Option<&str>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .env_remove("ROUNDTABLE_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HOME", std::env::temp_dir());
    if let Some(l) = env_lang {
        c.env("LANG", l);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The locale in the environment, the arguments, the exit code, and what is said.
type Case = (
    Option<&'static str>,
    &'static [&'static str],
    i32,
    &'static [&'static str],
);

#[test]
fn help_and_usage_errors_are_in_the_language_chosen() {
    let cases: [Case; 4] = [
        (
            None,
            &["--lang", "nl", "--help"],
            0,
            &["Gebruik:", "Opties:"],
        ),
        (
            None,
            &["--lang", "fr", "frobnicate"],
            2,
            &["erreur\u{a0}:", "«\u{a0}frobnicate\u{a0}»", "Utilisation"],
        ),
        (
            Some("fr_BE.UTF-8"),
            &["export", "--bogus"],
            2,
            &["argument inattendu", "[OPTIONS] <COMMANDE>"],
        ),
        (
            Some("nl_BE.UTF-8"),
            &["export", "minutes", "--help"],
            0,
            &["[standaard: md] [mogelijke waarden: md, txt]", "<BESTAND>"],
        ),
    ];
    for (env, args, code, says) in cases {
        let o = roundtable(env, args);
        let out = text(&o);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {out}");
        for s in says {
            assert!(out.contains(s), "{args:?} lacks {s:?}: {out}");
        }
        for english in [
            "Usage",
            "error:",
            "try",
            "default",
            "possible values",
            "Print",
        ] {
            assert!(!out.contains(english), "{args:?} says {english:?}: {out}");
        }
    }
}

/// The one-line messages of `lang`'s catalogue whose id starts with `prefix`, by id.
fn catalogue(lang: &str, prefix: &str) -> std::collections::HashMap<String, String> {
    let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| l.starts_with(prefix))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (id.to_owned(), text.to_owned()))
        .collect()
}

/// The sentences of the English catalogue's command-line texts that `lang` words
/// otherwise: none of them may be left in a text written in `lang`.
fn english_sentences(lang: &str) -> Vec<String> {
    let theirs = catalogue(lang, "cli_");
    let mut out: Vec<String> = catalogue("en", "cli_")
        .into_iter()
        .filter(|(id, en)| theirs.get(id) != Some(en))
        .map(|(_, en)| en)
        .filter(|en| en.split(' ').count() >= 3 && !en.contains('{'))
        .collect();
    out.sort();
    out
}

/// A man page's text as read: roff's escaped hyphens and quotes as typed.
fn unroff(page: &str) -> String {
    page.replace("\\-", "-")
        .replace("\\(aq", "'")
        .replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\fI", "")
}

#[test]
fn the_man_page_is_written_in_the_language_chosen() {
    let en = roundtable(None, &["man"]);
    assert!(text(&en).contains(".SH NAME"), "{}", text(&en));
    // French man pages keep SYNOPSIS and DESCRIPTION, as English ones do.
    type Page = (
        &'static str,
        Option<&'static str>,
        [&'static str; 4],
        &'static [&'static str],
    );
    let pages: [Page; 2] = [
        (
            "nl",
            None,
            [
                ".SH NAAM",
                ".SH SAMENVATTING",
                ".SH OPTIES",
                ".SH OPDRACHTEN",
            ],
            &[
                ".SH NAME",
                ".SH SYNOPSIS",
                ".SH DESCRIPTION",
                ".SH SUBCOMMANDS",
            ],
        ),
        (
            "fr",
            Some("fr_BE.UTF-8"),
            [".SH NOM", ".SH SYNOPSIS", ".SH OPTIONS", ".SH COMMANDES"],
            &[".SH NAME", ".SH SUBCOMMANDS", ".SH COMMANDS"],
        ),
    ];
    for (lang, env, headings, english) in pages {
        let args: &[&str] = match env {
            None => &["--lang", lang, "man"],
            Some(_) => &["man"],
        };
        let o = roundtable(env, args);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        let page = unroff(&String::from_utf8_lossy(&o.stdout));
        for h in headings.iter() {
            assert!(page.contains(h), "{lang}: no {h}:\n{page}");
        }
        for h in english {
            assert!(!page.contains(h), "{lang}: {h} in English:\n{page}");
        }
        for english in english_sentences(lang) {
            assert!(!page.contains(&english), "{lang}: {english:?} in:\n{page}");
        }
    }
}

#[test]
fn completions_describe_in_the_language_chosen() {
    for shell in ["zsh", "fish"] {
        let o = roundtable(Some("fr_BE.UTF-8"), &["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        // As typed: zsh's and fish's quoted apostrophes and colons.
        let script = String::from_utf8_lossy(&o.stdout)
            .replace("'\\''", "'")
            .replace("\\'", "'")
            .replace("\\:", ":");
        let fr = catalogue("fr", "cli_help-export_minutes");
        let about = &fr["cli_help-export_minutes"];
        assert!(script.contains(about.as_str()), "{shell}: no {about:?}");
        for english in english_sentences("fr") {
            assert!(!script.contains(&english), "{shell}: {english:?} left");
        }
    }
}

/// The quoted or plain arguments of a roff request line (`.TH a 1 "" "b c"`).
fn roff_args(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line.trim();
    while !rest.is_empty() {
        let (arg, tail) = match rest.strip_prefix('"') {
            Some(q) => q.split_once('"').unwrap_or((q, "")),
            None => rest.split_once(' ').unwrap_or((rest, "")),
        };
        out.push(arg.to_owned());
        rest = tail.trim_start();
    }
    out
}

#[test]
fn the_man_page_names_its_manual_in_the_language_chosen() {
    // Without a fifth argument to `.TH`, man prints "General Commands Manual" at the
    // top of every page, in English whatever the language.
    let manual = |lang: &str| {
        let o = roundtable(None, &["--lang", lang, "man"]);
        let page = String::from_utf8_lossy(&o.stdout).into_owned();
        let th = page
            .lines()
            .find_map(|l| l.strip_prefix(".TH "))
            .unwrap_or("");
        roff_args(th).get(4).cloned().unwrap_or_default()
    };
    let en = manual("en");
    assert!(!en.is_empty(), "no manual named in the English page");
    for lang in ["nl", "fr"] {
        let theirs = manual(lang);
        assert!(
            !theirs.is_empty() && theirs != en,
            "{lang}: manual {theirs:?}"
        );
    }
}
