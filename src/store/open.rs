//! How the database file is opened: once, by descriptor. The path is opened without
//! following a symbolic link, the opened file is checked (`fstat`), and that very file is
//! handed to redb, for reading as for writing. A read-only open or a copy (`check`,
//! `backup`, salvage) reads that same descriptor, never the path again: a link or another
//! file put at the path in between (any member of a shared folder can) is never read.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::time::{Duration, Instant};

use redb::backends::FileBackend;
use redb::{Database, DatabaseError, ReadOnlyDatabase};

use super::{LOCK_PATIENCE, Store, StoreError, reader, refuse_exposed_file, writer};

impl Store {
    /// Opens the file with `open`, waiting while another process holds it.
    pub(super) fn open_with<D>(
        &self,
        open: impl Fn() -> Result<D, DatabaseError>,
    ) -> Result<D, StoreError> {
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            match open() {
                Ok(db) => return Ok(db),
                Err(DatabaseError::DatabaseAlreadyOpen) if start.elapsed() < LOCK_PATIENCE => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(20));
                }
                Err(DatabaseError::DatabaseAlreadyOpen) => {
                    return Err(StoreError::Busy(self.path.clone()));
                }
                Err(e) => return Err(self.db_err(e)),
            }
        }
    }

    fn not_a_plain_file(&self) -> StoreError {
        StoreError::NotADatabase {
            path: self.path.clone(),
            detail: crate::i18n::t("store-not_a_plain_file").to_owned(),
        }
    }

    /// The file at the path, opened without following a link (for writing too when
    /// `write`) and checked on the descriptor: a regular file, nothing else.
    pub(super) fn open_file(&self, write: bool) -> Result<File, StoreError> {
        let file = OpenOptions::new()
            .read(true)
            .write(write)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&self.path)
            .map_err(|e| match e.raw_os_error() {
                Some(libc::ELOOP) => self.not_a_plain_file(),
                _ => StoreError::io(&self.path, e),
            })?;
        let meta = file.metadata().map_err(|e| StoreError::io(&self.path, e))?;
        if !meta.file_type().is_file() {
            return Err(self.not_a_plain_file());
        }
        Ok(file)
    }

    /// redb on `file` (see [`Store::open_file`]), read-only, waiting while a writer
    /// holds it.
    pub(super) fn reader_on(&self, file: &File) -> Result<ReadOnlyDatabase, StoreError> {
        self.open_with(|| {
            reader().open_read_only_with_backend(FileBackend::new(file.try_clone()?)?)
        })
    }

    /// The file opened for reading only, by descriptor, and redb on it; the descriptor
    /// stays for copying exactly the file redb reads.
    pub(super) fn open_reader(&self) -> Result<(ReadOnlyDatabase, File), StoreError> {
        let file = self.open_file(false)?;
        let db = self.reader_on(&file)?;
        Ok((db, file))
    }

    /// The file opened for writing: opened without following a symbolic link, checked on
    /// the open descriptor (fstat, [`refuse_exposed_file`]), and that very file handed to
    /// redb, so that a file swapped in between a check and the open is never written.
    pub(super) fn open_writer(&self) -> Result<Database, StoreError> {
        let file = self.open_file(true)?;
        let meta = file.metadata().map_err(|e| StoreError::io(&self.path, e))?;
        if meta.len() == 0 {
            // Nothing for redb to open: its own open says what is wrong.
            return self.open_with(|| writer().open(&self.path));
        }
        refuse_exposed_file(&self.path, &meta)?;
        self.open_with(|| writer().create_with_backend(FileBackend::new(file.try_clone()?)?))
    }
}

/// Every byte of `file` from its start, whatever its offset (a duplicated descriptor
/// shares it), handed to `sink` piece by piece with its position; returns the length.
pub(super) fn copy_all(
    file: &File,
    mut sink: impl FnMut(u64, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<u64> {
    let mut buf = vec![0u8; 1 << 20];
    let mut at = 0u64;
    loop {
        let n = file.read_at(&mut buf, at)?;
        if n == 0 {
            return Ok(at);
        }
        sink(at, &buf[..n])?;
        at += n as u64;
    }
}
