use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Wrap};

use super::{split_detail, theme};
use crate::app::App;
use crate::domain::sanitize::line as clean;
use crate::domain::stakeholder::{Formality, Sector, Stakeholder, Tier};
use crate::i18n::t;

pub fn sector_label(s: &Sector) -> String {
    match s {
        Sector::Other(text) if !text.is_empty() => clean(text).into_owned(),
        other => t(other.key()).to_owned(),
    }
}

pub fn formality_label(f: Formality) -> &'static str {
    match f {
        Formality::Formal => t("formality.formal"),
        Formality::Informal => t("formality.informal"),
    }
}

pub fn tier_label(tier: Tier) -> &'static str {
    match tier {
        Tier::Practitioner => t("tier.practitioner"),
        Tier::Policy => t("tier.policy"),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (list, detail) = split_detail(area);
    let people = &app.data.stakeholders;
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("tab.stakeholders"),
            header: vec![
                t("col.name"),
                t("col.organisation"),
                t("col.sector"),
                t("col.network"),
                t("col.tier"),
                "★",
            ],
            widths: &[
                Constraint::Fill(3),
                Constraint::Fill(3),
                Constraint::Fill(2),
                Constraint::Length(8),
                Constraint::Length(12),
                Constraint::Length(1),
            ],
            empty: t("empty.stakeholders"),
        },
        |i| {
            let s = &people[i];
            Row::new(vec![
                Cell::from(clean(&s.name).into_owned()),
                Cell::from(clean(&s.organisation).into_owned()),
                Cell::from(sector_label(&s.sector)),
                Cell::from(formality_label(s.formality)),
                Cell::from(tier_label(s.tier)),
                Cell::from(if s.key_figure { "★" } else { "" }).style(theme::warning()),
            ])
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        render_detail(frame, area, app, &people[i]);
    }
}

fn field<'a>(label: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme::dim()),
        Span::raw(value),
    ])
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, s: &Stakeholder) {
    let mut lines = vec![
        field(
            t("col.organisation"),
            format!("{} — {}", clean(&s.organisation), clean(&s.role)),
        ),
        field(
            t("col.sector"),
            format!(
                "{} · {} · {}",
                sector_label(&s.sector),
                formality_label(s.formality),
                tier_label(s.tier)
            ),
        ),
    ];
    if !s.communities.is_empty() {
        let c: Vec<String> = s
            .communities
            .iter()
            .map(|c| clean(c).into_owned())
            .collect();
        lines.push(field(t("field.communities"), c.join(", ")));
    }
    if let Some(by) = app.stakeholder_name(s.referred_by) {
        lines.push(field(t("field.referred_by"), clean(by).into_owned()));
    }
    let contact = [&s.contact.phone, &s.contact.email]
        .iter()
        .filter(|v| !v.is_empty())
        .map(|v| clean(v).into_owned())
        .collect::<Vec<_>>()
        .join(" · ");
    if !contact.is_empty() {
        lines.push(field(t("field.contact"), contact));
    }
    if let Some(days) = s.cadence_days {
        lines.push(field(
            t("field.cadence"),
            crate::i18n::tf("field.every_days", &[("n", &days)]),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(theme::block(&clean(&s.name))),
        area,
    );
}
