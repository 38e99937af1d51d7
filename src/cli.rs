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
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The minutes of a session as one recipient may receive them
    Minutes {
        /// The session's id (shown in the Round tables tab)
        #[arg(long)]
        session: u64,
        /// The recipient: a stakeholder id or name
        #[arg(long = "for", value_name = "STAKEHOLDER")]
        recipient: String,
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        /// Output file [default: standard output]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// A case's feedback sheet: decisions and actions agreed by consensus, no notes
    Feedback {
        /// The case reference, RT-YYYY-NNN
        #[arg(long = "case", value_name = "REF")]
        case: String,
        /// The recipient (the referrer or the police): a stakeholder id or name
        #[arg(long = "for", value_name = "STAKEHOLDER")]
        recipient: String,
        #[arg(long, value_enum, default_value = "md")]
        format: crate::export::Format,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The stakeholder list (not archived) as CSV for Excel, or JSON
    Stakeholders {
        #[arg(long, value_enum, default_value = "csv")]
        format: crate::export::stakeholders::ListFormat,
        /// Column separator for CSV
        #[arg(long, default_value = ";")]
        sep: char,
        /// Start the CSV with a UTF-8 byte-order mark (Excel needs it for accents)
        #[arg(long)]
        bom: bool,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English,
    /// French or Dutch headers)
    Stakeholders {
        file: PathBuf,
        /// Check and report only; write nothing
        #[arg(long)]
        dry_run: bool,
        /// Column to field, overriding the automatic mapping: `Wie=name,Waar=organisation,Extra=ignore`
        #[arg(long, value_name = "COL=FIELD,...")]
        mapping: Option<String>,
        /// Import the valid rows even if others are invalid
        #[arg(long)]
        skip_invalid: bool,
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
    let name = match (cli.demo, cli.scale) {
        (true, Some(n)) => format!("demo-{n}.redb"),
        (true, None) => "demo.redb".into(),
        _ => "roundtable.redb".into(),
    };
    Ok(data_dir()?.join(name))
}

/// Runs the command line; `Err` carries the message and exit code.
pub fn run(cli: Cli) -> Result<(), Failure> {
    let path = db_path(&cli).map_err(|e| Failure::from(format!("{e:#}")))?;
    match cli.command {
        None => {
            let store = if let (true, Some(n)) = (cli.demo, cli.scale) {
                crate::demo::open_or_create_scaled(&path, n)?
            } else if cli.demo {
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
        Some(Command::Export(what)) => export(&path, what),
        Some(Command::Audit { case, since }) => audit(&path, case, since),
        Some(Command::Import(ImportCommand::Stakeholders {
            file,
            dry_run,
            mapping,
            skip_invalid,
            on_duplicate,
        })) => import(
            &path,
            &file,
            dry_run,
            mapping.as_deref(),
            skip_invalid,
            on_duplicate,
        ),
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

/// A stakeholder by id, exact name, or a unique part of the name.
pub fn find_stakeholder(data: &Dataset, spec: &str) -> Result<crate::domain::Id, String> {
    use crate::domain::lines::fold;
    if let Ok(id) = spec.trim().parse::<u64>() {
        return data
            .stakeholders
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.id)
            .ok_or_else(|| format!("no stakeholder with id {id}"));
    }
    let want = fold(spec);
    if let Some(s) = data.stakeholders.iter().find(|s| fold(&s.name) == want) {
        return Ok(s.id);
    }
    let hits: Vec<_> = data
        .stakeholders
        .iter()
        .filter(|s| fold(&s.name).contains(&want))
        .collect();
    match hits.as_slice() {
        [one] => Ok(one.id),
        [] => Err(format!("no stakeholder matches '{spec}'")),
        many => Err(format!(
            "'{spec}' matches {} stakeholders; use the id or the full name",
            many.len()
        )),
    }
}

fn emit(
    store: &Store,
    out: Option<PathBuf>,
    content: &str,
    shared: crate::export::Shared,
) -> Result<(), Failure> {
    match out {
        Some(file) => crate::export::write_audited(store, &file, content, shared)?,
        None => {
            // Record first: what reaches the screen has left the application too.
            let mut event =
                crate::app::record::audit(shared.kind, shared.subject, "standard output");
            event.recipient = shared.recipient;
            event.included = shared.included;
            event.withheld = shared.withheld;
            store.write(|tx| tx.append_audit(event))?;
            std::io::stdout().write_all(content.as_bytes())?;
        }
    }
    Ok(())
}

fn export(path: &Path, what: ExportCommand) -> Result<(), Failure> {
    use crate::domain::audit::AuditKind;
    use crate::export::{Shared, minutes};
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let now = chrono::Utc::now();
    match what {
        ExportCommand::Minutes {
            session,
            recipient,
            format,
            out,
        } => {
            let s = data
                .sessions
                .iter()
                .find(|s| s.id == session)
                .ok_or_else(|| Failure::from(format!("no session with id {session}")))?;
            let who = find_stakeholder(&data, &recipient).map_err(Failure::from)?;
            let p = minutes::preview(&data, s, who);
            let text = minutes::render(&data, s, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::Export,
                subject: format!("session:{}", s.id),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
            };
            emit(&store, out, &text, shared)
        }
        ExportCommand::Stakeholders {
            format,
            sep,
            bom,
            out,
        } => {
            use crate::export::stakeholders::{ListFormat, csv, json};
            let sep = u8::try_from(sep)
                .map_err(|_| Failure::from("the separator must be one ASCII character"))?;
            let bytes = match format {
                ListFormat::Csv => csv(&data, sep, bom).map_err(Failure::from)?,
                ListFormat::Json => json(&data).into_bytes(),
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let shared = Shared {
                kind: AuditKind::Export,
                subject: "stakeholders".into(),
                recipient: None,
                included: vec![format!(
                    "{} stakeholders",
                    crate::export::stakeholders::rows(&data).len()
                )],
                withheld: vec![],
            };
            emit(&store, out, &text, shared)
        }
        ExportCommand::Feedback {
            case,
            recipient,
            format,
            out,
        } => {
            let reference: crate::domain::case::CaseRef = case.parse().map_err(Failure::from)?;
            let c = data
                .cases
                .iter()
                .find(|c| c.reference == reference)
                .ok_or_else(|| Failure::from(format!("no case {reference}")))?;
            let who = find_stakeholder(&data, &recipient).map_err(Failure::from)?;
            let p = minutes::feedback_preview(&data, c, who);
            let text = minutes::render_feedback(&data, c, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::FeedbackSheet,
                subject: format!("case:{reference}"),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
            };
            emit(&store, out, &text, shared)
        }
    }
}

fn audit(path: &Path, case: Option<String>, since: Option<String>) -> Result<(), Failure> {
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let today = chrono::Local::now().date_naive();
    let since = since
        .map(|s| crate::domain::parse::date(&s, today))
        .transpose()
        .map_err(Failure::from)?;
    let case = case
        .map(|c| c.parse::<crate::domain::case::CaseRef>())
        .transpose()
        .map_err(Failure::from)?
        .map(|r| {
            let id = data.cases.iter().find(|c| c.reference == r).map(|c| c.id);
            (format!("case:{r}"), id)
        });
    // The case an exported item (`note:3`, `action:2 (reason)`) is about.
    let case_of = |key: &str| -> Option<u64> {
        let key = key.split_whitespace().next()?;
        let (kind, id) = key.split_once(':')?;
        let id: u64 = id.parse().ok()?;
        match kind {
            "note" => data.notes.iter().find(|n| n.id == id)?.anchor.case,
            "decision" => data.decisions.iter().find(|d| d.id == id)?.anchor.case,
            "action" => data.actions.iter().find(|a| a.id == id)?.anchor.case,
            _ => None,
        }
    };
    let mut out = std::io::stdout().lock();
    for e in &data.audit {
        if since.is_some_and(|d| e.at.date_naive() < d) {
            continue;
        }
        if let Some((subject, id)) = &case {
            let about_case = e.subject == *subject
                || (id.is_some()
                    && e.included
                        .iter()
                        .chain(&e.withheld)
                        .any(|k| case_of(k) == *id));
            if !about_case {
                continue;
            }
        }
        let who = e
            .recipient
            .and_then(|r| data.stakeholders.iter().find(|s| s.id == r))
            .map(|s| s.name.as_str());
        let line = format!(
            "{} {:>4} {} {:?} {}{}{}{}",
            e.at.format("%Y-%m-%d %H:%M:%S"),
            e.id,
            e.who,
            e.kind,
            e.subject,
            who.map(|w| format!(" for {w}")).unwrap_or_default(),
            if e.included.is_empty() {
                String::new()
            } else {
                format!(" included {}", e.included.join(","))
            },
            if e.withheld.is_empty() {
                String::new()
            } else {
                format!(" withheld {}", e.withheld.join(","))
            },
        );
        writeln!(out, "{}", crate::domain::sanitize::line(&line))?;
    }
    Ok(())
}

fn import(
    path: &Path,
    file: &Path,
    dry_run: bool,
    mapping: Option<&str>,
    skip_invalid: bool,
    on_duplicate: crate::import::OnDuplicate,
) -> Result<(), Failure> {
    use std::io::IsTerminal;

    use crate::import;
    let bytes = fs::read(file).map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    let table = import::table::read(&bytes)
        .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    let overrides = mapping
        .map(import::parse_mapping)
        .transpose()
        .map_err(Failure::from)?
        .unwrap_or_default();
    // A dry run against a database that does not exist yet compares with nobody.
    let store = if dry_run && !path.exists() {
        None
    } else {
        Some(Store::open(path, !dry_run)?)
    };
    let existing = match &store {
        Some(s) => s.load()?.stakeholders,
        None => Vec::new(),
    };
    let plan = import::plan(&table, &overrides, &existing);
    let mapped: Vec<String> = plan
        .mapping
        .iter()
        .map(|(h, f)| format!("{h} → {}", f.map_or("(kept in notes)", |f| f.as_str())))
        .collect();
    eprintln!(
        "{}: {} rows, {} ({}); columns: {}",
        file.display(),
        table.rows.len(),
        plan.encoding,
        match plan.separator {
            b'\t' => "tab".to_owned(),
            c => format!("'{}'", c as char),
        },
        crate::domain::sanitize::line(&mapped.join(", "))
    );
    for p in &plan.problems {
        eprintln!("{}", crate::domain::sanitize::line(&p.to_string()));
    }
    eprintln!(
        "{} valid, {} invalid, {} already known ({})",
        plan.rows.len(),
        plan.invalid_lines(),
        plan.duplicates(),
        match on_duplicate {
            import::OnDuplicate::Skip => "skipped",
            import::OnDuplicate::Merge => "merged",
        }
    );
    let Some(store) = store.filter(|_| !dry_run) else {
        return Ok(());
    };
    let bar = (plan.rows.len() > 1000 && std::io::stderr().is_terminal())
        .then(|| indicatif::ProgressBar::new(plan.rows.len() as u64));
    let outcome = import::apply(&store, &plan, on_duplicate, skip_invalid, &|n| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    })
    .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    eprintln!(
        "imported: {} new, {} merged, {} skipped",
        outcome.created, outcome.merged, outcome.skipped
    );
    Ok(())
}
