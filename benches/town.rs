//! `cargo bench`: the figures of BENCHMARKS.md, on a synthetic town of 10,000
//! stakeholders and 100,000 notes (`ROUNDTABLE_BENCH_N` changes N). Each figure is the
//! median of many runs with its spread (min–max); nothing here asserts, timing tests
//! flake on a busy machine.

use std::io::Read;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use roundtable::app::{self, Action, App, Tab};
use roundtable::store::Store;

/// What the terminal would receive.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Stats {
    median: Duration,
    min: Duration,
    max: Duration,
    /// The 99th percentile: what a key costs at worst, leaving out the rare outlier.
    p99: Duration,
}

fn stats(mut v: Vec<Duration>) -> Stats {
    v.sort();
    Stats {
        median: v[v.len() / 2],
        min: v[0],
        max: v[v.len() - 1],
        p99: v[(v.len() * 99 / 100).min(v.len() - 1)],
    }
}

fn fmt(d: Duration) -> String {
    if d < Duration::from_millis(1) {
        format!("{:.1} µs", d.as_secs_f64() * 1e6)
    } else if d < Duration::from_secs(1) {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

fn row(what: &str, s: &Stats) {
    println!(
        "| {what} | {} | {} – {} | p99 {} |",
        fmt(s.median),
        fmt(s.min),
        fmt(s.max),
        fmt(s.p99)
    );
}

fn apply(app: &mut App, a: Action) {
    let mut next = Some(a);
    while let Some(a) = next {
        next = app::update(app, a);
    }
}

fn key(c: char) -> Action {
    Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// Time of `action` (update and a full frame on a test backend), `runs` times.
fn per_key(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    runs: usize,
    mut action: impl FnMut(usize) -> Vec<Action>,
) -> Stats {
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let actions = action(i);
        let t = Instant::now();
        for a in actions {
            apply(app, a);
        }
        term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
        times.push(t.elapsed());
    }
    stats(times)
}

/// A move down the list and, apart, the frame of the detail catching up once the
/// selection rested (the tick right after the move, then a tick without one): each is
/// update plus one frame, timed on its own.
fn move_and_rest(app: &mut App, term: &mut Terminal<TestBackend>, runs: usize) -> (Stats, Stats) {
    let (mut moves, mut rests) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let t = Instant::now();
        apply(app, Action::Down);
        term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
        moves.push(t.elapsed());
        let t = Instant::now();
        apply(app, Action::Tick);
        apply(app, Action::Tick);
        term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
        rests.push(t.elapsed());
    }
    (stats(moves), stats(rests))
}

/// The keys before a timed one, each followed by what the interface's loop does once no
/// key waits: the filter's list caught up with its text.
fn setup_keys(app: &mut App, setup: Vec<Action>) {
    for a in setup {
        apply(app, a);
        app.catch_up_filter();
    }
}

/// Time of one `key` (update and its frame), after `setup` was applied and drawn.
fn time_key(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    setup: Vec<Action>,
    key: Action,
) -> Duration {
    setup_keys(app, setup);
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    let t = Instant::now();
    apply(app, key);
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    t.elapsed()
}

/// [`time_key`], the key typed after a pause of up to `pause` once the setup is drawn:
/// the time a person takes to type it, which the filter uses to rank ahead what it could
/// be. The pause ends early once that ranking is done. Also the time until the rows of
/// the text typed are shown: the key's frame, or the frame after it once its ranking,
/// left at the key's budget, caught up (as the interface's loop does when no key waits).
fn time_key_after(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    setup: Vec<Action>,
    pause: Option<Duration>,
    key: Action,
) -> (Duration, Duration) {
    setup_keys(app, setup);
    let t = Instant::now();
    let ahead = app.people.next_letters.clone();
    while let Some(pause) = pause
        && ahead.as_ref().is_some_and(|a| !a.ready())
        && t.elapsed() < pause
    {
        std::thread::sleep(Duration::from_micros(500));
    }
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    let t = Instant::now();
    apply(app, key);
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    let shown = t.elapsed();
    if app.catch_up_filter() {
        term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    }
    (shown, t.elapsed())
}

fn vm_hwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Seconds from spawning `program` in a 160×48 pty until its screen shows one of
/// `needles`.
fn first_frame(program: &str, args: &[&str], needles: &[&str]) -> Duration {
    probe(program, args, &[], &|s| {
        needles.iter().any(|n| s.contains(n))
    })
}

/// Seconds from spawning `program` in a 160×48 pty until `ready` holds for its screen;
/// on the way, each `(seen, keys)`: once the screen shows `seen`, `keys` are typed.
fn probe(
    program: &str,
    args: &[&str],
    steps: &[(&str, &str)],
    ready: &dyn Fn(&str) -> bool,
) -> Duration {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 48,
            cols: 160,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    let mut steps = steps.iter();
    let mut step = steps.next();
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    let t = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(48, 160, 0)));
    let mut reader = pair.master.try_clone_reader().unwrap();
    let p = parser.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().unwrap().process(&buf[..n]);
        }
    });
    let took = loop {
        let screen = parser.lock().unwrap().screen().contents();
        if let Some((seen, keys)) = step
            && screen.contains(seen)
        {
            std::io::Write::write_all(&mut writer, keys.as_bytes()).unwrap();
            step = steps.next();
        }
        if step.is_none() && ready(&screen) {
            break t.elapsed();
        }
        if t.elapsed() > Duration::from_secs(30) {
            panic!("{program} never got ready");
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}

/// Run as a child process: open the database, load it as the app does, report the peak
/// resident memory. A separate process, so that building the town does not count.
fn load_only(path: &str) {
    let store = Store::open(path.as_ref(), false).unwrap();
    use roundtable::domain::time::{DEFAULT_ZONE, now, today_in};
    let mut app = App::new(today_in(now(), DEFAULT_ZONE));
    let effects: Vec<_> = app.effects.drain(..).collect();
    for e in effects {
        app::run_effect_each(&store, &e, &mut |a| apply(&mut app, a));
    }
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
    println!("{}", vm_hwm_kib());
}

fn main() {
    if let Ok(path) = std::env::var("ROUNDTABLE_BENCH_LOAD_ONLY") {
        load_only(&path);
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing useful.
    let n: usize = std::env::var("ROUNDTABLE_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");

    let t = Instant::now();
    let data = roundtable::demo::scale::build(n, today);
    let built = t.elapsed();
    let store = Store::open_as(&db, true, "bench".into()).unwrap();
    let t = Instant::now();
    store.restore(&data, false).unwrap();
    let restored = t.elapsed();
    let file_size = std::fs::metadata(&db).unwrap().len();
    println!(
        "N = {n}: {} stakeholders, {} notes, {} actions, {} sessions; database {:.1} MB",
        data.stakeholders.len(),
        data.notes.len(),
        data.actions.len(),
        data.sessions.len(),
        file_size as f64 / 1e6
    );
    println!("\n| figure | median | spread (min – max) |\n|---|---|---|");
    // `ROUNDTABLE_BENCH_UI_ONLY=1`: the screen's figures only (keys, bytes, first frame),
    // for a quick run on a busy machine.
    let ui_only = std::env::var_os("ROUNDTABLE_BENCH_UI_ONLY").is_some();
    if !ui_only {
        overview(&data, today);
    }
    // The CSV that vim and VisiData open: the same stakeholders.
    let csv = roundtable::export::stakeholders::csv(&data, b';', true).unwrap();
    std::fs::write(dir.path().join("people.csv"), &csv).unwrap();
    drop(csv);
    // The stakeholder list's first row, sorted by name as the list is.
    let first_listed = data
        .stakeholders
        .iter()
        .filter(|s| !s.archived)
        .map(|s| s.name.clone())
        .min_by_key(|name| name.to_lowercase())
        .unwrap_or_default();
    let count = format!("{} stakeholders", data.stakeholders.len());
    drop(data);
    // Loading into the app, as at start-up (one read transaction and the caches).
    let mut loads = Vec::new();
    let mut app = App::new(today);
    for _ in 0..5 {
        let t = Instant::now();
        let action = app::run_effect(&store, &app::Effect::Load);
        app = App::new(today);
        app.effects.clear();
        apply(&mut app, action);
        loads.push(t.elapsed());
    }
    // A key of the filter ranks as long as in the interface's loop.
    app.rank_budget = Some(roundtable::app::model::people_filter::KEY_BUDGET);
    row(
        "load everything into the app (read + caches)",
        &stats(loads),
    );
    let rss: u64 = if ui_only {
        0
    } else {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .env("ROUNDTABLE_BENCH_LOAD_ONLY", &db)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    };

    for (w, h) in [(160u16, 48u16), (80, 24)] {
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        apply(&mut app, Action::GoTab(Tab::Stakeholders));
        apply(&mut app, Action::Top);
        term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
        row(
            &format!("{w}×{h} move down the stakeholder list"),
            &per_key(&mut app, &mut term, 500, |_| vec![Action::Down]),
        );
        let (moves, rests) = move_and_rest(&mut app, &mut term, 300);
        row(
            &format!("{w}×{h} move down, then the detail catching up: the move"),
            &moves,
        );
        row(
            &format!("{w}×{h} … the detail's catch-up frame (selection rested)"),
            &rests,
        );
        apply(&mut app, Action::StartFilter);
        ranked_ahead(&app, (w, h));
        let word = "samira";
        // Each key timed on its own (update and its frame); what brings the filter back
        // to its start (Esc, `/`, the first letters) is done and drawn before, untimed.
        let backspace = || Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        let restart = || vec![Action::Back, Action::StartFilter];
        // Each key typed right after the one before (keys queued, or a fast burst), then
        // as a person types: the next key up to 120 ms later, while the helper threads
        // rank ahead what it could be (no wait once they are done).
        for pause in [None, Some(Duration::from_millis(120))] {
            let runs = if pause.is_some() { 150 } else { 300 };
            let (firsts, laters): (Vec<_>, Vec<_>) = (0..runs)
                .map(|i| {
                    let n = i % word.len();
                    let mut setup = restart();
                    setup.extend(word.chars().take(n).map(key));
                    let next = key(word.as_bytes()[n] as char);
                    let t = time_key_after(&mut app, &mut term, setup, pause, next);
                    (n, t)
                })
                .partition(|(n, _)| *n == 0);
            let how = if pause.is_some() {
                "typed up to 120 ms after the one before"
            } else {
                "typed at once after the one before"
            };
            let keys = |v: &[(usize, (Duration, Duration))]| v.iter().map(|x| x.1.0).collect();
            let rows = |v: &[(usize, (Duration, Duration))]| v.iter().map(|x| x.1.1).collect();
            let all: Vec<Duration> = firsts.iter().chain(&laters).map(|x| x.1.0).collect();
            row(
                &format!("{w}×{h} filter as you type, one more character, {how}"),
                &stats(all),
            );
            row(
                &format!("{w}×{h} … the first character (ranks all 10,000)"),
                &stats(keys(&firsts)),
            );
            row(
                &format!("{w}×{h} … a later character (ranks the previous matches)"),
                &stats(keys(&laters)),
            );
            row(
                &format!("{w}×{h} … the first character, until its rows are shown"),
                &stats(rows(&firsts)),
            );
            row(
                &format!("{w}×{h} … a later character, until its rows are shown"),
                &stats(rows(&laters)),
            );
        }
        row(
            &format!("{w}×{h} filter as you type, one less (Backspace)"),
            &stats(
                (0..300)
                    .map(|i| {
                        let mut setup = restart();
                        setup.extend(word.chars().take(2 + i % 4).map(key));
                        time_key(&mut app, &mut term, setup, backspace())
                    })
                    .collect(),
            ),
        );
        row(
            &format!("{w}×{h} Esc from a filter of one character (the whole list back)"),
            &stats(
                (0..100)
                    .map(|_| {
                        let setup = vec![Action::StartFilter, key('s')];
                        time_key(&mut app, &mut term, setup, Action::Back)
                    })
                    .collect(),
            ),
        );
        apply(&mut app, Action::StartFilter);
        apply(&mut app, Action::Back);
        row(
            &format!("{w}×{h} open a stakeholder's detail"),
            &per_key(&mut app, &mut term, 200, |i| {
                vec![if i % 2 == 0 {
                    Action::Open
                } else {
                    Action::Back
                }]
            }),
        );
        row(
            &format!("{w}×{h} switch tab"),
            &per_key(&mut app, &mut term, 200, |_| vec![Action::NextTab]),
        );
        apply(&mut app, Action::GoTab(Tab::Sessions));
        apply(&mut app, Action::Top);
        apply(&mut app, Action::OpenMeeting);
        row(
            &format!("{w}×{h} type in the note editor"),
            &per_key(&mut app, &mut term, 500, |_| vec![key('x')]),
        );
        search_rows(&mut app, &mut term, (w, h));
        apply(&mut app, Action::FocusSide);
        apply(&mut app, Action::Back);
        app.effects.clear();
    }

    // Bytes sent to the terminal for one move in the list, at 160×48.
    {
        apply(&mut app, Action::GoTab(Tab::Stakeholders));
        let area = Rect::new(0, 0, 160, 48);
        let sink = Sink::default();
        let mut term = Terminal::with_options(
            CrosstermBackend::new(sink.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )
        .unwrap();
        term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
        let mut sizes = Vec::new();
        let mut rests = Vec::new();
        for i in 0..400 {
            sink.0.lock().unwrap().clear();
            apply(&mut app, Action::Down);
            term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
            sizes.push(sink.0.lock().unwrap().len());
            // Every tenth move the selection rests: the tick right after the move, then
            // a whole tick without one; the detail catches up, once, in a frame of its own.
            if i % 10 == 9 {
                sink.0.lock().unwrap().clear();
                apply(&mut app, Action::Tick);
                apply(&mut app, Action::Tick);
                term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
                rests.push(sink.0.lock().unwrap().len());
            }
        }
        for (what, mut v) in [
            (
                "160×48 bytes written per list move (the move's own frame)",
                sizes,
            ),
            (
                "160×48 bytes when the selection rests (the detail's catch-up frame)",
                rests,
            ),
        ] {
            let mean = v.iter().sum::<usize>() / v.len();
            v.sort();
            println!(
                "| {what} | {} B | {} – {} B | mean {mean} B, p99 {} B |",
                v[v.len() / 2],
                v[0],
                v[v.len() - 1],
                v[(v.len() * 99 / 100).min(v.len() - 1)]
            );
        }
    }

    // A durable note save against one bare redb commit, same machine, same run.
    if !ui_only {
        let bare = dir.path().join("bare.redb");
        let def = redb::TableDefinition::<u64, &[u8]>::new("t");
        let mut times = Vec::new();
        for i in 0..60u64 {
            let t = Instant::now();
            let db = redb::Database::create(&bare).unwrap();
            let txn = db.begin_write().unwrap();
            txn.open_table(def)
                .unwrap()
                .insert(i, [0u8; 200].as_slice())
                .unwrap();
            txn.commit().unwrap();
            drop(db);
            times.push(t.elapsed());
        }
        let bare_s = stats(times);
        row(
            "one bare redb commit (open, write 200 B, commit, close)",
            &bare_s,
        );
        let template = store.load().unwrap().notes[0].clone();
        let mut times = Vec::new();
        for _ in 0..60 {
            let mut note = template.clone();
            note.id = 0;
            let t = Instant::now();
            store
                .write(|tx| {
                    tx.insert(&mut note)?;
                    tx.put_draft("session:1", "")
                })
                .unwrap();
            times.push(t.elapsed());
        }
        let note_s = stats(times);
        row(
            "durable note save (note + draft cleared, one commit)",
            &note_s,
        );
        println!(
            "| ratio note save / bare commit | {:.2}× | |",
            note_s.median.as_secs_f64() / bare_s.median.as_secs_f64()
        );
        let mut times = Vec::new();
        for i in 0..60 {
            let t = Instant::now();
            store
                .save_draft("session:1", &format!("draft text {i}"))
                .unwrap();
            times.push(t.elapsed());
        }
        row("draft autosave (one commit)", &stats(times));
    }

    if !ui_only {
        let t = Instant::now();
        let json = roundtable::cli::dump_json(&store.load().unwrap()).unwrap();
        let dump = t.elapsed();
        let t = Instant::now();
        let data = roundtable::cli::parse_dump(&json).unwrap();
        let copy = Store::open_as(&dir.path().join("copy.redb"), true, "bench".into()).unwrap();
        copy.restore(&data, false).unwrap();
        let restore = t.elapsed();
        let csv = roundtable::export::stakeholders::csv(&data, b';', true).unwrap();
        let empty = Store::open_as(&dir.path().join("import.redb"), true, "bench".into()).unwrap();
        let t = Instant::now();
        let table = roundtable::import::table::read(&csv).unwrap();
        let plan = roundtable::import::plan(&table, &[], &[]);
        roundtable::import::apply(
            &empty,
            &plan,
            roundtable::import::OnDuplicate::Skip,
            false,
            &|_| {},
        )
        .unwrap();
        let import = t.elapsed();
        println!(
            "| dump of the whole town ({:.1} MB JSON) | {} | |",
            json.len() as f64 / 1e6,
            fmt(dump)
        );
        println!(
            "| restore of the whole town (validate + one transaction) | {} | |",
            fmt(restore)
        );
        println!(
            "| CSV import of {} stakeholders | {} | |",
            plan.rows.len(),
            fmt(import)
        );
        println!(
            "| build the synthetic town in memory / restore it | {} / {} | |",
            fmt(built),
            fmt(restored)
        );
    }
    if !ui_only {
        println!(
            "| peak resident memory after loading | {:.1} MB | live data {:.1} MB (file), ratio {:.2}× |",
            rss as f64 / 1024.0,
            file_size as f64 / 1e6,
            rss as f64 * 1024.0 / file_size as f64
        );
    }

    // Start to first complete frame, the process as a whole, against vim on the same list.
    {
        let bin = env!("CARGO_BIN_EXE_roundtable");
        let csv_path = dir.path().join("people.csv");
        let first_name = {
            let csv = std::fs::read_to_string(&csv_path).unwrap();
            csv.lines()
                .nth(1)
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_owned()
        };
        let have_vim = Path::new("/usr/bin/vim").exists();
        // VisiData, where installed (`pip install visidata`), on the same file.
        let vd = std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join("vd"))
                .find(|p| p.exists())
        });
        let mut ours = Vec::new();
        let mut figures = Vec::new();
        let mut lists = Vec::new();
        let mut vims = Vec::new();
        // The first complete frame is the Overview with the final count of stakeholders
        // on the status line; its checklist and figures arrive later (computed on a
        // thread of their own once the records are in).
        let first_screen = |s: &str| {
            (s.contains("Computing the overview") || s.contains("Where you stand"))
                && s.contains(&count)
        };
        let args = ["--db", db.to_str().unwrap()];
        for _ in 0..15 {
            ours.push(probe(bin, &args, &[], &first_screen));
            // The list's first names, as vim's probe waits for them: `1` typed as soon
            // as the first screen shows.
            lists.push(probe(
                bin,
                &args,
                &[("Computing the overview", "1")],
                &|s| s.contains(first_listed.as_str()),
            ));
            figures.push(first_frame(
                bin,
                &["--db", db.to_str().unwrap()],
                &["Where you stand"],
            ));
            if have_vim {
                vims.push(first_frame(
                    "/usr/bin/vim",
                    &["-u", "NONE", csv_path.to_str().unwrap()],
                    &[first_name.as_str()],
                ));
            }
        }
        let o = stats(ours);
        row("start to first complete frame (process, pty, 160×48)", &o);
        let l = stats(lists);
        row(
            "start to the stakeholder list's first names (`1` typed at the first frame)",
            &l,
        );
        row(
            "start to the Overview's checklist and figures drawn",
            &stats(figures),
        );
        if let Some(vd) = &vd {
            let runs: Vec<Duration> = (0..5)
                .map(|_| {
                    first_frame(
                        vd.to_str().unwrap(),
                        &["--csv-delimiter=;", csv_path.to_str().unwrap()],
                        &[first_name.as_str()],
                    )
                })
                .collect();
            let v = stats(runs);
            row("VisiData opening the same stakeholders as CSV", &v);
            println!(
                "| ratio roundtable / VisiData | {:.2}× | |",
                o.median.as_secs_f64() / v.median.as_secs_f64()
            );
        }
        if have_vim {
            let v = stats(vims);
            row("vim -u NONE opening the same stakeholders as CSV", &v);
            println!(
                "| ratio roundtable / vim | {:.2}× (the list's names: {:.2}×) | |",
                o.median.as_secs_f64() / v.median.as_secs_f64(),
                l.median.as_secs_f64() / v.median.as_secs_f64()
            );
        }
    }
}

/// The Overview of the whole town (checklist, figures, network measures), computed as
/// the effect does it, off the UI thread; and its parts.
fn overview(data: &roundtable::domain::dataset::Dataset, today: chrono::NaiveDate) {
    use roundtable::domain::overview::{checklist, compute, figures, graph};
    let time = |f: &dyn Fn()| {
        stats(
            (0..5)
                .map(|_| {
                    let t = Instant::now();
                    f();
                    t.elapsed()
                })
                .collect(),
        )
    };
    row(
        "overview of the town (checklist, figures, network measures)",
        &time(&|| {
            std::hint::black_box(compute(data, today));
        }),
    );
    row(
        "  of which the checklist",
        &time(&|| {
            std::hint::black_box(checklist::checklist(data, today));
        }),
    );
    row(
        "  of which the figures",
        &time(&|| {
            std::hint::black_box(figures::figures(data, today));
        }),
    );
    row(
        "  of which degree and betweenness (256 sources)",
        &time(&|| {
            std::hint::black_box(graph::picture(data));
        }),
    );
}

/// Opening the filter hands the ranking of every possible first character to the helper
/// threads (`domain::search::ahead`): how long after `/` the first key finds it
/// ready. Done once per load: later openings keep it.
fn ranked_ahead(app: &App, (w, h): (u16, u16)) {
    let Some(table) = app.people.first_letters.clone() else {
        println!("| {w}×{h} first characters ranked ahead | none: one core |");
        return;
    };
    let t = Instant::now();
    while !table.ready() {
        std::thread::sleep(Duration::from_micros(200));
    }
    row(
        &format!("{w}×{h} … every first character ranked ahead, after `/` (helper threads)"),
        &stats(vec![t.elapsed()]),
    );
}

/// The search of the whole database from the meeting (C-f): opening it (every record
/// of the town read and folded), then one more character of a name (the last hits searched
/// again) and one less (the hits kept for it), in turn; then the first letters typed.
fn search_rows(app: &mut App, term: &mut Terminal<TestBackend>, (w, h): (u16, u16)) {
    // The first opening after a load asks for the records to be folded: the key and its
    // frame on the UI thread ("indexing…"), then the fold, which the program does on a
    // thread of its own, timed apart.
    app.search_corpus.clear();
    row(
        &format!("{w}×{h} open the search of everything, the first time after a load"),
        &per_key(app, term, 1, |_| vec![Action::StartSearch]),
    );
    let asked: Vec<_> = app.effects.drain(..).collect();
    let t = Instant::now();
    let folded: Vec<Action> = (asked.iter())
        .filter_map(|e| match e {
            app::Effect::IndexSearch(data) => Some(Action::SearchIndexed(
                roundtable::app::model::search::Indexed::fold(data),
            )),
            _ => None,
        })
        .collect();
    row(
        &format!("{w}×{h} … folding its records (off the UI thread)"),
        &stats(vec![t.elapsed()]),
    );
    row(
        &format!("{w}×{h} … the records coming in (the open search fills in)"),
        &per_key(app, term, 1, |_| folded.clone()),
    );
    apply(app, Action::Back);
    row(
        &format!("{w}×{h} open the search of everything, and close it"),
        &per_key(app, term, 20, |_| vec![Action::StartSearch, Action::Back]),
    );
    apply(app, Action::StartSearch);
    "sami".chars().for_each(|c| apply(app, key(c)));
    row(
        &format!("{w}×{h} search everything as you type, one more or one less"),
        &per_key(app, term, 300, |i| {
            vec![if i % 2 == 0 {
                key('r')
            } else {
                Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE))
            }]
        }),
    );
    // From an empty query: `s` is in nine records in ten (every record searched), `a`
    // after it a new pass of the text, then Backspace twice.
    let backspace = || Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    (0..5).for_each(|_| apply(app, backspace()));
    row(
        &format!("{w}×{h} search everything, the first two letters and back"),
        &per_key(app, term, 300, |i| {
            vec![match i % 4 {
                0 => key('s'),
                1 => key('a'),
                _ => backspace(),
            }]
        }),
    );
    apply(app, Action::Back);
}
