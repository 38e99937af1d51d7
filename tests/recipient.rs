//! The right recipient, every time, on the command line: a name that fits more than one
//! person is refused, and an import says when a row has a name already known.

use std::path::Path;
use std::process::Output;

use roundtable::domain::dataset::Dataset;

mod support;
use support::cli::roundtable;

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The test data with a second Samira El Idrissi, in another organisation whose name
/// carries an escape sequence; returns the database and both ids.
fn two_samiras(dir: &Path) -> (String, u64, u64) {
    let mut data: Dataset = support::full_dataset();
    let first = data
        .stakeholders
        .iter()
        .find(|s| s.name == "Samira El Idrissi")
        .unwrap()
        .clone();
    let mut twin = first.clone();
    twin.id = data.stakeholders.iter().map(|s| s.id).max().unwrap() + 1;
    twin.organisation = "CAW \u{1b}]0;pwned\u{7}Noord".into();
    twin.contact.email = String::new();
    data.stakeholders.push(twin.clone());
    let path = dir.join("town.redb");
    let store = roundtable::store::Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&data, false).unwrap();
    (path.display().to_string(), first.id, twin.id)
}

#[test]
fn a_name_that_fits_two_people_is_refused_with_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let (db, first, twin) = two_samiras(dir.path());
    let runs: [&[&str]; 2] = [
        &["export", "minutes", "--session", "2"],
        &["export", "feedback", "--case", "RT-2026-001"],
    ];
    for cmd in runs {
        for name in ["Samira El Idrissi", "samira el idrissi", "Samira"] {
            let mut args = cmd.to_vec();
            args.extend(["--for", name, "--db", &db]);
            let o = roundtable(&args);
            assert_eq!(o.status.code(), Some(2), "{args:?} picked one");
            assert!(o.stdout.is_empty(), "nothing written for {args:?}");
            let e = err(&o);
            assert_eq!(e.lines().count(), 1, "{e}");
            assert!(
                e.contains(&format!("#{first}")) && e.contains(&format!("#{twin}")),
                "{e}"
            );
            assert!(
                e.contains("Youth House 't Kruispunt") && e.contains("CAW"),
                "{e}"
            );
            assert!(!e.contains('\u{1b}') && !e.contains('\u{7}'), "{e:?}");
        }
        // By id, each of them. The twin is involved in no case: the feedback sheet of
        // case 1 is refused for that, by name and without the candidates.
        for id in [first, twin] {
            let mut args = cmd.to_vec();
            let id_text = id.to_string();
            args.extend(["--for", &id_text, "--db", &db]);
            let o = roundtable(&args);
            if id == first || cmd[1] == "minutes" {
                assert!(o.status.success(), "{args:?}: {}", err(&o));
            } else {
                let e = err(&o);
                assert_eq!(o.status.code(), Some(2), "{args:?}: {e}");
                assert!(e.starts_with("roundtable: No ") && !e.contains('#'), "{e}");
            }
        }
    }
    let o = roundtable(&["export", "minutes", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("id (a number"), "{help}");
}

#[test]
fn an_import_warns_about_names_already_known_but_imports_them() {
    let dir = tempfile::tempdir().unwrap();
    let (db, first, _) = two_samiras(dir.path());
    let file = dir.path().join("people.csv");
    std::fs::write(
        &file,
        "name;organisation\r\nSamira El Idrissi;Sports club\r\nJan Smet;A\r\nJan Smet;B\r\nNew Person;C\r\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let o = roundtable(&["import", "stakeholders", file, "--db", &db, "--dry-run"]);
    assert!(o.status.success(), "{}", err(&o));
    let e = err(&o);
    let warnings: Vec<&str> = e.lines().filter(|l| l.contains("same name")).collect();
    assert_eq!(warnings.len(), 2, "{e}");
    assert!(
        warnings[0].contains("line 2") && warnings[0].contains(&format!("#{first}")),
        "{e}"
    );
    assert!(
        warnings[1].contains("line 4") && warnings[1].contains("line 3"),
        "{e}"
    );
    let o = roundtable(&["import", "stakeholders", file, "--db", &db]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("imported: 4 new"), "{}", err(&o));
}
