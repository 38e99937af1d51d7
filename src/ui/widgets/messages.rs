//! The message log: the last messages of the status line, newest first, each wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::{App, StatusKind};
use crate::i18n::t;
use crate::ui::theme;

pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let w = body.width.saturating_sub(4).min(100);
    let text_width = usize::from(w.saturating_sub(4)).max(8);
    let mut lines: Vec<Line> = Vec::new();
    for m in app.messages.newest_first() {
        let style = match m.kind {
            StatusKind::Info => theme::ok(),
            StatusKind::Error => theme::error(),
        };
        let text = crate::domain::sanitize::line(&m.text);
        for (i, part) in crate::labels::wrap(&text, text_width)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { "• " } else { "  " };
            lines.push(Line::from(vec![Span::raw(lead), Span::styled(part, style)]));
        }
    }
    if app.messages.is_empty() {
        lines.push(Line::from(Span::styled(t("messages-none"), theme::dim())));
    }
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    super::scroll::pane_of(
        frame,
        area,
        Paragraph::new(lines),
        theme::block(t("messages-title")),
        &app.messages.scroll,
    );
}
