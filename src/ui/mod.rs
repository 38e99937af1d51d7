//! Pure rendering: reads the [`App`], never touches the store.

mod action_lines;
mod actions;
mod cases;
mod concern_lines;
mod meeting;
mod meeting_notes;
mod meeting_summary;
mod network_work;
mod networks;
pub mod overview;
mod overview_network;
mod preview;
mod search;
mod sessions;
mod sharing;
mod stakeholder_detail;
mod stakeholders;
pub mod theme;
mod trainings;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::model::layers::Layer;
use crate::app::{App, StatusKind, Tab};
use crate::i18n::{t, tf};

/// Below this the screens cannot be laid out; say so instead of drawing garbage.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn draw(frame: &mut Frame, app: &App) {
    // A locked screen shows nothing of what is open underneath.
    if let Some(lock) = &app.lock {
        widgets::lock::render(frame, app, lock);
        return;
    }
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = tf(
            "ui-too_small",
            &[
                ("w", &area.width),
                ("h", &area.height),
                ("min_w", &MIN_WIDTH),
                ("min_h", &MIN_HEIGHT),
            ],
        );
        frame.render_widget(
            Paragraph::new(msg)
                .wrap(Wrap { trim: true })
                .style(theme::warning()),
            area,
        );
        return;
    }
    let message = status_lines(app, area.width);
    let [tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(message.as_ref().map_or(1, |m| m.len() as u16)),
        Constraint::Length(1),
    ])
    .areas(area);
    widgets::tabs::render(frame, tabs, app);
    // The modal stack, drawn bottom up from the topmost layer that covers the whole body
    // (the search, a preview): what lies under that one would only be cleared, and the
    // meeting beneath the search costs more than the search itself (issue #19).
    let layers = app.layers();
    let covering = layers.iter().position(|l| covers_body(*l));
    let drawn = covering.map_or(&layers[..], |top| &layers[..=top]);
    if covering.is_none() {
        render_body(frame, body, app);
    }
    match message {
        Some(lines) => frame.render_widget(Paragraph::new(lines), status),
        None => render_status(frame, status, app),
    }
    widgets::footer::render(frame, footer, app);
    for layer in drawn.iter().rev() {
        render_layer(frame, body, app, *layer);
    }
}

/// Whether `layer` is drawn over the whole body, clearing it first.
fn covers_body(layer: Layer) -> bool {
    matches!(
        layer,
        Layer::Search | Layer::ExportPreview | Layer::ImportPreview
    )
}

/// The meeting or the tab in view.
fn render_body(frame: &mut Frame, body: Rect, app: &App) {
    if let Some(m) = &app.meeting {
        meeting::render(frame, body, app, m);
    } else if !app.loaded && app.tab == Tab::Overview {
        // The first screen needs nothing from the records: it says the overview is on
        // its way (computed once they are in) while they load behind it.
        overview::render_app(frame, body, app);
    } else if !app.loaded {
        frame.render_widget(Paragraph::new(t("ui-loading")).style(theme::dim()), body);
    } else {
        match app.tab {
            Tab::Overview => overview::render_app(frame, body, app),
            Tab::Stakeholders => stakeholders::render(frame, body, app),
            Tab::Networks if app.show_trainings => trainings::render(frame, body, app),
            Tab::Networks => networks::render(frame, body, app),
            Tab::Sessions if app.show_actions => actions::render(frame, body, app),
            Tab::Sessions if app.show_cases => cases::render(frame, body, app),
            Tab::Sessions => sessions::render(frame, body, app),
            Tab::Sharing => sharing::render(frame, body, app),
        }
    }
}

/// Draws one layer of the modal stack over the body; the meeting, the detail and the
/// filter are drawn with the body itself.
fn render_layer(frame: &mut Frame, body: Rect, app: &App, layer: Layer) {
    match layer {
        Layer::Help => widgets::help::render(frame, body, app),
        Layer::Messages => widgets::messages::render(frame, body, app),
        Layer::Form => {
            if let Some(form) = &app.form {
                widgets::form::render(frame, body, app, form);
            }
        }
        Layer::ExportPreview => {
            if let Some(p) = &app.export {
                preview::render(frame, body, app, p);
            }
        }
        Layer::ImportPreview => {
            if let Some(p) = &app.import {
                preview::render_import(frame, body, p);
            }
        }
        Layer::Picker => {
            if let Some(picker) = &app.picker {
                widgets::picker::render(frame, body, picker);
            }
        }
        Layer::Confirm => {
            if let Some(c) = &app.confirm {
                render_confirm(frame, body, &c.question, t(c.title_key()));
            }
        }
        Layer::Search => {
            if let Some(s) = &app.search {
                search::render(frame, body, app, s);
            }
        }
        Layer::Meeting | Layer::Detail | Layer::Filter => {}
    }
}

/// The message on the status line, wrapped at word boundaries to at most two rows; a
/// longer one ends in "…" and is read whole in the message log.
fn status_lines(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    const ROWS: usize = 2;
    let s = app.status.as_ref()?;
    let style = match s.kind {
        StatusKind::Info => theme::ok(),
        StatusKind::Error => theme::error(),
    };
    let text = crate::domain::sanitize::line(&s.text);
    let width = usize::from(width).max(1);
    let mut rows = crate::labels::wrap(&text, width);
    if rows.len() > ROWS {
        rows.truncate(ROWS);
        let last = &mut rows[ROWS - 1];
        let kept = crate::labels::fit(last, width.saturating_sub(2));
        *last = format!("{} …", kept.trim_end());
    }
    Some(
        rows.into_iter()
            .map(|r| Line::from(Span::styled(r, style)))
            .collect(),
    )
}

/// The status line without a message: the meeting's session, or the database's size.
fn render_status(frame: &mut Frame, area: Rect, app: &App) {
    let line = match &app.status {
        Some(_) => Line::default(),
        None if app.meeting.is_some() => {
            let m = app.meeting.as_ref().map(|m| &m.session);
            let (title, date) = m
                .map(|s| (s.title.as_str(), s.date.to_string()))
                .unwrap_or_default();
            Line::from(vec![
                Span::styled("● ", theme::ok()),
                Span::from(format!("{} · {date}", crate::domain::sanitize::line(title))),
            ])
        }
        None => {
            // Before the load, the count read from the table, or none at all: never a
            // count of what happens to be loaded so far.
            let count = if app.loaded {
                Some(app.data.stakeholders.len() as u64)
            } else {
                app.counted
            };
            let mut spans = vec![Span::from(t("ui-database")).dim()];
            if let Some(n) = count {
                spans.push(Span::from(" "));
                spans.push(Span::from(tf("ui-records", &[("n", &n)])).dim());
            }
            Line::from(spans)
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn render_confirm(frame: &mut Frame, body: Rect, question: &str, title: &str) {
    let cols = u16::try_from(unicode_width::UnicodeWidthStr::width(question)).unwrap_or(u16::MAX);
    let w = cols
        .saturating_add(4)
        .min(body.width.saturating_sub(4))
        .max(20);
    let lines = cols.div_ceil(w.saturating_sub(2).max(1));
    let area = widgets::centered(body, w, lines + 2);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(crate::domain::sanitize::line(question).into_owned())
            .wrap(Wrap { trim: true })
            .block(theme::block(title).border_style(theme::warning())),
        area,
    );
}

/// Splits a tab's body into the list and, where there is room, a detail pane: beside the
/// list on wide terminals, under it on tall narrow ones.
fn split_detail(area: Rect) -> (Rect, Option<Rect>) {
    if area.width >= 120 {
        let [l, d] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (l, Some(d))
    } else if area.height >= 18 {
        let [l, d] = Layout::vertical([Constraint::Min(8), Constraint::Length(7)]).areas(area);
        (l, Some(d))
    } else {
        (area, None)
    }
}
