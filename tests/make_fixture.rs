//! Writes tests/fixtures/schema12-demo.redb and its dump, schema12-demo.json (older schema fixtures stay as they were written). Run once per schema version:
//! `cargo test --test make_fixture -- --ignored`. The file is then committed and never
//! rewritten, so that later versions are tested against what this one wrote.

mod support;

#[test]
#[ignore]
fn write_fixture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema12-demo.redb"
    );
    let _ = std::fs::remove_file(path);
    let store = roundtable::store::Store::open_as(path.as_ref(), true, "tester".into()).unwrap();
    let data = support::full_dataset();
    store.restore(&data, false).unwrap();
    // A salted (hash version 2) entry after the version 1 one, as schema 6 and later write them.
    let mut e = data.audit[0].clone();
    e.subject = "session:3".into();
    store.write(|tx| tx.append_audit(e)).unwrap();
    let json = roundtable::cli::dump_json(&store.load().unwrap()).unwrap();
    std::fs::write(path.replace(".redb", ".json"), json).unwrap();
}
