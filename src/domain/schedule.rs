//! Preparing the next round table: its default date and table, and the changes a
//! session takes while it is prepared and held.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, Weekday};

use super::Id;
use super::session::{Attendance, Presence, Session, SessionStatus};

/// The same weekday of the same week of the next month: the 2nd Thursday gives the next
/// 2nd Thursday (not +28 days, which drifts). A date in the 5th week (the 29th to the
/// 31st) gives the 4th, the last one of the next month: a month right after one with a
/// 5th such weekday never has one. The 4th stays the 4th, even where the month has a 5th.
pub fn same_week_next_month(date: NaiveDate) -> NaiveDate {
    let week = u8::try_from((date.day0() / 7) + 1).unwrap_or(5);
    let first = date
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(date);
    nth_weekday(first.year(), first.month(), date.weekday(), week)
        .or_else(|| nth_weekday(first.year(), first.month(), date.weekday(), 4))
        .unwrap_or(first)
}

/// The `n`th `weekday` of a month, if the month has one.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// What the next session starts from: the last one's table (chair, invitees, place,
/// time) one month on, as planned, with nobody marked yet and no agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub chair: Option<Id>,
    pub invitees: Vec<Id>,
    pub place: Option<String>,
}

/// The default of a new session: from the latest session on or before `today`'s month
/// (the last one held, or planned), else nothing but a date a week from `today`.
pub fn next_plan(sessions: &[Session], today: NaiveDate) -> Plan {
    let last = sessions.iter().max_by_key(|s| (s.date, s.id));
    match last {
        Some(s) => {
            let mut date = same_week_next_month(s.date);
            while date < today {
                date = same_week_next_month(date);
            }
            Plan {
                date: Some(date),
                time: s.time,
                chair: s.chair,
                invitees: s.invitees.clone(),
                place: s.place.clone(),
            }
        }
        None => Plan {
            date: today.checked_add_days(chrono::Days::new(7)),
            ..Plan::default()
        },
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SessionEditError {
    #[error("{}", crate::i18n::t("schedule-closed"))]
    Closed,
    #[error("{}", crate::i18n::t("schedule-already_present"))]
    AlreadyPresent,
}

impl SessionEditError {
    pub fn key(self) -> &'static str {
        match self {
            SessionEditError::Closed => "session-edit_closed",
            SessionEditError::AlreadyPresent => "session-walk_in_present",
        }
    }
}

/// What preparing a session may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEdit {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub place: Option<String>,
    pub chair: Option<Id>,
    pub invitees: Vec<Id>,
}

impl SessionEdit {
    pub fn of(s: &Session) -> Self {
        SessionEdit {
            date: s.date,
            time: s.time,
            place: s.place.clone(),
            chair: s.chair,
            invitees: s.invitees.clone(),
        }
    }
}

/// `s` with `edit` applied. A closed session stays as it was (its minutes may have gone
/// out). Attendance of someone no longer invited stays: they were there, or excused.
pub fn edit(s: &Session, edit: SessionEdit) -> Result<Session, SessionEditError> {
    if s.status == SessionStatus::Closed {
        return Err(SessionEditError::Closed);
    }
    let mut out = s.clone();
    let mut invitees = Vec::with_capacity(edit.invitees.len());
    for p in edit.invitees {
        if !invitees.contains(&p) {
            invitees.push(p);
        }
    }
    out.date = edit.date;
    out.time = edit.time;
    out.place = edit.place.filter(|p| !p.trim().is_empty());
    out.chair = edit.chair;
    out.invitees = invitees;
    Ok(out)
}

/// `who` walked in: present, without having been invited (`Session::walk_ins`).
pub fn walk_in(s: &Session, who: Id) -> Result<Session, SessionEditError> {
    if s.status == SessionStatus::Closed {
        return Err(SessionEditError::Closed);
    }
    if s.presence_of(who) == Some(Presence::Present) {
        return Err(SessionEditError::AlreadyPresent);
    }
    let mut out = s.clone();
    out.attendance.retain(|a| a.stakeholder != who);
    out.attendance.push(Attendance {
        stakeholder: who,
        presence: Presence::Present,
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_second_thursday_gives_the_next_second_thursday() {
        // 2026-11-12 is the 2nd Thursday of November; 2026-12-10 the 2nd of December.
        assert_eq!(same_week_next_month(d(2026, 11, 12)), d(2026, 12, 10));
        // Across the year: 2026-12-10 -> 2027-01-14 (2nd Thursday), not +28 days.
        assert_eq!(same_week_next_month(d(2026, 12, 10)), d(2027, 1, 14));
        assert_ne!(d(2026, 12, 10) + chrono::Days::new(28), d(2027, 1, 14));
        // The 1st Monday.
        assert_eq!(same_week_next_month(d(2026, 6, 1)), d(2026, 7, 6));
    }

    #[test]
    fn the_fifth_week_means_the_last_one() {
        // A 5th weekday falls on the 29th to 31st; the next one is then within the first
        // week of the next month, so that month has no 5th: its last (4th) is taken.
        // 2026-10-29, 5th Thursday -> 2026-11-26, the last Thursday of November.
        assert_eq!(same_week_next_month(d(2026, 10, 29)), d(2026, 11, 26));
        assert_eq!(same_week_next_month(d(2026, 7, 30)), d(2026, 8, 27));
        // Across the year: 2026-12-31 -> 2027-01-28.
        assert_eq!(same_week_next_month(d(2026, 12, 31)), d(2027, 1, 28));
        // 5th Mondays.
        assert_eq!(same_week_next_month(d(2027, 3, 29)), d(2027, 4, 26));
        assert_eq!(same_week_next_month(d(2026, 8, 31)), d(2026, 9, 28));
        // The 4th stays the 4th, never the last: 2026-11-26 -> 2026-12-24, not the 31st.
        assert_eq!(same_week_next_month(d(2026, 11, 26)), d(2026, 12, 24));
    }

    fn demo() -> crate::domain::dataset::Dataset {
        crate::demo::build(d(2026, 11, 29))
    }

    #[test]
    fn the_next_session_takes_the_last_ones_table() {
        let data = demo();
        let last = data.sessions.iter().max_by_key(|s| s.date).unwrap();
        let plan = next_plan(&data.sessions, d(2026, 11, 29));
        assert_eq!(plan.date, Some(same_week_next_month(last.date)));
        assert_eq!(plan.chair, last.chair);
        assert_eq!(plan.invitees, last.invitees);
        assert_eq!(plan.place, last.place);
        assert_eq!(plan.time, last.time);
        // Nothing yet: a week from today.
        assert_eq!(next_plan(&[], d(2026, 11, 29)).date, Some(d(2026, 12, 6)));
    }

    #[test]
    fn editing_keeps_a_closed_session_as_it_was() {
        let data = demo();
        let closed = data
            .sessions
            .iter()
            .find(|s| s.status == SessionStatus::Closed)
            .unwrap();
        let mut e = SessionEdit::of(closed);
        e.place = Some("Library".into());
        assert_eq!(edit(closed, e), Err(SessionEditError::Closed));
        assert_eq!(walk_in(closed, 33), Err(SessionEditError::Closed));
        let planned = data
            .sessions
            .iter()
            .find(|s| s.status == SessionStatus::Planned)
            .unwrap();
        let mut e = SessionEdit::of(planned);
        e.place = Some("Library".into());
        e.invitees.push(e.invitees[0]);
        let out = edit(planned, e).unwrap();
        assert_eq!(out.place.as_deref(), Some("Library"));
        assert_eq!(out.invitees, planned.invitees, "an invitee once");
    }

    #[test]
    fn a_walk_in_is_present_without_an_invitation() {
        let data = demo();
        let planned = data
            .sessions
            .iter()
            .find(|s| s.status == SessionStatus::Planned)
            .unwrap();
        assert!(!planned.invitees.contains(&33));
        let out = walk_in(planned, 33).unwrap();
        assert_eq!(out.presence_of(33), Some(Presence::Present));
        assert_eq!(out.walk_ins().collect::<Vec<_>>(), vec![33]);
        assert_eq!(walk_in(&out, 33), Err(SessionEditError::AlreadyPresent));
    }
}
