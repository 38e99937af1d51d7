//! Every record of one kind read from an encrypted file, opened on every core. The thread
//! that holds the snapshot reads the sealed values out of redb in batches, checks each
//! head and makes the ciphers a batch needs (a case key is read from the file, so only
//! this thread can); workers open and decode the batches as they come. The thread that
//! reads opens a batch itself whenever the workers are behind, and all of them once
//! the table is read. The checks, keys and associated data are those of
//! [`super::sealed`]'s one-value path: only where the work is done changes.
//!
//! A failure is the one the one-value path would report: the first value, in table
//! order, that fails to open or decode (batches carry their place in the table).
//!
//! Plaintext exists only in each thread's one opening buffer (wiped when it ends) and in
//! the records decoded from it, as on the one-value path. The batches hold ciphertext.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::MaybeUninit;
use std::slice::ChunksMut;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use redb::{ReadOnlyTable, ReadableTable, ReadableTableMetadata};
use zeroize::Zeroizing;

mod gather;

use gather::{Done, Filled, gather};

use super::repo::ReadTx;
use super::sealed::{HEAD, ad_into, sealed_head, tampered};
use super::{StoreError, codec};
use crate::crypt::Opener;
use crate::domain::Id;
use crate::domain::dataset::Record;

/// Values per batch: enough to make handing a batch over cheap against opening it
/// (~1 µs a value), few enough that the workers start early and memory stays small.
const BATCH: usize = 512;
/// The most threads a load opens values on (the thread that reads included).
const MAX_THREADS: usize = 4;

/// Sealed values of one table, in table order, copied out of the snapshot. Once opened,
/// a batch goes back to the reading thread to be filled again ([`Queue::spare`]), so
/// that its buffers are allocated a few times per load, not once per batch.
struct Batch<'o, T> {
    /// The place of this batch in the table.
    seq: usize,
    rows: Vec<Row>,
    /// The ciphertexts (`nonce || ciphertext || tag`), one after another.
    bytes: Vec<u8>,
    /// The ciphers of the load so far, with the epoch and case each stands for.
    ciphers: Shared,
    /// Where its records go: its stretch of the table's `Vec` ([`Filled`]).
    slots: &'o mut [MaybeUninit<T>],
}

/// The ciphers a load has met, numbered in the order met, shared read-only with the
/// threads that open the batches.
type Shared = Arc<[((u32, u64), Arc<Opener>)]>;

struct Row {
    id: Id,
    /// Where this value's ciphertext ends in `bytes`.
    end: usize,
    /// Its cipher in `ciphers`.
    cipher: u32,
}

impl<'o, T: Record> Batch<'o, T> {
    /// Opens and decodes every value into the batch's slots, stopping at the first that
    /// fails (the records decoded before it are dropped then).
    fn open(&mut self, opening: &mut Opening) -> Result<Filled<'o, T>, StoreError> {
        let mut out = Filled::new(std::mem::take(&mut self.slots));
        let mut start = 0;
        for row in &self.rows {
            let sealed = &self.bytes[start..row.end];
            start = row.end;
            let ((epoch, case), cipher) = &self.ciphers[row.cipher as usize];
            ad_into(&mut opening.ad, T::KIND, row.id, *epoch, *case);
            cipher
                .open_into(&opening.ad, sealed, &mut opening.buf)
                .map_err(|_| tampered(T::KIND, row.id))?;
            out.push(codec::decode(row.id, &opening.buf)?);
        }
        Ok(out)
    }
}

/// The ciphers one load has met: a number for each (epoch, case), found without
/// hashing for a run of values of one key, and a copy for the batches made again only
/// when a cipher was added since the last.
struct Ciphers {
    numbers: HashMap<(u32, u64), u32, BuildHasherDefault<KeyHasher>>,
    all: Vec<((u32, u64), Arc<Opener>)>,
    last: Option<((u32, u64), u32)>,
    shared: Option<Shared>,
}

impl Ciphers {
    fn new() -> Ciphers {
        Ciphers {
            numbers: HashMap::default(),
            all: Vec::new(),
            last: None,
            shared: None,
        }
    }

    /// The number of the cipher of `key`, made with `make` the first time.
    fn number(
        &mut self,
        key: (u32, u64),
        make: impl FnOnce() -> Result<Arc<Opener>, StoreError>,
    ) -> Result<u32, StoreError> {
        if let Some((k, n)) = self.last
            && k == key
        {
            return Ok(n);
        }
        let n = match self.numbers.get(&key) {
            Some(&n) => n,
            None => {
                let opener = make()?;
                let n = u32::try_from(self.all.len()).unwrap_or(u32::MAX);
                self.all.push((key, opener));
                self.numbers.insert(key, n);
                self.shared = None;
                n
            }
        };
        self.last = Some((key, n));
        Ok(n)
    }

    /// Every cipher met so far, for a batch to carry.
    fn shared(&mut self) -> Shared {
        self.shared
            .get_or_insert_with(|| self.all.as_slice().into())
            .clone()
    }
}

/// Hashes an (epoch, case) pair by multiplying (the keys are few and come from heads
/// already checked; a load looks one up for every value).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// One thread's opening buffer and associated data, reused for every value.
#[derive(Default)]
struct Opening {
    buf: Zeroizing<Vec<u8>>,
    ad: Vec<u8>,
}

/// Where batches wait for a thread to open them, and come back empty to be filled again.
struct Queue<'o, T> {
    batches: Mutex<Receiver<Batch<'o, T>>>,
    /// The place of the first batch known to fail: a batch after it need not be opened.
    failed: AtomicUsize,
    /// Batches opened, emptied but for their capacity.
    spare: Mutex<Vec<Batch<'o, T>>>,
}

impl<'o, T: Record> Queue<'o, T> {
    /// Opens the batches waiting until the queue is closed and empty.
    fn drain(&self, opening: &mut Opening, done: &mut Done<'o, T>) {
        loop {
            let next = self
                .batches
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .recv();
            let Ok(batch) = next else { return };
            self.open(batch, opening, done);
        }
    }

    fn open(&self, mut batch: Batch<'o, T>, opening: &mut Opening, done: &mut Done<'o, T>) {
        if batch.seq <= self.failed.load(Ordering::Relaxed) {
            let opened = batch.open(opening);
            if opened.is_err() {
                self.failed.fetch_min(batch.seq, Ordering::Relaxed);
            }
            done.push((batch.seq, opened));
        }
        batch.rows.clear();
        batch.bytes.clear();
        batch.slots = &mut [];
        self.spare
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(batch);
    }

    /// An empty batch for place `seq` filling `slots`: a spare one, or a new one.
    fn batch(&self, seq: usize, ciphers: Shared, slots: &'o mut [MaybeUninit<T>]) -> Batch<'o, T> {
        let spare = self.spare.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match spare {
            Some(b) => Batch {
                seq,
                ciphers,
                slots,
                ..b
            },
            None => Batch {
                seq,
                rows: Vec::with_capacity(BATCH),
                bytes: Vec::new(),
                ciphers,
                slots,
            },
        }
    }
}

/// How many threads besides the reading one open a table of `len` values.
fn workers(len: u64) -> usize {
    if len <= BATCH as u64 {
        return 0;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.min(MAX_THREADS) - 1
}

/// The batches being read on the thread that holds the snapshot, and what it opened.
struct Reader<'q, 'o, T> {
    batch: Batch<'o, T>,
    /// The stretches of the table's `Vec` not yet given to a batch.
    places: ChunksMut<'o, MaybeUninit<T>>,
    ciphers: Ciphers,
    send: SyncSender<Batch<'o, T>>,
    queue: &'q Queue<'o, T>,
    opening: Opening,
    done: Done<'o, T>,
}

impl<'o, T: Record> Reader<'_, 'o, T> {
    /// Adds one sealed value (its head checked) opened by `cipher` of (epoch, case) `key`.
    fn push(
        &mut self,
        id: Id,
        sealed: &[u8],
        key: (u32, u64),
        cipher: impl FnOnce() -> Result<Arc<Opener>, StoreError>,
    ) -> Result<(), StoreError> {
        let cipher = self.ciphers.number(key, cipher)?;
        self.batch.bytes.extend_from_slice(sealed);
        let end = self.batch.bytes.len();
        self.batch.rows.push(Row { id, end, cipher });
        let room = match self.batch.slots.len() {
            0 => BATCH,
            n => n,
        };
        if self.batch.rows.len() == room {
            self.hand_over();
        }
        Ok(())
    }

    /// Queues the batch for a worker, or opens it on this thread when none is free, and
    /// starts the next one.
    fn hand_over(&mut self) {
        if self.batch.rows.is_empty() {
            return;
        }
        self.batch.ciphers = self.ciphers.shared();
        let slots = self.places.next().unwrap_or_default();
        let next = self
            .queue
            .batch(self.batch.seq + 1, self.batch.ciphers.clone(), slots);
        let batch = std::mem::replace(&mut self.batch, next);
        match self.send.try_send(batch) {
            Ok(()) => {}
            Err(TrySendError::Full(batch) | TrySendError::Disconnected(batch)) => {
                self.queue.open(batch, &mut self.opening, &mut self.done);
            }
        }
    }

    /// Hands over the values read so far; `failure`, if any, comes right after them in
    /// the table. Then opens what is still queued, once the workers know no more comes.
    fn finish(mut self, failure: Option<StoreError>) -> Done<'o, T> {
        self.hand_over();
        if let Some(e) = failure {
            self.done.push((self.batch.seq, Err(e)));
        }
        drop(self.send);
        self.queue.drain(&mut self.opening, &mut self.done);
        self.done
    }
}

impl ReadTx<'_> {
    /// Every record of `T` in `table` of an encrypted file (not the audit trail, which
    /// stays plain), opened on every core, each batch decoding into its own stretch of
    /// the one `Vec` returned.
    pub(super) fn all_sealed<T: Record>(
        &self,
        table: &ReadOnlyTable<u64, &'static [u8]>,
    ) -> Result<Vec<T>, StoreError> {
        let len = table.len().map_err(|e| self.store.db_err(e))?;
        gather(usize::try_from(len).unwrap_or(0), |places| {
            self.open_in_batches(table, places)
        })
    }

    /// Walks `table` on this thread and opens its values in batches on every core, each
    /// batch filling the next of `places`.
    fn open_in_batches<'o, T: Record>(
        &self,
        table: &ReadOnlyTable<u64, &'static [u8]>,
        mut places: ChunksMut<'o, MaybeUninit<T>>,
    ) -> Done<'o, T> {
        let (send, receive) = sync_channel(2 * MAX_THREADS);
        let queue = Queue {
            batches: Mutex::new(receive),
            failed: AtomicUsize::new(usize::MAX),
            spare: Mutex::new(Vec::new()),
        };
        let len = places.len() as u64 * BATCH as u64;
        std::thread::scope(|s| {
            let helpers: Vec<_> = (0..workers(len))
                .map(|_| {
                    s.spawn(|| {
                        let mut done = Vec::new();
                        queue.drain(&mut Opening::default(), &mut done);
                        done
                    })
                })
                .collect();
            let mut ciphers = Ciphers::new();
            let first = places.next().unwrap_or_default();
            let mut reader = Reader {
                batch: queue.batch(0, ciphers.shared(), first),
                places,
                ciphers,
                send,
                queue: &queue,
                opening: Opening::default(),
                done: Vec::new(),
            };
            let failure = self.read_into(table, &mut reader).err();
            let mut done = reader.finish(failure);
            for h in helpers {
                // A worker only opens and decodes: a panic there is a bug, raised here.
                done.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            done
        })
    }

    /// Reads every value of `table` into `reader`, each head checked and its cipher made,
    /// until the end or the first that cannot be read.
    fn read_into<T: Record>(
        &self,
        table: &ReadOnlyTable<u64, &'static [u8]>,
        reader: &mut Reader<'_, '_, T>,
    ) -> Result<(), StoreError> {
        let ring = self.cases.ring(|| self.find_ring())?;
        let fetch = |c| self.fetch_case_key(c);
        for row in table.iter().map_err(|e| self.store.db_err(e))? {
            let (k, v) = row.map_err(|e| self.store.db_err(e))?;
            let (id, bytes) = (k.value(), v.value());
            let key = sealed_head(&ring, T::KIND, id, bytes)?;
            reader.push(id, &bytes[HEAD..], key, || {
                self.cases.cipher(self.store, &ring, key, &fetch)
            })?;
        }
        Ok(())
    }
}
