//! The meeting's notes pane is drawn once and copied into the following frames while it
//! shows the same (`app::model::kept`), so that typing a note does not lay out and wrap
//! every note above it again. Whatever it shows that changes draws it again: each step
//! below compares the frame drawn with what the pane kept against the same frame drawn
//! from nothing, and checks that the step did change what the pane shows.
//! One test in its own binary: it switches the language and the theme.

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use roundtable::app::model::meeting::TICKS_PER_SECOND;
use roundtable::app::{Action, App, Tab};
use roundtable::domain::note::{ActionItem, ActionStatus};
use roundtable::domain::session::SessionStatus;
use roundtable::i18n::{Lang, set_lang};
use roundtable::ui::theme::{self, Theme};

mod support;
use support::app::{apply, render, run_effects, store_app, type_text};

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

#[test]
fn the_notes_pane_kept_between_frames_shows_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    let open = [
        Action::GoTab(Tab::Sessions),
        Action::Top,
        Action::OpenMeeting,
    ];
    apply(&mut app, open);
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
