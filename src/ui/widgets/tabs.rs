use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Tab};
use crate::i18n::t;
use crate::ui::theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = vec![Span::styled(" roundtable ", theme::title())];
    for tab in Tab::ALL {
        let label = format!(" {} {} ", crate::app::tab_digit(tab), t(tab.title_key()));
        let style = if tab == app.tab {
            theme::tab_active()
        } else {
            ratatui::style::Style::new()
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
