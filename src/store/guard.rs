//! No panic of redb reaches the user. A file damaged outside redb can make redb panic
//! anywhere in a transaction; every store operation runs inside [`Store::guarded`], which
//! turns such a panic into a [`StoreError::Damaged`] naming the file. The panic hook stays
//! quiet for those panics (they are caught), and the TUI's hook must not take them for a
//! crash of the application: [`panicking_inside_store`] tells it.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::{Store, StoreError};

thread_local! {
    /// How many guarded store operations this thread is inside.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// What the last panic inside a guarded operation said, for the error's detail.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// True while this thread runs a guarded store operation: a panic now is caught and
/// reported as a damaged file, not a crash.
pub fn panicking_inside_store() -> bool {
    DEPTH.with(|d| d.get() > 0)
}

/// Wraps the current panic hook so that panics inside guarded store operations print
/// nothing (they are reported once, as an error naming the file). Call once, early.
pub fn quiet_store_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if panicking_inside_store() {
            let what = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            LAST.with(|l| *l.borrow_mut() = Some(what));
            return;
        }
        previous(info);
    }));
}

impl Store {
    /// Runs `f`, turning a panic inside it into [`StoreError::Damaged`]. An uncommitted
    /// write transaction dropped while unwinding is rolled back, so nothing was written.
    pub(crate) fn guarded<R>(
        &self,
        f: impl FnOnce() -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        DEPTH.with(|d| d.set(d.get() + 1));
        let out = catch_unwind(AssertUnwindSafe(f));
        DEPTH.with(|d| d.set(d.get() - 1));
        out.unwrap_or_else(|_| {
            let what = LAST.with(|l| l.borrow_mut().take()).unwrap_or_default();
            let what: String = what
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(120)
                .collect();
            Err(StoreError::Damaged {
                path: self.path.clone(),
                detail: crate::i18n::tf("store-panicked", &[("what", &what)]),
            })
        })
    }
}

/// Runs `f` quietly, `None` if it panicked: for salvage, which goes on past a damaged
/// page to read what else it can.
pub(super) fn attempt<R>(f: impl FnOnce() -> R) -> Option<R> {
    DEPTH.with(|d| d.set(d.get() + 1));
    let out = catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    LAST.with(|l| l.borrow_mut().take());
    out.ok()
}
