//! The network picture: mini-networks on a ring, their members around them, a line
//! between two networks for every partner they share (the bridges), and beside it the
//! people the network leans on (betweenness), the bridging partners, the single links
//! and the referral chains. Drawn on ratatui's Canvas, in Braille dots or half blocks.

use std::f64::consts::TAU;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::canvas::{Canvas, Circle, Line as Segment, Points};

use super::theme;
use crate::domain::dataset::Dataset;
use crate::domain::overview::Overview;
use crate::domain::overview::graph::Picture;
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};

pub fn render(frame: &mut Frame, area: Rect, o: &Overview, data: &Dataset, marker: Marker) {
    let side = if area.width >= 120 { 44 } else { 32 };
    let [pic, facts] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(side)]).areas(area);
    picture(frame, pic, &o.graph, marker);
    panel(frame, facts, &o.graph, data);
}

/// Where network `k` of `n` sits on the ring.
fn centre(k: usize, n: usize) -> (f64, f64) {
    if n == 1 {
        return (0.0, 0.0);
    }
    let a = TAU * k as f64 / n as f64 + TAU / 4.0;
    (0.62 * a.cos(), 0.62 * a.sin())
}

fn picture(frame: &mut Frame, area: Rect, g: &Picture, marker: Marker) {
    let n = g.networks.len();
    let canvas = Canvas::default()
        .block(theme::block(t("overview-network_title")))
        .marker(marker)
        .x_bounds([-1.0, 1.0])
        .y_bounds([-1.0, 1.0])
        .paint(move |ctx| {
            for (a, b, _) in &g.bridges {
                let (x1, y1) = centre(*a, n);
                let (x2, y2) = centre(*b, n);
                ctx.draw(&Segment::new(x1, y1, x2, y2, Color::Yellow));
            }
            ctx.layer();
            for (k, net) in g.networks.iter().enumerate() {
                let (x, y) = centre(k, n);
                let r = 0.08 + 0.01 * (net.members.min(12) as f64);
                ctx.draw(&Circle::new(x, y, r, Color::Cyan));
                let dots: Vec<(f64, f64)> = (0..net.members)
                    .map(|m| {
                        let a = TAU * m as f64 / net.members.max(1) as f64;
                        (x + (r + 0.05) * a.cos(), y + (r + 0.05) * a.sin())
                    })
                    .collect();
                ctx.draw(&Points::new(&dots, Color::Green));
            }
            for (k, net) in g.networks.iter().enumerate() {
                let (x, y) = centre(k, n);
                let label: String = clean(&net.name).chars().take(14).collect();
                ctx.print(x - 0.15, y - 0.02, Line::from(label));
            }
        });
    frame.render_widget(canvas, area);
}

fn name(data: &Dataset, id: u64) -> String {
    crate::domain::dataset::by_id(&data.stakeholders, id)
        .map_or_else(String::new, |s| clean(&s.name).into_owned())
}

fn panel(frame: &mut Frame, area: Rect, g: &Picture, data: &Dataset) {
    let mut lines = vec![Line::from(Span::styled(
        t("overview-key_people"),
        theme::header(),
    ))];
    if g.key_people.is_empty() {
        lines.push(Line::from(t("overview-none")).style(theme::dim()));
    }
    for m in &g.key_people {
        lines.push(Line::from(tf(
            "overview-key_person",
            &[
                ("name", &name(data, m.id)),
                ("share", &format!("{:.0}", m.betweenness * 100.0)),
                ("degree", &m.degree),
            ],
        )));
    }
    if g.estimated {
        lines.push(Line::from(t("overview-estimated")).style(theme::dim()));
    }
    lines.push(Line::default());
    let facts = [
        tf(
            "overview-networks_count",
            &[("n", &g.networks.len()), ("people", &g.people)],
        ),
        tf(
            "overview-bridges",
            &[("n", &g.bridges.len()), ("people", &g.bridging_people)],
        ),
        tf("overview-single_link", &[("n", &g.single_link.len())]),
        tf(
            "overview-referrals",
            &[("n", &g.referrals), ("longest", &g.longest_chain)],
        ),
    ];
    lines.extend(facts.into_iter().map(Line::from));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(theme::block(t("overview-measures_title"))),
        area,
    );
}
