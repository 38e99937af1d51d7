//! The records of one table gathered into one `Vec` as the batches decode them: each
//! batch writes its records straight into its own stretch of the `Vec`'s room, so that
//! no record is moved again once decoded (the one place in the load that needs
//! `unsafe`; its invariants are kept by [`Filled`] and checked by [`settle`]).

use std::mem::MaybeUninit;
use std::slice::ChunksMut;

use super::{BATCH, StoreError};

/// The records one batch decoded: the first `written` of its `slots` (its stretch of
/// the table's `Vec`), then, past the table's stated length, records of its own. The
/// records written are dropped with it unless kept ([`Filled::keep`]) or moved out.
pub(super) struct Filled<'o, T> {
    slots: &'o mut [MaybeUninit<T>],
    written: usize,
    extra: Vec<T>,
}

impl<'o, T> Filled<'o, T> {
    /// Nothing written yet into `slots`.
    pub(super) fn new(slots: &'o mut [MaybeUninit<T>]) -> Filled<'o, T> {
        Filled {
            slots,
            written: 0,
            extra: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, record: T) {
        match self.slots.get_mut(self.written) {
            Some(slot) => {
                slot.write(record);
                self.written += 1;
            }
            None => self.extra.push(record),
        }
    }

    /// Whether every slot holds a record, and nothing lies past them.
    fn whole(&self) -> bool {
        self.written == self.slots.len() && self.extra.is_empty()
    }

    /// Leaves the records written in their slots, for the `Vec` to own.
    fn keep(mut self) {
        self.written = 0;
    }

    /// Moves the records, in order, to the end of `out`.
    fn move_into(mut self, out: &mut Vec<T>) {
        let written = std::mem::take(&mut self.written);
        for slot in &self.slots[..written] {
            // SAFETY: `push` wrote the first `written` slots; `written` is now 0, so
            // each is read once here and never dropped by `Filled`.
            out.push(unsafe { slot.assume_init_read() });
        }
        out.append(&mut self.extra);
    }
}

impl<T> Drop for Filled<'_, T> {
    fn drop(&mut self) {
        for slot in &mut self.slots[..self.written] {
            // SAFETY: `push` wrote the first `written` slots, and nothing else reads
            // or drops them once `written` counts them.
            unsafe { slot.assume_init_drop() };
        }
    }
}

/// Decoded batches (or the failure of one) with their place in the table.
pub(super) type Done<'o, T> = Vec<(usize, Result<Filled<'o, T>, StoreError>)>;
/// What the batches of a table came to: every slot of its `Vec` filled, or the records
/// moved into a new one (the table held another number of values than its length said).
enum Settled<T> {
    Whole,
    Moved(Vec<T>),
}

/// The first failure in table order, or what the batches came to.
fn settle<T>(mut done: Done<'_, T>, len: usize) -> Result<Settled<T>, StoreError> {
    done.sort_by_key(|(seq, _)| *seq);
    let mut batches = Vec::with_capacity(done.len());
    for (_, batch) in done {
        batches.push(batch?);
    }
    let whole = batches.iter().all(Filled::whole)
        && batches.iter().map(|b| b.written).sum::<usize>() == len;
    if whole {
        batches.into_iter().for_each(Filled::keep);
        return Ok(Settled::Whole);
    }
    let mut out = Vec::with_capacity(len);
    for b in batches {
        b.move_into(&mut out);
    }
    Ok(Settled::Moved(out))
}

/// The `len` records of a table, which `fill` decodes in batches, each into its stretch
/// of `BATCH` slots of the one `Vec` (the last may be shorter), or the first failure in
/// table order.
pub(super) fn gather<T>(
    len: usize,
    fill: impl for<'o> FnOnce(ChunksMut<'o, MaybeUninit<T>>) -> Done<'o, T>,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::with_capacity(len);
    let places = out.spare_capacity_mut()[..len].chunks_mut(BATCH);
    match settle(fill(places), len)? {
        Settled::Whole => {
            // SAFETY: `settle` found every batch's slots written and as many records as
            // `len`: the batches' slots, disjoint stretches of the first `len`, cover them
            // all, and none of their records is dropped (`Filled::keep`).
            unsafe { out.set_len(len) };
            Ok(out)
        }
        Settled::Moved(records) => Ok(records),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::store::sealed::tampered;

    /// A record that counts its drops.
    #[derive(Debug)]
    struct Counted<'c>(usize, &'c Cell<usize>);

    impl Drop for Counted<'_> {
        fn drop(&mut self) {
            self.1.set(self.1.get() + 1);
        }
    }

    /// Batch `seq` filling `slots` with the numbers from `from`, `n` of them.
    fn batch<'o, 'c>(
        seq: usize,
        slots: &'o mut [MaybeUninit<Counted<'c>>],
        (from, n): (usize, usize),
        drops: &'c Cell<usize>,
    ) -> (usize, Result<Filled<'o, Counted<'c>>, StoreError>) {
        let mut filled = Filled::new(slots);
        (from..from + n).for_each(|i| filled.push(Counted(i, drops)));
        (seq, Ok(filled))
    }

    fn failure(id: u64) -> StoreError {
        tampered("notes", id)
    }

    fn numbers(v: &[Counted<'_>]) -> Vec<usize> {
        v.iter().map(|c| c.0).collect()
    }

    #[test]
    fn batches_done_in_any_order_fill_one_vec_in_table_order() {
        let drops = Cell::new(0);
        let len = 2 * BATCH + 7;
        let out = gather(len, |places| {
            let mut done: Done<'_, _> = places
                .enumerate()
                .map(|(seq, slots)| {
                    let n = slots.len();
                    batch(seq, slots, (seq * BATCH, n), &drops)
                })
                .collect();
            done.reverse();
            done
        })
        .unwrap();
        assert_eq!(numbers(&out), (0..len).collect::<Vec<_>>());
        assert_eq!(drops.get(), 0);
        drop(out);
        assert_eq!(drops.get(), len, "every record dropped once");
    }

    #[test]
    fn the_earliest_failure_is_reported_and_every_record_decoded_is_dropped_once() {
        let drops = Cell::new(0);
        let e = gather(4 * BATCH, |places| {
            let mut done = Vec::new();
            for (seq, slots) in places.enumerate() {
                done.push(match seq {
                    1 | 3 => (seq, Err(failure(seq as u64))),
                    _ => batch(seq, slots, (seq * BATCH, 100), &drops),
                });
            }
            done.reverse();
            done
        })
        .unwrap_err();
        assert_eq!(e.to_string(), failure(1).to_string());
        assert_eq!(drops.get(), 200);
    }

    #[test]
    fn a_table_longer_or_shorter_than_its_length_keeps_every_record_in_order() {
        let drops = Cell::new(0);
        let shorter = gather(BATCH + 3, |mut places| {
            let first = places.next().unwrap();
            let second = places.next().unwrap();
            vec![
                batch(1, second, (BATCH, 2), &drops),
                batch(0, first, (0, BATCH), &drops),
            ]
        })
        .unwrap();
        assert_eq!(numbers(&shorter), (0..BATCH + 2).collect::<Vec<_>>());
        let longer = gather(BATCH, |mut places| {
            let first = places.next().unwrap();
            vec![
                batch(1, &mut [], (BATCH, 5), &drops),
                batch(0, first, (0, BATCH), &drops),
            ]
        })
        .unwrap();
        assert_eq!(numbers(&longer), (0..BATCH + 5).collect::<Vec<_>>());
        assert_eq!(drops.get(), 0);
        drop((shorter, longer));
        assert_eq!(drops.get(), 2 * BATCH + 7);
    }
}
