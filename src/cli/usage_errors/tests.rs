use super::*;
use crate::cli::help::{command_in, parse_in};

/// clap's English words, and those of them that `lang` writes the same way.
fn english_of_clap(lang: Lang) -> Vec<&'static str> {
    let words = [
        "Usage",
        "Options",
        "Arguments",
        "Commands",
        "Print",
        "default",
        "possible values",
        "error:",
        "try",
        "OPTIONS",
        "COMMAND",
        "unexpected",
        "similar",
        "required",
        "provided",
        "information",
    ];
    let same_in_french = ["Options", "Arguments", "OPTIONS"];
    words
        .into_iter()
        .filter(|w| !(lang == Lang::Fr && same_in_french.contains(w)))
        .collect()
}

/// The English words of clap's in `text`: whole words (`try` is not in `entry`), not
/// the names of our options (`--default`).
fn english_in(lang: Lang, text: &str) -> Vec<&'static str> {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.contains("--"))
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    english_of_clap(lang)
        .into_iter()
        .filter(|e| {
            if e.contains([' ', ':']) {
                text.contains(e)
            } else {
                words.contains(e)
            }
        })
        .collect()
}

/// Every command's `--help` and `-h`, the `help` command's tree included.
fn every_help(cmd: &mut clap::Command, path: String, out: &mut Vec<(String, String)>) {
    out.push((path.clone(), cmd.render_long_help().to_string()));
    out.push((path.clone(), cmd.render_help().to_string()));
    for sub in cmd.get_subcommands_mut() {
        let name = format!("{path} {}", sub.get_name());
        every_help(sub, name, out);
    }
}

#[test]
fn every_help_is_free_of_clap_english_in_dutch_and_french() {
    for lang in [Lang::Nl, Lang::Fr] {
        let mut cmd = command_in(lang);
        let mut all = Vec::new();
        every_help(&mut cmd, "roundtable".into(), &mut all);
        assert!(all.len() > 60, "{}", all.len());
        for (path, help) in all {
            let left = english_in(lang, &help);
            assert!(
                left.is_empty(),
                "{lang:?} `{path} --help` says {left:?}:\n{help}"
            );
        }
    }
}

/// Argument lines clap refuses, one of each kind of error it has.
const REFUSED: &[&[&str]] = &[
    &["frobnicate"],
    &["exprot"],
    &["export", "--bogus"],
    &["--dem"],
    &["--lang", "xx", "check"],
    &["--scale", "many", "--demo"],
    &["--scale", "3"],
    &["export", "minutes", "--session", "1"],
    &["export", "minutes", "--session"],
    &[
        "export",
        "minutes",
        "--for",
        "2",
        "--session",
        "1",
        "--format",
        "pdf",
    ],
    &[
        "export",
        "minutes",
        "--for",
        "2",
        "--session",
        "1",
        "--session",
        "2",
    ],
    &["pipeline", "--stage", "bogus"],
    &["help", "frobnicate"],
];

fn refused(lang: Lang, args: &[&str]) -> clap::Error {
    let mut all: Vec<std::ffi::OsString> = vec!["roundtable".into()];
    all.extend(args.iter().map(Into::into));
    match parse_in(lang, all) {
        Ok(_) => panic!("{args:?} was accepted"),
        Err(e) => e,
    }
}

#[test]
fn every_usage_error_is_written_in_the_language_with_clap_exit_code() {
    for &args in REFUSED {
        let en = text_in(Lang::En, &refused(Lang::En, args));
        assert!(en.starts_with("error: "), "{en}");
        for lang in [Lang::Nl, Lang::Fr] {
            let e = refused(lang, args);
            assert_eq!(e.exit_code(), 2, "{args:?}");
            assert!(e.use_stderr(), "{args:?}");
            let text = text_in(lang, &e);
            assert!(text.starts_with(lang.t("cli_error-error")), "{text}");
            let usage = lang.t("cli_heading-usage");
            assert_eq!(text.contains(usage), en.contains("Usage: "), "{text}");
            let left = english_in(lang, &text);
            assert!(left.is_empty(), "{lang:?} {args:?} says {left:?}:\n{text}");
        }
    }
}

#[test]
fn an_error_names_what_was_wrong_and_what_is_possible() {
    let text = text_in(Lang::Nl, &refused(Lang::Nl, &["export", "--bogus"]));
    assert!(text.contains("onverwacht argument '--bogus'"), "{text}");
    assert!(
        text.contains("Gebruik: roundtable export [OPTIES] <OPDRACHT>"),
        "{text}"
    );
    let args = [
        "export",
        "minutes",
        "--for",
        "2",
        "--session",
        "1",
        "--format",
        "pdf",
    ];
    let text = text_in(Lang::Fr, &refused(Lang::Fr, &args));
    assert!(text.contains("«\u{a0}pdf\u{a0}»"), "{text}");
    assert!(
        text.contains("[valeurs possibles\u{a0}: md, txt]"),
        "{text}"
    );
    // Our own value checks say why, in the language.
    let text = text_in(Lang::Fr, &refused(Lang::Fr, &["--lang", "xx", "check"]));
    assert!(
        text.contains(&Lang::Fr.tf(
            "settings-bad_language",
            &[("value", &"xx"), ("choices", &Lang::codes().join(", "))]
        )),
        "{text}"
    );
    let text = text_in(Lang::Nl, &refused(Lang::Nl, &["exprot"]));
    assert!(
        text.contains("bedoelt u ") && text.contains("'export'?"),
        "{text}"
    );
    // Two suggestions: each in the language's quotes, joined by its "or".
    assert!(text.contains("'report' of 'export'"), "{text}");
    let text = text_in(Lang::Fr, &refused(Lang::Fr, &["exprot"]));
    assert!(
        text.contains("«\u{a0}report\u{a0}» ou «\u{a0}export\u{a0}»"),
        "{text}"
    );
}

#[test]
fn help_writes_defaults_and_possible_values_in_the_language() {
    let mut cmd = command_in(Lang::Fr);
    let minutes = cmd
        .find_subcommand_mut("export")
        .and_then(|c| c.find_subcommand_mut("minutes"))
        .unwrap();
    let help = minutes.render_help().to_string();
    assert!(
        help.contains("[par défaut\u{a0}: md] [valeurs possibles\u{a0}: md, txt]"),
        "{help}"
    );
    assert!(help.contains("--out <FICHIER>"), "{help}");
    assert!(
        help.contains("roundtable export minutes [OPTIONS]"),
        "{help}"
    );
}
