//! The stakeholder detail is drawn once and copied into the following frames while it
//! shows the same (`app::model::kept`): whatever it shows that changes draws it again.
//! One test in its own binary: it switches the language and the theme.

use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent};

use roundtable::app::{Action, Tab};
use roundtable::i18n::{Lang, set_lang};
use roundtable::ui::theme::{self, Theme};

mod support;
use support::app::{apply, demo_app, render, screen, type_text};

/// The detail pane of a screen: the columns from the second pane's left border.
fn detail(s: &str) -> String {
    let lines: Vec<Vec<char>> = s.lines().map(|l| l.chars().collect()).collect();
    let second_corner = |l: &Vec<char>| (0..l.len()).filter(|&x| l[x] == '╭').nth(1);
    let (top, left) = (lines.iter().enumerate())
        .find_map(|(y, l)| second_corner(l).map(|x| (y, x)))
        .expect("two panes");
    let bottom = (lines.iter().position(|l| l.get(left) == Some(&'╰'))).expect("a bottom border");
    let rows = lines[top..=bottom].iter();
    rows.map(|l| l.iter().skip(left).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cells of the detail pane, styles and all.
fn detail_cells(app: &roundtable::app::App) -> Vec<ratatui::buffer::Cell> {
    let t = render(app, 160, 48);
    let buf = t.backend().buffer();
    let left = (0..160)
        .filter(|&x| buf[(x, 1)].symbol() == "╭")
        .nth(1)
        .unwrap();
    let bottom = (1..48).find(|&y| buf[(left, y)].symbol() == "╰").unwrap();
    (1..=bottom)
        .flat_map(|y| (left..160).map(move |x| (x, y)))
        .map(|p| buf[p].clone())
        .collect()
}

#[test]
fn the_detail_kept_between_frames_shows_every_change() {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    let first = detail(&screen(&app, 160, 48));
    let row = app.view().selected_row().unwrap();
    let name = app.data.stakeholders[row].name.clone();
    assert!(first.contains(&name), "{first}");
    assert_eq!(
        detail(&screen(&app, 160, 48)),
        first,
        "the same frame again"
    );

    // The record changed by a new load: the new name, at once.
    let mut data = (*app.data).clone();
    data.stakeholders[row].name = "Marthe Verhulst-Kept".into();
    // Long enough to scroll when zoomed in at 80×24.
    data.stakeholders[row].communities = (1..=60).map(|n| format!("street {n}")).collect();
    let counter = app.counter + 1;
    apply(&mut app, [Action::Loaded(Arc::new(data), counter)]);
    let row = app.view().selected_row().unwrap();
    assert_eq!(app.data.stakeholders[row].name, "Marthe Verhulst-Kept");
    let renamed = detail(&screen(&app, 160, 48));
    assert!(renamed.contains("Marthe Verhulst-Kept"), "{renamed}");

    // Another language: its labels.
    set_lang(Lang::Nl);
    let dutch = detail(&screen(&app, 160, 48));
    set_lang(Lang::En);
    assert_ne!(dutch, renamed, "the detail stayed in English:\n{dutch}");
    assert_eq!(detail(&screen(&app, 160, 48)), renamed);

    // Another theme: the same text in other colours.
    let coloured = detail_cells(&app);
    theme::set(Theme::Monochrome);
    let mono = detail_cells(&app);
    theme::set(Theme::Default);
    assert_ne!(
        mono, coloured,
        "the detail kept the colours of the other theme"
    );

    // A day later: the figures count from it.
    assert_eq!(detail(&screen(&app, 160, 48)), renamed);
    app.today = app.today.succ_opt().unwrap();
    let next_day = detail(&screen(&app, 160, 48));
    app.today = app.today.pred_opt().unwrap();
    assert_ne!(
        next_day, renamed,
        "the detail still counts from the day before"
    );

    // Typed in the filter, then rested: the line saying how it matched follows the text.
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "kept");
    apply(&mut app, [Action::Tick, Action::Tick]);
    let matched = detail(&screen(&app, 160, 48));
    assert!(matched.contains("“kept”"), "{matched}");
    apply(
        &mut app,
        [Action::Input(KeyEvent::from(KeyCode::Backspace))],
    );
    apply(&mut app, [Action::Tick, Action::Tick]);
    let shorter = detail(&screen(&app, 160, 48));
    assert!(shorter.contains("“kep”"), "{shorter}");
    apply(&mut app, [Action::Back, Action::Back]);

    // Another size: laid out again, not copied.
    let narrow = screen(&app, 120, 40);
    assert!(narrow.contains("Marthe Verhulst-Kept"), "{narrow}");

    // Zoomed in and scrolled: the text moves.
    apply(&mut app, [Action::Open]);
    let zoomed = screen(&app, 80, 24);
    apply(&mut app, [Action::Down, Action::Down]);
    assert!(app.zoom && app.detail_scroll.offset() == 2, "not scrolled");
    assert_ne!(
        screen(&app, 80, 24),
        zoomed,
        "the zoomed detail did not scroll"
    );
}

/// The second half of a staged load (the notes, actions and audit after the records)
/// changes the data in place: the detail's reciprocity, counted from them, follows.
#[test]
fn the_detail_follows_the_second_half_of_a_staged_load() {
    let full = support::full_dataset();
    let mut first = full.clone();
    let history = roundtable::domain::dataset::Dataset {
        notes: std::mem::take(&mut first.notes),
        decisions: std::mem::take(&mut first.decisions),
        actions: std::mem::take(&mut first.actions),
        audit: std::mem::take(&mut first.audit),
        ..Default::default()
    };
    let mut app = roundtable::app::App::new(support::today());
    apply(
        &mut app,
        [
            Action::Loaded(Arc::new(first), 1),
            Action::GoTab(Tab::Stakeholders),
        ],
    );
    let shown = |app: &roundtable::app::App| {
        let row = app.view().selected_row().unwrap();
        let name = app.data.stakeholders[row].name.clone();
        let pane = detail(&screen(app, 160, 48));
        assert!(pane.contains(&name), "{pane}");
        pane
    };
    let before = shown(&app);
    apply(&mut app, [Action::HistoryLoaded(Box::new(history), 1)]);
    let after = shown(&app);
    // What a detail drawn from nothing shows once everything is in.
    let mut fresh = roundtable::app::App::new(support::today());
    apply(
        &mut fresh,
        [
            Action::Loaded(Arc::new(full), 1),
            Action::GoTab(Tab::Stakeholders),
        ],
    );
    assert_eq!(
        after,
        shown(&fresh),
        "the kept detail is from before the history"
    );
    assert_ne!(before, after, "the history changes nothing in this detail");
}

/// A zoomed detail copied from an earlier frame still scrolls: another tab's detail,
/// drawn in between, does not leave its bounds behind.
#[test]
fn a_kept_zoomed_detail_still_scrolls_after_another_tabs_detail() {
    let mut app = demo_app();
    let mut data = (*app.data).clone();
    data.stakeholders[0].communities = (1..=60).map(|n| format!("street {n}")).collect();
    // One mini-network whose detail fits the screen.
    data.networks.truncate(1);
    let n = &mut data.networks[0];
    (n.members, n.sub_networks, n.wanted_sectors) = (vec![], vec![], vec![]);
    (n.shared_goal, n.vision, n.selection_criteria) = (String::new(), String::new(), String::new());
    (n.lead, n.contact_point) = (None, None);
    // Nothing else refers to it (problems, exchange meetings).
    n.id = u64::MAX - 7;
    apply(
        &mut app,
        [
            Action::Loaded(Arc::new(data), 2),
            Action::GoTab(Tab::Stakeholders),
            Action::Top,
            Action::Open,
        ],
    );
    // 100×16: no pane beside the list, so the zoomed pane is the one kept.
    screen(&app, 100, 16);
    apply(
        &mut app,
        [Action::Back, Action::GoTab(Tab::Networks), Action::Open],
    );
    let network = screen(&app, 100, 16);
    assert!(
        !network.contains('↓'),
        "the network's detail does not fit:\n{network}"
    );
    apply(
        &mut app,
        [Action::Back, Action::GoTab(Tab::Stakeholders), Action::Open],
    );
    screen(&app, 100, 16);
    apply(&mut app, [Action::Down, Action::Down]);
    screen(&app, 100, 16);
    assert_eq!(
        app.detail_scroll.offset(),
        2,
        "the zoomed detail did not scroll"
    );
}
