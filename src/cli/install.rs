//! The subcommands that need neither a database nor the config file (`config --default`,
//! `completions`, `man`), and how the config file's settings reach the command line.

use std::io::Write;
use std::path::PathBuf;

use clap::CommandFactory;

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
            writeln!(out, "{}", crate::i18n::t("settings.keys_header"))?;
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

/// The completion script for `shell`.
pub fn completions(shell: Shell, out: &mut dyn Write) {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut Cli::command(), "roundtable", out);
}

/// The manual page, in roff.
pub fn man(out: &mut dyn Write) -> std::io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
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
