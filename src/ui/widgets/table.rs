use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Text;
use ratatui::widgets::{Paragraph, Row, Table, TableState};

use crate::app::View;
use crate::ui::theme;

/// What a list looks like: its title, columns and the text shown when it is empty.
pub struct ListTable<'a> {
    pub title: &'a str,
    pub header: Vec<&'a str>,
    pub widths: &'a [Constraint],
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
            Paragraph::new(Text::styled(empty.to_owned(), theme::dim())).block(block),
            area,
        );
        return;
    }
    let sel = view.selected.min(view.rows.len() - 1);
    let mut offset = view.offset.get().min(view.rows.len().saturating_sub(1));
    if sel < offset {
        offset = sel;
    } else if inner_h > 0 && sel >= offset + inner_h {
        offset = sel + 1 - inner_h;
    }
    view.offset.set(offset);
    let end = (offset + inner_h).min(view.rows.len());
    let rows: Vec<Row> = view.rows[offset..end].iter().map(|&i| row(i)).collect();
    let table = Table::new(rows, widths.to_vec())
        .header(Row::new(header).style(theme::header()))
        .row_highlight_style(theme::selected())
        .column_spacing(1)
        .block(block.title_bottom(format!(" {}/{} ", sel + 1, view.rows.len())));
    let mut state = TableState::default().with_selected(Some(sel - offset));
    frame.render_stateful_widget(table, area, &mut state);
}
