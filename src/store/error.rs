use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

/// What can go wrong with the database, each in words a coordinator can act on (the
/// words are in the catalogue, `error.*`).
#[derive(Debug)]
pub enum StoreError {
    Missing(PathBuf),
    NotADatabase {
        path: PathBuf,
        detail: String,
    },
    Newer {
        path: PathBuf,
        found: u64,
        supported: u64,
    },
    Busy(PathBuf),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Conflict {
        kind: &'static str,
        id: u64,
        by: String,
        at: DateTime<Utc>,
    },
    Gone {
        kind: &'static str,
        id: u64,
    },
    Codec {
        kind: &'static str,
        id: u64,
        detail: String,
    },
    NotEmpty(PathBuf),
    /// The file needs a repair (damaged, or left by a crash that redb cannot recover
    /// without one), or redb panicked on it. Nothing was written to it.
    Damaged {
        path: PathBuf,
        detail: String,
    },
    /// Other accounts could read or change the file: everything written would reach them.
    Exposed {
        path: PathBuf,
        mode: u32,
        owner: u32,
    },
    Invalid(String),
    /// A write onto a person erased meanwhile (their record or a contact logged with
    /// them): refused, whoever asks. Known by its kind, so that a form left open on them
    /// can say so whatever the message's language.
    Erased {
        kind: &'static str,
        id: u64,
    },
    Db(String),
    /// An encrypted file that could not be opened: a wrong passphrase, a changed or
    /// moved value, keys missing. One line, never the data.
    Locked {
        path: PathBuf,
        detail: String,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::{t, tf};
        let text = match self {
            StoreError::Missing(p) => tf("error-missing", &[("path", &p.display())]),
            StoreError::Exposed { path, mode, owner } => tf(
                "error-exposed",
                &[
                    ("path", &path.display()),
                    ("mode", &format!("{mode:o}")),
                    ("owner", owner),
                ],
            ),
            StoreError::NotADatabase { path, detail } => tf(
                "error-not_a_database",
                &[("path", &path.display()), ("detail", detail)],
            ),
            StoreError::Newer {
                path,
                found,
                supported,
            } => tf(
                "error-newer_file",
                &[
                    ("path", &path.display()),
                    ("found", found),
                    ("supported", supported),
                ],
            ),
            StoreError::Busy(p) => tf("error-busy", &[("path", &p.display())]),
            StoreError::Io { path, source } => {
                tf("error-io", &[("path", &path.display()), ("detail", source)])
            }
            StoreError::Conflict { by, at, .. } => tf(
                "error-conflict",
                &[("by", by), ("at", &at.format("%Y-%m-%d %H:%M"))],
            ),
            StoreError::Gone { kind, id } => tf("error-gone", &[("kind", kind), ("id", id)]),
            StoreError::Codec { kind, id, detail } => tf(
                "error-codec",
                &[("kind", kind), ("id", id), ("detail", detail)],
            ),
            StoreError::NotEmpty(p) => tf("error-not_empty", &[("path", &p.display())]),
            StoreError::Damaged { path, detail } => tf(
                "error-damaged",
                &[
                    (
                        "path",
                        &crate::domain::sanitize::line(&path.display().to_string()),
                    ),
                    ("detail", detail),
                ],
            ),
            StoreError::Invalid(d) => tf("error-invalid", &[("detail", d)]),
            StoreError::Erased { .. } => {
                tf("error-invalid", &[("detail", &t("store-person_erased"))])
            }
            StoreError::Db(d) => tf("error-db", &[("detail", d)]),
            StoreError::Locked { path, detail } => tf(
                "error-locked",
                &[
                    ("path", &crate::domain::sanitize::path(path)),
                    ("detail", detail),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
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
            redb::Error::RepairAborted => StoreError::Damaged {
                path: path.to_owned(),
                detail: crate::i18n::t("store-needs_repair").to_owned(),
            },
            other => StoreError::Db(other.to_string()),
        }
    }
}
