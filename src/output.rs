//! Every file the application writes goes through here: dumps, exports, lists, and the
//! interface's exports alike. A written file is always a new private file (mode 0600,
//! whatever the umask), written in full and synced under a temporary name in the
//! target's folder, then put in place in one step that replaces nothing
//! (`renameat2(RENAME_NOREPLACE)`, or `link` + `unlink` where that is not supported).
//!
//! Refused, with one line naming the file: a symbolic link at the target (always, even
//! with `force`: the link's owner chose where it points), the database itself or a hard
//! link to it (always), and an existing file unless `force`. With `force` an existing
//! regular file is replaced by a rename, which never follows a link at the target.
//!
//! Every step works relative to the folder opened once, so that the folder's name cannot
//! be switched under us between the check and the write. What this cannot prevent: the
//! owner of the folder (or root) replacing or reading the file after it is in place.

use std::ffi::{CString, OsStr, OsString};
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::i18n::tf;

/// Why a file was not written.
#[derive(Debug)]
pub enum OutputError {
    /// The target exists and `force` was not given.
    Exists(PathBuf),
    /// The target is a symbolic link.
    Symlink(PathBuf),
    /// The target is the database (or a hard link to it).
    Database(PathBuf),
    /// The target exists and is not a regular file (a folder, a device …).
    NotAFile(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (key, path) = match self {
            OutputError::Exists(p) => ("output-exists", p),
            OutputError::Symlink(p) => ("output-symlink", p),
            OutputError::Database(p) => ("output-database", p),
            OutputError::NotAFile(p) => ("output-not_a_file", p),
            OutputError::Io(p, e) => {
                let shown = crate::domain::sanitize::path(p);
                return write!(f, "{}", tf("output-io", &[("path", &shown), ("error", e)]));
            }
        };
        let shown = crate::domain::sanitize::path(path);
        write!(f, "{}", tf(key, &[("path", &shown)]))
    }
}

impl std::error::Error for OutputError {}

/// What a write may do.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// Replace an existing regular file (never a link, never the database).
    pub force: bool,
    /// Keep an existing file and take the next free name (`name-2.ext` …) instead.
    pub unique: bool,
    /// Device and inode of the database: never written over, whatever the name.
    database: Option<(u64, u64)>,
}

impl Policy {
    /// A policy protecting the database at `database` (its file as it is now).
    pub fn new(force: bool, database: Option<&Path>) -> Policy {
        use std::os::unix::fs::MetadataExt;
        let database = database
            .and_then(|p| std::fs::metadata(p).ok())
            .map(|m| (m.dev(), m.ino()));
        Policy {
            force,
            unique: false,
            database,
        }
    }

    /// A policy that never refuses a taken name: the file gets the next free one.
    pub fn unique(database: Option<&Path>) -> Policy {
        Policy {
            unique: true,
            ..Policy::new(false, database)
        }
    }
}

/// A file being written under a temporary name; [`Pending::commit`] puts it in place.
/// Dropped without a commit, the temporary file is removed.
#[derive(Debug)]
pub struct Pending {
    dir: File,
    target: PathBuf,
    name: OsString,
    tmp: CString,
    file: File,
    policy: Policy,
    placed: bool,
}

fn cstr(name: &OsStr) -> io::Result<CString> {
    CString::new(name.as_bytes()).map_err(|_| io::ErrorKind::InvalidInput.into())
}

fn last_error() -> io::Error {
    io::Error::last_os_error()
}

/// `lstat` of `name` in `dir`: `None` when there is nothing there.
fn lstat_at(dir: &File, name: &CString) -> io::Result<Option<libc::stat>> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: valid descriptor, NUL-terminated name, `st` is written on success only.
    let rc = unsafe {
        libc::fstatat(
            dir.as_raw_fd(),
            name.as_ptr(),
            st.as_mut_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    if rc == 0 {
        // SAFETY: fstatat succeeded and filled `st`.
        return Ok(Some(unsafe { st.assume_init() }));
    }
    match last_error() {
        e if e.raw_os_error() == Some(libc::ENOENT) => Ok(None),
        e => Err(e),
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Creates a fresh temporary file in `dir`: exclusive, no link followed, mode 0600.
fn create_temp(dir: &File) -> io::Result<(CString, File)> {
    let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let tmp = cstr(OsStr::new(&format!(
            ".roundtable-{}-{n}-{nanos}.tmp",
            std::process::id()
        )))?;
        // SAFETY: valid descriptor and NUL-terminated name.
        let fd =
            unsafe { libc::openat(dir.as_raw_fd(), tmp.as_ptr(), flags, 0o600 as libc::c_uint) };
        if fd < 0 {
            let e = last_error();
            if e.raw_os_error() == Some(libc::EEXIST) && n < u64::MAX {
                continue;
            }
            return Err(e);
        }
        // SAFETY: `fd` was just opened and is owned by nobody else.
        let file = unsafe { File::from_raw_fd(fd) };
        // The umask may have taken bits away; the mode is exactly 0600.
        // SAFETY: valid descriptor.
        if unsafe { libc::fchmod(file.as_raw_fd(), 0o600) } != 0 {
            let e = last_error();
            unlink_at(dir, &tmp);
            return Err(e);
        }
        return Ok((tmp, file));
    }
}

fn unlink_at(dir: &File, name: &CString) {
    // SAFETY: valid descriptor and NUL-terminated name.
    unsafe {
        libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0);
    }
}

/// Moves `from` to `to` in `dir` only if `to` does not exist; `EEXIST` otherwise.
fn place_noreplace(dir: &File, from: &CString, to: &CString) -> io::Result<()> {
    let fd = dir.as_raw_fd();
    #[cfg(target_os = "linux")]
    {
        // SAFETY: valid descriptors and NUL-terminated names.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_renameat2,
                fd,
                from.as_ptr(),
                fd,
                to.as_ptr(),
                libc::RENAME_NOREPLACE,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let e = last_error();
        if !matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
            return Err(e);
        }
    }
    link_noreplace(dir, from, to)
}

/// The fallback without renameat2: a new link fails on any existing name (a link there
/// included, which it never follows); then the temporary name goes.
fn link_noreplace(dir: &File, from: &CString, to: &CString) -> io::Result<()> {
    let fd = dir.as_raw_fd();
    // SAFETY: valid descriptors and NUL-terminated names.
    if unsafe { libc::linkat(fd, from.as_ptr(), fd, to.as_ptr(), 0) } != 0 {
        return Err(last_error());
    }
    unlink_at(dir, from);
    Ok(())
}

impl Pending {
    /// Checks the target and opens a temporary file beside it.
    pub fn create(target: &Path, policy: &Policy) -> Result<Pending, OutputError> {
        let io_err = |e| OutputError::Io(target.to_owned(), e);
        let name = target
            .file_name()
            .ok_or_else(|| OutputError::NotAFile(target.to_owned()))?
            .to_owned();
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let dir = open_dir(folder).map_err(io_err)?;
        let (tmp, file) = create_temp(&dir).map_err(io_err)?;
        let pending = Pending {
            dir,
            target: target.to_owned(),
            name,
            tmp,
            file,
            policy: policy.clone(),
            placed: false,
        };
        if !pending.policy.unique {
            pending.check(&pending.name, pending.policy.force)?;
        }
        Ok(pending)
    }

    /// Whether `name` may be the target now.
    fn check(&self, name: &OsStr, force: bool) -> Result<(), OutputError> {
        let path = self.target.with_file_name(name);
        let c = cstr(name).map_err(|e| OutputError::Io(path.clone(), e))?;
        let Some(st) = lstat_at(&self.dir, &c).map_err(|e| OutputError::Io(path.clone(), e))?
        else {
            return Ok(());
        };
        // The widths of dev_t and ino_t differ between platforms.
        #[allow(clippy::unnecessary_cast)]
        let id = (st.st_dev as u64, st.st_ino as u64);
        if self.policy.database == Some(id) {
            return Err(OutputError::Database(path));
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFLNK => Err(OutputError::Symlink(path)),
            libc::S_IFREG if force => Ok(()),
            libc::S_IFREG => Err(OutputError::Exists(path)),
            _ => Err(OutputError::NotAFile(path)),
        }
    }

    /// Syncs the contents and puts the file in place under the target's name (or the
    /// next free one, see [`Policy::unique`]); replaces an existing regular file only
    /// with `force`. Returns where the file is.
    pub fn commit(mut self) -> Result<PathBuf, OutputError> {
        let name = self.name.clone();
        self.sync()?;
        if self.policy.unique {
            return self.place_unique();
        }
        if self.policy.force {
            self.check(&name, true)?;
            let to = cstr(&name).map_err(|e| self.io(e))?;
            let fd = self.dir.as_raw_fd();
            // A rename replaces the name itself and never follows a link there.
            // SAFETY: valid descriptors and NUL-terminated names.
            if unsafe { libc::renameat(fd, self.tmp.as_ptr(), fd, to.as_ptr()) } != 0 {
                return Err(self.io(last_error()));
            }
            return self.finish(&name);
        }
        self.place(&name)
    }

    /// The first free name among `name.ext`, `name-2.ext`, `name-3.ext` …
    fn place_unique(&mut self) -> Result<PathBuf, OutputError> {
        let base = self.name.clone();
        for n in 1..=999 {
            let name = numbered(&base, n);
            match self.place(&name) {
                Err(
                    OutputError::Exists(_) | OutputError::Symlink(_) | OutputError::NotAFile(_),
                )
                | Err(OutputError::Database(_)) => continue,
                other => return other,
            }
        }
        Err(OutputError::Exists(self.target.clone()))
    }

    fn place(&mut self, name: &OsStr) -> Result<PathBuf, OutputError> {
        let to = cstr(name).map_err(|e| self.io(e))?;
        match place_noreplace(&self.dir, &self.tmp, &to) {
            Ok(()) => self.finish(name),
            Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
                // Say what is there; nothing was touched.
                self.check(name, false)?;
                Err(OutputError::Exists(self.target.with_file_name(name)))
            }
            Err(e) => Err(self.io(e)),
        }
    }

    fn sync(&mut self) -> Result<(), OutputError> {
        self.file
            .flush()
            .and_then(|_| self.file.sync_all())
            .map_err(|e| self.io(e))
    }

    fn finish(&mut self, name: &OsStr) -> Result<PathBuf, OutputError> {
        self.placed = true;
        let path = self.target.with_file_name(name);
        self.dir
            .sync_all()
            .map_err(|e| OutputError::Io(path.clone(), e))?;
        Ok(path)
    }

    fn io(&self, e: io::Error) -> OutputError {
        OutputError::Io(self.target.clone(), e)
    }
}

impl Write for Pending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.placed {
            unlink_at(&self.dir, &self.tmp);
        }
    }
}

/// For a file that another library writes by name (the database copy of `backup`): it is
/// written inside a private folder (0700) made beside the target, where no one else can
/// put a link, then made 0600 and put in place by [`Pending::commit`]'s rules.
pub fn write_with<E: From<OutputError>>(
    target: &Path,
    policy: &Policy,
    write: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<PathBuf, E> {
    let pending = Pending::create(target, policy)?;
    let io_err = |e| OutputError::Io(target.to_owned(), e);
    let private = PrivateDir::create(&pending.dir, target).map_err(io_err)?;
    let inner = private.path.join("copy");
    write(&inner)?;
    let copy = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(&inner)
        .map_err(io_err)?;
    // SAFETY: valid descriptor.
    if unsafe { libc::fchmod(copy.as_raw_fd(), 0o600) } != 0 {
        return Err(io_err(last_error()).into());
    }
    copy.sync_all().map_err(io_err)?;
    let from = cstr(OsStr::new("copy")).map_err(io_err)?;
    let fd = pending.dir.as_raw_fd();
    // Over our own temporary file, in the same folder: the copy takes its place.
    // SAFETY: valid descriptors and NUL-terminated names.
    if unsafe {
        libc::renameat(
            private.fd.as_raw_fd(),
            from.as_ptr(),
            fd,
            pending.tmp.as_ptr(),
        )
    } != 0
    {
        return Err(io_err(last_error()).into());
    }
    Ok(pending.commit()?)
}

/// A folder only we can enter, removed with whatever is left in it when dropped.
struct PrivateDir {
    path: PathBuf,
    fd: File,
}

impl PrivateDir {
    fn create(dir: &File, target: &Path) -> io::Result<PrivateDir> {
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let name = format!(".roundtable-{}-{n}.tmp.d", std::process::id());
            let c = cstr(OsStr::new(&name))?;
            // SAFETY: valid descriptor and NUL-terminated name.
            if unsafe { libc::mkdirat(dir.as_raw_fd(), c.as_ptr(), 0o700) } != 0 {
                match last_error() {
                    e if e.raw_os_error() == Some(libc::EEXIST) => continue,
                    e => return Err(e),
                }
            }
            let path = folder.join(&name);
            let fd = open_dir(&path)?;
            return Ok(PrivateDir { path, fd });
        }
    }
}

impl Drop for PrivateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn open_dir(folder: &Path) -> io::Result<File> {
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_CLOEXEC)
        .open(folder)
}

/// `name` for `n == 1`, else `stem-n.ext`.
fn numbered(name: &OsStr, n: u32) -> OsString {
    if n == 1 {
        return name.to_owned();
    }
    let bytes = name.as_bytes();
    let dot = bytes
        .iter()
        .rposition(|&b| b == b'.')
        .filter(|&i| i > 0)
        .unwrap_or(bytes.len());
    let mut out = bytes[..dot].to_vec();
    out.extend_from_slice(format!("-{n}").as_bytes());
    out.extend_from_slice(&bytes[dot..]);
    OsString::from_vec(out)
}

/// Writes `bytes` as a new private file at `target` (see the module's rules).
pub fn write_new(target: &Path, bytes: &[u8], policy: &Policy) -> Result<PathBuf, OutputError> {
    let mut p = Pending::create(target, policy)?;
    p.write_all(bytes)
        .map_err(|e| OutputError::Io(target.to_owned(), e))?;
    p.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_names_keep_the_extension() {
        let n = |s: &str, k| numbered(OsStr::new(s), k).into_string().unwrap();
        assert_eq!(n("a.csv", 1), "a.csv");
        assert_eq!(n("a.csv", 2), "a-2.csv");
        assert_eq!(n("minutes-2026-10-25.md", 3), "minutes-2026-10-25-3.md");
        assert_eq!(n(".hidden", 2), ".hidden-2");
        assert_eq!(n("plain", 2), "plain-2");
    }

    /// Both ways of placing a file: never over an existing name, never through a link.
    #[test]
    fn placing_refuses_existing_names_and_links_both_ways() {
        type Place = fn(&File, &CString, &CString) -> io::Result<()>;
        let ways: [(&str, Place); 2] = [("renameat2", place_noreplace), ("link", link_noreplace)];
        for (way, place) in ways {
            let dir = tempfile::tempdir().unwrap();
            let at = |n: &str| dir.path().join(n);
            std::fs::write(at("there"), "old").unwrap();
            std::os::unix::fs::symlink(at("victim"), at("link")).unwrap();
            let d = open_dir(dir.path()).unwrap();
            let name = |n: &str| cstr(OsStr::new(n)).unwrap();
            let (tmp, mut f) = create_temp(&d).unwrap();
            f.write_all(b"new").unwrap();
            for taken in ["there", "link"] {
                let e = place(&d, &tmp, &name(taken)).unwrap_err();
                assert_eq!(e.raw_os_error(), Some(libc::EEXIST), "{way} {taken}");
            }
            assert_eq!(
                std::fs::read_to_string(at("there")).unwrap(),
                "old",
                "{way}"
            );
            assert!(!at("victim").exists(), "{way} followed the link");
            place(&d, &tmp, &name("free")).unwrap();
            assert_eq!(std::fs::read_to_string(at("free")).unwrap(), "new", "{way}");
            let left = std::fs::read_dir(dir.path()).unwrap().count();
            assert_eq!(left, 3, "{way}: the temporary name is gone");
        }
    }
}
