//! `roundtable report --year 2026`: the activity report a coordinator owes the mayor and
//! the funder. Figures only, never a case's content or a name; every count goes through
//! the disclosure function's suppression (`disclosure::published`), and charts are text
//! tables whose bars are drawn only for counts that are shown.

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::case::{Case, CaseStatus, ClosureReason};
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{MIN_COUNT, published, published_median};
use crate::domain::overview::figures::{self, Period, closed_at};
use crate::domain::stakeholder::Sector;
use crate::domain::suppression::Cell;
use crate::i18n::{t, tf};

/// The widest bar of a text chart, in characters.
const BAR: usize = 20;

/// A printed count: the number, `< 5` for a small one, `x` for one hidden to protect it.
pub fn cell(c: Cell) -> String {
    match c {
        Cell::Shown(n) => n.to_string(),
        Cell::Small => format!("< {MIN_COUNT}"),
        Cell::Secondary => "x".into(),
    }
}

/// One table: a heading, a row per label with its count (and a bar when `bars`), the
/// total.
fn table(title: &str, rows: &[(String, usize)], bars: bool) -> Vec<String> {
    let counts: Vec<usize> = rows.iter().map(|(_, n)| *n).collect();
    let shown = published(&counts);
    let max = shown
        .cells
        .iter()
        .filter_map(|c| c.shown())
        .max()
        .unwrap_or(0);
    let mut out = vec![format!("### {title}"), String::new()];
    if bars {
        out.push(format!("| | {} | |", t("report-count")));
        out.push("|---|---:|---|".into());
    } else {
        out.push(format!("| | {} |", t("report-count")));
        out.push("|---|---:|".into());
    }
    for ((label, _), c) in rows.iter().zip(&shown.cells) {
        let mut row = format!("| {label} | {} |", cell(*c));
        if bars {
            let bar = c
                .shown()
                .filter(|_| max > 0)
                .map(|n| "█".repeat((n * BAR).div_ceil(max)))
                .unwrap_or_default();
            row.push_str(&format!(" {bar} |"));
        }
        out.push(row);
    }
    let total = format!("| **{}** | **{}** |", t("report-total"), cell(shown.total));
    out.push(if bars { total + " |" } else { total });
    out.push(String::new());
    out
}

/// A case's status on `day`, from its history; `None` when it did not exist yet.
fn status_on(c: &Case, day: NaiveDate) -> Option<CaseStatus> {
    if figures::signalled_at(c).date_naive() > day {
        return None;
    }
    match c.history.iter().rev().find(|h| h.at.date_naive() <= day) {
        Some(h) => Some(h.to),
        None if c.history.is_empty() => Some(c.status),
        None => None,
    }
}

fn closure_key(r: ClosureReason) -> &'static str {
    match r {
        ClosureReason::Resolved => "closure-resolved",
        ClosureReason::SignpostedElsewhere => "closure-signposted",
        ClosureReason::MovedAway => "closure-moved_away",
        ClosureReason::HandedOver => "closure-handed_over",
        ClosureReason::Other => "closure-other",
    }
}

const REASONS: [ClosureReason; 5] = [
    ClosureReason::Resolved,
    ClosureReason::SignpostedElsewhere,
    ClosureReason::MovedAway,
    ClosureReason::HandedOver,
    ClosureReason::Other,
];

fn cases(data: &Dataset, period: Period, on: NaiveDate) -> Vec<String> {
    let signals: Vec<(String, usize)> = figures::signals_per_month(data, period)
        .into_iter()
        .map(|(m, n)| (m.format("%Y-%m").to_string(), n))
        .collect();
    let mut out = vec![format!("## {}", t("report-cases")), String::new()];
    out.extend(table(t("report-signals"), &signals, true));
    let status: Vec<(String, usize)> = CaseStatus::ALL
        .iter()
        .map(|s| {
            let n = data
                .cases
                .iter()
                .filter(|c| status_on(c, on) == Some(*s))
                .count();
            (t(s.key()).to_owned(), n)
        })
        .collect();
    out.extend(table(
        &tf("report-by_status", &[("date", &on)]),
        &status,
        true,
    ));
    let closed: Vec<&Case> = data
        .cases
        .iter()
        .filter(|c| closed_at(c).is_some_and(|at| period.holds(at.date_naive())))
        .collect();
    let reasons: Vec<(String, usize)> = REASONS
        .iter()
        .map(|r| {
            let n = closed
                .iter()
                .filter(|c| c.closure.as_ref().map(|x| x.reason) == Some(*r))
                .count();
            (t(closure_key(*r)).to_owned(), n)
        })
        .chain(std::iter::once((
            t("report-no_reason").to_owned(),
            closed.iter().filter(|c| c.closure.is_none()).count(),
        )))
        .collect();
    out.extend(table(t("report-closures"), &reasons, false));
    let (n, median) = figures::days_to_closure(data, period);
    out.push(match published_median(n, median) {
        Some(days) => tf("report-median", &[("days", &days)]),
        None => tf("report-median_hidden", &[("min", &MIN_COUNT)]),
    });
    out.push(String::new());
    out
}

fn actions(data: &Dataset, period: Period, today: NaiveDate) -> Vec<String> {
    let a = figures::actions(data, period, today);
    let rows = [
        ("report-actions_open", a.open),
        ("report-actions_overdue", a.overdue),
        ("report-actions_on_time", a.done_on_time),
        ("report-actions_late", a.done_late),
        ("report-actions_cancelled", a.cancelled),
    ]
    .map(|(k, n)| (t(k).to_owned(), n));
    table(t("report-actions"), &rows, true)
}

/// Sectors as the report names them: the standard ones, and every other as "other"
/// (an `Other` sector's own wording is text from the database).
fn sector_name(s: &Sector) -> String {
    t(s.key()).to_owned()
}

fn sectors(rows: Vec<(Sector, usize)>) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (s, n) in rows {
        let name = sector_name(&s);
        match out.iter_mut().find(|(x, _)| *x == name) {
            Some(row) => row.1 += n,
            None => out.push((name, n)),
        }
    }
    out
}

fn table_and_network(data: &Dataset, period: Period) -> Vec<String> {
    let held = data
        .sessions
        .iter()
        .filter(|s| period.holds(s.date))
        .count();
    let mut out = vec![format!("## {}", t("report-round_table")), String::new()];
    let sessions = [(t("report-sessions_held").to_owned(), held)];
    out.extend(table(t("report-sessions"), &sessions, false));
    let (_, by_sector) = figures::attendance(data, period);
    let present = sectors(
        by_sector
            .iter()
            .map(|(s, t)| (s.clone(), t.present))
            .collect(),
    );
    out.extend(table(t("report-attendance"), &present, true));
    out.push(format!("## {}", t("report-network")));
    out.push(String::new());
    let coverage = sectors(figures::sector_coverage(data));
    out.extend(table(t("report-coverage"), &coverage, true));
    out
}

/// [`render`] written in `lang`.
pub fn render_in(
    lang: crate::i18n::Lang,
    data: &Dataset,
    year: i32,
    today: NaiveDate,
    at: DateTime<Utc>,
    by: &str,
) -> Option<String> {
    crate::i18n::writing_in(lang, || render(data, year, today, at, by))
}

/// The report on `year` as of `today`, prepared at `at` by `by`; `None` for a year
/// outside the calendar.
pub fn render(
    data: &Dataset,
    year: i32,
    today: NaiveDate,
    at: DateTime<Utc>,
    by: &str,
) -> Option<String> {
    let period = Period::year(year)?;
    let on = period.to.min(today);
    let mut out = vec![
        format!("# {}", tf("report-title", &[("year", &year)])),
        String::new(),
        tf(
            "report-prepared",
            &[
                ("at", &at.format("%Y-%m-%d %H:%M UTC")),
                (
                    "by",
                    &crate::domain::sanitize::markdown(&crate::domain::sanitize::line(by)),
                ),
            ],
        ),
        super::language_line(crate::i18n::lang()),
        t("report-figures_only").to_owned(),
        String::new(),
        format!("## {}", t("report-method")),
        String::new(),
    ];
    for key in [
        "report-rule_small",
        "report-rule_zero",
        "report-rule_secondary",
        "report-rule_median",
    ] {
        let max = MIN_COUNT - 1;
        out.push(format!(
            "- {}",
            tf(key, &[("min", &MIN_COUNT), ("max", &max)])
        ));
    }
    out.push(String::new());
    out.extend(cases(data, period, on));
    out.extend(actions(data, period, today));
    out.extend(table_and_network(data, period));
    Some(out.join("\n").trim_end().to_owned() + "\n")
}
