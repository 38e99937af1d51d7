//! Address books as people have them: Outlook (English, French, Dutch) and Google Contacts
//! exports, vCard 2.1, 3.0 and 4.0 files. Each fixture goes through the dry run (nothing
//! written, not even the database) and the real import.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use roundtable::domain::stakeholder::{Sector, Stakeholder};
use roundtable::store::Store;

fn roundtable(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .output()
        .unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the fixture in a fresh folder (the refused rows are written beside it).
fn copy(dir: &Path, name: &str) -> PathBuf {
    let from = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let to = dir.join(name);
    std::fs::copy(from, &to).unwrap();
    to
}

/// Dry run, then the real import with `extra` flags; the people in the database and
/// what the real import said.
fn import(name: &str, extra: &[&str]) -> (Vec<Stakeholder>, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path(), name);
    let db = dir.path().join("t.redb");
    let mut args = vec![
        "import",
        "stakeholders",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let mut dry = args.clone();
    dry.push("--dry-run");
    let o = roundtable(&dry);
    assert!(o.status.success(), "dry run of {name}: {}", err(&o));
    assert!(!db.exists(), "a dry run writes nothing");
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 1, "a dry run writes no file");
    let o = roundtable(&args);
    assert!(o.status.success(), "import of {name}: {}", err(&o));
    let people = Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap()
        .stakeholders;
    (people, err(&o), dir)
}

fn find<'a>(people: &'a [Stakeholder], name: &str) -> &'a Stakeholder {
    people.iter().find(|s| s.name == name).unwrap_or_else(|| {
        panic!(
            "{name} not in {:?}",
            people.iter().map(|s| &s.name).collect::<Vec<_>>()
        )
    })
}

#[test]
fn outlook_english_windows_1252_with_a_category_filter() {
    let (people, said, _dir) = import("outlook-en.csv", &["--only-category", "partners"]);
    assert!(said.contains("recognised as Outlook contacts"), "{said}");
    assert!(
        said.contains("1 row left out by the category filter"),
        "{said}"
    );
    assert_eq!(people.len(), 3, "Mum (Personal) stays out");
    let h = find(&people, "Hélène Dupré");
    assert_eq!(
        h.organisation,
        "Public Centre for Social Welfare, Social service"
    );
    assert_eq!(h.role, "Social worker");
    assert_eq!(
        (h.contact.phone.as_str(), h.contact.email.as_str()),
        ("02 555 10 30", "h.dupre@cpas.example.be")
    );
    assert_eq!(
        h.contact.address,
        "Rue Haute 12, Marlevoorde, 1000, Belgium"
    );
    for kept in [
        "Met at the round table.\nPrefers mornings, \"not Fridays\".",
        "Other phones: Business Phone 2: 02 555 10 31; Home Phone: 1207; Mobile Phone: 0475 12 34 56",
        "Other e-mails: helene@mail.example.com",
        "Categories: Partners, Prevention network",
    ] {
        assert!(h.notes.contains(kept), "{kept:?} in {:?}", h.notes);
    }
    assert!(
        !h.notes.contains("Normal") && !h.notes.contains("0/0/00") && !h.notes.contains("SMTP"),
        "Outlook's defaults are not notes: {:?}",
        h.notes
    );
    assert_eq!(
        find(&people, "Kevin Smets").sector,
        Sector::Sports,
        "chosen by a category"
    );
    let laura = find(&people, "Laura Claes");
    assert_eq!(laura.contact.phone, "101", "a short service number is kept");
    assert!(said.contains("warning: line 6, phone: '101'"), "{said}");
}

#[test]
fn outlook_french_refused_rows_go_to_a_file_beside_it() {
    let (people, said, dir) = import(
        "outlook-fr.csv",
        &["--skip-invalid", "--only-category", "Réseau"],
    );
    assert_eq!(people.len(), 2, "{said}");
    let z = find(&people, "Zoë Mertens");
    assert_eq!(
        (
            z.organisation.as_str(),
            z.contact.phone.as_str(),
            z.sector.clone()
        ),
        (
            "CPAS de Marlevoorde, Action sociale",
            "+32 2 555 20 40",
            Sector::SocialWelfare
        )
    );
    assert!(
        z.notes.starts_with("Contact via l'imam\nRéunion le mardi"),
        "{:?}",
        z.notes
    );
    assert_eq!(find(&people, "François Lefèvre").sector, Sector::YouthWork);
    let refused = dir.path().join("outlook-fr-refused.csv");
    assert!(said.contains("2 refused rows written to"), "{said}");
    let text = std::fs::read_to_string(&refused).unwrap();
    assert!(
        text.contains("Paul Martin") && text.contains("'31/02/1975' is not a date that exists"),
        "{text}"
    );
    assert!(text.contains("julie@@example"), "{text}");
    assert!(
        !text.contains("Tante Rose"),
        "left out by the filter, not refused"
    );

    // Fixed where it says, the file imports as it is.
    let fixed = text
        .replace("31/02/1975", "28/02/1975")
        .replace("julie@@example", "julie@example.be");
    let again = dir.path().join("fixed.csv");
    std::fs::write(&again, fixed).unwrap();
    let db = dir.path().join("t.redb");
    let o = roundtable(&[
        "import",
        "stakeholders",
        again.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let people = Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap()
        .stakeholders;
    assert_eq!(people.len(), 4);
    let paul = find(&people, "Paul Martin");
    assert_eq!(paul.organisation, "Mosquée Al Amal");
    assert!(
        paul.notes.contains("Categories: Réseau") && !paul.notes.contains("refused"),
        "{:?}",
        paul.notes
    );
}

#[test]
fn outlook_dutch_utf8_bom_and_an_excel_protected_cell() {
    let (people, _, _dir) = import("outlook-nl.csv", &[]);
    assert_eq!(people.len(), 3);
    let f = find(&people, "Fatma Yıldız");
    assert_eq!(
        f.contact.phone, "+32 3 555 40 50",
        "the ' Excel kept is gone"
    );
    assert_eq!(f.sector, Sector::Religious, "'Religieuze organisatie'");
    assert!(
        f.notes
            .contains("Other phones: Mobiele telefoon: 0477 55 66 77"),
        "{:?}",
        f.notes
    );
    let j = find(&people, "Jan de Wilde");
    assert_eq!(
        (
            j.organisation.as_str(),
            j.contact.phone.as_str(),
            j.contact.address.as_str()
        ),
        (
            "OCMW Marlevoorde, Sociale dienst",
            "03 555 60 70",
            "Markt 1, Marlevoorde, 2800"
        )
    );
    assert!(
        !j.notes.contains("Onwaar") && !j.notes.contains("0-0-00"),
        "{:?}",
        j.notes
    );
}

#[test]
fn google_contacts_labels_and_values() {
    let (people, said, _dir) = import("google-contacts.csv", &["--skip-invalid"]);
    assert!(said.contains("recognised as Google Contacts"), "{said}");
    assert!(
        said.contains("line 6, Birthday: '1990-02-30'"),
        "line numbers count the multi-line cells: {said}"
    );
    assert_eq!(people.len(), 2, "Jonas refused, the dentist in");
    let s = find(&people, "Samira El Idrissi");
    assert_eq!(
        (
            s.organisation.as_str(),
            s.role.as_str(),
            s.contact.phone.as_str()
        ),
        (
            "CLB Marlevoorde",
            "Psycho-pedagogical consultant",
            "015 55 70 80"
        )
    );
    assert_eq!(s.contact.email, "samira@clb.example.be");
    assert_eq!(
        s.contact.address, "Schoolstraat 5, 2800 Marlevoorde, Belgium",
        "Google's formatted address on one line"
    );
    assert_eq!(
        s.sector,
        Sector::Other(String::new()),
        "'Partners' names no sector"
    );
    assert!(
        s.notes
            .contains("Other phones: Mobile: 0478 12 12 12; Mobile: 0478 34 34 34"),
        "{:?}",
        s.notes
    );
    assert!(s.notes.contains("Categories: Partners") && !s.notes.contains("myContacts"));
    assert!(
        !s.notes.contains("googleusercontent"),
        "photo links are not notes"
    );
}

#[test]
fn vcard_2_1_quoted_printable_and_charsets() {
    let (people, said, dir) = import("contacts-21.vcf", &["--skip-invalid"]);
    assert!(said.contains("recognised as vCard"), "{said}");
    assert_eq!(people.len(), 1);
    let h = find(&people, "Hélène Dupré");
    assert_eq!(
        (
            h.organisation.as_str(),
            h.role.as_str(),
            h.contact.phone.as_str()
        ),
        ("Mosquée Al Amal, Accueil", "Secrétaire", "015 55 10 30")
    );
    assert_eq!(h.contact.email, "h.dupre@mosquee.example.be");
    assert_eq!(h.sector, Sector::Religious);
    assert!(
        h.notes
            .starts_with("Contact via l'imam.\nRéunion le mardi, près de la gare."),
        "{:?}",
        h.notes
    );
    assert!(
        h.notes
            .contains("Other phones: cell: 0475 12 34 56; home: 112"),
        "{:?}",
        h.notes
    );
    assert!(h.notes.len() < 400, "no photo: {}", h.notes.len());
    let text = std::fs::read_to_string(dir.path().join("contacts-21-refused.csv")).unwrap();
    assert!(
        text.contains("a name is required") && text.contains("'zoe@'"),
        "{text}"
    );
}

#[test]
fn vcard_3_0_folded_escaped_with_a_big_photo() {
    let (people, said, _dir) = import(
        "contacts-30.vcf",
        &["--skip-invalid", "--only-category", "Netwerk"],
    );
    assert_eq!(people.len(), 1, "{said}");
    let j = find(&people, "Jan Peeters");
    assert_eq!(
        (
            j.organisation.as_str(),
            j.role.as_str(),
            j.contact.email.as_str()
        ),
        (
            "FC De Ster, Jeugdwerking",
            "Trainer U15",
            "jan@ster.example.be"
        )
    );
    assert_eq!(j.contact.phone, "0486 12 34 56", "the preferred one");
    assert_eq!(j.contact.address, "Sportlaan 3, Marlevoorde, 2800, België");
    assert_eq!(j.sector, Sector::Sports);
    assert!(
        j.notes.starts_with(
            "Kent de ouders, vooral in de Molenwijk.\nTraining op woensdag; match op zaterdag."
        ),
        "{:?}",
        j.notes
    );
    assert!(
        j.notes
            .contains("Other e-mails: home: jan.peeters@mail.example.com")
    );
    assert!(
        said.contains("1979-02-29"),
        "Fatma's impossible birthday: {said}"
    );
    let refused = std::fs::read_to_string(_dir.path().join("contacts-30-refused.csv")).unwrap();
    assert!(
        refused.contains(";'+32 3 555 40 50;"),
        "her number as a value kept as text, one apostrophe: {refused}"
    );
}

#[test]
fn vcard_4_0_uris_and_types() {
    let (people, _, _dir) = import("contacts-40.vcf", &[]);
    let a = find(&people, "Ahmed Benali");
    assert_eq!(
        (
            a.organisation.as_str(),
            a.contact.phone.as_str(),
            a.sector.clone()
        ),
        (
            "Stad Marlevoorde, Preventiedienst",
            "+32-15-55-90-00",
            Sector::LocalAuthority
        )
    );
    assert!(
        a.notes.contains("Other phones: cell: +32-470-12-34-56"),
        "{:?}",
        a.notes
    );
    assert!(a.notes.contains("Birthday: 19850412") && !a.notes.contains("urn:uuid"));
}

mod support;

#[test]
fn the_interface_filters_by_category_and_imports_the_rest_after_one_confirmation() {
    use roundtable::app::Action;
    use support::app::{apply, run_effects, screen, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    run_effects(&mut app, &store);
    let before = store.load().unwrap().stakeholders.len();
    let file = copy(dir.path(), "outlook-fr.csv");

    apply(&mut app, [Action::Import]);
    type_text(&mut app, file.to_str().unwrap());
    apply(
        &mut app,
        [Action::NextField, Action::NextField, Action::NextField],
    );
    type_text(&mut app, "reseau");
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let s = screen(&app, 120, 50);
    for seen in [
        "Outlook contacts",
        "2 valid · 2 invalid",
        "Comes in (2)",
        "line 2: Zoë Mertens",
        "Stays out: not in the chosen categories (1)",
        "line 7: Tante Rose (Famille)",
        "'31/02/1975' is not a date that exists",
        "'02 555 30 50 ext. 12' does not look like a phone number",
    ] {
        assert!(s.contains(seen), "{seen:?} in\n{s}");
    }
    apply(&mut app, [Action::WriteExport]);
    assert!(app.effects.is_empty(), "not before the confirmation");
    let s = screen(&app, 120, 50);
    assert!(s.contains("Import the 2 valid rows"), "{s}");
    apply(&mut app, [Action::Yes]);
    run_effects(&mut app, &store);
    let people = store.load().unwrap().stakeholders;
    assert_eq!(people.len(), before + 2);
    let status = &app.status.as_ref().unwrap().text;
    assert!(
        status.contains("Imported: 2 new") && status.contains("2 refused rows written to"),
        "{status}"
    );
    let refused = std::fs::read_to_string(dir.path().join("outlook-fr-refused.csv")).unwrap();
    assert_eq!(refused.lines().count(), 3, "{refused}");
}

#[test]
fn a_category_named_like_a_mini_network_joins_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let store = Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    drop(store);
    let file = dir.path().join("phone.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Amrani\r\nCATEGORIES:molenwijk NEIGHBOURHOOD network,Buurtwerk\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ahmed Tahiri\r\nORG:Tahiri grocery\\, Kerkstraat\r\nCATEGORIES:Molenwijk neighbourhood network\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let o = roundtable(&[
        "import",
        "stakeholders",
        file.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        err(&o).contains(
            "mini-network 'Molenwijk neighbourhood network': 1 new member, by their category"
        ),
        "{}",
        err(&o)
    );
    let data = Store::open(&db, false).unwrap().load().unwrap();
    let nadia = find(&data.stakeholders, "Nadia Amrani");
    assert_eq!(
        nadia.sector,
        Sector::Community,
        "'Buurtwerk' chose the sector"
    );
    let net = data
        .networks
        .iter()
        .find(|n| n.name == "Molenwijk neighbourhood network")
        .unwrap();
    assert!(net.members.iter().any(|m| m.stakeholder == nadia.id));
    let ahmed = find(&data.stakeholders, "Ahmed Tahiri");
    let was = support::full_dataset()
        .networks
        .iter()
        .find(|n| n.name == net.name)
        .unwrap()
        .members
        .iter()
        .filter(|m| m.stakeholder == ahmed.id)
        .count();
    assert_eq!(
        net.members
            .iter()
            .filter(|m| m.stakeholder == ahmed.id)
            .count(),
        was,
        "a person already known is not added by an import that skips them"
    );
}

#[test]
fn at_a_terminal_one_question_imports_the_valid_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path(), "contacts-21.vcf");
    let db = dir.path().join("t.redb");
    let mut pty = support::pty::Pty::spawn(
        &[
            "import",
            "stakeholders",
            file.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ],
        dir.path(),
        200,
        40,
    );
    pty.wait_for("[y/N]", 10);
    pty.send("y\r");
    let (code, _) = pty.wait_exit(support::pty::EXITS_WITHIN).expect("ends");
    assert_eq!(code, 0, "{}", pty.screen());
    pty.wait_for("refused rows written to", 5);
    let people = Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap()
        .stakeholders;
    assert_eq!(people.len(), 1);
    assert!(dir.path().join("contacts-21-refused.csv").exists());
}

#[test]
fn the_preview_shows_the_sector_each_unusual_value_gets() {
    use roundtable::app::Action;
    use support::app::{apply, run_effects, screen, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    run_effects(&mut app, &store);
    let file = dir.path().join("partners.csv");
    std::fs::write(
        &file,
        "Nom;Secteur\nA;CPAS de Molenbeek\nB;Brandweer\nC;Police\n",
    )
    .unwrap();
    apply(&mut app, [Action::Import]);
    type_text(&mut app, file.to_str().unwrap());
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let s = screen(&app, 120, 40);
    assert!(s.contains("CPAS de Molenbeek → Social welfare"), "{s}");
    assert!(s.contains("Brandweer → other (kept as written)"), "{s}");
    assert!(
        !s.contains("Police →"),
        "a sector named word for word is not listed: {s}"
    );
}

#[test]
fn when_the_refused_rows_cannot_be_written_nothing_is_imported() {
    use std::os::unix::fs::{PermissionsExt, chown};
    use std::os::unix::process::CommandExt;
    if !support::running_as_root(
        "needs root to run the import as a user who cannot write beside the file",
    ) {
        return;
    }
    if !support::user_can_run_the_binary(65534, 65534) {
        return;
    }
    // The file in a folder the importing user (65534) may read but not write.
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let file = copy(dir.path(), "contacts-21.vcf");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let own = dir.path().join("own");
    std::fs::create_dir(&own).unwrap();
    chown(&own, Some(65534), Some(65534)).unwrap();
    let db = own.join("t.redb");
    let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args([
            "import",
            "stakeholders",
            file.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--skip-invalid",
        ])
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", &own)
        .uid(65534)
        .gid(65534)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("contacts-21-refused.csv"), "{}", err(&o));
    assert!(!dir.path().join("contacts-21-refused.csv").exists());
    let people = Store::open(&db, false)
        .map(|s| s.load().unwrap().stakeholders)
        .unwrap_or_default();
    assert!(people.is_empty(), "nothing imported: {people:?}");
}
