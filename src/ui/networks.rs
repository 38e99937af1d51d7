use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::Row;

use super::{split_detail, theme};
use crate::app::App;
use crate::domain::indicators::{combined_members, directory};
use crate::domain::network::{MiniNetwork, missing_sectors};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};
use crate::labels;

pub(super) fn name(app: &App, id: Option<crate::domain::Id>) -> String {
    app.stakeholder_name(id)
        .map(|n| clean(n).into_owned())
        .unwrap_or_else(|| "—".into())
}

/// Members, counting those of included networks for a community network.
fn members(app: &App, n: &MiniNetwork) -> Vec<crate::domain::Id> {
    if n.sub_networks.is_empty() {
        n.members.iter().map(|m| m.stakeholder).collect()
    } else {
        combined_members(&app.data, n.id)
    }
}

pub fn sector_of(app: &App, id: crate::domain::Id) -> Option<crate::domain::stakeholder::Sector> {
    app.index
        .stakeholders
        .get(&id)
        .map(|&i| app.data.stakeholders[i].sector.clone())
}

fn sectors(app: &App, ids: &[crate::domain::Id]) -> usize {
    ids.iter()
        .filter_map(|id| app.index.stakeholders.get(id))
        .map(|&i| &app.data.stakeholders[i].sector)
        .collect::<HashSet<_>>()
        .len()
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if app.zoom {
        if let Some(i) = app.view().selected_row() {
            render_detail(frame, area, app, &app.data.networks[i]);
        }
        return;
    }
    let (list, detail) = split_detail(area);
    let nets = &app.data.networks;
    let wide = list.width >= 100;
    let mut header = vec![t("col-name"), t("col-kind"), t("col-tier"), t("col-lead")];
    let mut widths = vec![
        Constraint::Fill(3),
        Constraint::Length(11),
        Constraint::Length(12),
        Constraint::Fill(2),
    ];
    if wide {
        header.push(t("col-contact_point"));
        widths.push(Constraint::Fill(2));
    }
    let counts = [t("col-members"), t("col-sectors")];
    widths.extend(counts.map(count_width));
    header.extend(counts);
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: t("tab-networks"),
            header,
            widths: &widths,
            empty: t("empty-networks"),
        },
        |i| {
            let n = &nets[i];
            let m = members(app, n);
            let mut title = clean(&n.name).into_owned();
            // In front: a name cut at 80 columns still shows it.
            if n.archived {
                title = format!("({}) {title}", t("archived"));
            }
            let mut cells = vec![
                title,
                labels::network_kind(&n.kind).to_owned(),
                labels::tier(n.tier).to_owned(),
                name(app, n.lead),
            ];
            if wide {
                cells.push(name(app, n.contact_point));
            }
            cells.extend([m.len().to_string(), sectors(app, &m).to_string()]);
            Row::new(cells)
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        render_detail(frame, area, app, &nets[i]);
    }
}

/// A column of counts: as wide as its heading in the language, at least 7.
fn count_width(heading: &str) -> Constraint {
    let width = u16::try_from(Span::raw(heading).width()).unwrap_or(u16::MAX);
    Constraint::Length(width.max(7))
}

fn field(label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(label)),
            theme::dim(),
        ),
        Span::raw(value),
    ])
}

pub(super) fn heading(key: &str) -> Line<'static> {
    Line::from(Span::styled(t(key), theme::header()))
}

pub fn detail_lines(app: &App, n: &MiniNetwork) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(t("field-shared_goal"), clean(&n.shared_goal).into_owned()),
        field(t("field-vision"), clean(&n.vision).into_owned()),
        field(
            t("field-selection"),
            clean(&n.selection_criteria).into_owned(),
        ),
        field(t("col-lead"), name(app, n.lead)),
        field(t("field-contact_point"), name(app, n.contact_point)),
    ];
    lines.extend(missing_sectors_line(app, n));
    lines.extend(member_lines(app, n));
    lines.extend(sub_networks(app, n));
    lines.extend(super::network_work::problem_lines(app, n.id));
    lines.extend(super::network_work::exchange_lines(app, n.id));
    if n.kind == crate::domain::network::NetworkKind::Community {
        lines.extend(super::network_work::training_lines(app));
    }
    lines
}

/// The sectors this network wants and no member comes from.
fn missing_sectors_line(app: &App, n: &MiniNetwork) -> Option<Line<'static>> {
    let missing: Vec<String> = missing_sectors(n, &members(app, n), |id| sector_of(app, id))
        .iter()
        .map(labels::sector)
        .collect();
    (!missing.is_empty()).then(|| {
        Line::from(vec![
            Span::styled(
                format!("{} ", crate::i18n::label_colon(t("field-missing_sectors"))),
                theme::warning(),
            ),
            Span::raw(missing.join(", ")),
        ])
    })
}

/// The members: role, what they bring and gain.
fn member_lines(app: &App, n: &MiniNetwork) -> Vec<Line<'static>> {
    if n.members.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![heading("network-members")];
    for m in &n.members {
        let mut parts = vec![format!(
            "{} ({})",
            name(app, Some(m.stakeholder)),
            clean(&m.role)
        )];
        if !m.brings.is_empty() {
            parts.push(tf("network-brings", &[("what", &clean(&m.brings))]));
        }
        if !m.gains.is_empty() {
            parts.push(tf("network-gains", &[("what", &clean(&m.gains))]));
        }
        lines.push(Line::from(format!("• {}", parts.join(" · "))));
    }
    lines
}

/// The sub-networks, and the directory of everyone in them by sector.
fn sub_networks(app: &App, n: &MiniNetwork) -> Vec<Line<'static>> {
    if n.sub_networks.is_empty() {
        return Vec::new();
    }
    let all = combined_members(&app.data, n.id);
    let subs: Vec<String> = n
        .sub_networks
        .iter()
        .filter_map(|id| crate::domain::dataset::by_id(&app.data.networks, *id))
        .map(|x| clean(&x.name).into_owned())
        .collect();
    let mut lines = vec![
        field(t("field-sub_networks"), subs.join(", ")),
        heading("network-directory"),
        Line::from(Span::styled(
            tf("network-combined", &[("n", &all.len())]),
            theme::dim(),
        )),
    ];
    for (sector, ids) in directory(&app.data, n.id) {
        let names: Vec<String> = ids.iter().map(|&id| name(app, Some(id))).collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", crate::i18n::label_colon(&labels::sector(&sector))),
                theme::key(),
            ),
            Span::raw(names.join(", ")),
        ]));
    }
    lines
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, n: &MiniNetwork) {
    super::widgets::scroll::detail_in(
        frame.buffer_mut(),
        area,
        Paragraph::new(detail_lines(app, n)).wrap(Wrap { trim: true }),
        theme::block(&clean(&n.name)),
        app.zoom.then_some(&app.detail_scroll),
    );
}
