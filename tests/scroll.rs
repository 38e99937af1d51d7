//! Scroll markers: every pane whose text does not fit says where the view is, and lists
//! say which row is selected of how many.

use roundtable::app::{Action, Tab};

mod support;
use support::app::{apply, demo_app, screen};

fn preview() -> Vec<Action> {
    vec![
        Action::GoTab(Tab::Sessions),
        Action::Down,
        Action::ExportMinutes,
        Action::Accept,
    ]
}

/// The lines of the screen that hold a scroll marker ("12–30/84").
fn markers(s: &str) -> Vec<String> {
    s.lines()
        .filter(|l| l.contains('╰') && l.contains('/') && l.contains('–'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_pane_that_does_not_fit_shows_where_it_is() {
    let mut app = demo_app();
    apply(&mut app, preview());
    let s = screen(&app, 80, 24);
    let m = markers(&s);
    assert!(m.iter().any(|l| l.contains("1–") && l.contains('↓')), "{s}");
    assert!(!m.iter().any(|l| l.contains('↑')), "at the top:\n{s}");
    apply(&mut app, [Action::Down, Action::Down, Action::Down]);
    let s = screen(&app, 80, 24);
    assert!(
        markers(&s)
            .iter()
            .any(|l| l.contains("4–") && l.contains('↑')),
        "{s}"
    );
}

#[test]
fn a_pane_that_fits_shows_no_marker() {
    // The first stakeholder's detail fits beside the list at 160×48.
    let s = screen(&demo_app(), 160, 48);
    assert!(markers(&s).is_empty(), "{s}");
}

#[test]
fn every_detail_pane_marks_its_scroll() {
    for actions in [
        vec![Action::Open],
        vec![Action::GoTab(Tab::Networks), Action::Open],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::ToggleCases,
            Action::Top,
            Action::Open,
        ],
    ] {
        let mut app = demo_app();
        apply(&mut app, actions.clone());
        let s = screen(&app, 60, 16);
        assert!(
            markers(&s).iter().any(|l| l.contains('↓')),
            "{actions:?}:\n{s}"
        );
    }
}

#[test]
fn the_message_log_marks_its_scroll() {
    let mut app = demo_app();
    for i in 0..30 {
        apply(&mut app, [Action::StoreFailed(format!("trouble {i}"))]);
    }
    apply(&mut app, [Action::ShowMessages]);
    let s = screen(&app, 80, 24);
    assert!(markers(&s).iter().any(|l| l.contains('↓')), "{s}");
}

/// The bottom border of the pane whose top border holds `title` (panes side by side
/// share a screen row; this takes the columns under the title's box).
fn bottom_of(s: &str, title: &str) -> String {
    let lines: Vec<Vec<char>> = s.lines().map(|l| l.chars().collect()).collect();
    let (row, col) = lines
        .iter()
        .enumerate()
        .find_map(|(r, l)| {
            let text: String = l.iter().collect();
            let at = text.find(title)?;
            let before = text[..at].chars().count();
            let start = l[..before].iter().rposition(|&c| c == '╭')?;
            Some((r, start))
        })
        .unwrap_or_else(|| panic!("no pane titled {title}:\n{s}"));
    let below = lines[row + 1..]
        .iter()
        .find(|l| l.get(col) == Some(&'╰'))
        .unwrap_or_else(|| panic!("no bottom for {title}:\n{s}"));
    let end = below[col + 1..]
        .iter()
        .position(|&c| c == '╯')
        .map_or(below.len(), |e| col + 1 + e);
    below[col..=end.min(below.len() - 1)].iter().collect()
}

fn meeting() -> roundtable::app::App {
    let mut app = demo_app();
    apply(&mut app, support::app::NEXT_MEETING);
    app
}

/// The demo's next round table invites ten partners: at 80×24 the attendance shows six,
/// and says so; moving down the list keeps saying where it is.
#[test]
fn the_meeting_attendance_marks_what_it_does_not_show() {
    let mut app = meeting();
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Present");
    assert!(b.contains("/10") && b.contains('↓'), "{b}\n{s}");
    apply(&mut app, [Action::FocusSide]);
    apply(&mut app, std::iter::repeat_n(Action::Down, 8));
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Present");
    assert!(b.contains("9/10"), "{b}\n{s}");
}

/// An agenda longer than its pane says so, and its current item stays in view.
#[test]
fn the_meeting_agenda_marks_what_it_does_not_show() {
    let mut app = meeting();
    apply(&mut app, [Action::FocusSide]);
    for topic in ["budget", "summer plan", "newsletter", "training day"] {
        apply(&mut app, [Action::AddTopic]);
        support::app::type_text(&mut app, topic);
        apply(&mut app, [Action::Submit]);
    }
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Agenda");
    assert!(b.contains("/7") && b.contains('↓'), "{b}\n{s}");
    apply(&mut app, std::iter::repeat_n(Action::NextItem, 6));
    let s = screen(&app, 80, 24);
    assert!(s.contains("│▶ "), "the current item is in view:\n{s}");
    let b = bottom_of(&s, "Agenda");
    assert!(b.contains('↑'), "{b}\n{s}");
}

/// The round-tables tab's session pane lists the agenda: the third item of the next
/// session does not fit at 80×24, and the pane says there is more.
#[test]
fn the_session_pane_marks_what_it_does_not_show() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions), Action::Top]);
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Partner round table — next week");
    assert!(b.contains('↓'), "{b}\n{s}");
}

/// The Overview's checklist is a list: it says which line is selected of how many, as
/// every list does, at the sizes where it does not fit.
#[test]
fn the_overview_checklist_says_where_it_is() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Overview)]);
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Where you stand");
    assert!(b.contains("1/"), "{b}\n{s}");
}

/// The sharing agreement's pane is six rows at 80×24: its retention line does not fit,
/// and the pane says so.
#[test]
fn the_agreement_pane_marks_what_it_does_not_show() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sharing)]);
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "Sharing agreement");
    assert!(b.contains('↓'), "{b}\n{s}");
}

/// A picker is a list: its border says which match is selected of how many, as lists
/// do (its count line says how many of all match).
#[test]
fn a_picker_says_where_it_is() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Down,
            Action::ExportMinutes,
        ],
    );
    assert!(app.picker.is_some());
    apply(&mut app, std::iter::repeat_n(Action::Down, 20));
    let s = screen(&app, 80, 24);
    let b = bottom_of(&s, "For whom?");
    assert!(b.contains(" 21/"), "{b}\n{s}");
}

/// Presses `code` as the terminal loop does: through the keymap of the scopes in force.
fn press(app: &mut roundtable::app::App, code: crossterm::event::KeyCode) {
    let key = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    let action = roundtable::app::lookup(&app.scopes(), key);
    assert!(
        action.is_some(),
        "{code:?} does nothing in {:?}",
        app.scopes()
    );
    apply(app, action);
}

/// The first row shown, the last, of how many, from the scroll marker at 80×24 whose
/// bottom border holds it ("╰── ↑ 6–15/25 ↓ ─╯").
fn shown_rows(app: &roundtable::app::App) -> (usize, usize, usize) {
    let s = screen(app, 80, 24);
    let line = markers(&s)
        .pop()
        .unwrap_or_else(|| panic!("no marker:\n{s}"));
    let digits = |t: &str| -> usize {
        let d: String = t.chars().filter(char::is_ascii_digit).collect();
        d.parse().unwrap_or_else(|_| panic!("{line}"))
    };
    let (range, total) = line.rsplit_once('/').unwrap();
    let (first, last) = range.rsplit_once('–').unwrap();
    let first = digits(first.rsplit(' ').next().unwrap());
    let total = digits(total.split(' ').next().unwrap());
    (first, digits(last), total)
}

/// PgDn, PgUp, End, ↑, ↓ and Home on the pane that scrolls (`name`, for the messages):
/// a page at a time, to either end, never past the end.
fn assert_pages_to_either_end(app: &mut roundtable::app::App, name: &str) {
    use crossterm::event::KeyCode::{Down, End, Home, PageDown, PageUp, Up};
    let (first, last, total) = shown_rows(app);
    assert_eq!(first, 1, "{name}");
    let page = last - first + 1;
    press(app, PageDown);
    let (down, _, _) = shown_rows(app);
    assert!(
        down > 2 && down <= page + 1,
        "{name}: a page down shows {down}"
    );
    press(app, PageUp);
    assert_eq!(shown_rows(app).0, 1, "{name}: a page up");
    press(app, End);
    assert_eq!(shown_rows(app).1, total, "{name}: End shows the last row");
    press(app, Up);
    assert_eq!(shown_rows(app).1, total - 1, "{name}: ↑ from the end");
    press(app, Down);
    press(app, Down);
    assert_eq!(shown_rows(app).1, total, "{name}: never past the end");
    press(app, Home);
    assert_eq!(shown_rows(app).0, 1, "{name}: Home");
}

/// Long help and a long message log at 80×24 page with PgUp/PgDn and go to either end
/// with Home/End (as lists do), never past the end: one ↑ from the end moves back up.
#[test]
fn help_and_the_message_log_page_and_go_to_either_end() {
    let mut log = demo_app();
    for i in 0..40 {
        apply(&mut log, [Action::StoreFailed(format!("trouble {i}"))]);
    }
    apply(&mut log, [Action::ShowMessages]);
    let mut help = demo_app();
    apply(&mut help, [Action::ToggleHelp]);
    for (name, mut app) in [("help", help), ("log", log)] {
        assert_pages_to_either_end(&mut app, name);
    }
}

/// The demo's records made long enough that each zoomed detail scrolls at 80×24: the
/// first stakeholder, network, training and case each hold many lines.
fn long_records(app: &mut roundtable::app::App) {
    let mut data = (*app.data).clone();
    let many = |what: &str| (1..=300).map(|n| format!("{what} {n}")).collect::<Vec<_>>();
    for s in &mut data.stakeholders {
        s.communities = many("street");
    }
    for n in &mut data.networks {
        n.shared_goal = many("aim").join(" ");
    }
    for tr in &mut data.trainings {
        tr.trainer = many("trainer").join(" ");
    }
    for c in &mut data.cases {
        c.summary = many("fact").join(" ");
    }
    let counter = app.counter + 1;
    apply(app, [Action::Loaded(std::sync::Arc::new(data), counter)]);
}

/// Every record's detail filling the tab (Enter on a record) pages with PgUp/PgDn and
/// goes to either end with Home/End, as help and the message log do, never past the end.
#[test]
fn every_zoomed_detail_pages_and_goes_to_either_end() {
    use crossterm::event::KeyCode::Enter;
    let tabs: [(&str, Vec<Action>); 4] = [
        ("stakeholder", vec![Action::GoTab(Tab::Stakeholders)]),
        ("network", vec![Action::GoTab(Tab::Networks)]),
        (
            "training",
            vec![Action::GoTab(Tab::Networks), Action::ToggleTrainings],
        ),
        (
            "case",
            vec![Action::GoTab(Tab::Sessions), Action::ToggleCases],
        ),
    ];
    for (name, to) in tabs {
        let mut app = demo_app();
        long_records(&mut app);
        apply(&mut app, to);
        apply(&mut app, [Action::Top]);
        press(&mut app, Enter);
        assert!(app.zoom, "{name}: Enter opens the detail");
        assert_pages_to_either_end(&mut app, name);
        assert!(app.zoom, "{name}: still the detail");
    }
}

/// Help over a record's detail filling the tab lists its paging keys first, in every
/// language, at 80×24 (the footer has no room for them).
#[test]
fn help_over_a_zoomed_detail_lists_its_paging_keys() {
    use roundtable::i18n::{Lang, writing_in};
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        writing_in(lang, || {
            let mut app = demo_app();
            apply(&mut app, [Action::Open]);
            assert!(app.zoom);
            press(&mut app, crossterm::event::KeyCode::Char('?'));
            let s = screen(&app, 80, 24);
            support::app::assert_help_lists_paging_keys(&s, lang);
        });
    }
}

/// A picker pages with PgUp/PgDn by the rows it shows, and names those keys on its own
/// count line: the footer below has no room for them in Dutch or French at 80 columns,
/// and a picker takes typed text, so there is no help key to list them behind.
#[test]
fn a_picker_pages_and_names_its_paging_keys() {
    use crossterm::event::KeyCode::{PageDown, PageUp};
    use roundtable::i18n::{Lang, t, writing_in};
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        writing_in(lang, || {
            let mut app = demo_app();
            let to_picker = [Action::GoTab(Tab::Sessions), Action::Down];
            apply(&mut app, to_picker);
            apply(&mut app, [Action::ExportMinutes]);
            let s = screen(&app, 80, 24);
            for (label, id) in [("PgUp", "key-page_up"), ("PgDn", "key-page_down")] {
                let named = format!("{label} {}", t(id));
                assert!(s.contains(&named), "{lang:?}: {named:?} not in\n{s}");
            }
            press(&mut app, PageDown);
            let p = app.picker.as_ref().expect("the picker stays open");
            let page = p.page.get();
            assert!(page > 5, "{lang:?}: {page} rows shown\n{s}");
            assert_eq!(p.selected, page, "{lang:?}: a page down");
            assert!(p.query.value().is_empty(), "{lang:?}: not typed");
            press(&mut app, PageUp);
            assert_eq!(app.picker.as_ref().unwrap().selected, 0, "{lang:?}");
        });
    }
}

/// A selected row taller than its list (a sharing rule whose text wraps over more lines
/// than the pane has) shows its beginning, cut at the bottom, not nothing at all.
#[test]
fn a_selected_row_taller_than_its_list_shows_its_beginning() {
    let mut app = demo_app();
    let mut data = (*app.data).clone();
    let words = (1..=120).map(|n| format!("clause{n}")).collect::<Vec<_>>();
    data.sharing_rules[0].text = format!("Beginning of the rule {}", words.join(" "));
    let counter = app.counter + 1;
    apply(
        &mut app,
        [
            Action::Loaded(std::sync::Arc::new(data), counter),
            Action::GoTab(Tab::Sharing),
            Action::Top,
        ],
    );
    for (w, h) in [(80, 24), (160, 48)] {
        let s = screen(&app, w, h);
        assert!(s.contains("Beginning of the rule"), "{w}×{h}:\n{s}");
    }
}
