//! The Actions view: every open action across cases and sessions, overdue first and in
//! the warning style.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::{Cell, Row};

use super::theme;
use crate::app::App;
use crate::domain::note::ActionItem;
use crate::domain::sanitize::line as clean;
use crate::i18n::t;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (list, detail) = super::split_detail(area);
    let actions = &app.data.actions;
    let owner = |i: usize| {
        app.stakeholder_name(actions[i].owner)
            .map_or_else(|| "—".to_owned(), |n| clean(n).into_owned())
    };
    // The owner column as wide as the names listed; the action's text has the rest.
    let names: Vec<String> = app.view().rows.iter().map(|&i| owner(i)).collect();
    let owner_w = super::widgets::table::need(t("col-owner"), names.iter().map(String::as_str))
        .min(list.width / 3);
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("actions-title"),
            header: vec![t("col-due"), t("col-case"), t("col-owner"), t("col-action")],
            widths: &[
                Constraint::Length(18),
                Constraint::Length(11),
                Constraint::Length(owner_w),
                Constraint::Fill(1),
            ],
            empty: if app.actions_filter.is_some() {
                t("empty-actions_filter")
            } else {
                t("actions-none")
            },
        },
        |i| {
            let a = &actions[i];
            let overdue = a.is_overdue(app.today);
            let due = a.due.map_or_else(|| "—".to_owned(), |d| d.to_string());
            let due = if overdue {
                format!("{due} {}", t("action-overdue"))
            } else {
                due
            };
            let case = a
                .anchor
                .case
                .and_then(|id| crate::domain::dataset::by_id(&app.data.cases, id))
                .map_or_else(|| "—".to_owned(), |c| c.reference.to_string());
            let row = Row::new(vec![
                Cell::from(due),
                Cell::from(case),
                Cell::from(owner(i)),
                Cell::from(clean(&a.text).into_owned()),
            ]);
            if overdue {
                row.style(theme::warning())
            } else {
                row
            }
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        render_detail(frame, area, app, &actions[i]);
    }
}

/// The selected action whole (the list cuts its text to its column), with its owner, due
/// date and what happened to it since it was agreed, as the case file shows it.
fn render_detail(frame: &mut Frame, area: Rect, app: &App, a: &ActionItem) {
    let case = a
        .anchor
        .case
        .and_then(|id| crate::domain::dataset::by_id(&app.data.cases, id))
        .map_or_else(|| t("col-action").to_owned(), |c| c.reference.to_string());
    let lines = super::action_lines::lines(app, a, Span::raw(""));
    super::widgets::scroll::pane(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        theme::block(&case),
        0,
    );
}
