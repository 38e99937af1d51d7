//! Bytes per key over a slow link: what a move in the stakeholder list changes on a
//! 160×48 screen, counted on the cells ratatui sends (deterministic, unlike a time).

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use roundtable::app::{Action, App, Tab};

mod support;
use support::app::apply;

/// The app on a synthetic town of `n` stakeholders, on the stakeholder list.
fn town_app(n: usize) -> App {
    let data = roundtable::demo::scale::build(n, support::today());
    let mut app = App::new(support::today());
    app.effects.clear();
    apply(&mut app, [Action::Loaded(Arc::new(data), 1)]);
    app.effects.clear();
    apply(&mut app, [Action::GoTab(Tab::Stakeholders), Action::Top]);
    app
}

fn frame(term: &mut Terminal<TestBackend>, app: &App) -> Buffer {
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    term.backend().buffer().clone()
}

/// Cells changed by each of `moves` actions, each followed by one frame.
fn cells_changed(app: &mut App, moves: &[Action]) -> Vec<usize> {
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut before = frame(&mut term, app);
    moves
        .iter()
        .map(|a| {
            apply(app, [a.clone()]);
            let after = frame(&mut term, app);
            let n = before.diff(&after).len();
            before = after;
            n
        })
        .collect()
}

/// What the terminal would receive.
#[derive(Clone, Default)]
struct Sink(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Bytes written to a 160×48 terminal by each of `moves`, each followed by one frame.
fn bytes_written(app: &mut App, moves: &[Action]) -> Vec<usize> {
    use ratatui::backend::CrosstermBackend;
    use ratatui::{TerminalOptions, Viewport};
    let sink = Sink::default();
    let viewport = Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 160, 48));
    let mut term = Terminal::with_options(
        CrosstermBackend::new(sink.clone()),
        TerminalOptions { viewport },
    )
    .unwrap();
    term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
    moves
        .iter()
        .map(|a| {
            sink.0.borrow_mut().clear();
            apply(app, [a.clone()]);
            term.draw(|f| roundtable::ui::draw(f, app)).unwrap();
            sink.0.borrow().len()
        })
        .collect()
}

/// The list's own rows, the selection's two and its counter: what a move must change.
const ONE_MOVE_CELLS: usize = 200;

#[test]
fn a_move_within_the_page_changes_the_two_selected_rows_and_the_counter() {
    let mut app = town_app(300);
    let changed = cells_changed(&mut app, &vec![Action::Down; 30]);
    assert!(
        changed.iter().all(|&n| n <= ONE_MOVE_CELLS),
        "cells changed per move: {changed:?}"
    );
}

#[test]
fn moving_down_a_long_list_redraws_it_once_per_half_page_not_at_every_step() {
    let mut app = town_app(300);
    let changed = cells_changed(&mut app, &vec![Action::Down; 200]);
    let redraws = changed.iter().filter(|&&n| n > ONE_MOVE_CELLS).count();
    // 43 rows on the page: a jump of 21 rows at most every 21 moves.
    assert!(redraws <= 200 / 20, "{redraws} redraws: {changed:?}");
    // And the list did scroll: the selection is far below the first page.
    assert!(app.view().offset.get() > 100, "{}", app.view().offset.get());
}

#[test]
fn a_move_writes_at_most_500_bytes_to_the_terminal_at_the_median() {
    let mut app = town_app(300);
    let mut bytes = bytes_written(&mut app, &vec![Action::Down; 200]);
    let mean = bytes.iter().sum::<usize>() / bytes.len();
    bytes.sort();
    let median = bytes[bytes.len() / 2];
    assert!(median <= 500, "median {median} B: {bytes:?}");
    // The jumps of the page included, a long run of moves averages ~600 B a move.
    assert!(mean <= 700, "mean {mean} B: {bytes:?}");
}
