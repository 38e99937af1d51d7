//! Preparing and reviewing round tables: the proposed agenda, the next case reference,
//! a case's timeline, a session's summary.

use chrono::{DateTime, NaiveDate, Utc};

use super::Id;
use super::case::{CaseRef, CaseStatus};
use super::dataset::Dataset;
use super::session::{AgendaSubject, Session};

/// What a new session's agenda should hold: cases whose review is due by the session
/// date (or new signals without a review date), then one topic per earlier session that
/// still has open actions not covered by a case on the agenda ("follow up the actions of <session>").
pub fn propose(data: &Dataset, date: NaiveDate) -> Vec<AgendaSubject> {
    let mut cases: Vec<_> = data
        .cases
        .iter()
        .filter(|c| c.status != CaseStatus::Closed)
        .filter(|c| match c.review_date {
            Some(d) => d <= date,
            None => matches!(c.status, CaseStatus::Signalled | CaseStatus::Triage),
        })
        .collect();
    cases.sort_by_key(|c| (c.review_date.is_none(), c.review_date, c.reference));
    let mut out: Vec<AgendaSubject> = cases.iter().map(|c| AgendaSubject::Case(c.id)).collect();
    let mut earlier: Vec<&Session> = data.sessions.iter().filter(|s| s.date < date).collect();
    earlier.sort_by_key(|s| s.date);
    for s in earlier {
        let open = data
            .actions
            .iter()
            .filter(|a| a.is_open() && a.anchor.session == Some(s.id))
            // Actions about a case on this agenda come up with the case.
            .filter(|a| {
                a.anchor
                    .case
                    .is_none_or(|c| !out.contains(&AgendaSubject::Case(c)))
            })
            .count();
        if open > 0 {
            out.push(AgendaSubject::OpenActions(s.id));
        }
    }
    out
}

/// `subject` typed where it is the English "Open actions of <title> (<date>)" topic that
/// schema 7 and older stored for an earlier session of `sessions` (schema 8 migration).
pub fn typed_subject(subject: &AgendaSubject, sessions: &[Session]) -> AgendaSubject {
    if let AgendaSubject::Topic(t) = subject
        && let Some(s) = sessions
            .iter()
            .find(|s| *t == format!("Open actions of {} ({})", s.title, s.date))
    {
        return AgendaSubject::OpenActions(s.id);
    }
    subject.clone()
}

/// The next free reference of `year`.
pub fn next_case_ref(data: &Dataset, year: u16) -> CaseRef {
    let last = data
        .cases
        .iter()
        .filter(|c| c.reference.year == year)
        .map(|c| c.reference.number)
        .max();
    CaseRef {
        year,
        number: last.unwrap_or(0) + 1,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// At a session that took place (or is taking place).
    Discussed {
        session: Id,
    },
    /// On the agenda of a session still planned: not a discussion yet.
    OnAgenda {
        session: Id,
    },
    Note(Id),
    /// A note corrected: `revision` is the index of the version it replaced.
    Corrected {
        note: Id,
        revision: usize,
    },
    /// A note withdrawn (the reason is on the note).
    Retracted(Id),
    Decision(Id),
    Action(Id),
    Status {
        from: Option<CaseStatus>,
        to: CaseStatus,
        by: String,
    },
}

/// One line of a case's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub event: Event,
}

/// Everything that happened to a case, oldest first.
pub fn timeline(data: &Dataset, case: Id) -> Vec<Entry> {
    let mut out = Vec::new();
    if let Some(c) = crate::domain::dataset::by_id(&data.cases, case) {
        for h in &c.history {
            out.push(Entry {
                at: h.at,
                event: Event::Status {
                    from: h.from,
                    to: h.to,
                    by: h.by.clone(),
                },
            });
        }
    }
    for s in &data.sessions {
        if s.cases().any(|c| c == case) {
            let at = s.date.and_time(s.time.unwrap_or_default()).and_utc();
            let event = if s.is_held() {
                Event::Discussed { session: s.id }
            } else {
                Event::OnAgenda { session: s.id }
            };
            out.push(Entry { at, event });
        }
    }
    out.extend(
        data.notes
            .iter()
            .filter(|n| n.anchor.case == Some(case))
            .map(|n| Entry {
                at: n.at,
                event: Event::Note(n.id),
            }),
    );
    for n in data.notes.iter().filter(|n| n.anchor.case == Some(case)) {
        out.extend(n.revisions.iter().enumerate().map(|(i, r)| Entry {
            at: r.replaced_at,
            event: Event::Corrected {
                note: n.id,
                revision: i,
            },
        }));
        if let Some(r) = &n.retraction {
            out.push(Entry {
                at: r.at,
                event: Event::Retracted(n.id),
            });
        }
    }
    out.extend(
        data.decisions
            .iter()
            .filter(|d| d.anchor.case == Some(case))
            .map(|d| Entry {
                at: d.at,
                event: Event::Decision(d.id),
            }),
    );
    out.extend(
        data.actions
            .iter()
            .filter(|a| a.anchor.case == Some(case))
            .map(|a| Entry {
                at: a.meta.created_at,
                event: Event::Action(a.id),
            }),
    );
    out.sort_by_key(|e| e.at);
    out
}

/// What a closed session produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub decisions: Vec<Id>,
    pub actions: Vec<Id>,
    /// Cases whose status changed from the session's start on: (case, from, to).
    pub status_changes: Vec<(Id, Option<CaseStatus>, CaseStatus)>,
    pub notes: usize,
}

pub fn summary(data: &Dataset, session: &Session, since: DateTime<Utc>) -> Summary {
    let here = |s: Option<Id>| s == Some(session.id);
    let mut out = Summary {
        decisions: data
            .decisions
            .iter()
            .filter(|d| here(d.anchor.session))
            .map(|d| d.id)
            .collect(),
        actions: data
            .actions
            .iter()
            .filter(|a| here(a.anchor.session))
            .map(|a| a.id)
            .collect(),
        notes: data.notes.iter().filter(|n| here(n.anchor.session)).count(),
        ..Summary::default()
    };
    for case in session.cases() {
        if let Some(c) = crate::domain::dataset::by_id(&data.cases, case) {
            for h in c.history.iter().filter(|h| h.at >= since) {
                out.status_changes.push((case, h.from, h.to));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    #[test]
    fn proposal_holds_due_cases_and_open_actions() {
        let data = crate::demo::build(today());
        let next_week = today() + chrono::Days::new(7);
        let p = propose(&data, next_week);
        // RT-001 (review overdue), RT-003 (due in 2 days), RT-002 (in 6), RT-004 (signalled)
        let cases: Vec<Id> = p
            .iter()
            .filter_map(|s| {
                if let AgendaSubject::Case(c) = s {
                    Some(*c)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(cases, vec![1, 3, 2, 4]);
        assert!(!cases.contains(&5), "review in 20 days is not due");
        assert!(
            !cases.contains(&6) && !cases.contains(&7),
            "closed cases are not proposed"
        );
        // Session 2 ("last month") still has open actions, as a typed subject.
        assert!(p.contains(&AgendaSubject::OpenActions(2)), "{p:?}");
    }

    #[test]
    fn the_stored_english_open_actions_topic_becomes_typed() {
        let data = crate::demo::build(today());
        let s = &data.sessions[1];
        let old = AgendaSubject::Topic(format!("Open actions of {} ({})", s.title, s.date));
        assert_eq!(
            typed_subject(&old, &data.sessions),
            AgendaSubject::OpenActions(s.id)
        );
        // Another topic, or one naming no session, stays as typed.
        for t in ["Local trends", "Open actions of nothing (2026-01-01)"] {
            let topic = AgendaSubject::Topic(t.into());
            assert_eq!(typed_subject(&topic, &data.sessions), topic);
        }
    }

    #[test]
    fn next_reference_follows_the_year() {
        let data = crate::demo::build(today());
        assert_eq!(next_case_ref(&data, 2026).to_string(), "RT-2026-007");
        assert_eq!(next_case_ref(&data, 2027).to_string(), "RT-2027-001");
    }

    #[test]
    fn timeline_is_in_time_order_and_complete() {
        let data = crate::demo::build(today());
        let t = timeline(&data, 1);
        assert!(t.windows(2).all(|w| w[0].at <= w[1].at));
        let discussed = t
            .iter()
            .filter(|e| matches!(e.event, Event::Discussed { .. }))
            .count();
        // Sessions 1 and 2 were held; session 3 is planned.
        assert_eq!(discussed, 2);
        assert!(t.iter().any(|e| matches!(e.event, Event::Note(5))));
        assert!(t.iter().any(|e| matches!(e.event, Event::Action(1))));
        assert!(t.iter().any(|e| matches!(e.event, Event::Decision(2))));
        assert!(t.iter().any(|e| matches!(e.event, Event::Status { .. })));
    }

    #[test]
    fn a_planned_session_is_no_discussion_and_corrections_are_in_the_file() {
        let mut data = crate::demo::build(today());
        // Case 1 is on the agenda of session 3, planned for next week.
        let t = timeline(&data, 1);
        assert!(t.iter().any(|e| e.event == Event::OnAgenda { session: 3 }));
        assert!(!t.iter().any(|e| e.event == Event::Discussed { session: 3 }));
        let at: DateTime<Utc> = "2026-11-28T10:00:00Z".parse().unwrap();
        let n = data.notes.iter().find(|n| n.id == 5).unwrap().clone();
        let mut c = crate::domain::correction::Correction::of(&n);
        c.text = "fixed".into();
        let n = crate::domain::correction::correct(&n, c, "els", at).unwrap();
        let n = crate::domain::correction::retract(&n, "wrong case", "els", at).unwrap();
        *data.notes.iter_mut().find(|x| x.id == 5).unwrap() = n;
        let t = timeline(&data, 1);
        assert!(t.iter().any(|e| e.event
            == Event::Corrected {
                note: 5,
                revision: 0
            }));
        assert!(t.iter().any(|e| e.event == Event::Retracted(5)));
        assert!(t.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[test]
    fn summary_counts_what_the_session_produced() {
        let data = crate::demo::build(today());
        let s = &data.sessions[1];
        let sum = summary(&data, s, DateTime::<Utc>::MIN_UTC);
        assert_eq!(sum.decisions, vec![2, 3]);
        assert_eq!(sum.actions, vec![1, 2, 3, 4]);
        assert_eq!(sum.notes, 6);
    }
}
