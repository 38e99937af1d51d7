//! What the agreed retention periods make due: closed cases whose notes are past their
//! time, and exported files past theirs. Pure rules, given the agreement and today.

use chrono::{Months, NaiveDate};

use super::Id;
use super::case::{Case, CaseRef, CaseStatus};
use super::dataset::Dataset;
use super::sharing::Retention;

/// The day a closed case was closed: its last move to closed, else (older records with
/// no history) its last change, which is never earlier. `None` while it is open.
pub fn closed_on(case: &Case) -> Option<NaiveDate> {
    if case.status != CaseStatus::Closed {
        return None;
    }
    let moved = case
        .history
        .iter()
        .rev()
        .find(|h| h.to == CaseStatus::Closed)
        .map(|h| h.at);
    Some(moved.unwrap_or(case.meta.updated_at).date_naive())
}

/// The first day a case closed on `closed` is due for erasure: `months` later (the last
/// day of the month when the day does not exist, so never early by a month's length).
pub fn due_from(closed: NaiveDate, months: u32) -> NaiveDate {
    closed
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether anything is still anchored to `case`: notes, decisions, actions.
pub fn holds_items(data: &Dataset, case: Id) -> bool {
    let here = |a: &super::note::Anchor| a.case == Some(case);
    data.notes.iter().any(|n| here(&n.anchor))
        || data.decisions.iter().any(|d| here(&d.anchor))
        || data.actions.iter().any(|a| here(&a.anchor))
        || data
            .routed_concerns
            .iter()
            .any(|c| c.about_case() == Some(case))
}

/// A closed case past its retention period that still holds something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCase {
    pub case: Id,
    pub reference: CaseRef,
    pub closed: NaiveDate,
    pub due: NaiveDate,
}

/// The cases that notes, decisions or actions are anchored to, in one pass.
fn cases_with_items(data: &Dataset) -> std::collections::HashSet<Id> {
    let notes = data.notes.iter().map(|n| n.anchor.case);
    let decisions = data.decisions.iter().map(|d| d.anchor.case);
    let actions = data.actions.iter().map(|a| a.anchor.case);
    let concerns = data.routed_concerns.iter().map(|c| c.about_case());
    notes
        .chain(decisions)
        .chain(actions)
        .chain(concerns)
        .flatten()
        .collect()
}

/// Every closed case due for erasure on `today`, the longest overdue first. A case erased
/// already (a stub) is not listed. One pass over the items: the cases view draws it.
pub fn due_cases(data: &Dataset, retention: &Retention, today: NaiveDate) -> Vec<DueCase> {
    let with_items = cases_with_items(data);
    let mut due: Vec<DueCase> = data
        .cases
        .iter()
        .filter(|c| with_items.contains(&c.id) || !super::erasure::is_stub_shaped(c))
        .filter_map(|c| {
            let closed = closed_on(c)?;
            let due = due_from(closed, retention.closed_case_months);
            (due <= today).then_some(DueCase {
                case: c.id,
                reference: c.reference,
                closed,
                due,
            })
        })
        .collect();
    due.sort_by_key(|d| (d.due, d.reference));
    due
}

/// The retention of the network's agreement, or the default when there is none yet.
pub fn of(data: &Dataset) -> Retention {
    data.agreements
        .first()
        .map_or(Retention::DEFAULT, |a| a.retention)
}

/// The names roundtable gives the files it exports (`minutes-…`, `feedback-…`,
/// `stakeholders-…`, `person-…`, in .md, .txt, .csv or .json): only these are ever
/// listed or removed from an export folder, whatever else lives there.
pub fn is_export_name(name: &str) -> bool {
    const PREFIXES: [&str; 4] = ["minutes-", "feedback-", "stakeholders-", "person-"];
    const ENDINGS: [&str; 4] = [".md", ".txt", ".csv", ".json"];
    PREFIXES.iter().any(|p| name.starts_with(p)) && ENDINGS.iter().any(|e| name.ends_with(e))
}

/// Whether an export last written on `written` is due for removal on `today`.
pub fn export_due(written: NaiveDate, export_days: u32, today: NaiveDate) -> bool {
    written
        .checked_add_days(chrono::Days::new(u64::from(export_days)))
        .is_none_or(|due| due <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn demo() -> Dataset {
        crate::demo::build(day(2026, 11, 29))
    }

    #[test]
    fn due_months_after_closure_never_early() {
        assert_eq!(due_from(day(2026, 1, 31), 1), day(2026, 2, 28));
        assert_eq!(due_from(day(2020, 5, 10), 60), day(2025, 5, 10));
        assert_eq!(due_from(day(2020, 5, 10), 0), day(2020, 5, 10));
    }

    #[test]
    fn only_closed_cases_past_their_period_are_due() {
        let d = demo();
        let closed: Vec<&Case> = d
            .cases
            .iter()
            .filter(|c| c.status == CaseStatus::Closed)
            .collect();
        assert!(!closed.is_empty(), "the demo has a closed case");
        let on = closed_on(closed[0]).unwrap();
        let r = |months| Retention {
            closed_case_months: months,
            ..Retention::DEFAULT
        };
        let due = due_cases(&d, &r(6), due_from(on, 6));
        assert!(due.iter().any(|x| x.case == closed[0].id));
        let before = due_from(on, 6).pred_opt().unwrap();
        assert!(
            !due_cases(&d, &r(6), before)
                .iter()
                .any(|x| x.case == closed[0].id)
        );
        let far = day(2200, 1, 1);
        let all = due_cases(&d, &r(0), far);
        assert_eq!(all.len(), closed.len(), "open cases are never due");
    }

    #[test]
    fn an_erased_case_is_no_longer_due() {
        let mut d = demo();
        let c = d
            .cases
            .iter()
            .find(|c| c.status == CaseStatus::Closed)
            .unwrap()
            .id;
        let far = day(2200, 1, 1);
        assert!(
            due_cases(&d, &Retention::DEFAULT, far)
                .iter()
                .any(|x| x.case == c)
        );
        crate::domain::erasure::erase_case(&mut d, c).unwrap();
        assert!(
            !due_cases(&d, &Retention::DEFAULT, far)
                .iter()
                .any(|x| x.case == c)
        );
    }

    #[test]
    fn closure_date_comes_from_history_else_the_last_change() {
        let mut d = demo();
        let c = d
            .cases
            .iter_mut()
            .find(|c| c.status == CaseStatus::Closed)
            .unwrap();
        c.history.clear();
        assert_eq!(closed_on(c), Some(c.meta.updated_at.date_naive()));
        c.status = CaseStatus::FollowUp;
        assert_eq!(closed_on(c), None);
    }

    #[test]
    fn exports_are_recognised_by_name_and_due_by_age() {
        assert!(is_export_name("minutes-2026-11-01-session3-for12.md"));
        assert!(is_export_name("person-17-2026-11-29.md"));
        assert!(!is_export_name("notes.md"));
        assert!(!is_export_name("minutes-x.redb"));
        assert!(export_due(day(2026, 10, 1), 30, day(2026, 10, 31)));
        assert!(!export_due(day(2026, 10, 1), 30, day(2026, 10, 30)));
    }
}
