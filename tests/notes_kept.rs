//! The meeting's notes pane is drawn once and copied into the following frames while it
//! shows the same (`app::model::kept`), so that typing a note does not lay out and wrap
//! every note above it again. Whatever it shows that changes draws it again: each step
//! below compares the frame drawn with what the pane kept against the same frame drawn
//! from nothing, and checks that the step did change what the pane shows.
//! The tests switch the language, which is the process's: they take turns (`SERIAL`).

use std::sync::{Arc, Mutex};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use roundtable::app::model::meeting::TICKS_PER_SECOND;
use roundtable::app::{Action, App, Tab};
use roundtable::domain::note::{ActionItem, ActionStatus, Retraction};
use roundtable::domain::session::SessionStatus;
use roundtable::i18n::{Lang, set_lang};
use roundtable::ui::theme::{self, Theme};

mod support;
use support::app::{apply, render, run_effects, store_app, type_text};

/// Held by each test: the language is the whole process's.
static SERIAL: Mutex<()> = Mutex::new(());

/// The frame at `w`×`h` drawn with what the notes pane kept, after checking that it is
/// the frame drawn from nothing.
fn kept(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let kept = render(app, w, h);
    app.notes_pane.forget();
    let fresh = render(app, w, h);
    assert_eq!(
        kept.backend().buffer(),
        fresh.backend().buffer(),
        "the kept notes pane is not what it shows now:\n{}\ndrawn from nothing:\n{}",
        kept.backend(),
        fresh.backend()
    );
    kept
}

fn text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

/// The rows of the notes pane (right of the attendance, above the editor), styles and all.
fn pane(t: &Terminal<TestBackend>) -> Vec<ratatui::buffer::Cell> {
    let buf = t.backend().buffer();
    let w = buf.area.width;
    let left = (0..w).filter(|&x| buf[(x, 1)].symbol() == "╭").nth(1);
    let left = left.expect("the notes pane's corner");
    let bottom = (2..buf.area.height).find(|&y| buf[(left, y)].symbol() == "╰");
    let bottom = bottom.expect("the notes pane's bottom");
    (1..=bottom)
        .flat_map(|y| (left..w).map(move |x| (x, y)))
        .map(|p| buf[p].clone())
        .collect()
}

/// Applies `change` and checks that the notes pane shows something else after it,
/// drawn as a pane drawn from nothing would be.
fn changes(app: &mut App, what: &str, change: impl FnOnce(&mut App)) -> Terminal<TestBackend> {
    let before = pane(&kept(app, 160, 48));
    change(app);
    let after = kept(app, 160, 48);
    let unchanged = pane(&after) == before;
    assert!(
        !unchanged,
        "{what}: the notes pane did not change\n{}",
        text(&after)
    );
    after
}

/// The meeting of the first session in the list.
const OPEN: [Action; 3] = [
    Action::GoTab(Tab::Sessions),
    Action::Top,
    Action::OpenMeeting,
];

#[test]
fn the_notes_pane_kept_between_frames_shows_every_change() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(&mut app, OPEN);
    app.meeting.as_mut().unwrap().session.status = SessionStatus::InProgress;

    // Typing in the editor leaves the pane as it is, kept.
    let before = pane(&kept(&app, 160, 48));
    type_text(&mut app, "The grocer saw him at the station");
    let typed = kept(&app, 160, 48);
    assert!(text(&typed).contains("The grocer saw him"));
    assert_eq!(pane(&typed), before, "typing changed the notes pane");

    // The note, once saved, is in the pane at once.
    let saved = changes(&mut app, "a note saved", |app| {
        apply(app, [Action::CommitNote]);
        run_effects(app, &store);
    });
    let editor_empty = app.meeting.as_ref().unwrap().editor.value().is_empty();
    assert!(editor_empty && text(&saved).contains("The grocer saw him"));

    // The item's timer runs in the pane's title.
    changes(&mut app, "a second later", |app| {
        apply(app, (0..TICKS_PER_SECOND).map(|_| Action::Tick));
    });

    // The cursor walks the entries; the search marks what it finds.
    apply(&mut app, [Action::FocusSide]);
    changes(&mut app, "the pane in focus", |app| {
        apply(app, [Action::FocusNotes])
    });
    changes(&mut app, "the cursor moved", |app| apply(app, [Action::Up]));
    changes(&mut app, "a search typed", |app| {
        apply(app, [Action::StartNoteSearch]);
        type_text(app, "grocer");
    });
    changes(&mut app, "the search shortened", |app| {
        apply(
            app,
            [Action::Input(crossterm::event::KeyCode::Backspace.into())],
        );
    });
    changes(&mut app, "the search dropped", |app| {
        apply(app, [Action::Back, Action::Back])
    });

    // A new load: a note's text as corrected in another window, then an action agreed
    // there.
    changes(&mut app, "a note corrected", |app| {
        let mut data = (*app.data).clone();
        let note = data.notes.iter_mut().find(|n| n.text.contains("grocer"));
        note.unwrap().text = "The grocer saw him at the bus stop".into();
        let counter = app.counter + 1;
        apply(app, [Action::Loaded(Arc::new(data), counter)]);
    });
    changes(&mut app, "an action agreed", |app| {
        let mut data = (*app.data).clone();
        let first = data.actions.iter().find(|a| a.id == 1).unwrap().clone();
        data.actions.push(ActionItem {
            id: 100,
            text: "Ask the school about his timetable".into(),
            due: Some(app.today + chrono::Days::new(20)),
            history: Vec::new(),
            status: ActionStatus::Open,
            ..first
        });
        let counter = app.counter + 1;
        apply(app, [Action::Loaded(Arc::new(data), counter)]);
    });

    // Later that month, the action due on the 19th is overdue too.
    changes(&mut app, "a later day", |app| {
        app.today = app.today + chrono::Days::new(30)
    });
    // The times of the notes in another zone.
    changes(&mut app, "another zone", |app| {
        app.tz = chrono_tz::Asia::Tokyo
    });
    // The labels of another language, the colours of another theme.
    changes(&mut app, "another language", |_| set_lang(Lang::Nl));
    set_lang(Lang::En);
    kept(&app, 160, 48);
    changes(&mut app, "another theme", |_| theme::set(Theme::Monochrome));
    theme::set(Theme::Default);
    kept(&app, 160, 48);

    // Another size, and the next item of the agenda.
    kept(&app, 80, 24);
    changes(&mut app, "the next item", |app| {
        apply(app, [Action::FocusEditor, Action::NextItem])
    });
}

/// A pseudo-random walk (fixed seed) over what happens at the table, in the store and
/// around the screen: notes typed, saved while the store is slow, corrected, retracted
/// or renamed elsewhere, actions followed up, items added, moved, dropped and walked,
/// the cursor and the search, the session closed and reopened, the idle lock, the day,
/// the zone, the language, the theme and the size. After every step the frame drawn
/// with what the pane kept is the frame drawn from nothing.
#[test]
fn the_kept_notes_pane_is_the_fresh_one_after_every_step_of_a_walk() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    let mut seed: u64 = 7;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        (seed >> 33) % n
    };
    for i in 0..400 {
        // A question asked or the lock shown lasts a step, not the walk.
        if app.confirm.is_some() {
            apply(&mut app, [Action::Back]);
        }
        if app.lock.is_some() {
            apply(&mut app, [Action::Unlock]);
        }
        if app.form.is_some() || app.picker.is_some() {
            apply(&mut app, [Action::Back, Action::Yes]);
        }
        if app.meeting.is_none() {
            apply(&mut app, [Action::Back, Action::Back]);
            apply(&mut app, OPEN);
        }
        let what = walk_step(&mut app, &store, next(43), i);
        let (w, h) = if next(8) == 0 { (80, 24) } else { (160, 48) };
        let kept = render(&app, w, h);
        app.notes_pane.forget();
        let fresh = render(&app, w, h);
        assert_eq!(
            kept.backend().buffer(),
            fresh.backend().buffer(),
            "step {i} ({what}): kept:\n{}\ndrawn from nothing:\n{}",
            kept.backend(),
            fresh.backend()
        );
    }
    set_lang(Lang::En);
    theme::set(Theme::Default);
}

/// One step of the walk, chosen by `r` (`i` varies what it changes); says what it did.
fn walk_step(app: &mut App, store: &roundtable::store::Store, r: u64, i: usize) -> &'static str {
    use crossterm::event::KeyCode;
    let texts = [
        "grocer ",
        "bus\n",
        "action: @x call",
        "日本語 ",
        "soft\u{ad}hyphen \u{1b}]0;x\u{7}",
    ];
    let reload = |app: &mut App, change: &dyn Fn(&mut roundtable::domain::dataset::Dataset)| {
        let mut data = (*app.data).clone();
        change(&mut data);
        let counter = app.counter + 1;
        apply(app, [Action::Loaded(Arc::new(data), counter)]);
    };
    let actions: &[Action] = match r {
        0..=4 => {
            type_text(app, texts[r as usize]);
            return "typed";
        }
        5 => &[Action::CommitNote],
        6 => &[Action::ConfirmCommitNote],
        7 | 8 => {
            run_effects(app, store);
            return "the store answered";
        }
        9 => &[Action::Tick, Action::Tick, Action::Tick, Action::Tick],
        10 => &[Action::FocusNotes],
        11 => &[Action::FocusSide],
        12 => &[Action::FocusEditor],
        13 => &[Action::Up],
        14 => &[Action::Down],
        15 => &[Action::Top],
        16 => &[Action::Bottom],
        17 => &[Action::StartNoteSearch],
        18 => &[Action::EndFilter],
        19 => &[Action::NextMatch],
        20 => &[Action::PrevMatch],
        21 => &[Action::Input(KeyCode::Backspace.into())],
        22 => &[Action::NextItem],
        23 => &[Action::PrevItem],
        24 => &[Action::MoveItemUp],
        25 => &[Action::MoveItemDown],
        26 => &[Action::TogglePresence],
        27 => &[Action::Back],
        28 => &[Action::Reload],
        29 => &[Action::DropItem, Action::ConfirmDropItem],
        30 => {
            apply(app, [Action::AddTopic]);
            type_text(app, "grocer topic");
            &[Action::Submit]
        }
        31 => {
            apply(app, [Action::ActionDoneSelected]);
            type_text(app, "grocer seen");
            &[Action::Submit]
        }
        32 => {
            apply(app, [Action::CorrectNote, Action::Accept]);
            type_text(app, " grocer");
            &[Action::Submit]
        }
        33 => {
            let name = format!("Renamed {i}");
            reload(app, &|d| d.stakeholders[i % 3].name = name.clone());
            return "a stakeholder renamed elsewhere";
        }
        34 => {
            let at = app.now;
            reload(app, &|d| {
                let n = d.notes.len();
                if let Some(note) = d.notes.get_mut(i % n.max(1)) {
                    note.retraction = Some(Retraction {
                        at,
                        by: "tester".into(),
                        reason: "wrong person".into(),
                    });
                }
            });
            return "a note retracted elsewhere";
        }
        35 => {
            let later = app.today + chrono::Days::new(30);
            app.today = if i.is_multiple_of(2) {
                later
            } else {
                app.today - chrono::Days::new(30)
            };
            return "another day";
        }
        36 => {
            app.tz = [chrono_tz::Asia::Tokyo, chrono_tz::Europe::Brussels][i % 2];
            return "another zone";
        }
        37 => {
            set_lang([Lang::Nl, Lang::Fr, Lang::En][i % 3]);
            return "another language";
        }
        38 => {
            app.idle_lock = Some(chrono::Duration::zero());
            apply(app, [Action::Tick]);
            app.idle_lock = None;
            return "locked";
        }
        39 => {
            theme::set(Theme::ALL[i % 3]);
            return "another theme";
        }
        40 => &[Action::ReopenSession, Action::Yes],
        41 => {
            if let Some(m) = app.meeting.as_mut() {
                m.session.status = SessionStatus::InProgress;
            }
            &[Action::CloseSession, Action::Yes]
        }
        _ => &[Action::Back, Action::Yes],
    };
    apply(app, actions.iter().cloned());
    "keys"
}
