//! `kill -9` while something is being typed, in the real binary: nothing of the program
//! runs after SIGKILL, so only what was already written survives. Every text being typed
//! (the note editor, and any form that edits a record) is written as a draft after a
//! short pause in typing (and every few seconds of typing anyway); after the kill, the
//! next start brings it back. The promise (docs/reliability.md): at most what was typed
//! in the last second before the kill is lost.

use std::path::Path;

mod support;
use support::pty::{Pty, drafts, wait_for_db};

/// The longest a text may wait after the last key before it is in the database: the
/// pause that triggers the write, a commit, and slack for two shared cores.
const FLUSHED_WITHIN_SECS: u64 = 5;

/// Waits until a draft at a place starting with `place` holds `text`.
fn wait_for_draft(db: &Path, place: &str, text: &str) {
    wait_for_db(db, FLUSHED_WITHIN_SECS, text, |d| {
        d.drafts
            .iter()
            .any(|x| x.place.starts_with(place) && x.text.contains(text))
    });
}

/// The meeting of next week's session, with one saved note, on the side pane.
fn a_saved_note(pty: &mut Pty) {
    pty.enter_next_meeting();
    pty.send("The school sees progess.");
    pty.wait_for("progess", 5);
    pty.send("\x13");
    pty.wait_for("Note saved", 5);
    pty.send_settled("\x1b");
}

#[test]
fn kill_9_in_a_correction_form_keeps_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::demo_on(&db, dir.path(), 120, 36);
    a_saved_note(&mut pty);
    pty.send("E");
    pty.wait_for("Correct which note?", 5);
    pty.send("\r");
    pty.wait_for("Correct note", 5);
    pty.send(&"\x7f".repeat("progess.".len()));
    pty.send("progress, says the teacher.");
    pty.wait_for("progress, says the teacher.", 5);
    wait_for_draft(&db, "form:correction:", "progress, says the teacher.");
    pty.kill_9();

    let pty = Pty::spawn_demo(&db, dir.path(), 120, 36);
    pty.wait_for("was restored", 15);
    pty.wait_for("Correct note", 5);
    pty.wait_for("The school sees progress, says the teacher.", 5);
}

#[test]
fn kill_9_in_the_session_edit_form_keeps_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::demo_on(&db, dir.path(), 120, 36);
    pty.send("3");
    pty.wait_for("Partner round table — next week", 5);
    pty.send("e");
    pty.wait_for("Prepare Partner round table", 5);
    pty.send("\t\t");
    pty.send(&"\x7f".repeat(40));
    pty.send("Youth house De Linde");
    pty.wait_for("Youth house De Linde", 5);
    wait_for_draft(&db, "form:session_edit:", "Youth house De Linde");
    pty.kill_9();

    let pty = Pty::spawn_demo(&db, dir.path(), 120, 36);
    pty.wait_for("was restored", 15);
    pty.wait_for("Prepare Partner round table", 5);
    pty.wait_for("Youth house De Linde", 5);
}

#[test]
fn kill_9_in_the_note_editor_keeps_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::demo_on(&db, dir.path(), 120, 36);
    pty.enter_next_meeting();
    pty.send("the mother called the school twice");
    pty.wait_for("called the school twice", 5);
    wait_for_draft(&db, "session:", "called the school twice");
    pty.kill_9();

    let pty = Pty::spawn_demo(&db, dir.path(), 120, 36);
    pty.wait_for("Your unsaved note was restored", 15);
    pty.wait_for("the mother called the school twice", 5);
}

/// A form closed with Esc and "discard" leaves no draft behind to come back after a
/// kill: what was written while typing goes with it.
#[test]
fn a_discarded_form_does_not_come_back_after_a_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::demo_on(&db, dir.path(), 120, 36);
    pty.send("3");
    pty.wait_for("Partner round table — next week", 5);
    pty.send("e");
    pty.wait_for("Prepare Partner round table", 5);
    pty.send("\t\tGarage");
    pty.wait_for("Garage", 5);
    wait_for_draft(&db, "form:session_edit:", "Garage");
    pty.send_settled("\x1b");
    pty.send("y");
    wait_for_db(&db, FLUSHED_WITHIN_SECS, "no draft left", |d| {
        d.drafts.is_empty()
    });
    pty.kill_9();
    assert!(drafts(&db).is_empty());
}
