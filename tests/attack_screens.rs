//! Escape sequences and bidi controls typed into a session's title or place, a topic, a
//! case summary or a note (and kept in the version a correction replaced) are drawn
//! inert on the meeting screen, the correction picker and form, and the case file.

use std::sync::Arc;

use roundtable::app::{Action, App, Tab};
use roundtable::domain::correction::{Correction, correct};
use roundtable::domain::session::{AgendaSubject, SessionStatus};

mod support;
use support::app::{apply, demo_app, render};

const HOSTILE: &str = "Zz \u{1b}]0;owned\u{7}\u{9b}2J\u{202e}x\u{2066}y\u{200f}";

fn hostile(app: &mut App) {
    let at = "2026-11-29T10:00:00Z".parse().unwrap();
    let d = Arc::make_mut(&mut app.data);
    for s in &mut d.sessions {
        s.title = HOSTILE.into();
        s.place = Some(HOSTILE.into());
        s.status = SessionStatus::InProgress;
        for a in &mut s.agenda {
            if let AgendaSubject::Topic(t) = &mut a.subject {
                *t = HOSTILE.into();
            }
        }
    }
    for c in &mut d.cases {
        c.summary = HOSTILE.into();
    }
    for n in &mut d.notes {
        n.text = format!("{HOSTILE} before");
        let mut c = Correction::of(n);
        c.text = format!("{HOSTILE} after");
        if let Ok(corrected) = correct(n, c, HOSTILE, at) {
            *n = corrected;
        }
    }
}

fn inert(app: &App, what: &str) {
    for (w, h) in [(80, 24), (160, 48)] {
        let t = render(app, w, h);
        for cell in t.backend().buffer().content() {
            let bad = |c: char| {
                c.is_control()
                    || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                    || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
            };
            assert!(
                !cell.symbol().chars().any(bad),
                "{what} at {w}x{h}: {:?}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn meeting_correction_and_case_file_draw_hostile_text_inert() {
    let mut app = demo_app();
    hostile(&mut app);
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    inert(&app, "sessions");
    let pos = (app.view().rows.iter())
        .position(|&i| app.data.sessions[i].id == 2)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::OpenMeeting, Action::FocusSide]);
    inert(&app, "meeting");
    let shown = support::app::screen(&app, 160, 48);
    assert!(
        shown.contains("␛]0;owned"),
        "the meeting shows no hostile text:\n{shown}"
    );
    apply(&mut app, [Action::CorrectNote]);
    let picker = app.picker.as_ref().expect("the session's notes");
    let (target, first) = (picker.target, picker.items[0].value);
    inert(&app, "correction picker");
    apply(&mut app, [Action::Back, Action::Picked(target, first)]);
    assert!(app.form.is_some(), "the correction form");
    inert(&app, "correction form");
    apply(&mut app, [Action::Back, Action::Back, Action::Back]);
    let case = app.data.notes.iter().find_map(|n| n.anchor.case).unwrap();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    let pos = (app.view().rows.iter())
        .position(|&i| app.data.cases[i].id == case)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::Open]);
    inert(&app, "case file");
    let shown = support::app::screen(&app, 160, 48);
    assert!(
        shown.contains("␛]0;owned"),
        "the case file shows no hostile text:\n{shown}"
    );
}
