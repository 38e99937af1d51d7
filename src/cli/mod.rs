//! Command line: where the database is, and the subcommands that work without a terminal.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::domain::dataset::Dataset;

mod actions;
mod audit;
mod erase;
mod export;
mod group;
pub mod help;
mod import;
pub mod install;
mod keys;
mod pipeline;
mod retention;
mod trail;
pub mod usage_errors;
mod value_limit;
use crate::store::{SCHEMA_VERSION, Store};
use audit::audit;
use export::export;
pub use export::find_stakeholder;
use import::import;

#[derive(Debug, Parser)]
#[command(
    name = "roundtable",
    version,
    about = "Terminal workbench for local prevention coordinators: stakeholders, mini-networks, round tables and sharing rules",
    long_about = None,
)]
pub struct Cli {
    /// Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else
    /// ~/.config/roundtable/config.toml]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Read the passphrase of an encrypted database from this file (first line; the file
    /// must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Language of the screens, the messages and what `export` and `report` write
    /// [default: the config file's, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_code)]
    pub lang: Option<String>,

    /// Open a demo town (created and filled when the file does not exist; default demo.redb
    /// in the data folder)
    #[arg(long)]
    pub demo: bool,

    /// With --demo: a synthetic town of N stakeholders (about ten notes each), for
    /// measuring; default file demo-N.redb in the data folder
    #[arg(long, value_name = "N", requires = "demo")]
    pub scale: Option<usize>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write every record as JSON (see docs/dump-format.md)
    Dump {
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
        /// Read what can be read of a damaged database (repaired in memory; nothing is
        /// written to it)
        #[arg(long)]
        salvage: bool,
    },
    /// Load a dump into a new or empty database (validated first, then one transaction)
    Restore {
        /// The dump file
        file: PathBuf,
        /// Replace the contents of a non-empty database
        #[arg(long)]
        force: bool,
    },
    /// Verify the database file: pages, records, references and the audit trail
    Check {
        /// Also confirm that the trail still holds the entry an export witnessed
        /// (the `SEQ:HASH` printed at the end of every export)
        #[arg(long, value_name = "SEQ:HASH")]
        witness: Option<String>,
    },
    /// Write a consistent copy of the database, even while it is in use
    Backup {
        /// Where to write the copy (must not exist)
        dest: PathBuf,
        /// Copy what can be read of a damaged database (repaired in memory; nothing is
        /// written to it)
        #[arg(long)]
        salvage: bool,
    },
    /// Minutes or a feedback sheet for one recipient (filtered by the sharing labels),
    /// or the stakeholder list
    #[command(subcommand)]
    Export(ExportCommand),
    /// Import from a spreadsheet export
    #[command(subcommand)]
    Import(ImportCommand),
    /// Print the audit trail
    Audit {
        /// Only entries about this case (RT-YYYY-NNN)
        #[arg(long, value_name = "REF")]
        case: Option<String>,
        /// Only entries from this date on (2026-11-01, -30d)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only exports that held a note corrected or retracted since: whom to re-send
        #[arg(long)]
        superseded: bool,
    },
    /// Print a commented config file with every setting at its default, or the names of
    /// the key bindings for its [keys] table
    #[command(group(clap::ArgGroup::new("what").required(true).args(["default", "keys"])))]
    Config {
        /// A commented config file with every setting at its default
        #[arg(long)]
        default: bool,
        /// Every key binding's name, keys and what it does
        #[arg(long)]
        keys: bool,
    },
    /// Print shell completions: roundtable completions bash > /etc/bash_completion.d/roundtable
    Completions {
        /// The shell to write them for
        #[arg(value_enum)]
        shell: install::Shell,
    },
    /// Print the manual page (roff): roundtable man | man -l -
    Man,
    /// List open actions, overdue first (owners from protected sources read "a partner")
    Actions {
        /// Only overdue actions
        #[arg(long)]
        overdue: bool,
        /// Only actions of this owner (part of the name)
        #[arg(long, value_name = "NAME")]
        owner: Option<String>,
        /// Only actions of this case (RT-YYYY-NNN)
        #[arg(long, value_name = "REF")]
        case: Option<String>,
    },
    /// Step 1: who is identified, approached, met, engaged or declined, and since when
    Pipeline {
        /// Only people at this stage (identified, approached, met, engaged, declined)
        #[arg(long, value_parser = pipeline::stage_code)]
        stage: Option<crate::domain::pipeline::Stage>,
    },
    /// The yearly activity report for the mayor and the funder: figures only, small
    /// counts suppressed, charts as text tables (Markdown)
    Report {
        /// The calendar year [default: this year]
        #[arg(long)]
        year: Option<i32>,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// Mark an action done, cancel it, reassign it or move its due date
    #[command(subcommand)]
    Action(actions::ActionCommand),
    /// What the agreed retention periods make due: closed cases (the default) and old
    /// exports
    Retention {
        /// List the closed cases due for erasure (references and dates only)
        #[arg(long)]
        due: bool,
        /// List the exports older than the agreed number of days
        #[arg(long)]
        exports: bool,
        /// With --exports: remove them (recorded on the audit trail)
        #[arg(long, requires = "exports")]
        remove: bool,
        /// The export folder [default: export_dir of the config, else ~/roundtable-exports]
        #[arg(long, value_name = "DIR", requires = "exports")]
        dir: Option<PathBuf>,
    },
    /// Erase a case or a person (the right to erasure); see docs/security.md
    #[command(subcommand)]
    Erase(erase::EraseCommand),
    /// Create an encrypted database (asks for a passphrase twice; prints a recovery key
    /// once, to keep on paper in a safe place)
    Init {
        /// Share it with this Unix group: file 0660 in a setgid 2770 folder
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
    },
    /// Encrypt a plain database (a new file, then put in place)
    Encrypt,
    /// Set or change your passphrase (from the one-time code of `team add`, your current
    /// passphrase, or the recovery key)
    Passphrase,
    /// Who has access to an encrypted database
    #[command(subcommand)]
    Team(keys::TeamCommand),
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The minutes of a session as one recipient may receive them
    Minutes {
        /// The session's id (shown in the Round tables tab)
        #[arg(long)]
        session: u64,
        /// The recipient: a stakeholder's id (a number, e.g. 17) or name; a name that
        /// fits more than one person is refused, listing them with their ids
        #[arg(long = "for", value_name = "STAKEHOLDER")]
        recipient: String,
        /// Output format: md (Markdown) or txt (plain text)
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// A session's invitation and agenda as one recipient may receive it
    Agenda {
        /// The session's id (shown in the Round tables tab)
        #[arg(long)]
        session: u64,
        /// The recipient: a stakeholder's id (a number, e.g. 17) or name; a name that
        /// fits more than one person is refused, listing them with their ids
        #[arg(long = "for", value_name = "STAKEHOLDER")]
        recipient: String,
        /// Output format: md (Markdown) or txt (plain text)
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// A case's feedback sheet: decisions and actions agreed by consensus, no notes
    Feedback {
        /// The case reference, RT-YYYY-NNN
        #[arg(long = "case", value_name = "REF")]
        case: String,
        /// The recipient (the referrer or the police): a stakeholder's id (a number,
        /// e.g. 17) or name; a name that fits more than one person is refused
        #[arg(long = "for", value_name = "STAKEHOLDER")]
        recipient: String,
        /// Output format: md (Markdown) or txt (plain text)
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// A handout for a group (Markdown): a mini-network's member directory, its lessons
    /// and exchange notes, or the sharing agreement and rules
    Handout {
        /// Which handout: directory (the members, by sector), lessons (lessons learned and
        /// exchange notes) or agreement (the sharing agreement and rules)
        #[arg(value_enum)]
        what: crate::export::handout::HandoutKind,
        /// The mini-network: its id or name (not needed for the agreement)
        #[arg(long, value_name = "NETWORK")]
        network: Option<String>,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// Everything held about one person, for a subject access request
    Person {
        /// Their name or id; a name that fits more than one person is refused
        name: String,
        /// Output format: md (Markdown) or txt (plain text)
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// The stakeholder list (not archived) as CSV for Excel, or JSON
    Stakeholders {
        /// Output format: csv (for Excel, see --sep and --bom) or json
        #[arg(long, value_enum, default_value = "csv")]
        format: crate::export::stakeholders::ListFormat,
        /// Column separator for CSV
        #[arg(long, default_value = ";")]
        sep: char,
        /// Start the CSV with a UTF-8 byte-order mark (Excel needs it for accents)
        #[arg(long)]
        bom: bool,
        /// Output file [default: standard output]; a new private file (0600)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace an existing --out file (never a symbolic link, never the database)
        #[arg(long, requires = "out")]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English,
    /// French or Dutch headers), an Outlook or Google Contacts export, or vCards (.vcf)
    Stakeholders {
        /// The file to read: CSV, an Outlook or Google Contacts export, or vCards (.vcf)
        file: PathBuf,
        /// Check and report only; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Column to field, overriding the automatic mapping: `Wie=name,Waar=organisation,Extra=ignore`
        #[arg(long, value_name = "COL=FIELD,...")]
        mapping: Option<String>,
        /// Import the valid rows even if others are invalid (the refused rows are written
        /// beside the file, as NAME-refused.csv, to fix and import again)
        #[arg(long)]
        skip_invalid: bool,
        /// Only contacts in this category or group (Outlook categories, Google labels,
        /// vCard CATEGORIES); repeat for several
        #[arg(long = "only-category", value_name = "NAME")]
        only_category: Vec<String>,
        /// What to do with people already known (same name and organisation, or e-mail)
        #[arg(long, value_enum, default_value = "skip")]
        on_duplicate: crate::import::OnDuplicate,
    },
}

/// An error meant for the user, with the exit code to leave with.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure {
            code: 2,
            message: e.to_string(),
        }
    }
}

/// One line to standard output, made inert for the terminal (see `domain::sanitize`):
/// every message the command line prints goes through here or [`say_err`].
pub fn say(message: &str) {
    println!("{}", crate::domain::sanitize::line(message));
}

/// One line to standard error, made inert for the terminal.
pub fn say_err(message: &str) {
    eprintln!("{}", crate::domain::sanitize::line(message));
}

/// Prints what clap has to say about the arguments (an error, or --help and --version)
/// in `lang`, without colours and made inert for the terminal: an unknown argument is
/// echoed in it. Help and version go to standard output with exit code 0, usage errors to
/// standard error with clap's code (2).
pub fn parse_failure(lang: crate::i18n::Lang, e: &clap::Error) -> std::process::ExitCode {
    let text = usage_errors::text_in(lang, e);
    let text = crate::domain::sanitize::text(&text);
    if e.use_stderr() {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
    std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn data_dir() -> anyhow::Result<PathBuf> {
    directories::ProjectDirs::from("", "", "roundtable")
        .map(|d| d.data_dir().to_owned())
        .context(crate::i18n::t("cli-no_home"))
}

/// `--db`, else `$ROUNDTABLE_DB`, else the data folder (`demo.redb` for `--demo`).
pub fn db_path(cli: &Cli) -> anyhow::Result<PathBuf> {
    if let Some(p) = &cli.db {
        return Ok(p.clone());
    }
    if !cli.demo
        && let Some(p) = std::env::var_os("ROUNDTABLE_DB").filter(|p| !p.is_empty())
    {
        return Ok(PathBuf::from(p));
    }
    let name = match (cli.demo, cli.scale) {
        (true, Some(n)) => format!("demo-{n}.redb"),
        // A town per language: `--demo --lang nl` opens the Dutch one.
        (true, None) => match crate::i18n::lang() {
            crate::i18n::Lang::En => "demo.redb".into(),
            other => format!("demo-{}.redb", other.code()),
        },
        _ => "roundtable.redb".into(),
    };
    Ok(data_dir()?.join(name))
}

/// The language `--lang` named, when it was given.
fn explicit_lang(code: &Option<String>) -> Option<crate::i18n::Lang> {
    code.as_deref().and_then(crate::i18n::Lang::from_code)
}

/// A language `--lang` can name: one with a catalogue.
fn lang_code(code: &str) -> Result<String, usage_errors::Refused> {
    match crate::i18n::Lang::from_code(code) {
        Some(_) => Ok(code.to_owned()),
        None => Err(usage_errors::Refused(crate::i18n::tf(
            "settings-bad_language",
            &[
                ("value", &code),
                ("choices", &crate::i18n::Lang::codes().join(", ")),
            ],
        ))),
    }
}

/// Runs the command line; `Err` carries the message and exit code.
/// The configured time zone, set once the config file is read.
static ZONE: std::sync::OnceLock<chrono_tz::Tz> = std::sync::OnceLock::new();

/// The zone the commands show times in and count days by: the configured one, as on the
/// screens (a server's own clock is often UTC, an hour or two off Brussels).
pub(crate) fn zone() -> chrono_tz::Tz {
    ZONE.get()
        .copied()
        .unwrap_or(crate::domain::time::DEFAULT_ZONE)
}

/// Today in the configured zone: what "overdue", "+3d" and "due" count from.
pub(crate) fn today() -> chrono::NaiveDate {
    crate::domain::time::today_in(crate::domain::time::now(), zone())
}

pub fn run(cli: Cli) -> Result<(), Failure> {
    use crate::i18n::{Lang, set_lang};
    set_lang(Lang::chosen(cli.lang.as_deref(), None));
    if let Some(command) = cli
        .command
        .as_ref()
        .filter(|_| install::standalone(&cli.command))
    {
        return install::run(command);
    }
    let settings = crate::config::load(cli.config.as_deref())?;
    let _ = ZONE.set(settings.time_zone);
    crate::crypt::passphrase::use_file(cli.passphrase_file.clone());
    set_lang(Lang::chosen(
        cli.lang.as_deref(),
        settings.language.as_deref(),
    ));
    let path = install::database(&cli, &settings).map_err(|e| Failure::from(format!("{e:#}")))?;
    if cli.command.is_none() {
        crate::i18n::prepare();
        // The interface has its own panic hook (terminal restored, drafts saved).
        return dispatch(cli, path, settings);
    }
    // The store turns a panic of redb into an error already; this is the last net, so
    // that a command never ends in a panic message and exit code 101.
    let shown = crate::domain::sanitize::line(&path.display().to_string()).into_owned();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        dispatch(cli, path, settings)
    }))
    .unwrap_or_else(|_| {
        Err(Failure {
            code: 2,
            message: crate::i18n::tf("cli-command_panicked", &[("path", &shown)]),
        })
    })
}

fn dispatch(cli: Cli, path: PathBuf, settings: crate::config::Settings) -> Result<(), Failure> {
    match cli.command {
        None => {
            let store = if let (true, Some(n)) = (cli.demo, cli.scale) {
                crate::demo::open_or_create_scaled_on(&path, n, today())?
            } else if cli.demo {
                crate::demo::open_or_create_in(&path, crate::i18n::lang(), today())?
            } else {
                Store::open(&path, true)?
            };
            // Asked before the terminal is taken over.
            store.unlock()?;
            crate::tui::run(Arc::new(store), &settings).map_err(|e| Failure {
                code: 1,
                message: format!("{e:#}"),
            })
        }
        Some(Command::Dump {
            out,
            force,
            salvage,
        }) => {
            if !salvage {
                // Recorded on the trail, which the dump then holds; a salvage writes nothing.
                return trail::dump(&path, out, force);
            }
            let json = dump_json(&salvaged(&path)?.data)?;
            match out {
                Some(file) => {
                    let policy = crate::output::Policy::new(force, Some(&path));
                    crate::output::write_new(&file, json.as_bytes(), &policy)?;
                }
                None => std::io::stdout().write_all(json.as_bytes())?,
            }
            Ok(())
        }
        Some(Command::Restore { file, force }) => trail::restore(&path, &file, force),
        Some(Command::Check { witness }) => {
            let witness = witness.as_deref().map(trail::parse_witness).transpose()?;
            let store = Store::open_read_only(&path)?;
            let counts = store.check()?;
            let summary: Vec<String> = counts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(k, n)| format!("{k}: {n}"))
                .collect();
            say(&crate::i18n::tf(
                "cli-check_ok",
                &[
                    ("path", &crate::domain::sanitize::path(&path)),
                    ("schema", &SCHEMA_VERSION),
                    ("counts", &summary.join(", ")),
                ],
            ));
            match witness {
                Some(w) => trail::check_witness(&store, &w),
                None => Ok(()),
            }
        }
        Some(Command::Export(what)) => export(&path, what, explicit_lang(&cli.lang)),
        Some(Command::Actions {
            overdue,
            owner,
            case,
        }) => actions::list(
            &path,
            actions::Filter {
                overdue,
                owner,
                case,
            },
        ),
        Some(Command::Action(step)) => actions::change(&path, step),
        Some(Command::Pipeline { stage }) => pipeline::list(&path, stage),
        Some(Command::Report { year, out, force }) => {
            export::report(&path, year, (out, force), explicit_lang(&cli.lang))
        }
        Some(Command::Erase(what)) => erase::erase(&path, what),
        Some(Command::Retention {
            due,
            exports,
            remove,
            dir,
        }) => {
            let dir = dir
                .or(settings.export_dir)
                .unwrap_or_else(crate::app::model::export_preview::default_export_dir);
            let ask = retention::Ask {
                due,
                exports,
                remove,
                dir,
            };
            retention::run(&path, ask)
        }
        Some(Command::Audit {
            case,
            since,
            superseded,
        }) => {
            if superseded {
                audit::superseded(&path)
            } else {
                audit(&path, case, since)
            }
        }
        Some(Command::Init { group }) => keys::init(&path, group.as_deref()),
        Some(Command::Encrypt) => keys::encrypt(&path),
        Some(Command::Passphrase) => keys::change(&path),
        Some(Command::Team(what)) => keys::team(&path, what),
        Some(Command::Import(ImportCommand::Stakeholders {
            file,
            dry_run,
            mapping,
            skip_invalid,
            only_category,
            on_duplicate,
        })) => import(
            &path,
            &file,
            dry_run,
            mapping.as_deref(),
            skip_invalid,
            &only_category,
            on_duplicate,
        ),
        Some(command @ (Command::Config { .. } | Command::Completions { .. } | Command::Man)) => {
            install::run(&command)
        }
        Some(Command::Backup { dest, salvage }) => {
            // redb writes the copy by name: in a private folder, then put in place.
            let policy = crate::output::Policy::new(false, Some(&path));
            let dest = if salvage {
                let salvaged = salvaged(&path)?;
                crate::output::write_with(&dest, &policy, |tmp| {
                    Store::backup_salvaged(&salvaged, tmp)
                        .map(|_| ())
                        .map_err(Failure::from)
                })?
            } else {
                trail::record_backup(&path)?;
                let store = Store::open_keyless(&path, false)?;
                crate::output::write_with(&dest, &policy, |tmp| {
                    let copied = if store.is_encrypted() {
                        store.backup_sealed(tmp)
                    } else {
                        store.backup(tmp)
                    };
                    copied.map(|_| ()).map_err(Failure::from)
                })?
            };
            let bytes = fs::metadata(&dest).map_or(0, |m| m.len());
            say(&crate::i18n::tf(
                "cli-backup_done",
                &[
                    ("from", &crate::domain::sanitize::path(&path)),
                    ("to", &crate::domain::sanitize::path(&dest)),
                    ("bytes", &bytes),
                ],
            ));
            Ok(())
        }
    }
}

/// What can be read of a damaged database, said on standard error.
fn salvaged(path: &Path) -> Result<crate::store::Salvage, Failure> {
    let s = Store::salvage(path)?;
    say_err(&crate::i18n::tf(
        "cli-salvaged",
        &[("n", &count(&s.data)), ("skipped", &s.skipped)],
    ));
    Ok(s)
}

fn count(data: &Dataset) -> usize {
    data.counts().iter().map(|(_, n)| n).sum()
}

/// The dump format: a versioned envelope around the data set.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Dump<D = Dataset> {
    format: String,
    schema: u64,
    /// `SEQ:HASH` of the dump's own audit entry; absent in older dumps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    witness: Option<String>,
    data: D,
}

const DUMP_FORMAT: &str = "roundtable-dump";

pub fn dump_json(data: &Dataset) -> Result<String, serde_json::Error> {
    dump_json_witnessed(data, None)
}

/// A dump carrying the witness of its own audit entry.
pub fn dump_json_witnessed(
    data: &Dataset,
    witness: Option<&crate::domain::audit::Witness>,
) -> Result<String, serde_json::Error> {
    let dump = Dump {
        format: DUMP_FORMAT.into(),
        schema: SCHEMA_VERSION,
        witness: witness.map(|w| w.to_string()),
        data: data.clone(),
    };
    let mut s = serde_json::to_string_pretty(&dump)?;
    s.push('\n');
    Ok(s)
}

/// Reads a dump, naming the JSON path of the first thing wrong.
/// Gives every record of `kind` in a dump's data the `fields` it lacks, as the migration
/// that added them does.
fn add_missing(data: &mut serde_json::Value, kind: &str, fields: &[(&str, serde_json::Value)]) {
    let list = data.get_mut(kind).and_then(|a| a.as_array_mut());
    for rec in list.into_iter().flatten() {
        if let Some(rec) = rec.as_object_mut() {
            for (name, value) in fields {
                rec.entry(*name).or_insert_with(|| value.clone());
            }
        }
    }
}

pub fn parse_dump(text: &str) -> Result<Dataset, String> {
    read_dump(text.as_bytes())
}

/// Reads a dump as it streams in, refusing any one value longer than
/// [`value_limit::MAX_VALUE_BYTES`] before it is held in memory.
pub fn read_dump(reader: impl std::io::Read) -> Result<Dataset, String> {
    let de = &mut serde_json::Deserializer::from_reader(value_limit::ValueLimit::new(reader));
    let dump: Dump<serde_json::Value> = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        format!("at {path}: {}", e.into_inner())
    })?;
    if dump.format != DUMP_FORMAT {
        return Err(format!(
            "not a roundtable dump (format is '{}')",
            dump.format
        ));
    }
    if dump.schema > SCHEMA_VERSION {
        return Err(format!(
            "dump of schema {} is newer than this roundtable (schema {SCHEMA_VERSION})",
            dump.schema
        ));
    }
    let mut value = dump.data;
    if dump.schema < 7 {
        // Older dumps: actions had no history (schema 7), as the migration gives them.
        let actions = value.get_mut("actions").and_then(|a| a.as_array_mut());
        for a in actions.into_iter().flatten() {
            if let Some(a) = a.as_object_mut() {
                a.entry("history").or_insert_with(|| serde_json::json!([]));
            }
        }
    }
    if dump.schema < 8 {
        crate::store::upgrade_dump(&mut value);
    }
    if dump.schema < 9 {
        // Older dumps: notes had no revisions or retraction, sessions no place (schema 9).
        add_missing(
            &mut value,
            "notes",
            &[
                ("revisions", serde_json::json!([])),
                ("retraction", serde_json::Value::Null),
            ],
        );
        add_missing(
            &mut value,
            "sessions",
            &[("place", serde_json::Value::Null)],
        );
    }
    if dump.schema < 10 {
        crate::store::upgrade_network_work_dump(&mut value);
    }
    if dump.schema < 11 {
        // Older dumps: stakeholders had no consent, pipeline or language (schema 10).
        add_missing(
            &mut value,
            "stakeholders",
            &[
                ("consent", serde_json::Value::Null),
                ("pipeline", serde_json::json!([])),
                ("language", serde_json::Value::Null),
            ],
        );
    }
    if dump.schema < 12 {
        // Older dumps: a routed concern's answer had no day (schema 12).
        add_missing(
            &mut value,
            "routed_concerns",
            &[("picked_up_on", serde_json::Value::Null)],
        );
    }
    if dump.schema < 13 {
        // Older dumps: exchanges and trainings were never cancelled (schema 13).
        crate::store::upgrade_work_states_dump(&mut value);
    }
    let mut data: Dataset = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        format!("at data.{path}: {}", e.into_inner())
    })?;
    if dump.schema < 9 {
        // The English "open actions of" topic, typed as the migration types it.
        let known = data.sessions.clone();
        for item in data.sessions.iter_mut().flat_map(|s| s.agenda.iter_mut()) {
            item.subject = crate::domain::agenda::typed_subject(&item.subject, &known);
        }
    }
    if dump.schema < 5 {
        // Older dumps: the note of each action and decision, as the migration finds it.
        crate::domain::provenance::derive(&mut data);
    }
    Ok(data)
}
