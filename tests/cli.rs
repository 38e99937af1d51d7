//! The real binary's subcommands and error paths.

use std::path::Path;
use std::process::Command;

mod support;
use support::cli::{db_with, filled_db, roundtable, roundtable_on, stderr, stdout};

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
        out.contains(": ok") && out.contains("stakeholders: 45"),
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
    // Leila is not at this table: she is told nothing of how much is kept from her.
    assert!(
        !text.contains("withheld") && !text.contains("not shown"),
        "{text}"
    );
    // To standard output, for a recipient named by id.
    let feedback = ["export", "feedback", "--case", "RT-2026-001", "--for", "4"];
    let o = roundtable_on(&db, &feedback);
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
    let o = roundtable_on(
        &db,
        &["export", "minutes", "--session", "2", "--for", "Peeters"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("matches 2 stakeholders"),
        "{}",
        stderr(&o)
    );
}

/// A database of the test data set, the actions' due dates moved so that action 1 is
/// overdue whatever day the test runs (the command line uses the real date).
fn actions_db(dir: &Path) -> (String, roundtable::domain::dataset::Dataset) {
    let mut data = support::full_dataset();
    let today = chrono::Local::now().date_naive();
    for a in &mut data.actions {
        a.due = Some(today + chrono::Days::new(a.id));
    }
    data.actions[0].due = Some(today - chrono::Days::new(3));
    (db_with(dir, &data), data)
}

fn name_of(data: &roundtable::domain::dataset::Dataset, id: Option<u64>) -> String {
    let id = id.unwrap();
    data.stakeholders
        .iter()
        .find(|s| s.id == id)
        .unwrap()
        .name
        .clone()
}

#[test]
fn actions_lists_open_ones_overdue_first_and_marked() {
    let dir = tempfile::tempdir().unwrap();
    let (db, data) = actions_db(dir.path());
    let o = roundtable(&["actions", "--db", &db]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<_> = out.lines().collect();
    let open = data.actions.iter().filter(|a| a.is_open()).count();
    assert_eq!(lines.len(), open, "{out}");
    assert!(lines[0].starts_with("OVERDUE 1  RT-"), "{out}");
    assert!(lines[1..].iter().all(|l| !l.contains("OVERDUE")), "{out}");
    let o = roundtable(&["actions", "--db", &db, "--overdue"]);
    assert_eq!(stdout(&o).lines().count(), 1);
    let case = data.cases[0].reference.to_string();
    let o = roundtable(&["actions", "--db", &db, "--case", &case]);
    assert!(
        stdout(&o).lines().all(|l| l.contains(&case)),
        "{}",
        stdout(&o)
    );
}

/// Action 4 was taken from note 8, whose source is protected: its owner is "a partner",
/// and asking for the owner by name does not find it (that would name them).
#[test]
fn actions_never_name_the_owner_of_a_protected_source_action() {
    let dir = tempfile::tempdir().unwrap();
    let (db, data) = actions_db(dir.path());
    let a = data.actions.iter().find(|a| a.id == 4).unwrap();
    assert!(a.is_open());
    let owner = name_of(&data, a.owner);
    let o = roundtable(&["actions", "--db", &db]);
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains("  4  ") || l.starts_with("4  "))
        .unwrap();
    assert!(line.contains("a partner"), "{line}");
    assert!(!out.contains(&owner), "{out}");
    let o = roundtable(&["actions", "--db", &db, "--owner", &owner]);
    assert!(o.status.success());
    assert!(
        !stdout(&o).lines().any(|l| l.contains(&a.text)),
        "{}",
        stdout(&o)
    );
}

#[test]
fn escape_sequences_in_owner_names_stay_inert() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = actions_db(dir.path());
    let o = roundtable(&["actions", "--db", &db, "--owner", "\x1b[2J\x1b]0;x\x07"]);
    assert!(o.status.success());
    let o2 = roundtable(&[
        "action",
        "reassign",
        "1",
        "--to",
        "\x1b[2Jevil",
        "--db",
        &db,
    ]);
    assert!(!o2.status.success());
    for o in [o, o2] {
        assert!(!o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b));
    }
}

#[test]
fn action_steps_are_saved_audited_by_id_and_refused_when_closed() {
    let dir = tempfile::tempdir().unwrap();
    let (db, data) = actions_db(dir.path());
    let new_owner = name_of(&data, Some(8));
    let ok = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--db", &db]);
        let o = roundtable(&all);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    };
    ok(&["action", "reassign", "1", "--to", &new_owner]);
    ok(&["action", "due", "1", "+3d"]);
    ok(&["action", "done", "1", "--result", "Met the job coach"]);
    let o = roundtable(&["action", "cancel", "1", "--reason", "x", "--db", &db]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not open"), "{}", stderr(&o));
    let o = roundtable(&["action", "cancel", "2", "--reason", " ", "--db", &db]);
    assert_eq!(o.status.code(), Some(1));
    ok(&["action", "cancel", "2", "--reason", "Family moved away"]);
    let store = roundtable::store::Store::open_read_only(Path::new(&db)).unwrap();
    let after = store.load().unwrap();
    let a1 = after.actions.iter().find(|a| a.id == 1).unwrap();
    assert_eq!(a1.history.len(), 3);
    assert_eq!(a1.owner, Some(8));
    assert_eq!(
        a1.due,
        Some(chrono::Local::now().date_naive() + chrono::Days::new(3))
    );
    assert!(!a1.is_open());
    let kinds: Vec<_> = after.audit[data.audit.len()..]
        .iter()
        .map(|e| (e.kind.key(), e.subject.clone(), e.detail.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("action_reassigned", "action:1".into(), "to:person:8".into()),
            (
                "action_due_moved",
                "action:1".into(),
                "action_due_moved".into()
            ),
            ("action_done", "action:1".into(), "action_done".into()),
            (
                "action_cancelled",
                "action:2".into(),
                "action_cancelled".into()
            ),
        ]
    );
    // Audit entries hold ids, never the result or reason typed.
    let trail = format!("{:?}", &after.audit);
    assert!(!trail.contains("job coach") && !trail.contains("moved away"));
}

/// `--lang` names a language with a catalogue; another is refused before anything runs.
#[test]
fn lang_names_a_language_with_a_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let o = roundtable(&["--lang", "xx", "check", "--db", &db]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown language 'xx'"),
        "{}",
        stderr(&o)
    );
    let o = roundtable(&["--lang", "en", "check", "--db", &db]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// The trail names what a list export held as a key with a count, never as a sentence
/// ("1 stakeholders") in some language.
#[test]
fn a_list_export_is_recorded_as_a_key_and_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let out = dir.path().join("list.csv");
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--db",
        &db,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let store = roundtable::store::Store::open_read_only(Path::new(&db)).unwrap();
    let last = store.load().unwrap().audit.pop().unwrap();
    let n = roundtable::export::stakeholders::rows(&support::full_dataset()).len();
    assert_eq!(last.included, vec![format!("stakeholders:{n}")]);
}

/// Every export written for someone takes `--lang`, whatever the interface's language
/// would be, and names its language in its header; its witness line is in it too.
#[test]
fn every_export_is_written_in_the_language_asked_and_names_it() {
    use roundtable::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let exports: [&[&str]; 7] = [
        &["export", "minutes", "--session", "2", "--for", "4"],
        &["export", "agenda", "--session", "2", "--for", "4"],
        &["export", "feedback", "--case", "RT-2026-001", "--for", "4"],
        &["export", "person", "4"],
        &["export", "handout", "agreement"],
        &["export", "handout", "directory", "--network", "1"],
        &["report", "--year", "2026"],
    ];
    for lang in Lang::ALL {
        let named = roundtable::export::language_line(lang);
        assert!(named.contains(lang.name()), "{named}");
        let witness = lang.tf("export-witness", &[("witness", &"")]);
        for args in exports {
            let mut all = args.to_vec();
            all.extend(["--db", &db, "--lang", lang.code()]);
            let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
                .args(&all)
                .env_remove("ROUNDTABLE_DB")
                .env("HOME", std::env::temp_dir())
                .env("LC_ALL", "en_BE.UTF-8")
                .output()
                .unwrap();
            assert!(o.status.success(), "{all:?}: {}", stderr(&o));
            let text = String::from_utf8_lossy(&o.stdout);
            let head: Vec<&str> = text.lines().take(8).collect();
            assert!(head.contains(&named.as_str()), "{all:?}: {text}");
            assert!(text.contains(witness.trim_end()), "{all:?}: {text}");
            if lang != Lang::En {
                assert!(!text.contains("Prepared "), "{all:?} left English: {text}");
            }
        }
    }
}

/// `--help` follows `--lang`, else the locale, as the messages do.
#[test]
fn help_is_in_the_language_of_lang_or_the_locale() {
    let run = |args: &[&str], locale: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(args)
            .env("HOME", std::env::temp_dir())
            .env("LC_ALL", locale)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let nl = run(&["--help"], "nl_BE.UTF-8");
    assert!(
        nl.contains("Gebruik:") && nl.contains("Opdrachten:"),
        "{nl}"
    );
    let fr = run(
        &["--lang", "fr", "export", "minutes", "--help"],
        "nl_BE.UTF-8",
    );
    assert!(
        fr.contains("Utilisation\u{a0}:") && fr.contains("Fichier de sortie"),
        "{fr}"
    );
    let en = run(&["--help"], "C");
    assert!(en.contains("Usage:") && en.contains("Commands:"), "{en}");
}

/// A command whose output goes to a pipe that closes early (`| head`) ends quietly, as
/// other Unix tools do: no panic, no backtrace, no "Broken pipe" error line.
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::os::unix::process::ExitStatusExt;
    // The bash completions are larger than a pipe's buffer: the program is still
    // writing when the reader goes.
    for args in [
        vec!["completions", "bash"],
        vec!["man"],
        vec!["config", "--keys"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(&args)
            .env("HOME", std::env::temp_dir())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert!(stderr(&o).is_empty(), "{args:?}: {}", stderr(&o));
        let quiet = o.status.success() || o.status.signal() == Some(libc::SIGPIPE);
        assert!(quiet, "{args:?}: {:?}", o.status);
    }
}
