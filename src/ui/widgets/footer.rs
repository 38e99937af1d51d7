use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, bindings_for};
use crate::i18n::t;
use crate::ui::theme;

/// The keys of the current view, from the same keymap the handler uses.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let scopes = app.scopes();
    let mut spans = Vec::new();
    let mut width = 0usize;
    for b in bindings_for(&scopes).filter(|b| b.footer) {
        let text = t(b.help);
        let need = b.label.chars().count() + text.chars().count() + 3;
        if width + need > area.width as usize {
            break;
        }
        width += need;
        spans.push(Span::styled(b.label, theme::key()));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(text, theme::dim()));
        spans.push(Span::raw("  "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
