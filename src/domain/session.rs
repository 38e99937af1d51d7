use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Id, Meta};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Planned,
    InProgress,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Excused,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    pub stakeholder: Id,
    pub presence: Presence,
}

/// What an agenda item is about: an individual case, a general topic (a local trend), or
/// the open actions of an earlier session (schema 8; rendered in the reader's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgendaSubject {
    Case(Id),
    Topic(String),
    /// Follow up the actions still open from this earlier session.
    OpenActions(Id),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// Stable within its session, so that notes keep pointing at the right item when the
    /// agenda is reordered.
    pub item: u32,
    pub subject: AgendaSubject,
    /// Seconds spent on this item while the session ran.
    pub elapsed_secs: u32,
}

/// A partner round table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: Id,
    pub meta: Meta,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    #[serde(with = "crate::domain::time::opt_time")]
    pub time: Option<NaiveTime>,
    pub title: String,
    pub chair: Option<Id>,
    pub invitees: Vec<Id>,
    pub attendance: Vec<Attendance>,
    pub agenda: Vec<AgendaItem>,
    pub status: SessionStatus,
    /// Members present agreed the feedback sheets of this session (LISC-R consensus).
    pub feedback_consensus: bool,
    /// Where the table meets (schema 8).
    pub place: Option<String>,
}

impl Session {
    pub fn presence_of(&self, who: Id) -> Option<Presence> {
        self.attendance
            .iter()
            .find(|a| a.stakeholder == who)
            .map(|a| a.presence)
    }

    /// Whether the session took place (or is taking place): a planned one is no
    /// discussion yet.
    pub fn is_held(&self) -> bool {
        self.status != SessionStatus::Planned
    }

    /// Present without having been invited: who walked in.
    pub fn walk_ins(&self) -> impl Iterator<Item = Id> + '_ {
        self.present().filter(|p| !self.invitees.contains(p))
    }

    pub fn present(&self) -> impl Iterator<Item = Id> + '_ {
        self.attendance
            .iter()
            .filter(|a| a.presence == Presence::Present)
            .map(|a| a.stakeholder)
    }

    pub fn cases(&self) -> impl Iterator<Item = Id> + '_ {
        self.agenda.iter().filter_map(|a| match a.subject {
            AgendaSubject::Case(c) => Some(c),
            AgendaSubject::Topic(_) | AgendaSubject::OpenActions(_) => None,
        })
    }
}
