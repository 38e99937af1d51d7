//! `init --group NAME`: the file shared with a Unix group (0660, in a setgid 2770 folder).

use std::ffi::CString;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::Failure;
use crate::i18n::tf;

/// The id of group `name`.
pub(super) fn lookup(name: &str) -> Result<u32, Failure> {
    let c = CString::new(name).map_err(|_| tf("crypt-no_group", &[("group", &name)]))?;
    // SAFETY: getgrnam returns null or a pointer to static storage, read at once.
    let gr = unsafe { libc::getgrnam(c.as_ptr()) };
    if gr.is_null() {
        return Err(tf("crypt-no_group", &[("group", &name)]).into());
    }
    Ok(unsafe { (*gr).gr_gid })
}

/// Gives the file and its folder to group `gid`: file 0660, folder 2770 (new files in it
/// take the group).
pub(super) fn share(path: &Path, gid: u32) -> Result<(), Failure> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    for (p, mode) in [(dir, 0o2770), (path, 0o660)] {
        std::os::unix::fs::chown(p, None, Some(gid))
            .map_err(|e| format!("{}: {e}", p.display()))?;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode))
            .map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(())
}
