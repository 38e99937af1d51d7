//! The folder the interface writes its exports to. Their names say what they are
//! (`feedback-RT-2026-001-for4-2026-11-29.md`), so whoever can list the folder learns
//! which case went to which partner, and when: the folder is made private (0700) when
//! missing, and an existing one is used only while it is the account's own and closed
//! to other accounts (docs/security.md, "Adversarial read of 2026-11-30").

use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::Path;

use crate::i18n::tf;

/// Makes `dir` (0700) when it does not exist; refuses, with the line to show, a folder
/// that belongs to another account or that other accounts may list or enter.
pub fn ready(dir: &Path) -> Result<(), String> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    let io = |e| crate::store::StoreError::io(dir, e).to_string();
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io),
        Err(e) => Err(io(e)),
        // SAFETY: geteuid cannot fail.
        Ok(m) if m.uid() == unsafe { libc::geteuid() } && m.mode() & 0o007 == 0 => Ok(()),
        Ok(m) => Err(tf(
            "export-folder_open",
            &[
                ("path", &crate::domain::sanitize::path(dir)),
                ("mode", &format!("{:o}", m.mode() & 0o777)),
            ],
        )),
    }
}
