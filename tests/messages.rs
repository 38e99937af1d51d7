//! Messages: a long one wraps to a second line instead of being cut mid-word, and the
//! last ones are kept (in memory only) in a log that a key opens.

use roundtable::app::{Action, Status, StatusKind};

mod support;
use support::app::{apply, demo_app, render, screen};

const LONG: &str = "⚠ line 4: no name and no organisation, the row is skipped; \
                    the import was recorded on the trail";

/// The status rows of an 80×24 screen: the two above the footer.
fn status_rows(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len() - 3..lines.len() - 1].join("\n")
}

#[test]
fn a_long_message_wraps_to_a_second_line() {
    let mut app = demo_app();
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: LONG.into(),
    });
    let s = screen(&app, 80, 24);
    let rows = status_rows(&s);
    for word in LONG.split_whitespace() {
        assert!(rows.contains(word), "{word:?} is cut:\n{rows}");
    }
    insta::assert_snapshot!("long_message_80x24", render(&app, 80, 24).backend());
}

/// A message in wide characters (a name written so, two columns each) wraps by
/// columns: no row runs past the screen, and one too long for two rows ends with "…"
/// in view.
#[test]
fn a_message_in_wide_characters_wraps_by_columns() {
    let mut app = demo_app();
    let wide = "会議の記録と地域の連絡 ".repeat(12);
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: format!("Could not save 王小明: {wide}"),
    });
    let rows = support::app::cells(&app, 80, 24);
    let (first, second) = (&rows[21], &rows[22]);
    assert!(first.contains("Could not save 王"), "{first}");
    assert!(
        second.trim_end().ends_with('…'),
        "the ellipsis is cut off: {second}"
    );
}

#[test]
fn a_short_message_keeps_one_row() {
    let mut app = demo_app();
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: "Saved.".into(),
    });
    let s = screen(&app, 80, 24);
    let lines: Vec<&str> = s.lines().collect();
    assert!(lines[lines.len() - 2].contains("Saved."), "{s}");
    let above = lines[lines.len() - 3];
    assert!(
        above.contains('╰') || above.contains('│'),
        "the body keeps its row:\n{s}"
    );
}

#[test]
fn the_last_messages_are_kept_in_a_log_that_opens() {
    let mut app = demo_app();
    for text in ["first trouble", "second trouble"] {
        apply(&mut app, [Action::StoreFailed(text.into()), Action::Back]);
    }
    assert!(app.status.is_none());
    apply(&mut app, [Action::ShowMessages]);
    let s = screen(&app, 80, 24);
    assert!(
        s.contains("first trouble") && s.contains("second trouble"),
        "{s}"
    );
    let newest = s.find("second trouble").unwrap();
    assert!(
        newest < s.find("first trouble").unwrap(),
        "newest first:\n{s}"
    );
    apply(&mut app, [Action::Back]);
    assert!(!screen(&app, 80, 24).contains("first trouble"));
}

#[test]
fn the_log_keeps_only_the_last_messages() {
    let mut app = demo_app();
    let kept = roundtable::app::model::messages::KEPT;
    for i in 0..kept + 5 {
        apply(&mut app, [Action::StoreFailed(format!("trouble {i}"))]);
    }
    let texts: Vec<&str> = app
        .messages
        .newest_first()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(texts.len(), kept);
    assert_eq!(texts[0], format!("trouble {}", kept + 4));
    assert!(!texts.contains(&"trouble 4"));
}

fn meeting() -> roundtable::app::App {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    app
}

/// Types `lines` into the meeting's note editor, one line each.
fn type_lines(app: &mut roundtable::app::App, lines: &[&str]) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
            apply(app, [Action::Input(enter)]);
        }
        support::app::type_text(app, line);
    }
}

/// The hints under the note editor (a line that cannot be read) are messages too: at
/// 80 columns they wrap instead of being cut mid-word ("⚠ line 2: not a date: whenev").
#[test]
fn the_note_editor_hints_wrap_instead_of_being_cut() {
    let mut app = meeting();
    type_lines(
        &mut app,
        &[
            "action: @nobodyknown call the family about school due:+3d",
            "action: @samira talk to the mother due:whenever",
            "action: @zzzz ask the club due:+1d",
        ],
    );
    let s = screen(&app, 80, 24);
    for hint in [
        "line 1: who is @nobodyknown",
        "line 2: not a date: whenever",
        "line 3: who is @zzzz",
    ] {
        assert!(s.contains(hint), "{hint:?} is cut:\n{s}");
    }
    assert!(s.contains("C-s save note"), "the footer stays:\n{s}");
    insta::assert_snapshot!("note_hints_80x24", render(&app, 80, 24).backend());
}

/// A long message in the meeting wraps as it does on the lists.
#[test]
fn a_long_message_in_the_meeting_wraps() {
    let mut app = meeting();
    app.status = Some(Status {
        kind: StatusKind::Error,
        text: LONG.into(),
    });
    let s = screen(&app, 80, 24);
    for word in LONG.split_whitespace() {
        assert!(s.contains(word), "{word:?} is cut:\n{s}");
    }
}

/// A key that opens the message log works on every screen, the meeting's side and notes
/// pane included (where `l` moves to the notes): messages matter most during a meeting.
/// The key's action is applied, and the log must be on the screen.
#[test]
fn the_message_log_opens_from_every_screen() {
    use roundtable::app::Tab;
    use roundtable::app::model::keymap::{bindings_for, lookup};
    let opens_log = |app: &roundtable::app::App| {
        let scopes = app.scopes();
        bindings_for(&scopes)
            .filter(|b| b.action == Action::ShowMessages)
            .flat_map(|b| b.keys.iter())
            .map(|&(code, mods)| crossterm::event::KeyEvent::new(code, mods))
            .find(|&key| lookup(&scopes, key) == Some(Action::ShowMessages))
    };
    let mut screens: Vec<Vec<Action>> = [
        Tab::Overview,
        Tab::Stakeholders,
        Tab::Networks,
        Tab::Sessions,
        Tab::Sharing,
    ]
    .into_iter()
    .map(|t| vec![Action::GoTab(t)])
    .collect();
    screens.push(vec![Action::GoTab(Tab::Sessions), Action::ToggleActions]);
    screens.push(vec![Action::GoTab(Tab::Sessions), Action::ToggleCases]);
    screens.push(vec![Action::GoTab(Tab::Sharing), Action::ToggleAudit]);
    let meeting = vec![
        Action::GoTab(Tab::Sessions),
        Action::Top,
        Action::OpenMeeting,
        Action::FocusSide,
    ];
    screens.push(meeting.clone());
    screens.push([meeting, vec![Action::FocusNotes]].concat());
    for actions in screens {
        let mut app = demo_app();
        apply(&mut app, [Action::StoreFailed("trouble".into())]);
        apply(&mut app, actions.clone());
        // The terminal loop turns the key into its action by the same lookup.
        let key = opens_log(&app).unwrap_or_else(|| panic!("{actions:?}: {:?}", app.scopes()));
        let action = lookup(&app.scopes(), key);
        apply(&mut app, action);
        let s = screen(&app, 80, 24);
        assert!(s.contains("Last messages"), "{actions:?}:\n{s}");
    }
}

/// `?` over the message log opens help on the log's own keys (its footer has no room
/// for PgUp/PgDn/Home/End at 80 columns, in Dutch least of all); Esc returns to the log.
#[test]
fn help_over_the_message_log_lists_its_keys_and_returns_to_it() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use roundtable::app::model::keymap::lookup;
    use roundtable::i18n::{Lang, t, writing_in};
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        writing_in(lang, || {
            let mut app = demo_app();
            apply(&mut app, [Action::StoreFailed("trouble".into())]);
            apply(&mut app, [Action::ShowMessages]);
            let question = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE);
            let open = lookup(&app.scopes(), question);
            apply(&mut app, open);
            let s = screen(&app, 80, 24);
            assert!(
                s.contains(t("messages-title")),
                "{lang:?}: about the log:\n{s}"
            );
            support::app::assert_help_lists_paging_keys(&s, lang);
            let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            let close = lookup(&app.scopes(), esc);
            apply(&mut app, close);
            let s = screen(&app, 80, 24);
            assert!(s.contains("trouble"), "{lang:?}: back to the log:\n{s}");
            assert_eq!(app.scopes(), vec![roundtable::app::Scope::Messages]);
        });
    }
}

/// Esc on the message log (and the meeting's summary) closes a window, as on help: the
/// same verb in every language, not the one for closing a session ("clôturer").
#[test]
fn closing_the_log_says_close_as_closing_help_does() {
    use roundtable::i18n::Lang;
    for lang in Lang::ALL {
        assert_eq!(lang.t("key-close"), lang.t("key-close_help"), "{lang:?}");
    }
}
