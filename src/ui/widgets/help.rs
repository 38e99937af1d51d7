use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::{App, Scope, bindings_for};
use crate::i18n::t;
use crate::ui::theme;

/// Every key of the view under the help overlay, generated from the keymap.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let scopes = [Scope::List, Scope::Global];
    let mut lines = vec![Line::from(Span::styled(
        t(app.tab.title_key()),
        theme::header(),
    ))];
    for b in bindings_for(&scopes) {
        lines.push(Line::from(vec![
            Span::styled(format!("{:>10}  ", b.label), theme::key()),
            Span::raw(t(b.help)),
        ]));
    }
    let area = super::centered(body, 54, lines.len() as u16 + 2);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((app.help_scroll, 0))
            .block(theme::block(t("help.title"))),
        area,
    );
}
