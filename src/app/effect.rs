use std::sync::Arc;

use crate::store::Store;

use super::Action;

/// Work for the store, done off the input path; the result comes back as an [`Action`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Read every record.
    Load,
    /// Read the change counter.
    PollCounter,
}

/// Carries out one effect against the store.
pub fn run_effect(store: &Store, effect: &Effect) -> Action {
    let result = match effect {
        Effect::Load => store.read(|tx| {
            let counter = tx.meta_u64("change_counter")?;
            Ok(Action::Loaded(Arc::new(tx.dataset()?), counter))
        }),
        Effect::PollCounter => store.change_counter().map(Action::Counter),
    };
    result.unwrap_or_else(|e| Action::StoreFailed(e.to_string()))
}
