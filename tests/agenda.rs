//! `roundtable export agenda`: the invitation and agenda of a planned session, per
//! recipient, through the disclosure function, on the audit trail by ids only.

use std::process::Command;

mod support;

fn run(db: &std::path::Path, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_agenda_names_a_case_by_reference_only_and_only_to_partners_involved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    drop(store);
    // Session 3 is planned: cases 1, 3 and 2. Samira (12) leads case 1.
    let samira = run(&db, &["export", "agenda", "--session", "3", "--for", "12"]);
    assert!(samira.contains("When: 2026-12-06 14:00"), "{samira}");
    assert!(samira.contains("Where: Town hall, room 2"), "{samira}");
    assert!(samira.contains("Chair: Anke Verhulst"), "{samira}");
    assert!(
        samira.contains("[TLP:AMBER+STRICT] Case RT-2026-001"),
        "{samira}"
    );
    assert!(
        !samira.contains("RT-2026-003"),
        "not involved in case 3:\n{samira}"
    );
    // Nothing about a case beyond its reference: no summary, no name of the person.
    let data = roundtable::demo::build(support::today());
    for c in &data.cases {
        assert!(!samira.contains(&c.summary[..20.min(c.summary.len())]) || c.summary.is_empty());
    }
    // What is kept from her is counted, as the minutes count it.
    assert!(
        samira.contains("1 agenda item is not shown to you."),
        "{samira}"
    );
    // On the trail: the session and item numbers, never a reference or a name.
    let store = roundtable::store::Store::open_read_only(&db).unwrap();
    let trail = store.load().unwrap().audit;
    let e = trail
        .iter()
        .rev()
        .find(|e| e.recipient == Some(12))
        .unwrap();
    assert_eq!(e.subject, "agenda:session:3");
    assert!(
        e.included.contains(&"agenda_item:1".to_owned()),
        "{:?}",
        e.included
    );
    assert!(
        e.withheld.iter().any(|w| w.starts_with("agenda_item:2 ")),
        "{:?}",
        e.withheld
    );
}

/// The sessions tab's `a` key: the agenda for one recipient, previewed, then written
/// through the same disclosure as on the command line, and recorded by ids only.
#[test]
fn the_sessions_tab_exports_an_agenda_for_a_chosen_recipient() {
    use roundtable::app::{Action, Tab};
    use support::app::{apply, run_effects, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == 3)
        .unwrap();
    app.view_mut().selected = pos;
    let a = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('a'),
        crossterm::event::KeyModifiers::NONE,
    );
    let action = roundtable::app::model::keymap::lookup(&app.scopes(), a);
    assert_eq!(
        action,
        Some(Action::ExportAgenda),
        "`a` on the sessions list"
    );
    apply(&mut app, [Action::ExportAgenda]);
    type_text(&mut app, "samira");
    apply(&mut app, [Action::Accept]);
    let p = app.export.as_ref().expect("a preview first");
    // Session 3: cases 1, 3 and 2; Samira is involved in 1 and 2, not in 3.
    assert_eq!(p.included.len(), 2, "{:?}", p.included);
    assert!(p.included[0].contains("RT-2026-001"), "{:?}", p.included);
    assert_eq!(p.withheld.len(), 1, "{:?}", p.withheld);
    assert!(app.effects.is_empty(), "nothing written yet");
    apply(&mut app, [Action::WriteExport]);
    run_effects(&mut app, &store);
    let file = dir
        .path()
        .join("exports/agenda-2026-12-06-session3-for12.md");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("Case RT-2026-001"), "{text}");
    assert!(!text.contains("RT-2026-003"), "{text}");
    assert!(text.contains("Where: Town hall, room 2"), "{text}");
    let e = store.load().unwrap().audit.last().cloned().unwrap();
    assert_eq!(e.subject, "agenda:session:3");
    assert_eq!(e.recipient, Some(12));
    assert!(e.included.contains(&"agenda_item:1".to_owned()), "{e:?}");
}

/// The TUI's agenda preview is written in the recipient's language (as `roundtable export
/// agenda` writes it), not in the interface's.
#[test]
fn the_agenda_preview_is_in_the_recipients_language() {
    use roundtable::app::{Action, Tab};
    use roundtable::domain::stakeholder::Language;
    use support::app::{apply, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (_store, mut app) = store_app(&dir);
    for (who, lang, says) in [
        (12, Language::Fr, "Langue\u{a0}: Français"),
        (12, Language::Nl, "Taal: Nederlands"),
    ] {
        let data = std::sync::Arc::make_mut(&mut app.data);
        let s = data.stakeholders.iter_mut().find(|s| s.id == who);
        s.unwrap().language = Some(lang);
        apply(&mut app, [Action::GoTab(Tab::Sessions)]);
        let pos = app
            .view()
            .rows
            .iter()
            .position(|&i| app.data.sessions[i].id == 3)
            .unwrap();
        app.view_mut().selected = pos;
        apply(&mut app, [Action::ExportAgenda]);
        type_text(&mut app, "samira");
        apply(&mut app, [Action::Accept]);
        let p = app.export.take().expect("a preview");
        assert!(p.document.contains(says), "{lang:?}: {}", p.document);
        assert!(!p.document.contains("Where:"), "{lang:?}: {}", p.document);
    }
}

/// A partner neither invited to the session nor involved in any of its cases (Kevin, 20)
/// gets no agenda: it would tell them only when and where the table meets and how much
/// is kept from them. The command says why and how to invite them, writes nothing, and
/// leaves nothing on the trail.
#[test]
fn no_agenda_for_a_partner_neither_invited_nor_involved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let before = store.load().unwrap().audit.len();
    drop(store);
    let o = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(["export", "agenda", "--session", "3", "--for", "20"])
        .arg("--db")
        .arg(&db)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(!o.status.success(), "{out}");
    assert!(!out.contains("When:") && !out.contains("Where:"), "{out}");
    assert!(
        err.contains("No agenda for Kevin Goossens: not invited")
            && err.contains("invite them first"),
        "{err}"
    );
    assert!(!err.contains("Town hall"), "{err}");
    let store = roundtable::store::Store::open_read_only(&db).unwrap();
    assert_eq!(store.load().unwrap().audit.len(), before);
}

/// The same refusal on the sessions tab: no preview, a message that says why.
#[test]
fn the_sessions_tab_refuses_an_agenda_for_a_partner_not_at_the_table() {
    use roundtable::app::{Action, Tab};
    use support::app::{apply, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (_store, mut app) = store_app(&dir);
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == 3)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::ExportAgenda]);
    type_text(&mut app, "kevin");
    apply(&mut app, [Action::Accept]);
    assert!(app.export.is_none(), "no preview");
    let status = support::app::status_text(&app);
    assert!(
        status.contains("No agenda for Kevin Goossens: not invited"),
        "{status}"
    );
    assert!(app.effects.is_empty(), "nothing written");
}
