//! Locate problems and solve them together (step 2): problem → agreed solution → who
//! does it, and what was learned, to distribute to the groups.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Id, Meta};

/// Where a problem stands: open → solution agreed → done, or dropped on the way.
/// (The variants keep the stored positions of schema 9's open, in progress, solved and
/// dropped.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemStatus {
    Open,
    #[serde(alias = "in_progress")]
    SolutionAgreed,
    #[serde(alias = "solved")]
    Done,
    Dropped,
}

impl ProblemStatus {
    pub const ALL: [ProblemStatus; 4] = [
        ProblemStatus::Open,
        ProblemStatus::SolutionAgreed,
        ProblemStatus::Done,
        ProblemStatus::Dropped,
    ];

    /// Catalogue key of the status's name.
    pub fn key(self) -> &'static str {
        match self {
            ProblemStatus::Open => "problem_status-open",
            ProblemStatus::SolutionAgreed => "problem_status-solution_agreed",
            ProblemStatus::Done => "problem_status-done",
            ProblemStatus::Dropped => "problem_status-dropped",
        }
    }

    /// Still to be solved: open, or agreed and not yet done.
    pub fn is_open(self) -> bool {
        matches!(self, ProblemStatus::Open | ProblemStatus::SolutionAgreed)
    }
}

/// Why a problem cannot move to the status asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemError {
    /// Done or dropped: a closed problem stays closed (log a new one).
    Closed,
    /// A solution is agreed only once it is written down.
    NoSolution,
    /// "Who does it": an agreed solution needs an owner.
    NoOwner,
    /// Done only after a solution was agreed.
    NotAgreed,
    /// Back from an agreed solution to open.
    Backwards,
    /// The move's date lies before the problem was opened.
    BeforeOpened,
}

impl ProblemError {
    /// Catalogue key of the reason, for a form's field.
    pub fn key(self) -> &'static str {
        match self {
            ProblemError::Closed => "invalid-problem_closed",
            ProblemError::NoSolution => "invalid-problem_no_solution",
            ProblemError::NoOwner => "invalid-problem_no_owner",
            ProblemError::NotAgreed => "invalid-problem_not_agreed",
            ProblemError::Backwards => "invalid-problem_backwards",
            ProblemError::BeforeOpened => "invalid-problem_before_opened",
        }
    }
}

/// Locate problems and solve them together: problem, agreed solution, who does it, and
/// what was learned (to distribute to the groups).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemEntry {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    pub problem: String,
    pub solution: String,
    pub owner: Option<Id>,
    pub status: ProblemStatus,
    pub lesson: String,
    /// When the problem was located (schema 10).
    #[serde(with = "crate::domain::time::date")]
    pub opened: NaiveDate,
    /// When the solution was agreed.
    #[serde(with = "crate::domain::time::opt_date")]
    pub agreed: Option<NaiveDate>,
    /// When it was done or dropped.
    #[serde(with = "crate::domain::time::opt_date")]
    pub closed: Option<NaiveDate>,
}

impl ProblemEntry {
    /// A problem just located in `network`.
    pub fn open(network: Id, problem: String, opened: NaiveDate) -> Self {
        ProblemEntry {
            id: 0,
            meta: Meta::default(),
            network,
            problem,
            solution: String::new(),
            owner: None,
            status: ProblemStatus::Open,
            lesson: String::new(),
            opened,
            agreed: None,
            closed: None,
        }
    }

    /// Moves the problem to `to` on day `on`, recording the day of the move. Staying in
    /// the same status changes nothing.
    pub fn move_to(&mut self, to: ProblemStatus, on: NaiveDate) -> Result<(), ProblemError> {
        use ProblemStatus::*;
        if to == self.status {
            return Ok(());
        }
        if !self.status.is_open() {
            return Err(ProblemError::Closed);
        }
        if on < self.opened {
            return Err(ProblemError::BeforeOpened);
        }
        match (self.status, to) {
            (Open, SolutionAgreed) => {
                if self.solution.trim().is_empty() {
                    return Err(ProblemError::NoSolution);
                }
                if self.owner.is_none() {
                    return Err(ProblemError::NoOwner);
                }
                self.agreed = Some(on);
            }
            (Open, Done) => return Err(ProblemError::NotAgreed),
            (SolutionAgreed, Open) => return Err(ProblemError::Backwards),
            (_, Done | Dropped) => self.closed = Some(on),
            _ => {}
        }
        self.status = to;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProblemStatus::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn agreed_problem() -> ProblemEntry {
        let mut p = ProblemEntry::open(1, "Recruiters at the skate park".into(), day(2));
        p.solution = "Evening opening of the youth house".into();
        p.owner = Some(12);
        p.move_to(SolutionAgreed, day(5)).unwrap();
        p
    }

    #[test]
    fn open_then_agreed_then_done_records_each_day() {
        let mut p = agreed_problem();
        assert_eq!(
            (p.status, p.agreed, p.closed),
            (SolutionAgreed, Some(day(5)), None)
        );
        p.move_to(Done, day(20)).unwrap();
        assert_eq!(
            (p.status, p.agreed, p.closed),
            (Done, Some(day(5)), Some(day(20)))
        );
    }

    #[test]
    fn a_solution_is_agreed_only_when_written_down_with_an_owner() {
        let mut p = ProblemEntry::open(1, "Insults after the derby".into(), day(2));
        assert_eq!(
            p.move_to(SolutionAgreed, day(3)),
            Err(ProblemError::NoSolution)
        );
        p.solution = "Fair-play day".into();
        assert_eq!(
            p.move_to(SolutionAgreed, day(3)),
            Err(ProblemError::NoOwner)
        );
        assert_eq!(p.status, Open);
        assert_eq!(p.agreed, None);
    }

    #[test]
    fn done_needs_an_agreed_solution_first() {
        let mut p = ProblemEntry::open(1, "x".into(), day(2));
        assert_eq!(p.move_to(Done, day(3)), Err(ProblemError::NotAgreed));
        assert_eq!(p.status, Open);
    }

    #[test]
    fn open_or_agreed_problems_can_be_dropped_and_stay_closed() {
        let mut p = ProblemEntry::open(1, "x".into(), day(2));
        p.move_to(Dropped, day(4)).unwrap();
        assert_eq!((p.status, p.closed), (Dropped, Some(day(4))));
        assert_eq!(p.move_to(Open, day(5)), Err(ProblemError::Closed));
        let mut q = agreed_problem();
        q.move_to(Dropped, day(9)).unwrap();
        assert_eq!(q.closed, Some(day(9)));
        let mut done = agreed_problem();
        done.move_to(Done, day(9)).unwrap();
        assert_eq!(done.move_to(Dropped, day(10)), Err(ProblemError::Closed));
    }

    #[test]
    fn no_way_back_and_no_move_before_the_problem_was_opened() {
        let mut p = agreed_problem();
        assert_eq!(p.move_to(Open, day(6)), Err(ProblemError::Backwards));
        assert_eq!(p.move_to(Done, day(1)), Err(ProblemError::BeforeOpened));
        assert_eq!(p.status, SolutionAgreed);
        // Staying where it is, is no move: the texts stay editable.
        assert_eq!(p.move_to(SolutionAgreed, day(1)), Ok(()));
    }
}
