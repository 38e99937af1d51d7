use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

/// What can go wrong with the database, each in words a coordinator can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: no such database (create one by starting roundtable without --db, or with --demo)", .0.display())]
    Missing(PathBuf),
    #[error("{}: not a roundtable database ({detail})", path.display())]
    NotADatabase { path: PathBuf, detail: String },
    #[error("{}: written by a newer roundtable (schema {found}; this version reads up to {supported}); upgrade roundtable", path.display())]
    Newer {
        path: PathBuf,
        found: u64,
        supported: u64,
    },
    #[error("{}: in use by another process for more than 5 s; try again", .0.display())]
    Busy(PathBuf),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not saved: changed by {by} at {} since you opened it", at.format("%Y-%m-%d %H:%M"))]
    Conflict {
        kind: &'static str,
        id: u64,
        by: String,
        at: DateTime<Utc>,
    },
    #[error("{kind} {id} no longer exists")]
    Gone { kind: &'static str, id: u64 },
    #[error("{kind} {id}: {detail}")]
    Codec {
        kind: &'static str,
        id: u64,
        detail: String,
    },
    #[error("{}: the database is not empty (use --force to replace its contents)", .0.display())]
    NotEmpty(PathBuf),
    #[error("invalid data: {0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Db(String),
}

impl StoreError {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub(crate) fn from_redb(path: &Path, e: redb::Error) -> Self {
        match e {
            redb::Error::Io(source) => StoreError::io(path, source),
            redb::Error::Corrupted(detail) => StoreError::NotADatabase {
                path: path.to_owned(),
                detail,
            },
            redb::Error::UpgradeRequired(v) => StoreError::NotADatabase {
                path: path.to_owned(),
                detail: format!("redb file format {v} needs an upgrade"),
            },
            redb::Error::DatabaseAlreadyOpen => StoreError::Busy(path.to_owned()),
            other => StoreError::Db(other.to_string()),
        }
    }

    /// True when the failure says nothing about the data, only that this attempt did not
    /// get through (disk full, read-only file system, busy): the user may retry.
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Io { .. } | StoreError::Busy(_))
    }
}
