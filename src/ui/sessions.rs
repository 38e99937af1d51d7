use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::{Cell, Row};

use super::{split_detail, theme};
use crate::app::App;
use crate::domain::sanitize::line as clean;
use crate::domain::session::{AgendaSubject, Presence, Session, SessionStatus};
use crate::i18n::{t, tf};
use crate::labels;

fn open_actions(app: &App, session: &Session) -> usize {
    app.data
        .actions
        .iter()
        .filter(|a| a.is_open() && a.anchor.session == Some(session.id))
        .count()
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (list, detail) = split_detail(area);
    let sessions = &app.data.sessions;
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("tab-sessions"),
            header: vec![
                t("col-date"),
                t("col-title"),
                t("col-status"),
                t("col-cases"),
                t("col-open_actions"),
            ],
            widths: &[
                Constraint::Length(10),
                Constraint::Fill(1),
                Constraint::Length(11),
                Constraint::Length(5),
                Constraint::Length(7),
            ],
            empty: t("empty-sessions"),
        },
        |i| {
            let s = &sessions[i];
            let style = match s.status {
                SessionStatus::InProgress => theme::ok(),
                SessionStatus::Planned => ratatui::style::Style::new(),
                SessionStatus::Closed => theme::dim(),
            };
            Row::new(vec![
                Cell::from(s.date.format("%Y-%m-%d").to_string()),
                Cell::from(clean(&s.title).into_owned()),
                Cell::from(labels::session_status(s.status)).style(style),
                Cell::from(s.cases().count().to_string()),
                Cell::from(open_actions(app, s).to_string()),
            ])
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        render_detail(frame, area, app, &sessions[i]);
    }
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, s: &Session) {
    let count = |p| s.attendance.iter().filter(|a| a.presence == p).count();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{} ", crate::i18n::label_colon(t("field-chair"))),
                theme::dim(),
            ),
            Span::raw(
                app.stakeholder_name(s.chair)
                    .map(|n| clean(n).into_owned())
                    .unwrap_or_default(),
            ),
        ]),
        Line::from(Span::styled(
            tf(
                "field-attendance_counts",
                &[
                    ("invited", &s.invitees.len()),
                    ("present", &count(Presence::Present)),
                    ("excused", &count(Presence::Excused)),
                    ("absent", &count(Presence::Absent)),
                ],
            ),
            theme::dim(),
        )),
    ];
    if s.status != crate::domain::session::SessionStatus::Closed
        && let Some(missing) =
            crate::domain::network::missing_at_table(&app.data.networks, &s.invitees, |id| {
                super::networks::sector_of(app, id)
            })
        && !missing.is_empty()
    {
        let names: Vec<String> = missing.iter().map(crate::labels::sector).collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", crate::i18n::label_colon(t("field-missing_at_table"))),
                theme::warning(),
            ),
            Span::raw(names.join(", ")),
        ]));
    }
    for (n, item) in s.agenda.iter().enumerate() {
        let subject = match &item.subject {
            AgendaSubject::Case(id) => app
                .index
                .cases
                .get(id)
                .map(|&i| {
                    let c = &app.data.cases[i];
                    format!("{} · {}", c.reference, t(c.status.key()))
                })
                .unwrap_or_default(),
            AgendaSubject::Topic(topic) => clean(topic).into_owned(),
            AgendaSubject::OpenActions(s) => crate::labels::open_actions(&app.data, *s),
        };
        lines.push(Line::from(format!("{:>2}. {subject}", n + 1)));
    }
    // The agenda can be longer than the pane: the border says so (Enter shows it all).
    super::widgets::scroll::pane(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        theme::block(&clean(&s.title)),
        0,
    );
}
