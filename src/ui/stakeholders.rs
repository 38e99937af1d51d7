use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::{Cell, Row};

use super::{split_detail, theme};
use crate::app::App;
use crate::app::model::matched_fields::matched_fields;
use crate::app::model::stakeholder_list::{DetailOf, Quick};
use crate::domain::indicators::Cadence;
use crate::domain::sanitize::line as clean;
use crate::domain::stakeholder::Stakeholder;
use crate::i18n::{count, t, tf};
use crate::labels;

/// "12 d" since the last contact, or "—".
pub(super) fn age(app: &App, last: Option<chrono::NaiveDate>) -> String {
    last.map(|d| count("age-days", "n", (app.today - d).num_days()))
        .unwrap_or_else(|| "—".into())
}

fn cadence_cell(c: Option<Cadence>) -> Cell<'static> {
    match c {
        Some(Cadence::Overdue(d)) => {
            Cell::from(count("cadence-overdue", "n", d)).style(theme::error())
        }
        Some(Cadence::Never) => Cell::from(t("cadence-never")).style(theme::error()),
        Some(Cadence::Due(d)) if d <= 7 => {
            Cell::from(count("cadence-due", "n", d)).style(theme::warning())
        }
        Some(Cadence::Due(_)) => Cell::from(t("cadence-ok")).style(theme::ok()),
        _ => Cell::from(""),
    }
}

/// The filters in force besides the text: each quick filter on, then the pipeline stage.
fn active_filters(app: &App) -> Vec<String> {
    let p = &app.people;
    let mut parts: Vec<String> = (p.quick.on().iter())
        .map(|q| match q {
            Quick::Sector(s) => labels::sector(s),
            other => t(other.key()).to_owned(),
        })
        .collect();
    if let Some(stage) = p.stage {
        parts.push(tf("filter-stage", &[("stage", &t(stage.key()))]));
    }
    parts
}

fn title(app: &App) -> String {
    let p = &app.people;
    let mut parts = vec![t("tab-stakeholders").to_owned()];
    parts.extend(active_filters(app));
    if p.show_archived {
        parts.push(t("quick-with_archived").to_owned());
    }
    let arrow = if p.descending { "↑" } else { "↓" };
    parts.push(format!("{} {arrow}", t(p.sort.key())));
    parts.join(" · ")
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let filter_shown = app.people.filtering || !app.people.filter.is_empty();
    let (area, filter_area) = if filter_shown {
        let [f, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        (rest, Some(f))
    } else {
        (area, None)
    };
    if let Some(f) = filter_area {
        let [prompt, input] =
            Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(f);
        frame.render_widget(Paragraph::new(Span::styled("/ ", theme::key())), prompt);
        if app.people.filtering {
            frame.render_widget(app.people.filter.textarea(), input);
        } else {
            frame.render_widget(
                Paragraph::new(clean(&app.people.filter.value()).into_owned()),
                input,
            );
        }
    }
    if app.zoom {
        if let Some(i) = app.view().selected_row() {
            render_detail(frame, area, app, i);
        }
        return;
    }
    let (list, detail) = split_detail(area);
    let people = &app.data.stakeholders;
    let title = title(app);
    let wide = list.width >= 100;
    let mut header = vec![
        t("col-name"),
        t("col-organisation"),
        t("col-sector"),
        t("col-network"),
    ];
    let mut fixed = vec![Constraint::Length(widest(&[
        "col-network",
        "formality-formal",
        "formality-informal",
    ]))];
    if wide {
        header.push(t("col-tier"));
        fixed.push(Constraint::Length(12));
    }
    header.extend(["★", t("col-last_contact"), t("col-cadence")]);
    fixed.extend([
        Constraint::Length(1),
        Constraint::Length(5),
        Constraint::Length(9),
    ]);
    let mut widths = text_widths(app, &header, &fixed, list.width);
    widths.extend(fixed);
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: &title,
            header,
            widths: &widths,
            // Said only when the list is empty: it formats a message with the query.
            empty: &if app.view().rows.is_empty() {
                empty_reason(app)
            } else {
                String::new()
            },
        },
        |i| {
            let s = &people[i];
            let f = &app.facts[i];
            let mut name = clean(&s.name).into_owned();
            if s.archived {
                name = format!("{name} ({})", t("archived"));
            }
            let mut cells = vec![
                Cell::from(name),
                Cell::from(clean(&s.organisation).into_owned()),
                Cell::from(labels::sector(&s.sector)),
                Cell::from(labels::formality(s.formality)),
            ];
            if wide {
                cells.push(Cell::from(labels::tier(s.tier)));
            }
            cells.extend([
                Cell::from(if s.key_figure { "★" } else { "" }).style(theme::warning()),
                Cell::from(age(app, f.contacts.last)),
                cadence_cell(f.cadence),
            ]);
            let row = Row::new(cells);
            if s.archived {
                row.style(theme::dim())
            } else {
                row
            }
        },
    );
    // Nobody listed, nobody shown: not even the record pinned before a filter found nobody.
    let listed = !app.view().rows.is_empty();
    let shown = (app.detail_pinned.or(app.view().selected_row())).filter(|_| listed);
    if let (Some(area), Some(i)) = (detail, shown.filter(|&i| i < people.len())) {
        render_detail(frame, area, app, i);
    }
}

/// Why the list is empty: nobody recorded yet, or what hides everyone.
fn empty_reason(app: &App) -> String {
    let people = &app.data.stakeholders;
    let v = &app.people;
    let query = v.filter.value();
    if people.is_empty() {
        t("empty-stakeholders").to_owned()
    } else if !query.trim().is_empty() && active_filters(app).is_empty() {
        crate::i18n::tf("empty-no_match", &[("query", &clean(&query))])
    } else if !query.trim().is_empty() {
        // The text and a quick filter or stage together: either alone may list people.
        let mut parts = vec![tf("filter-text", &[("query", &clean(&query))])];
        parts.extend(active_filters(app));
        tf("empty-filters", &[("filters", &parts.join(" + "))])
    } else if v.stage.is_some() || v.quick.on().len() > 1 {
        tf(
            "empty-filters",
            &[("filters", &active_filters(app).join(" + "))],
        )
    } else if !v.quick.is_empty() {
        t("empty-quick_filter").to_owned()
    } else {
        t("empty-all_archived").to_owned()
    }
}

/// The name, organisation and sector columns sized to the longest text listed, in the
/// room the fixed columns leave.
fn text_widths(app: &App, header: &[&str], fixed: &[Constraint], width: u16) -> Vec<Constraint> {
    use super::widgets::table::fit;
    let needs = text_needs(app, header);
    let fixed: u16 = fixed
        .iter()
        .map(|c| match c {
            Constraint::Length(n) => *n,
            _ => 0,
        })
        .sum();
    let columns = (needs.len() + header.len() - 3) as u16;
    let room = width.saturating_sub(2 + fixed + columns.saturating_sub(1));
    // The name counts double: it is what a row is recognised by.
    fit(&needs, &[2, 1, 1], room)
}

/// The cells the name, organisation and sector columns need for the rows listed: worked
/// out once for a set of rows, data and language, and kept (`PeopleView::needs`).
fn text_needs(app: &App, header: &[&str]) -> [u16; 3] {
    use crate::app::model::stakeholder_list::NeedsOf;
    let of = NeedsOf {
        rows: app.view().version,
        data_sets: app.data_sets,
        lang: crate::i18n::lang(),
    };
    if let Some((kept, needs)) = app.people.needs.get()
        && kept == of
    {
        return needs;
    }
    let needs = measure_needs(app, header);
    app.people.needs.set(Some((of, needs)));
    needs
}

fn measure_needs(app: &App, header: &[&str]) -> [u16; 3] {
    use super::widgets::table::need;
    use crate::app::model::stakeholder_list::SectorNeed;
    use crate::domain::stakeholder::Sector;
    let archived = u16::try_from(t("archived").chars().count() + 3).unwrap_or(u16::MAX);
    let (mut name, mut organisation, mut own) = (0, 0, 0);
    // The standard sectors listed, then "other" left blank.
    let mut listed = [false; Sector::STANDARD.len() + 1];
    for &i in &app.view().rows {
        let c = &app.facts[i].columns;
        name = name.max(c.name.saturating_add(if c.archived { archived } else { 0 }));
        organisation = organisation.max(c.organisation);
        match c.sector {
            SectorNeed::Standard(k) => listed[usize::from(k).min(Sector::STANDARD.len())] = true,
            SectorNeed::Own(n) => own = own.max(n),
        }
    }
    let blank = Sector::Other(String::new());
    let standard = Sector::STANDARD.iter().chain([&blank]);
    let labels = standard
        .zip(listed)
        .filter(|(_, l)| *l)
        .map(|(s, _)| t(s.key()));
    let at_least = |header: &str, n: u16| need(header, std::iter::empty()).max(n);
    [
        at_least(header[0], name),
        at_least(header[1], organisation),
        need(header[2], labels).max(own),
    ]
}

/// Under a typed filter: which of the searched fields hold it, so that a match on a
/// community or an organisation is not a mystery ("/police" finding a pastor). Not while
/// the detail waits for the typing to rest (`App::detail_pinned`): the record it shows
/// may not be listed any more, and the line would change at every key. A loose match
/// names the fields that hold its letters ([`matched_fields`]).
fn matched_line(app: &App, s: &Stakeholder) -> Option<String> {
    let query = app.people.filter.value().trim().to_lowercase();
    if query.is_empty() || app.detail_pinned.is_some() {
        return None;
    }
    let communities = s.communities.join(" ");
    // The texts the filter matched, as `PersonFacts::haystack` joins them.
    let sector = crate::labels::sector(&s.sector);
    let fields = [
        (t("col-name"), s.name.as_str()),
        (t("col-organisation"), s.organisation.as_str()),
        (t("col-sector"), sector.as_str()),
        (t("field-communities"), communities.as_str()),
    ];
    let named = |hits: Vec<usize>| hits.iter().map(|&i| fields[i].0).collect::<Vec<_>>();
    let within = (0..fields.len()).filter(|&i| fields[i].1.to_lowercase().contains(&query));
    let hits = named(within.collect());
    let (id, hits) = if hits.is_empty() {
        let texts = fields.map(|(_, text)| text);
        let letters = matched_fields(app.people.filter.value().trim(), &texts);
        ("filter-matched_letters", named(letters))
    } else {
        ("filter-matched_in", hits)
    };
    Some(if hits.is_empty() {
        crate::i18n::tf("filter-matched_loosely", &[("query", &clean(&query))])
    } else {
        crate::i18n::tf(
            id,
            &[("query", &clean(&query)), ("fields", &hits.join(", "))],
        )
    })
}

/// The detail of stakeholder `row`, drawn again only when what it shows changed.
fn render_detail(frame: &mut Frame, area: Rect, app: &App, row: usize) {
    let s = &app.data.stakeholders[row];
    let zoomed = app.zoom.then_some(&app.detail_scroll);
    let of = DetailOf {
        row,
        data_sets: app.data_sets,
        today: app.today,
        lang: crate::i18n::lang(),
        theme: theme::current() as u8,
        scroll: zoomed.map_or(0, |z| z.offset()),
        matched: matched_line(app, s),
    };
    let matched = of.matched.clone();
    let seen = app.people.detail.draw(frame.buffer_mut(), area, of, |buf| {
        let mut lines = super::stakeholder_detail::detail_lines(app, s);
        if let Some(text) = matched {
            lines.insert(0, Line::from(Span::styled(text, theme::dim())));
        }
        super::widgets::scroll::detail_in(
            buf,
            area,
            Paragraph::new(lines).wrap(Wrap { trim: true }),
            theme::block(&clean(&s.name)),
            zoomed,
        )
    });
    // Copied or drawn, the zoomed detail's keys scroll by what it holds (another
    // record's detail may have been drawn in between).
    if let (Some(scroll), Some((visible, total))) = (zoomed, seen) {
        scroll.drawn(visible, total);
    }
}

/// The width of the widest of these catalogue texts in the interface's language: a
/// column that holds one of them whole ("informeel" is wider than "informal").
fn widest(ids: &[&str]) -> u16 {
    let w = ids
        .iter()
        .map(|id| unicode_width::UnicodeWidthStr::width(t(id)))
        .max()
        .unwrap_or(0);
    u16::try_from(w).unwrap_or(u16::MAX)
}
