use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Id, Meta};

/// Pseudonymous case reference `RT-YYYY-NNN`. Lists show only this, never a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseRef {
    pub year: u16,
    pub number: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::tf("error-bad_case_ref", &[("text", .0)]))]
pub struct BadCaseRef(pub String);

impl fmt::Display for CaseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RT-{:04}-{:03}", self.year, self.number)
    }
}

impl FromStr for CaseRef {
    type Err = BadCaseRef;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadCaseRef(s.to_owned());
        let rest = s.strip_prefix("RT-").ok_or_else(bad)?;
        let (year, number) = rest.split_once('-').ok_or_else(bad)?;
        let digits = |t: &str, min: usize| t.len() >= min && t.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !digits(year, 4) || !digits(number, 3) {
            return Err(bad());
        }
        let year = year.parse().map_err(|_| bad())?;
        let number: u16 = number.parse().map_err(|_| bad())?;
        if number == 0 {
            return Err(bad());
        }
        Ok(CaseRef { year, number })
    }
}

impl Serialize for CaseRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CaseRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Signal → triage → discussion at the table → follow-up → closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    Signalled,
    Triage,
    InDiscussion,
    FollowUp,
    Closed,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 5] = [
        CaseStatus::Signalled,
        CaseStatus::Triage,
        CaseStatus::InDiscussion,
        CaseStatus::FollowUp,
        CaseStatus::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CaseStatus::Signalled => "case_status-signalled",
            CaseStatus::Triage => "case_status-triage",
            CaseStatus::InDiscussion => "case_status-in_discussion",
            CaseStatus::FollowUp => "case_status-follow_up",
            CaseStatus::Closed => "case_status-closed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureReason {
    /// The vulnerability is removed or significantly lessened.
    Resolved,
    /// Triage ended in "not for this table": signposted elsewhere.
    SignpostedElsewhere,
    /// The person moved out of the municipality.
    MovedAway,
    /// Handed to justice or another statutory process.
    HandedOver,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closure {
    pub reason: ClosureReason,
    pub explanation: String,
    /// Where the person was referred on to, if anywhere.
    pub onward_referral: String,
}

/// One recorded status change: who moved the case, when, from what to what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub by: String,
    pub from: Option<CaseStatus>,
    pub to: CaseStatus,
}

/// An individual case on the round table's case list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub id: Id,
    pub meta: Meta,
    pub reference: CaseRef,
    pub status: CaseStatus,
    /// The partner who brought the signal.
    pub referred_by: Option<Id>,
    /// One partner leads each case.
    pub lead: Option<Id>,
    #[serde(with = "crate::domain::time::opt_date")]
    pub review_date: Option<NaiveDate>,
    /// A short pseudonymous description ("young man, 17, school drop-out"); no names.
    pub summary: String,
    pub closure: Option<Closure>,
    pub history: Vec<StatusChange>,
}
