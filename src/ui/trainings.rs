//! The trainings list of the networks tab: every training, planned (soonest first), held
//! (latest first) and cancelled, with its day, state, title, trainer, network and how
//! many were invited and came; the detail names them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::Row;

use super::networks::name;
use super::{split_detail, theme};
use crate::app::App;
use crate::domain::network::WorkState;
use crate::domain::sanitize::line as clean;
use crate::domain::training::Training;
use crate::i18n::{t, tf};

fn state(tr: &Training) -> &'static str {
    t(tr.state().key())
}

fn network(app: &App, tr: &Training) -> String {
    let n = tr
        .network
        .and_then(|id| crate::domain::dataset::by_id(&app.data.networks, id));
    n.map_or_else(|| "—".to_owned(), |n| clean(&n.name).into_owned())
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let selected = app.view().selected_row().map(|i| &app.data.trainings[i]);
    if app.zoom {
        if let Some(tr) = selected {
            render_detail(frame, area, app, tr);
        }
        return;
    }
    let (list, detail) = split_detail(area);
    // The network column only where the title keeps room (the detail names it too).
    let wide = list.width >= 90;
    let mut widths = vec![
        Constraint::Length(10),
        Constraint::Length(9),
        Constraint::Fill(3),
        Constraint::Fill(2),
    ];
    let mut header = vec![
        t("col-date"),
        t("col-status"),
        t("col-title"),
        t("col-trainer"),
    ];
    if wide {
        widths.push(Constraint::Fill(2));
        header.push(t("col-network"));
    }
    widths.extend([Constraint::Length(8), Constraint::Length(8)]);
    header.extend([t("col-invited"), t("col-attended")]);
    let trainings = &app.data.trainings;
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("network-trainings"),
            header,
            widths: &widths,
            empty: t("empty-trainings"),
        },
        |i| {
            let tr = &trainings[i];
            let came = if tr.held { tr.attendees.len() } else { 0 };
            let style = if tr.state() == WorkState::Planned {
                ratatui::style::Style::default()
            } else {
                theme::dim()
            };
            let mut cells = vec![
                tr.date.to_string(),
                state(tr).to_owned(),
                clean(&tr.title).into_owned(),
                clean(&tr.trainer).into_owned(),
            ];
            if wide {
                cells.push(network(app, tr));
            }
            cells.extend([tr.invited.len().to_string(), came.to_string()]);
            Row::new(cells).style(style)
        },
    );
    if let (Some(area), Some(tr)) = (detail, selected) {
        render_detail(frame, area, app, tr);
    }
}

fn names(app: &App, ids: &[crate::domain::Id]) -> String {
    let names: Vec<String> = ids.iter().map(|&p| name(app, Some(p))).collect();
    names.join(", ")
}

/// The training's particulars, who is invited and, once held, who attended.
pub fn detail_lines(app: &App, tr: &Training) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} [{}] ", tr.date, state(tr)), theme::dim()),
            Span::raw(tf("network-trainer", &[("who", &clean(&tr.trainer))])),
        ]),
        Line::from(crate::i18n::label_value(
            t("col-network"),
            &network(app, tr),
        )),
        Line::from(tf(
            "training-detail_invited",
            &[
                ("n", &tr.invited.len()),
                ("names", &names(app, &tr.invited)),
            ],
        )),
    ];
    if tr.held {
        lines.push(Line::from(tf(
            "training-detail_attended",
            &[
                ("n", &tr.attendees.len()),
                ("names", &names(app, &tr.attendees)),
            ],
        )));
    }
    lines
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, tr: &Training) {
    super::widgets::scroll::detail_in(
        frame.buffer_mut(),
        area,
        Paragraph::new(detail_lines(app, tr)).wrap(Wrap { trim: true }),
        theme::block(&clean(&tr.title)),
        app.zoom.then_some(&app.detail_scroll),
    );
}
