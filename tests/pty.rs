//! End-to-end runs of the real binary in a pseudo-terminal: what only a real terminal shows.

use std::time::Duration;

mod support;
use support::pty::Pty;

fn demo(dir: &tempfile::TempDir, cols: u16, rows: u16) -> Pty {
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        cols,
        rows,
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    pty
}

/// The note text of a stored meeting draft (the draft keeps labels and source too).
fn draft_text(stored: &str) -> String {
    roundtable::app::model::note_draft::NoteDraft::decode(stored).text
}

#[test]
fn switches_tabs_and_quits_restoring_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = demo(&dir, 80, 24);
    assert!(pty.parser.lock().unwrap().screen().alternate_screen());
    assert!(pty.parser.lock().unwrap().screen().bracketed_paste());
    pty.send("3");
    pty.wait_for("Partner round table — last month", 5);
    pty.send("2");
    pty.wait_for("Faith leaders' table", 5);
    pty.send("\t");
    pty.wait_for("Partner round table — next week", 5);
    pty.send("\t");
    pty.wait_for("TLP:AMBER+STRICT", 5);
    pty.send("?");
    pty.wait_for("reload from the database", 5);
    pty.send("\x1b");
    // A key right after Esc would arrive as Alt+key; a person is never that quick.
    std::thread::sleep(Duration::from_millis(150));
    pty.send("1");
    pty.wait_for("Ahmed Tahiri", 5);
    pty.send("q");
    let (code, _) = pty.wait_exit(support::pty::EXITS_WITHIN).expect("quits");
    assert_eq!(code, 0);
    let screen = pty.parser.lock().unwrap();
    assert!(!screen.screen().alternate_screen(), "alternate screen left");
    assert!(!screen.screen().hide_cursor(), "cursor shown again");
    assert!(
        !screen.screen().bracketed_paste(),
        "bracketed paste switched off"
    );
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_exit() {
    for (sig, name) in [(libc::SIGTERM, "TERM"), (libc::SIGHUP, "HUP")] {
        let dir = tempfile::tempdir().unwrap();
        let mut pty = demo(&dir, 80, 24);
        unsafe { libc::kill(pty.pid(), sig) };
        let (code, took) = pty
            .wait_exit(Duration::from_secs(10))
            .unwrap_or_else(|| panic!("SIG{name}: still running"));
        assert_eq!(code, 128 + sig as u32, "SIG{name}");
        assert!(took < Duration::from_secs(5), "SIG{name} took {took:?}");
        std::thread::sleep(Duration::from_millis(100));
        assert!(
            !pty.parser.lock().unwrap().screen().alternate_screen(),
            "SIG{name}: terminal not restored"
        );
        // The database is released: another process can write to it at once.
        let store = roundtable::store::Store::open(&dir.path().join("demo.redb"), false).unwrap();
        store.check().unwrap();
    }
}

#[test]
fn ssh_drop_ends_the_process_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = demo(&dir, 80, 24);
    pty.hang_up();
    let (_, took) = pty
        .wait_exit(Duration::from_secs(10))
        .expect("exits after the master closed");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    roundtable::store::Store::open(&dir.path().join("demo.redb"), false)
        .unwrap()
        .check()
        .unwrap();
}

#[test]
fn resize_redraws_and_tiny_windows_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = demo(&dir, 80, 24);
    pty.resize(40, 10);
    pty.wait_for("too small", 5);
    pty.resize(160, 48);
    pty.wait_for("Referred by", 5);
    pty.send("q");
    assert_eq!(
        pty.wait_exit(support::pty::EXITS_WITHIN).map(|r| r.0),
        Some(0)
    );
}

#[test]
fn a_panic_restores_the_terminal_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn_with_env(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
        &[("ROUNDTABLE_TEST_PANIC", "1")],
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    pty.send("!");
    let (code, _) = pty
        .wait_exit(support::pty::EXITS_WITHIN)
        .expect("exits after a panic");
    assert_ne!(code, 0);
    std::thread::sleep(Duration::from_millis(100));
    let p = pty.parser.lock().unwrap();
    assert!(!p.screen().alternate_screen());
    assert!(
        p.screen().contents().contains("internal error"),
        "{}",
        p.screen().contents()
    );
}

#[test]
fn a_stakeholder_created_in_the_form_is_there_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let args = ["--db", db.to_str().unwrap()];
    let mut pty = Pty::spawn(&args, dir.path(), 80, 24);
    pty.open_stakeholders();
    pty.wait_for("No stakeholders yet", 10);
    pty.send("n");
    pty.wait_for("New stakeholder", 5);
    pty.send("Zoë Quintelier\tYouth house De Linde\tStreet worker\t");
    pty.send("\r");
    pty.wait_for("of 16", 5);
    pty.send("youth");
    std::thread::sleep(Duration::from_millis(100));
    pty.send("\r");
    pty.send("\x13"); // Ctrl-S
    pty.wait_for("Saved.", 5);
    pty.wait_for("Zoë Quintelier", 5);
    pty.send("q");
    assert_eq!(
        pty.wait_exit(support::pty::EXITS_WITHIN).map(|r| r.0),
        Some(0)
    );

    let mut pty = Pty::spawn(&args, dir.path(), 80, 24);
    pty.open_stakeholders();
    pty.wait_for("Zoë Quintelier", 10);
    assert!(pty.screen().contains("Youth work"), "{}", pty.screen());
}

/// Opens the meeting of the first session and types without pausing long enough for the
/// autosave, so that only the hang-up path can save the text.
fn type_in_meeting(pty: &mut Pty, text: &str) {
    pty.enter_next_meeting();
    pty.send(text);
    pty.wait_for(text, 5);
}

#[test]
fn ssh_drop_while_typing_keeps_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 80, 24);
    type_in_meeting(&mut pty, "the mother said that he");
    pty.hang_up();
    let (_, took) = pty
        .wait_exit(Duration::from_secs(10))
        .expect("exits after the hang-up");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    // Lock released, draft there.
    let store = roundtable::store::Store::open(&db, false).unwrap();
    let drafts = store.load().unwrap().drafts;
    assert!(
        drafts
            .iter()
            .any(|d| draft_text(&d.text) == "the mother said that he"),
        "{drafts:?}"
    );

    let pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
    );
    pty.wait_for("the mother said that he", 10);
    pty.wait_for("Your unsaved note was restored", 5);
}

#[test]
fn sigterm_while_typing_keeps_the_draft_even_with_a_form_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 80, 24);
    type_in_meeting(&mut pty, "police will");
    pty.send("\x0f"); // Ctrl-O: the source picker is open on top
    pty.wait_for("Who brought this?", 5);
    unsafe { libc::kill(pty.pid(), libc::SIGTERM) };
    let (code, took) = pty
        .wait_exit(Duration::from_secs(10))
        .expect("exits on SIGTERM");
    assert_eq!(code, 128 + libc::SIGTERM as u32);
    assert!(took < Duration::from_secs(5), "took {took:?}");
    let store = roundtable::store::Store::open(&db, false).unwrap();
    assert!(
        store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| draft_text(&d.text) == "police will")
    );
}

#[test]
fn a_panic_mid_meeting_saves_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn_with_env(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
        &[("ROUNDTABLE_TEST_PANIC", "1")],
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    type_in_meeting(&mut pty, "before the crash");
    pty.send("!");
    let (code, _) = pty
        .wait_exit(support::pty::EXITS_WITHIN)
        .expect("exits after a panic");
    assert_ne!(code, 0);
    let store = roundtable::store::Store::open(&db, false).unwrap();
    assert!(
        store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| draft_text(&d.text) == "before the crash")
    );
}

#[test]
fn a_note_saved_with_ctrl_s_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 80, 24);
    type_in_meeting(&mut pty, "decision: invite the family doctor");
    pty.send("\x13");
    pty.wait_for("Note saved (0 actions, 1 decision)", 5);
    pty.send("\x1b");
    std::thread::sleep(Duration::from_millis(150));
    pty.send("\x1b");
    std::thread::sleep(Duration::from_millis(150));
    pty.send("q");
    assert_eq!(
        pty.wait_exit(support::pty::EXITS_WITHIN).map(|r| r.0),
        Some(0)
    );
    let data = roundtable::store::Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap();
    assert!(
        data.decisions
            .iter()
            .any(|d| draft_text(&d.text) == "invite the family doctor")
    );
    assert!(data.drafts.is_empty());
}

#[test]
fn sighup_with_a_form_open_over_the_meeting_keeps_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 80, 24);
    type_in_meeting(&mut pty, "said before the form");
    pty.send("\x1b"); // to the side
    std::thread::sleep(Duration::from_millis(150));
    pty.send("t"); // the new-topic form opens on top
    pty.wait_for("New agenda topic", 5);
    pty.send("half a topic");
    unsafe { libc::kill(pty.pid(), libc::SIGHUP) };
    let (code, took) = pty
        .wait_exit(Duration::from_secs(10))
        .expect("exits on SIGHUP");
    assert_eq!(code, 128 + libc::SIGHUP as u32);
    assert!(took < Duration::from_secs(5), "took {took:?}");
    let store = roundtable::store::Store::open(&db, false).unwrap();
    assert!(
        store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| draft_text(&d.text) == "said before the form")
    );
}

#[test]
fn an_ssh_drop_with_a_form_half_filled_brings_the_form_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 100, 30);
    pty.send("n");
    pty.wait_for("New stakeholder", 5);
    pty.send("Zakaria Benali\tYouth house Noord");
    pty.wait_for("Youth house Noord", 5);
    pty.hang_up();
    pty.wait_exit(support::pty::EXITS_WITHIN)
        .expect("exits after the hang-up");
    let pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    pty.wait_for(
        "The form you were filling in when the connection dropped was restored",
        10,
    );
    pty.wait_for("Zakaria Benali", 5);
    pty.wait_for("Youth house Noord", 5);
}

/// A hang-up while typing a TLP:RED note with a protected source: after the restart the
/// note is still RED and its source still protected, not the default label.
#[test]
fn sighup_keeps_a_red_protected_note_red_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = demo(&dir, 100, 30);
    type_in_meeting(&mut pty, "the brother was seen");
    pty.send("\x14"); // Ctrl-T: the label chooser
    pty.wait_for("Label for this note", 5);
    pty.send("r");
    pty.wait_for("Note TLP:RED", 5);
    pty.send("\x12"); // Ctrl-R: protect the source
    pty.wait_for("protected source", 5);
    unsafe { libc::kill(pty.pid(), libc::SIGHUP) };
    let (code, _) = pty
        .wait_exit(support::pty::EXITS_WITHIN)
        .expect("exits on SIGHUP");
    assert_eq!(code, 128 + libc::SIGHUP as u32);
    let pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    pty.wait_for("the brother was seen", 10);
    pty.wait_for("Note TLP:RED", 5);
    pty.wait_for("protected source", 5);
}

/// The SGR parameter lists (`ESC [ … m`) in `bytes`.
fn sgr_params(bytes: &[u8]) -> Vec<Vec<u16>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == 0x1b && bytes[i + 1] == b'[' {
            let start = i + 2;
            let mut end = start;
            while end < bytes.len() && !(0x40..=0x7e).contains(&bytes[end]) {
                end += 1;
            }
            if end < bytes.len() && bytes[end] == b'm' {
                let text = String::from_utf8_lossy(&bytes[start..end]);
                out.push(
                    text.split([';', ':'])
                        .map(|p| p.parse().unwrap_or(0))
                        .collect(),
                );
            }
            i = end;
        }
        i += 1;
    }
    out
}

/// With NO_COLOR set, not one colour escape reaches the terminal, and the selection is
/// still there, in reverse video.
#[test]
fn no_color_sends_no_colour_and_keeps_the_selection_visible() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn_with_env(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
        &[("NO_COLOR", "1")],
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    pty.send("j");
    pty.send("2");
    pty.wait_for("Faith leaders' table", 5);
    pty.send("q");
    pty.wait_exit(support::pty::EXITS_WITHIN).expect("quits");
    let params = sgr_params(&pty.bytes.lock().unwrap());
    for p in &params {
        let colour = p
            .iter()
            .any(|&n| matches!(n, 30..=49 | 90..=97 | 100..=107));
        assert!(!colour, "colour escape {p:?}");
    }
    assert!(
        params.iter().any(|p| p.contains(&7)),
        "no reverse video in {params:?}"
    );
}

/// A key override from the config file works in the running program.
#[test]
fn a_key_override_from_the_config_file_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let keys = "[keys]\n\"global.tab_sessions\" = [\"3\", \"z\"]\n";
    let mut pty = Pty::demo_with_config(dir.path(), keys, &[]);
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 10);
    pty.send("z");
    pty.wait_for("Partner round table — last month", 5);
    pty.send("q");
    pty.wait_exit(support::pty::EXITS_WITHIN).expect("quits");
}

/// `--demo` dates its town by the configured zone, as the screens count "today", not by
/// the machine's clock: with the machine at UTC+14 and the zone at UTC-11 the two days
/// always differ.
#[test]
fn the_demo_town_is_dated_by_the_configured_zone() {
    use roundtable::domain::time::{now, today_in};
    let zone = chrono_tz::Pacific::Pago_Pago;
    let dir = tempfile::tempdir().unwrap();
    let before = today_in(now(), zone);
    let mut pty = Pty::demo_with_config(
        dir.path(),
        "time_zone = \"Pacific/Pago_Pago\"\n",
        &[("TZ", "Pacific/Kiritimati")],
    );
    let db = dir.path().join("demo.redb");
    pty.wait_for("Where you stand", 15);
    pty.send("q");
    pty.wait_exit(support::pty::EXITS_WITHIN).expect("quits");
    let after = today_in(now(), zone);
    let stored = roundtable::store::Store::open(&db, false)
        .unwrap()
        .load()
        .unwrap();
    let dates = |d: &roundtable::domain::dataset::Dataset| -> Vec<chrono::NaiveDate> {
        d.sessions.iter().map(|s| s.date).collect()
    };
    let lang = roundtable::i18n::Lang::En;
    let built = |day| dates(&roundtable::demo::build_in(lang, day));
    assert!(
        dates(&stored) == built(before) || dates(&stored) == built(after),
        "{:?} is not the town of {before}",
        dates(&stored)
    );
}
