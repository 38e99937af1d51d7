//! Exchange-of-experience meetings of a mini-network (step 2): planned (date, place,
//! host, topic, who is invited), then held (who came, notes, lessons).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
}

/// Why a meeting cannot be recorded as held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeError {
    /// Its date is still to come.
    NotYet,
}

impl ExchangeError {
    pub fn key(self) -> &'static str {
        match self {
            ExchangeError::NotYet => "invalid-not_yet_held",
        }
    }
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
