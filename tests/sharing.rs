//! Sharing from the TUI and the command line: previews, enforced minutes, feedback
//! sheets, the audit trail, the agreement and rules.

use std::os::unix::fs::PermissionsExt;

use chrono::{DateTime, Utc};
use roundtable::app::{Action, App, Effect, Tab};
use roundtable::domain::audit::AuditKind;
use roundtable::export::{Format, minutes};

mod support;
use roundtable::i18n::Lang;
use support::app::{
    apply, demo_app, queued_changes, render, run_effects, screen, store_app, type_text,
};

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
        s.contains("Goes out: 1 item ") && s.contains("Withheld: 11 items"),
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
            .any(|k| k == "note:1 (withheld.not_for_feedback)")
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
        matches!(&c[0], roundtable::app::model::record::Change::Put(roundtable::app::model::record::AnyRecord::Rule(r)) if !r.active)
    );
    app.effects.clear();
    apply(&mut app, [Action::Edit]);
    let f = app.form.as_mut().unwrap();
    f.focus = f
        .index(roundtable::app::forms::agreement::AgreementField::DefaultTlp)
        .unwrap();
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
    let roundtable::app::model::record::Change::Put(
        roundtable::app::model::record::AnyRecord::Agreement(a),
    ) = &c[0]
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

/// The demo town's minutes for one partner in `lang`, compared with its golden file
/// (`minutes-session2-for-samira[.nl|.fr].md`).
fn golden_minutes(lang: Lang) -> String {
    let data = roundtable::demo::build_in(lang, support::today());
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let p = minutes::preview(&data, s, 12);
    let md = minutes::render_in(lang, &data, s, 12, &p, Format::Md, at, "anke");
    let suffix = match lang {
        Lang::En => String::new(),
        other => format!(".{}", other.code()),
    };
    let golden = format!(
        "{}/tests/golden/minutes-session2-for-samira{suffix}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &md).unwrap();
    }
    assert_eq!(
        md,
        std::fs::read_to_string(&golden).unwrap_or_default(),
        "UPDATE_GOLDEN=1 rewrites {golden}"
    );
    md
}

/// The minutes of the Dutch and the French demo town (`demo::build_in`): every line in
/// the language asked, while the interface stays English.
#[test]
fn golden_minutes_in_dutch_and_french() {
    for (lang, chair, excused, agenda, red) in [
        (
            Lang::Nl,
            "Voorzitter: ",
            "Verontschuldigd: Burgemeester Pieter Dewaele (Stad Marlevoorde)",
            "## Agenda\n\n1. Casus RT-2026-001\n",
            "twee oudere mannen",
        ),
        (
            Lang::Fr,
            "Présidence\u{a0}: ",
            "Excusés\u{a0}: Bourgmestre Pieter Dewaele (Ville de Marlemont)",
            "## Ordre du jour\n\n1. Cas RT-2026-001\n",
            "deux hommes plus âgés",
        ),
    ] {
        let md = golden_minutes(lang);
        assert!(
            md.contains(&roundtable::export::language_line(lang)),
            "{md}"
        );
        assert!(md.contains(chair) && md.contains(excused), "{lang:?}: {md}");
        assert!(md.contains(agenda), "{lang:?}: {md}");
        for english in [
            "Chair:",
            "Present:",
            "Prepared ",
            "Source:",
            "Agenda\n\n1. Case",
        ] {
            assert!(
                !md.contains(english),
                "{lang:?} left {english:?} English: {md}"
            );
        }
        assert!(!md.contains(red), "TLP:RED withheld");
        assert!(
            !md.contains("Police Zone") && !md.contains("Youth House"),
            "{md}"
        );
    }
}

/// The demo town's minutes for one partner, as a golden file.
#[test]
fn golden_minutes_of_the_demo_town() {
    let md = golden_minutes(Lang::En);
    assert!(md.contains("Language: English"), "{md}");
    assert!(
        md.contains("Source: a partner"),
        "the protected source is not named"
    );
    assert!(!md.contains("two older men"), "TLP:RED withheld");
    assert!(md.contains("1 item withheld: said at the table only, never written down (1)."));
    // Ready to send: the chair, who was excused or absent, the agenda.
    assert!(md.contains("Chair: Anke Verhulst"), "{md}");
    assert!(md.contains("Excused: Mayor Pieter Dewaele"), "{md}");
    assert!(md.contains("Absent: Griet Maes"), "{md}");
    assert!(md.contains("## Agenda\n\n1. Case RT-2026-001\n"), "{md}");
    assert!(
        !md.contains("TLP:RED"),
        "the RED label is never written down"
    );
}

/// The minutes leave out the raw `action:` and `decision:` lines of a note (the stored
/// note keeps them) and show the parsed items, and list a case's status change.
#[test]
fn minutes_show_parsed_items_not_the_raw_lines_and_status_changes() {
    let mut data = roundtable::demo::build(support::today());
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap().clone();
    // Note 6 (case 1) gave action 1 ("Introduce him to the job coach").
    let a = data
        .actions
        .iter()
        .find(|a| a.from_note == Some(6))
        .unwrap()
        .clone();
    let n = data.notes.iter_mut().find(|n| n.id == 6).unwrap();
    n.text = format!("{}\naction: @sara {} due:+3d", n.text, a.text);
    let stored = n.text.clone();
    let c = data.cases.iter_mut().find(|c| c.id == 1).unwrap();
    c.history.push(roundtable::domain::case::StatusChange {
        at: s.date.and_hms_opt(15, 0, 0).unwrap().and_utc(),
        by: "anke".into(),
        from: Some(c.status),
        to: roundtable::domain::case::CaseStatus::FollowUp,
    });
    let p = minutes::preview(&data, &s, 12);
    let md = minutes::render(&data, &s, 12, &p, Format::Md, at, "anke");
    assert!(!md.contains("action: @sara"), "{md}");
    assert!(md.contains(&format!("Action: {}", a.text)), "{md}");
    assert!(md.contains("## Status changes"), "{md}");
    assert!(md.contains("Case RT-2026-001:"), "{md}");
    assert_eq!(data.notes.iter().find(|n| n.id == 6).unwrap().text, stored);
    // Kevin (20) is involved in no case: no status change, no case on his agenda.
    let p = minutes::preview(&data, &s, 20);
    let md = minutes::render(&data, &s, 20, &p, Format::Md, at, "anke");
    assert!(
        !md.contains("Status changes") && !md.contains("RT-2026-001"),
        "{md}"
    );
}

/// The actions and decisions of a saved note record which note they came from.
#[test]
fn a_saved_note_s_actions_and_decisions_record_their_note() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(&mut app, support::app::NEXT_MEETING);
    let text = "Talked.\naction: @samira visit the family\ndecision: stays in follow-up";
    apply(&mut app, [Action::Paste(text.into()), Action::CommitNote]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let note = data.notes.iter().find(|n| n.text == text).expect("saved");
    let action = data
        .actions
        .iter()
        .find(|a| a.text == "visit the family")
        .unwrap();
    let decision = data
        .decisions
        .iter()
        .find(|d| d.text == "stays in follow-up")
        .unwrap();
    assert_eq!(
        (action.from_note, decision.from_note),
        (Some(note.id), Some(note.id))
    );
    assert!(data.actions.iter().all(|a| a.from_note != Some(0)));
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
    let n = store
        .load()
        .unwrap()
        .notes
        .into_iter()
        .find(|n| {
            n.anchor.session == Some(2) && n.tlp == roundtable::domain::sharing::Tlp::AmberStrict
        })
        .unwrap();
    // A correction (the earlier label kept), after reopening the closed session.
    let mut c = roundtable::domain::correction::Correction::of(&n);
    c.tlp = roundtable::domain::sharing::Tlp::Red;
    let n =
        roundtable::domain::correction::correct(&n, c, "colleague", chrono::Utc::now()).unwrap();
    let reopen =
        roundtable::app::model::record::Change::Audit(roundtable::domain::audit::AuditEvent::new(
            AuditKind::SessionReopened,
            "session:2".into(),
            "reopened",
        ));
    let change = roundtable::app::model::record::Change::Put(
        roundtable::app::model::record::AnyRecord::Note(n),
    );
    store
        .write(|tx| roundtable::app::model::record::apply(tx, &[reopen, change]).map(|_| ()))
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

/// Opens the meeting of the next session (3, about case RT-2026-001 first), with a
/// protected source `source` set for the next note.
fn protected_meeting(app: &mut App, source: u64) {
    apply(app, support::app::NEXT_MEETING);
    roundtable::app::features::round_tables::meeting::set_source(app, source);
    let m = app.meeting.as_mut().unwrap();
    assert_eq!(m.session.id, 3);
    m.protected = true;
    m.tlp = roundtable::domain::sharing::Tlp::Amber;
}

/// The example: a protected note whose text names its source as the owner of an
/// action (`action: @imam …`) and mentions him in a decision. Neither the minutes nor the
/// feedback sheet nor the preview lists name the imam or his mosque anywhere but among
/// those present.
#[test]
fn a_protected_source_named_as_owner_or_mentioned_is_named_nowhere() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    protected_meeting(&mut app, 14);
    let text = "Worried about the family.\naction: @imam talk with the family due:+7d\ndecision: @imam keeps in touch (with @samira)";
    apply(&mut app, [Action::Paste(text.into()), Action::CommitNote]);
    assert!(app.confirm.is_none(), "nothing that needs a question");
    run_effects(&mut app, &store);
    let said = &app.status.as_ref().unwrap().text;
    assert!(
        said.contains("read “a partner”") && said.contains("cannot be masked"),
        "the editor says what is masked and what not: {said}"
    );
    let mut data = store.load().unwrap();
    let action = data
        .actions
        .iter()
        .find(|a| a.text == "talk with the family")
        .unwrap();
    assert_eq!(action.owner, Some(14), "the source owns the action");
    let s = data.sessions.iter_mut().find(|s| s.id == 3).unwrap();
    s.feedback_consensus = true;
    for who in [12, 14] {
        s.attendance.push(roundtable::domain::session::Attendance {
            stakeholder: who,
            presence: roundtable::domain::session::Presence::Present,
        });
    }
    let s = s.clone();
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let p = minutes::preview(&data, &s, 12);
    let mut shown: Vec<String> = p
        .included
        .iter()
        .map(|i| minutes::describe(&data, i))
        .collect();
    assert_eq!(shown.len(), 3, "note, action and decision go to Samira");
    for fmt in [Format::Md, Format::Txt] {
        shown.push(minutes::render(&data, &s, 12, &p, fmt, at, "anke"));
    }
    let case = data.cases.iter().find(|c| c.id == 1).unwrap();
    let f = minutes::feedback_preview(&data, case, 12);
    shown.push(minutes::render_feedback(
        &data,
        case,
        12,
        &f,
        Format::Md,
        at,
        "anke",
    ));
    for doc in &shown {
        for line in doc.lines().filter(|l| !l.starts_with("Present:")) {
            assert!(
                !line.contains("Benali") && !line.contains("El Fath") && !line.contains('@'),
                "{line}\nin\n{doc}"
            );
        }
    }
    let minutes = &shown[3];
    assert!(
        minutes.contains("- [TLP:AMBER] Action: talk with the family\n  Who acts: a partner, due")
    );
    assert!(minutes.contains("Decision: a partner keeps in touch (with a partner)"));
    assert!(
        shown[5].contains("Who acts: a partner"),
        "feedback sheet too"
    );
}

/// PAP:RED allows no action that could be noticed: a note so labelled that makes an
/// action asks first, and is saved only on yes.
#[test]
fn a_pap_red_note_with_an_action_asks_before_saving() {
    let mut app = demo_app();
    apply(&mut app, support::app::NEXT_MEETING);
    app.effects.clear();
    app.meeting.as_mut().unwrap().pap = roundtable::domain::sharing::Pap::Red;
    apply(
        &mut app,
        [
            Action::Paste("action: @samira call the school".into()),
            Action::CommitNote,
        ],
    );
    let q = &app.confirm.as_ref().expect("asks first").question;
    assert!(
        q.contains("PAP:RED") && q.contains("makes 1 action."),
        "{q}"
    );
    assert!(app.effects.is_empty(), "nothing saved yet");
    apply(&mut app, [Action::Back]);
    assert!(
        app.effects.is_empty() && app.confirm.is_none(),
        "no: nothing saved"
    );
    apply(&mut app, [Action::CommitNote, Action::Yes]);
    assert!(
        queued_changes(&app).iter().any(|c| matches!(
            c,
            roundtable::app::model::record::Change::Put(
                roundtable::app::model::record::AnyRecord::Note(_)
            )
        )),
        "yes: saved"
    );
    // Without an action, PAP:RED saves at once.
    let mut app = demo_app();
    apply(&mut app, support::app::NEXT_MEETING);
    app.effects.clear();
    app.meeting.as_mut().unwrap().pap = roundtable::domain::sharing::Pap::Red;
    apply(
        &mut app,
        [
            Action::Paste("seen at the station".into()),
            Action::CommitNote,
        ],
    );
    assert!(app.confirm.is_none() && !app.effects.is_empty());
}

/// A protected source named in plain text cannot be masked: the editor says so before
/// saving, naming what it found.
#[test]
fn a_protected_source_named_in_prose_is_pointed_out_before_saving() {
    let mut app = demo_app();
    protected_meeting(&mut app, 14);
    app.effects.clear();
    apply(
        &mut app,
        [
            Action::Paste("Benali says the brothers skip school.".into()),
            Action::CommitNote,
        ],
    );
    let q = &app.confirm.as_ref().expect("asks first").question;
    assert!(
        q.contains("It names Benali in plain text") && q.contains("Save it anyway?"),
        "{q}"
    );
    assert!(app.effects.is_empty());
    insta::assert_snapshot!("protected_in_prose_80x24", render(&app, 80, 24).backend());
}

/// Every export written for someone takes its language as a value: agenda, feedback
/// sheet, person export, handouts and report name it in their header and say nothing in
/// the interface's English.
#[test]
fn every_export_renders_in_the_language_given() {
    use roundtable::export::{agenda, handout, person, report};
    let data = roundtable::demo::build(support::today());
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let c = &data.cases[0];
    let n = &data.networks[0];
    for lang in [Lang::Nl, Lang::Fr] {
        let ap = agenda::preview(&data, s, 12).unwrap();
        let fp = minutes::feedback_preview(&data, c, 12);
        let docs = [
            agenda::render_in(lang, &data, s, 12, &ap, Format::Md, at, "anke"),
            minutes::render_feedback_in(lang, &data, c, 12, &fp, Format::Md, at, "anke"),
            person::render_in(lang, &data, 12, Format::Md, at, "anke")
                .unwrap()
                .text,
            report::render_in(lang, &data, 2026, support::today(), at, "anke").unwrap(),
            roundtable::i18n::writing_in(lang, || handout::agreement(&data, at, "anke").text),
            roundtable::i18n::writing_in(lang, || handout::directory_of(&data, n, at, "a").text),
        ];
        for doc in docs {
            assert!(
                doc.contains(&roundtable::export::language_line(lang)),
                "{doc}"
            );
            for english in ["Prepared ", "For: ", "Nothing ", "None yet", "Status: "] {
                assert!(!doc.contains(english), "{lang:?} left {english:?}: {doc}");
            }
        }
    }
    assert_eq!(
        roundtable::i18n::lang(),
        Lang::En,
        "the interface stays English"
    );
}

/// Every French export of the French demo town writes `label\u{a0}: value`, never
/// `label: value` nor a plain space that may break before the colon.
#[test]
fn french_exports_put_a_no_break_space_before_the_colon() {
    use roundtable::export::{agenda, handout, person, report};
    let lang = Lang::Fr;
    let data = roundtable::demo::build_in(lang, support::today());
    let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let s = data.sessions.iter().find(|s| s.id == 2).unwrap();
    let (c, n) = (&data.cases[0], &data.networks[0]);
    let mp = minutes::preview(&data, s, 12);
    let ap = agenda::preview(&data, s, 12).expect("12 is at the table");
    let fp = minutes::feedback_preview(&data, c, 12);
    let docs = [
        minutes::render_in(lang, &data, s, 12, &mp, Format::Md, at, "anke"),
        agenda::render_in(lang, &data, s, 12, &ap, Format::Md, at, "anke"),
        minutes::render_feedback_in(lang, &data, c, 12, &fp, Format::Md, at, "anke"),
        person::render_in(lang, &data, 12, Format::Md, at, "anke")
            .unwrap()
            .text,
        report::render_in(lang, &data, 2026, support::today(), at, "anke").unwrap(),
        roundtable::i18n::writing_in(lang, || handout::agreement(&data, at, "anke").text),
        roundtable::i18n::writing_in(lang, || handout::directory_of(&data, n, at, "a").text),
    ];
    for doc in docs {
        let faults = support::french_colon_faults(&doc);
        assert!(faults.is_empty(), "{faults:#?}\n{doc}");
    }
}
