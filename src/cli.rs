//! Command line: where the database is, and the subcommands that work without a terminal.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::domain::dataset::Dataset;
use crate::store::{SCHEMA_VERSION, Store};

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

    /// Open a demo town (created and filled when the file does not exist; default demo.redb
    /// in the data folder)
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write every record as JSON (see docs/dump-format.md)
    Dump {
        /// Output file [default: standard output]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Load a dump into a new or empty database (validated first, then one transaction)
    Restore {
        /// The dump file
        file: PathBuf,
        /// Replace the contents of a non-empty database
        #[arg(long)]
        force: bool,
    },
    /// Verify the database file: pages, records and references
    Check,
    /// Write a consistent copy of the database, even while it is in use
    Backup {
        /// Where to write the copy (must not exist)
        dest: PathBuf,
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

fn data_dir() -> anyhow::Result<PathBuf> {
    directories::ProjectDirs::from("", "", "roundtable")
        .map(|d| d.data_dir().to_owned())
        .context("cannot find a home folder for the database; pass --db PATH")
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
    let name = if cli.demo {
        "demo.redb"
    } else {
        "roundtable.redb"
    };
    Ok(data_dir()?.join(name))
}

/// Runs the command line; `Err` carries the message and exit code.
pub fn run(cli: Cli) -> Result<(), Failure> {
    let path = db_path(&cli).map_err(|e| Failure::from(format!("{e:#}")))?;
    match cli.command {
        None => {
            let store = if cli.demo {
                crate::demo::open_or_create(&path)?
            } else {
                Store::open(&path, true)?
            };
            crate::tui::run(Arc::new(store)).map_err(|e| Failure {
                code: 1,
                message: format!("{e:#}"),
            })
        }
        Some(Command::Dump { out }) => {
            let store = Store::open(&path, false)?;
            let json = dump_json(&store.load()?)?;
            match out {
                Some(file) => write_private(&file, json.as_bytes())?,
                None => std::io::stdout().write_all(json.as_bytes())?,
            }
            Ok(())
        }
        Some(Command::Restore { file, force }) => {
            let text = fs::read_to_string(&file)
                .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
            let data =
                parse_dump(&text).map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
            data.validate()
                .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
            let store = Store::open(&path, true)?;
            store.restore(&data, force)?;
            eprintln!("restored {} records into {}", count(&data), path.display());
            Ok(())
        }
        Some(Command::Check) => {
            let store = Store::open(&path, false)?;
            let counts = store.check()?;
            let summary: Vec<String> = counts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            println!(
                "{}: ok (schema {SCHEMA_VERSION}; {})",
                path.display(),
                summary.join(", ")
            );
            Ok(())
        }
        Some(Command::Backup { dest }) => {
            let store = Store::open(&path, false)?;
            let bytes = store.backup(&dest)?;
            println!("{} → {} ({bytes} bytes)", path.display(), dest.display());
            Ok(())
        }
    }
}

fn count(data: &Dataset) -> usize {
    data.counts().iter().map(|(_, n)| n).sum()
}

/// The dump format: a versioned envelope around the data set.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Dump {
    format: String,
    schema: u64,
    data: Dataset,
}

const DUMP_FORMAT: &str = "roundtable-dump";

pub fn dump_json(data: &Dataset) -> Result<String, serde_json::Error> {
    let dump = Dump {
        format: DUMP_FORMAT.into(),
        schema: SCHEMA_VERSION,
        data: data.clone(),
    };
    let mut s = serde_json::to_string_pretty(&dump)?;
    s.push('\n');
    Ok(s)
}

/// Reads a dump, naming the JSON path of the first thing wrong.
pub fn parse_dump(text: &str) -> Result<Dataset, String> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let dump: Dump = serde_path_to_error::deserialize(de).map_err(|e| {
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
    Ok(dump.data)
}

/// Writes `bytes` to a new or truncated file readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Failure::from(format!("{}: {e}", path.display())))?;
    f.write_all(bytes)
        .map_err(|e| Failure::from(format!("{}: {e}", path.display())))
}
