//! Runs the real binary, on a database of the test data.

use std::path::Path;
use std::process::{Command, Output};

/// The binary run with `args`, away from the user's database and home.
pub fn roundtable(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap()
}

/// The binary run with `args` on the database `db`.
pub fn roundtable_on(db: &str, args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(["--db", db]);
    roundtable(&all)
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A database in `dir` holding `data`, written as the user "tester"; its path.
pub fn db_with(dir: &Path, data: &roundtable::domain::dataset::Dataset) -> String {
    let path = dir.join("town.redb");
    let store = roundtable::store::Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(data, false).unwrap();
    path.display().to_string()
}

/// A database holding the test data set.
pub fn filled_db(dir: &Path) -> String {
    db_with(dir, &super::full_dataset())
}
