//! What leaves the application as a file: minutes and feedback sheets (filtered per
//! recipient by `domain::disclosure`), and lists. Everything written here is cleaned of
//! control characters.

pub mod minutes;
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
    /// A last row of one cell, which the importer skips.
    CsvRow,
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
            crate::i18n::tf("export.witness", &[("witness", w)])
        ),
        Seal::CsvRow => {
            let crlf = if body.contains("\r\n") { "\r\n" } else { "\n" };
            format!("{}{crlf}{CSV_WITNESS} {w}{crlf}", body.trim_end())
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

/// Writes `content` to a new file readable by its owner only, recorded on the audit
/// trail, carrying the witness of its entry.
pub fn write_audited(
    store: &Store,
    path: &Path,
    content: &str,
    what: Shared,
) -> Result<Witness, StoreError> {
    let how = what.seal;
    let mut event = crate::app::record::audit(what.kind, what.subject, "file");
    event.recipient = what.recipient;
    event.included = what.included;
    event.withheld = what.withheld;
    let (w, _) = record_and_write(store, Some(path), event, |_, w| {
        Ok(seal(content, how, w).into_bytes())
    })?;
    Ok(w)
}

/// Records `event` and writes what `render` makes (it sees the transaction and the new
/// entry's witness), in an order that leaves no file out without its entry: append the
/// entry and hash it, write a temporary file, commit, then put the file in place. A
/// failed commit removes the temporary file. Without `out`, the bytes are returned for
/// standard output, to be printed once the entry is committed.
pub fn record_and_write(
    store: &Store,
    out: Option<&Path>,
    event: AuditEvent,
    render: impl FnOnce(&mut WriteTx, &Witness) -> Result<Vec<u8>, StoreError>,
) -> Result<(Witness, Vec<u8>), StoreError> {
    let mut temp: Option<PathBuf> = None;
    let written = store.write(|tx| {
        let w = tx.append_audit(event)?;
        let bytes = render(tx, &w)?;
        if let Some(path) = out {
            temp = Some(write_temp(path, &bytes)?);
            return Ok((w, Vec::new()));
        }
        Ok((w, bytes))
    });
    let written = match written {
        Ok(x) => x,
        Err(e) => {
            if let Some(t) = temp {
                let _ = std::fs::remove_file(t);
            }
            return Err(e);
        }
    };
    if let (Some(path), Some(t)) = (out, temp) {
        put_in_place(&t, path)?;
    }
    Ok(written)
}

// JOIN (helper "files"): `write_temp` and `put_in_place` are the two steps of their safe
// writer (private temporary file, then a rename that replaces nothing).

/// Writes `bytes` to a new private file beside `path` and syncs it.
fn write_temp(path: &Path, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    use std::os::unix::fs::OpenOptionsExt;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temp)
        .map_err(|e| StoreError::io(path, e))?;
    let done = f.write_all(bytes).and_then(|_| f.sync_all());
    if let Err(e) = done {
        let _ = std::fs::remove_file(&temp);
        return Err(StoreError::io(path, e));
    }
    Ok(temp)
}

/// Moves the written temporary file to `path`.
fn put_in_place(temp: &Path, path: &Path) -> Result<(), StoreError> {
    std::fs::rename(temp, path).map_err(|e| {
        let _ = std::fs::remove_file(temp);
        StoreError::io(path, e)
    })
}
