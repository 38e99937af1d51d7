//! Encryption at rest, measured: unlocking (Argon2id at the default cost), loading the
//! synthetic town of N stakeholders, and saving a note, each plain and encrypted.
//! `cargo bench --bench crypt`; `ROUNDTABLE_BENCH_N=50000` for a bigger town. The
//! figures go in BENCHMARKS.md.
//!
//! Plain and encrypted runs alternate, so that both see the same load from the rest of the
//! machine, and each ratio is the median of the ratios of neighbouring pairs. The CPU time
//! of the process (every thread) is shown beside the wall time: an encrypted load opens
//! values on every core, so it spends more CPU than it takes wall time.

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

/// CPU time of this process so far, every thread.
fn cpu() -> Duration {
    // SAFETY: getrusage writes into the struct it is given, nothing else.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// CPU time of the calling thread so far.
fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the struct it is given, nothing else.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Wall time, CPU time (every thread) and the calling thread's CPU time of each of `n`
/// runs of `plain` and of `sealed`, alternating.
type Pairs = [(Vec<Duration>, Vec<Duration>, Vec<Duration>); 2];

/// What each run gives back (the town loaded) is dropped after its times are taken:
/// freeing 146,704 records is not part of loading them, and the program never does it
/// while someone waits (records decoded on another thread are freed more slowly, across
/// malloc's arenas, which once counted against the encrypted load).
fn alternate<R>(n: usize, mut plain: impl FnMut() -> R, mut sealed: impl FnMut() -> R) -> Pairs {
    let mut out: Pairs = Default::default();
    for _ in 0..n {
        for (i, f) in [&mut plain as &mut dyn FnMut() -> R, &mut sealed]
            .into_iter()
            .enumerate()
        {
            let (t, c, own) = (Instant::now(), cpu(), thread_cpu());
            let kept = f();
            out[i].0.push(t.elapsed());
            out[i].1.push(cpu() - c);
            out[i].2.push(thread_cpu() - own);
            drop(kept);
        }
    }
    out
}

/// The rows of one plain / encrypted comparison, and the median of the paired ratios.
fn compare(what: &str, target: &str, [(pw, pc, _), (ew, ec, eo)]: Pairs) {
    let mut ratios: Vec<f64> = pw.iter().zip(&ew).map(|(p, e)| ms(*e) / ms(*p)).collect();
    ratios.sort_by(f64::total_cmp);
    let plain_cpu = ms(median(pc.clone()).0);
    let cpu_ratio = ms(median(ec.clone()).0) / plain_cpu;
    row(&format!("{what}, plain"), pw);
    row(&format!("{what}, encrypted"), ew);
    row(&format!("{what}, plain (CPU time)"), pc);
    // The busiest thread bounds the wall time on free cores: the calling one, or the
    // others together (on two cores, one other).
    let span: Vec<Duration> = ec
        .iter()
        .zip(&eo)
        .map(|(all, own)| (*own).max(all.saturating_sub(*own)))
        .collect();
    let span_ratio = ms(median(span.clone()).0) / plain_cpu;
    row(&format!("{what}, encrypted (CPU time, all threads)"), ec);
    row(
        &format!("{what}, encrypted (CPU time, the busier of calling thread / the others)"),
        span,
    );
    println!(
        "| ratio of those CPU times: busier thread(s) encrypted / plain | {span_ratio:.2}× | the wall ratio on two free cores |"
    );
    println!(
        "| **ratio encrypted / plain, {what}** | **{:.2}×** (pairs {:.2} – {:.2}; CPU {:.2}×) | target {target} |",
        ratios[ratios.len() / 2],
        ratios[0],
        ratios[ratios.len() - 1],
        cpu_ratio
    );
}

fn note_saver(store: &Store) -> impl FnMut() + '_ {
    let mut note = store.load().unwrap().notes[0].clone();
    move || {
        note.text.push('.');
        store.write(|tx| tx.update(&mut note)).unwrap();
    }
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
    // CPU time of this thread: on a machine shared with other work the wall time of a
    // loop this short measures the scheduler.
    let (m, lo, hi) = median(
        (0..9)
            .map(|_| {
                let t = thread_cpu();
                for _ in 0..N {
                    opener
                        .open_into(b"roundtable v1 record", &sealed, &mut buf)
                        .unwrap();
                }
                thread_cpu() - t
            })
            .collect(),
    );
    let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(N);
    println!(
        "| open one {len}-byte value (CPU time) | {:.2} µs | {:.2} – {:.2} µs |",
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

    println!("load average at the start: {}", load_average());
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
    let town = plain.load().unwrap();
    sealed.restore(&town, false).unwrap();
    let values: usize = town.counts().iter().map(|(_, n)| n).sum();
    println!("the town: {values} records, each a value of its own");

    compare(
        "load the town",
        "≤ 1.3×",
        alternate(30, || plain.load().unwrap(), || sealed.load().unwrap()),
    );
    compare(
        "save a note",
        "≤ 1.2×",
        alternate(40, note_saver(&plain), note_saver(&sealed)),
    );
    println!("load average at the end: {}", load_average());
}
