//! Output files are never a weapon: every file the command line or the interface writes
//! is a new private file, put in place without replacing anything it was not told to, and
//! never the database itself.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output};

mod support;
use support::cli::{filled_db, roundtable, stderr as err};

fn run(args: &[&str], umask: Option<libc::mode_t>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", std::env::temp_dir());
    if let Some(mask) = umask {
        // SAFETY: umask is async-signal-safe; nothing else runs in the child here.
        unsafe {
            c.pre_exec(move || {
                libc::umask(mask);
                Ok(())
            });
        }
    }
    c.output().unwrap()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Every command that writes a file, with `out` as its target.
fn writers<'a>(db: &'a str, out: &'a str) -> Vec<Vec<&'a str>> {
    vec![
        vec!["dump", "--db", db, "--out", out],
        vec![
            "export",
            "minutes",
            "--session",
            "2",
            "--for",
            "13",
            "--db",
            db,
            "--out",
            out,
        ],
        vec![
            "export",
            "feedback",
            "--case",
            "RT-2026-001",
            "--for",
            "4",
            "--db",
            db,
            "--out",
            out,
        ],
        vec!["export", "stakeholders", "--db", db, "--out", out],
        vec!["export", "person", "4", "--db", db, "--out", out],
        vec![
            "export",
            "agenda",
            "--session",
            "2",
            "--for",
            "12",
            "--db",
            db,
            "--out",
            out,
        ],
        vec![
            "export",
            "minutes",
            "--session",
            "2",
            "--for",
            "13",
            "--lang",
            "fr",
            "--db",
            db,
            "--out",
            out,
        ],
        vec![
            "export",
            "agenda",
            "--session",
            "2",
            "--for",
            "12",
            "--lang",
            "nl",
            "--db",
            db,
            "--out",
            out,
        ],
        vec![
            "--lang", "fr", "export", "person", "4", "--db", db, "--out", out,
        ],
    ]
}

/// The language `args` ask for (`--lang`), English without it.
fn lang_of<'a>(args: &[&'a str]) -> &'a str {
    args.iter()
        .position(|a| *a == "--lang")
        .map_or("en", |i| args[i + 1])
}

/// Whether the refusal in `o` names `what` in the language `args` asked for:
/// `what` holds the words in English, French and Dutch.
fn refused_as(o: &Output, args: &[&str], what: [&str; 3]) -> bool {
    let words = match lang_of(args) {
        "fr" => what[1],
        "nl" => what[2],
        _ => what[0],
    };
    err(o).contains(words)
}

fn with_force(mut args: Vec<&str>) -> Vec<&str> {
    args.push("--force");
    args
}

#[test]
fn a_symlink_target_is_refused_even_with_force_and_its_target_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("out.txt");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let dangling = dir.path().join("dangling.txt");
    std::os::unix::fs::symlink(dir.path().join("created-through-link"), &dangling).unwrap();
    for target in [&link, &dangling] {
        let out = target.to_str().unwrap();
        for args in writers(&db, out) {
            for args in [args.clone(), with_force(args)] {
                let o = roundtable(&args);
                assert!(!o.status.success(), "{args:?} wrote through a symlink");
                let link = ["symbolic link", "lien symbolique", "symbolische link"];
                assert!(refused_as(&o, &args, link), "{args:?}: {}", err(&o));
                assert_eq!(err(&o).lines().count(), 1, "{}", err(&o));
            }
        }
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert_eq!(mode(&victim), 0o644);
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(!dir.path().join("created-through-link").exists());
}

#[test]
fn an_existing_file_is_refused_without_force_and_replaced_private_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let target = dir.path().join("old.txt");
    let out = target.to_str().unwrap();
    for args in writers(&db, out) {
        std::fs::write(&target, "keep me\n").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o666)).unwrap();
        let o = roundtable(&args);
        assert!(!o.status.success(), "{args:?} replaced an existing file");
        assert!(err(&o).contains("--force"), "{args:?}: {}", err(&o));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me\n");
        assert_eq!(mode(&target), 0o666);
        let o = roundtable(&with_force(args.clone()));
        assert!(o.status.success(), "{args:?} --force: {}", err(&o));
        assert_ne!(std::fs::read_to_string(&target).unwrap(), "keep me\n");
        assert_eq!(mode(&target), 0o600, "{args:?}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn the_database_is_never_an_output_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let hard = dir.path().join("hard.redb");
    std::fs::hard_link(&db, &hard).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let dotdot = dir.path().join("sub/../town.redb");
    for target in [Path::new(&db), hard.as_path(), dotdot.as_path()] {
        let out = target.to_str().unwrap();
        for args in writers(&db, out) {
            for args in [args.clone(), with_force(args)] {
                let o = roundtable(&args);
                assert!(!o.status.success(), "{args:?} wrote over the database");
                let db = ["the database", "la base de données", "de databank"];
                assert!(refused_as(&o, &args, db), "{args:?}: {}", err(&o));
            }
        }
    }
    assert!(std::fs::symlink_metadata(&hard).unwrap().is_file());
    assert_eq!(
        std::fs::metadata(&db).unwrap().ino(),
        std::fs::metadata(&hard).unwrap().ino()
    );
    let o = roundtable(&["check", "--db", &db]);
    assert!(o.status.success(), "{}", err(&o));
    let store = roundtable::store::Store::open_as(Path::new(&db), false, "t".into()).unwrap();
    let now = store.load().unwrap();
    assert_eq!(now.stakeholders, support::full_dataset().stakeholders);
    assert_eq!(
        now.audit.len(),
        support::full_dataset().audit.len(),
        "a refused export is no export: nothing recorded"
    );
}

#[test]
fn new_files_are_private_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    for (n, args) in writers(&db, "PLACEHOLDER").into_iter().enumerate() {
        let target = dir.path().join(format!("new-{n}.txt"));
        let out = target.to_str().unwrap().to_owned();
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == "PLACEHOLDER" { out.as_str() } else { a })
            .collect();
        let o = run(&args, Some(0));
        assert!(o.status.success(), "{args:?}: {}", err(&o));
        assert_eq!(mode(&target), 0o600, "{args:?}");
    }
    let copy = dir.path().join("backup.redb");
    let o = run(&["backup", copy.to_str().unwrap(), "--db", &db], Some(0));
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode(&copy), 0o600, "the backup is private too");
}

#[test]
fn a_second_export_from_the_interface_is_a_second_file() {
    use roundtable::app::Action;
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = support::app::store_app(&dir);
    for _ in 0..3 {
        support::app::apply(&mut app, [Action::ExportList]);
        support::app::run_effects(&mut app, &store);
    }
    let mut files: Vec<_> = std::fs::read_dir(dir.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    for f in &files {
        assert_eq!(mode(f), 0o600, "{f:?}");
    }
    let status = app.status.as_ref().map(|s| s.text.clone()).unwrap();
    let last = files
        .iter()
        .find(|f| f.to_str().unwrap().ends_with("-3.csv"));
    let last = last.expect("the third file is named -3");
    assert!(status.contains(last.to_str().unwrap()), "{status}");
}

/// Runs `script` with `sh -c` as the unprivileged user 65534 (`nobody`).
fn as_nobody(script: &str) -> std::process::ExitStatus {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .uid(65534)
        .gid(65534)
        .status()
        .unwrap()
}

#[test]
fn another_user_cannot_aim_an_export_at_a_victim_file_through_a_shared_folder() {
    if !support::running_as_root("needs root to run the attacker as another user") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = filled_db(dir.path());
    let victim = dir.path().join("victim.conf");
    std::fs::write(&victim, "root's own settings\n").unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let target = shared.join("stakeholders.csv");
    let planted = as_nobody(&format!(
        "ln -s '{}' '{}'",
        victim.display(),
        target.display()
    ));
    assert!(planted.success(), "the attacker could not plant the link");
    assert_eq!(std::fs::symlink_metadata(&target).unwrap().uid(), 65534);
    let out = target.to_str().unwrap();
    for args in writers(&db, out) {
        for args in [args.clone(), with_force(args)] {
            let o = roundtable(&args);
            assert!(!o.status.success(), "{args:?} followed the planted link");
        }
    }
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "root's own settings\n"
    );
    // A file the attacker planted is not ours either: refused without --force.
    let own = shared.join("planted.csv");
    assert!(as_nobody(&format!("echo x > '{}'", own.display())).success());
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--db",
        &db,
        "--out",
        own.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert_eq!(std::fs::read_to_string(&own).unwrap(), "x\n");
}

/// Values a spreadsheet would read as formulas, a Belgian phone number, and values that
/// really start with an apostrophe.
fn tricky_people() -> Vec<(String, String, String, String)> {
    [
        (
            "=HYPERLINK(\"http://x.example\",\"Jan\")",
            "+cmd|' /C calc'!A0",
            "+32 2 123 45 67",
            "-2+3 Main Street",
        ),
        (
            "@SUM(A1:A9) Peeters",
            "'t Kruispunt",
            "+32 475 12 34 56",
            "'s-Gravenbrakel 1",
        ),
        ("'=already quoted", "''double", "02 123 45 67", "'@home"),
    ]
    .iter()
    .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
    .collect()
}

#[test]
fn csv_cells_are_never_formulas_and_import_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let mut data = support::full_dataset();
    for (s, (name, org, phone, address)) in data.stakeholders.iter_mut().zip(tricky_people()) {
        s.name = name;
        s.organisation = org;
        s.contact.phone = phone;
        s.contact.address = address;
    }
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&data, false).unwrap();
    drop(store);
    let csv_file = dir.path().join("list.csv");
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--db",
        db.to_str().unwrap(),
        "--out",
        csv_file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&csv_file)
        .unwrap();
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            let first = cell.chars().next();
            assert!(
                !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                "a spreadsheet would evaluate {cell:?}"
            );
            cells += 1;
        }
    }
    assert!(cells > 100);
    let text = std::fs::read_to_string(&csv_file).unwrap();
    assert!(
        text.contains(";'+32 2 123 45 67;"),
        "the phone is text: {text}"
    );
    assert!(text.contains("'=HYPERLINK("), "{text}");

    let copy = dir.path().join("copy.redb");
    let o = roundtable(&[
        "import",
        "stakeholders",
        csv_file.to_str().unwrap(),
        "--db",
        copy.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let back = roundtable::store::Store::open(&copy, false)
        .unwrap()
        .load()
        .unwrap()
        .stakeholders;
    for (name, org, phone, address) in tricky_people() {
        let s = back
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name:?} did not come back: {back:#?}"));
        assert_eq!(
            (&s.organisation, &s.contact.phone, &s.contact.address),
            (&org, &phone, &address)
        );
    }
}

/// Bytes a terminal would act on: ESC, BEL, other C0 controls but newline, C1 controls
/// (raw or UTF-8 encoded) and bidirectional overrides.
fn hostile_bytes(out: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(out);
    let mut found: Vec<String> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| format!("{c:?}"))
        .collect();
    if out.iter().any(|&b| (0x80..0xA0).contains(&b)) && std::str::from_utf8(out).is_err() {
        found.push("raw C1 byte".into());
    }
    found
}

fn assert_inert(what: &str, o: &Output) {
    for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let bad = hostile_bytes(bytes);
        assert!(
            bad.is_empty(),
            "{what}: {stream} carries {bad:?}: {:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

const OSC: &str = "\u{1b}]0;pwned\u{7}";
const NASTY: &str = "\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}cod.exe";

#[test]
fn names_and_arguments_echoed_to_the_terminal_carry_no_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    // A database and an output file named with escape sequences.
    let odd_db = dir.path().join(format!("{NASTY}.redb"));
    std::fs::copy(&db, &odd_db).unwrap();
    let odd_db = odd_db.to_str().unwrap().to_owned();
    let taken = dir.path().join(format!("{OSC}taken.md"));
    std::fs::write(&taken, "x").unwrap();
    let taken = taken.to_str().unwrap().to_owned();
    let missing = dir.path().join(format!("{NASTY}/none.csv"));
    let missing = missing.to_str().unwrap().to_owned();
    let csv_file = dir.path().join(format!("{OSC}people.csv"));
    std::fs::write(&csv_file, "name;organisation\r\nJan;X\r\n").unwrap();
    let csv_file = csv_file.to_str().unwrap().to_owned();
    let garbage = dir.path().join(format!("{OSC}broken.redb"));
    std::fs::write(&garbage, vec![7u8; 4096]).unwrap();
    let garbage = garbage.to_str().unwrap().to_owned();
    let for_ = format!("Nobody{NASTY}");
    let backup_to = dir.path().join(format!("{OSC}copy.redb"));
    let backup_to = backup_to.to_str().unwrap().to_owned();
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", "--db", &odd_db],
        vec!["check", "--db", &garbage],
        vec!["dump", "--db", &db, "--out", &taken],
        vec!["dump", "--db", &db, "--out", &missing],
        vec![
            "export",
            "minutes",
            "--session",
            "2",
            "--for",
            &for_,
            "--db",
            &db,
        ],
        vec![
            "export", "feedback", "--case", &for_, "--for", "4", "--db", &db,
        ],
        vec!["audit", "--db", &db, "--since", &for_],
        vec!["export", "person", &for_, "--db", &db],
        vec!["erase", "person", &for_, "--db", &db],
        vec!["erase", "case", &for_, "--db", &db],
        vec!["retention", "--exports", "--dir", &missing, "--db", &db],
        vec!["audit", "--db", &db, "--case", &for_],
        vec![
            "import",
            "stakeholders",
            &csv_file,
            "--db",
            &odd_db,
            "--dry-run",
        ],
        vec!["import", "stakeholders", &missing, "--db", &db],
        vec!["import", "stakeholders", &csv_file, "--db", &garbage],
        vec!["restore", &csv_file, "--db", &odd_db],
        vec!["backup", &backup_to, "--db", &odd_db],
        vec!["backup", &taken, "--db", &db],
        vec!["export", "stakeholders", "--db", &db, "--sep", NASTY],
        vec![
            "export",
            "minutes",
            "--session",
            NASTY,
            "--for",
            "4",
            "--db",
            &db,
        ],
    ];
    for args in runs {
        let o = roundtable(&args);
        assert_inert(&format!("{args:?}"), &o);
        assert!(
            !o.stdout.is_empty() || !o.stderr.is_empty(),
            "{args:?} said nothing"
        );
    }
}

#[test]
fn clap_errors_carry_no_escape_sequences_and_keep_their_exit_codes() {
    let bad = format!("--bogus{OSC}");
    let o = roundtable(&[&bad]);
    assert_eq!(o.status.code(), Some(2));
    assert_inert("unknown argument", &o);
    assert!(err(&o).contains("--bogus"), "{}", err(&o));
    assert!(o.stdout.is_empty());
    let o = roundtable(&[NASTY]);
    assert_eq!(o.status.code(), Some(2));
    assert_inert("unknown subcommand", &o);
    let o = roundtable(&["dump", "--out"]);
    assert_eq!(o.status.code(), Some(2));
    let o = roundtable(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Usage"));
    assert!(o.stderr.is_empty());
    let o = roundtable(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("roundtable "));
}

#[test]
fn a_backup_is_a_new_private_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let link = dir.path().join("link.redb");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let dangling = dir.path().join("dangling.redb");
    let through = dir.path().join("created-through-link.redb");
    std::os::unix::fs::symlink(&through, &dangling).unwrap();
    for target in [&link, &dangling] {
        let o = roundtable(&["backup", target.to_str().unwrap(), "--db", &db]);
        assert!(!o.status.success(), "backup wrote through a link");
        assert!(err(&o).contains("symbolic link"), "{}", err(&o));
    }
    assert!(!through.exists(), "nothing created where the link points");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    let o = roundtable(&["backup", &db, "--db", &db]);
    assert!(!o.status.success());
    assert!(err(&o).contains("the database"), "{}", err(&o));
    let copy = dir.path().join("copy.redb");
    let o = run(&["backup", copy.to_str().unwrap(), "--db", &db], Some(0));
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(mode(&copy), 0o600);
    let o = roundtable(&["check", "--db", copy.to_str().unwrap()]);
    assert!(o.status.success(), "{}", err(&o));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}
