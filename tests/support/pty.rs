//! Runs the real binary in a pseudo-terminal and reads its screen through a vt100 parser.

use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// What the program asked the terminal to do besides drawing.
#[derive(Default)]
pub struct Seen {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: Vec<Vec<u8>>,
}

impl vt100::Callbacks for Seen {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
}

/// How long a program is given to exit before a test fails: a limit for a program that
/// hangs, not a speed figure (a test that times an exit says so; speed is for the
/// benches). Generous, for a busy 2-core machine running the tests beside each other.
pub const EXITS_WITHIN: Duration = Duration::from_secs(30);

pub struct Pty {
    pub parser: Arc<Mutex<vt100::Parser<Seen>>>,
    /// Every byte the program wrote.
    pub bytes: Arc<Mutex<Vec<u8>>>,
    writer: Option<Box<dyn Write + Send>>,
    master: Option<Box<dyn MasterPty + Send>>,
    pub child: Box<dyn Child + Send + Sync>,
    closing: Arc<AtomicBool>,
    reader_thread: Option<std::thread::JoinHandle<()>>,
}

impl Pty {
    pub fn spawn(args: &[&str], home: &Path, cols: u16, rows: u16) -> Pty {
        Self::spawn_with_env(args, home, cols, rows, &[])
    }

    /// Runs another program (a wrapper such as `prlimit`) with `args[1..]`.
    pub fn spawn_program(args: &[&str], home: &Path, cols: u16, rows: u16) -> Pty {
        Self::start(args[0], &args[1..], home, cols, rows, &[])
    }

    pub fn spawn_with_env(
        args: &[&str],
        home: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Pty {
        Self::start(
            env!("CARGO_BIN_EXE_roundtable"),
            args,
            home,
            cols,
            rows,
            env,
        )
    }

    fn start(
        program: &str,
        args: &[&str],
        home: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("ROUNDTABLE_DB");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Seen::default(),
        )));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        // Our own duplicate of the master, polled, so that `hang_up` can close every
        // copy of the master side (a blocked reader would keep the line up).
        let fd = unsafe { libc::dup(pair.master.as_raw_fd().unwrap()) };
        let mut reader = unsafe { std::fs::File::from_raw_fd(fd) };
        let (p, b) = (parser.clone(), bytes.clone());
        let closing = Arc::new(AtomicBool::new(false));
        let stop = closing.clone();
        let reader_thread = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while !stop.load(Ordering::SeqCst) {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                if unsafe { libc::poll(&mut pfd, 1, 20) } <= 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        p.lock().unwrap().process(&buf[..n]);
                        b.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        // Our own duplicate of the master for writing: portable-pty's writer sends a
        // newline and EOF (Ctrl-J, Ctrl-D) when dropped, keys no real hang-up sends, which
        // the program would then handle as typed in the middle of a hang-up test.
        let writer: Box<dyn Write + Send> = Box::new(unsafe {
            std::fs::File::from_raw_fd(libc::dup(pair.master.as_raw_fd().unwrap()))
        });
        Pty {
            parser,
            bytes,
            writer: Some(writer),
            master: Some(pair.master),
            child,
            closing,
            reader_thread: Some(reader_thread),
        }
    }

    /// From the first screen of the demo town: the Round tables tab, then the meeting
    /// screen of next week's session.
    pub fn enter_next_meeting(&mut self) {
        self.send("3");
        self.wait_for("Partner round table — next week", 5);
        self.send("\r");
        self.wait_for("Present ", 5);
    }

    /// The program opens on the Overview: wait for it, then go to the stakeholder list,
    /// where most tests start.
    pub fn open_stakeholders(&mut self) {
        self.wait_for("Where you stand", 15);
        self.send("1");
    }

    pub fn send(&mut self, s: &str) {
        let w = self.writer.as_mut().expect("pty closed");
        w.write_all(s.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen contains `needle`; panics with the screen after `secs`.
    pub fn wait_for(&self, needle: &str, secs: u64) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            if self.screen().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "'{needle}' did not appear within {secs} s; screen:\n{}",
            self.screen()
        );
    }

    /// Waits for the process to end; returns its exit code and how long it took.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<(u32, Duration)> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                let took = start.elapsed();
                // Everything the program wrote before it exited is read before anyone
                // looks at the screen: the reader stops at the end of the output.
                if let Some(t) = self.reader_thread.take() {
                    let _ = t.join();
                }
                return Some((status.exit_code(), took));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }

    /// Closes the master side: what an SSH drop looks like to the program.
    pub fn hang_up(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        if let Some(t) = self.reader_thread.take() {
            let _ = t.join();
        }
        self.writer = None;
        self.master = None;
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        if let Some(m) = &self.master {
            m.resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        }
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
    }

    pub fn pid(&self) -> i32 {
        self.child.process_id().unwrap() as i32
    }

    /// The demo town on `db` (made on the first start), on its first screen.
    pub fn demo_on(db: &Path, home: &Path, cols: u16, rows: u16) -> Pty {
        let pty = Pty::spawn_demo(db, home, cols, rows);
        pty.wait_for("Where you stand", 15);
        pty
    }

    /// The demo on `db`, not waiting for any screen (after a kill, it opens on what it
    /// restores).
    /// `--demo` at 80×24 with `config` as its config file, both in `home`
    /// (`home/config.toml`, the database `home/demo.redb`), and `env` set.
    pub fn demo_with_config(home: &Path, config: &str, env: &[(&str, &str)]) -> Pty {
        let file = home.join("config.toml");
        std::fs::write(&file, config).unwrap();
        let db = home.join("demo.redb");
        let args = ["--demo", "--db", db.to_str().unwrap(), "--config"];
        let args = [&args[..], &[file.to_str().unwrap()]].concat();
        Pty::spawn_with_env(&args, home, 80, 24, env)
    }

    pub fn spawn_demo(db: &Path, home: &Path, cols: u16, rows: u16) -> Pty {
        Pty::spawn(&["--demo", "--db", db.to_str().unwrap()], home, cols, rows)
    }

    /// `kill -9`: nothing of the program runs after it, no rescue, no restore.
    pub fn kill_9(&mut self) {
        unsafe { libc::kill(self.pid(), libc::SIGKILL) };
        self.wait_exit(Duration::from_secs(10))
            .expect("gone after SIGKILL");
    }

    /// Sends `keys`, then gives the program time to take them in before the next ones
    /// (a key right after Esc would arrive as Alt+key; a person is never that quick).
    pub fn send_settled(&mut self, keys: &str) {
        self.send(keys);
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The drafts in the database as another process reads it now (the program holds the
/// file only during a transaction).
pub fn drafts(db: &Path) -> Vec<roundtable::domain::note::Draft> {
    let store = roundtable::store::Store::open(db, false).unwrap();
    store.load().unwrap().drafts
}

/// Waits until `test` holds for the database, reading it again every 50 ms; panics
/// with `what` after `secs`.
pub fn wait_for_db(
    db: &Path,
    secs: u64,
    what: &str,
    test: impl Fn(&roundtable::domain::dataset::Dataset) -> bool,
) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        if let Ok(data) = roundtable::store::Store::open(db, false).and_then(|s| s.load())
            && test(&data)
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what}: not in the database within {secs} s");
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
