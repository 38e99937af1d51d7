//! The meeting screen: attendance and agenda down the side, the notes of the current
//! item, and the editor docked at the bottom.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};

use super::theme;
use super::widgets::scroll;
use crate::app::App;
use crate::app::model::meeting::{Focus, Meeting};
use crate::domain::sanitize::line as clean;
use crate::domain::session::{AgendaSubject, Presence};
use crate::i18n::{t, tf};
use crate::labels;

fn mmss(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

fn subject(app: &App, s: &AgendaSubject) -> String {
    match s {
        AgendaSubject::Case(id) => app
            .index
            .cases
            .get(id)
            .map(|&i| {
                let c = &app.data.cases[i];
                format!("{} · {}", c.reference, labels::case_status(c.status))
            })
            .unwrap_or_default(),
        AgendaSubject::Topic(topic) => clean(topic).into_owned(),
        AgendaSubject::OpenActions(s) => labels::open_actions(&app.data, *s),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, m: &Meeting) {
    let side_w = side_width(app, m, area.width);
    let editor_h = if area.height >= 30 { 9 } else { 7 };
    let hints = hint_rows(hint_units(app, m), area.width, MAX_HINT_ROWS);
    let hints_h = u16::try_from(hints.len()).unwrap_or(1).max(1);
    let [top, editor, hints_area] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(editor_h),
        Constraint::Length(hints_h),
    ])
    .areas(area);
    let [side, notes] =
        Layout::horizontal([Constraint::Length(side_w), Constraint::Min(20)]).areas(top);
    // At the smallest sizes the side is short: the agenda gets at most half of it.
    let agenda_h = (m.session.agenda.len() as u16 + 2)
        .min(side.height / 2)
        .max(side.height.min(3));
    let [people, agenda] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(agenda_h)]).areas(side);
    render_attendance(frame, people, app, m);
    render_agenda(frame, agenda, app, m);
    super::meeting_notes::render_notes(frame, notes, app, m);
    render_editor(frame, editor, app, m);
    frame.render_widget(Paragraph::new(hints), hints_area);
    if let Some(s) = &m.summary {
        super::meeting_summary::render(frame, area, app, m, s);
    }
    if let Some(cursor) = m.chooser {
        let default = crate::app::model::meeting::defaults(app).0;
        super::widgets::labels::render_chooser(frame, area, cursor, default);
    }
    if let Some(cursor) = m.pap_chooser {
        let default = crate::app::model::meeting::defaults(app).1;
        super::widgets::labels::render_pap_chooser(frame, area, cursor, default);
    }
}

/// The side's width: what its names and agenda lines (with the timer) need, at least 26
/// columns and at most 9/20 of the screen, so that the notes keep the larger part.
fn side_width(app: &App, m: &Meeting, width: u16) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let names = m.roster().into_iter().map(|id| {
        let name = app.stakeholder_name(Some(id)).unwrap_or_default();
        2 + clean(name).width()
    });
    let items = m.session.agenda.iter().enumerate().map(|(i, item)| {
        let timed = i == m.item || item.elapsed_secs > 0;
        2 + subject(app, &item.subject).width() + if timed { 6 } else { 0 }
    });
    let need = names.chain(items).max().unwrap_or(0) + 2;
    let need = u16::try_from(need).unwrap_or(u16::MAX);
    need.clamp(26, (width * 9 / 20).max(26))
}

fn render_attendance(frame: &mut Frame, area: Rect, app: &App, m: &Meeting) {
    let roster = m.roster();
    let present = m.session.present().count();
    let items: Vec<ListItem> = roster
        .iter()
        .map(|&id| {
            let (mark, style) = match m.session.presence_of(id) {
                Some(Presence::Present) => ("✓", theme::ok()),
                Some(Presence::Excused) => ("~", theme::warning()),
                Some(Presence::Absent) => ("✗", theme::error()),
                None => ("·", theme::dim()),
            };
            let name = app
                .stakeholder_name(Some(id))
                .map(|n| clean(n).into_owned())
                .unwrap_or_default();
            ListItem::new(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(name),
            ]))
        })
        .collect();
    let title = tf(
        "meeting-attendance",
        &[("present", &present), ("invited", &roster.len())],
    );
    let focused = m.focus == Focus::Side;
    let mut block = theme::block(&title);
    if focused {
        block = block.border_style(theme::key());
    }
    let visible = usize::from(block.inner(area).height);
    let selected = focused.then_some(m.attendee);
    let (offset, mark) = scroll::list_view(m.attendee, visible, items.len(), selected);
    let block = scroll::marked(block, mark);
    let mut state = ListState::default()
        .with_offset(offset)
        .with_selected(selected);
    frame.render_stateful_widget(
        List::new(items)
            .block(block)
            .highlight_style(theme::selected()),
        area,
        &mut state,
    );
}

fn render_agenda(frame: &mut Frame, area: Rect, app: &App, m: &Meeting) {
    let items: Vec<ListItem> = m
        .session
        .agenda
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let current = i == m.item;
            let secs = if current {
                m.elapsed_secs()
            } else {
                item.elapsed_secs
            };
            let time = if secs > 0 || current {
                mmss(secs)
            } else {
                String::new()
            };
            let marker = if current { "▶ " } else { "  " };
            let style = if current {
                theme::title()
            } else {
                ratatui::style::Style::new()
            };
            ListItem::new(Line::from(vec![
                Span::styled(format!("{marker}{}", subject(app, &item.subject)), style),
                Span::styled(format!(" {time}"), theme::dim()),
            ]))
        })
        .collect();
    let items = if items.is_empty() {
        vec![ListItem::new(Span::styled(
            t("meeting-no_agenda"),
            theme::dim(),
        ))]
    } else {
        items
    };
    // The current item stays in view; the border says when some items are not.
    let block = theme::block(t("meeting-agenda"));
    let visible = usize::from(block.inner(area).height);
    let (offset, mark) = scroll::list_view(m.item, visible, items.len(), None);
    let mut state = ListState::default().with_offset(offset);
    frame.render_stateful_widget(
        List::new(items).block(scroll::marked(block, mark)),
        area,
        &mut state,
    );
}

/// The title of the notes pane: the item, its place in the agenda and its timer (which
/// runs only while the session is in progress).
pub fn notes_title(app: &App, m: &Meeting) -> String {
    match m.current() {
        Some(i) => format!(
            "{}/{} {} · ⏱ {}",
            m.item + 1,
            m.session.agenda.len(),
            subject(app, &i.subject),
            mmss(m.elapsed_secs())
        ),
        None => t("meeting-general").to_owned(),
    }
}

/// The editor's title: the note's label (and whether it is the default), PAP, source
/// and protection.
fn editor_title(app: &App, m: &Meeting) -> Vec<Span<'static>> {
    let source = match m.source {
        Some(id) => app
            .stakeholder_name(Some(id))
            .map(|s| clean(s).into_owned())
            .unwrap_or_default(),
        None => t("meeting-no_source").to_owned(),
    };
    let mut title = vec![
        Span::styled(format!(" {} ", t("meeting-note")), theme::title()),
        Span::styled(m.tlp.as_str(), theme::tlp(m.tlp)),
    ];
    // New notes start from the agreement's default label: say so while it is the one.
    if m.tlp == crate::app::model::meeting::defaults(app).0 {
        title.push(Span::styled(
            format!(" ({})", t("meeting-default_label")),
            theme::dim(),
        ));
    }
    title.extend([
        Span::raw(" "),
        Span::styled(m.pap.as_str(), theme::pap(m.pap)),
        Span::raw(format!(
            " · {}",
            crate::i18n::label_value(t("meeting-source"), &source)
        )),
    ]);
    if m.protected {
        title.push(Span::styled(
            format!(" · 🔒 {}", t("meeting-protected")),
            theme::warning(),
        ));
    }
    title.push(Span::raw(" "));
    title
}

fn render_editor(frame: &mut Frame, area: Rect, app: &App, m: &Meeting) {
    let title = editor_title(app, m);
    let state = if m.session.status == crate::domain::session::SessionStatus::Closed {
        t("meeting-read_only")
    } else if m.committing.is_some() {
        t("meeting-saving")
    } else if m.draft_dirty {
        t("meeting-draft_unsaved")
    } else if !m.editor.is_empty() {
        t("meeting-draft_saved")
    } else {
        ""
    };
    let border = if m.focus == Focus::Editor {
        theme::key()
    } else {
        theme::dim()
    };
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_type(ratatui::widgets::BorderType::Rounded)
        .border_style(border)
        .title(Line::from(title));
    if let Some(why) = &m.failure {
        let text = tf("meeting-not_saved", &[("why", &clean(why))]);
        block = block.title_bottom(
            Line::from(Span::styled(format!(" {text} "), theme::error())).right_aligned(),
        );
    } else if !state.is_empty() {
        block = block.title_bottom(
            Line::from(Span::styled(format!(" {state} "), theme::dim())).right_aligned(),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Clear, inner);
    frame.render_widget(m.editor.textarea(), inner);
}

/// The rows the hints under the editor may take: more would hide the notes.
const MAX_HINT_ROWS: usize = 3;

/// What the note's lines will become, and why a line cannot be read: one unit each.
fn hint_units(app: &App, m: &Meeting) -> Vec<Vec<Span<'static>>> {
    let p = &m.parsed;
    let mut units = Vec::new();
    for a in &p.actions {
        let owner = app
            .stakeholder_name(Some(a.owner))
            .map(|s| clean(s).into_owned())
            .unwrap_or_default();
        let due = a.due.map(|d| format!(", {d}")).unwrap_or_default();
        units.push(vec![Span::styled(format!("→ {owner}{due}"), theme::ok())]);
    }
    if !p.decisions.is_empty() {
        units.push(vec![Span::styled(
            tf("meeting-decisions", &[("n", &p.decisions.len())]),
            theme::ok(),
        )]);
    }
    for h in &p.hints {
        units.push(vec![Span::styled(
            format!(
                "⚠ {}",
                crate::i18n::label_value(
                    &format!("{} {}", t("meeting-line"), h.line + 1),
                    &format!("{} {}", t(h.key), clean(&h.detail))
                )
            ),
            theme::warning(),
        )]);
    }
    units
}

/// `units` laid out in rows of `width`, never cutting one between rows: a unit that
/// does not fit on a row starts the next. Beyond `max` rows, the last row ends with how
/// many were left out (the editor's text still shows every line).
fn hint_rows(units: Vec<Vec<Span<'static>>>, width: u16, max: usize) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let len = |u: &[Span]| u.iter().map(Span::width).sum::<usize>();
    let row_len = |r: &[Vec<Span>]| r.iter().map(|u| len(u) + 2).sum::<usize>();
    let total = units.len();
    let mut rows: Vec<Vec<Vec<Span>>> = vec![Vec::new()];
    let mut placed = 0;
    for unit in units {
        let row = rows.last().expect("one row at least");
        if !row.is_empty() && row_len(row) + len(&unit) > width {
            if rows.len() == max {
                break;
            }
            rows.push(Vec::new());
        }
        rows.last_mut().expect("one row at least").push(unit);
        placed += 1;
    }
    let mut lines: Vec<Line> = Vec::new();
    let last = rows.len() - 1;
    for (i, mut row) in rows.into_iter().enumerate() {
        let mut more = None;
        if i == last && placed < total {
            // Make room for "and 2 more" by taking units off the end of the last row.
            let text = |n: usize| format!("  {}", tf("meeting-hints_more", &[("n", &n)]));
            while row.len() > 1 && row_len(&row) + text(total - placed).chars().count() > width {
                row.pop();
                placed -= 1;
            }
            more = Some(Span::styled(text(total - placed), theme::dim()));
        }
        let mut spans = Vec::new();
        for (n, unit) in row.into_iter().enumerate() {
            if n > 0 {
                spans.push(Span::raw("  "));
            }
            spans.extend(unit);
        }
        spans.extend(more);
        lines.push(Line::from(spans));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(texts: &[&str]) -> Vec<Vec<Span<'static>>> {
        texts
            .iter()
            .map(|t| vec![Span::raw(t.to_string())])
            .collect()
    }

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn hints_wrap_between_units_and_count_what_is_left_out() {
        let rows = hint_rows(units(&["aaaa", "bbbb", "cccc"]), 10, 3);
        assert_eq!(text(&rows), ["aaaa  bbbb", "cccc"]);
        let five = units(&["aaaa", "bbbb", "cccc", "dddd", "eeee"]);
        let rows = hint_rows(five.clone(), 12, 2);
        assert_eq!(text(&rows), ["aaaa  bbbb", "cccc  and 2 more"]);
        let rows = hint_rows(five, 24, 1);
        assert_eq!(text(&rows), ["aaaa  bbbb  and 3 more"]);
        assert_eq!(text(&hint_rows(Vec::new(), 10, 2)), [""]);
    }
}
