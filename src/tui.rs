//! The terminal: set-up and restore, the event loop, and the paths that must work when
//! the terminal goes away (SSH drop, SIGHUP, SIGTERM, panic).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{self, Action, App, Effect};
use crate::store::Store;

/// How often time passes for the app when nothing else happens.
const TICK: Duration = Duration::from_millis(250);
/// Most messages handled between two frames, so that a flood cannot freeze the screen.
const MAX_BATCH: usize = 512;

/// What reaches the loop: keys and paste from the terminal, results from the store.
enum Msg {
    Input(Event),
    /// The terminal is gone (read failed): save and leave.
    InputGone,
    Action(Action),
}

/// Set while the terminal is in raw mode on the alternate screen.
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Put the terminal back as it was. Safe to call more than once and from any thread;
/// errors are ignored because the terminal may already be gone.
pub fn restore_terminal() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

/// Text that must be saved when the process is about to die, whatever the event loop is
/// doing: the views that hold unsaved typing keep their latest text here.
#[derive(Default)]
pub struct Rescue {
    /// Where (without the position after `#`) → exact place and latest text: the note
    /// editor's and an open form's.
    drafts: Mutex<std::collections::BTreeMap<String, (String, String)>>,
}

impl Rescue {
    /// Records the latest unsaved text typed at `place`.
    pub fn set(&self, place: &str, text: &str) {
        let base = app::model::note_draft::draft_base(place).to_owned();
        self.drafts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(base, (place.to_owned(), text.to_owned()));
    }

    /// Nothing typed at `place` needs rescuing any more (saved or given up).
    pub fn forget(&self, place: &str) {
        self.drafts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(app::model::note_draft::draft_base(place));
    }

    /// How many places have text waiting to be rescued.
    pub fn pending(&self) -> usize {
        self.drafts.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Saves what is pending as drafts, in one transaction. Called from the signal, panic
    /// and hang-up paths, sometimes two at once (a hang-up is both the end of the input
    /// and SIGHUP): the lock is held until the write is done, so that a second caller,
    /// who exits the process next, returns only once the drafts are saved. What could not
    /// be written stays pending for the next caller to try again.
    pub fn run(&self, store: &Store) {
        let mut drafts = self.drafts.lock().unwrap_or_else(|p| p.into_inner());
        if drafts.is_empty() {
            return;
        }
        let written = store.write(|tx| {
            for (place, text) in drafts.values() {
                tx.put_draft(place, text)?;
            }
            Ok(())
        });
        if written.is_ok() {
            drafts.clear();
        }
    }
}

/// Runs the TUI until the user quits.
pub fn run(store: Arc<Store>, settings: &crate::config::Settings) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        anyhow::bail!(crate::i18n::t("cli-needs_terminal"));
    }
    let rescue = Arc::new(Rescue::default());
    install_panic_hook(store.clone(), rescue.clone());
    install_signal_handlers(store.clone(), rescue.clone())?;

    terminal::enable_raw_mode().with_context(|| crate::i18n::t("cli-no_raw_mode"))?;
    ENTERED.store(true, Ordering::SeqCst);
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )
    .with_context(|| crate::i18n::t("cli-no_terminal_setup"))?;
    let result = event_loop(store, rescue, settings);
    restore_terminal();
    result
}

/// Test-only switch: with `ROUNDTABLE_TEST_PANIC` set, '!' panics, to prove the panic path
/// restores the terminal and saves. The pty tests run the binary that `cargo test` builds, so
/// `cfg(test)` (library only) or a cargo feature (not enabled for that binary) cannot reach it;
/// debug assertions can: a release build, the one users get, has no such switch.
#[cfg(debug_assertions)]
fn test_panic_armed() -> bool {
    std::env::var_os("ROUNDTABLE_TEST_PANIC").is_some()
}

#[cfg(not(debug_assertions))]
fn test_panic_armed() -> bool {
    false
}

/// Restores the terminal and saves pending drafts when the application panics; a panic
/// of redb inside a store operation is not one (the store reports it as an error).
pub fn install_panic_hook(store: Arc<Store>, rescue: Arc<Rescue>) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic of redb on a damaged file is caught by the store and shown as an error;
        // the app goes on, and rescuing drafts now would write into the damaged file.
        if crate::store::panicking_inside_store() {
            default(info);
            return;
        }
        restore_terminal();
        rescue.run(&store);
        default(info);
        eprintln!("roundtable: {}", crate::i18n::t("cli-internal_error"));
    }));
}

fn install_signal_handlers(store: Arc<Store>, rescue: Arc<Rescue>) -> anyhow::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGQUIT])
        .with_context(|| crate::i18n::t("cli-no_signals"))?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                // Save first: the terminal may be gone and writing to it may block or fail.
                rescue.run(&store);
                restore_terminal();
                std::process::exit(128 + sig);
            }
        })
        .with_context(|| crate::i18n::t("cli-no_signals"))?;
    Ok(())
}

fn spawn_input(tx: Sender<Msg>) {
    let _ = std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                match event::read() {
                    Ok(ev) => {
                        if tx.send(Msg::Input(ev)).is_err() {
                            break;
                        }
                    }
                    Err(_) => {
                        let _ = tx.send(Msg::InputGone);
                        break;
                    }
                }
            }
        });
}

/// The Overview's own thread: on a large town its network measures take half a second,
/// which must not hold up a save queued behind them on the store's worker. Only the
/// newest data set is computed when several wait.
fn spawn_overview(
    tx: Sender<Msg>,
) -> Sender<(Arc<crate::domain::dataset::Dataset>, chrono::NaiveDate)> {
    let (otx, orx) = mpsc::channel::<(Arc<crate::domain::dataset::Dataset>, chrono::NaiveDate)>();
    let _ = std::thread::Builder::new()
        .name("overview".into())
        .spawn(move || {
            while let Ok(mut job) = orx.recv() {
                while let Ok(newer) = orx.try_recv() {
                    job = newer;
                }
                let overview = crate::domain::overview::compute(&job.0, job.1);
                drop(job);
                if tx
                    .send(Msg::Action(app::Action::OverviewReady(Arc::new(overview))))
                    .is_err()
                {
                    break;
                }
            }
        });
    otx
}

/// Folds the search's records on a thread of its own: a tenth of a second on a large
/// town, which must hold up neither a key nor a save queued on the store's worker.
fn index_search(store: &Arc<Store>, effect: Effect, tx: &Sender<Msg>) {
    let (store, tx) = (store.clone(), tx.clone());
    let _ = std::thread::Builder::new()
        .name("search_index".into())
        .spawn(move || {
            let _ = tx.send(Msg::Action(app::run_effect(&store, &effect)));
        });
}

fn spawn_worker(store: Arc<Store>, tx: Sender<Msg>) -> Sender<Effect> {
    let (etx, erx) = mpsc::channel::<Effect>();
    let overview = spawn_overview(tx.clone());
    let _ = std::thread::Builder::new()
        .name("store".into())
        .spawn(move || {
            for effect in erx {
                if let Effect::ComputeOverview(data, today) = effect {
                    let _ = overview.send((data, today));
                    continue;
                }
                if let Effect::IndexSearch(_) = &effect {
                    index_search(&store, effect, &tx);
                    continue;
                }
                let mut gone = false;
                app::run_effect_each(&store, &effect, &mut |action| {
                    gone |= tx.send(Msg::Action(action)).is_err();
                });
                if gone {
                    break;
                }
            }
        });
    etx
}

/// Applies `action` and every action it leads to.
fn settle(app: &mut App, mut action: Option<Action>) {
    while let Some(a) = action {
        action = app::update(app, a);
    }
}

/// What the first screen shows from the records (the count of stakeholders), read on
/// this thread before the first frame: the first frame is then complete, instead of
/// waiting for the store's thread to start, count and wake this one (each hand-over a
/// wait for a core on a busy server). The staged load sends the same count again.
fn first_figures(store: &Store, app: &mut App) {
    use crate::domain::stakeholder::Stakeholder;
    if let Ok(n) = store.read(|tx| tx.count::<Stakeholder>()) {
        settle(app, Some(Action::Counted(n)));
    }
}

/// The next message, waiting for it until the next tick is due (`None` then); `Err`: no
/// one sends any more. While the filter's list has yet to catch up with the text typed,
/// it does so first if no message waits (a key that comes first may drop it, or catch it
/// up itself).
fn next_message(
    rx: &mpsc::Receiver<Msg>,
    app: &mut App,
    dirty: &mut bool,
    last_tick: Instant,
) -> Result<Option<Msg>, RecvTimeoutError> {
    if app.filter_pending() {
        match rx.try_recv() {
            Ok(msg) => return Ok(Some(msg)),
            Err(TryRecvError::Empty) => {
                *dirty |= app.catch_up_filter();
                return Ok(None);
            }
            Err(TryRecvError::Disconnected) => return Err(RecvTimeoutError::Disconnected),
        }
    }
    // Ticks come on time even while keys keep arriving.
    match rx.recv_timeout(TICK.saturating_sub(last_tick.elapsed())) {
        Ok(msg) => Ok(Some(msg)),
        Err(RecvTimeoutError::Timeout) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Time passes for the app; whether what it shows changed.
fn tick(app: &mut App) -> bool {
    app.now = crate::domain::time::now();
    let was_locked = app.lock.is_some();
    let pinned = app.detail_pinned.is_some();
    let message = app.status.is_some();
    // The filter's list caught up with the text typed (the tick came first).
    let rows = app.views[0].version;
    settle(app, Some(Action::Tick));
    // A notice whose time is up leaves the status line.
    app.status.is_some() != message
        || app.views[0].version != rows
        || app::features::round_tables::meeting::animating(app)
        || app.lock.is_some() != was_locked
        || pinned && app.detail_pinned.is_none()
}

fn event_loop(
    store: Arc<Store>,
    rescue: Arc<Rescue>,
    settings: &crate::config::Settings,
) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel();
    spawn_input(tx.clone());
    let effects = spawn_worker(store.clone(), tx);
    let no_color = std::env::var_os("NO_COLOR");
    let theme = crate::ui::theme::Theme::choose(settings.theme, no_color.as_deref());
    crate::ui::theme::set(theme);
    crate::app::model::keymap::install_overrides(&settings.keys);
    // A frame goes out in one write: stdout's own buffer would cut it into 1 KB writes,
    // each a system call and, over SSH, often a packet of its own. ratatui flushes the
    // writer at the end of every draw.
    let out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let mut terminal = Terminal::new(CrosstermBackend::new(out))?;
    // Not `terminal.clear()`: it asks the terminal for the cursor position, which a
    // terminal that never answers (or a slow link) turns into a start-up failure.
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
    let tz = settings.time_zone;
    let mut app = App::new(crate::domain::time::today_in(
        crate::domain::time::now(),
        tz,
    ));
    app.user = store.user().to_owned();
    app.tz = tz;
    app.overview.braille = settings.braille;
    app.idle_lock = settings
        .idle_lock
        .and_then(|d| chrono::Duration::from_std(d).ok());
    app.encrypted = store.is_encrypted();
    if let Some(dir) = &settings.export_dir {
        app.export_dir = dir.clone();
    }
    first_figures(&store, &mut app);
    let mut dirty = true;
    let mut last_tick = Instant::now();
    let mut rescued_version = 0;
    let mut rescued_form: Option<(String, String)> = None;
    let panic_key = test_panic_armed();
    loop {
        for effect in app.effects.drain(..) {
            let _ = effects.send(effect);
        }
        // What the rescue path would save follows every edit.
        if let Some((version, place, text)) = app::model::note_draft::rescue_snapshot(&app)
            && version != rescued_version
        {
            rescued_version = version;
            rescue.set(&place, &text);
        }
        // An open form that was changed: its values, for the same paths.
        let form = app.form.as_ref().filter(|f| f.dirty).and_then(|f| {
            app::forms::draft::place(&*f.purpose).map(|p| (p, app::forms::draft::snapshot(f)))
        });
        if form != rescued_form {
            if let Some((place, _)) = &rescued_form {
                rescue.forget(place);
            }
            if let Some((place, text)) = &form {
                rescue.set(place, text);
            }
            rescued_form = form;
        }
        if dirty {
            if terminal.draw(|f| crate::ui::draw(f, &app)).is_err() {
                // The terminal is gone: nothing more can be shown.
                rescue.run(&store);
                return Ok(());
            }
            dirty = false;
        }
        if app.should_quit {
            return Ok(());
        }
        let Ok(mut next) = next_message(&rx, &mut app, &mut dirty, last_tick) else {
            return Ok(());
        };
        // Everything already waiting is handled before the next draw: a burst of keys
        // (fast typing, a paste the terminal did not bracket) costs one frame, not one
        // frame per key.
        let mut handled = 0;
        while let Some(msg) = next.take() {
            let following = (handled + 1 < MAX_BATCH)
                .then(|| rx.try_recv().ok())
                .flatten();
            // A filter key with another waiting behind it leaves its ranking at once:
            // the next text drops it, and a burst ranks its last text only.
            app.rank_budget = Some(match following {
                Some(_) => Duration::ZERO,
                None => app::model::people_filter::KEY_BUDGET,
            });
            let action = match msg {
                Msg::Input(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                    dirty = true;
                    if panic_key && key.code == event::KeyCode::Char('!') {
                        panic!("test panic requested with ROUNDTABLE_TEST_PANIC");
                    }
                    app::lookup(&app.scopes(), key)
                        .or_else(|| app.takes_text().then_some(Action::Input(key)))
                }
                Msg::Input(Event::Paste(text)) => {
                    dirty = true;
                    Some(Action::Paste(text))
                }
                Msg::Input(Event::Resize(..)) => {
                    dirty = true;
                    None
                }
                Msg::Input(_) => None,
                Msg::InputGone => {
                    rescue.run(&store);
                    return Ok(());
                }
                Msg::Action(a) => {
                    dirty = true;
                    Some(a)
                }
            };
            app.now = crate::domain::time::now();
            // A session left open overnight moves on to the new day.
            app.today = crate::domain::time::today_in(app.now, app.tz);
            settle(&mut app, action);
            handled += 1;
            if !app.should_quit {
                next = following;
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            dirty |= tick(&mut app);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    /// A tick that catches the stakeholder filter's list up with the text typed (the
    /// tick comes before the loop found no key waiting) asks for the frame again.
    #[test]
    fn a_tick_that_catches_the_filter_up_redraws() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let mut app = App::new(today);
        let town = Arc::new(crate::demo::scale::build(3000, today));
        settle(&mut app, Some(Action::Loaded(town, 1)));
        settle(&mut app, Some(Action::GoTab(app::Tab::Stakeholders)));
        settle(&mut app, Some(Action::StartFilter));
        app.rank_budget = Some(Duration::ZERO);
        // A space is never ranked ahead: the key ranks itself, with no time to.
        for c in ['s', ' '] {
            let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            settle(&mut app, Some(Action::Input(key)));
        }
        assert!(app.filter_pending());
        let shown = app.views[0].rows.clone();
        assert!(
            tick(&mut app),
            "the list caught up, the frame still shows the rows before"
        );
        assert!(!app.filter_pending());
        assert_ne!(app.views[0].rows, shown);
    }
}
