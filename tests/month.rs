//! A coordinator's month, end to end in a pseudo-terminal with the real binary: prepare
//! next month's round table from the last one and send its agenda, hold it (attendance,
//! a walk-in, a note with an action), close an action at the table, correct a note,
//! close the session and send the minutes; then read the files and the database.

use std::path::Path;
use std::time::Duration;

mod support;
use support::pty::Pty;

/// Gives the program time to take in what was sent before the next key.
fn settle() {
    std::thread::sleep(Duration::from_millis(250));
}

/// The export of the selected session that `key` starts, for Samira, written.
fn export_for_samira(pty: &mut Pty, key: &str) {
    pty.send(key);
    pty.wait_for("Samira El Idrissi", 5);
    pty.send("samira");
    settle();
    pty.send("\r");
    pty.wait_for("What would go to Samira El Idrissi", 5);
    pty.send("w");
    pty.wait_for("Written to", 5);
    settle();
}

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join("roundtable-exports").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_month_prepare_hold_follow_up_correct_close_and_send() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        160,
        48,
    );
    pty.wait_for("Where you stand", 15);

    // Prepare: `n` and Ctrl-S give next month's round table at the last one's table
    // (the demo's last is on Monday 2026-12-07, the 1st Monday: the next is 2027-01-04).
    pty.send("3");
    pty.wait_for("Partner round table — next week", 5);
    pty.send("n");
    pty.wait_for("New round-table session", 5);
    pty.send("\x13");
    pty.wait_for("2027-01-04 Partner round table ", 5);
    settle();
    // It meets elsewhere this time: `e` prepares the selected session.
    pty.send("e");
    pty.wait_for("Prepare Partner round table (2027-01-04)", 5);
    pty.send("\t\t");
    pty.send(&"\x7f".repeat(30));
    pty.send("Youth house De Linde");
    settle();
    pty.send("\x13");
    pty.wait_for("Saved.", 5);
    settle();
    // The invitation and agenda go out.
    export_for_samira(&mut pty, "a");

    // Hold it: a note with an action on the first case, someone present, a walk-in.
    pty.send("\r");
    pty.wait_for("Present ", 5);
    pty.send("Mother reports the school sees progess.\raction: @samira call the school due:+7d");
    pty.wait_for("call the school", 5);
    pty.send("\x13");
    pty.wait_for("Note saved (1 action", 5);
    pty.send("\x1b");
    settle();
    // Samira (the 8th invited) is present, as the chair is.
    pty.send(" jjjjjjj ");
    settle();
    pty.send("w");
    pty.wait_for("Who walked in?", 5);
    pty.send("kevin");
    settle();
    pty.send("\r");
    pty.wait_for("Kevin Goossens is at the table.", 5);

    // An action of last month is done: from the Actions view, then back to the table.
    pty.send("\x1b");
    settle();
    pty.send("A");
    pty.wait_for("Introduce him to the job coach", 5);
    pty.send("D");
    settle();
    pty.send("Met the job coach on Monday");
    settle();
    pty.send("\x13");
    settle();
    pty.send("A");
    pty.wait_for("2027-01-04 Partner round table ", 5);
    pty.send("\r");
    pty.wait_for("Present ", 5);

    // A typo in the note is corrected: `E` on the side, the note, its text.
    pty.send("\x1b");
    settle();
    pty.send("E");
    pty.wait_for("Correct which note?", 5);
    pty.send("\r");
    pty.wait_for("Correct note", 5);
    pty.send(&"\x7f".repeat(120));
    pty.send("Mother reports the school sees progress.\raction: @samira call the school due:+7d");
    settle();
    pty.send("\x13");
    pty.wait_for("Saved.", 5);
    settle();

    // Close the session, and send its minutes.
    pty.send("x");
    pty.wait_for("Close this session?", 5);
    pty.send("y");
    pty.wait_for("Summary — ", 5);
    pty.send("\x1b");
    pty.wait_for("closed      5", 5);
    settle();
    export_for_samira(&mut pty, "x");
    pty.send("q");
    assert_eq!(
        pty.wait_exit(support::pty::EXITS_WITHIN).map(|r| r.0),
        Some(0)
    );

    let agenda = read(dir.path(), "agenda-2027-01-04-session4-for12.md");
    assert!(agenda.contains("When: 2027-01-04 14:00"), "{agenda}");
    assert!(agenda.contains("Where: Youth house De Linde"), "{agenda}");
    assert!(agenda.contains("Case RT-2026-001"), "{agenda}");
    assert!(!agenda.contains("RT-2026-003"), "not hers:\n{agenda}");
    let minutes = read(dir.path(), "minutes-2027-01-04-session4-for12.md");
    assert!(
        minutes.contains("Joined without an invitation: Kevin Goossens"),
        "{minutes}"
    );
    assert!(minutes.contains("call the school"), "{minutes}");
    assert!(minutes.contains("the school sees progress."), "{minutes}");
    assert!(
        !minutes.contains("progess"),
        "the corrected version:\n{minutes}"
    );

    let data = roundtable::store::Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap();
    let done = data
        .actions
        .iter()
        .find(|a| a.text == "Introduce him to the job coach")
        .unwrap();
    assert_eq!(done.status, roundtable::domain::note::ActionStatus::Done);
    let s = data.sessions.iter().find(|s| s.id == 4).unwrap();
    assert_eq!(s.status, roundtable::domain::session::SessionStatus::Closed);
    let corrected = data
        .notes
        .iter()
        .find(|n| n.anchor.session == Some(4))
        .unwrap();
    assert_eq!(corrected.revisions.len(), 1, "the earlier version is kept");
    assert!(corrected.revisions[0].text.contains("progess"));
    let subject = format!("note:{}", corrected.id);
    assert!(data.audit.iter().any(|e| e.kind
        == roundtable::domain::audit::AuditKind::NoteCorrected
        && e.subject == subject));
}
