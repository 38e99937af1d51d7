//! Scroll markers, shared by every pane that can scroll: where the view is in its text
//! ("↑ 12–30/84 ↓" on the bottom border) when the text does not fit, nothing when it does.
//! Lists mark the selected row instead (`table.rs`, "7/45").

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

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

/// A list's view of `visible` rows out of `total` that keeps row `keep` in view, by the
/// tables' page rule: its first row, and the marker for its bottom border: the selected
/// row of how many when the list has the focus ("7/10", as tables say), else where the
/// view is when the list does not fit ("1–6/10 ↓"), nothing when it fits.
pub fn list_view(
    keep: usize,
    visible: usize,
    total: usize,
    selected: Option<usize>,
) -> (usize, Option<String>) {
    let offset = super::table::scroll_offset(0, keep, visible, total);
    let mark = match selected {
        Some(sel) if total > 0 => Some(format!(" {}/{total} ", sel.min(total - 1) + 1)),
        _ => marker(offset, visible, total),
    };
    (offset, mark)
}

/// `block` with `mark` on its bottom border, right-aligned and dim, as every pane has it.
pub fn marked<'a>(block: Block<'a>, mark: Option<String>) -> Block<'a> {
    match mark {
        Some(m) => block.title_bottom(Line::styled(m, theme::dim()).right_aligned()),
        None => block,
    }
}

/// Draws `text` (already wrapped as wanted) in `block`, scrolled by `scroll` rows but
/// never past its end, with the marker on the block's bottom border.
pub fn pane(frame: &mut Frame, area: Rect, text: Paragraph<'_>, block: Block<'_>, scroll: u16) {
    pane_in(frame.buffer_mut(), area, text, block, scroll);
}

/// [`pane`], drawn into `buf`.
pub fn pane_in(buf: &mut Buffer, area: Rect, text: Paragraph<'_>, block: Block<'_>, scroll: u16) {
    let inner = block.inner(area);
    let total = text.line_count(inner.width);
    let visible = usize::from(inner.height);
    let scroll = usize::from(scroll).min(total.saturating_sub(visible));
    let block = marked(block, marker(scroll, visible, total));
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    text.scroll((scroll, 0)).block(block).render(area, buf);
}

/// [`pane`] scrolled by the keys of its layer: the draw tells `scroll` what it found.
pub fn pane_of(
    frame: &mut Frame,
    area: Rect,
    text: Paragraph<'_>,
    block: Block<'_>,
    scroll: &crate::app::model::scroll::Scroll,
) {
    pane_of_in(frame.buffer_mut(), area, text, block, scroll);
}

/// [`pane_of`], drawn into `buf`. Returns the rows visible and the rows of the text,
/// as told to `scroll`.
pub fn pane_of_in(
    buf: &mut Buffer,
    area: Rect,
    text: Paragraph<'_>,
    block: Block<'_>,
    scroll: &crate::app::model::scroll::Scroll,
) -> (usize, usize) {
    let inner = block.inner(area);
    let seen = (usize::from(inner.height), text.line_count(inner.width));
    let offset = scroll.drawn(seen.0, seen.1);
    pane_in(buf, area, text, block, offset);
    seen
}

/// A record's detail: scrolled by the keys of the detail layer when it fills the tab
/// (`zoomed`), else from its top (the pane beside the list does not scroll).
pub fn detail_in(
    buf: &mut Buffer,
    area: Rect,
    text: Paragraph<'_>,
    block: Block<'_>,
    zoomed: Option<&crate::app::model::scroll::Scroll>,
) -> Option<(usize, usize)> {
    match zoomed {
        Some(scroll) => Some(pane_of_in(buf, area, text, block, scroll)),
        None => {
            pane_in(buf, area, text, block, 0);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{list_view, marker};

    #[test]
    fn marks_only_text_that_does_not_fit() {
        assert_eq!(marker(0, 10, 10), None);
        assert_eq!(marker(0, 10, 25).as_deref(), Some(" 1–10/25 ↓ "));
        assert_eq!(marker(5, 10, 25).as_deref(), Some(" ↑ 6–15/25 ↓ "));
        assert_eq!(marker(40, 10, 25).as_deref(), Some(" ↑ 16–25/25 "));
    }

    #[test]
    fn a_list_keeps_its_row_in_view_and_says_where_it_is() {
        assert_eq!(list_view(0, 6, 10, None), (0, Some(" 1–6/10 ↓ ".into())));
        assert_eq!(list_view(8, 6, 10, None), (4, Some(" ↑ 5–10/10 ".into())));
        assert_eq!(list_view(8, 6, 10, Some(8)), (4, Some(" 9/10 ".into())));
        assert_eq!(list_view(2, 6, 4, None), (0, None));
    }
}
