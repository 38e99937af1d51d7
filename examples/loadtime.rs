//! Where start-up time goes on a large database: `cargo run --release --example loadtime -- FILE`.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a database file");
    let t = Instant::now();
    let store = roundtable::store::Store::open(path.as_ref(), false).unwrap();
    let open = t.elapsed();
    let t = Instant::now();
    let first = store.read(|tx| tx.dataset_without_history()).unwrap();
    let lists = t.elapsed();
    let t = Instant::now();
    let mut app = roundtable::app::App::new(roundtable::domain::time::today_in(
        roundtable::domain::time::now(),
        roundtable::domain::time::DEFAULT_ZONE,
    ));
    app.set_data(std::sync::Arc::new(first), 1);
    let caches = t.elapsed();
    let t = Instant::now();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 48)).unwrap();
    term.draw(|f| roundtable::ui::draw(f, &app)).unwrap();
    let frame = t.elapsed();
    let t = Instant::now();
    let data = store.load().unwrap();
    let all = t.elapsed();
    let t = Instant::now();
    app.set_data(std::sync::Arc::new(data), 2);
    let caches_all = t.elapsed();
    println!(
        "open {open:?}; lists {lists:?}, caches {caches:?}, frame {frame:?}; everything {all:?}, caches {caches_all:?}"
    );
}
