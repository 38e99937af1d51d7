use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};

/// Record identifier, unique within one record kind.
pub type Id = u64;

/// A Unix account name. Shared: a database holds a handful of names over 100,000
/// records, so each distinct name is kept once in memory.
pub type Who = Arc<str>;

thread_local! {
    static NAMES: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
}

fn shared<'de, D: Deserializer<'de>>(d: D) -> Result<Who, D::Error> {
    let s = String::deserialize(d)?;
    Ok(NAMES.with(|names| {
        let mut names = names.borrow_mut();
        match names.get(s.as_str()) {
            Some(n) => n.clone(),
            None => {
                let n: Arc<str> = Arc::from(s);
                names.insert(n.clone());
                n
            }
        }
    }))
}

/// Bookkeeping every stored record carries. `rev` starts at 1 and grows by one on every
/// saved change; a save that expects another `rev` is refused instead of overwriting a
/// colleague's newer version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub rev: u64,
    #[serde(with = "crate::domain::time::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "shared")]
    pub created_by: Who,
    #[serde(with = "crate::domain::time::utc")]
    pub updated_at: DateTime<Utc>,
    #[serde(deserialize_with = "shared")]
    pub updated_by: Who,
}

impl Meta {
    /// Bookkeeping for a record that has not been saved yet (`rev` 0).
    pub fn new(by: &str, at: DateTime<Utc>) -> Self {
        Meta {
            rev: 0,
            created_at: at,
            created_by: by.into(),
            updated_at: at,
            updated_by: by.into(),
        }
    }

    /// Marks one more saved change.
    pub fn touch(&mut self, by: &str, at: DateTime<Utc>) {
        self.rev += 1;
        self.updated_at = at;
        self.updated_by = by.into();
        if self.rev == 1 {
            self.created_at = at;
            self.created_by = by.into();
        }
    }
}

impl Default for Meta {
    fn default() -> Self {
        Meta::new("", DateTime::<Utc>::UNIX_EPOCH)
    }
}
