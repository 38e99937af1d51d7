use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Tab};
use crate::i18n::t;
use crate::ui::theme;

/// The tab bar: every tab with its digit and name. When the names do not all fit (80
/// columns, or longer words in Dutch and French), the other tabs show their digit only
/// and the active one keeps its name, so that nothing is cut off at the edge.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let title = " roundtable ";
    let full = |tab: Tab| format!(" {} {} ", crate::app::tab_digit(tab), t(tab.title_key()));
    let width: usize = title.width()
        + Tab::ALL
            .iter()
            .map(|&tab| full(tab).width() + 1)
            .sum::<usize>();
    let short = width > usize::from(area.width);
    let mut spans = vec![Span::styled(title, theme::title())];
    for tab in Tab::ALL {
        let (label, style) = if tab == app.tab {
            (full(tab), theme::tab_active())
        } else if short {
            (
                format!(" {} ", crate::app::tab_digit(tab)),
                ratatui::style::Style::new(),
            )
        } else {
            (full(tab), ratatui::style::Style::new())
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
