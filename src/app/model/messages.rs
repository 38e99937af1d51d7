//! The last messages shown on the status line, kept so that one cut short or replaced
//! can be read again. In memory only: messages may name people.

use std::collections::VecDeque;

use super::state::Status;

/// How many messages the log keeps.
pub const KEPT: usize = 50;

#[derive(Debug, Default)]
pub struct MessageLog {
    entries: VecDeque<Status>,
    /// The status as last observed, so that a message standing over several updates is
    /// logged once, and the same text shown again later is logged again.
    seen: Option<Status>,
    pub scroll: super::scroll::Scroll,
}

impl MessageLog {
    /// Logs `status` if it is a new message since the last call; whether the status line
    /// changed since then (a new message, or none).
    pub fn observe(&mut self, status: &Option<Status>) -> bool {
        if *status == self.seen {
            return false;
        }
        if let Some(s) = status {
            if self.entries.len() == KEPT {
                self.entries.pop_front();
            }
            self.entries.push_back(s.clone());
        }
        self.seen = status.clone();
        true
    }

    pub fn newest_first(&self) -> impl Iterator<Item = &Status> {
        self.entries.iter().rev()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
