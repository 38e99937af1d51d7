//! A database file that other accounts can change, or that another account owns and lets
//! others read, is never written to: another user on the server who leaves such a file at
//! a `--db` path (a shared folder, a guessed default) would receive everything saved.

mod support;
use support::cli::roundtable;

use std::os::unix::fs::PermissionsExt;

fn town(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("town.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    db
}

fn chmod(path: &std::path::Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A command that writes (an export records itself on the audit trail) is refused with
/// one line, and the file keeps every byte; reading it still works.
fn assert_refused_unchanged(db: &std::path::Path, why: &str) {
    let before = std::fs::read(db).unwrap();
    let d = db.to_str().unwrap();
    let o = roundtable(&["export", "stakeholders", "--db", d]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{why}: {err}");
    assert!(err.contains("other accounts"), "{why}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{why}: {err}");
    assert!(
        std::fs::read(db).unwrap() == before,
        "{why}: the file changed"
    );
    let o = roundtable(&["check", "--db", d]);
    assert!(
        o.status.success(),
        "{why}: check {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_database_others_can_write_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = town(dir.path());
    chmod(&db, 0o666);
    assert_refused_unchanged(&db, "0666");
    chmod(&db, 0o602);
    assert_refused_unchanged(&db, "0602");
}

#[test]
fn a_database_another_account_owns_and_lets_others_read_is_never_written() {
    if !support::running_as_root("giving a file to another account needs root") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = town(dir.path());
    chmod(&db, 0o644);
    std::os::unix::fs::chown(&db, Some(65534), Some(65534)).unwrap();
    assert_refused_unchanged(&db, "owned by 65534, 0644");
}

/// One's own file with the usual 0644 of a copied file is still one's own: written.
#[test]
fn ones_own_readable_copy_is_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = town(dir.path());
    chmod(&db, 0o644);
    let o = roundtable(&["export", "stakeholders", "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// A symbolic link at the database's path (another member of a shared folder can put one
/// there) is never written through: the file is opened without following links, checked
/// on the open descriptor, and that descriptor is what redb writes to.
#[test]
fn a_symbolic_link_at_the_database_path_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let db = town(dir.path());
    let link = dir.path().join("link.redb");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let before = std::fs::read(&db).unwrap();
    let o = roundtable(&["export", "stakeholders", "--db", link.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "written through the link"
    );
}
