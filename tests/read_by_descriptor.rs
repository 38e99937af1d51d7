//! A store that only reads opens its file by descriptor, as a writer does: without
//! following a link, checked on that descriptor, and that very file handed to redb (and
//! copied, for `check`, `backup` and salvage). A link put at the path (another member of a
//! shared folder can put one there) never redirects a read to another file.

use std::path::{Path, PathBuf};
use std::process::Command;

use roundtable::domain::dataset::Dataset;
use roundtable::store::Store;

mod support;

fn filled(dir: &Path, name: &str, data: &Dataset) -> PathBuf {
    let path = dir.join(name);
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(data, false).unwrap();
    path
}

/// Replaces the file at `path` by a link to `other`, as a member of the folder could.
fn swap_for_link(path: &Path, other: &Path) {
    std::fs::rename(path, path.with_extension("moved")).unwrap();
    std::os::unix::fs::symlink(other, path).unwrap();
}

/// Two databases side by side: the town, and another with different (no) records.
fn town_and_other() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let town = filled(dir.path(), "town.redb", &support::full_dataset());
    let other = filled(dir.path(), "other.redb", &Dataset::default());
    (dir, town, other)
}

#[test]
fn a_link_swapped_in_after_a_read_only_open_redirects_no_read() {
    let (_dir, town, other) = town_and_other();
    let store = Store::open_read_only(&town).unwrap();
    assert_eq!(store.load().unwrap(), support::full_dataset());
    swap_for_link(&town, &other);
    match store.load() {
        Ok(data) => assert_eq!(data, support::full_dataset(), "read the other file"),
        Err(e) => assert!(
            e.to_string().contains("symbolic link"),
            "refused, but not for the link: {e}"
        ),
    }
    let err = Store::open_read_only(&town).unwrap_err().to_string();
    assert!(err.contains("symbolic link"), "{err}");
}

#[test]
fn a_sealed_backup_copies_no_file_swapped_in_by_a_link() {
    let (dir, town, other) = town_and_other();
    let store = Store::open_keyless(&town, false).unwrap();
    swap_for_link(&town, &other);
    let dest = dir.path().join("copy.redb");
    if store.backup_sealed(&dest).is_ok() {
        let copy = std::fs::read(&dest).unwrap();
        assert!(
            copy == std::fs::read(town.with_extension("moved")).unwrap(),
            "copied the other file"
        );
    }
}

/// The commands that only read refuse a link at the path, as the writing ones do.
#[test]
fn commands_that_only_read_refuse_a_link_at_the_path() {
    let (dir, _town, other) = town_and_other();
    let link = dir.path().join("link.redb");
    std::os::unix::fs::symlink(&other, &link).unwrap();
    let l = link.to_str().unwrap();
    for args in [
        vec!["check", "--db", l],
        vec!["audit", "--db", l],
        vec!["dump", "--salvage", "--db", l],
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(&args)
            .env_remove("ROUNDTABLE_DB")
            .env("HOME", std::env::temp_dir())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("symbolic link"), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?} printed data");
    }
}
