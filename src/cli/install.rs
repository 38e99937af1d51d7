//! The subcommands that need neither a database nor the config file (`config --default`,
//! `completions`, `man`), and how the config file's settings reach the command line.

use std::io::Write;
use std::path::PathBuf;

use super::{Cli, Command, Failure};
use crate::config::Settings;

/// The shells `roundtable completions` writes for.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// Whether `command` runs without the config file and the database.
pub fn standalone(command: &Option<Command>) -> bool {
    matches!(
        command,
        Some(Command::Config { .. } | Command::Completions { .. } | Command::Man)
    )
}

/// Runs a [`standalone`] command: writes to standard output.
pub fn run(command: &Command) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match command {
        Command::Config { keys: true, .. } => {
            writeln!(out, "{}", crate::i18n::t("settings-keys_header"))?;
            for (name, label, what) in crate::app::model::keymap::names() {
                writeln!(out, "{name}\t{label}\t{what}")?;
            }
        }
        Command::Config { .. } => out.write_all(crate::config::default_file().as_bytes())?,
        Command::Completions { shell } => completions(*shell, &mut out),
        Command::Man => man(&mut out)?,
        _ => {}
    }
    out.flush()?;
    Ok(())
}

/// The completion script for `shell`, its descriptions (zsh, fish) in the interface's
/// language.
pub fn completions(shell: Shell, out: &mut dyn Write) {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut cmd = super::help::command_in(crate::i18n::lang());
    clap_complete::generate(shell, &mut cmd, "roundtable", out);
}

/// The manual page, in roff, in the interface's language: the texts of `--help`, and
/// the section headings clap_mangen writes in English put in the catalogue's words.
pub fn man(out: &mut dyn Write) -> std::io::Result<()> {
    let lang = crate::i18n::lang();
    let mut page = Vec::new();
    clap_mangen::Man::new(super::help::command_in(lang)).render(&mut page)?;
    out.write_all(man_headings(&String::from_utf8_lossy(&page), lang).as_bytes())
}

/// `page` with each `.SH` heading in `lang`: clap_mangen's own (NAME, SYNOPSIS …) from
/// the catalogue, those of `--help` (options, commands) in capitals, trimmed; and the
/// manual's name in its `.TH` line.
fn man_headings(page: &str, lang: crate::i18n::Lang) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        if let Some(th) = line.strip_prefix(".TH ") {
            out.push_str(&title_line(th, lang.t("man_heading-manual")));
            out.push('\n');
            continue;
        }
        match line.strip_prefix(".SH ") {
            Some(heading) => {
                let heading = heading.trim_matches(|c: char| c == '"' || c.is_whitespace());
                let id = match heading {
                    "NAME" => Some("man_heading-name"),
                    "SYNOPSIS" => Some("man_heading-synopsis"),
                    "DESCRIPTION" => Some("man_heading-description"),
                    "EXTRA" => Some("man_heading-extra"),
                    "VERSION" => Some("man_heading-version"),
                    "AUTHORS" => Some("man_heading-authors"),
                    _ => None,
                };
                let text = id.map_or_else(|| heading.to_uppercase(), |id| lang.t(id).to_owned());
                let text = text.replace('"', "");
                match text.contains(char::is_whitespace) {
                    true => out.push_str(&format!(".SH \"{text}\"")),
                    false => out.push_str(&format!(".SH {text}")),
                }
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The `.TH` line of arguments `th` with `manual` as its fifth (title, section, date,
/// source, manual): without it, man prints "General Commands Manual" in English.
fn title_line(th: &str, manual: &str) -> String {
    let mut args = Vec::new();
    let mut rest = th.trim();
    while !rest.is_empty() {
        let (arg, tail) = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').unwrap_or((quoted, "")),
            None => rest.split_once(' ').unwrap_or((rest, "")),
        };
        args.push(arg.to_owned());
        rest = tail.trim_start();
    }
    args.resize(4, String::new());
    args.push(manual.replace('"', ""));
    let quoted: Vec<String> = args.iter().map(|a| format!("\"{a}\"")).collect();
    format!(".TH {}", quoted.join(" "))
}

/// The database: `--db`, else `$ROUNDTABLE_DB`, else the config file's `database`, else
/// the data folder (see [`super::db_path`]).
pub fn database(cli: &Cli, settings: &Settings) -> anyhow::Result<PathBuf> {
    let named = cli.db.is_some()
        || cli.demo
        || std::env::var_os("ROUNDTABLE_DB").is_some_and(|p| !p.is_empty());
    match &settings.database {
        Some(p) if !named => Ok(p.clone()),
        _ => super::db_path(cli),
    }
}
