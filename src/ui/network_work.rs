//! The work of a mini-network in its detail: problems with their state, owner and days,
//! exchange meetings planned and held, and (in the community network) the trainings
//! planned and held with who attended.

use ratatui::text::{Line, Span};

use super::networks::{heading, name};
use super::theme;
use crate::app::App;
use crate::domain::Id;
use crate::domain::network::{ExchangeMeeting, ProblemEntry, ProblemStatus, WorkState};
use crate::domain::sanitize::line as clean;
use crate::domain::training::Training;
use crate::i18n::{t, tf};

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "—".into(), |d| d.to_string())
}

fn indented(text: String) -> Line<'static> {
    Line::from(Span::styled(format!("   {text}"), theme::dim()))
}

/// The network's problems, open ones first: state, problem → solution → owner, the days
/// of its moves, the lesson.
pub fn problem_lines(app: &App, network: Id) -> Vec<Line<'static>> {
    let mut problems: Vec<&ProblemEntry> = (app.data.problems.iter())
        .filter(|p| p.network == network)
        .collect();
    problems.sort_by_key(|p| (!p.status.is_open(), std::cmp::Reverse(p.opened)));
    let mut lines = Vec::new();
    if problems.is_empty() {
        return lines;
    }
    lines.push(heading("network-problems"));
    for p in problems {
        let style = match p.status {
            ProblemStatus::Open | ProblemStatus::SolutionAgreed => theme::warning(),
            ProblemStatus::Done => theme::ok(),
            ProblemStatus::Dropped => theme::dim(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("[{}] ", t(p.status.key())), style),
            Span::raw(format!(
                "{} → {} → {}",
                clean(&p.problem),
                clean(&p.solution),
                name(app, p.owner)
            )),
        ]));
        lines.push(indented(tf(
            "network-problem_days",
            &[
                ("opened", &p.opened.to_string()),
                ("agreed", &day(p.agreed)),
                ("closed", &day(p.closed)),
            ],
        )));
        if !p.lesson.is_empty() {
            lines.push(indented(tf(
                "network-lesson",
                &[("what", &clean(&p.lesson))],
            )));
        }
    }
    lines
}

/// The network's exchange meetings: those planned (soonest first), then those held
/// (latest first) with who came, notes and lessons.
pub fn exchange_lines(app: &App, network: Id) -> Vec<Line<'static>> {
    let mine = || app.data.exchanges.iter().filter(|e| e.network == network);
    let in_state = |s| mine().filter(move |e| e.state() == s);
    let mut planned: Vec<&ExchangeMeeting> = in_state(WorkState::Planned).collect();
    planned.sort_by_key(|e| e.date);
    let mut held: Vec<&ExchangeMeeting> = in_state(WorkState::Held).collect();
    held.sort_by_key(|e| std::cmp::Reverse(e.date));
    let mut lines = Vec::new();
    if mine().next().is_none() {
        return lines;
    }
    lines.push(heading("network-exchanges"));
    for e in planned {
        lines.push(meeting_line(app, e, "network-planned"));
        lines.push(indented(tf("network-invited", &[("n", &e.invited.len())])));
    }
    for e in held {
        lines.push(meeting_line(app, e, "network-held"));
        lines.push(indented(tf("network-came", &[("n", &e.attendees.len())])));
        for l in crate::domain::sanitize::text(&e.notes).lines() {
            lines.push(Line::from(format!("   {l}")));
        }
        if !e.lessons.is_empty() {
            lines.push(indented(tf(
                "network-lesson",
                &[("what", &clean(&e.lessons))],
            )));
        }
    }
    for e in in_state(WorkState::Cancelled) {
        lines.push(meeting_line(app, e, "network-cancelled"));
    }
    lines
}

fn meeting_line(app: &App, e: &ExchangeMeeting, state: &str) -> Line<'static> {
    let mut parts = vec![clean(&e.topic).into_owned()];
    if !e.place.is_empty() {
        parts.push(clean(&e.place).into_owned());
    }
    if e.host.is_some() {
        parts.push(tf("network-host", &[("name", &name(app, e.host))]));
    }
    Line::from(vec![
        Span::styled(format!("{} [{}] ", e.date, t(state)), theme::dim()),
        Span::raw(parts.join(" · ")),
    ])
}

/// Every training: planned (soonest first) with how many are invited, then held (latest
/// first) with who attended.
pub fn training_lines(app: &App) -> Vec<Line<'static>> {
    let in_state = |s| app.data.trainings.iter().filter(move |t| t.state() == s);
    let mut planned: Vec<&Training> = in_state(WorkState::Planned).collect();
    planned.sort_by_key(|t| t.date);
    let mut held: Vec<&Training> = in_state(WorkState::Held).collect();
    held.sort_by_key(|t| std::cmp::Reverse(t.date));
    let mut lines = Vec::new();
    if app.data.trainings.is_empty() {
        return lines;
    }
    lines.push(heading("network-trainings"));
    let head = |tr: &Training, state: &str| {
        Line::from(vec![
            Span::styled(format!("{} [{}] ", tr.date, t(state)), theme::dim()),
            Span::raw(format!(
                "{} · {}",
                clean(&tr.title),
                tf("network-trainer", &[("who", &clean(&tr.trainer))])
            )),
        ])
    };
    for tr in planned {
        lines.push(head(tr, "network-planned"));
        lines.push(indented(tf("network-invited", &[("n", &tr.invited.len())])));
    }
    for tr in held {
        lines.push(head(tr, "network-held"));
        let names: Vec<String> = tr.attendees.iter().map(|&p| name(app, Some(p))).collect();
        lines.push(indented(tf(
            "network-attended",
            &[("n", &names.len()), ("names", &names.join(", "))],
        )));
    }
    for tr in in_state(WorkState::Cancelled) {
        lines.push(head(tr, "network-cancelled"));
    }
    lines
}
