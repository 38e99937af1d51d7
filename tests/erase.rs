//! Retention, erasure and the data subject's rights, end to end: the schema 8 step, the
//! `retention`, `erase` and `export person` commands on temporary databases, erasure
//! against a backup taken before it, and that after an erasure no export and no dump holds
//! the erased text or name.

mod support;

use roundtable::domain::sharing::Retention;
use roundtable::store::{SCHEMA_VERSION, Store};

/// Schema 7 kept closed cases `retention_days` (1825 in the fixture): schema 8 holds the
/// periods in months and days, rounded up, and no stakeholder is a tombstone.
#[test]
fn schema_7_agreements_get_retention_periods_and_people_no_tombstone() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("fixture.redb");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema7-demo");
    std::fs::copy(format!("{fixture}.redb"), &copy).unwrap();
    let store = Store::open(&copy, false).unwrap();
    let version = store.read(|tx| tx.meta_u64("schema_version")).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let data = store.load().unwrap();
    assert_eq!(
        data.agreements[0].retention,
        Retention {
            closed_case_months: 60,
            export_days: 30,
            backup_days: 30
        }
    );
    assert!(!data.stakeholders.is_empty());
    assert!(data.stakeholders.iter().all(|s| !s.erased));
    store.check().unwrap();
    let json = std::fs::read_to_string(format!("{fixture}.json")).unwrap();
    let old = roundtable::cli::parse_dump(&json).unwrap();
    assert_eq!(
        data.agreements, old.agreements,
        "a schema 7 dump reads the same"
    );
    assert_eq!(data.stakeholders, old.stakeholders);
}
