//! Step 1 and the partners' own language on the command line (#18, #14).

use std::path::Path;
use std::process::{Command, Output};

mod support;

fn roundtable(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .env_remove("ROUNDTABLE_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap()
}

fn filled_db(dir: &Path) -> String {
    let path = dir.join("town.redb");
    let store = roundtable::store::Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    path.display().to_string()
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Minutes and feedback sheets for a partner who reads French are written in French, in an
/// English interface; those for a partner with no language set in the interface's.
#[test]
fn minutes_and_feedback_are_written_in_the_recipients_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let minutes = |who: &str| {
        ok(&roundtable(&[
            "export",
            "minutes",
            "--session",
            "2",
            "--for",
            who,
            "--db",
            &db,
        ]))
    };
    let fr = minutes("Eva Dumont");
    assert!(fr.starts_with("# Compte rendu"), "{fr}");
    let en = minutes("Leila Mansouri");
    assert!(en.starts_with("# Minutes"), "{en}");
    let feedback = |who: &str, db: &str| {
        ok(&roundtable(&[
            "export",
            "feedback",
            "--case",
            "RT-2026-001",
            "--for",
            who,
            "--db",
            db,
        ]))
    };
    // A feedback sheet goes only to those involved in the case: Eva referred it here,
    // Samira leads it.
    let mut data = support::full_dataset();
    let eva = data
        .stakeholders
        .iter()
        .find(|s| s.name == "Eva Dumont")
        .unwrap()
        .id;
    data.cases[0].referred_by = Some(eva);
    let path = dir.path().join("referred.redb");
    let store = roundtable::store::Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&data, false).unwrap();
    drop(store);
    let db = path.display().to_string();
    let fr = feedback("Eva Dumont", &db);
    let en = feedback("Samira El Idrissi", &db);
    assert!(en.contains("Feedback sheet"), "{en}");
    assert!(
        !fr.contains("Feedback sheet") && fr.contains("RT-2026-001"),
        "{fr}"
    );
}

/// `roundtable pipeline` lists the people followed in step 1 with their stage, the date
/// they reached it and who introduced them, filters on a stage, counts every stage, and
/// refuses a stage it does not know.
#[test]
fn the_pipeline_lists_filters_and_counts_step_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let all = ok(&roundtable(&["pipeline", "--db", &db]));
    let lines: Vec<&str> = all.lines().collect();
    assert_eq!(lines.len(), 6, "{all}");
    assert!(lines[0].starts_with("identified since "), "{all}");
    assert!(lines[0].contains("Geert Verbeke") && lines[0].contains("introduced by"));
    assert!(all.contains("declined since") && all.contains("Hassan Ouali"));
    assert_eq!(
        lines[5],
        "Pipeline: identified 1, approached 1, met 1, engaged 1, declined 1"
    );
    let met = ok(&roundtable(&["pipeline", "--stage", "met", "--db", &db]));
    assert!(
        met.starts_with("met since ") && met.contains("Omar Farouk"),
        "{met}"
    );
    assert_eq!(met.lines().count(), 2, "{met}");
    let bad = roundtable(&["pipeline", "--stage", "dreaming", "--db", &db]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown stage"));
}

fn select(app: &mut roundtable::app::App, name: &str) {
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.stakeholders[i].name == name)
        .unwrap();
    app.view_mut().selected = pos;
}

fn set_choice(app: &mut roundtable::app::App, field: StakeholderField, label: &str) {
    let f = app.form.as_mut().unwrap();
    let i = f.index(field).unwrap();
    let options = match &f.fields[i].kind {
        roundtable::app::model::form::FieldKind::Choice(o) => o.clone(),
        k => panic!("{k:?}"),
    };
    f.fields[i].choice = options.iter().position(|o| o == label).unwrap();
}

use roundtable::app::Action;
use roundtable::app::forms::stakeholder::StakeholderField;

/// The stakeholder form moves a person one stage on (dated today), records consent given
/// or withdrawn, and sets the language exports to them are written in; it offers only
/// the stages the pipeline allows.
#[test]
fn the_stakeholder_form_moves_the_pipeline_and_sets_consent_and_language() {
    use roundtable::app::model::record::{AnyRecord, Change};
    use roundtable::domain::pipeline::Stage;
    use roundtable::domain::stakeholder::Language;
    use support::app::{apply, demo_app, queued_changes};
    let mut app = demo_app();
    app.tab = roundtable::app::Tab::Stakeholders;
    apply(&mut app, []);
    select(&mut app, "Omar Farouk");
    apply(&mut app, [Action::Edit]);
    let f = app.form.as_ref().unwrap();
    let stage = f.field(StakeholderField::Stage).unwrap();
    let roundtable::app::model::form::FieldKind::Choice(options) = &stage.kind else {
        panic!()
    };
    assert_eq!(
        options,
        &["met", "engaged", "declined"],
        "stays, or the allowed moves"
    );
    set_choice(&mut app, StakeholderField::Stage, "engaged");
    set_choice(&mut app, StakeholderField::Language, "Français");
    let f = app.form.as_mut().unwrap();
    let i = f.index(StakeholderField::Consent).unwrap();
    f.fields[i].flag = true;
    apply(&mut app, [Action::Submit]);
    let changes = queued_changes(&app);
    let Some(Change::Put(AnyRecord::Stakeholder(s))) = changes.first() else {
        panic!("{changes:?}")
    };
    let last = s.pipeline.last().unwrap();
    assert_eq!((last.stage, last.on), (Stage::Engaged, app.today));
    assert_eq!(s.pipeline.len(), 4, "earlier moves kept");
    assert_eq!(
        s.consent.map(|c| (c.given, c.withdrawn)),
        Some((app.today, None))
    );
    assert_eq!(s.language, Some(Language::Fr));
}
