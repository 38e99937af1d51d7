use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Record identifier, unique within one record kind.
pub type Id = u64;

/// Bookkeeping every stored record carries. `rev` starts at 1 and grows by one on every
/// saved change; a save that expects another `rev` is refused instead of overwriting a
/// colleague's newer version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub rev: u64,
    #[serde(with = "crate::domain::time::utc")]
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    #[serde(with = "crate::domain::time::utc")]
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

impl Meta {
    /// Bookkeeping for a record that has not been saved yet (`rev` 0).
    pub fn new(by: &str, at: DateTime<Utc>) -> Self {
        Meta {
            rev: 0,
            created_at: at,
            created_by: by.to_owned(),
            updated_at: at,
            updated_by: by.to_owned(),
        }
    }

    /// Marks one more saved change.
    pub fn touch(&mut self, by: &str, at: DateTime<Utc>) {
        self.rev += 1;
        self.updated_at = at;
        self.updated_by = by.to_owned();
        if self.rev == 1 {
            self.created_at = at;
            self.created_by = by.to_owned();
        }
    }
}

impl Default for Meta {
    fn default() -> Self {
        Meta::new("", DateTime::<Utc>::UNIX_EPOCH)
    }
}
