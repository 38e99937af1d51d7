//! The search of the whole database in the real binary: from next week's meeting, a word
//! of a note taken two months ago, and Enter lands on that note in its session; Esc
//! comes back to the search, and Esc again to next week's meeting.

mod support;
use support::pty::Pty;

/// The row and column where `needle` starts on the screen.
fn find(pty: &Pty, needle: &str) -> Option<(u16, u16)> {
    let screen = pty.screen();
    screen.lines().enumerate().find_map(|(row, line)| {
        let byte = line.find(needle)?;
        Some((row as u16, line[..byte].chars().count() as u16))
    })
}

#[test]
fn a_word_of_an_earlier_sessions_note_leads_to_that_note() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 15);
    pty.enter_next_meeting();
    // C-f from the note editor; the word typed without its capitals.
    pty.send("\x06");
    pty.wait_for("Search everything", 5);
    pty.send("tiktok");
    pty.wait_for("1 of 1 hit", 5);
    pty.wait_for("text: Three youth workers", 5);
    pty.send("\r");
    pty.wait_for("Partner round table — two months ago", 5);
    pty.wait_for("Three youth workers see the same TikTok accounts.", 5);
    // The note is under the pane's cursor: drawn in the selection's colours.
    let (row, col) = find(&pty, "Three youth workers").expect("the note is on screen");
    let parser = pty.parser.lock().unwrap();
    let cell = parser.screen().cell(row, col).expect("a cell");
    assert!(
        cell.bold() && cell.bgcolor() != vt100::Color::Default,
        "the note is highlighted:\n{}",
        parser.screen().contents()
    );
    drop(parser);
    pty.send_settled("\x1b");
    pty.wait_for("Search everything", 5);
    pty.wait_for("1 of 1 hit", 5);
    pty.send_settled("\x1b");
    let gone = |pty: &Pty| !pty.screen().contains("Search everything");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !gone(&pty) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(gone(&pty), "Esc closes the search:\n{}", pty.screen());
    pty.wait_for("Partner round table — next week", 5);
}
