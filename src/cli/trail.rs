//! The commands that move the whole data set (`dump`, `restore`, `backup`) and
//! `check --witness`: each on the audit trail.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::domain::audit::{self, AuditKind, Mismatch, Witness};
use crate::domain::sanitize::line as clean;
use crate::i18n::tf;
use crate::store::{Store, StoreError};

/// `roundtable dump`: recorded first, then written with the witness of its own entry
/// (the dump holds the trail up to and including that entry).
pub(super) fn dump(path: &Path, out: Option<PathBuf>, force: bool) -> Result<(), Failure> {
    let store = Store::open(path, false)?;
    let detail = if out.is_some() {
        "file"
    } else {
        "standard output"
    };
    let event = audit::AuditEvent::new(AuditKind::Dump, "dump".to_owned(), detail);
    let policy = crate::output::Policy::new(force, Some(path));
    let target = out.as_deref().map(|f| (f, &policy));
    let written = crate::export::record_and_write(&store, target, event, |tx, w| {
        let json = super::dump_json_witnessed(&tx.dataset()?, Some(w))
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        Ok(json.into_bytes())
    })?;
    std::io::stdout().write_all(&written.bytes)?;
    if store.is_encrypted() {
        super::say_err(crate::i18n::t("crypt-dump_plaintext"));
    }
    Ok(())
}

/// `roundtable restore`: the dump's trail must verify unless `force`; the restore is
/// recorded after the restored trail, saying whether it was forced and why.
pub(super) fn restore(path: &Path, file: &Path, force: bool) -> Result<(), Failure> {
    let named = |e: &dyn std::fmt::Display| {
        Failure::from(format!("{}: {e}", crate::domain::sanitize::path(file)))
    };
    let data = std::fs::File::open(file)
        .map_err(|e| e.to_string())
        .and_then(|f| super::read_dump(std::io::BufReader::new(f)))
        .map_err(|e| named(&e))?;
    data.validate_records().map_err(|e| named(&e))?;
    let mut detail = match audit::verify(&data.audit, None) {
        Err(id) if !force => {
            return Err(named(&tf("cli-restore_broken_trail", &[("id", &id)])));
        }
        Err(id) => format!("forced: chain broken at entry {id}"),
        Ok(()) => "chain verified".to_owned(),
    };
    let store = Store::open(path, true)?;
    store.write(|tx| {
        if !tx.dataset()?.is_empty() {
            if !force {
                return Err(StoreError::NotEmpty(path.to_owned()));
            }
            detail.push_str("; replaced the records there");
        }
        tx.replace_all(&data)?;
        tx.append_audit(audit::AuditEvent::new(
            AuditKind::Restore,
            "dump".to_owned(),
            &detail,
        ))
    })?;
    super::say_err(&tf(
        "cli-restored",
        &[
            ("n", &super::count(&data)),
            ("path", &crate::domain::sanitize::path(path)),
        ],
    ));
    Ok(())
}

/// `roundtable backup` is on the trail before the copy is made, so that the copy holds
/// the entry too. The writable open refuses a damaged file (`backup --salvage` writes
/// nothing, not even this entry).
pub(super) fn record_backup(path: &Path) -> Result<(), Failure> {
    let entry = audit::AuditEvent::new(AuditKind::Backup, "backup".to_owned(), "file");
    Store::open_keyless(path, true)?.write(|tx| tx.append_audit(entry))?;
    Ok(())
}

/// `check --witness SEQ:HASH`, after the chain itself has verified: the trail still holds
/// that entry, unchanged. A mismatch is exit code 1, one line.
pub(super) fn check_witness(store: &Store, witness: &Witness) -> Result<(), Failure> {
    let trail = store.read(|tx| tx.all::<audit::AuditEvent>())?;
    let seq = &witness.seq;
    let refused = |key: &str, args: &[(&str, &dyn std::fmt::Display)]| Failure {
        code: 1,
        message: tf(key, args),
    };
    match audit::confirm(&trail, witness) {
        Ok(()) => {
            super::say(&tf("cli-witness_ok", &[("witness", witness)]));
            Ok(())
        }
        Err(Mismatch::Missing { last }) => Err(refused(
            "cli-witness_missing",
            &[("seq", seq), ("last", &last.unwrap_or(0))],
        )),
        Err(Mismatch::Differs) => Err(refused("cli-witness_differs", &[("seq", seq)])),
    }
}

/// Reads `--witness`; a malformed one is an ordinary error (exit code 2).
pub(super) fn parse_witness(s: &str) -> Result<Witness, Failure> {
    s.parse()
        .map_err(|()| Failure::from(tf("cli-witness_bad", &[("witness", &clean(s))])))
}
