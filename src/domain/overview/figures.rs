//! The local picture in figures: cases by status, new signals per month, days from signal
//! to closure, actions, attendance, sector coverage. Over a period, so that the Overview
//! (the last twelve months) and the yearly report (a calendar year) count alike.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

use super::checklist::{done_on, mini_networks};
use super::median;
use crate::domain::Id;
use crate::domain::case::{Case, CaseStatus};
use crate::domain::dataset::Dataset;
use crate::domain::note::ActionStatus;
use crate::domain::session::Presence;
use crate::domain::stakeholder::Sector;

/// Days `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The twelve months up to and including `today`'s month.
    pub fn last_year(today: NaiveDate) -> Period {
        let first = today.with_day(1).unwrap_or(today);
        Period {
            from: first - Months::new(11),
            to: today,
        }
    }

    /// January to December of `year`; `None` for a year chrono cannot hold.
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    pub fn holds(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    /// The first day of every month the period touches, in order.
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut m = self.from.with_day(1).unwrap_or(self.from);
        while m <= self.to {
            out.push(m);
            m = m + Months::new(1);
        }
        out
    }
}

/// Actions by where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ActionCounts {
    pub open: usize,
    pub overdue: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub cancelled: usize,
}

/// Turnout per partner, most expected first.
pub type ByPartner = Vec<(Id, Turnout)>;
/// Turnout per sector.
pub type BySector = Vec<(Sector, Turnout)>;

/// Present out of expected, for one partner or sector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Turnout {
    pub present: usize,
    pub expected: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub period: Period,
    pub cases_by_status: Vec<(CaseStatus, usize)>,
    /// First day of each month, new signals that month.
    pub signals_per_month: Vec<(NaiveDate, usize)>,
    /// Closed cases whose signal and closure dates are known, and their median days.
    pub closures: usize,
    pub median_days_to_closure: Option<i64>,
    pub actions: ActionCounts,
    /// Partners by id, most expected first.
    pub attendance_by_partner: Vec<(Id, Turnout)>,
    pub attendance_by_sector: Vec<(Sector, Turnout)>,
    /// Active members of mini-networks per sector, every standard sector listed.
    pub sector_coverage: Vec<(Sector, usize)>,
}

/// The Overview's figures: the last twelve months up to `today`.
pub fn figures(data: &Dataset, today: NaiveDate) -> Figures {
    figures_over(data, Period::last_year(today), today)
}

/// Figures over `period`; `today` decides what is overdue.
pub fn figures_over(data: &Dataset, period: Period, today: NaiveDate) -> Figures {
    let (closures, median_days_to_closure) = days_to_closure(data, period);
    let (attendance_by_partner, attendance_by_sector) = attendance(data, period);
    Figures {
        period,
        cases_by_status: cases_by_status(data),
        signals_per_month: signals_per_month(data, period),
        closures,
        median_days_to_closure,
        actions: actions(data, period, today),
        attendance_by_partner,
        attendance_by_sector,
        sector_coverage: sector_coverage(data),
    }
}

/// Every case by its status now, every status listed.
pub fn cases_by_status(data: &Dataset) -> Vec<(CaseStatus, usize)> {
    CaseStatus::ALL
        .iter()
        .map(|s| (*s, data.cases.iter().filter(|c| c.status == *s).count()))
        .collect()
}

/// When the signal came in: the first recorded status change, else the case's creation.
pub fn signalled_at(c: &Case) -> DateTime<Utc> {
    c.history.first().map_or(c.meta.created_at, |h| h.at)
}

/// When the case was last closed, if it is closed.
pub fn closed_at(c: &Case) -> Option<DateTime<Utc>> {
    if c.status != CaseStatus::Closed {
        return None;
    }
    c.history
        .iter()
        .rev()
        .find(|h| h.to == CaseStatus::Closed)
        .map(|h| h.at)
}

/// New signals in each month of `period`.
pub fn signals_per_month(data: &Dataset, period: Period) -> Vec<(NaiveDate, usize)> {
    let mut per: BTreeMap<NaiveDate, usize> = period.months().into_iter().map(|m| (m, 0)).collect();
    for c in &data.cases {
        let d = signalled_at(c).date_naive();
        if period.holds(d)
            && let Some(n) = d.with_day(1).and_then(|m| per.get_mut(&m))
        {
            *n += 1;
        }
    }
    per.into_iter().collect()
}

/// Cases closed within `period`, and the median days from their signal to closure.
pub fn days_to_closure(data: &Dataset, period: Period) -> (usize, Option<i64>) {
    let mut days: Vec<i64> = data
        .cases
        .iter()
        .filter_map(|c| {
            let closed = closed_at(c)?;
            period
                .holds(closed.date_naive())
                .then(|| (closed.date_naive() - signalled_at(c).date_naive()).num_days())
        })
        .collect();
    (days.len(), median(&mut days))
}

/// Actions agreed within `period` by where they stand; overdue as of `today`.
pub fn actions(data: &Dataset, period: Period, today: NaiveDate) -> ActionCounts {
    let mut n = ActionCounts::default();
    for a in data
        .actions
        .iter()
        .filter(|a| period.holds(a.meta.created_at.date_naive()))
    {
        match a.status {
            ActionStatus::Open if a.is_overdue(today) => n.overdue += 1,
            ActionStatus::Open => n.open += 1,
            ActionStatus::Cancelled => n.cancelled += 1,
            ActionStatus::Done => match (a.due, done_on(a)) {
                (Some(due), Some(day)) if day > due => n.done_late += 1,
                _ => n.done_on_time += 1,
            },
        }
    }
    n
}

/// Present out of expected at the sessions of `period` held by `period.to`, per partner
/// and per sector (of active and archived partners alike: history keeps its names).
pub fn attendance(data: &Dataset, period: Period) -> (ByPartner, BySector) {
    let mut by: HashMap<Id, Turnout> = HashMap::new();
    for s in data.sessions.iter().filter(|s| period.holds(s.date)) {
        let mut people: HashSet<Id> = s.invitees.iter().copied().collect();
        people.extend(s.attendance.iter().map(|a| a.stakeholder));
        for p in people {
            let t = by.entry(p).or_default();
            t.expected += 1;
            t.present += usize::from(s.presence_of(p) == Some(Presence::Present));
        }
    }
    let mut sectors: BTreeMap<Sector, Turnout> = BTreeMap::new();
    for (id, t) in &by {
        if let Some(s) = crate::domain::dataset::by_id(&data.stakeholders, *id) {
            let e = sectors.entry(s.sector.clone()).or_default();
            e.present += t.present;
            e.expected += t.expected;
        }
    }
    let mut people: Vec<(Id, Turnout)> = by.into_iter().collect();
    people.sort_by_key(|(id, t)| (std::cmp::Reverse(t.expected), *id));
    (people, sectors.into_iter().collect())
}

/// Active members of the mini-networks (each person once) per standard sector, and the
/// others under `Other`.
pub fn sector_coverage(data: &Dataset) -> Vec<(Sector, usize)> {
    let members: HashSet<Id> = mini_networks(data)
        .flat_map(|n| n.members.iter().map(|m| m.stakeholder))
        .collect();
    let mut count: HashMap<Sector, usize> = HashMap::new();
    for s in data
        .stakeholders
        .iter()
        .filter(|s| !s.archived && members.contains(&s.id))
    {
        let key = match &s.sector {
            Sector::Other(_) => Sector::Other(String::new()),
            other => other.clone(),
        };
        *count.entry(key).or_default() += 1;
    }
    let mut out: Vec<(Sector, usize)> = Sector::STANDARD
        .iter()
        .map(|s| (s.clone(), count.get(s).copied().unwrap_or(0)))
        .collect();
    if let Some(n) = count.get(&Sector::Other(String::new())) {
        out.push((Sector::Other(String::new()), *n));
    }
    out
}
