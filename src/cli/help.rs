//! `--help` in the interface's language: the command clap derives from [`Cli`], with every
//! about and help text replaced by the catalogue's, and clap's headings ("Usage:",
//! "Options:", "Commands:") too. The ids follow the command's path:
//! `cli_help-export_minutes` for a command's about, `cli_help-export_minutes-out` for an
//! argument's help, else `cli_help--out` when the text is the same in every command.
//! clap's own words are the catalogue's too: `[default: …]` and `[possible values: …]`
//! (written here, clap's hidden), the placeholders of the usage line (`[OPTIONS]`,
//! `<COMMAND>`, `<FILE>`: `cli_value-…`), and its error messages ([`super::usage_errors`]).

use clap::{Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::Lang;

/// The id of the about of the command at `path` (`export_minutes`; the root is `root`).
fn about_id(path: &str) -> String {
    format!("cli_help-{path}")
}

/// The path of the subcommand `name` of the command at `path` (`export` then
/// `export_minutes`), as its ids name it.
fn sub_path(path: &str, name: &str) -> String {
    let name = name.replace('-', "_");
    if path == "root" {
        name
    } else {
        format!("{path}_{name}")
    }
}

/// The ids an argument's help may have, the command's own first, then the shared one.
fn arg_ids(path: &str, arg: &str) -> [String; 2] {
    let arg = arg.replace('-', "_");
    [format!("cli_help-{path}-{arg}"), format!("cli_help--{arg}")]
}

/// The text of the first of `ids` the catalogue has, in `lang`.
fn text_of(lang: Lang, ids: &[String]) -> Option<&'static str> {
    ids.iter()
        .find(|id| crate::i18n::has(id))
        .map(|id| lang.t(id))
}

/// The command line's command, its texts in `lang`.
pub fn command_in(lang: Lang) -> Command {
    let mut root = localize(Cli::command(), "root", lang);
    // clap adds its `help` subcommands when the command is built: built first, they can
    // be given their texts too, as the usage lines (see `usages`).
    root.build();
    usages(root, lang)
}

/// clap's `help` command and the copy of the commands' tree under it (`help export`),
/// with the headings and placeholders in `lang`.
fn help_tree(cmd: Command, lang: Lang) -> Command {
    let mut cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(lang.t("cli_heading-commands"))
        .subcommand_value_name(value_name(lang, "COMMAND"));
    if cmd.get_name() == "help" {
        cmd = cmd.about(lang.t("cli_help-help"));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| help_tree(s, lang));
    }
    cmd
}

/// Each command's usage line as clap writes it, with its `[OPTIONS]` in `lang`: clap
/// writes that word itself, so the line is given back to it as the command's own.
fn usages(mut cmd: Command, lang: Lang) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let options = format!("[{}]", value_name(lang, "OPTIONS"));
    cmd = cmd.override_usage(usage.replace("[OPTIONS]", &options));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        if name == "help" {
            cmd = cmd.mut_subcommand(name, |s| usages(help_tree(s, lang), lang));
        } else {
            cmd = cmd.mut_subcommand(name, |s| usages(s, lang));
        }
    }
    cmd
}

/// A placeholder of the usage line (`FILE`, `COMMAND`) in `lang`: `cli_value-file`.
fn value_name(lang: Lang, name: &'static str) -> &'static str {
    placeholder(lang, name).unwrap_or(name)
}

/// The catalogue's text for the placeholder `name`, if it has one.
fn placeholder(lang: Lang, name: &str) -> Option<&'static str> {
    let id: String = name
        .chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            c if c.is_ascii_alphanumeric() => c,
            _ => '_',
        })
        .collect();
    text_of(lang, &[format!("cli_value-{id}")])
}

/// The help of an argument with clap's `[default: …]` and `[possible values: …]` in
/// `lang`, clap's own hidden.
fn with_values(arg: clap::Arg, help: Option<&str>, lang: Lang) -> clap::Arg {
    let mut text: Vec<String> = help.map(str::to_owned).into_iter().collect();
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(", ");
        text.push(lang.tf("cli_help-default_value", &[("value", &value)]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if takes_values && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let values = possible.join(", ");
        text.push(lang.tf("cli_help-possible_values", &[("values", &values)]));
    }
    let names: Option<Vec<clap::builder::Str>> = arg.get_value_names().map(|n| {
        n.iter()
            .map(|n| placeholder(lang, n.as_str()).map_or_else(|| n.clone(), Into::into))
            .collect()
    });
    let mut arg = arg;
    if takes_values {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    if text.is_empty() {
        arg
    } else {
        arg.help(text.join(" "))
    }
}

fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    use clap::{Arg, ArgAction};
    let options = lang.t("cli_heading-options");
    let arguments = lang.t("cli_heading-arguments");
    let mut cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(lang.t("cli_heading-commands"))
        .subcommand_value_name(value_name(lang, "COMMAND"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(lang.t("cli_help--help")),
        );
    if path == "root" {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(lang.t("cli_help--version")),
        );
    }
    if let Some(about) = text_of(lang, &[about_id(path)]) {
        cmd = cmd.about(about);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = text_of(lang, &arg_ids(path, &id));
        cmd = cmd.mut_arg(id, |a| {
            let heading = if a.is_positional() {
                arguments
            } else {
                options
            };
            with_values(a.help_heading(heading), help, lang)
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub = sub_path(path, &name);
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub, lang));
    }
    cmd
}

/// clap's help layout with the "Usage:" heading in `lang`.
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.t("cli_heading-usage")
    )
}

/// The language of the help and messages, known before the arguments are parsed: the
/// `--lang` among `args`, else the environment's (see [`Lang::chosen`]).
pub fn early_language(args: &[std::ffi::OsString]) -> Lang {
    let mut flag = None;
    for (i, a) in args.iter().enumerate() {
        let a = a.to_string_lossy();
        if let Some(code) = a.strip_prefix("--lang=") {
            flag = Some(code.to_owned());
        } else if a == "--lang" {
            flag = args.get(i + 1).map(|c| c.to_string_lossy().into_owned());
        }
    }
    let flag = flag.filter(|c| Lang::from_code(c).is_some());
    Lang::chosen(flag.as_deref(), None)
}

/// Parses `args` with the help in `lang`.
/// The checks of the arguments' values (`--lang`, `--stage`) answer in `lang` too.
///
/// The arguments are parsed first against the plain command: translating every help text
/// of every command takes longer than the rest of a start. Only when that parse ends in
/// a message to the user (an error, `--help`, `--version`) is the command translated and
/// the arguments parsed again, for the message in `lang`. The translation changes texts
/// only, so both parses accept and reject the same arguments
/// (`tests::the_plain_and_the_translated_command_parse_alike`).
pub fn parse_in(lang: Lang, args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let plain = Cli::command().try_get_matches_from(args.iter());
    if let Ok(cli) = plain.and_then(|m| Cli::from_arg_matches(&m)) {
        return Ok(cli);
    }
    parse_translated(lang, args)
}

/// Parses `args` against the command translated into `lang`.
fn parse_translated(lang: Lang, args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let mut cmd = command_in(lang);
    let matches = crate::i18n::writing_in(lang, || cmd.try_get_matches_from_mut(args))?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every about and help text of the derived command, with the path of its ids.
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(Vec<String>, String)>) {
        if let Some(a) = cmd.get_about() {
            out.push((vec![about_id(path)], a.to_string()));
        }
        for a in cmd.get_arguments() {
            if let Some(h) = a.get_help() {
                out.push((arg_ids(path, a.get_id().as_str()).to_vec(), h.to_string()));
            }
        }
        for s in cmd.get_subcommands() {
            texts(s, &sub_path(path, s.get_name()), out);
        }
    }

    /// Every text `--help` shows has its id in the catalogue (and so in every language),
    /// and the English catalogue says what the sources' doc comments say: the generated
    /// man page and completions, in English, are the catalogue's.
    #[test]
    fn every_help_text_comes_from_the_catalogue() {
        let mut all = Vec::new();
        texts(&Cli::command(), "root", &mut all);
        assert!(all.len() > 80, "{}", all.len());
        for (ids, derived) in all {
            let Some(text) = text_of(Lang::En, &ids) else {
                panic!("no catalogue id for {ids:?} ({derived})");
            };
            assert_eq!(text, derived, "{ids:?}: the doc comment and en.ftl differ");
        }
    }

    /// Every argument of every command has a help text of its own in every language,
    /// not only clap's `[default: …]` (`export minutes --format` had none).
    #[test]
    fn every_argument_has_a_help_text_in_every_language() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                let ids = arg_ids(path, a.get_id().as_str());
                for lang in Lang::ALL {
                    if text_of(lang, &ids).is_none_or(|t| t.trim().is_empty()) {
                        missing.push(format!("{lang:?} {}", ids[0]));
                    }
                }
            }
            for s in cmd.get_subcommands() {
                walk(s, &sub_path(path, s.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "root", &mut missing);
        assert!(missing.is_empty(), "no help text: {missing:#?}");
        for lang in Lang::ALL {
            let help = help_of(lang, &["export", "minutes"]);
            let format = lang.t("cli_help--format");
            assert!(help.contains(format), "{lang:?}: {help}");
        }
    }

    /// Every placeholder of the usage lines (`<FILE>`, `<SESSION>`) has its name in the
    /// catalogue, so that `--help` in Dutch or French shows none in English.
    #[test]
    fn every_placeholder_has_a_catalogue_name() {
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            for a in cmd
                .get_arguments()
                .filter(|a| a.get_action().takes_values())
            {
                for n in a.get_value_names().unwrap_or_default() {
                    if placeholder(Lang::En, n.as_str()).is_none() {
                        missing.push(n.to_string());
                    }
                }
            }
            cmd.get_subcommands().for_each(|s| walk(s, missing));
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, &mut missing);
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "no cli_value-… for {missing:?}");
    }

    fn help_of(lang: Lang, path: &[&str]) -> String {
        let mut cmd = command_in(lang);
        cmd.build();
        let mut at = &mut cmd;
        for name in path {
            at = at.find_subcommand_mut(name).unwrap();
        }
        at.render_help().to_string()
    }

    #[test]
    fn help_is_written_in_the_language_asked() {
        let en = help_of(Lang::En, &["export", "minutes"]);
        assert!(en.contains("Usage:") && en.contains("Output file"), "{en}");
        for (lang, usage, out) in [
            (Lang::Nl, "Gebruik:", "Uitvoerbestand"),
            (Lang::Fr, "Utilisation\u{a0}:", "Fichier de sortie"),
        ] {
            let minutes = help_of(lang, &["export", "minutes"]);
            let root = help_of(lang, &[]);
            for text in [&minutes, &root] {
                assert!(text.contains(usage), "{lang:?}: {text}");
                let english = [
                    "Usage:",
                    "Print help",
                    "Print this",
                    "Commands:",
                    "Output file",
                ];
                for english in english {
                    assert!(!text.contains(english), "{lang:?} left {english:?}: {text}");
                }
                let options = format!("{}:", lang.t("cli_heading-options"));
                assert!(text.contains(&options), "{lang:?}: {text}");
            }
            assert!(minutes.contains(out), "{lang:?}: {minutes}");
            assert!(root.contains(lang.t("cli_help-root")), "{lang:?}: {root}");
        }
    }

    #[test]
    fn the_language_of_the_help_is_known_before_parsing() {
        let args = |a: &[&str]| -> Vec<std::ffi::OsString> { a.iter().map(Into::into).collect() };
        assert_eq!(
            early_language(&args(&["rt", "--lang", "nl", "--help"])),
            Lang::Nl
        );
        assert_eq!(
            early_language(&args(&["rt", "export", "--lang=fr"])),
            Lang::Fr
        );
        let cli = parse_in(Lang::Fr, args(&["rt", "--lang", "fr", "check"])).unwrap();
        assert_eq!(cli.lang.as_deref(), Some("fr"));
    }

    /// The words a command line can hold: every command's name at its depth, every flag,
    /// every possible value, and a few values of each shape.
    fn words(cmd: &Command, out: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            out.extend(a.get_long().map(|l| format!("--{l}")));
            out.extend(a.get_short().map(|c| format!("-{c}")));
            out.extend(
                a.get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_owned()),
            );
        }
        for s in cmd.get_subcommands() {
            out.push(s.get_name().to_owned());
            words(s, out);
        }
    }

    /// What a parse came to, comparable between the two commands.
    fn outcome(parsed: Result<Cli, clap::Error>) -> Result<String, clap::error::ErrorKind> {
        parsed.map(|cli| format!("{cli:?}")).map_err(|e| e.kind())
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(400))]
        /// `parse_in` parses against the plain command and translates only for a
        /// message: for any command line, both commands must accept it with the same
        /// result or reject it the same way.
        #[test]
        fn the_plain_and_the_translated_command_parse_alike(
            path in proptest::collection::vec(0usize..100, 0..3),
            picks in proptest::collection::vec(0usize..10_000, 0..6),
            lang in 0usize..3,
        ) {
            // A walk down the tree of commands, then words of the command reached.
            let root = Cli::command();
            let mut cmd = &root;
            let mut line = vec!["roundtable".to_owned()];
            for i in path {
                let subs: Vec<&Command> = cmd.get_subcommands().collect();
                if subs.is_empty() {
                    break;
                }
                cmd = subs[i % subs.len()];
                line.push(cmd.get_name().to_owned());
            }
            let mut vocabulary = Vec::new();
            words(cmd, &mut vocabulary);
            vocabulary.extend(
                ["x", "12", "2026-11-30", "nl", "csv", "-", "--", "/tmp/r.md", "=x", "--lang"]
                    .map(str::to_owned),
            );
            line.extend(picks.iter().map(|i| vocabulary[i % vocabulary.len()].clone()));
            let args: Vec<std::ffi::OsString> = line.into_iter().map(Into::into).collect();
            let plain = Cli::command()
                .try_get_matches_from(args.iter())
                .and_then(|m| Cli::from_arg_matches(&m));
            let translated = parse_translated(Lang::ALL[lang], args.clone());
            proptest::prop_assert_eq!(outcome(plain), outcome(translated), "{:?}", args);
        }
    }
}
