//! The summary shown when a session closes: what it decided, agreed and changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::model::meeting::Meeting;
use crate::domain::agenda::Summary;
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};
use crate::labels;

/// What the closed session produced, over the meeting screen until Esc.
pub fn render(frame: &mut Frame, area: Rect, app: &App, m: &Meeting, s: &Summary) {
    let lines = lines(app, s);
    let h = (lines.len() as u16 + 2).min(area.height);
    let w = area.width.saturating_sub(6).min(90);
    let r = super::widgets::centered(area, w, h);
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(theme::block(&tf(
                "summary-title",
                &[("title", &clean(&m.session.title))],
            ))),
        r,
    );
}

/// Counts, decisions, actions and status changes of the session.
fn lines(app: &App, s: &Summary) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(
        tf(
            "summary-counts",
            &[
                ("notes", &s.notes),
                ("decisions", &s.decisions.len()),
                ("actions", &s.actions.len()),
            ],
        ),
        theme::dim(),
    ))];
    if !s.decisions.is_empty() {
        lines.push(Line::from(Span::styled(
            t("summary-decisions"),
            theme::header(),
        )));
        for id in &s.decisions {
            if let Some(d) = crate::domain::dataset::by_id(&app.data.decisions, *id) {
                lines.push(Line::from(format!("◆ {}", clean(&d.text))));
            }
        }
    }
    if !s.actions.is_empty() {
        lines.push(Line::from(Span::styled(
            t("summary-actions"),
            theme::header(),
        )));
        for id in &s.actions {
            if let Some(a) = crate::domain::dataset::by_id(&app.data.actions, *id) {
                let owner = app
                    .stakeholder_name(a.owner)
                    .map(|s| clean(s).into_owned())
                    .unwrap_or_default();
                let due = a.due.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
                lines.push(Line::from(format!("→ {} — {owner}, {due}", clean(&a.text))));
            }
        }
    }
    if !s.status_changes.is_empty() {
        lines.push(Line::from(Span::styled(
            t("summary-cases"),
            theme::header(),
        )));
        for (case, from, to) in &s.status_changes {
            let r = app
                .index
                .cases
                .get(case)
                .map(|&i| app.data.cases[i].reference.to_string())
                .unwrap_or_default();
            let from = from.map(labels::case_status).unwrap_or("—");
            let change = format!("{from} → {}", labels::case_status(*to));
            lines.push(Line::from(crate::i18n::label_value(&r, &change)));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(t("summary-close_hint").dim()));
    lines
}
