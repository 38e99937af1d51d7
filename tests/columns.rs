//! Column widths follow content and space: a long name is not cut while other columns
//! have room.

use std::sync::Arc;

use roundtable::app::{Action, App};
use roundtable::domain::dataset::Dataset;

mod support;
use support::app::{apply, screen};

const LONG_NAME: &str = "Marie-Christine Vandenbroucke";
const LONG_ORG: &str = "Vzw Jeugdwerking Marlevoorde-Noord en omstreken";

fn app_with_long_texts() -> App {
    let mut data = support::full_dataset();
    data.stakeholders[0].name = LONG_NAME.into();
    data.stakeholders[0].organisation = LONG_ORG.into();
    let overview = roundtable::domain::overview::compute(&data, support::today());
    listed(data, [Action::OverviewReady(Arc::new(overview))])
}

/// The app on `data`, on the stakeholder list, after `then`.
fn listed(data: Dataset, then: impl IntoIterator<Item = Action>) -> App {
    let mut app = App::new(support::today());
    apply(
        &mut app,
        [
            Action::Loaded(Arc::new(data), 1),
            Action::GoTab(roundtable::app::Tab::Stakeholders),
        ],
    );
    apply(&mut app, then);
    app
}

#[test]
fn a_long_name_is_shown_whole_when_there_is_room() {
    let app = app_with_long_texts();
    let s = screen(&app, 160, 48);
    let row = s
        .lines()
        .find(|l| l.starts_with("\"│Marie-Christine"))
        .unwrap_or_else(|| panic!("not listed:\n{s}"));
    assert!(row.contains(LONG_NAME), "{row}");
    // The sector beside it is whole too.
    assert!(row.contains("Local authority"), "{row}");
}

#[test]
fn narrow_screens_share_the_room_by_need() {
    let app = app_with_long_texts();
    let s = screen(&app, 80, 24);
    let row = s
        .lines()
        .find(|l| l.contains("Ahmed"))
        .unwrap_or_else(|| panic!("not listed:\n{s}"));
    // Still the fixed columns: contact age and cadence are whole.
    assert!(
        row.contains(" d ") || row.contains("ok") || row.contains('⚠'),
        "{row}"
    );
}

/// Where the organisation column starts, in the list's header line.
fn organisation_column(app: &App) -> usize {
    let s = screen(app, 160, 48);
    let header = (s.lines())
        .find(|l| l.contains("Organisation"))
        .unwrap_or_else(|| panic!("no header:\n{s}"));
    let at = header.find("Organisation").unwrap();
    header[..at].chars().count()
}

/// The widths are worked out once per set of rows (not at every frame) and follow each
/// change of the rows listed: a filter that leaves the long name out narrows the name
/// column, and Esc widens it again.
#[test]
fn the_columns_follow_the_rows_listed_through_a_filter_and_back() {
    let mut app = app_with_long_texts();
    let wide = organisation_column(&app);
    apply(&mut app, [Action::StartFilter]);
    support::app::type_text(&mut app, "tahiri grocery");
    let narrow = organisation_column(&app);
    assert!(
        narrow < wide,
        "{narrow} < {wide}\n{}",
        screen(&app, 160, 48)
    );
    apply(&mut app, [Action::Back]);
    assert_eq!(organisation_column(&app), wide);
}

/// A sector of one's own is measured as written, and an archived name with its mark,
/// each whole when there is room.
#[test]
fn an_own_sector_and_an_archived_name_are_measured_whole() {
    const OWN: &str = "Vereniging van buurtwinkeliers Molenwijk";
    let mut data = support::full_dataset();
    data.stakeholders[0].name = LONG_NAME.into();
    data.stakeholders[0].archived = true;
    data.stakeholders[0].sector = roundtable::domain::stakeholder::Sector::Other(OWN.into());
    let app = listed(data, [Action::ToggleArchived]);
    let s = screen(&app, 300, 48);
    let row = (s.lines())
        .find(|l| l.starts_with("\"│Marie-Christine"))
        .unwrap_or_else(|| panic!("not listed:\n{s}"));
    assert!(row.contains(&format!("{LONG_NAME} (archived)")), "{row}");
    assert!(row.contains(OWN), "{row}");
}

/// The meeting's side (attendance and agenda) is as wide as its texts and the current
/// item's timer need, up to a share of the screen: at 80 columns the current item reads
/// whole with its timer, and the longest agenda text is not cut at 160.
#[test]
fn the_agenda_pane_has_room_for_its_texts_and_timers() {
    let mut app = support::app::demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    let s = screen(&app, 80, 24);
    assert!(s.contains("▶ RT-2026-001 · follow-up 00:00"), "{s}");
    assert!(s.contains("Chief Insp. Sofie Claes"), "{s}");
    let s = screen(&app, 160, 48);
    assert!(s.contains("RT-2026-002 · in discussion"), "{s}");
    // The notes keep most of the screen.
    let notes = s
        .lines()
        .nth(1)
        .unwrap()
        .chars()
        .skip_while(|&c| c != '╮')
        .count();
    assert!(notes > 80, "{s}");
}

/// A sharing rule's text is longer than its column at 80 and at 160 columns: the
/// selected rule reads whole (its row wraps), the others keep one row each.
#[test]
fn the_selected_rule_reads_whole() {
    let mut app = support::app::demo_app();
    apply(
        &mut app,
        [Action::GoTab(roundtable::app::Tab::Sharing), Action::Top],
    );
    let i = app.view().selected_row().unwrap();
    let text = app.data.sharing_rules[i].text.clone();
    for (w, h) in [(80, 24), (160, 48)] {
        let s = screen(&app, w, h);
        let rows: Vec<String> = s
            .lines()
            // At 160 the rules stand right of the agreement: their pane only.
            .map(|l| l.trim_matches('"').rsplit("││").next().unwrap_or_default())
            .map(|l| l.split('│').map(str::trim).collect::<Vec<_>>().join(" "))
            .collect();
        // The text runs on in its column; the "active" mark stands beside its first row.
        let joined = rows.join(" ").replace('✓', " ");
        let joined = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains(&text), "{text:?} at {w}x{h}:\n{s}");
    }
}

/// Columns are sized in columns of the screen, not characters: a name written in wide
/// characters (two columns each) is shown whole, and so is the organisation beside it.
#[test]
fn a_name_in_wide_characters_is_measured_in_columns() {
    let mut data = support::full_dataset();
    data.stakeholders[0].name = "王小明 陳大文 李志強 張偉".into();
    data.stakeholders[0].organisation = "華人社區協會 中心".into();
    // Sorted by name, after the Latin names.
    let app = listed(data, [Action::Bottom]);
    let rows = support::app::cells(&app, 160, 48);
    let row = rows.iter().find(|r| r.starts_with("│王")).expect("listed");
    // Each wide character is followed by the cell it covers, drawn empty.
    let shown: String = row.chars().filter(|&c| c != ' ').collect();
    assert!(
        shown.contains("王小明陳大文李志強張偉"),
        "the name is cut: {}",
        row
    );
    assert!(
        shown.contains("華人社區協會中心"),
        "the organisation is cut: {}",
        row
    );
}
