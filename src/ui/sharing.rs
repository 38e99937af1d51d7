use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Wrap};

use super::theme;
use crate::app::App;
use crate::domain::sanitize::line as clean;
use crate::domain::sharing::{Pap, RuleKind, Tlp};
use crate::i18n::{t, tf};

fn rule_kind_label(k: &RuleKind) -> &'static str {
    match k {
        RuleKind::CaseNeedToKnow => t("rule_kind.case_need_to_know"),
        RuleKind::NoCriminalInvestigationUse => t("rule_kind.no_criminal_use"),
        RuleKind::Custom => t("rule_kind.custom"),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let labels_h = (Tlp::ALL.len() + Pap::ALL.len() + 2) as u16;
    let [labels, lower] =
        Layout::vertical([Constraint::Length(labels_h), Constraint::Min(4)]).areas(area);
    let mut lines = Vec::new();
    for l in Tlp::ALL {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<17}", l.as_str()), theme::tlp(l)),
            Span::raw(t(l.meaning_key())),
        ]));
    }
    for p in Pap::ALL {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<17}", p.as_str()), theme::pap(p)),
            Span::raw(t(p.meaning_key())),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines).block(theme::block(t("sharing.labels"))),
        labels,
    );

    let [agreement, rules] = if lower.width >= 120 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lower)
    } else {
        Layout::vertical([Constraint::Length(6), Constraint::Min(3)]).areas(lower)
    };
    let agreement_lines = match app.data.agreements.first() {
        Some(a) => vec![
            Line::from(vec![
                Span::styled(format!("{}: ", t("field.purpose")), theme::dim()),
                Span::raw(clean(&a.purpose).into_owned()),
            ]),
            Line::from(vec![
                Span::styled(format!("{}: ", t("field.legal_basis")), theme::dim()),
                Span::raw(clean(&a.legal_basis).into_owned()),
            ]),
            Line::from(vec![
                Span::styled(format!("{}: ", t("field.default_labels")), theme::dim()),
                Span::styled(a.default_tlp.as_str(), theme::tlp(a.default_tlp)),
                Span::raw(" "),
                Span::styled(a.default_pap.as_str(), theme::pap(a.default_pap)),
                Span::raw("  "),
                Span::styled(
                    tf("field.retention", &[("n", &a.retention_days)]),
                    theme::dim(),
                ),
            ]),
        ],
        None => vec![Line::from(Span::styled(t("empty.agreement"), theme::dim()))],
    };
    frame.render_widget(
        Paragraph::new(agreement_lines)
            .wrap(Wrap { trim: true })
            .block(theme::block(t("sharing.agreement"))),
        agreement,
    );
    let list = &app.data.sharing_rules;
    super::widgets::table::render(
        frame,
        rules,
        app.view(),
        super::widgets::table::ListTable {
            title: t("sharing.rules"),
            header: vec![t("col.kind"), t("col.rule"), t("col.active")],
            widths: &[
                Constraint::Length(16),
                Constraint::Fill(1),
                Constraint::Length(6),
            ],
            empty: t("empty.rules"),
        },
        |i| {
            let r = &list[i];
            Row::new(vec![
                Cell::from(rule_kind_label(&r.kind)),
                Cell::from(clean(&r.text).into_owned()),
                Cell::from(if r.active { "✓" } else { "—" }),
            ])
        },
    );
}
