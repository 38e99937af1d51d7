//! The yearly report: a golden file for the demo town, the command line, and a property
//! test that no report prints a count below the threshold or any text from a case.

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use roundtable::domain::Meta;
use roundtable::domain::case::{Case, CaseRef, CaseStatus, Closure, ClosureReason, StatusChange};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::disclosure::MIN_COUNT;
use roundtable::export::report;

mod support;

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

#[test]
fn golden_report_of_the_demo_town() {
    let data = roundtable::demo::build(support::today());
    let md = report::render(&data, 2026, support::today(), at(), "anke").unwrap();
    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/report-2026.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, &md).unwrap();
    }
    assert_eq!(
        md,
        std::fs::read_to_string(golden).unwrap(),
        "UPDATE_GOLDEN=1 rewrites the file"
    );
    assert!(
        md.contains(&format!("< {MIN_COUNT}")),
        "the threshold is stated"
    );
}

/// Every count cell of every table: the second column of rows that are not headers.
fn count_cells(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| |"))
        .filter_map(|l| l.split('|').nth(2))
        .map(|c| c.trim().trim_matches('*').to_owned())
        .collect()
}

const SECRET: &str = "SECRETCASETEXT";

/// A town of `cases` cases spread over 2026 with random statuses and closures, each
/// carrying text that must never appear.
fn town(seed: u64, cases: usize) -> Dataset {
    let mut r = seed | 1;
    let mut next = move |n: u64| {
        r ^= r << 13;
        r ^= r >> 7;
        r ^= r << 17;
        r % n
    };
    let mut d = roundtable::demo::build(support::today());
    d.cases.clear();
    d.notes.clear();
    d.decisions.clear();
    d.actions.clear();
    d.sessions.iter_mut().for_each(|s| s.agenda.clear());
    let start: DateTime<Utc> = "2026-01-01T09:00:00Z".parse().unwrap();
    for i in 0..cases {
        let signalled = start + Duration::days(next(330) as i64);
        let status = CaseStatus::ALL[next(5) as usize];
        let mut history = vec![StatusChange {
            at: signalled,
            by: SECRET.into(),
            from: None,
            to: CaseStatus::Signalled,
        }];
        let closure = (status == CaseStatus::Closed).then(|| {
            history.push(StatusChange {
                at: signalled + Duration::days(1 + next(40) as i64),
                by: SECRET.into(),
                from: Some(CaseStatus::FollowUp),
                to: status,
            });
            Closure {
                reason: [ClosureReason::Resolved, ClosureReason::MovedAway][next(2) as usize],
                explanation: format!("{SECRET} why"),
                onward_referral: format!("{SECRET} where"),
            }
        });
        if status != CaseStatus::Closed && status != CaseStatus::Signalled {
            history.push(StatusChange {
                at: signalled + Duration::days(1),
                by: SECRET.into(),
                from: Some(CaseStatus::Signalled),
                to: status,
            });
        }
        d.cases.push(Case {
            id: i as u64 + 1,
            meta: Meta::new(SECRET, signalled),
            reference: CaseRef {
                year: 2026,
                number: i as u16 + 1,
            },
            status,
            referred_by: None,
            lead: None,
            review_date: None,
            summary: format!("{SECRET} summary"),
            closure,
            history,
        });
    }
    d
}

fn check(seed: u64, cases: usize) -> Result<(), TestCaseError> {
    let d = town(seed, cases);
    let md = report::render(&d, 2026, support::today(), at(), "anke").unwrap();
    prop_assert!(!md.contains(SECRET), "case text in the report:\n{md}");
    for ref_ in d.cases.iter().map(|c| c.reference.to_string()) {
        prop_assert!(!md.contains(&ref_), "{ref_} in the report");
    }
    let cells = count_cells(&md);
    prop_assert!(cells.len() > 30, "{cells:?}");
    for c in cells {
        let ok = c == "x"
            || c == format!("< {MIN_COUNT}")
            || c.parse::<usize>().is_ok_and(|n| n == 0 || n >= MIN_COUNT);
        prop_assert!(ok, "cell {c:?} in\n{md}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn no_report_prints_a_small_count_or_case_text(seed in any::<u64>(), cases in 0usize..60) {
        check(seed, cases)?;
    }
}

#[test]
fn a_median_over_too_few_cases_is_not_shown() {
    let d = town(7, 0);
    let md = report::render(&d, 2026, support::today(), at(), "anke").unwrap();
    assert!(md.contains("not shown (fewer than 5"), "{md}");
    let closed = |d: &Dataset| {
        d.cases
            .iter()
            .filter(|c| c.status == CaseStatus::Closed)
            .count()
    };
    let d = (1..)
        .map(|s| town(s, 60))
        .find(|d| closed(d) >= MIN_COUNT)
        .unwrap();
    let md = report::render(&d, 2026, support::today(), at(), "anke").unwrap();
    assert!(md.contains("Median days from signal to closure: "));
    assert!(!md.contains("not shown (fewer than 5"), "{md}");
}

#[test]
fn the_command_writes_the_report_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let before = store.load().unwrap().audit.len();
    drop(store);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .args(["--db", db.to_str().unwrap(), "report", "--year", "2026"])
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.starts_with("# Activity report 2026"), "{text}");
    let store = roundtable::store::Store::open_read_only(&db).unwrap();
    let trail = store.load().unwrap().audit;
    assert_eq!(trail.len(), before + 1);
    assert_eq!(trail.last().unwrap().subject, "report:2026");
}
