use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::{App, bindings_for};
use crate::i18n::{t, tf};
use crate::ui::theme;

/// Every key of the view under the help overlay, generated from the keymap; in two
/// columns when one does not fit.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let keys = listed(app);
    // Where labels are chosen or set, help says what each one means, both ways.
    let with_labels = app.meeting.is_some() || app.tab == crate::app::Tab::Sharing;
    let label_count = if with_labels {
        super::labels::help_lines(40).len()
    } else {
        0
    } + if app.meeting.is_some() {
        syntax_lines(40).len()
    } else {
        0
    };
    let room = body.height.saturating_sub(3) as usize;
    let columns = if keys.len() + label_count > room && body.width >= 72 {
        2
    } else {
        1
    };
    let column_width =
        if columns == 2 { body.width.min(84) } else { 46 }.saturating_sub(2) / columns as u16;
    let mut lines = key_lines(&keys, usize::from(column_width));
    if app.meeting.is_some() {
        let w = if columns == 2 { body.width.min(84) } else { 46 };
        lines.extend(syntax_lines(w.saturating_sub(2) / columns as u16));
    }
    if with_labels {
        let w = if columns == 2 { body.width.min(84) } else { 46 };
        lines.extend(super::labels::help_lines(
            w.saturating_sub(2) / columns as u16,
        ));
    }
    if lines.len().div_ceil(columns) > room {
        // Help that scrolls lists the keys that page it.
        lines.extend(own_key_lines(usize::from(column_width)));
    }
    let per_column = lines.len().div_ceil(columns);
    let w = if columns == 2 { body.width.min(84) } else { 46 };
    let h = (per_column.min(room) + 3) as u16;
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    let block = theme::block(t("help-title"));
    let inner = block.inner(area);
    // Keys that do not fit scroll (↑/↓), and the bottom border says so.
    let visible = usize::from(inner.height.saturating_sub(1));
    let scroll = usize::from(app.help_scroll.drawn(visible, per_column));
    let block = match super::scroll::marker(scroll, visible, per_column) {
        Some(m) => block.title_bottom(Line::styled(m, theme::dim()).right_aligned()),
        None => block,
    };
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(block, area);
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(heading(app), theme::header())),
        top,
    );
    let cols = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(rest);
    for (c, chunk) in lines.chunks(per_column.max(1)).enumerate() {
        frame.render_widget(Paragraph::new(chunk.to_vec()).scroll((scroll, 0)), cols[c]);
    }
}

/// What help is about: the layer it was opened over (the form, the import or export
/// preview, the search, the meeting), by that screen's own title, else the view's.
fn heading(app: &App) -> String {
    if app.overlay == Some(crate::app::Overlay::HelpOverMessages) {
        return t("messages-title").to_owned();
    }
    if let Some(form) = &app.form {
        return form.title.clone();
    }
    if app.import.is_some() {
        return t("import-title").to_owned();
    }
    if let Some(p) = &app.export {
        return crate::ui::preview::title(app, p);
    }
    if let Some(s) = &app.search {
        return crate::ui::search::title(app, s);
    }
    let key = match app.meeting {
        Some(_) => "help-meeting",
        None => app.view_title_key(),
    };
    t(key).to_owned()
}

/// The bindings help lists over `app`: those that act in the scopes in force where it
/// was opened.
pub fn listed(app: &App) -> Vec<&'static crate::app::Binding> {
    let scopes = app.help_scopes();
    // A key that does the same in two of the scopes (↑ in the meeting's side and its
    // notes pane) is listed once, and one a scope above takes (Esc) is not listed.
    let mut seen = std::collections::HashSet::new();
    bindings_for(&scopes)
        .filter(|b| crate::app::model::keymap::acts(&scopes, b))
        .filter(|b| seen.insert((b.label, b.help)))
        .collect()
}

/// Help's own keys that its footer leaves out (a page, either end): help that scrolls
/// lists them itself, last, since a "more" on help would lead nowhere.
fn own_keys() -> impl Iterator<Item = &'static crate::app::Binding> {
    use crate::app::Scope;
    bindings_for(&[Scope::Help]).filter(|b| !b.footer)
}

/// [`own_keys`] under their heading.
fn own_key_lines(width: usize) -> Vec<Line<'static>> {
    let keys: Vec<_> = own_keys().collect();
    let mut out = vec![Line::from(Span::styled(
        t("help-own_keys"),
        theme::header(),
    ))];
    out.extend(key_lines(&keys, width));
    out
}

/// One line per key, its description wrapped under itself where the column is narrow.
fn key_lines(keys: &[&crate::app::Binding], width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for b in keys {
        let text = crate::labels::wrap(t(b.help), width.saturating_sub(10).max(8));
        for (i, part) in text.into_iter().enumerate() {
            let key = if i == 0 { b.label } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("{key:>7}  "), theme::key()),
                Span::raw(part),
            ]));
        }
    }
    out
}

/// The note syntax's words, every language's: they are understood whatever the
/// interface's language, so help names them all.
fn syntax_lines(width: u16) -> Vec<Line<'static>> {
    use crate::domain::{lines, parse};
    let colon = |words: &[&str]| {
        words
            .iter()
            .map(|w| format!("{w}:"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let dates: Vec<&str> = parse::TODAY_WORDS[..1]
        .iter()
        .chain(&parse::TODAY_WORDS[2..4])
        .chain(&parse::TOMORROW_WORDS)
        .copied()
        .chain(["+3d", "+3j", "-2w", "-2s", "+1m"])
        .collect();
    let width = usize::from(width.max(12));
    let mut out: Vec<Line> = crate::labels::wrap(t("help-syntax_title"), width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme::header())))
        .collect();
    for (id, words) in [
        ("help-syntax_action", colon(&lines::ACTION_WORDS)),
        ("help-syntax_decision", colon(&lines::DECISION_WORDS)),
        ("help-syntax_due", colon(&lines::DUE_WORDS)),
        ("help-syntax_dates", dates.join(" ")),
    ] {
        let text = tf(id, &[("words", &words)]);
        let wrapped = crate::labels::wrap(&text, width - 2);
        out.extend(wrapped.into_iter().map(|l| Line::from(format!("  {l}"))));
    }
    out
}
