//! Small-count suppression for published figures, as statistics offices practise it
//! (Eurostat, Statbel, CBS): a count small enough to single out a person is not printed,
//! and neither is a second count from which it could be recovered.
//!
//! The rules, stated in every report:
//! - a count from 1 to `threshold - 1` is suppressed (primary suppression);
//! - zeros are shown: a zero names nobody, and since zeros always show, a hidden cell
//!   is known to hold at least one, which the next rule takes into account;
//! - when a table shows its total and exactly one cell is hidden, the smallest other
//!   non-zero cell is hidden too (secondary suppression), so that no hidden cell is the
//!   total minus what is shown; a total itself below the threshold is hidden;
//! - a median over fewer cases than the threshold is not shown.

/// One printed count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(usize),
    /// Below the threshold.
    Small,
    /// Hidden so that a small cell cannot be recovered from the total.
    Secondary,
}

impl Cell {
    pub fn shown(self) -> Option<usize> {
        match self {
            Cell::Shown(n) => Some(n),
            _ => None,
        }
    }
}

/// A table of counts as it may be printed: its cells and its total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub cells: Vec<Cell>,
    pub total: Cell,
}

fn primary(n: usize, threshold: usize) -> Cell {
    if n > 0 && n < threshold {
        Cell::Small
    } else {
        Cell::Shown(n)
    }
}

/// `counts` and their total, suppressed as the module says.
pub fn suppress(counts: &[usize], threshold: usize) -> Table {
    let mut cells: Vec<Cell> = counts.iter().map(|&n| primary(n, threshold)).collect();
    let total = primary(counts.iter().sum(), threshold);
    let hidden = cells.iter().filter(|c| c.shown().is_none()).count();
    if total.shown().is_some() && hidden == 1 {
        let smallest = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| **n > 0 && cells[*i].shown().is_some())
            .min_by_key(|(i, n)| (**n, *i))
            .map(|(i, _)| i);
        if let Some(i) = smallest {
            cells[i] = Cell::Secondary;
        }
    }
    Table { cells, total }
}

/// A median that may be printed: only over at least `threshold` values.
pub fn median(count: usize, median: Option<i64>, threshold: usize) -> Option<i64> {
    median.filter(|_| count >= threshold)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::*;

    #[test]
    fn small_counts_are_hidden_zeros_and_large_ones_shown() {
        let t = suppress(&[0, 5, 7, 12], 5);
        assert_eq!(t.cells, vec![Shown(0), Shown(5), Shown(7), Shown(12)]);
        assert_eq!(t.total, Shown(24));
        assert_eq!(suppress(&[4], 5).cells, vec![Small]);
    }

    #[test]
    fn one_hidden_cell_takes_the_smallest_other_with_it() {
        let t = suppress(&[3, 9, 6, 0], 5);
        assert_eq!(t.cells, vec![Small, Shown(9), Secondary, Shown(0)]);
        assert_eq!(t.total, Shown(18));
    }

    #[test]
    fn two_hidden_cells_need_no_more() {
        let t = suppress(&[3, 2, 6, 8], 5);
        assert_eq!(t.cells, vec![Small, Small, Shown(6), Shown(8)]);
    }

    #[test]
    fn a_small_total_is_hidden_with_its_cells() {
        let t = suppress(&[1, 2, 0], 5);
        assert_eq!(t.cells, vec![Small, Small, Shown(0)]);
        assert_eq!(t.total, Small);
        let t = suppress(&[4, 0], 5);
        assert_eq!((t.cells, t.total), (vec![Small, Shown(0)], Small));
    }

    #[test]
    fn no_hidden_cell_is_the_total_minus_the_shown_ones() {
        for a in 0..8 {
            for b in 0..8 {
                for c in 0..8 {
                    let t = suppress(&[a, b, c], 5);
                    let hidden = t.cells.iter().filter(|c| c.shown().is_none()).count();
                    assert!(
                        t.total.shown().is_none() || hidden != 1,
                        "{a} {b} {c}: {t:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn medians_need_the_threshold_of_values() {
        assert_eq!(median(4, Some(30), 5), None);
        assert_eq!(median(5, Some(30), 5), Some(30));
        assert_eq!(median(0, None, 5), None);
    }
}
