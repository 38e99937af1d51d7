//! Scroll markers, shared by every pane that can scroll: where the view is in its text
//! ("↑ 12–30/84 ↓" on the bottom border) when the text does not fit, nothing when it does.
//! Lists mark the selected row instead (`table.rs`, "7/45").

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::ui::theme;

/// The marker for a text of `total` rows seen `visible` at a time from row `offset`,
/// or `None` when it all fits.
pub fn marker(offset: usize, visible: usize, total: usize) -> Option<String> {
    if total <= visible || visible == 0 {
        return None;
    }
    let first = offset.min(total - visible);
    let last = first + visible;
    let up = if first > 0 { "↑ " } else { "" };
    let down = if last < total { " ↓" } else { "" };
    Some(format!(" {up}{}–{last}/{total}{down} ", first + 1))
}

/// Draws `text` (already wrapped as wanted) in `block`, scrolled by `scroll` rows but
/// never past its end, with the marker on the block's bottom border.
pub fn pane(frame: &mut Frame, area: Rect, text: Paragraph<'_>, block: Block<'_>, scroll: u16) {
    let inner = block.inner(area);
    let total = text.line_count(inner.width);
    let visible = usize::from(inner.height);
    let scroll = usize::from(scroll).min(total.saturating_sub(visible));
    let block = match marker(scroll, visible, total) {
        Some(m) => block.title_bottom(Line::styled(m, theme::dim()).right_aligned()),
        None => block,
    };
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(text.scroll((scroll, 0)).block(block), area);
}

#[cfg(test)]
mod tests {
    use super::marker;

    #[test]
    fn marks_only_text_that_does_not_fit() {
        assert_eq!(marker(0, 10, 10), None);
        assert_eq!(marker(0, 10, 25).as_deref(), Some(" 1–10/25 ↓ "));
        assert_eq!(marker(5, 10, 25).as_deref(), Some(" ↑ 6–15/25 ↓ "));
        assert_eq!(marker(40, 10, 25).as_deref(), Some(" ↑ 16–25/25 "));
    }
}
