//! The lists' own drawing against ratatui's `Table`, which it replaced for speed: the
//! same rows, columns, styles and selection give the same cells, for every input.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Cell as TableCell, Row as TableRow, StatefulWidget, Table, TableState};

use super::draw;
use crate::ui::widgets::rows::{Cell, Row};

/// A cell: its text (wide, combining, zero-width, control characters and line breaks
/// among the letters) and a style.
type Spec = (String, usize);

/// Styles a cell, a row or a line is drawn in (also `rows::line_vs_ratatui`'s).
pub(in crate::ui::widgets) const STYLES: [Style; 4] = [
    Style::new(),
    Style::new().fg(Color::Red),
    Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD),
    Style::new().add_modifier(Modifier::DIM),
];

/// Text with wide, combining, zero-width, C0 and C1 control characters and line breaks
/// among the letters (also `rows::line_vs_ratatui`'s).
pub(in crate::ui::widgets) fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "Zo", "é", "e\u{301}", "界", "🙂", "\u{200b}", "\u{1b}", "\u{9b}", "\n", " ",
            "\t", "abc def",
        ]),
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn width() -> impl Strategy<Value = Constraint> {
    prop_oneof![
        (0u16..12).prop_map(Constraint::Length),
        (0u16..8).prop_map(Constraint::Min),
        (0u16..3).prop_map(Constraint::Fill),
    ]
}

type Rows = Vec<(Vec<Spec>, usize, u16)>;

fn rows() -> impl Strategy<Value = Rows> {
    let row = (
        prop::collection::vec((text(), 0..STYLES.len()), 0..5),
        0..STYLES.len(),
        1u16..4,
    );
    prop::collection::vec(row, 1..8)
}

fn ours(specs: &Rows) -> Vec<Row<'static>> {
    let row = |(cells, style, height): &(Vec<Spec>, usize, u16)| {
        let cells = cells
            .iter()
            .map(|(t, s)| Cell::from(t.clone()).style(STYLES[*s]));
        Row::new(cells).style(STYLES[*style]).height(*height)
    };
    specs.iter().map(row).collect()
}

fn ratatuis(specs: &Rows) -> Vec<TableRow<'static>> {
    let row = |(cells, style, height): &(Vec<Spec>, usize, u16)| {
        let cells = cells
            .iter()
            .map(|(t, s)| TableCell::from(t.clone()).style(STYLES[*s]));
        TableRow::new(cells).style(STYLES[*style]).height(*height)
    };
    specs.iter().map(row).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_lists_draw_what_ratatuis_table_draws(
        rows in rows(),
        header in prop::collection::vec(text(), 0..5),
        widths in prop::collection::vec(width(), 0..5),
        selected in 0usize..8,
        (w, h) in (0u16..40, 0u16..12),
    ) {
        let area = Rect::new(1, 1, w, h);
        let selected = selected.min(rows.len() - 1);
        // A selected row taller than the room under the header is drawn from its top
        // where ratatui's Table draws nothing (`rows::visible`'s own test).
        prop_assume!(rows[selected].2 < h);
        let header_style = STYLES[2];
        let highlight = STYLES[1].add_modifier(Modifier::REVERSED);
        let mut expected = Buffer::empty(Rect::new(0, 0, w + 2, h + 2));
        let table = Table::new(ratatuis(&rows), widths.clone())
            .header(TableRow::new(header.clone()).style(header_style))
            .row_highlight_style(highlight)
            .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(selected));
        StatefulWidget::render(table, area, &mut expected, &mut state);
        let mut drawn = Buffer::empty(expected.area);
        let head = Row::new(header).style(header_style);
        draw(&mut drawn, area, &head, &ours(&rows), (selected, highlight), &widths);
        prop_assert_eq!(drawn, expected);
    }
}
