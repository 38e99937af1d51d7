//! The rows of a list, drawn straight into the frame's buffer.
//!
//! ratatui's `Table` draws each cell as a `Text` of `Line`s of `Span`s, and lays a style
//! over every cell of the row, the cell, the text and the line in turn, each cell looked
//! up by its position: at 160×48 that was half of every frame of a list, and a filter key
//! redraws the whole list. These rows hold one text and one style per cell and are drawn
//! into the buffer's lines directly, cell for cell as the `Table` draws them (a property
//! test compares both).

use std::borrow::Cow;

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;

/// One cell of a list: a line of text and its style.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell<'a> {
    text: Cow<'a, str>,
    style: Style,
}

impl<'a> Cell<'a> {
    #[must_use]
    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell {
            text: Cow::Borrowed(text),
            style: Style::default(),
        }
    }
}

impl From<String> for Cell<'_> {
    fn from(text: String) -> Self {
        Cell {
            text: Cow::Owned(text),
            style: Style::default(),
        }
    }
}

/// One row of a list: its cells, one per column, a style for the whole row, and its
/// height in lines (a cell's text shows a line of it on each).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row<'a> {
    cells: Vec<Cell<'a>>,
    style: Style,
    height: u16,
}

impl<'a> Row<'a> {
    pub fn new<C: Into<Cell<'a>>>(cells: impl IntoIterator<Item = C>) -> Self {
        Row {
            cells: cells.into_iter().map(Into::into).collect(),
            style: Style::default(),
            height: 1,
        }
    }

    #[must_use]
    pub fn height(mut self, height: u16) -> Self {
        self.height = height;
        self
    }

    pub fn lines(&self) -> u16 {
        self.height
    }

    /// Its number of cells.
    pub fn cells(&self) -> usize {
        self.cells.len()
    }

    #[must_use]
    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }

    /// Draws the row from line `y` of `area` down, as far as `area` goes, each cell in
    /// its column (`columns`: x from `area.x`, and width), a column without a cell left as
    /// it is. Returns the lines it took.
    pub fn draw(&self, buf: &mut Buffer, area: Rect, y: u16, columns: &[Rect]) -> Rect {
        let height = (y.saturating_add(self.height))
            .min(area.bottom())
            .saturating_sub(y);
        let rows = Rect { y, height, ..area };
        patch(buf, rows, self.style);
        for (cell, column) in self.cells.iter().zip(columns) {
            let at = Rect::new(area.x + column.x, y, column.width, height).intersection(rows);
            patch(buf, at, cell.style);
            for (text, line) in cell.text.lines().zip(at.rows()) {
                put(buf, line, text);
            }
        }
        rows
    }
}

/// Of rows of these heights, the first and past the last that a `height` lines high
/// area shows so that `selected` is among them, as ratatui's `Table` picks them: from the
/// top while the selection fits, and a last row cut short if there is room for part of it.
/// A selected row taller than the area is shown alone, from its top.
pub fn visible(heights: &[u16], selected: usize, height: u16) -> (usize, usize) {
    let Some(last) = heights.len().checked_sub(1) else {
        return (0, 0);
    };
    let selected = selected.min(last);
    let (mut start, mut end, mut used) = (0, 0, 0u16);
    for &h in heights {
        if used.saturating_add(h) > height {
            break;
        }
        used = used.saturating_add(h);
        end += 1;
    }
    while selected >= end {
        used = used.saturating_add(heights[end]);
        end += 1;
        // The selected row stays even when it alone is taller than the area: it shows
        // its beginning, cut at the bottom (ratatui's `Table` shows nothing then).
        while used > height && start < selected {
            used = used.saturating_sub(heights[start]);
            start += 1;
        }
    }
    if used < height && end < heights.len() {
        end += 1;
    }
    (start, end)
}

/// Lays `style` over the cells of `area`, as `Buffer::set_style` does, a line at a time.
pub fn patch(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    if style == Style::default() || area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        let cells = &mut buf.content[start..start + usize::from(area.width)];
        cells.iter_mut().for_each(|c| {
            c.set_style(style);
        });
    }
}

/// Writes `text` from the left of `area` (one line), as a one-span `Line` is drawn: not at
/// all when it takes no room, else as [`span`] writes it.
fn put(buf: &mut Buffer, area: Rect, text: &str) {
    // A line that takes no room is not drawn at all (a lone zero-width character).
    if unicode_width::UnicodeWidthStr::width(text) == 0 {
        return;
    }
    span(buf, area, text, Style::default());
}

/// Draws `line` on the first row of `area` as ratatui's `Line` widget draws a line
/// aligned left: the line's style over the whole row, then each span from where the one
/// before ended (a text of ASCII only without grapheme segmentation).
pub fn line(buf: &mut Buffer, area: Rect, line: &ratatui::text::Line) {
    let area = area.intersection(buf.area);
    let area = Rect {
        height: area.height.min(1),
        ..area
    };
    if area.is_empty() || line.width() == 0 {
        return;
    }
    patch(buf, area, line.style);
    let mut x = area.x;
    for part in &line.spans {
        let width = part.width();
        // A span that takes no room is not drawn (a lone zero-width character).
        if width == 0 {
            continue;
        }
        if x >= area.right() {
            break;
        }
        let rest = Rect {
            x,
            width: area.right() - x,
            ..area
        };
        span(buf, rest, &part.content, part.style);
        x = x.saturating_add(u16::try_from(width).unwrap_or(u16::MAX));
    }
}

/// Writes `text` from the left of `area` (one line) in `style`, as a `Span` is drawn:
/// control characters dropped, a character that does not fit whole left out, a zero-width
/// one joined to the cell before it, and the cells a wide one covers cleared.
fn span(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let styled = style != Style::default();
    let start = buf.index_of(area.x, area.y);
    let cells = &mut buf.content[start..start + usize::from(area.width)];
    if text.is_ascii() {
        // Each character its own cell (control characters dropped): no segmenting.
        let shown = text.bytes().filter(|b| !b.is_ascii_control());
        for (cell, b) in cells.iter_mut().zip(shown) {
            cell.set_char(char::from(b));
            if styled {
                cell.set_style(style);
            }
        }
        return;
    }
    let mut x = 0;
    // Whether the cell before `x` was cleared as the second half of a wide character.
    let mut cleared_before = false;
    let graphemes = text
        .graphemes(true)
        .filter(|g| !g.contains(char::is_control));
    for (i, g) in graphemes.enumerate() {
        let width = usize::from(g.cell_width());
        let next = x + width;
        if next > cells.len() {
            break;
        }
        let at = if i == 0 {
            cells[0].set_symbol(g);
            0
        } else if x == 0 {
            // Zero-width characters at the start: what follows joins the first cell.
            append(&mut cells[0], g, false);
            0
        } else if width == 0 {
            append(&mut cells[x - 1], g, cleared_before);
            cleared_before = false;
            x - 1
        } else {
            cells[x].set_symbol(g);
            x
        };
        if styled {
            cells[at].set_style(style);
        }
        if width > 0 {
            cells.iter_mut().take(next).skip(x + 1).for_each(|c| {
                c.reset();
            });
            cleared_before = width > 1;
        }
        x = next;
    }
}

/// Joins `g` to what the cell shows (a combining character, or one after a zero-width
/// start); a cell `cleared` shows nothing yet, and then shows `g`.
fn append(cell: &mut ratatui::buffer::Cell, g: &str, cleared: bool) {
    let joined = if cleared {
        g.to_owned()
    } else {
        format!("{}{g}", cell.symbol())
    };
    cell.set_symbol(&joined);
}

#[cfg(test)]
#[path = "line_vs_ratatui.rs"]
mod line_vs_ratatui;

#[cfg(test)]
mod tests {
    use super::visible;
    use proptest::prelude::*;

    /// What `visible` picks, counted plainly: the rows that fit from the top if the
    /// selected one is among them, else the fewest rows before it that still let it fit
    /// (none when it alone is too tall); then one more, cut, where room is left.
    fn counted(heights: &[u16], selected: usize, height: u16) -> (usize, usize) {
        let Some(last) = heights.len().checked_sub(1) else {
            return (0, 0);
        };
        let selected = selected.min(last);
        let lines = |rows: std::ops::Range<usize>| -> u64 {
            heights[rows].iter().map(|&h| u64::from(h)).sum()
        };
        let fit = (0..=heights.len())
            .take_while(|&n| lines(0..n) <= u64::from(height))
            .last()
            .unwrap_or(0);
        let (start, mut end) = if selected < fit {
            (0, fit)
        } else {
            let start = (0..selected)
                .find(|&s| lines(s..selected + 1) <= u64::from(height))
                .unwrap_or(selected);
            (start, selected + 1)
        };
        if lines(start..end) < u64::from(height) && end < heights.len() {
            end += 1;
        }
        (start, end)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Rows of no line, of one, and taller than the area; the selection anywhere
        /// (past the last too); an area of no line.
        #[test]
        fn the_rows_shown_are_those_counted_plainly(
            heights in prop::collection::vec(0u16..14, 0..12),
            selected in 0usize..14,
            height in 0u16..12,
        ) {
            let (start, end) = visible(&heights, selected, height);
            prop_assert_eq!((start, end), counted(&heights, selected, height));
            if !heights.is_empty() {
                prop_assert!((start..end).contains(&selected.min(heights.len() - 1)));
            }
        }
    }

    #[test]
    fn rows_taller_than_the_screen_never_overflow_the_count() {
        // Without overflowing the lines counted.
        assert_eq!(visible(&[1, u16::MAX], 1, 10), (1, 2));
        assert_eq!(visible(&[1, u16::MAX], 0, 10), (0, 2));
        assert_eq!(visible(&[u16::MAX, u16::MAX], 0, u16::MAX), (0, 2));
        assert_eq!(visible(&[], 0, 10), (0, 0));
    }

    /// A selected row taller than the area shows alone, from its top; the rows before it
    /// make room for it.
    #[test]
    fn a_selected_row_taller_than_the_area_is_shown_from_its_top() {
        assert_eq!(visible(&[1, 1, 30, 1], 2, 10), (2, 3));
        assert_eq!(visible(&[30], 0, 10), (0, 1));
        assert_eq!(
            visible(&[1, 1, 30], 0, 10),
            (0, 3),
            "unselected: cut as before"
        );
        assert_eq!(
            visible(&[1, 1, 5, 1], 2, 10),
            (0, 4),
            "one that fits: as before"
        );
    }
}
