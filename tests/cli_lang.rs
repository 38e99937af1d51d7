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
