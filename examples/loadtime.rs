//! Where start-up time goes on a large database: `cargo run --release --example loadtime -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a database file");
    let t = std::time::Instant::now();
    let store = roundtable::store::Store::open(path.as_ref(), false).unwrap();
    let open = t.elapsed();
    let t = std::time::Instant::now();
    let data = store.load().unwrap();
    let load = t.elapsed();
    let t = std::time::Instant::now();
    let mut app = roundtable::app::App::new(chrono::Local::now().date_naive());
    app.set_data(std::sync::Arc::new(data), 1);
    let caches = t.elapsed();
    let hwm = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap()
        .to_owned();
    println!("open {open:?}, load {load:?}, caches {caches:?}; {hwm}");
}
