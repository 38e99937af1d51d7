//! The adversarial read of 2026-11-30 (docs/security.md): what a partner with a low label
//! could infer from what the demo town sends them, each finding as a test.

use std::process::Command;

use chrono::{DateTime, Utc};
use roundtable::export::{Format, minutes};

mod support;
use support::cli::{filled_db, roundtable, roundtable_on, stderr};

/// Tom Wouters (8) referred case 2 but was never invited: at session 2 only a CLEAR note
/// under the topic "Hate leaflets in Molenwijk" may go to him, while the agenda (AMBER)
/// is not his to see. His minutes gave the topic away in a heading, numbered "4." (three
/// agenda items before it). Now: no heading names or numbers an agenda item he may not
/// see; the note stands under "Other items". For Samira (12), present, the headings
/// carry the numbers of the agenda list above them.
#[test]
fn no_heading_names_or_numbers_an_agenda_item_kept_from_the_recipient() {
    let d = support::full_dataset();
    let s = &d.sessions[1];
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let p = minutes::preview(&d, s, 8);
    let tom = minutes::render(&d, s, 8, &p, Format::Md, at, "t");
    assert!(tom.contains("Leaflets also found near the church"), "{tom}");
    assert!(!tom.contains("Hate leaflets"), "the topic is AMBER:\n{tom}");
    assert!(!tom.contains("## 4."), "{tom}");
    assert!(tom.contains("## Other items"), "{tom}");
    let p = minutes::preview(&d, s, 12);
    let samira = minutes::render(&d, s, 12, &p, Format::Md, at, "t");
    for line in samira.lines().filter(|l| l.starts_with("## ")) {
        let Some((n, subject)) = line[3..].split_once(". ") else {
            continue;
        };
        let listed = format!("\n{n}. {subject}\n");
        assert!(
            samira.contains(&listed),
            "{line} is not item {n}:\n{samira}"
        );
    }
}

/// Leila Mansouri (33) sits at no table and is involved in no case. A feedback sheet of
/// case RT-2026-001 for her named the case and its status in its heading and counted
/// what was kept from her; the minutes of session 1, of which nothing may go to her,
/// told her that the table met, when, and how many items it had. Both are refused now,
/// with one line that says why, no file and no entry on the audit trail. The minutes of
/// session 2 still go to her (a CLEAR note), without the count of what is kept.
#[test]
fn no_feedback_sheet_or_empty_minutes_for_a_partner_away_from_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let db = db.as_str();
    let trail = || roundtable(&["audit", "--db", db]).stdout;
    let before = trail();
    let out = dir.path().join("x.md");
    let out = out.to_str().unwrap();
    let refused: [&[&str]; 2] = [
        &["export", "feedback", "--case", "RT-2026-001"],
        &["export", "minutes", "--session", "1"],
    ];
    for cmd in refused {
        let mut args = cmd.to_vec();
        args.extend(["--for", "33", "--db", db, "--out", out]);
        let o = roundtable(&args);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {e}");
        assert!(
            e.contains("Leila Mansouri") && e.lines().count() == 1,
            "{e}"
        );
        assert!(!e.contains("follow"), "no status: {e}");
        assert!(!std::path::Path::new(out).exists(), "{args:?} wrote a file");
    }
    assert_eq!(trail(), before, "a refusal leaves no entry");
    // Those who may receive them still do: the referrer of case 1, and Leila the
    // minutes of session 2.
    let feedback = ["export", "feedback", "--case", "RT-2026-001", "--for", "4"];
    let o = roundtable_on(db, &feedback);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = roundtable_on(db, &["export", "minutes", "--session", "2", "--for", "33"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Leaflets also found near the church"),
        "{text}"
    );
    assert!(
        !text.contains("withheld") && !text.contains("not shown"),
        "{text}"
    );
}

/// The interface refuses the same, with the same line, and writes nothing: a feedback
/// sheet of case 1 and the minutes of session 1 for Leila, from the Round tables tab's
/// recipient picker.
#[test]
fn the_interface_refuses_them_as_the_command_line_does() {
    use roundtable::app::Action;
    use roundtable::app::model::export_preview::Exporting;
    use support::app::{apply, store_app, type_text};
    let dir = tempfile::tempdir().unwrap();
    let (_store, mut app) = store_app(&dir);
    for (what, says) in [
        (
            Exporting::Feedback(1),
            "No feedback sheet for Leila Mansouri",
        ),
        (Exporting::Minutes(1), "No minutes for Leila Mansouri"),
    ] {
        app.status = None;
        apply(&mut app, [Action::ChooseRecipient(what)]);
        type_text(&mut app, "leila");
        apply(&mut app, [Action::Accept]);
        assert!(app.export.is_none(), "no preview of {what:?}");
        let status = app.status.as_ref().map(|s| s.text.clone());
        assert!(status.unwrap_or_default().starts_with(says), "{what:?}");
        assert!(app.effects.is_empty(), "nothing written");
    }
    // Session 2 still has a CLEAR note for her: its preview opens.
    apply(&mut app, [Action::ChooseRecipient(Exporting::Minutes(2))]);
    type_text(&mut app, "leila");
    apply(&mut app, [Action::Accept]);
    let preview = app.export.as_ref().expect("a preview");
    assert!(
        !preview.document.contains("withheld"),
        "{}",
        preview.document
    );
}

/// The interface names its exports after what they are (`feedback-RT-2026-001-for4-…`):
/// in an export folder that other accounts may list, every local user learns which case
/// went to which partner, and when. The folder made by the program is private (0700); an
/// existing one that others may enter (a folder made by hand, `export_dir` on a shared
/// disk) is now refused with one line that says how to make it private, and nothing is
/// written. Another account (uid 65534) really lists the folder.
#[test]
fn an_export_folder_other_accounts_can_list_is_refused() {
    use roundtable::app::Action;
    use roundtable::app::model::export_preview::Exporting;
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    use support::app::{apply, run_effects, store_app, type_text};
    if !support::running_as_root("listing the folder as another account needs root") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let open = std::fs::Permissions::from_mode(0o755);
    std::fs::set_permissions(dir.path(), open.clone()).unwrap();
    let (store, mut app) = store_app(&dir);
    std::fs::create_dir(&app.export_dir).unwrap();
    std::fs::set_permissions(&app.export_dir, open).unwrap();
    let listed_by_another = |folder: &std::path::Path| {
        let o = Command::new("ls")
            .arg(folder)
            .uid(65534)
            .gid(65534)
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    apply(&mut app, [Action::ChooseRecipient(Exporting::Feedback(1))]);
    type_text(&mut app, "youssef");
    apply(&mut app, [Action::Accept]);
    assert!(
        app.export.is_some(),
        "the referrer of case 1 may receive it"
    );
    apply(&mut app, [Action::WriteExport]);
    run_effects(&mut app, &store);
    let names = listed_by_another(&app.export_dir);
    assert!(
        !names.contains("RT-2026-001"),
        "another account reads: {names}"
    );
    assert_eq!(std::fs::read_dir(&app.export_dir).unwrap().count(), 0);
    let status = support::app::status_text(&app);
    assert!(status.contains("chmod 700"), "{status}");
    // Made private, the same export is written.
    let private = std::fs::Permissions::from_mode(0o700);
    std::fs::set_permissions(&app.export_dir, private).unwrap();
    apply(&mut app, [Action::ChooseRecipient(Exporting::Feedback(1))]);
    type_text(&mut app, "youssef");
    apply(&mut app, [Action::Accept, Action::WriteExport]);
    run_effects(&mut app, &store);
    assert_eq!(std::fs::read_dir(&app.export_dir).unwrap().count(), 1);
    assert_eq!(listed_by_another(&app.export_dir), "");
}
