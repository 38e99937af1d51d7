//! Sharing from the TUI and the command line: previews, enforced minutes, feedback
//! sheets, the audit trail, the agreement and rules.

use std::os::unix::fs::PermissionsExt;

use chrono::{DateTime, Utc};
use roundtable::app::{Action, App, Effect, Tab};
use roundtable::domain::audit::AuditKind;
use roundtable::export::{Format, minutes};

mod support;
use support::app::{apply, demo_app, render, run_effects, screen, store_app, type_text};

fn select_session(app: &mut App, id: u64) {
    apply(app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
}

#[test]
fn minutes_are_previewed_then_written_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    select_session(&mut app, 2);
    apply(&mut app, [Action::ExportMinutes]);
    type_text(&mut app, "leila");
    apply(&mut app, [Action::Accept]);
    let p = app
        .export
        .as_ref()
        .expect("a preview before anything is written");
    assert_eq!(p.included.len(), 1);
    assert_eq!(p.withheld.len(), 11);
    assert!(app.effects.is_empty(), "nothing written yet");
    let s = screen(&app, 160, 48);
    assert!(
        s.contains("Goes out: 1 item(s)") && s.contains("Withheld: 11 item(s)"),
        "{s}"
    );
    assert!(
        s.contains("recipient not invited (this label goes to: Those invited"),
        "{s}"
    );
    let shown = render(&app, 160, 48)
        .backend()
        .to_string()
        .replace(dir.path().to_str().unwrap(), "[TMP]");
    insta::assert_snapshot!("preview_160x48", shown);

    apply(&mut app, [Action::WriteExport]);
    assert!(
        matches!(app.effects.as_slice(), [Effect::Load]),
        "the data is read again before writing"
    );
    run_effects(&mut app, &store);
    let file = dir
        .path()
        .join("exports/minutes-2026-10-25-session2-for33.md");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("Leaflets also found near the church"));
    assert!(
        !text.contains("A neighbour saw him"),
        "TLP:RED never goes out"
    );
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let trail = store.load().unwrap().audit;
    let e = trail.last().unwrap();
    assert_eq!(
        (e.kind.clone(), e.recipient, e.who.as_str()),
        (AuditKind::Export, Some(33), "tester")
    );
    assert_eq!(e.included, vec!["note:9"]);
    assert_eq!(e.withheld.len(), 11);
    store.check().unwrap();
}

#[test]
fn a_cancelled_preview_is_recorded_as_a_decision_not_to_share() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    select_session(&mut app, 2);
    apply(&mut app, [Action::ExportMinutes]);
    type_text(&mut app, "samira");
    apply(&mut app, [Action::Accept, Action::Back]);
    assert!(app.export.is_none());
    run_effects(&mut app, &store);
    let e = store.load().unwrap().audit.last().cloned().unwrap();
    assert_eq!(
        (e.kind, e.recipient),
        (AuditKind::ExportCancelled, Some(12))
    );
    assert!(e.withheld.len() >= 10, "everything counts as not shared");
    assert!(!dir.path().join("exports").exists());
}

#[test]
fn feedback_sheets_hold_decisions_and_actions_only_with_consensus() {
    let data = support::full_dataset();
    let case = data.cases.iter().find(|c| c.id == 1).unwrap();
    // Only session 1 has consensus; its decision on case 1 is none, its action 5 is.
    let p = minutes::feedback_preview(&data, case, 4);
    assert!(
        p.included
            .iter()
            .all(|i| !matches!(i, roundtable::domain::disclosure::Item::Note(_)))
    );
    assert!(
        p.included_keys().contains(&"action:5".to_owned()),
        "{:?}",
        p.included_keys()
    );
    assert!(
        !p.included_keys().iter().any(|k| k == "decision:2"),
        "session 2 had no consensus"
    );
    assert!(
        p.withheld_keys()
            .iter()
            .any(|k| k.starts_with("note:1 (discussion note"))
    );

    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::Top,
            Action::ExportFeedback,
        ],
    );
    let picker = app.picker.as_ref().unwrap();
    assert_eq!(
        picker.current().map(|i| i.value),
        Some(4),
        "the referrer comes first"
    );
}

#[test]
fn opening_a_case_file_and_changing_a_note_are_on_the_trail() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::Top,
            Action::Open,
        ],
    );
    run_effects(&mut app, &store);
    let trail = store.load().unwrap().audit;
    let e = trail.last().unwrap();
    assert_eq!(
        (e.kind.clone(), e.subject.as_str()),
        (AuditKind::CaseOpened, "case:RT-2026-001")
    );

    apply(
        &mut app,
        [
            Action::Back,
            Action::ToggleCases,
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    type_text(&mut app, "a note");
    apply(&mut app, [Action::CommitNote]);
    run_effects(&mut app, &store);
    let trail = store.load().unwrap().audit;
    assert!(
        trail
            .iter()
            .any(|e| e.kind == AuditKind::NoteChanged && e.detail == "created")
    );
    store.check().unwrap();
}

#[test]
fn the_sharing_tab_edits_the_agreement_toggles_rules_and_browses_the_trail() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sharing), Action::ToggleRule]);
    let [Effect::Apply(c, _)] = app.effects.as_slice() else {
        panic!()
    };
    assert!(
        matches!(&c[0], roundtable::app::record::Change::Put(roundtable::app::record::AnyRecord::Rule(r)) if !r.active)
    );
    app.effects.clear();
    apply(&mut app, [Action::Edit]);
    let f = app.form.as_mut().unwrap();
    f.focus = f.index("field.default_tlp");
    apply(
        &mut app,
        [
            Action::Input(crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::Right,
                crossterm::event::KeyModifiers::NONE,
            )),
            Action::Submit,
        ],
    );
    let [Effect::Apply(c, _)] = app.effects.as_slice() else {
        panic!()
    };
    let roundtable::app::record::Change::Put(roundtable::app::record::AnyRecord::Agreement(a)) =
        &c[0]
    else {
        panic!()
    };
    assert_eq!(a.default_tlp, roundtable::domain::sharing::Tlp::Amber);
    app.form = None;
    apply(&mut app, [Action::ToggleAudit]);
    assert!(screen(&app, 80, 24).contains("Audit trail"));
    insta::assert_snapshot!("audit_80x24", render(&app, 80, 24).backend());
    apply(&mut app, [Action::CycleQuick]);
    assert_eq!(app.audit_filter, Some(AuditKind::Export));
}

/// The demo town's minutes for one partner, as a golden file.
#[test]
fn golden_minutes_of_the_demo_town() {
    let data = roundtable::demo::build(support::today());
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let p = minutes::preview(&data, s, 12);
    let md = minutes::render(&data, s, 12, &p, Format::Md, at, "anke");
    let golden = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/minutes-session2-for-samira.md"
    );
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, &md).unwrap();
    }
    assert_eq!(
        md,
        std::fs::read_to_string(golden).unwrap(),
        "UPDATE_GOLDEN=1 rewrites the file"
    );
    assert!(
        md.contains("Source: a partner"),
        "the protected source is not named"
    );
    assert!(!md.contains("two older men"), "TLP:RED withheld");
    assert!(md.contains("1 item(s) withheld: 1 said at the table only"));
    assert!(
        !md.contains("TLP:RED"),
        "the RED label is never written down"
    );
}

/// A preview left open while a colleague changes what it depends on (here: a note is
/// relabelled) is not written as it was computed: the
/// export is computed again when writing, and when it differs the new preview is shown
/// instead, nothing is written and nothing is recorded as sent.
#[test]
fn a_stale_preview_is_recomputed_and_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    select_session(&mut app, 2);
    apply(&mut app, [Action::ExportMinutes]);
    type_text(&mut app, "samira");
    apply(&mut app, [Action::Accept]);
    let before = app.export.clone().unwrap();
    assert_eq!(before.recipient, 12);
    assert!(
        before.included.iter().any(|i| i.contains("AMBER+STRICT")),
        "{:?}",
        before.included
    );
    let exports = |store: &roundtable::store::Store| {
        store
            .load()
            .unwrap()
            .audit
            .iter()
            .filter(|e| e.kind == AuditKind::Export)
            .count()
    };
    let sent_before = exports(&store);

    // A colleague, in another process, relabels the AMBER+STRICT note as RED.
    let mut n = store
        .load()
        .unwrap()
        .notes
        .into_iter()
        .find(|n| {
            n.anchor.session == Some(2) && n.tlp == roundtable::domain::sharing::Tlp::AmberStrict
        })
        .unwrap();
    n.tlp = roundtable::domain::sharing::Tlp::Red;
    let change = roundtable::app::record::Change::Put(roundtable::app::record::AnyRecord::Note(n));
    store
        .write(|tx| roundtable::app::record::apply(tx, &[change]).map(|_| ()))
        .unwrap();

    apply(&mut app, [Action::WriteExport]);
    run_effects(&mut app, &store);
    let after = app.export.clone().expect("the new preview is shown");
    assert_ne!(after.included, before.included);
    assert!(
        !after.included.iter().any(|i| i.contains("AMBER+STRICT")),
        "{:?}",
        after.included
    );
    assert!(
        screen(&app, 160, 48).contains("changed since"),
        "{}",
        screen(&app, 160, 48)
    );
    assert!(
        !dir.path().join("exports").exists()
            || std::fs::read_dir(dir.path().join("exports"))
                .unwrap()
                .next()
                .is_none(),
        "nothing written"
    );
    assert_eq!(exports(&store), sent_before, "nothing recorded as sent");

    // Written as now shown, when nothing changes again.
    apply(&mut app, [Action::WriteExport]);
    run_effects(&mut app, &store);
    assert!(app.export.is_none());
    let e = store.load().unwrap().audit.last().unwrap().clone();
    assert_eq!((e.kind, e.recipient), (AuditKind::Export, Some(12)));
    assert_eq!(e.included.len(), after.shared_included.len());
}
