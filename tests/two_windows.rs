//! Two live windows of the real binary on one database, preparing and holding the same
//! round table (run as root, both windows are the same user, which is the harder case:
//! they share one draft per place): the first save wins, the
//! second is refused with what changed, who changed it and when, and the second
//! coordinator's typing is kept (in the form, and as a draft) so that Ctrl-S again saves
//! it over the fields they changed. Notes typed in two windows are all kept, in order.

use std::path::Path;

mod support;
use support::pty::{Pty, wait_for_db};

fn window(db: &Path, home: &Path) -> Pty {
    Pty::demo_on(db, home, 120, 36)
}

/// The refusal as the second window shows it: who saved meanwhile.
fn refused() -> String {
    format!("changed by {}", roundtable::store::unix_user())
}

/// Both windows on the demo town (the first start makes it, the second opens it).
fn two_windows(dir: &Path) -> (Pty, Pty) {
    let db = dir.join("demo.redb");
    let a = window(&db, dir);
    let b = window(&db, dir);
    (a, b)
}

/// Opens the edit form of next week's session and types `time` (unless empty) and
/// `place` in their fields.
fn prepare_next_week(pty: &mut Pty, time: &str, place: &str) {
    pty.send("3");
    pty.wait_for("Partner round table — next week", 5);
    pty.send("e");
    pty.wait_for("Prepare Partner round table", 5);
    pty.send("\t");
    if !time.is_empty() {
        pty.send(&"\x7f".repeat(10));
        pty.send(time);
    }
    pty.send("\t");
    pty.send(&"\x7f".repeat(40));
    pty.send(place);
    pty.wait_for(place, 5);
}

#[test]
fn a_second_session_edit_is_refused_naming_what_changed_and_keeps_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let (mut a, mut b) = two_windows(dir.path());
    // Anna moves it to the youth house; Bram, who has not seen that, to the town hall
    // at 15:00.
    prepare_next_week(&mut a, "", "Youth house De Linde");
    prepare_next_week(&mut b, "15:00", "Town hall room 2");

    a.send("\x13");
    a.wait_for("Saved.", 5);
    b.send("\x13");
    b.wait_for(&refused(), 10);
    // Once the window has read the record again, the form names what changed.
    b.wait_for("Changed meanwhile: Place;", 10);
    let s = b.screen();
    assert!(s.contains("Town hall room 2") && s.contains("15:00"), "{s}");
    // What Bram typed is in the database too, for a kill or a hang-up.
    wait_for_db(&db, 5, "Bram's draft", |d| {
        d.drafts.iter().any(|x| x.text.contains("Town hall room 2"))
    });

    // Having read it, Bram saves again: his fields over Anna's.
    b.send("\x13");
    b.wait_for("Saved.", 10);
    wait_for_db(&db, 5, "Bram's save", |d| {
        d.sessions.iter().any(|s| {
            s.place.as_deref() == Some("Town hall room 2")
                && s.time.map(|t| t.to_string()).as_deref() == Some("15:00:00")
        })
    });
}

/// The notes of the next week's session, as a correction form shows it, for `pty`.
fn correct_first_note(pty: &mut Pty) {
    pty.send("E");
    pty.wait_for("Correct which note?", 5);
    pty.send("\r");
    pty.wait_for("Correct note", 5);
}

#[test]
fn a_second_correction_is_refused_naming_what_changed_and_keeps_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let (mut a, mut b) = two_windows(dir.path());
    a.enter_next_meeting();
    a.send("The school sees progess.");
    a.wait_for("progess", 5);
    a.send("\x13");
    a.wait_for("Note saved", 5);
    a.send_settled("\x1b");
    b.enter_next_meeting();
    b.wait_for("progess", 10);
    b.send_settled("\x1b");

    correct_first_note(&mut a);
    correct_first_note(&mut b);
    a.send(&"\x7f".repeat("progess.".len()));
    a.send("progress.");
    a.wait_for("sees progress.", 5);
    b.send(" Bram adds: the father agrees.");
    b.wait_for("the father agrees.", 5);
    a.send("\x13");
    a.wait_for("Saved.", 5);
    b.send("\x13");
    b.wait_for(&refused(), 10);
    // Once the window has read the record again, the form names what changed.
    b.wait_for("Changed meanwhile: Text;", 10);
    let s = b.screen();
    assert!(s.contains("the father agrees."), "{s}");
    wait_for_db(&db, 5, "Bram's draft", |d| {
        d.drafts
            .iter()
            .any(|x| x.text.contains("the father agrees."))
    });
}

#[test]
fn notes_taken_in_two_windows_are_all_kept_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let (mut a, mut b) = two_windows(dir.path());
    a.enter_next_meeting();
    b.enter_next_meeting();
    a.send("Anna: first, the school called.");
    b.send("Bram: second, the police will visit.");
    a.wait_for("the school called.", 5);
    b.wait_for("the police will visit.", 5);
    // One draft per session and user: Bram's, written after Anna's.
    wait_for_db(&db, 5, "Bram's draft", |d| {
        d.drafts
            .iter()
            .any(|x| x.text.contains("the police will visit."))
    });
    a.send("\x13");
    a.wait_for("Note saved", 5);
    // Anna's save takes the shared draft with it; Bram's window writes its text again.
    wait_for_db(&db, 5, "Bram's draft after Anna's save", |d| {
        d.drafts
            .iter()
            .any(|x| x.text.contains("the police will visit."))
    });
    b.send("\x13");
    b.wait_for("Note saved", 5);
    wait_for_db(&db, 5, "both notes, Anna's first", |d| {
        let texts: Vec<&str> = (d.notes.iter())
            .filter(|n| n.anchor.session.is_some())
            .map(|n| n.text.as_str())
            .collect();
        let anna = texts.iter().position(|t| t.contains("the school called."));
        let bram = texts
            .iter()
            .position(|t| t.contains("the police will visit."));
        matches!((anna, bram), (Some(x), Some(y)) if x < y)
    });
    // Each window shows the other's note once it has read it again.
    a.wait_for("the police will visit.", 10);
    b.wait_for("the school called.", 10);
}
