//! What leaves the application as a file: minutes and feedback sheets (filtered per
//! recipient by `domain::disclosure`), and lists. Everything written here is cleaned of
//! control characters.

pub mod agenda;
pub mod folder;
pub mod handout;
pub mod language;
pub mod minutes;
mod minutes_head;
mod minutes_refusal;

pub mod person;
pub mod report;
pub mod stakeholders;

/// Output format of minutes and feedback sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Md,
    Txt,
}

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Id;
use crate::domain::audit::{AuditEvent, AuditKind, Witness};
use crate::store::{Store, StoreError, WriteTx};

use crate::domain::stakeholder::Stakeholder;
use crate::i18n::Lang;

/// The language a document for `recipient` is written in: theirs when it is known, else
/// `fallback` (the interface's). The one place that chooses it; an explicit `--lang` on
/// the command line is given instead of calling this.
pub fn language_for(recipient: Option<&Stakeholder>, fallback: Lang) -> Lang {
    recipient
        .and_then(|s| s.language)
        .map(Lang::from)
        .unwrap_or(fallback)
}

/// The header line that names a document's language, in that language
/// (`Taal: Nederlands`).
pub fn language_line(lang: Lang) -> String {
    lang.tf("export-language", &[("language", &lang.name())])
}

/// What was shared with whom, for the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub kind: AuditKind,
    /// `session:3`, `case:RT-2026-001`, `stakeholders`.
    pub subject: String,
    pub recipient: Option<Id>,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
    /// Where the export carries its witness.
    pub seal: Seal,
}

/// Where an export carries the witness of its own audit entry (`SEQ:HASH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seal {
    /// A last line of text (minutes and feedback sheets).
    Footer,
    /// A last row, the witness in its first cell and the others empty (as many as the
    /// header has, for readers that want equal rows); the importer skips it.
    CsvRow { sep: u8 },
    /// A `witness` field in the JSON object.
    JsonField,
}

/// The first cell of a CSV's witness row.
pub const CSV_WITNESS: &str = "# roundtable witness";

/// `content` with the witness added as `how` says.
pub fn seal(content: &str, how: Seal, w: &Witness) -> String {
    let body = content.trim_end_matches('\n');
    match how {
        Seal::Footer => format!(
            "{body}\n\n{}\n",
            crate::i18n::tf("export-witness", &[("witness", w)])
        ),
        Seal::CsvRow { sep } => {
            let crlf = if body.contains("\r\n") { "\r\n" } else { "\n" };
            let header = body.lines().next().unwrap_or("");
            let empty =
                String::from(char::from(sep)).repeat(header.matches(char::from(sep)).count());
            format!("{}{crlf}{CSV_WITNESS} {w}{empty}{crlf}", body.trim_end())
        }
        Seal::JsonField => match body.trim_end().strip_suffix('}') {
            Some(open) => format!("{},\n  \"witness\": \"{w}\"\n}}\n", open.trim_end()),
            None => format!("{body}\n"),
        },
    }
}

/// A stored reason (`note:3 (withheld.red)`) as the reader's language says it. Entries
/// written before reasons were stored as keys hold the text itself and are shown as is.
pub fn withheld_shown(entry: &str) -> String {
    match entry.split_once(" (") {
        Some((item, key)) => {
            let key = key.strip_suffix(')').unwrap_or(key);
            if crate::i18n::has(key) {
                format!("{item} ({})", crate::i18n::t(key))
            } else {
                entry.to_owned()
            }
        }
        None => entry.to_owned(),
    }
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where an export may land when its name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Refuse an existing file.
    New,
    /// Replace an existing regular file (`--force`).
    Replace,
    /// Keep an existing file and take the next free name (`-2`, `-3` …).
    Unique,
}

/// Writes `content` as a new private file (see [`crate::output`]), records the export on
/// the audit trail, and only then puts the file in place: nothing leaves without its
/// record. Returns where the file landed.
pub fn write_audited(
    store: &Store,
    path: &Path,
    content: &str,
    what: Shared,
    placement: Placement,
) -> Result<PathBuf, ExportError> {
    write_audited_in(crate::i18n::lang(), store, path, content, what, placement)
}

/// [`write_audited`] for a document written in `lang`: its witness line is too.
pub fn write_audited_in(
    lang: Lang,
    store: &Store,
    path: &Path,
    content: &str,
    what: Shared,
    placement: Placement,
) -> Result<PathBuf, ExportError> {
    use crate::output::Policy;
    let policy = match placement {
        Placement::New => Policy::new(false, Some(store.path())),
        Placement::Replace => Policy::new(true, Some(store.path())),
        Placement::Unique => Policy::unique(Some(store.path())),
    };
    let how = what.seal;
    let mut event = crate::domain::audit::AuditEvent::new(what.kind, what.subject, "file");
    event.recipient = what.recipient;
    event.included = what.included;
    event.withheld = what.withheld;
    let written = record_and_write(store, Some((path, &policy)), event, |_, w| {
        Ok(crate::i18n::writing_in(lang, || seal(content, how, w)).into_bytes())
    })?;
    Ok(written.landed.unwrap_or_else(|| path.to_owned()))
}

/// What [`record_and_write`] did.
pub struct Written {
    /// `SEQ:HASH` of the entry recorded.
    pub witness: Witness,
    /// Where the file landed, when there was one.
    pub landed: Option<PathBuf>,
    /// Without a file: the bytes, for standard output once the entry is committed.
    pub bytes: Vec<u8>,
}

/// Records `event` and writes what `render` makes of it (`render` sees the transaction
/// and the new entry's witness), in an order that leaves nothing out without its entry and
/// no entry without its file checked and written: append the entry and hash it, write the
/// temporary file, commit, then put the file in place. A refused or failed file aborts
/// the transaction, so nothing is recorded; a failed commit leaves no file (the temporary
/// one is removed).
pub fn record_and_write(
    store: &Store,
    out: Option<(&Path, &crate::output::Policy)>,
    event: AuditEvent,
    render: impl FnOnce(&mut WriteTx, &Witness) -> Result<Vec<u8>, StoreError>,
) -> Result<Written, ExportError> {
    let mut refused = None;
    let result = store.write(|tx| {
        let witness = tx.append_audit(event)?;
        let bytes = render(tx, &witness)?;
        let Some((path, policy)) = out else {
            return Ok((witness, None, bytes));
        };
        match write_pending(path, policy, &bytes) {
            Ok(file) => Ok((witness, Some(file), Vec::new())),
            Err(e) => {
                refused = Some(e);
                Err(StoreError::Invalid("the file was not written".into()))
            }
        }
    });
    if let Some(e) = refused {
        return Err(e.into());
    }
    let (witness, file, bytes) = result?;
    let landed = file.map(crate::output::Pending::commit).transpose()?;
    Ok(Written {
        witness,
        landed,
        bytes,
    })
}

/// The temporary file, written in full, not yet in place.
fn write_pending(
    path: &Path,
    policy: &crate::output::Policy,
    bytes: &[u8],
) -> Result<crate::output::Pending, crate::output::OutputError> {
    let mut file = crate::output::Pending::create(path, policy)?;
    file.write_all(bytes)
        .map_err(|e| crate::output::OutputError::Io(path.to_owned(), e))?;
    Ok(file)
}
