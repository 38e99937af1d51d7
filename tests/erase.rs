//! Retention, erasure and the data subject's rights, end to end: the schema 8 step, the
//! `retention`, `erase` and `export person` commands on temporary databases, erasure
//! against a backup taken before it, and that after an erasure no export and no dump holds
//! the erased text or name.

mod support;
use support::cli::roundtable;

use roundtable::domain::sharing::Retention;
use roundtable::store::{SCHEMA_VERSION, Store};

/// Schema 7 kept closed cases `retention_days` (1825 in the fixture): schema 8 holds the
/// periods in months and days, rounded up, and no stakeholder is a tombstone.
#[test]
fn schema_7_agreements_get_retention_periods_and_people_no_tombstone() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema7-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    assert_eq!(
        data.agreements[0].retention,
        Retention {
            closed_case_months: 60,
            export_days: 30,
            backup_days: 30
        }
    );
    assert!(!data.stakeholders.is_empty());
    assert!(data.stakeholders.iter().all(|s| !s.erased));
    store.check().unwrap();
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(
        data.agreements, old.agreements,
        "a schema 7 dump reads the same"
    );
    assert_eq!(data.stakeholders, old.stakeholders);
}

use std::path::Path;
use std::process::Output;

use roundtable::domain::dataset::Dataset;
use roundtable::export::{Format, minutes, person};

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The test data set, with every closed case already past its retention period.
fn town() -> Dataset {
    let mut d = support::full_dataset();
    d.agreements[0].retention.closed_case_months = 0;
    d
}

fn db_of(dir: &Path, d: &Dataset) -> String {
    let path = dir.join("town.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(d, false).unwrap();
    path.display().to_string()
}

fn dump(db: &str) -> String {
    let o = roundtable(&["dump", "--db", db]);
    assert!(o.status.success(), "{}", out(&o));
    String::from_utf8(o.stdout).unwrap()
}

/// Every text anchored to case `id` and its summary: what its erasure must remove.
fn case_texts(d: &Dataset, id: u64) -> Vec<String> {
    let here = |a: &roundtable::domain::note::Anchor| a.case == Some(id);
    let mut t: Vec<String> = d
        .notes
        .iter()
        .filter(|n| here(&n.anchor))
        .map(|n| n.text.clone())
        .collect();
    t.extend(
        d.decisions
            .iter()
            .filter(|x| here(&x.anchor))
            .map(|x| x.text.clone()),
    );
    t.extend(
        d.actions
            .iter()
            .filter(|a| here(&a.anchor))
            .map(|a| a.text.clone()),
    );
    let c = d.cases.iter().find(|c| c.id == id).unwrap();
    t.push(c.summary.clone());
    t.retain(|s| s.len() >= 8);
    // As a dump writes them (JSON strings), so that a text with quotes is found too.
    t.iter()
        .map(|s| {
            serde_json::to_string(s)
                .unwrap()
                .trim_matches('"')
                .to_owned()
        })
        .collect()
}

#[test]
fn erasing_a_case_end_to_end_and_against_a_backup_taken_before() {
    let dir = tempfile::tempdir().unwrap();
    let d = town();
    let db = db_of(dir.path(), &d);
    let case = d
        .cases
        .iter()
        .find(|c| c.reference.to_string() == "RT-2025-004")
        .unwrap();
    let texts = case_texts(&d, case.id);
    assert!(texts.len() >= 2, "the case holds notes: {texts:?}");

    let o = roundtable(&["retention", "--due", "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let listed = out(&o);
    assert!(
        listed.contains("RT-2025-004") && listed.contains("RT-2026-006"),
        "{listed}"
    );
    assert!(
        !listed.contains("RT-2026-001"),
        "open cases are never due:\n{listed}"
    );

    let backup = dir.path().join("before.redb");
    let o = roundtable(&["backup", "--db", &db, backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", out(&o));

    let before = dump(&db);
    let o = roundtable(&["erase", "case", "RT-2025-004", "--db", &db]);
    assert_eq!(o.status.code(), Some(1), "without --yes: {}", out(&o));
    assert!(out(&o).contains("1 notes"), "{}", out(&o));
    let unchanged = dump(&db);
    for t in &texts {
        assert!(unchanged.contains(t.as_str()), "a dry run erased {t}");
    }
    assert!(
        before.len() < unchanged.len(),
        "only the two dumps were recorded"
    );

    let o = roundtable(&["erase", "case", "RT-2025-004", "--yes", "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let after = dump(&db);
    for t in &texts {
        assert!(!after.contains(t.as_str()), "the dump still holds {t}");
    }
    let data = roundtable::cli::parse_dump(&after).unwrap();
    let entry = data
        .audit
        .iter()
        .rev()
        .find(|e| e.kind.key() == "case_erased")
        .unwrap();
    assert_eq!(entry.subject, "case:RT-2025-004");
    assert_eq!(entry.who, roundtable::store::unix_user());
    for t in &texts {
        assert!(!entry.detail.contains(t.as_str()));
    }
    let o = roundtable(&["check", "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let o = roundtable(&["retention", "--due", "--db", &db]);
    assert!(!out(&o).contains("RT-2025-004"), "erased: no longer due");

    // The stance (docs/security.md): a backup taken before the erasure still holds the
    // case until it expires; restored, it lists the case as due again.
    let old = Store::open(&backup, false).unwrap().load().unwrap();
    assert_eq!(case_texts(&old, case.id), texts);
    let o = roundtable(&["retention", "--due", "--db", backup.to_str().unwrap()]);
    assert!(out(&o).contains("RT-2025-004"), "{}", out(&o));
}

/// Every export of the data set: minutes of every session and feedback sheets of every
/// case for each of `people`, in both formats, the stakeholder list in both formats, and
/// their own exports; then the dump.
fn every_output(d: &Dataset, people: &[u64]) -> Vec<String> {
    let at = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
    let mut all = Vec::new();
    for &who in people {
        for fmt in [Format::Md, Format::Txt] {
            for s in &d.sessions {
                let p = minutes::preview(d, s, who);
                all.push(minutes::render(d, s, who, &p, fmt, at, "tester"));
            }
            for c in &d.cases {
                let p = minutes::feedback_preview(d, c, who);
                all.push(minutes::render_feedback(d, c, who, &p, fmt, at, "tester"));
            }
            all.push(person::render(d, who, fmt, at, "tester").unwrap().text);
        }
    }
    for &who in people {
        for s in &d.sessions {
            if let Ok(p) = roundtable::export::agenda::preview(d, s, who) {
                let text =
                    roundtable::export::agenda::render(d, s, who, &p, Format::Md, at, "tester");
                all.push(text);
            }
        }
    }
    use roundtable::export::handout;
    for n in &d.networks {
        all.push(handout::directory_of(d, n, at, "tester").text);
        all.push(handout::lessons_of(d, n, at, "tester").text);
    }
    all.push(handout::agreement(d, at, "tester").text);
    let today = support::today();
    all.extend(roundtable::export::report::render(
        d, 2026, today, at, "tester",
    ));
    let csv = roundtable::export::stakeholders::csv(d, b';', false).unwrap();
    all.push(String::from_utf8(csv).unwrap());
    all.push(roundtable::export::stakeholders::json(d));
    all.push(roundtable::cli::dump_json(d).unwrap());
    all
}

fn nowhere(outputs: &[String], what: &str, why: &str) {
    for o in outputs {
        assert!(!o.contains(what), "{why}: '{what}' is still in\n{o}");
    }
}

/// Exhaustive over the test town: erase each case in turn, and each person in turn (a
/// third of them unless ROUNDTABLE_LONG=1); no export and no dump holds the erased texts,
/// nor the person's name, e-mail or phone.
#[test]
fn after_erasure_no_export_and_no_dump_holds_what_was_erased() {
    let town = town();
    let everyone: Vec<u64> = town.stakeholders.iter().map(|s| s.id).collect();
    for c in &town.cases {
        let mut d = town.clone();
        let texts = case_texts(&d, c.id);
        roundtable::domain::erasure::erase_case(&mut d, c.id).unwrap();
        d.validate().unwrap();
        // Those involved in the case (who would receive its items) and a third of the rest.
        let mut some: Vec<u64> = everyone.iter().copied().filter(|p| p % 3 == 0).collect();
        some.extend(c.lead.iter().chain(c.referred_by.iter()));
        some.extend(d.sessions.iter().flat_map(|s| s.present()));
        some.sort_unstable();
        some.dedup();
        let outputs = every_output(&d, &some);
        for t in &texts {
            nowhere(&outputs, t, &format!("case {} erased", c.reference));
        }
    }
    // A third of the people by default, everyone with ROUNDTABLE_LONG=1.
    let long = std::env::var_os("ROUNDTABLE_LONG").is_some();
    for s in town.stakeholders.iter().filter(|s| long || s.id % 3 == 1) {
        let mut d = town.clone();
        // Their full name in a note of a case and in another person's notes.
        let name = s.name.clone();
        d.notes[0].text.push_str(&format!(" (met {name} again)"));
        // And in what a note said before a correction.
        let n = &mut d.notes[1];
        n.revisions.push(roundtable::domain::note::NoteRevision {
            replaced_at: n.at,
            replaced_by: "tester".into(),
            text: format!("{name} said so"),
            source: n.source,
            tlp: n.tlp,
            pap: n.pap,
            protected_source: n.protected_source,
        });
        d.stakeholders[0].notes.push_str(&format!("\nAsk {name}."));
        let gone =
            roundtable::domain::erasure::erase_person(&mut d, s.id, "a former partner").unwrap();
        assert!(!gone.rewritten.is_empty());
        d.validate().unwrap();
        // Every recipient receives the same name, so a third of them (and the person
        // erased) keep the run short.
        let mut some: Vec<u64> = everyone.iter().copied().filter(|p| p % 3 == 0).collect();
        some.push(s.id);
        let outputs = every_output(&d, &some);
        let why = format!("person {} erased", s.id);
        nowhere(&outputs, &name, &why);
        for detail in [&s.contact.email, &s.contact.phone, &s.contact.address] {
            if !detail.is_empty() {
                nowhere(&outputs, detail, &why);
            }
        }
    }
}

fn with_namesakes() -> Dataset {
    use roundtable::domain::stakeholder::Stakeholder;
    let mut d = town();
    let next = d.stakeholders.iter().map(|s| s.id).max().unwrap() + 1;
    for (i, org) in ["School A", "School B"].iter().enumerate() {
        let mut s = Stakeholder::blank();
        s.id = next + i as u64;
        s.meta = d.stakeholders[0].meta.clone();
        s.name = "Jan Peeters".into();
        s.organisation = (*org).into();
        d.stakeholders.push(s);
    }
    d
}

#[test]
fn erasing_a_person_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = with_namesakes();
    let who = d.cases[0].lead.unwrap();
    let s = d.stakeholders.iter().find(|s| s.id == who).unwrap().clone();
    d.notes[0].text.push_str(&format!(" {} will call.", s.name));
    let db = db_of(dir.path(), &d);
    let first = s.name.split_whitespace().next().unwrap();

    let o = roundtable(&["erase", "person", "Jan Peeters", "--yes", "--db", &db]);
    assert_eq!(o.status.code(), Some(2), "namesakes: {}", out(&o));
    assert!(
        out(&o).contains("School A") && out(&o).contains("School B"),
        "{}",
        out(&o)
    );
    let o = roundtable(&["erase", "person", first, "--yes", "--db", &db]);
    assert_ne!(
        o.status.code(),
        Some(0),
        "part of a name is not enough: {}",
        out(&o)
    );
    assert!(dump(&db).contains(&s.name));

    let o = roundtable(&["erase", "person", &s.name, "--yes", "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let after = dump(&db);
    for gone in [&s.name, &s.contact.email, &s.contact.phone] {
        assert!(
            !after.contains(gone.as_str()),
            "{gone} is still in the dump"
        );
    }
    let data = roundtable::cli::parse_dump(&after).unwrap();
    let t = data.stakeholders.iter().find(|x| x.id == who).unwrap();
    assert!(t.erased && t.name == "a former partner");
    assert_eq!(data.cases[0].lead, Some(who), "references stay");
    let entry = data
        .audit
        .iter()
        .rev()
        .find(|e| e.kind.key() == "person_erased")
        .unwrap();
    assert_eq!(entry.subject, format!("person:{who}"));
    let o = roundtable(&["check", "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let o = roundtable(&["erase", "person", &who.to_string(), "--yes", "--db", &db]);
    assert_ne!(o.status.code(), Some(0), "erased once: {}", out(&o));
}

#[test]
fn a_person_export_holds_what_is_held_about_them_and_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let d = with_namesakes();
    let db = db_of(dir.path(), &d);
    let o = roundtable(&["export", "person", "Jan Peeters", "--db", &db]);
    assert_eq!(o.status.code(), Some(2), "namesakes: {}", out(&o));

    let who = d.cases[0].lead.unwrap();
    let s = d.stakeholders.iter().find(|s| s.id == who).unwrap();
    let file = dir.path().join("person.md");
    let o = roundtable(&[
        "export",
        "person",
        &s.name,
        "--out",
        file.to_str().unwrap(),
        "--db",
        &db,
    ]);
    assert!(o.status.success(), "{}", out(&o));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    for held in [&s.name, &s.contact.email, &s.contact.phone] {
        assert!(text.contains(held.as_str()), "{held} missing:\n{text}");
    }
    assert!(text.contains(&d.cases[0].reference.to_string()), "{text}");
    let contact = d.contacts.iter().find(|c| c.stakeholder == who);
    if let Some(c) = contact {
        assert!(text.contains(&c.summary), "{text}");
    }
    let data = Store::open(Path::new(&db), false).unwrap().load().unwrap();
    let entry = data.audit.last().unwrap();
    assert_eq!(entry.kind.key(), "person_exported");
    assert_eq!(entry.recipient, Some(who));
    assert!(!entry.detail.contains(&s.name) && !entry.subject.contains(&s.name));
}

#[test]
fn old_exports_are_listed_and_removed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_of(dir.path(), &town());
    let out_dir = dir.path().join("exports");
    std::fs::create_dir(&out_dir).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60 * 86400);
    let write = |name: &str, aged: bool| {
        let p = out_dir.join(name);
        std::fs::write(&p, "x").unwrap();
        if aged {
            std::fs::File::options()
                .write(true)
                .open(&p)
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        p
    };
    let due = write("minutes-2026-09-01-session3-for12.md", true);
    let fresh = write("feedback-RT-2026-001-for4-2026-11-28.md", false);
    let other = write("notes.md", true);
    let link = out_dir.join("person-9-2026-09-01.md");
    std::os::unix::fs::symlink(&due, &link).unwrap();
    let dir_arg = out_dir.to_str().unwrap();
    let o = roundtable(&["retention", "--exports", "--dir", dir_arg, "--db", &db]);
    assert!(o.status.success(), "{}", out(&o));
    let listed = out(&o);
    assert!(listed.contains("minutes-2026-09-01"), "{listed}");
    for not in ["feedback-", "notes.md", "person-9"] {
        assert!(!listed.contains(not), "{not} listed:\n{listed}");
    }
    assert!(due.exists(), "listing removes nothing");
    let o = roundtable(&[
        "retention",
        "--exports",
        "--remove",
        "--dir",
        dir_arg,
        "--db",
        &db,
    ]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(!due.exists());
    assert!(fresh.exists() && other.exists() && link.symlink_metadata().is_ok());
    let data = Store::open(Path::new(&db), false).unwrap().load().unwrap();
    let entry = data.audit.last().unwrap();
    assert_eq!(entry.kind.key(), "exports_removed");
    assert!(!entry.detail.contains("minutes") && !entry.detail.contains('/'));
}

/// The cases view shows which closed cases are due for erasure, and the case's detail
/// says since when and how to erase it.
#[test]
fn the_cases_view_lists_what_is_due_for_erasure() {
    use roundtable::app::{Action, Tab};
    use support::app::{apply, demo_app, screen};
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    let s = screen(&app, 160, 48);
    assert!(
        !s.contains("due for erasure") && !s.contains("due: erase"),
        "{s}"
    );
    for a in &mut std::sync::Arc::make_mut(&mut app.data).agreements {
        a.retention.closed_case_months = 0;
    }
    let s = screen(&app, 160, 48);
    assert!(s.contains("Cases · 2 due for erasure"), "{s}");
    let due_rows: Vec<&str> = s.lines().filter(|l| l.contains("due: erase")).collect();
    assert_eq!(due_rows.len(), 2, "{s}");
    assert!(due_rows.iter().any(|l| l.contains("RT-2025-004")), "{s}");
    assert!(due_rows.iter().any(|l| l.contains("RT-2026-006")), "{s}");
    let case = app
        .data
        .cases
        .iter()
        .find(|c| c.reference.to_string() == "RT-2025-004");
    let id = case.unwrap().id;
    roundtable::domain::erasure::erase_case(std::sync::Arc::make_mut(&mut app.data), id).unwrap();
    let s = screen(&app, 160, 48);
    assert!(s.contains("Cases · 1 due for erasure"), "{s}");
    let row = s.lines().find(|l| l.contains("RT-2025-004")).unwrap();
    assert!(row.contains("erased"), "{row}");
}

/// The agreement form edits all three retention periods.
#[test]
fn the_agreement_form_edits_the_three_retention_periods() {
    use roundtable::app::forms::agreement::AgreementField as FieldName;
    use roundtable::app::model::record::{AnyRecord, Change};
    use roundtable::app::{Action, Effect, Tab};
    use support::app::{apply, demo_app, type_text};
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sharing), Action::Edit]);
    for (field, typed) in [
        (FieldName::RetentionMonths, "600"),
        (FieldName::ExportDays, "304"),
        (FieldName::BackupDays, "305"),
    ] {
        let f = app.form.as_mut().unwrap();
        // As a Tab onto the field: the first key typed replaces its value.
        f.focus = f.index(field).unwrap();
        f.fresh = true;
        type_text(&mut app, typed);
    }
    apply(&mut app, [Action::Submit]);
    let [Effect::Apply(c, _)] = app.effects.as_slice() else {
        panic!("{:?}", app.form.as_ref().map(|f| f.has_errors()))
    };
    let Change::Put(AnyRecord::Agreement(a)) = &c[0] else {
        panic!()
    };
    let want = Retention {
        closed_case_months: 600,
        export_days: 304,
        backup_days: 305,
    };
    assert_eq!(a.retention, want);
}
