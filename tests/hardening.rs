//! Faults and hostile input against the real binary: kill -9 at random moments, a full
//! disk, escape sequences in names and pastes, wide and right-to-left text, resizes
//! while typing, two people on one database.
//!
//! The kill -9 loop runs 20 rounds; `ROUNDTABLE_LONG=1` runs 200.

use std::time::{Duration, Instant};

use roundtable::store::Store;

mod support;
use support::pty::Pty;

fn rounds() -> u32 {
    if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        200
    } else {
        20
    }
}

/// A small deterministic generator for delays.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Waits for the first screen of the demo town.
fn first_screen(pty: &mut Pty) {
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 15);
}

#[test]
fn kill_9_at_random_moments_loses_no_reported_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    kill_9_loop(dir.path(), &db, &[], rounds());
}

/// The same on an encrypted database: the TUI unlocks it from a passphrase file, every
/// save is sealed, and a kill leaves a file that opens with every reported save.
#[test]
fn kill_9_on_an_encrypted_database_loses_no_reported_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    roundtable::demo::open_or_create(&db).unwrap();
    let pass = dir.path().join("pass");
    std::fs::write(&pass, "correct horse battery\n").unwrap();
    std::fs::set_permissions(&pass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args([
            "encrypt",
            "--db",
            db.to_str().unwrap(),
            "--passphrase-file",
            pass.to_str().unwrap(),
        ])
        .env("ROUNDTABLE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    roundtable::crypt::passphrase::use_file(Some(pass.clone()));
    let rounds = if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        200
    } else {
        6
    };
    kill_9_loop(
        dir.path(),
        &db,
        &["--passphrase-file", pass.to_str().unwrap()],
        rounds,
    );
    let bytes = std::fs::read(&db).unwrap();
    assert!(
        !bytes.windows(9).any(|w| w == b"decision:"),
        "a note in plaintext on disk"
    );
}

fn kill_9_loop(dir: &std::path::Path, db: &std::path::Path, extra: &[&str], rounds: u32) {
    let mut rng = Rng(0x5eed_1234_abcd);
    let mut saved: Vec<String> = Vec::new();
    let mut worst_reopen = Duration::ZERO;
    for round in 0..rounds {
        let mut args = vec!["--demo", "--db", db.to_str().unwrap()];
        args.extend_from_slice(extra);
        let mut pty = Pty::spawn(&args, dir, 100, 30);
        // A draft from the round before may reopen the meeting by itself.
        let start = Instant::now();
        while !pty.screen().contains("Present ") && !pty.screen().contains("Where you stand") {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no first frame:\n{}",
                pty.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        if !pty.screen().contains("Present ") {
            pty.enter_next_meeting();
        }
        let pid = pty.pid();
        let delay = 150 + rng.below(1200);
        let killer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(delay));
            unsafe { libc::kill(pid, libc::SIGKILL) };
        });
        let mut k = 0;
        'typing: loop {
            let token = format!("r{round}n{k}z");
            let decisions = k % 3 + 1;
            let mut text = token.clone();
            for _ in 0..decisions {
                text.push_str("\rdecision: d");
            }
            pty.send(&text);
            pty.send("\x13");
            let noun = if decisions == 1 {
                "decision"
            } else {
                "decisions"
            };
            let expect = format!("Note saved (0 actions, {decisions} {noun})");
            let t0 = Instant::now();
            loop {
                if pty.child.try_wait().unwrap().is_some() {
                    break 'typing;
                }
                if pty.screen().contains(&expect) {
                    saved.push(token);
                    break;
                }
                if t0.elapsed() > Duration::from_secs(5) {
                    break 'typing;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            k += 1;
        }
        killer.join().unwrap();
        pty.wait_exit(support::pty::EXITS_WITHIN).expect("killed");
        let t = Instant::now();
        let store = Store::open(db, false)
            .unwrap_or_else(|e| panic!("round {round}: the file does not open: {e}"));
        let data = store.load().unwrap();
        worst_reopen = worst_reopen.max(t.elapsed());
        store
            .check()
            .unwrap_or_else(|e| panic!("round {round}: check fails: {e}"));
        for token in &saved {
            assert!(
                data.notes.iter().any(|n| n.text.contains(token.as_str())),
                "round {round}: {token} was reported saved and is lost"
            );
        }
    }
    assert!(
        saved.len() as u32 >= rounds,
        "the workload saved too little to prove anything: {}",
        saved.len()
    );
    eprintln!(
        "kill -9: {} rounds, {} reported saves, none lost; slowest reopen {:?}",
        rounds,
        saved.len(),
        worst_reopen
    );
}

#[test]
fn a_full_disk_keeps_the_text_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    // Create the database first, then allow no growth at all.
    let store = Store::open(&db, true).unwrap();
    store
        .restore(
            &roundtable::demo::build(chrono::Local::now().date_naive()),
            false,
        )
        .unwrap();
    drop(store);
    let size = std::fs::metadata(&db).unwrap().len();
    let limit = format!("--fsize={size}:unlimited");
    let args = [
        "prlimit",
        &limit,
        env!("CARGO_BIN_EXE_roundtable"),
        "--db",
        db.to_str().unwrap(),
    ];
    let mut pty = support::pty::Pty::spawn_program(&args, dir.path(), 100, 30);
    pty.open_stakeholders();
    pty.wait_for("Ahmed Tahiri", 15);
    pty.enter_next_meeting();
    pty.send("must not be lost ");
    // Typed, not dumped: a terminal's input queue is a few kilobytes.
    for _ in 0..15 {
        pty.send(&"x".repeat(200));
        std::thread::sleep(Duration::from_millis(20));
    }
    pty.send("\x13");
    pty.wait_for("NOT SAVED", 10);
    // Nothing half-written: the file opens, checks, and holds no such note.
    {
        let store = Store::open(&db, false).unwrap();
        store.check().unwrap();
        assert!(
            !store
                .load()
                .unwrap()
                .notes
                .iter()
                .any(|n| n.text.contains("must not be lost"))
        );
    }
    // Space is freed: the same text, still in the editor, saves.
    let pid = pty.pid().to_string();
    let o = std::process::Command::new("prlimit")
        .args(["--pid", &pid, "--fsize=unlimited"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    pty.send("\x13");
    pty.wait_for("Note saved", 10);
    let store = Store::open(&db, false).unwrap();
    let note = store
        .load()
        .unwrap()
        .notes
        .into_iter()
        .find(|n| n.text.starts_with("must not be lost"))
        .expect("saved after all");
    assert_eq!(
        note.text.len(),
        "must not be lost ".len() + 3000,
        "every character kept"
    );
    store.check().unwrap();
}

#[test]
fn escape_sequences_in_data_and_pastes_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.redb");
    let mut data = roundtable::demo::build(chrono::Local::now().date_naive());
    data.stakeholders[0].name =
        "Aaa \x1b]0;PWNED-TITLE\x07 \x1b]52;c;ZXZpbA==\x07 \u{9b}2J \u{202e}kcatta".into();
    data.stakeholders[0].organisation = "\x1b[2J\x1b[H\x1b]2;PWNED2\x1b\\ org\0nul".into();
    data.stakeholders[1].name = format!("Long {}", "€".repeat(5000));
    let store = Store::open(&db, true).unwrap();
    store.restore(&data, false).unwrap();
    drop(store);
    let mut pty = Pty::spawn(&["--db", db.to_str().unwrap()], dir.path(), 100, 30);
    pty.open_stakeholders();
    pty.wait_for("Aaa", 10);
    pty.send("j");
    pty.send("k");
    pty.enter_next_meeting();
    // A paste carrying a title and a clipboard sequence.
    pty.send("\x1b[200~pasted \x1b]0;PWNED3\x07 \x1b]52;c;ZXZpbA==\x07 text\x1b[201~");
    pty.wait_for("pasted", 5);
    std::thread::sleep(Duration::from_millis(300));
    let p = pty.parser.lock().unwrap();
    assert!(
        p.callbacks().titles.is_empty(),
        "window title changed: {:?}",
        p.callbacks().titles
    );
    assert!(
        p.callbacks().clipboard.is_empty(),
        "clipboard written: {:?}",
        p.callbacks().clipboard
    );
    let screen = p.screen().contents();
    assert!(
        screen.contains("␛]0;PWNED-TITLE␇"),
        "shown, inert:\n{screen}"
    );
    drop(p);
    let bytes = pty.bytes.lock().unwrap().clone();
    let out = String::from_utf8_lossy(&bytes);
    assert!(
        !out.contains("\x1b]0;PWNED")
            && !out.contains("\x1b]52;c")
            && !out.contains('\u{9b}')
            && !out.contains('\u{202e}')
    );
}

#[test]
fn wide_combining_and_right_to_left_names_stay_aligned() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut data = roundtable::demo::build(chrono::Local::now().date_naive());
    let names = [
        "محمد الأمين",
        "שרה כהן",
        "Zoë Ångström-Łukasz",
        "👩‍👩‍👧 Family Café ☕",
        "e\u{301}\u{301}\u{301} combining",
        "全角の名前テスト長い名前",
    ];
    for (i, n) in names.iter().enumerate() {
        data.stakeholders[i].name = (*n).to_owned();
        data.stakeholders[i].organisation = n.repeat(5);
    }
    let mut app = roundtable::app::App::new(chrono::Local::now().date_naive());
    app.effects.clear();
    roundtable::app::update(
        &mut app,
        roundtable::app::Action::Loaded(std::sync::Arc::new(data), 1),
    );
    roundtable::app::update(
        &mut app,
        roundtable::app::Action::GoTab(roundtable::app::Tab::Stakeholders),
    );
    for (w, h) in [(80, 24), (160, 48), (61, 16)] {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
        let buf = t.backend().buffer().clone();
        // The list's right border stands in the same column on every row of the list.
        let right = (0..w)
            .rev()
            .find(|&x| buf[(x, 2)].symbol() == "│")
            .expect("a border");
        for y in 2..8 {
            assert_eq!(
                buf[(right, y)].symbol(),
                "│",
                "{w}x{h} row {y} misaligned:\n{}",
                t.backend()
            );
        }
    }
}

#[test]
fn resizing_while_typing_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        80,
        24,
    );
    first_screen(&mut pty);
    pty.enter_next_meeting();
    pty.send("typed before the resize");
    pty.wait_for("typed before the resize", 5);
    for (c, r) in [(40, 10), (20, 5), (200, 60), (80, 24)] {
        pty.resize(c, r);
        std::thread::sleep(Duration::from_millis(150));
        if c < 60 {
            pty.wait_for("too small", 5);
        }
    }
    pty.send(" and after");
    pty.wait_for("typed before the resize and after", 5);
}

#[test]
fn two_coordinators_on_one_database_both_keep_working() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut a = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    a.open_stakeholders();
    a.wait_for("Ahmed Tahiri", 10);
    let mut b = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    b.open_stakeholders();
    b.wait_for("Ahmed Tahiri", 10);
    a.send("n");
    a.wait_for("New stakeholder", 5);
    a.send("Aaron Colleague A");
    a.send("\x13");
    a.wait_for("Saved.", 5);
    // B sees it within a poll interval, without doing anything.
    b.wait_for("Aaron Colleague A", 5);
    b.send("n");
    b.wait_for("New stakeholder", 5);
    b.send("Aaron Colleague B\x13");
    b.wait_for("Saved.", 5);
    a.wait_for("Aaron Colleague B", 5);
    for p in [&mut a, &mut b] {
        p.send("q");
        assert_eq!(
            p.wait_exit(support::pty::EXITS_WITHIN).map(|r| r.0),
            Some(0)
        );
    }
}

#[test]
fn a_long_bracketed_paste_arrives_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    first_screen(&mut pty);
    pty.enter_next_meeting();
    let body: String = (0..200)
        .map(|i| format!("line {i:03} of a pasted report\n"))
        .collect();
    pty.send(&format!("\x1b[200~{body}\x1b[201~"));
    std::thread::sleep(Duration::from_millis(500));
    pty.send("\x13");
    pty.wait_for("Note saved", 10);
    let data = Store::open(&db, false).unwrap().load().unwrap();
    let note = data
        .notes
        .iter()
        .find(|n| n.text.starts_with("line 000"))
        .expect("the paste became a note");
    assert_eq!(
        note.text.trim_end(),
        body.trim_end(),
        "{} of {} bytes",
        note.text.len(),
        body.len()
    );
}

/// A terminal without bracketed paste sends a paste as keystrokes. All of them must
/// arrive: crossterm's default (mio, edge-triggered) reader left input beyond the first
/// kilobytes unread until the next key; the `use-dev-tty` reader polls level-triggered.
#[test]
fn an_unbracketed_burst_of_keys_arrives_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let mut pty = Pty::spawn(
        &["--demo", "--db", db.to_str().unwrap()],
        dir.path(),
        100,
        30,
    );
    first_screen(&mut pty);
    pty.enter_next_meeting();
    pty.send(&"y".repeat(6000));
    pty.send("\x13");
    pty.wait_for("Note saved", 10);
    let data = Store::open(&db, false).unwrap().load().unwrap();
    let n = data
        .notes
        .iter()
        .find(|n| n.text.starts_with('y'))
        .map(|n| n.text.len());
    assert_eq!(
        n,
        Some(6000),
        "every key of the burst, then Ctrl-S, arrived"
    );
}

/// A hang-up reaches the program twice: as the end of its input (the event loop rescues
/// the drafts) and as SIGHUP (the signal thread rescues them, then exits the process).
/// Whichever rescue returns second must find the drafts already saved, or the exit that
/// follows it cuts the first one's write short and the typing is lost.
#[test]
fn a_second_rescue_returns_only_once_the_first_has_saved() {
    use roundtable::tui::Rescue;
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let store =
        Arc::new(Store::open_as(&dir.path().join("t.redb"), true, "tester".into()).unwrap());
    for round in 0..20 {
        let rescue = Arc::new(Rescue::default());
        let place = format!("session:{}#item:1", round + 1);
        rescue.set(&place, "the mother said that he");
        let first = {
            let (rescue, store) = (rescue.clone(), store.clone());
            std::thread::spawn(move || rescue.run(&store))
        };
        // The signal thread's rescue comes once the first has taken the drafts; when it
        // returns, the process exits.
        while rescue.pending() > 0 {
            std::thread::yield_now();
        }
        rescue.run(&store);
        let saved = store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|d| d.place == place);
        assert!(
            saved,
            "round {round}: the second rescue returned before the draft was saved"
        );
        first.join().unwrap();
    }
}
