//! Exchange-of-experience meetings of a mini-network (step 2): planned (date, place,
//! host, topic, who is invited), then held (who came, notes, lessons).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::WorkState;
use crate::domain::{Id, Meta};

/// An exchange-of-experience meeting of a mini-network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeMeeting {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    pub topic: String,
    pub notes: String,
    /// Who came: recorded once the meeting is held, empty before.
    pub attendees: Vec<Id>,
    /// Where it takes place (schema 10).
    pub place: String,
    /// Who hosts it: the meeting counts as giving for them once held.
    pub host: Option<Id>,
    /// Who is invited (the members, by default).
    pub invited: Vec<Id>,
    /// Held: who came, notes and lessons are recorded.
    pub held: bool,
    /// What was learned, to distribute to the groups.
    pub lessons: String,
    /// Called off: it will not take place (schema 12).
    pub cancelled: bool,
}

/// Why a meeting cannot be recorded as held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeError {
    /// Its date is still to come.
    NotYet,
    /// Who came is given for a meeting that stays planned.
    CameWhilePlanned,
}

impl ExchangeError {
    pub fn key(self) -> &'static str {
        match self {
            ExchangeError::NotYet => "invalid-not_yet_held",
            ExchangeError::CameWhilePlanned => "invalid-came_while_planned",
        }
    }
}

/// What an edit of a saved meeting sets: its particulars, who is invited, whether it
/// was held with who came, its notes and lessons.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeEdit {
    pub date: NaiveDate,
    pub topic: String,
    pub place: String,
    pub host: Option<Id>,
    pub invited: Vec<Id>,
    /// Planned (still, or again), held or cancelled.
    pub state: WorkState,
    /// Who came, when held.
    pub came: Vec<Id>,
    pub notes: String,
    pub lessons: String,
}

impl ExchangeMeeting {
    /// A meeting planned for `date` in `network`.
    pub fn planned(network: Id, date: NaiveDate, topic: String) -> Self {
        ExchangeMeeting {
            id: 0,
            meta: Meta::default(),
            network,
            date,
            topic,
            notes: String::new(),
            attendees: Vec::new(),
            place: String::new(),
            host: None,
            invited: Vec::new(),
            held: false,
            lessons: String::new(),
            cancelled: false,
        }
    }

    /// Records the meeting as held: who came, what was said and learned. Only on or after
    /// its date.
    pub fn hold(
        &mut self,
        came: Vec<Id>,
        notes: String,
        lessons: String,
        today: NaiveDate,
    ) -> Result<(), ExchangeError> {
        if self.date > today {
            return Err(ExchangeError::NotYet);
        }
        self.attendees = came;
        self.notes = notes;
        self.lessons = lessons;
        self.held = true;
        Ok(())
    }

    /// The meeting with `edit` made on `today`: held only on or after its (new) date
    /// ([`ExchangeMeeting::hold`]); planned or cancelled keeps nobody as having come,
    /// and refuses a list of who came rather than drop it unseen.
    pub fn edited(
        &self,
        edit: ExchangeEdit,
        today: NaiveDate,
    ) -> Result<ExchangeMeeting, ExchangeError> {
        let mut e = self.clone();
        e.date = edit.date;
        e.topic = edit.topic;
        e.place = edit.place;
        e.host = edit.host;
        e.invited = edit.invited;
        if edit.state == WorkState::Held {
            e.hold(edit.came, edit.notes, edit.lessons, today)?;
        } else if !edit.came.is_empty() {
            return Err(ExchangeError::CameWhilePlanned);
        } else {
            e.attendees.clear();
            e.held = false;
            e.notes = edit.notes;
            e.lessons = edit.lessons;
        }
        e.cancelled = edit.state == WorkState::Cancelled;
        Ok(e)
    }

    /// Planned, held or cancelled.
    pub fn state(&self) -> WorkState {
        WorkState::of(self.held, self.cancelled)
    }

    /// Who was there: those who came, when held; nobody before.
    pub fn came(&self) -> &[Id] {
        if self.held { &self.attendees } else { &[] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_planned_meeting_has_nobody_who_came() {
        let mut e = ExchangeMeeting::planned(1, day(20), "Online polarisation".into());
        e.invited = vec![1, 2, 3];
        assert!(!e.held);
        assert!(e.came().is_empty());
    }

    fn edit(e: &ExchangeMeeting, date: NaiveDate, state: WorkState, came: Vec<Id>) -> ExchangeEdit {
        ExchangeEdit {
            date,
            topic: e.topic.clone(),
            place: e.place.clone(),
            host: e.host,
            invited: e.invited.clone(),
            state,
            came,
            notes: "notes".into(),
            lessons: "lessons".into(),
        }
    }

    /// A planned meeting is marked held with who came once its day has come, not before;
    /// a wrong place or host is corrected on the way.
    #[test]
    fn an_edit_holds_a_planned_meeting_on_or_after_its_date_only() {
        let mut e = ExchangeMeeting::planned(1, day(20), "Polarisation".into());
        e.invited = vec![1, 2, 3];
        let early = e.edited(edit(&e, day(20), WorkState::Held, vec![1]), day(19));
        assert_eq!(early, Err(ExchangeError::NotYet));
        let mut change = edit(&e, day(20), WorkState::Held, vec![1, 3]);
        (change.place, change.host) = ("Town hall".into(), Some(3));
        let held = e.edited(change, day(21)).unwrap();
        assert!(held.held);
        assert_eq!(held.came(), &[1, 3]);
        assert_eq!((held.place.as_str(), held.host), ("Town hall", Some(3)));
        assert_eq!(
            (held.notes.as_str(), held.lessons.as_str()),
            ("notes", "lessons")
        );
        assert_eq!(held.invited, [1, 2, 3], "who was invited stays");
    }

    /// Moved to a later day, a meeting is planned again and nobody came; who came is never
    /// dropped unseen while it stays planned.
    #[test]
    fn an_edit_back_to_planned_clears_who_came_and_refuses_a_list_of_who_came() {
        let mut e = ExchangeMeeting::planned(1, day(2), "Polarisation".into());
        e.hold(vec![1], String::new(), String::new(), day(2))
            .unwrap();
        let again = e
            .edited(edit(&e, day(28), WorkState::Planned, vec![]), day(3))
            .unwrap();
        assert!(!again.held && again.attendees.is_empty() && again.came().is_empty());
        assert_eq!(
            e.edited(edit(&e, day(28), WorkState::Planned, vec![1]), day(3)),
            Err(ExchangeError::CameWhilePlanned)
        );
    }

    /// A planned meeting is called off: nobody came, it is no longer planned; planned
    /// again, it is.
    #[test]
    fn an_edit_cancels_a_planned_meeting_and_plans_it_again() {
        let e = ExchangeMeeting::planned(1, day(20), "Polarisation".into());
        let off = e
            .edited(edit(&e, day(20), WorkState::Cancelled, vec![]), day(3))
            .unwrap();
        assert_eq!(off.state(), WorkState::Cancelled);
        assert!(off.came().is_empty());
        let refused = e.edited(edit(&e, day(20), WorkState::Cancelled, vec![1]), day(3));
        assert_eq!(refused, Err(ExchangeError::CameWhilePlanned));
        let again = off.edited(edit(&off, day(22), WorkState::Planned, vec![]), day(3));
        assert_eq!(again.unwrap().state(), WorkState::Planned);
    }

    #[test]
    fn a_meeting_is_held_on_or_after_its_date_only() {
        let mut e = ExchangeMeeting::planned(1, day(20), "Online polarisation".into());
        assert_eq!(
            e.hold(vec![1], "notes".into(), String::new(), day(19)),
            Err(ExchangeError::NotYet)
        );
        assert!(!e.held && e.attendees.is_empty());
        e.hold(
            vec![1, 3],
            "TikTok".into(),
            "share examples".into(),
            day(20),
        )
        .unwrap();
        assert!(e.held);
        assert_eq!(e.came(), &[1, 3]);
        assert_eq!(
            (e.notes.as_str(), e.lessons.as_str()),
            ("TikTok", "share examples")
        );
    }
}
