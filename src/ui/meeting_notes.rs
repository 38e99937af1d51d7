//! The notes pane of the meeting screen: what is still open from earlier sessions (overdue
//! first, marked), then the notes, actions and decisions of the current item. It scrolls
//! to the entry under the cursor, says how much lies above and below, and shows the
//! search being typed or kept.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme;
use crate::app::App;
use crate::app::model::meeting::{Focus, Meeting};
use crate::app::model::meeting_notes::{self, Entry, NotesOf};
use crate::domain::Id;
use crate::domain::note::ActionItem;
use crate::domain::sanitize::{line as clean, text as clean_text};
use crate::i18n::{t, tf};

fn name(app: &App, id: Option<Id>) -> String {
    app.stakeholder_name(id)
        .map(|s| clean(s).into_owned())
        .unwrap_or_default()
}

/// One note as lines: time, labels, source, then the text.
pub fn note_lines(app: &App, n: &crate::domain::note::Note) -> Vec<Line<'static>> {
    let source = match (n.source, n.protected_source) {
        (Some(id), true) => format!("🔒 {}", name(app, Some(id))),
        (None, true) => "🔒".to_owned(),
        (Some(id), false) => name(app, Some(id)),
        (None, false) => String::new(),
    };
    let mut spans = vec![
        Span::styled(
            n.at.with_timezone(&app.tz).format("%H:%M ").to_string(),
            theme::dim(),
        ),
        Span::styled(n.tlp.as_str(), theme::tlp(n.tlp)),
        Span::raw(" "),
        Span::styled(n.pap.as_str(), theme::pap(n.pap)),
        Span::styled(format!("  {source}"), theme::dim()),
    ];
    // A retracted note stays readable, marked, and out of every output; a corrected
    // one says so (its earlier versions are in the case file).
    if n.is_retracted() {
        spans.push(Span::styled(
            format!("  {}", t("note-retracted")),
            theme::warning(),
        ));
    } else if !n.revisions.is_empty() {
        spans.push(Span::styled(
            format!("  {}", t("note-corrected")),
            theme::dim(),
        ));
    }
    let mut out = vec![Line::from(spans)];
    out.extend(
        clean_text(&n.text)
            .lines()
            .map(|l| Line::from(format!("  {l}"))),
    );
    out
}

/// An action still open from an earlier session: overdue ones say so, in warning colour.
fn still_open_line(app: &App, a: &ActionItem) -> Line<'static> {
    let due = a.due.map(|d| format!(" · {d}")).unwrap_or_default();
    let text = format!("→ {} ({}{due})", clean(&a.text), name(app, a.owner));
    if a.is_overdue(app.today) {
        Line::from(vec![
            Span::styled(text, theme::warning()),
            Span::styled(format!(" {}", t("action-overdue")), theme::warning()),
        ])
    } else {
        Line::from(Span::styled(text, theme::dim()))
    }
}

/// An action agreed at this item, with its state once it is closed.
fn action_line(app: &App, a: &ActionItem) -> Line<'static> {
    let due = a.due.map(|d| format!(" · {d}")).unwrap_or_default();
    let state = match a.status {
        crate::domain::note::ActionStatus::Done => " ✓".to_owned(),
        crate::domain::note::ActionStatus::Cancelled => format!(" ✗ {}", t("action-cancelled")),
        crate::domain::note::ActionStatus::Open => String::new(),
    };
    Line::from(vec![
        Span::styled("→ ", theme::key()),
        Span::raw(format!("{} ({}{due})", clean(&a.text), name(app, a.owner))),
        Span::styled(state, theme::ok()),
    ])
}

fn decision_text(app: &App, id: Id) -> String {
    crate::domain::dataset::by_id(&app.data.decisions, id)
        .map(|d| clean(&d.text).into_owned())
        .unwrap_or_default()
}

/// The lines of one entry.
fn entry_lines(app: &App, e: Entry) -> Vec<Line<'static>> {
    let action = |id| crate::domain::dataset::by_id(&app.data.actions, id);
    match e {
        Entry::EarlierHeading => vec![Line::from(Span::styled(
            t("meeting-earlier"),
            theme::header(),
        ))],
        Entry::EarlierDecision(id) => vec![Line::from(Span::styled(
            format!("◆ {}", decision_text(app, id)),
            theme::dim(),
        ))],
        Entry::StillOpen(id) => action(id)
            .map(|a| vec![still_open_line(app, a)])
            .unwrap_or_default(),
        Entry::Note(id) => crate::domain::dataset::by_id(&app.data.notes, id)
            .map(|n| note_lines(app, n))
            .unwrap_or_default(),
        Entry::Action(id) => action(id)
            .map(|a| vec![action_line(app, a)])
            .unwrap_or_default(),
        Entry::Decision(id) => vec![Line::from(vec![
            Span::styled("◆ ", theme::key()),
            Span::raw(decision_text(app, id)),
        ])],
        Entry::NoNotes => vec![Line::from(Span::styled(
            t("meeting-no_notes"),
            theme::dim(),
        ))],
    }
}

/// Rows the lines take at `width`, wrapped.
fn rows(lines: &[Line], width: usize) -> usize {
    lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum()
}

/// The first row shown: the newest at the bottom, like a chat, unless the cursor's
/// entry (starting at row `start`) is above that; then it shows a third of the way
/// down, what led to it above.
fn first_row(total: usize, height: usize, cursor_start: Option<usize>) -> usize {
    let bottom = total.saturating_sub(height);
    match cursor_start {
        Some(start) if start < bottom => start.saturating_sub(height / 3),
        _ => bottom,
    }
}

/// The notes pane, drawn again only when what it shows changed: not while a note is
/// typed below it.
pub fn render_notes(frame: &mut Frame, area: Rect, app: &App, m: &Meeting) {
    let entries = meeting_notes::entries(app, m);
    let cursor = (m.focus == Focus::Notes)
        .then(|| {
            m.notes_cursor
                .map(|c| c.min(entries.len().saturating_sub(1)))
        })
        .flatten();
    let of = NotesOf {
        entries,
        item: m.item,
        cursor,
        focused: m.focus == Focus::Notes,
        search: (m.search.as_ref()).map(|s| (s.query.value(), s.typing, m.notes_cursor)),
        title: super::meeting::notes_title(app, m),
        data_sets: app.data_sets,
        today: app.today,
        tz: app.tz,
        lang: crate::i18n::lang(),
        theme: theme::current() as u8,
    };
    let drawn = of.clone();
    app.notes_pane.draw(frame.buffer_mut(), area, of, |buf| {
        draw_notes(buf, area, app, m, &drawn)
    });
}

fn draw_notes(buf: &mut Buffer, area: Rect, app: &App, m: &Meeting, of: &NotesOf) {
    let query = of.search.as_ref().map(|s| s.0.clone()).unwrap_or_default();
    let mut block = theme::block(&of.title);
    if of.focused {
        block = block.border_style(theme::key());
    }
    let inner = block.inner(area);
    let width = inner.width.max(1) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_start = None;
    for (i, e) in of.entries.iter().enumerate() {
        let mut here = entry_lines(app, *e);
        let style = if Some(i) == of.cursor {
            cursor_start = Some(rows(&lines, width));
            theme::selected()
        } else if meeting_notes::holds(app, *e, &query) {
            Style::new().add_modifier(Modifier::UNDERLINED)
        } else {
            Style::new()
        };
        for l in &mut here {
            l.style = l.style.patch(style);
        }
        lines.extend(here);
    }
    let (total, height) = (rows(&lines, width), inner.height as usize);
    let top = first_row(total, height, cursor_start);
    if total > height {
        let below = total.saturating_sub(top + height);
        let marker = tf("meeting-scroll", &[("above", &top), ("below", &below)]);
        block = block.title_bottom(
            Line::from(Span::styled(format!(" {marker} "), theme::dim())).right_aligned(),
        );
    }
    if let Some(s) = &m.search {
        block = block.title_bottom(Line::from(search_title(app, m, s)));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((top as u16, 0))
        .block(block)
        .render(area, buf);
}

/// The search, as typed, and which of its matches is under the cursor.
fn search_title(
    app: &App,
    m: &Meeting,
    s: &crate::app::model::meeting_notes::NoteSearch,
) -> Vec<Span<'static>> {
    let query = s.query.value();
    let found = meeting_notes::matches(app, m, &query);
    let at = m
        .notes_cursor
        .and_then(|c| found.iter().position(|p| *p == (m.item, c)))
        .map_or(0, |i| i + 1);
    let typing = if s.typing { "▏" } else { "" };
    vec![
        Span::styled(format!(" /{}{typing} ", clean(&query)), theme::key()),
        Span::styled(
            tf("meeting-search", &[("at", &at), ("total", &found.len())]) + " ",
            theme::dim(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::first_row;

    #[test]
    fn the_pane_follows_the_newest_until_the_cursor_is_above_it() {
        assert_eq!(first_row(10, 20, None), 0, "all of it fits");
        assert_eq!(first_row(50, 20, None), 30, "newest at the bottom");
        assert_eq!(first_row(50, 20, Some(40)), 30, "the cursor shows there");
        assert_eq!(
            first_row(50, 20, Some(25)),
            19,
            "a third of the pane above it"
        );
        assert_eq!(first_row(50, 20, Some(0)), 0);
    }
}
