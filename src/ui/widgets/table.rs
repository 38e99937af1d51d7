use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Text;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::rows::{self, Row};

use crate::app::View;
use crate::ui::theme;

/// What a list looks like: its title, columns and the text shown when it is empty.
pub struct ListTable<'a> {
    pub title: &'a str,
    pub header: Vec<&'a str>,
    pub widths: &'a [Constraint],
    /// Why the list is empty: nothing recorded yet, or a filter that matches nothing.
    pub empty: &'a str,
}

/// Draws a list as a table, building cells only for the rows on screen (lists can hold
/// ten thousand records), and keeps the view's scroll offset.
pub fn render<'a>(
    frame: &mut Frame,
    area: Rect,
    view: &View,
    spec: ListTable<'a>,
    row: impl Fn(usize) -> Row<'a>,
) {
    let ListTable {
        title,
        header,
        widths,
        empty,
    } = spec;
    let block = theme::block(title);
    let inner_h = block.inner(area).height.saturating_sub(1) as usize;
    view.page.set(inner_h);
    if view.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Text::styled(empty.to_owned(), theme::dim()))
                .wrap(Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    }
    let sel = view.selected.min(view.rows.len() - 1);
    let offset = scroll_offset(view.offset.get(), sel, inner_h, view.rows.len());
    view.offset.set(offset);
    let end = (offset + inner_h).min(view.rows.len());
    let block = block.title_bottom(format!(" {}/{} ", sel + 1, view.rows.len()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let rows: Vec<Row> = view.rows[offset..end].iter().map(|&i| row(i)).collect();
    let header = Row::new(header).style(theme::header());
    let selected = (sel - offset, theme::selected());
    draw(frame.buffer_mut(), inner, &header, &rows, selected, widths);
}

/// Draws `header` and as many of `rows` as `area` holds, `selected` among them (its
/// position, and the style laid over it), in columns of `widths`.
fn draw(
    buf: &mut Buffer,
    area: Rect,
    header: &Row,
    rows: &[Row],
    selected: (usize, Style),
    widths: &[Constraint],
) {
    let count = (rows.iter().chain([header]).map(Row::cells).max()).unwrap_or(0);
    let columns = columns(widths, count, area.width);
    let top = header.draw(buf, area, area.y, &columns);
    let area = Rect {
        y: top.bottom(),
        height: area.bottom() - top.bottom(),
        ..area
    };
    let heights: Vec<u16> = rows.iter().map(Row::lines).collect();
    let (first, last) = rows::visible(&heights, selected.0, area.height);
    let mut y = area.y;
    for (n, row) in rows.iter().enumerate().take(last).skip(first) {
        let drawn = row.draw(buf, area, y, &columns);
        if n == selected.0 {
            rows::patch(buf, drawn, selected.1);
        }
        y = drawn.bottom();
    }
}

/// The columns of a list `width` cells wide, as ratatui's `Table` lays them out: x from
/// the list's left edge, and width; without widths, `count` columns of equal width.
fn columns(widths: &[Constraint], count: usize, width: u16) -> Vec<Rect> {
    let even = [Constraint::Length(width / count.max(1) as u16)].repeat(count);
    let widths = if widths.is_empty() { &even } else { widths };
    let columns = Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(1)
        .split(Rect::new(0, 0, width, 1));
    columns.to_vec()
}

/// The first row to show so that row `sel` of `len` is on a page of `height` rows that
/// started at `offset`. The page stays put while the selection is on it; when the
/// selection leaves it, the page jumps so that the selection sits in its middle (or as
/// near as the list's ends allow). Over a slow link this is what a move costs: a move
/// within the page redraws two rows, a page that scrolled by one row at every step
/// would redraw every row at every step.
pub fn scroll_offset(offset: usize, sel: usize, height: usize, len: usize) -> usize {
    let last_page = len.saturating_sub(height);
    if height == 0 {
        return sel.min(len.saturating_sub(1));
    }
    if (offset..offset + height).contains(&sel) {
        return offset.min(last_page);
    }
    sel.saturating_sub(height / 2).min(last_page)
}

/// Widths for text columns that need `needs` cells each (their widest text, header
/// included), sharing `room` cells in proportion to `weights`: a column that needs less
/// than its share gets what it needs, and what it leaves goes to the others. A text is
/// then cut only when the screen is full, never while a neighbour has room to spare.
pub fn fit(needs: &[u16], weights: &[u16], room: u16) -> Vec<Constraint> {
    let weight = |i: usize| u32::from(weights.get(i).copied().unwrap_or(1).max(1));
    let mut order: Vec<usize> = (0..needs.len()).collect();
    // Least need per weight first: those are the columns an even share satisfies.
    order.sort_by_key(|&i| u32::from(needs[i]) * 1000 / weight(i));
    let mut widths = vec![0; needs.len()];
    let mut left = u32::from(room);
    let mut weight_left: u32 = (0..needs.len()).map(weight).sum();
    for i in order {
        let share = left * weight(i) / weight_left.max(1);
        let w = u32::from(needs[i]).min(share);
        widths[i] = w as u16;
        left -= w;
        weight_left -= weight(i);
    }
    widths.into_iter().map(Constraint::Length).collect()
}

/// The width of the widest of `texts`, at least `header`'s, in columns.
pub fn need<'s>(header: &str, texts: impl Iterator<Item = &'s str>) -> u16 {
    let widest = widest(texts.map(|t| (t, 0)));
    u16::try_from(widest.max(header.width())).unwrap_or(u16::MAX)
}

/// The most columns of the texts (a wide character takes two, a combining one none),
/// each with a number of cells added after it. A list of 10,000 is measured at every
/// frame: a text whose bytes (never fewer than its columns) cannot beat the widest so far
/// is not measured.
pub fn widest<'s>(texts: impl Iterator<Item = (&'s str, usize)>) -> usize {
    let mut best = 0;
    for (text, extra) in texts {
        if text.len() + extra > best {
            best = best.max(text.width() + extra);
        }
    }
    best
}

#[cfg(test)]
#[path = "table_vs_ratatui.rs"]
pub(super) mod vs_ratatui;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widest_text_counts_characters_not_bytes() {
        let texts = ["Élève", "abcdef", "ééééééé", "ab"];
        assert_eq!(widest(texts.iter().map(|t| (*t, 0))), 7);
        assert_eq!(widest(texts.iter().map(|t| (*t, 3))), 10);
        assert_eq!(widest(std::iter::empty()), 0);
        let ascii_last = ["éééé", "abcde"];
        assert_eq!(widest(ascii_last.iter().map(|t| (*t, 0))), 5);
    }

    #[test]
    fn the_page_stays_while_the_selection_is_on_it_and_then_jumps_half_a_page() {
        // 44 rows on a page, 300 in the list.
        assert_eq!(scroll_offset(0, 43, 44, 300), 0);
        assert_eq!(
            scroll_offset(0, 44, 44, 300),
            22,
            "one step past the bottom"
        );
        assert_eq!(scroll_offset(22, 65, 44, 300), 22);
        assert_eq!(scroll_offset(22, 21, 44, 300), 0, "one step above the top");
        assert_eq!(scroll_offset(100, 80, 44, 300), 58);
        assert_eq!(
            scroll_offset(0, 299, 44, 300),
            256,
            "the end: a full last page"
        );
        assert_eq!(scroll_offset(250, 260, 44, 40), 0, "the list shrank");
        assert_eq!(scroll_offset(5, 3, 0, 10), 3, "no room at all");
    }

    #[test]
    fn narrow_columns_keep_their_need_and_wide_ones_share_the_rest() {
        let l = Constraint::Length;
        assert_eq!(fit(&[10, 20, 8], &[1, 1, 1], 60), vec![l(10), l(20), l(8)]);
        assert_eq!(
            fit(&[37, 47, 15], &[1, 1, 1], 60),
            vec![l(22), l(23), l(15)]
        );
        assert_eq!(
            fit(&[29, 47, 15], &[2, 1, 1], 61),
            vec![l(29), l(17), l(15)]
        );
        assert_eq!(fit(&[5, 5], &[1, 1], 4), vec![l(2), l(2)]);
    }
}
