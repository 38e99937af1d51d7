//! The real binary's subcommands and error paths.

use std::path::Path;
use std::process::{Command, Output};

mod support;

fn roundtable(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A database holding the test data set.
fn filled_db(dir: &Path) -> String {
    let path = dir.join("town.redb");
    let store = roundtable::store::Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    path.display().to_string()
}

#[test]
fn help_and_version() {
    let v = roundtable(&["--version"]);
    assert!(v.status.success());
    assert_eq!(
        String::from_utf8_lossy(&v.stdout).trim(),
        format!("roundtable {}", env!("CARGO_PKG_VERSION"))
    );
    let h = roundtable(&["--help"]);
    let out = String::from_utf8_lossy(&h.stdout);
    for word in ["dump", "restore", "check", "backup", "--db", "--demo"] {
        assert!(out.contains(word), "--help lacks {word}:\n{out}");
    }
}

#[test]
fn dump_restore_dump_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let first = dir.path().join("first.json");
    let o = roundtable(&["dump", "--db", &db, "--out", first.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let copy = dir.path().join("copy.redb");
    let o = roundtable(&[
        "restore",
        first.to_str().unwrap(),
        "--db",
        copy.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = roundtable(&["dump", "--db", copy.to_str().unwrap()]);
    assert!(o.status.success());
    let a = std::fs::read_to_string(&first).unwrap();
    // The same records; the trail goes on with the restore and the second dump, each
    // dump carrying the witness of its own entry.
    let mut before: serde_json::Value = serde_json::from_str(&a).unwrap();
    let mut after: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let trail = |v: &mut serde_json::Value| {
        v.as_object_mut().unwrap().remove("witness").unwrap();
        v["data"]["audit"].take().as_array().unwrap().clone()
    };
    let (t1, t2) = (trail(&mut before), trail(&mut after));
    assert_eq!(before, after);
    assert_eq!(t2[..t1.len()], t1[..]);
    let kinds: Vec<_> = t2[t1.len()..].iter().map(|e| e["kind"].clone()).collect();
    assert_eq!(kinds, ["restore", "dump"]);
    // Labels appear as their official strings.
    assert!(a.contains("\"TLP:AMBER+STRICT\"") && a.contains("\"PAP:GREEN\""));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&first).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn restore_refuses_non_empty_target_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let dump = dir.path().join("d.json");
    roundtable(&["dump", "--db", &db, "--out", dump.to_str().unwrap()]);
    let o = roundtable(&["restore", dump.to_str().unwrap(), "--db", &db]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    let o = roundtable(&["restore", dump.to_str().unwrap(), "--db", &db, "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn bad_dump_names_the_first_invalid_record_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let dump = dir.path().join("d.json");
    roundtable(&["dump", "--db", &db, "--out", dump.to_str().unwrap()]);
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dump).unwrap()).unwrap();
    json["data"]["notes"][3]["tlp"] = "TLP:PURPLE".into();
    std::fs::write(&dump, json.to_string()).unwrap();
    let target = dir.path().join("new.redb");
    let o = roundtable(&[
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("data.notes[3].tlp"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!target.exists(), "nothing written");

    // A reference to a missing record is named by its path too.
    json["data"]["notes"][3]["tlp"] = "TLP:RED".into();
    json["data"]["cases"][1]["lead"] = 4242.into();
    std::fs::write(&dump, json.to_string()).unwrap();
    let o = roundtable(&[
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cases[1].lead"), "{}", stderr(&o));
    assert!(!target.exists());
}

#[test]
fn check_reports_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let o = roundtable(&["check", "--db", &db]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(": ok") && out.contains("45 stakeholders"),
        "{out}"
    );
}

#[test]
fn corrupt_files_give_one_line_exit_2_and_stay_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = filled_db(dir.path());
    let bytes = std::fs::read(&good).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "random.redb",
            (0..70_000u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect(),
        ),
        ("truncated.redb", bytes[..bytes.len() / 3].to_vec()),
        ("text.redb", b"name;organisation\nJan;School\n".to_vec()),
    ];
    for (name, content) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &content).unwrap();
        for args in [vec!["check"], vec!["dump"]] {
            let mut a = args.clone();
            a.extend(["--db", path.to_str().unwrap()]);
            let o = roundtable(&a);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{name} {args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{name}: {err}");
            assert!(err.contains(path.to_str().unwrap()), "{name}: {err}");
            assert!(!err.contains("panicked"), "{name}: {err}");
            if name != "truncated.redb" {
                assert_eq!(
                    std::fs::read(&path).unwrap(),
                    content,
                    "{name} was modified"
                );
            }
        }
    }
}

#[test]
fn missing_and_unwritable_locations_are_clear_errors() {
    let o = roundtable(&["dump", "--db", "/nonexistent/town.redb"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such database"), "{}", stderr(&o));
    let o = roundtable(&["restore", "/dev/null", "--db", "/proc/town.redb"]);
    assert_eq!(o.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("d.json");
    std::fs::write(
        &dump,
        roundtable::cli::dump_json(&Default::default()).unwrap(),
    )
    .unwrap();
    let o = roundtable(&["restore", dump.to_str().unwrap(), "--db", "/proc/town.redb"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("roundtable: /proc/town.redb:"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_interface_refuses_to_run_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.redb");
    let o = roundtable(&["--db", db.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("needs a terminal"), "{}", stderr(&o));
}

#[test]
fn export_minutes_and_feedback_from_the_command_line_are_audited() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let out = dir.path().join("m.txt");
    let o = roundtable(&[
        "export",
        "minutes",
        "--session",
        "2",
        "--for",
        "Leila Mansouri",
        "--format",
        "txt",
        "--db",
        &db,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("Leaflets also found near the church") && !text.contains("two older men")
    );
    assert!(text.contains("11 item(s) withheld"));
    // To standard output, for a recipient named by id.
    let o = roundtable(&[
        "export",
        "feedback",
        "--case",
        "RT-2026-001",
        "--for",
        "4",
        "--db",
        &db,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let sheet = String::from_utf8_lossy(&o.stdout);
    assert!(
        sheet.contains("Feedback sheet — case RT-2026-001")
            && sheet.contains("Home visit with the mother"),
        "{sheet}"
    );
    assert!(
        !sheet.contains("Spends nights online"),
        "no discussion notes"
    );
    let o = roundtable(&["audit", "--db", &db, "--case", "RT-2026-001"]);
    let trail = String::from_utf8_lossy(&o.stdout);
    assert!(trail.contains("FeedbackSheet case:RT-2026-001"), "{trail}");
    assert!(
        trail.contains("Export session:2"),
        "the export included items about the case"
    );
    let o = roundtable(&["audit", "--db", &db, "--case", "RT-2026-004"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).is_empty(),
        "nothing about that case"
    );
    let o = roundtable(&["audit", "--db", &db]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 3);
    let o = roundtable(&["check", "--db", &db]);
    assert!(o.status.success());
    // An unknown or ambiguous recipient is refused.
    let o = roundtable(&[
        "export",
        "minutes",
        "--session",
        "2",
        "--for",
        "Peeters",
        "--db",
        &db,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("matches 2 stakeholders"),
        "{}",
        stderr(&o)
    );
}
