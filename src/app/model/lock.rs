//! The screen lock: after an idle time (the config's `idle_lock_seconds`) the screen is
//! cleared and asks for the passphrase (an encrypted database) or a confirmation before
//! showing anything again. Everything open stays as it was underneath: a draft being
//! typed is kept.

use super::text::TextField;

/// A passphrase on its way to the store: never printed, not even in debug output.
#[derive(Clone, PartialEq)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: String) -> Self {
        Secret(text)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

#[derive(Debug, Default)]
pub struct Lock {
    /// The passphrase being typed (encrypted databases only), shown masked.
    pub passphrase: TextField,
    /// The last passphrase given was wrong.
    pub refused: bool,
    /// A passphrase was sent to be checked; keys wait for the answer.
    pub checking: bool,
}

impl Lock {
    pub fn new() -> Self {
        Lock {
            passphrase: TextField::single("").masked(),
            ..Default::default()
        }
    }
}
