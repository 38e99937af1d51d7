//! `rows::line` against ratatui's `Line` widget, which it replaced where a list of lines
//! is drawn at every key (the search's hits): the same spans, styles and area give the
//! same cells, for every input.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::ui::widgets::table::vs_ratatui::{STYLES, text};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_line_is_drawn_as_ratatuis_line_draws_it(
        spans in prop::collection::vec((text(), 0..STYLES.len()), 0..5),
        style in 0..STYLES.len(),
        (x, w, h) in (0u16..4, 0u16..24, 0u16..3),
        under in 0..STYLES.len(),
    ) {
        let line = Line::from(
            spans.iter().map(|(t, s)| Span::styled(t.clone(), STYLES[*s])).collect::<Vec<_>>(),
        )
        .style(STYLES[style]);
        let area = Rect::new(x, 1, w, h);
        // Drawn over cells that already hold something.
        let mut expected = Buffer::filled(Rect::new(0, 0, 20, 3), ratatui::buffer::Cell::new("x"));
        expected.set_style(expected.area, STYLES[under]);
        let mut drawn = expected.clone();
        (&line).render(area, &mut expected);
        super::line(&mut drawn, area, &line);
        prop_assert_eq!(drawn, expected);
    }
}
