use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph};

use crate::app::model::picker::Picker;
use crate::app::{Action, Scope, bindings_for};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};
use crate::ui::theme;

pub fn render(frame: &mut Frame, body: Rect, picker: &Picker) {
    let w = body.width.saturating_sub(8).min(70);
    let h = body.height.saturating_sub(2).min(20);
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    // A list like the others: which match is selected of how many.
    let mark = (!picker.matches.is_empty())
        .then(|| format!(" {}/{} ", picker.selected + 1, picker.matches.len()));
    let block = super::scroll::marked(theme::block(&picker.title), mark);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [query, list, count] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let [prompt, input] =
        Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(query);
    frame.render_widget(Paragraph::new(Span::styled("/ ", theme::key())), prompt);
    frame.render_widget(picker.query.textarea(), input);
    // Only the visible window of matches is turned into items.
    let visible = list.height as usize;
    picker.page.set(visible);
    let offset = picker.selected.saturating_sub(visible.saturating_sub(1));
    let items: Vec<ListItem> = picker
        .matches
        .iter()
        .skip(offset)
        .take(visible)
        .map(|&i| {
            let it = &picker.items[i];
            let mark = match (picker.multi, picker.chosen.contains(&it.value)) {
                (true, true) => Span::styled("✓ ", theme::ok()),
                (true, false) => Span::raw("  "),
                _ => Span::raw(""),
            };
            ListItem::new(Line::from(vec![
                mark,
                Span::raw(clean(&it.label).into_owned()),
                Span::raw("  "),
                Span::styled(clean(&it.hint).into_owned(), theme::dim()),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(picker.selected - offset));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme::selected()),
        list,
        &mut state,
    );
    let matched = tf(
        "picker-count",
        &[("n", &picker.matches.len()), ("total", &picker.items.len())],
    );
    render_count(frame, count, matched, picker.matches.len() > visible);
}

/// The count line: how many match, and on the right, when they do not all fit
/// (`pages`), the paging keys, which the footer below has no room for at 80 columns (in
/// Dutch least of all) and no help lists (a picker has no help key: it takes `?` as
/// typed text); left out when the line is too narrow.
fn render_count(frame: &mut Frame, area: Rect, matched: String, pages: bool) {
    let paging = [Action::PageUp, Action::PageDown];
    let keys = bindings_for(&[Scope::Picker]).filter(|b| paging.contains(&b.action));
    let mut spans = vec![Span::styled(matched, theme::dim())];
    let mut right = Vec::new();
    for b in keys {
        right.extend([
            Span::raw("  "),
            Span::styled(b.label, theme::key()),
            Span::raw(" "),
            Span::styled(t(b.help), theme::dim()),
        ]);
    }
    let width = |s: &[Span]| s.iter().map(Span::width).sum::<usize>();
    let room = usize::from(area.width);
    if pages && width(&spans) + width(&right) <= room {
        let gap = room - width(&spans) - width(&right);
        spans.push(Span::raw(" ".repeat(gap)));
        spans.extend(right);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
