use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Wrap};

use super::{split_detail, theme};
use crate::app::App;
use crate::domain::network::{MiniNetwork, missing_sectors};
use crate::domain::sanitize::line as clean;
use crate::i18n::t;
use crate::labels;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (list, detail) = split_detail(area);
    let nets = &app.data.networks;
    let name = |id| {
        app.stakeholder_name(id)
            .map(|n| clean(n).into_owned())
            .unwrap_or_default()
    };
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("tab.networks"),
            header: vec![
                t("col.name"),
                t("col.kind"),
                t("col.tier"),
                t("col.lead"),
                t("col.members"),
            ],
            widths: &[
                Constraint::Fill(3),
                Constraint::Length(10),
                Constraint::Length(12),
                Constraint::Fill(2),
                Constraint::Length(7),
            ],
            empty: t("empty.networks"),
        },
        |i| {
            let n = &nets[i];
            Row::new(vec![
                clean(&n.name).into_owned(),
                labels::network_kind(&n.kind).to_owned(),
                labels::tier(n.tier).to_owned(),
                name(n.lead),
                n.members.len().to_string(),
            ])
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        render_detail(frame, area, app, &nets[i]);
    }
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, n: &MiniNetwork) {
    let label = |k: &str| Span::styled(format!("{}: ", t(k)), theme::dim());
    let sector_of = |id| {
        app.index
            .stakeholders
            .get(&id)
            .map(|&i| app.data.stakeholders[i].sector.clone())
    };
    let missing: Vec<String> = missing_sectors(n, sector_of)
        .iter()
        .map(labels::sector)
        .collect();
    let mut lines = vec![
        Line::from(vec![
            label("field.shared_goal"),
            Span::raw(clean(&n.shared_goal).into_owned()),
        ]),
        Line::from(vec![
            label("field.selection"),
            Span::raw(clean(&n.selection_criteria).into_owned()),
        ]),
        Line::from(vec![
            label("field.contact_point"),
            Span::raw(
                app.stakeholder_name(n.contact_point)
                    .map(|s| clean(s).into_owned())
                    .unwrap_or_default(),
            ),
        ]),
    ];
    if !missing.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}: ", t("field.missing_sectors")),
                theme::warning(),
            ),
            Span::raw(missing.join(", ")),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(theme::block(&clean(&n.name))),
        area,
    );
}
