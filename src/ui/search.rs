//! The search of the whole database over the screen: the query, then one row per hit
//! (its kind, the session's date, the case's reference, the field that holds the query
//! and a few words around it), where the list is, and why it is empty when it is.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::model::search::{Record, SearchScope, SearchState};
use crate::domain::find::{Found, Query, excerpt, fold};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};
use unicode_width::UnicodeWidthStr;

pub fn render(frame: &mut Frame, body: Rect, app: &App, s: &SearchState) {
    let area = body;
    frame.render_widget(Clear, area);
    let title = title(app, s);
    let mut block = theme::block(&title).border_style(theme::key());
    if !s.hits.is_empty() {
        let at = tf(
            "search-position",
            &[("at", &(s.selected + 1)), ("total", &s.hits.len())],
        );
        block = block.title_bottom(Line::styled(format!(" {at} "), theme::dim()).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [query, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("/ ", theme::key()),
            Span::raw(clean(&s.query.value()).into_owned()),
            Span::styled("▏", theme::key()),
        ])),
        query,
    );
    if s.hits.is_empty() {
        frame.render_widget(
            Paragraph::new(empty(s))
                .style(theme::dim())
                .wrap(Wrap { trim: true }),
            list,
        );
        return;
    }
    let visible = usize::from(list.height).max(1);
    s.page.set(visible);
    let offset = window(s.offset.get(), s.selected, visible);
    s.offset.set(offset);
    let lines = (s.hits.iter().enumerate())
        .skip(offset)
        .take(visible)
        .filter_map(|(i, hit)| {
            let record = s.corpus.records.get(hit.record)?;
            let found = s.where_found(hit)?;
            let mut line = row(app, found, record, &s.searched, usize::from(list.width));
            if i == s.selected {
                line = line.style(theme::selected());
            }
            Some(line)
        });
    // A line each, drawn as it is (a paragraph would lay each out again to cut it).
    for (line, area) in lines.zip(list.rows()) {
        super::widgets::rows::line(frame.buffer_mut(), area, &line);
    }
}

/// "Search everything" or "Search this session (2026-11-12)".
pub fn title(app: &App, s: &SearchState) -> String {
    match s.scope {
        SearchScope::Everything => t("search-title_everything").to_owned(),
        SearchScope::Session(id) => {
            let date = (app.index.sessions.get(&id))
                .and_then(|&p| app.data.sessions.get(p))
                .map(|x| x.date.to_string())
                .unwrap_or_default();
            tf("search-title_session", &[("date", &date)])
        }
    }
}

/// Why the list is empty: nothing typed yet, or nothing holds it (here, or at all).
fn empty(s: &SearchState) -> String {
    let query = clean(&s.query.value()).into_owned();
    if s.indexing {
        return t("search-indexing").to_owned();
    }
    if s.searched.is_empty() {
        return t("search-type").to_owned();
    }
    match s.scope {
        SearchScope::Session(_) => tf("search-none_session", &[("query", &query)]),
        SearchScope::Everything => tf("search-none", &[("query", &query)]),
    }
}

/// The first row shown: the selected one stays in view, the list moves only when it
/// would leave it.
fn window(offset: usize, selected: usize, visible: usize) -> usize {
    if selected < offset {
        selected
    } else if selected >= offset + visible {
        selected + 1 - visible
    } else {
        offset
    }
}

/// One hit: kind, date, case, then the field and the words around the query.
fn row(app: &App, found: Found, r: &Record, query: &Query, width: usize) -> Line<'static> {
    let date = r.date.map(|d| d.to_string()).unwrap_or_default();
    let case = (r.case)
        .and_then(|c| app.index.cases.get(&c))
        .and_then(|&p| app.data.cases.get(p))
        .map(|c| c.reference.to_string())
        .unwrap_or_default();
    let mut kind = t(r.kind.key()).to_owned();
    if r.retracted {
        kind = tf("search-retracted", &[("kind", &kind)]);
    }
    let head = format!("{:<10} {date:<10} {case:<11} ", cut(&kind, 10));
    let (field, text) = (r.fields.get(found.field))
        .map(|(f, shown)| (t(f.key()), shown.as_str()))
        .unwrap_or_default();
    // A person found by another field than their name is named too.
    let label = match r.fields.first() {
        Some((crate::app::model::search::Field::Name, name)) if found.field > 0 => {
            format!("{} · {} ", clean(name), crate::i18n::label_colon(field))
        }
        _ => format!("{} ", crate::i18n::label_colon(field)),
    };
    let room = width.saturating_sub(head.width() + label.width());
    let words = clean(&excerpt(text, found.at, found.len, room)).into_owned();
    let kind_style = if r.retracted {
        theme::warning()
    } else {
        theme::key()
    };
    let mut spans = vec![
        Span::styled(head, kind_style),
        Span::styled(label, theme::dim()),
    ];
    spans.extend(marked(&words, query));
    Line::from(spans)
}

/// `words` with the first word of the query underlined where it shows.
fn marked(words: &str, query: &Query) -> Vec<Span<'static>> {
    let folded: Vec<String> = vec![fold(words)];
    let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
    let Some(found) = query.find(&refs) else {
        return vec![Span::raw(words.to_owned())];
    };
    let chars: Vec<char> = words.chars().collect();
    let end = (found.at + found.len).min(chars.len());
    let part = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    vec![
        Span::raw(part(0, found.at.min(end))),
        Span::styled(
            part(found.at.min(end), end),
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
        ),
        Span::raw(part(end, chars.len())),
    ]
}

/// At most `n` characters of `s`.
fn cut(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_selected_row_stays_in_view() {
        assert_eq!(window(0, 3, 10), 0);
        assert_eq!(window(0, 12, 10), 3);
        assert_eq!(window(5, 2, 10), 2);
        assert_eq!(window(5, 14, 10), 5);
    }
}
