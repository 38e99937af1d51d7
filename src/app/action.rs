use std::sync::Arc;

use crate::domain::dataset::Dataset;

use super::state::Tab;

/// Everything that can happen to the app: keys resolved through the keymap, and results
/// coming back from the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `q`: leave, asking first when something is unsaved.
    Quit,
    /// Leave now (after the question was answered yes).
    ConfirmQuit,
    /// Esc: close the topmost thing.
    Back,
    NextTab,
    PrevTab,
    GoTab(Tab),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    ToggleHelp,
    /// Re-read everything from the database.
    Reload,
    /// Time passes: poll the change counter when idle.
    Tick,
    /// The store delivered a fresh data set and the change counter it was read at.
    Loaded(Arc<Dataset>, u64),
    /// The change counter, as polled; reload when it moved.
    Counter(u64),
    /// A store operation failed; the text is for the user.
    StoreFailed(String),
}
