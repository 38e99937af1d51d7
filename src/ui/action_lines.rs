//! An action as the case file shows it: its state (done, cancelled, overdue) and, below
//! it, what happened to it since it was agreed.

use ratatui::text::{Line, Span};

use super::theme;
use crate::app::App;
use crate::domain::action::ActionChange;
use crate::domain::note::{ActionItem, ActionStatus};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};

fn name(app: &App, id: Option<crate::domain::Id>) -> String {
    app.stakeholder_name(id)
        .map(|n| clean(n).into_owned())
        .unwrap_or_else(|| "—".into())
}

/// The action's line after `when`, then one dim line per step of its history.
pub fn lines(app: &App, a: &ActionItem, when: Span<'static>) -> Vec<Line<'static>> {
    let due = a.due.map(|d| format!(", {d}")).unwrap_or_default();
    let text = format!("{} ({}{due})", clean(&a.text), name(app, a.owner));
    let (state, style) = match a.status {
        ActionStatus::Done => (" ✓".to_owned(), theme::ok()),
        ActionStatus::Cancelled => (format!(" ✗ {}", t("action-cancelled")), theme::dim()),
        ActionStatus::Open if a.is_overdue(app.today) => {
            (format!(" {}", t("action-overdue")), theme::warning())
        }
        ActionStatus::Open => (String::new(), ratatui::style::Style::default()),
    };
    let mut out = vec![Line::from(vec![
        when,
        Span::styled("→ ", theme::key()),
        Span::raw(text),
        Span::styled(state, style),
    ])];
    for e in &a.history {
        let by = clean(&e.by).into_owned();
        let on = e.at.date_naive().to_string();
        let step = match &e.change {
            ActionChange::Done { result: None } => t("action-history_done_plain").to_owned(),
            ActionChange::Done {
                result: Some(result),
            } => tf("action-history_done", &[("result", &clean(result))]),
            ActionChange::Cancelled { reason } => {
                tf("action-history_cancelled", &[("reason", &clean(reason))])
            }
            ActionChange::Reassigned { from, to } => tf(
                "action-history_reassigned",
                &[("from", &name(app, *from)), ("to", &name(app, Some(*to)))],
            ),
            ActionChange::DueMoved { from, to } => tf(
                "action-history_due",
                &[
                    (
                        "from",
                        &from.map_or_else(|| "—".to_owned(), |d| d.to_string()),
                    ),
                    ("to", to),
                ],
            ),
        };
        out.push(Line::from(Span::styled(
            format!(
                "    {}",
                tf(
                    "action-history_line",
                    &[("step", &step), ("by", &by), ("on", &on)]
                )
            ),
            theme::dim(),
        )));
    }
    out
}
