//! The Overview tab: the practice's three steps as a checklist, the local picture in
//! figures and charts, and the network picture. A pure function of an overview model
//! (computed off the UI thread); until it arrives the tab says so.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Sparkline, Wrap};

use super::theme;
use crate::domain::dataset::Dataset;
use crate::domain::overview::Overview;
use crate::domain::overview::checklist::{Check, Jump, Step, Value};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};

pub use crate::app::model::overview::OverviewPage as Page;

/// The Overview tab of the app.
pub fn render_app(frame: &mut Frame, area: Rect, app: &crate::app::App) {
    let marker = if app.overview.braille {
        Marker::Braille
    } else {
        Marker::HalfBlock
    };
    let v = OverviewView {
        overview: app.overview.model.as_deref(),
        data: &app.data,
        page: app.overview.page,
        selected: app.views[crate::app::OVERVIEW_VIEW].selected,
        marker,
    };
    render(frame, area, &v);
}

/// What the tab draws from.
pub struct OverviewView<'a> {
    /// `None` while the figures are being computed.
    pub overview: Option<&'a Overview>,
    pub data: &'a Dataset,
    pub page: Page,
    /// The selected checklist line.
    pub selected: usize,
    /// Braille dots, or half blocks for fonts without them (PuTTY's).
    pub marker: Marker,
}

pub fn render(frame: &mut Frame, area: Rect, v: &OverviewView) {
    let Some(o) = v.overview else {
        frame.render_widget(
            Paragraph::new(t("overview-computing")).style(theme::dim()),
            area,
        );
        return;
    };
    match v.page {
        Page::Steps if area.width >= 120 => {
            let [l, r] =
                Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
            steps(frame, l, o, v.selected);
            figures(frame, r, o);
        }
        Page::Steps => {
            let [l, r] = Layout::vertical([Constraint::Min(10), Constraint::Length(4)]).areas(area);
            steps(frame, l, o, v.selected);
            summary(frame, r, o);
        }
        Page::Figures => figures(frame, area, o),
        Page::Network => super::overview_network::render(frame, area, o, v.data, v.marker),
    }
}

/// The tab key that shows the records a line is about.
pub fn jump_key(j: Jump) -> &'static str {
    match j {
        Jump::Stakeholders | Jump::Pipeline => "1",
        Jump::Networks => "2",
        Jump::Sessions | Jump::Actions => "3",
        Jump::Concerns => "r",
    }
}

fn step_key(s: Step) -> &'static str {
    match s {
        Step::One => "overview-step1",
        Step::Two => "overview-step2",
        Step::Three => "overview-step3",
        Step::Table => "overview-table",
    }
}

/// A list of names or sectors for a line: the first three, then how many more.
fn list(items: Vec<String>) -> String {
    if items.is_empty() {
        return t("overview-none").to_owned();
    }
    let shown: Vec<String> = items
        .iter()
        .take(3)
        .map(|s| clean(s).into_owned())
        .collect();
    if items.len() > 3 {
        tf(
            "overview-and_more",
            &[("list", &shown.join(", ")), ("n", &(items.len() - 3))],
        )
    } else {
        shown.join(", ")
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Count(n) => n.to_string(),
        Value::Percent(p) => format!("{p} %"),
        Value::Sectors(s) => list(s.iter().map(crate::labels::sector).collect()),
        Value::Names(n) => list(n.clone()),
    }
}

/// A checklist line in the reader's words.
pub fn check_text(c: &Check) -> String {
    let values: Vec<(&str, String)> = c.vars.iter().map(|(k, v)| (*k, value(v))).collect();
    let args: Vec<(&str, &dyn std::fmt::Display)> = values
        .iter()
        .map(|(k, v)| (*k, v as &dyn std::fmt::Display))
        .collect();
    tf(c.key, &args)
}

fn steps(frame: &mut Frame, area: Rect, o: &Overview, selected: usize) {
    // A line wraps under its text (after " ✓ 1 "), never cut mid-word at 80 columns.
    const INDENT: usize = 5;
    let width = usize::from(area.width.saturating_sub(2)).saturating_sub(INDENT);
    let mut lines = Vec::new();
    let mut last = None;
    // The rows the selected line takes.
    let mut chosen = 0..0;
    for (i, c) in o.checklist.iter().enumerate() {
        if last != Some(c.step) {
            lines.push(Line::from(Span::styled(
                t(step_key(c.step)),
                theme::header(),
            )));
            last = Some(c.step);
        }
        let (mark, style) = if c.ok {
            ("✓", theme::ok())
        } else {
            ("!", theme::warning())
        };
        let start = lines.len();
        for (n, text) in crate::labels::wrap(&check_text(c), width)
            .into_iter()
            .enumerate()
        {
            let row = if n == 0 {
                Line::from(vec![
                    Span::styled(format!(" {mark} "), style),
                    Span::styled(format!("{} ", jump_key(c.jump)), theme::key()),
                    Span::from(text),
                ])
            } else {
                Line::from(format!("{:INDENT$}{text}", ""))
            };
            lines.push(if i == selected {
                row.style(theme::selected())
            } else {
                row
            });
        }
        if i == selected {
            chosen = start..lines.len();
        }
    }
    // Keep the selected line in view on short terminals.
    let inner = usize::from(area.height.saturating_sub(2));
    let skip = chosen.end.saturating_sub(inner).min(chosen.start);
    // A list like the others: which line is selected of how many.
    let mark = format!(" {}/{} ", selected + 1, o.checklist.len());
    let block = super::widgets::scroll::marked(theme::block(t("overview-steps_title")), Some(mark));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(skip).unwrap_or(0), 0))
            .block(block),
        area,
    );
}

/// One line of headline figures, for narrow terminals.
fn summary(frame: &mut Frame, area: Rect, o: &Overview) {
    let f = &o.figures;
    let open: usize = f
        .cases_by_status
        .iter()
        .filter(|(s, _)| *s != crate::domain::case::CaseStatus::Closed)
        .map(|(_, n)| n)
        .sum();
    let text = tf(
        "overview-summary",
        &[
            ("open", &open),
            ("overdue", &f.actions.overdue),
            ("median", &median(f.median_days_to_closure)),
        ],
    );
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(26)]).areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(theme::block(t("overview-figures_title"))),
        l,
    );
    signals(frame, r, o);
}

fn median(m: Option<i64>) -> String {
    m.map_or_else(|| "—".to_owned(), |d| tf("overview-days", &[("n", &d)]))
}

fn signals(frame: &mut Frame, area: Rect, o: &Overview) {
    let data: Vec<u64> = o
        .figures
        .signals_per_month
        .iter()
        .map(|(_, n)| *n as u64)
        .collect();
    frame.render_widget(
        Sparkline::default()
            .data(&data)
            .style(theme::ok())
            .block(theme::block(t("overview-signals"))),
        area,
    );
}

fn bars<'a>(rows: impl Iterator<Item = (String, usize)>, style: Style) -> BarGroup<'a> {
    let bars: Vec<Bar> = rows
        .map(|(label, n)| {
            Bar::default()
                .value(n as u64)
                .label(Line::from(label))
                .style(style)
        })
        .collect();
    BarGroup::default().bars(&bars)
}

/// The charts: cases by status, signals per month, actions, attendance and coverage.
fn figures(frame: &mut Frame, area: Rect, o: &Overview) {
    let f = &o.figures;
    let tall = area.height >= 30;
    let rows = if tall {
        vec![
            Constraint::Length(7),
            Constraint::Length(5),
            Constraint::Length(6),
            Constraint::Fill(1),
        ]
    } else {
        vec![
            Constraint::Length(7),
            Constraint::Length(5),
            Constraint::Fill(1),
        ]
    };
    let parts = Layout::vertical(rows).split(area);
    let [cases, acts] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(parts[0]);
    let status = f
        .cases_by_status
        .iter()
        .map(|(s, n)| (crate::labels::case_status(*s).chars().take(6).collect(), *n));
    frame.render_widget(
        BarChart::default()
            .data(bars(status, theme::ok()))
            .bar_width(6)
            .bar_gap(1)
            .block(theme::block(t("overview-cases"))),
        cases,
    );
    let a = f.actions;
    let text = vec![
        Line::from(tf(
            "overview-actions_line",
            &[("open", &a.open), ("overdue", &a.overdue)],
        )),
        Line::from(tf(
            "overview-actions_done",
            &[("on_time", &a.done_on_time), ("late", &a.done_late)],
        )),
        Line::from(tf(
            "overview-median",
            &[("days", &median(f.median_days_to_closure))],
        )),
    ];
    frame.render_widget(
        // Wrapped: a language's longer words go to the next row rather than off the edge.
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(theme::block(t("overview-actions"))),
        acts,
    );
    let [sig, pipe] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(38)]).areas(parts[1]);
    signals(frame, sig, o);
    pipeline(frame, pipe, o);
    let coverage = f
        .sector_coverage
        .iter()
        .map(|(s, n)| (crate::labels::sector(s).chars().take(5).collect(), *n));
    if tall {
        let att = f.attendance_by_sector.iter().map(|(s, t)| {
            (
                crate::labels::sector(s).chars().take(5).collect(),
                crate::domain::overview::percent(t.present, t.expected) as usize,
            )
        });
        frame.render_widget(
            BarChart::default()
                .data(bars(att, theme::warning()))
                .bar_width(5)
                .bar_gap(1)
                .max(100)
                .block(theme::block(t("overview-attendance"))),
            parts[2],
        );
    }
    frame.render_widget(
        BarChart::default()
            .data(bars(coverage, theme::header()))
            .bar_width(5)
            .bar_gap(1)
            .block(theme::block(t("overview-coverage"))),
        parts[parts.len() - 1],
    );
}

/// The step-1 pipeline: how many stand at each stage, and the moves of the last 30 days.
fn pipeline(frame: &mut Frame, area: Rect, o: &Overview) {
    let stages = o
        .pipeline
        .iter()
        .map(|(s, n)| (t(s.key()).chars().take(6).collect(), *n));
    let title = tf("overview-pipeline", &[("moves", &o.pipeline_moves)]);
    frame.render_widget(
        BarChart::default()
            .data(bars(stages, theme::ok()))
            .bar_width(6)
            .bar_gap(1)
            .block(theme::block(&title)),
        area,
    );
}
