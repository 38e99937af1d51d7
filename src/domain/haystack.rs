//! The folded fields of many records in one text, searched at once (the search of the
//! whole database, `app::model::search`): a key costs one pass of a substring searcher
//! over the whole text, built once per key, not a call per field of each of 126,000
//! records; on a large text the pass is cut in parts at record boundaries, one per core.
//!
//! A hit is a record number only. Where in the record the query is (`Haystack::find`) is
//! asked for the rows on screen, not for every record found: a query of one letter finds
//! nine records in ten.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use memchr::memmem::Finder;

use super::find::{Found, Query, fold_char};

/// Below this many records to look at again, narrowing runs on one thread.
const SPLIT_RECORDS: usize = 1 << 17;

#[derive(Debug, Default)]
pub struct Haystack {
    text: String,
    /// Where each record's first field starts in `text`.
    records: Vec<usize>,
    /// Where each field starts in `text`, all records' in a row.
    fields: Vec<usize>,
    /// Each record's first field in `fields`.
    first_field: Vec<usize>,
    /// Each record's bytes as bits (`bit`): which letters and digits it holds, exactly,
    /// and of the other bytes a hint. A query of one-letter words ("s", "a b") is found
    /// in these alone, ~1 ns a record, where a pass of the text stops at nine records in
    /// ten.
    bytes: Vec<u64>,
}

/// The bit of byte `b` in a record's `bytes`, and whether that bit is `b`'s alone.
fn bit(b: u8) -> (u64, bool) {
    match b {
        b'a'..=b'z' => (1 << (b - b'a'), true),
        b'0'..=b'9' => (1 << (26 + b - b'0'), true),
        _ => (1 << (36 + b % 28), false),
    }
}

/// The bits of all of `text`'s bytes.
fn bits(text: &[u8]) -> u64 {
    text.iter().fold(0, |bits, &b| bits | bit(b).0)
}

/// The bits of a query whose every word is one letter or digit: a record holds the
/// query exactly when it holds these bits.
fn exact_bits(query: &Query) -> Option<u64> {
    query
        .words()
        .iter()
        .try_fold(0, |bits, w| match w.as_bytes() {
            [b] if bit(*b).1 => Some(bits | bit(*b).0),
            _ => None,
        })
}

/// The words of a query, each with its searcher built once per key.
struct Needles<'q> {
    /// The longest word, which the pass of the text looks for: the longer, the fewer
    /// records it stops at ("e sa" stops where "sa" is).
    lead: Finder<'q>,
    /// The other words, looked for in each record that holds the lead.
    rest: Vec<Finder<'q>>,
    /// The other words of one letter or digit, as bits of a record's `bytes`.
    bits: u64,
}

impl<'q> Needles<'q> {
    /// None for an empty query, which finds nothing.
    fn of(query: &'q Query) -> Option<Self> {
        let words = query.words();
        let lead = (0..words.len()).max_by_key(|&i| (words[i].len(), std::cmp::Reverse(i)))?;
        let mut needles = Needles {
            lead: Finder::new(words[lead].as_bytes()),
            rest: Vec::new(),
            bits: 0,
        };
        for (_, w) in words.iter().enumerate().filter(|&(i, _)| i != lead) {
            match w.as_bytes() {
                [b] if bit(*b).1 => needles.bits |= bit(*b).0,
                _ => needles.rest.push(Finder::new(w.as_bytes())),
            }
        }
        Some(needles)
    }
}

impl Haystack {
    /// Adds a record with these fields (as shown: they are folded here); returns its
    /// number.
    pub fn push(&mut self, fields: &[&str]) -> usize {
        self.records.push(self.text.len());
        self.first_field.push(self.fields.len());
        for f in fields {
            self.fields.push(self.text.len());
            self.text.extend(f.chars().map(fold_char));
            // No word of a query holds a line break: a match never spans two fields.
            self.text.push('\n');
        }
        let start = *self.records.last().unwrap_or(&0);
        self.bytes.push(bits(&self.text.as_bytes()[start..]));
        self.records.len() - 1
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Where record `record` starts in `text` (the text's end past the last).
    fn start(&self, record: usize) -> usize {
        self.records.get(record).copied().unwrap_or(self.text.len())
    }

    fn bytes_of(&self, record: usize) -> &[u8] {
        let start = self.start(record).min(self.text.len());
        &self.text.as_bytes()[start..self.start(record + 1)]
    }

    /// Where record `record` holds `query`, if it holds every word: the field of the
    /// first word and its place there, in characters.
    pub fn find(&self, query: &Query, record: usize) -> Option<Found> {
        let (first, rest) = query.words().split_first()?;
        let start = *self.records.get(record)?;
        let text = &self.text[start..self.start(record + 1)];
        if !rest.iter().all(|w| text.contains(w.as_str())) {
            return None;
        }
        let at = start + text.find(first.as_str())?;
        let fields = &self.fields[self.first_field[record]..];
        let field = fields.partition_point(|&f| f <= at).saturating_sub(1);
        Some(Found {
            field,
            at: self.text[fields[field]..at].chars().count(),
            len: first.chars().count(),
        })
    }

    /// Every record that holds `query` and that `keep` keeps, in order, on this thread: a
    /// long text is passed with the helper threads by `haystack_split::search`, which
    /// calls this one below its size.
    pub fn search(&self, query: &Query, keep: impl Fn(usize) -> bool + Sync) -> Vec<usize> {
        self.search_in(query, keep, 1)
    }

    /// [`Haystack::search`] on `threads` threads, each taking the next of many parts of
    /// about as many bytes until none is left.
    pub fn search_in(
        &self,
        query: &Query,
        keep: impl Fn(usize) -> bool + Sync,
        threads: usize,
    ) -> Vec<usize> {
        let Some(needles) = Needles::of(query) else {
            return Vec::new();
        };
        if let Some(bits) = exact_bits(query) {
            return (self.bytes.iter().enumerate())
                .filter(|&(r, &b)| b & bits == bits && keep(r))
                .map(|(r, _)| r)
                .collect();
        }
        let ranges = self.parts(chunks(threads));
        in_parts(ranges, threads, |range| self.scan(&needles, &keep, range))
    }

    /// The records cut into `n` runs of about as many bytes of text each.
    pub fn parts(&self, n: usize) -> Vec<Range<usize>> {
        let n = n.max(1);
        let cuts: Vec<usize> = (0..=n)
            .map(|i| {
                let byte = self.text.len() * i / n;
                self.records.partition_point(|&s| s < byte)
            })
            .collect();
        cuts.windows(2).map(|w| w[0]..w[1]).collect()
    }

    /// Bytes of folded text: what a pass of it reads.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// Whether `query` is found from each record's letters alone (every word one letter
    /// or digit), without a pass of the text.
    pub fn by_letters(query: &Query) -> bool {
        exact_bits(query).is_some()
    }

    /// The records of `range` that hold `query`, in order: one part of a pass of the text
    /// ([`Haystack::parts`]), for a pass shared between threads.
    pub fn search_part(&self, query: &Query, range: Range<usize>) -> Vec<usize> {
        match Needles::of(query) {
            Some(needles) => self.scan(&needles, &|_| true, range),
            None => Vec::new(),
        }
    }

    /// Whether record `record` holds every word but the lead.
    fn holds_rest(&self, needles: &Needles, record: usize) -> bool {
        let bits = self.bytes.get(record).copied().unwrap_or(0);
        let text = self.bytes_of(record);
        bits & needles.bits == needles.bits && needles.rest.iter().all(|w| w.find(text).is_some())
    }

    /// The record that holds byte `at`, one of `from..to` (`from` starts at or before
    /// it): looked for close to `from` first, where it mostly is (the next hit of a
    /// common word is in the next record or the one after).
    fn record_at(&self, at: usize, from: usize, to: usize) -> usize {
        let mut step = 1;
        let mut low = from;
        while low + step < to && self.records[low + step] <= at {
            low += step;
            step *= 2;
        }
        let high = (low + step).min(to);
        low + self.records[low..high].partition_point(|&s| s <= at) - 1
    }

    /// The records of `range` that hold every word and that `keep` keeps: one pass of
    /// the first word's searcher over their text; where it hits, the rest of the words
    /// in that record only, and the pass goes on at the next record.
    fn scan(
        &self,
        needles: &Needles,
        keep: &(impl Fn(usize) -> bool + Sync),
        range: Range<usize>,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        let bytes = self.text.as_bytes();
        let end = self.start(range.end);
        let mut record = range.start;
        // `from` is always where `record` starts.
        let mut from = self.start(record);
        while record < range.end {
            let Some(off) = needles.lead.find(&bytes[from..end]) else {
                break;
            };
            let at = from + off;
            record = self.record_at(at, record, range.end);
            let next = self.start(record + 1);
            if keep(record) && self.holds_rest(needles, record) {
                out.push(record);
            }
            record += 1;
            from = next;
        }
        out
    }

    /// Those of `items` whose record (`record_of`) holds every word of `query`, in
    /// order: the hits of a shorter query looked at again for a longer one.
    pub fn narrow<T: Copy + Send + Sync>(
        &self,
        query: &Query,
        items: &[T],
        record_of: impl Fn(&T) -> usize + Sync,
    ) -> Vec<T> {
        let threads = if items.len() < SPLIT_RECORDS {
            1
        } else {
            cores()
        };
        self.narrow_in(query, items, record_of, threads)
    }

    /// [`Haystack::narrow`] on `threads` threads, as [`Haystack::search_in`].
    pub fn narrow_in<T: Copy + Send + Sync>(
        &self,
        query: &Query,
        items: &[T],
        record_of: impl Fn(&T) -> usize + Sync,
        threads: usize,
    ) -> Vec<T> {
        let Some(needles) = Needles::of(query) else {
            return Vec::new();
        };
        if let Some(bits) = exact_bits(query) {
            return (items.iter())
                .filter(|item| {
                    self.bytes
                        .get(record_of(item))
                        .is_some_and(|&b| b & bits == bits)
                })
                .copied()
                .collect();
        }
        let (chunks, n) = (chunks(threads), items.len());
        let ranges = (0..chunks)
            .map(|i| n * i / chunks..n * (i + 1) / chunks)
            .collect();
        in_parts(ranges, threads, |range| {
            (items[range].iter())
                .filter(|item| {
                    let record = record_of(item);
                    let text = self.bytes_of(record);
                    needles.lead.find(text).is_some() && self.holds_rest(&needles, record)
                })
                .copied()
                .collect()
        })
    }
}

/// The cores to search on (two on the servers this runs on).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
}

/// Into how many parts work for `threads` threads is cut: many small ones, so that a
/// thread that a busy machine starts late takes fewer of them, not half of the work
/// that the others then wait for.
fn chunks(threads: usize) -> usize {
    if threads <= 1 { 1 } else { threads * 16 }
}

/// `work` over each range, on this thread and `threads - 1` others, each taking the next
/// range left; the results in the ranges' order.
fn in_parts<T: Send>(
    ranges: Vec<Range<usize>>,
    threads: usize,
    work: impl Fn(Range<usize>) -> Vec<T> + Sync,
) -> Vec<T> {
    if threads <= 1 || ranges.len() <= 1 {
        return ranges.into_iter().flat_map(&work).collect();
    }
    let next = AtomicUsize::new(0);
    let take = || {
        let mut done = Vec::new();
        while let Some(range) = ranges.get(next.fetch_add(1, Ordering::Relaxed)) {
            done.push((range.start, work(range.clone())));
        }
        done
    };
    let mut done = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(take)).collect();
        let mut done = take();
        for other in others {
            match other.join() {
                Ok(part) => done.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_by_key(|(start, _)| *start);
    done.into_iter().flat_map(|(_, part)| part).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_haystack_finds_what_each_record_holds_in_order_and_where() {
        let mut h = Haystack::default();
        h.push(&["Els Van Damme", "CAW Marlevoorde", "outreach worker"]);
        h.push(&["L'élève ne vient plus"]);
        h.push(&["Hélène Dupré", "École De Brug", "teacher"]);
        let q = |s: &str| Query::new(s);
        assert_eq!(h.search(&q("ECOLE"), |_| true), vec![2]);
        assert_eq!(
            h.find(&q("ECOLE"), 2),
            Some(Found {
                field: 1,
                at: 0,
                len: 5
            })
        );
        let records = |s: &str| h.search(&q(s), |_| true);
        assert_eq!(records("e"), vec![0, 1, 2]);
        assert_eq!(records("eleve"), vec![1]);
        assert_eq!(records("teacher helene"), vec![2]);
        assert_eq!(records("worker helene"), Vec::<usize>::new(), "two records");
        assert_eq!(records("damme caw"), vec![0]);
        assert_eq!(records("mmecaw"), Vec::<usize>::new(), "two fields");
        assert_eq!(h.search(&q("e"), |r| r != 1).len(), 2);
        assert_eq!(h.narrow(&q("helene"), &[0, 1, 2], |&r| r), vec![2]);
        assert_eq!(
            h.find(&q("worker"), 0),
            Some(Found {
                field: 2,
                at: 9,
                len: 6
            })
        );
        assert_eq!(
            h.find(&q("dupre"), 2),
            Some(Found {
                field: 0,
                at: 7,
                len: 5
            })
        );
        assert!(h.search(&q(""), |_| true).is_empty());
        assert_eq!(h.find(&q("worker"), 3), None, "no such record");
    }

    fn records() -> impl Strategy<Value = Vec<Vec<String>>> {
        let field = "[abé É\n]{0,6}";
        proptest::collection::vec(proptest::collection::vec(field, 0..3), 0..40)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

        /// In any number of parts, the search and the narrowing find what a look at each
        /// record's fields on its own finds.
        #[test]
        fn the_search_in_parts_finds_what_each_record_holds(
            records in records(),
            query in "[abé É]{0,5}",
            parts in 1usize..5,
            skip in 0usize..4,
        ) {
            let mut h = Haystack::default();
            for r in &records {
                let fields: Vec<&str> = r.iter().map(String::as_str).collect();
                h.push(&fields);
            }
            let query = Query::new(&query);
            let keep = |r: usize| skip == 0 || !r.is_multiple_of(skip);
            let each: Vec<usize> = (0..records.len())
                .filter(|&r| {
                    let folded: Vec<String> = records[r].iter().map(|f| super::super::find::fold(f)).collect();
                    let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
                    keep(r) && query.find(&refs).is_some()
                })
                .collect();
            prop_assert_eq!(&h.search_in(&query, keep, parts), &each);
            let all: Vec<usize> = (0..records.len()).filter(|&r| keep(r)).collect();
            prop_assert_eq!(&h.narrow_in(&query, &all, |&r| r, parts), &each);
            for &r in &each {
                prop_assert!(h.find(&query, r).is_some());
            }
        }
    }
}
