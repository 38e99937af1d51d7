//! Encryption at rest, measured: unlocking (Argon2id at the default cost), loading the
//! synthetic town of N stakeholders, and saving a note, each plain and encrypted.
//! `cargo bench --bench crypt`; `ROUNDTABLE_BENCH_N=50000` for a bigger town. The
//! figures go in BENCHMARKS.md.

use std::time::{Duration, Instant};

use roundtable::crypt::{self, slots::Slot};
use roundtable::store::Store;

const PASS: &str = "a passphrase for the benchmark";

fn median(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

fn row(what: &str, v: Vec<Duration>) -> Duration {
    let (m, lo, hi) = median(v);
    println!(
        "| {what} | {:.1} ms | {:.1} – {:.1} ms |",
        ms(m),
        ms(lo),
        ms(hi)
    );
    m
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn times(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect()
}

fn save_note(store: &Store) -> Vec<Duration> {
    let mut note = store.load().unwrap().notes[0].clone();
    times(40, || {
        note.text.push('.');
        store.write(|tx| tx.update(&mut note)).unwrap();
    })
}

/// Opening one sealed value of `len` bytes with a cipher made beforehand, as a load does
/// for every record: the XChaCha20 subkey, the stream and Poly1305 (its back end is chosen
/// in `.cargo/config.toml`; see BENCHMARKS.md).
fn per_value(len: usize) {
    let key = crypt::random_key().unwrap();
    let opener = crypt::Opener::new(&key);
    let sealed = crypt::seal(&key, b"roundtable v1 record", &vec![7u8; len]).unwrap();
    let mut buf = zeroize::Zeroizing::new(Vec::new());
    const N: u32 = 20_000;
    let (m, lo, hi) = median(times(9, || {
        for _ in 0..N {
            opener
                .open_into(b"roundtable v1 record", &sealed, &mut buf)
                .unwrap();
        }
    }));
    let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(N);
    println!(
        "| open one {len}-byte value | {:.2} µs | {:.2} – {:.2} µs |",
        us(m),
        us(lo),
        us(hi)
    );
}

fn main() {
    let n: usize = std::env::var("ROUNDTABLE_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let pass = dir.path().join("pass");
    std::fs::write(&pass, format!("{PASS}\n")).unwrap();
    std::fs::set_permissions(&pass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    roundtable::crypt::passphrase::use_file(Some(pass));

    println!("| figure (N = {n}) | median | spread (min – max) |");
    println!("|---|---|---|");
    let key = crypt::random_key().unwrap();
    let slot = Slot::new("bench", PASS.as_bytes(), &key, false).unwrap();
    row(
        "unlock: Argon2id (64 MiB, 3 passes) + X25519",
        times(5, || {
            slot.open("bench", PASS.as_bytes()).unwrap();
        }),
    );

    for len in [64, 256, 1024] {
        per_value(len);
    }

    let plain_path = dir.path().join("plain.redb");
    let plain = roundtable::demo::open_or_create_scaled(&plain_path, n).unwrap();
    let enc_path = dir.path().join("sealed.redb");
    let (sealed, _recovery) = Store::init_encrypted(&enc_path, PASS).unwrap();
    sealed.restore(&plain.load().unwrap(), false).unwrap();

    let p = row(
        "load the town, plain",
        times(10, || {
            plain.load().unwrap();
        }),
    );
    let e = row(
        "load the town, encrypted",
        times(10, || {
            sealed.load().unwrap();
        }),
    );
    println!(
        "| **ratio encrypted / plain, load** | **{:.2}×** | target ≤ 1.3× |",
        ms(e) / ms(p)
    );
    let p = row("save a note, plain", save_note(&plain));
    let e = row("save a note, encrypted", save_note(&sealed));
    println!(
        "| **ratio encrypted / plain, note save** | **{:.2}×** | target ≤ 1.2× |",
        ms(e) / ms(p)
    );
}
