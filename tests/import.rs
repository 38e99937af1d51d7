//! Importing stakeholders from spreadsheets, exporting the list, backing up while in use.

use std::path::Path;
use std::process::{Command, Output};

use roundtable::domain::stakeholder::Sector;
use roundtable::store::Store;

mod support;

fn roundtable(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .output()
        .unwrap()
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn people(db: &Path) -> Vec<roundtable::domain::stakeholder::Stakeholder> {
    Store::open(db, false).unwrap().load().unwrap().stakeholders
}

#[test]
fn french_windows_1252_with_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let o = roundtable(&[
        "import",
        "stakeholders",
        &fixture("stakeholders-fr-cp1252.csv"),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("Windows-1252 (';')"), "{}", err(&o));
    let p = people(&db);
    let h = p
        .iter()
        .find(|s| s.name == "Hélène Dupré")
        .expect("accents read right");
    assert_eq!(
        (h.organisation.as_str(), h.sector.clone()),
        ("Mosquée Al Amal", Sector::Religious)
    );
    assert!(
        h.notes.contains("Contact via l'imam") && h.notes.contains("Date de naissance: 1975"),
        "unmapped columns kept: {}",
        h.notes
    );
    let f = p.iter().find(|s| s.name == "François Lefèvre").unwrap();
    assert_eq!(f.sector, Sector::YouthWork);
    assert_eq!(
        p.iter().find(|s| s.name == "Zoë Mertens").unwrap().sector,
        Sector::SocialWelfare
    );
}

#[test]
fn dutch_utf8_bom_crlf_with_commas_in_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let o = roundtable(&[
        "import",
        "stakeholders",
        &fixture("stakeholders-nl-bom-crlf.csv"),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let p = people(&db);
    assert_eq!(p.len(), 3);
    let jan = p.iter().find(|s| s.name == "Jan Peeters").unwrap();
    assert_eq!(jan.notes, "Kent de ouders, vooral in de Molenwijk");
    assert_eq!(jan.sector, Sector::Sports);
    assert!(!jan.name.starts_with('\u{feff}'));
    assert_eq!(
        p.iter().find(|s| s.name == "Fatma Yıldız").unwrap().sector,
        Sector::Religious
    );
}

#[test]
fn bad_rows_stop_the_import_unless_skipped_and_duplicates_are_never_doubled() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let store = Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    drop(store);
    let before = people(&db).len();
    // A copy: the refused rows are written beside the file read.
    let file = dir.path().join("stakeholders-bad.csv");
    std::fs::copy(fixture("stakeholders-bad.csv"), &file).unwrap();
    let file = file.to_str().unwrap().to_owned();
    let o = roundtable(&[
        "import",
        "stakeholders",
        &file,
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(
        e.contains("line 6, email: 'jan@' is not an e-mail address"),
        "{e}"
    );
    assert!(e.contains("line 5, name: a name is required"), "{e}");
    assert!(
        e.contains(
            "warning: line 7, phone: 'call me' does not look like a phone number (kept as written)"
        ),
        "an odd phone number only warns: {e}"
    );
    assert!(
        e.contains("the 4 valid rows can be imported with --skip-invalid"),
        "{e}"
    );
    assert_eq!(people(&db).len(), before, "nothing written");

    let o = roundtable(&[
        "import",
        "stakeholders",
        &file,
        "--db",
        db.to_str().unwrap(),
        "--dry-run",
        "--skip-invalid",
    ]);
    assert!(o.status.success());
    assert_eq!(people(&db).len(), before, "a dry run writes nothing");
    let refused = dir.path().join("stakeholders-bad-refused.csv");
    assert!(!refused.exists(), "a dry run writes no file either");

    let o = roundtable(&[
        "import",
        "stakeholders",
        &file,
        "--db",
        db.to_str().unwrap(),
        "--skip-invalid",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains("imported: 2 new, 0 merged, 2 skipped"),
        "{}",
        err(&o)
    );
    let p = people(&db);
    assert_eq!(
        p.len(),
        before + 2,
        "Ahmed is known, 'new partner' twice in the file is one person"
    );
    let someone = p.iter().find(|s| s.name == "Someone").unwrap();
    assert_eq!(someone.contact.phone, "call me", "kept as written");
    assert_refused_file(&refused, &["line 5", "line 6"]);
    assert_eq!(
        p.iter()
            .filter(|s| s.name.eq_ignore_ascii_case("new partner"))
            .count(),
        1
    );

    // Importing again changes nothing; merging fills blanks.
    let o = roundtable(&[
        "import",
        "stakeholders",
        &file,
        "--db",
        db.to_str().unwrap(),
        "--skip-invalid",
        "--on-duplicate",
        "merge",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(people(&db).len(), before + 2);
    assert!(
        dir.path().join("stakeholders-bad-refused-2.csv").exists(),
        "the first refused file is never replaced"
    );
    let o = roundtable(&["check", "--db", db.to_str().unwrap()]);
    assert!(o.status.success());
}

#[test]
fn a_one_megabyte_cell_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let file = dir.path().join("big.csv");
    std::fs::write(&file, format!("name;notes\nJan;{}\n", "x".repeat(1 << 20))).unwrap();
    let o = roundtable(&[
        "import",
        "stakeholders",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(err(&o).trim_end().lines().count(), 1, "{}", err(&o));
    assert!(
        err(&o).contains("line 2, column notes: a cell of 1048576 characters"),
        "{}",
        err(&o)
    );
    assert!(!db.exists());
}

#[test]
fn mapping_overrides_unknown_headers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let file = dir.path().join("odd.csv");
    std::fs::write(&file, "Wie;Waar;Extra\nJan;School;geheim\n").unwrap();
    let o = roundtable(&[
        "import",
        "stakeholders",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--mapping",
        "Wie=name,Waar=organisation,Extra=ignore",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let p = people(&db);
    assert_eq!(
        (p[0].name.as_str(), p[0].organisation.as_str()),
        ("Jan", "School")
    );
    assert_eq!(
        p[0].notes, "Extra: geheim",
        "an ignored column is still kept, not dropped"
    );
}

#[test]
fn export_import_export_gives_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let store = Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let first = dir.path().join("a.csv");
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--bom",
        "--db",
        db.to_str().unwrap(),
        "--out",
        first.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let bytes = std::fs::read(&first).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBFname;organisation;"),
        "Excel in a Belgian locale: BOM and ';'"
    );
    let copy = dir.path().join("copy.redb");
    let o = roundtable(&[
        "import",
        "stakeholders",
        first.to_str().unwrap(),
        "--db",
        copy.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let second = dir.path().join("b.csv");
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--bom",
        "--db",
        copy.to_str().unwrap(),
        "--out",
        second.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    // The same rows; only the last line, each export's audit witness, differs.
    let rows = |p: &std::path::Path| {
        let text = std::fs::read_to_string(p).unwrap();
        let (rows, witness) = text.trim_end().rsplit_once("\r\n").unwrap();
        assert!(witness.starts_with("# roundtable witness "), "{witness}");
        rows.to_owned()
    };
    assert_eq!(rows(&first), rows(&second));
    let o = roundtable(&[
        "export",
        "stakeholders",
        "--format",
        "json",
        "--db",
        db.to_str().unwrap(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["stakeholders"].as_array().unwrap().len(), 44);
    assert!(json["witness"].is_string());
}

#[test]
fn ten_thousand_rows_in_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let file = dir.path().join("big.csv");
    let mut csv = String::from("Naam;Organisatie;E-mail;Sector\n");
    for i in 0..10_000 {
        csv.push_str(&format!(
            "Persoon {i};Organisatie {};p{i}@example.be;{}\n",
            i % 97,
            ["Politie", "Onderwijs", "Jeugdwerk", "Moskee"][i % 4]
        ));
    }
    std::fs::write(&file, csv).unwrap();
    let store = Store::open(&db, true).unwrap();
    let before = store.change_counter().unwrap();
    let o = roundtable(&[
        "import",
        "stakeholders",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(store.load().unwrap().stakeholders.len(), 10_000);
    assert_eq!(
        store.change_counter().unwrap(),
        before + 1,
        "one transaction"
    );
}

#[test]
fn backup_while_the_interface_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = support::pty::Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    let copy = dir.path().join("backup.redb");
    let o = roundtable(&[
        "backup",
        copy.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let o = roundtable(&["check", "--db", copy.to_str().unwrap()]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("stakeholders: 45"));
}

#[test]
fn import_and_export_from_the_stakeholders_tab() {
    use roundtable::app::{Action, App};
    use support::app::{apply, run_effects, screen, type_text};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_as(&dir.path().join("t.redb"), true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    app.export_dir = dir.path().join("exports");
    run_effects(&mut app, &store);

    apply(&mut app, [Action::Import]);
    type_text(&mut app, &fixture("stakeholders-bad.csv"));
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let s = screen(&app, 120, 40);
    assert!(s.contains("4 valid · 2 invalid · 2 already known"), "{s}");
    assert!(
        s.contains("line 6, email: 'jan@' is not an e-mail address"),
        "{s}"
    );
    apply(&mut app, [Action::WriteExport]);
    assert!(app.effects.is_empty(), "invalid rows block the import");
    assert!(app.confirm.is_some(), "until confirmed");
    apply(&mut app, [Action::Back, Action::Back]);

    apply(&mut app, [Action::Import]);
    type_text(&mut app, &fixture("stakeholders-nl-bom-crlf.csv"));
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    assert!(app.import.is_some());
    apply(&mut app, [Action::WriteExport]);
    run_effects(&mut app, &store);
    assert_eq!(store.load().unwrap().stakeholders.len(), 48);
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("Imported: 3 new")
    );

    apply(&mut app, [Action::ExportList]);
    run_effects(&mut app, &store);
    let file = dir.path().join("exports/stakeholders-2026-11-29.csv");
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains("Jan Peeters;FC De Ster"));
    assert!(
        store
            .load()
            .unwrap()
            .audit
            .iter()
            .any(|e| e.subject == "stakeholders")
    );
}

/// An import row with the name of someone already known (another organisation, so not a
/// duplicate) is shown in the preview with the other's organisation, and the import
/// asks before writing.
#[test]
fn an_import_of_a_namesake_warns_first() {
    use roundtable::app::{Action, App, Effect};
    use support::app::{apply, run_effects, screen, type_text};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_as(&dir.path().join("t.redb"), true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = App::new(support::today());
    app.tab = roundtable::app::Tab::Stakeholders;
    run_effects(&mut app, &store);
    let csv = dir.path().join("namesake.csv");
    std::fs::write(
        &csv,
        "name;organisation\nSamira El Idrissi;City of Marlevoorde\nZakaria Benali;FC De Ster\n",
    )
    .unwrap();
    apply(&mut app, [Action::Import]);
    type_text(&mut app, csv.to_str().unwrap());
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let s = screen(&app, 120, 40);
    assert!(s.contains("Youth House 't Kruispunt"), "{s}");
    apply(&mut app, [Action::WriteExport]);
    let c = app.confirm.as_ref().expect("asked first");
    assert!(c.question.contains("Samira El Idrissi"), "{}", c.question);
    assert!(app.effects.is_empty());
    apply(&mut app, [Action::Yes]);
    assert!(matches!(app.effects.as_slice(), [Effect::ApplyImport(..)]));
}

/// The refused rows' file: private, new, one row per refused line, saying why.
pub fn assert_refused_file(path: &Path, lines: &[&str]) {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
    assert_eq!(text.lines().count(), lines.len() + 1, "{text}");
    for l in lines {
        assert!(text.contains(l), "{l} in {text}");
    }
}
