//! Specialised trainings offered to partners ("acquire expertise", step 3): planned with
//! who is invited, then held with who attended. Attendance is recorded only once the day
//! has come, so that a training next month never shows as attended.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, Meta};

/// A specialised training offered to partners ("acquire expertise").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    pub id: Id,
    pub meta: Meta,
    pub title: String,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    pub trainer: String,
    /// Who attended: recorded once held, empty before.
    pub attendees: Vec<Id>,
    /// Who is invited or signed up (schema 10).
    pub invited: Vec<Id>,
    /// Held: attendance is recorded.
    pub held: bool,
}

/// Why attendance cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingError {
    /// The training's day is still to come.
    NotYet,
}

impl TrainingError {
    pub fn key(self) -> &'static str {
        match self {
            TrainingError::NotYet => "invalid-not_yet_held",
        }
    }
}

impl Training {
    /// A training planned for `date`.
    pub fn planned(title: String, date: NaiveDate, trainer: String) -> Self {
        Training {
            id: 0,
            meta: Meta::default(),
            title,
            date,
            trainer,
            attendees: Vec::new(),
            invited: Vec::new(),
            held: false,
        }
    }

    /// Records who attended: the training is then held. Only on or after its date.
    pub fn record_attendance(
        &mut self,
        came: Vec<Id>,
        today: NaiveDate,
    ) -> Result<(), TrainingError> {
        if self.date > today {
            return Err(TrainingError::NotYet);
        }
        self.attendees = came;
        self.held = true;
        Ok(())
    }

    /// Whether `who` attended: the training was held and they came.
    pub fn attended_by(&self, who: Id) -> bool {
        self.held && self.attendees.contains(&who)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn attendance_is_recorded_only_once_the_day_has_come() {
        let mut t = Training::planned("Secrecy".into(), day(20), "Peter".into());
        t.invited = vec![4, 5];
        assert_eq!(
            t.record_attendance(vec![4], day(19)),
            Err(TrainingError::NotYet)
        );
        assert!(!t.held && t.attendees.is_empty());
        assert!(!t.attended_by(4));
        t.record_attendance(vec![4], day(20)).unwrap();
        assert!(t.held);
        assert!(t.attended_by(4) && !t.attended_by(5));
    }

    #[test]
    fn a_planned_training_is_attended_by_nobody_even_with_a_list() {
        let mut t = Training::planned("Signs".into(), day(2), "Desk".into());
        // Attendees written without holding it (an older record) do not count.
        t.attendees = vec![7];
        assert!(!t.attended_by(7));
    }
}
