//! Where the coordinator stands: the practice's three steps as a checklist derived from
//! the data, the local picture in figures, and the network's shape. Pure functions over
//! the data set and a date; the TUI draws them, the yearly report prints them.

pub mod checklist;
pub mod figures;
pub mod graph;

use chrono::NaiveDate;

use super::dataset::Dataset;

/// Everything the Overview tab shows, computed at once (off the UI thread: see
/// [`compute`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub today: NaiveDate,
    pub checklist: Vec<checklist::Check>,
    pub figures: figures::Figures,
    pub graph: graph::Picture,
    /// How many stand at each step-1 stage now, archived people aside, in pipeline order.
    pub pipeline: Vec<(super::pipeline::Stage, usize)>,
    /// Moves in the step-1 pipeline over the last [`checklist::PIPELINE_DAYS`].
    pub pipeline_moves: usize,
}

/// The whole overview of `data` as of `today`.
pub fn compute(data: &Dataset, today: NaiveDate) -> Overview {
    Overview {
        today,
        checklist: checklist::checklist(data, today),
        figures: figures::figures(data, today),
        graph: graph::picture(data),
        pipeline: checklist::pipeline_counts(data),
        pipeline_moves: checklist::pipeline_moves(data, today),
    }
}

/// `part` of `whole` in whole percent, rounded down; 0 of 0 is 0.
pub fn percent(part: usize, whole: usize) -> u32 {
    (part * 100)
        .checked_div(whole)
        .map_or(0, |p| u32::try_from(p).unwrap_or(100))
}

/// The middle value (the lower of the two middles for an even count), or `None`.
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[(values.len() - 1) / 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_and_survives_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 66);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(5, 5), 100);
    }

    #[test]
    fn median_takes_the_lower_middle() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [7]), Some(7));
        assert_eq!(median(&mut [9, 1, 5]), Some(5));
        assert_eq!(median(&mut [10, 2, 4, 8]), Some(4));
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod unit;
