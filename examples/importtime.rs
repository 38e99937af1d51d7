//! Where a CSV import spends its time: `cargo run --release --example importtime -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a CSV file");
    let bytes = std::fs::read(&path).unwrap();
    let t = std::time::Instant::now();
    let table = roundtable::import::table::read(&bytes).unwrap();
    let read = t.elapsed();
    let t = std::time::Instant::now();
    let plan = roundtable::import::plan(&table, &[], &[]);
    let planned = t.elapsed();
    let dir = std::env::temp_dir().join(format!("importtime-{}.redb", std::process::id()));
    let store = roundtable::store::Store::open(&dir, true).unwrap();
    let t = std::time::Instant::now();
    roundtable::import::apply(
        &store,
        &plan,
        roundtable::import::OnDuplicate::Skip,
        false,
        &|_| {},
    )
    .unwrap();
    let applied = t.elapsed();
    let _ = std::fs::remove_file(&dir);
    println!("read {read:?}, plan {planned:?}, write {applied:?}");
}
