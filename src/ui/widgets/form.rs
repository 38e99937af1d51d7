use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::app::model::form::{Field, FieldKind, Form};
use crate::domain::sanitize::line as clean;
use crate::i18n::t;
use crate::ui::theme;

/// The label column's least width: labels right-aligned in 19 columns and a space.
const LABEL_W: u16 = 20;

/// The label column of `form` in a form `width` wide: its longest label and a space,
/// at least [`LABEL_W`] and at most half the width, so that a Dutch or French label
/// longer than English's is not cut.
fn label_width(form: &Form, width: u16) -> u16 {
    let longest = form
        .fields
        .iter()
        .map(|f| unicode_width::UnicodeWidthStr::width(t(f.name.label())))
        .max()
        .unwrap_or(0);
    let wanted = u16::try_from(longest + 1).unwrap_or(u16::MAX);
    wanted.clamp(LABEL_W, (width / 2).max(LABEL_W)).min(width)
}

fn height(f: &Field, with_error: bool) -> u16 {
    let body = if f.kind == FieldKind::Multi { 3 } else { 1 };
    body + u16::from(with_error)
}

fn shown_error<'a>(form: &Form, f: &'a Field) -> Option<&'a str> {
    // "Required" waits for a save attempt; a wrong format shows at once.
    f.error
        .as_deref()
        .filter(|e| form.tried || *e != "invalid-required")
}

fn value_line(app: &App, f: &Field) -> Line<'static> {
    let name = |id| {
        app.stakeholder_name(Some(id))
            .map(|n| clean(n).into_owned())
            .unwrap_or_default()
    };
    match &f.kind {
        FieldKind::Choice(opts) => Line::from(vec![
            Span::styled("‹ ", theme::dim()),
            Span::raw(opts.get(f.choice).cloned().unwrap_or_default()),
            Span::styled(" ›", theme::dim()),
        ]),
        FieldKind::Person => match f.person {
            Some(id) => Line::from(name(id)),
            None => Line::from(Span::styled(t("form-none"), theme::dim())),
        },
        FieldKind::People | FieldKind::Sectors | FieldKind::Networks if f.people.is_empty() => {
            Line::from(Span::styled(t("form-none"), theme::dim()))
        }
        FieldKind::People => Line::from(
            f.people
                .iter()
                .map(|&p| name(p))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FieldKind::Sectors => Line::from(
            f.people
                .iter()
                .filter_map(|&i| crate::domain::stakeholder::Sector::STANDARD.get(i as usize))
                .map(crate::labels::sector)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FieldKind::Networks => Line::from(
            f.people
                .iter()
                .filter_map(|&id| crate::domain::dataset::by_id(&app.data.networks, id))
                .map(|n| clean(&n.name).into_owned())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FieldKind::Flag => Line::from(if f.flag { "[x]" } else { "[ ]" }),
        _ => Line::from(clean(&f.text.value()).into_owned()),
    }
}

pub fn render(frame: &mut Frame, body: Rect, app: &App, form: &Form) {
    let errors: Vec<bool> = form
        .fields
        .iter()
        .map(|f| shown_error(form, f).is_some())
        .collect();
    let rows: u16 = form
        .fields
        .iter()
        .zip(&errors)
        .map(|(f, e)| height(f, *e))
        .sum();
    let w = body.width.saturating_sub(4).min(90);
    let message_h = message_height(form, w.saturating_sub(2));
    let h = (rows + 2 + message_h).min(body.height);
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    let title = if form.saving {
        format!("{} — {}", form.title, t("form-saving"))
    } else {
        form.title.clone()
    };
    let block = theme::block(&title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [fields_area, message] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(message_h)]).areas(inner);

    // Scroll so that the focused field is visible.
    let heights: Vec<u16> = form
        .fields
        .iter()
        .zip(&errors)
        .map(|(f, e)| height(f, *e))
        .collect();
    let mut first = 0;
    while heights[first..=form.focus].iter().sum::<u16>() > fields_area.height && first < form.focus
    {
        first += 1;
    }
    let label_w = label_width(form, fields_area.width);
    let mut y = fields_area.y;
    for (i, f) in form.fields.iter().enumerate().skip(first) {
        let h = heights[i];
        if y + h > fields_area.y + fields_area.height {
            break;
        }
        let focused = i == form.focus;
        let label_style = if focused { theme::key() } else { theme::dim() };
        let label = Rect {
            x: fields_area.x,
            y,
            width: label_w,
            height: 1,
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(
                    "{:>w$} ",
                    t(f.name.label()),
                    w = usize::from(label_w).saturating_sub(1)
                ),
                label_style,
            )),
            label,
        );
        let value = Rect {
            x: fields_area.x + label_w,
            y,
            width: fields_area.width.saturating_sub(label_w),
            height: if f.kind == FieldKind::Multi { 3 } else { 1 },
        };
        // A pre-filled value that the first key typed replaces is drawn selected, as
        // form UIs show it, until a key edits it in place.
        let replaced_on_typing = form.fresh && f.kind != FieldKind::Multi && !f.text.is_empty();
        if focused && f.takes_text() && !replaced_on_typing {
            frame.render_widget(f.text.textarea(), value);
        } else {
            let mut line = value_line(app, f);
            if focused {
                line = line.style(theme::selected());
            }
            frame.render_widget(Paragraph::new(line), value);
        }
        if let Some(e) = shown_error(form, f) {
            let r = Rect {
                y: y + h - 1,
                height: 1,
                ..value
            };
            frame.render_widget(
                Paragraph::new(Span::styled(format!("⚠ {}", t(e)), theme::error())),
                r,
            );
        }
        y += h;
    }
    let msg = match &form.failure {
        Some(f) => Line::from(Span::styled(clean(f).into_owned(), theme::error())),
        None => Line::from(Span::styled(
            super::form_hint::line(
                &form.focused().kind,
                form.fields.len(),
                usize::from(message.width),
            ),
            theme::dim(),
        )),
    };
    // A refused save's message wraps; a hint leaves out whole keys (`form_hint`).
    let msg = if form.failure.is_some() {
        Paragraph::new(msg).wrap(Wrap { trim: true })
    } else {
        Paragraph::new(msg)
    };
    frame.render_widget(msg, message);
}

/// The most lines a refused save's message takes (it names who, when and what changed).
const MESSAGE_LINES: u16 = 4;

/// The lines the message under the fields needs at `width`: one for a hint.
fn message_height(form: &Form, width: u16) -> u16 {
    let Some(f) = &form.failure else {
        return 1;
    };
    let chars = unicode_width::UnicodeWidthStr::width(clean(f).as_ref()) as u16;
    let width = width.max(1);
    if chars <= width {
        return 1;
    }
    // Words wrap before the edge: room for an eighth more.
    (chars + chars / 8).div_ceil(width).clamp(1, MESSAGE_LINES)
}
