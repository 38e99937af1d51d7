//! Whole-screen snapshots of every tab at 80×24 and 160×48, and what the screens must show.

use roundtable::app::{Action, Tab};

mod support;
use support::app::{apply, demo_app, render, screen};

#[test]
fn every_tab_at_both_sizes() {
    for (w, h) in [(80, 24), (160, 48)] {
        for tab in Tab::ALL {
            let mut app = demo_app();
            apply(&mut app, [Action::GoTab(tab)]);
            let name = format!("{tab:?}_{w}x{h}").to_lowercase();
            insta::assert_snapshot!(name, render(&app, w, h).backend());
        }
    }
}

#[test]
fn help_lists_the_keys_from_the_keymap() {
    let mut app = demo_app();
    apply(&mut app, [Action::ToggleHelp]);
    let first = screen(&app, 80, 24);
    // Every key is on the first page, or the help says there is more and scrolls to it.
    let mut seen = first.clone();
    for _ in 0..40 {
        apply(&mut app, [Action::Down]);
        seen.push_str(&screen(&app, 80, 24));
    }
    let on_first = roundtable::app::bindings_for(&app.view_scopes())
        .all(|b| first.contains(roundtable::i18n::t(b.help)));
    assert!(
        on_first || first.contains(" ↓ "),
        "no scroll marker:\n{first}"
    );
    for b in roundtable::app::bindings_for(&app.view_scopes()) {
        assert!(
            seen.contains(roundtable::i18n::t(b.help)),
            "help lacks {}\n{seen}",
            b.help
        );
    }
    let mut app = demo_app();
    apply(&mut app, [Action::ToggleHelp]);
    insta::assert_snapshot!("help_80x24", render(&app, 80, 24).backend());
}

#[test]
fn footer_shows_the_keys_of_the_current_view() {
    let app = demo_app();
    let s = screen(&app, 80, 24);
    let footer = s.lines().last().unwrap();
    assert!(
        footer.contains("? more") && footer.contains("q quit"),
        "{footer}"
    );
}

#[test]
fn too_small_terminals_get_a_message_not_garbage() {
    let app = demo_app();
    for (w, h) in [(40, 10), (20, 5), (59, 24), (80, 15)] {
        let s = screen(&app, w, h);
        assert!(s.contains("too small"), "{w}x{h}:\n{s}");
    }
    assert!(!screen(&app, 60, 16).contains("too small"));
}

#[test]
fn lists_never_show_archived_or_case_names() {
    let mut app = demo_app();
    let s = screen(&app, 160, 48);
    assert!(!s.contains("De Schakel"), "archived stakeholder is listed");
    apply(&mut app, [Action::GoTab(Tab::Sessions), Action::Down]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("RT-2026-001"), "{s}");
}

#[test]
fn hostile_text_is_drawn_inert() {
    use std::sync::Arc;
    let mut data = support::full_dataset();
    data.stakeholders[0].name = "Aaron \u{1b}]0;owned\u{7}\u{9b}2J\u{202e}x".into();
    // On the Overview too: a network's name on the picture, a person's in the panel.
    data.networks[0].name = "Net \u{1b}]0;owned\u{7}".into();
    let overview = roundtable::domain::overview::compute(&data, support::today());
    let mut app = roundtable::app::App::new(support::today());
    apply(
        &mut app,
        [
            roundtable::app::Action::Loaded(Arc::new(data), 1),
            roundtable::app::Action::OverviewReady(Arc::new(overview)),
        ],
    );
    let inert = |t: &ratatui::Terminal<ratatui::backend::TestBackend>| {
        for cell in t.backend().buffer().content() {
            assert!(
                !cell
                    .symbol()
                    .chars()
                    .any(|c| c.is_control() || c == '\u{202e}'),
                "{:?}",
                cell.symbol()
            );
        }
    };
    for _ in 0..3 {
        inert(&render(&app, 160, 48));
        apply(&mut app, [Action::NextOverviewPage]);
    }
    apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    let t = render(&app, 80, 24);
    inert(&t);
    assert!(t.backend().to_string().contains("Aaron ␛]0;owned␇"));
}

#[test]
fn cases_list_and_case_file() {
    let mut app = demo_app();
    apply(
        &mut app,
        [Action::GoTab(Tab::Sessions), Action::ToggleCases],
    );
    let s = screen(&app, 80, 24);
    assert!(
        s.contains("RT-2026-001") && s.contains("RT-2025-004"),
        "{s}"
    );
    insta::assert_snapshot!("cases_80x24", render(&app, 80, 24).backend());
    // RT-2026-001 sorts first (its review is overdue); open its file.
    apply(&mut app, [Action::Top, Action::Open]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("Case file RT-2026-001"), "{s}");
    assert!(
        s.contains("discussed at Partner round table — two months ago"),
        "{s}"
    );
    assert!(s.contains("Introduce him to the job coach"), "{s}");
    insta::assert_snapshot!("case_file_160x48", render(&app, 160, 48).backend());
    insta::assert_snapshot!("case_file_80x24", render(&app, 80, 24).backend());
}

/// Every form, as it opens, at 80×24.
#[test]
fn forms_at_80x24() {
    let cases: Vec<(&str, Vec<Action>)> = vec![
        ("form_new_stakeholder", vec![Action::New]),
        ("form_edit_stakeholder", vec![Action::Edit]),
        ("form_log_contact", vec![Action::LogContact]),
        ("form_training", vec![Action::NewTraining]),
        ("form_import", vec![Action::Import]),
        (
            "form_new_network",
            vec![Action::GoTab(Tab::Networks), Action::New],
        ),
        (
            "form_problem",
            vec![Action::GoTab(Tab::Networks), Action::LogProblem],
        ),
        (
            "form_exchange",
            vec![Action::GoTab(Tab::Networks), Action::LogExchange],
        ),
        (
            "form_new_session",
            vec![Action::GoTab(Tab::Sessions), Action::New],
        ),
        (
            "form_new_case",
            vec![
                Action::GoTab(Tab::Sessions),
                Action::ToggleCases,
                Action::New,
            ],
        ),
        (
            "form_agreement",
            vec![Action::GoTab(Tab::Sharing), Action::Edit],
        ),
        ("form_rule", vec![Action::GoTab(Tab::Sharing), Action::New]),
    ];
    for (name, actions) in cases {
        let mut app = demo_app();
        apply(&mut app, actions);
        assert!(app.form.is_some(), "{name} opens a form");
        insta::assert_snapshot!(name, render(&app, 80, 24).backend());
    }
}

/// Every screen at every size from below the minimum to large: no panic, ever.
#[test]
fn every_screen_draws_at_every_size() {
    let states: Vec<Vec<Action>> = vec![
        vec![],
        vec![Action::GoTab(Tab::Networks), Action::Open],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::Open,
        ],
        vec![Action::GoTab(Tab::Sharing), Action::ToggleAudit],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
            Action::FocusSide,
            Action::ToggleHelp,
        ],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::OpenMeeting,
            Action::FocusSide,
            Action::CloseSession,
            Action::Yes,
        ],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::ExportMinutes,
            Action::Accept,
        ],
        vec![Action::New],
        vec![
            Action::New,
            Action::NextField,
            Action::NextField,
            Action::NextField,
            Action::OpenPicker,
        ],
        vec![Action::ToggleHelp],
        vec![Action::Quit],
    ];
    for actions in states {
        for (w, h) in [
            (20, 5),
            (40, 10),
            (59, 15),
            (60, 16),
            (61, 17),
            (64, 18),
            (70, 20),
            (80, 24),
            (100, 30),
            (120, 40),
            (160, 48),
            (250, 70),
        ] {
            let mut app = demo_app();
            apply(&mut app, actions.clone());
            render(&app, w, h);
        }
    }
}

/// Without colour (NO_COLOR, or the monochrome theme) the selected row and the active
/// tab are reverse video, and no cell has a colour.
#[test]
fn monochrome_draws_the_selection_in_reverse_video_without_colour() {
    use ratatui::style::{Color, Modifier};
    roundtable::ui::theme::set(roundtable::ui::theme::Theme::Monochrome);
    let app = demo_app();
    let term = render(&app, 80, 24);
    let buf = term.backend().buffer();
    let mut reversed_rows = std::collections::BTreeSet::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "({x},{y})"
            );
            if cell.modifier.contains(Modifier::REVERSED) {
                reversed_rows.insert(y);
            }
        }
    }
    roundtable::ui::theme::set(roundtable::ui::theme::Theme::Default);
    // The tab bar and the selected stakeholder.
    assert!(
        reversed_rows.len() >= 2,
        "reverse video on rows {reversed_rows:?}"
    );
    insta::assert_snapshot!("monochrome_80x24", format!("{buf:?}"));
}

/// In monochrome the focused pane of the meeting screen still shows: its border is
/// bold, and the bold border moves with the focus.
#[test]
fn monochrome_shows_the_focused_pane() {
    use ratatui::style::{Color, Modifier};
    use roundtable::ui::theme::{Theme, set};
    let bold_borders = |app: &roundtable::app::App| {
        let term = render(app, 120, 36);
        let buf = term.backend().buffer().clone();
        let mut cells = std::collections::BTreeSet::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let c = &buf[(x, y)];
                assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
                if "╭╮╰╯│─".contains(c.symbol()) && c.modifier.contains(Modifier::BOLD)
                {
                    cells.insert((x, y));
                }
            }
        }
        cells
    };
    set(Theme::Monochrome);
    let mut app = demo_app();
    apply(&mut app, support::app::NEXT_MEETING);
    let editor = bold_borders(&app);
    apply(&mut app, [Action::FocusSide]);
    let side = bold_borders(&app);
    set(Theme::Default);
    assert!(!editor.is_empty() && !side.is_empty());
    assert_ne!(editor, side, "the bold border does not follow the focus");
}

/// A pre-filled value that the first key typed replaces looks selected (as in any form
/// UI), so that nobody types after a saved name expecting to add to it; once the cursor
/// moves, it is plain text being edited.
#[test]
fn a_value_that_typing_replaces_looks_selected() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = demo_app();
    apply(&mut app, [Action::Edit]);
    // The style of the name's first letter in the form's Name field.
    let style_of = |app: &roundtable::app::App| {
        let t = render(app, 80, 24);
        let buf = t.backend().buffer();
        for y in 0..24u16 {
            let row: Vec<String> = (0..80u16)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect();
            let text = row.concat();
            if let Some(at) = text.find("Name Ahmed") {
                let x = text[..at].chars().count() + "Name ".len();
                return buf[(x as u16, y)].style();
            }
        }
        panic!("no name field")
    };
    let selected = roundtable::ui::theme::selected();
    assert_eq!(style_of(&app).bg, selected.bg, "the value looks selected");
    apply(
        &mut app,
        [Action::Input(KeyEvent::new(
            KeyCode::End,
            KeyModifiers::NONE,
        ))],
    );
    assert_ne!(style_of(&app).bg, selected.bg, "now being edited");
}
