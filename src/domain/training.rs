//! Specialised trainings offered to partners ("acquire expertise", step 3): planned with
//! who is invited, then held with who attended. Attendance is recorded only once the day
//! has come, so that a training next month never shows as attended.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::network::WorkState;
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
    /// Called off: it will not take place (schema 12).
    pub cancelled: bool,
    /// The mini-network it is offered to, if one (schema 12).
    pub network: Option<Id>,
}

/// Why attendance cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingError {
    /// The training's day is still to come.
    NotYet,
    /// Who attended is given for a training that stays planned.
    CameWhilePlanned,
}

impl TrainingError {
    pub fn key(self) -> &'static str {
        match self {
            TrainingError::NotYet => "invalid-not_yet_held",
            TrainingError::CameWhilePlanned => "invalid-came_while_planned",
        }
    }
}

/// What an edit of a saved training sets: its particulars, who is invited, and whether
/// it was held with who attended.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingEdit {
    pub title: String,
    pub date: NaiveDate,
    pub trainer: String,
    pub invited: Vec<Id>,
    /// The mini-network it is offered to, if one.
    pub network: Option<Id>,
    /// Planned (still, or again), held or cancelled.
    pub state: WorkState,
    /// Who attended, when held.
    pub attended: Vec<Id>,
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
            cancelled: false,
            network: None,
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

    /// The training with `edit` made on `today`: held only on or after its (new) date
    /// ([`Training::record_attendance`]); planned or cancelled keeps nobody as attended,
    /// and refuses a list of who came rather than drop it unseen.
    pub fn edited(&self, edit: TrainingEdit, today: NaiveDate) -> Result<Training, TrainingError> {
        let mut t = self.clone();
        t.title = edit.title;
        t.date = edit.date;
        t.trainer = edit.trainer;
        t.invited = edit.invited;
        t.network = edit.network;
        if edit.state == WorkState::Held {
            t.record_attendance(edit.attended, today)?;
        } else if !edit.attended.is_empty() {
            return Err(TrainingError::CameWhilePlanned);
        } else {
            t.attendees.clear();
            t.held = false;
        }
        t.cancelled = edit.state == WorkState::Cancelled;
        Ok(t)
    }

    /// Planned, held or cancelled.
    pub fn state(&self) -> WorkState {
        WorkState::of(self.held, self.cancelled)
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

    fn edit(t: &Training, date: NaiveDate, state: WorkState, attended: Vec<Id>) -> TrainingEdit {
        TrainingEdit {
            title: t.title.clone(),
            date,
            trainer: t.trainer.clone(),
            invited: t.invited.clone(),
            network: t.network,
            state,
            attended,
        }
    }

    /// A planned training is marked held with who came once its day has come, not before;
    /// its particulars are corrected on the way.
    #[test]
    fn an_edit_holds_a_planned_training_on_or_after_its_date_only() {
        let mut t = Training::planned("Secrecy".into(), day(20), "Peter".into());
        t.invited = vec![4, 5];
        let early = t.edited(edit(&t, day(20), WorkState::Held, vec![4]), day(19));
        assert_eq!(early, Err(TrainingError::NotYet));
        let mut e = edit(&t, day(18), WorkState::Held, vec![4]);
        e.title = "Shared secrecy".into();
        let held = t.edited(e, day(19)).unwrap();
        assert!(held.held && held.attended_by(4) && !held.attended_by(5));
        assert_eq!(
            (held.title.as_str(), held.date),
            ("Shared secrecy", day(18))
        );
        assert_eq!(held.invited, [4, 5], "who was invited stays");
    }

    /// Moved to a later day, a training is planned again and nobody attended it; who came
    /// is never dropped unseen while it stays planned.
    #[test]
    fn an_edit_back_to_planned_clears_attendance_and_refuses_a_list_of_who_came() {
        let mut t = Training::planned("Signs".into(), day(2), "Desk".into());
        t.record_attendance(vec![7], day(2)).unwrap();
        let again = t
            .edited(edit(&t, day(28), WorkState::Planned, vec![]), day(3))
            .unwrap();
        assert!(!again.held && again.attendees.is_empty() && !again.attended_by(7));
        assert_eq!(
            t.edited(edit(&t, day(28), WorkState::Planned, vec![7]), day(3)),
            Err(TrainingError::CameWhilePlanned)
        );
    }

    /// A planned training is called off: nobody attended; planned again, it is.
    #[test]
    fn an_edit_cancels_a_planned_training_and_plans_it_again() {
        let t = Training::planned("Signs".into(), day(20), "Desk".into());
        let off = t
            .edited(edit(&t, day(20), WorkState::Cancelled, vec![]), day(3))
            .unwrap();
        assert_eq!(off.state(), WorkState::Cancelled);
        let refused = t.edited(edit(&t, day(20), WorkState::Cancelled, vec![4]), day(3));
        assert_eq!(refused, Err(TrainingError::CameWhilePlanned));
        let again = off.edited(edit(&off, day(22), WorkState::Planned, vec![]), day(3));
        assert_eq!(again.unwrap().state(), WorkState::Planned);
    }

    #[test]
    fn a_planned_training_is_attended_by_nobody_even_with_a_list() {
        let mut t = Training::planned("Signs".into(), day(2), "Desk".into());
        // Attendees written without holding it (an older record) do not count.
        t.attendees = vec![7];
        assert!(!t.attended_by(7));
    }
}
