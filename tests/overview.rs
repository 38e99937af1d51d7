//! The Overview's pages and the network picture at 80×24 and 160×48, drawn from the demo
//! town's overview model.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::symbols::Marker;
use roundtable::domain::overview::compute;
use roundtable::ui::overview::{OverviewView, Page, render};

mod support;

fn draw(page: Page, marker: Marker, computed: bool, w: u16, h: u16) -> Terminal<TestBackend> {
    let data = roundtable::demo::build(support::today());
    let o = compute(&data, support::today());
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        let v = OverviewView {
            overview: computed.then_some(&o),
            data: &data,
            page,
            selected: 1,
            marker,
        };
        render(f, f.area(), &v);
    })
    .unwrap();
    term
}

fn text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    let w = b.area.width as usize;
    b.content()
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn pages_at_both_sizes() {
    for (w, h) in [(80, 24), (160, 48)] {
        for (page, name) in [
            (Page::Steps, "steps"),
            (Page::Figures, "figures"),
            (Page::Network, "network"),
        ] {
            let t = draw(page, Marker::Braille, true, w, h);
            insta::assert_snapshot!(format!("overview_{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn the_network_picture_has_a_half_block_fallback() {
    let braille = text(&draw(Page::Network, Marker::Braille, true, 80, 24));
    let half = text(&draw(Page::Network, Marker::HalfBlock, true, 80, 24));
    let has_braille = |s: &str| s.chars().any(|c| ('\u{2801}'..='\u{28FF}').contains(&c));
    assert!(has_braille(&braille));
    assert!(!has_braille(&half), "{half}");
    assert!(
        half.contains('▀') || half.contains('▄') || half.contains('█'),
        "{half}"
    );
    insta::assert_snapshot!(
        "overview_network_halfblock_80x24",
        text(&draw(Page::Network, Marker::HalfBlock, true, 80, 24))
    );
}

#[test]
fn the_steps_show_every_line_with_its_jump_key_and_wait_for_the_figures() {
    let s = text(&draw(Page::Steps, Marker::Braille, true, 160, 48));
    for step in ["Step 1", "Step 2", "Step 3", "The round table"] {
        assert!(s.contains(step), "{step}\n{s}");
    }
    assert!(s.contains("Sectors in the network"));
    let waiting = text(&draw(Page::Steps, Marker::Braille, false, 80, 24));
    assert!(waiting.contains("Computing the overview"));
}

/// The first frame does not wait for the overview: a staged load asks for it only once
/// its second part (actions, notes) is in, and the worker's answer fills the tab.
#[test]
fn the_overview_arrives_after_the_first_frame_from_the_worker() {
    use roundtable::app::{self, App, Effect, Tab};
    let dir = tempfile::tempdir().unwrap();
    let store =
        roundtable::store::Store::open_as(&dir.path().join("t.redb"), true, "t".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = App::new(support::today());
    assert_eq!(app.tab, Tab::Overview, "the program opens on the Overview");
    let mut results = Vec::new();
    app::run_effect_each(&store, &Effect::LoadStaged, &mut |a| results.push(a));
    app.effects.clear();
    let mut results = results.into_iter();
    support::app::apply(&mut app, results.next());
    let computing = |e: &Effect| matches!(e, Effect::ComputeOverview(..));
    assert!(
        !app.effects.iter().any(computing),
        "not before the actions are in"
    );
    assert!(support::app::screen(&app, 80, 24).contains("Computing the overview"));
    support::app::apply(&mut app, results);
    let asked: Vec<Effect> = app.effects.drain(..).filter(computing).collect();
    assert_eq!(asked.len(), 1);
    support::app::apply(&mut app, [app::run_effect(&store, &asked[0])]);
    let s = support::app::screen(&app, 80, 24);
    assert!(
        s.contains("Where you stand") && s.contains("Sectors in the network"),
        "{s}"
    );
    // A later reload (another window saved) asks again.
    support::app::apply(&mut app, [app::run_effect(&store, &Effect::Load)]);
    assert!(app.effects.iter().any(computing));
}

#[test]
fn enter_jumps_to_the_records_a_line_is_about_and_v_turns_the_page() {
    use roundtable::app::model::overview::OverviewPage;
    use roundtable::app::{Action, OVERVIEW_VIEW, Tab, lookup};
    use roundtable::domain::overview::checklist::Jump;
    let mut app = support::app::demo_app();
    support::app::apply(&mut app, [Action::GoTab(Tab::Overview)]);
    let key = |c| {
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        )
    };
    assert_eq!(
        lookup(&app.view_scopes(), key('0')),
        Some(Action::GoTab(Tab::Overview))
    );
    assert_eq!(
        lookup(&app.view_scopes(), key('v')),
        Some(Action::NextOverviewPage)
    );
    let checks = app.overview.model.clone().unwrap().checklist.clone();
    for (want, tab, actions) in [
        (Jump::Stakeholders, Tab::Stakeholders, false),
        (Jump::Networks, Tab::Networks, false),
        (Jump::Actions, Tab::Sessions, true),
    ] {
        support::app::apply(&mut app, [Action::GoTab(Tab::Overview)]);
        let line = checks.iter().position(|c| c.jump == want).unwrap();
        app.views[OVERVIEW_VIEW].selected = line;
        support::app::apply(&mut app, [Action::Open]);
        assert_eq!((app.tab, app.show_actions), (tab, actions), "{want:?}");
    }
    // The pipeline's line: the stakeholders list, with the stage picker open on it.
    support::app::apply(&mut app, [Action::GoTab(Tab::Overview)]);
    let line = checks
        .iter()
        .position(|c| c.jump == Jump::Pipeline)
        .unwrap();
    app.views[OVERVIEW_VIEW].selected = line;
    support::app::apply(&mut app, [Action::Open]);
    assert_eq!(app.tab, Tab::Stakeholders);
    let picker = app.picker.as_ref().expect("the stage picker");
    assert_eq!(
        picker.target,
        roundtable::app::model::picker::PickTarget::StageFilter
    );
    app.picker = None;
    support::app::apply(
        &mut app,
        [Action::GoTab(Tab::Overview), Action::Top, Action::Down],
    );
    assert_eq!(app.views[OVERVIEW_VIEW].selected, 1);
    for page in [
        OverviewPage::Figures,
        OverviewPage::Network,
        OverviewPage::Steps,
    ] {
        support::app::apply(&mut app, [Action::NextOverviewPage]);
        assert_eq!(app.overview.page, page);
    }
}

/// At 80 columns a checklist line longer than the pane wraps under its text instead of
/// being cut mid-word ("… (Molenplein night life, Molenwijk t").
#[test]
fn a_long_checklist_line_wraps_at_80_columns() {
    let data = roundtable::demo::build(support::today());
    let o = compute(&data, support::today());
    let s = text(&draw(Page::Steps, Marker::Braille, true, 80, 24));
    // The pane's rows, inside the borders, run together.
    let inside: Vec<&str> = s
        .lines()
        .filter_map(|l| l.strip_prefix('│')?.strip_suffix('│'))
        .map(str::trim)
        .collect();
    let joined = inside.join(" ");
    let first_four = o.checklist.iter().take(4);
    for c in first_four {
        let line = roundtable::ui::overview::check_text(c);
        assert!(joined.contains(&line), "{line:?} is cut:\n{s}");
    }
}
