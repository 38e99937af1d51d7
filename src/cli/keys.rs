//! The commands of encryption at rest: `init`, `encrypt`, `passphrase` and `team`.
//! Passphrases come from a prompt without echo or a passphrase file, never an argument.

use std::path::Path;

use clap::Subcommand;

use super::{Failure, say, say_err};
use crate::crypt::passphrase;
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::i18n::{t, tf};
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Give a colleague (a Unix account) access: prints a one-time code for them, which
    /// they replace with their own passphrase (`roundtable passphrase`)
    Add {
        /// The colleague's Unix account name
        user: String,
    },
    /// Who has access
    List,
    /// Take someone's access away; the data key is replaced, so that a copy of the old
    /// one opens nothing written afterwards
    Remove {
        /// The colleague's Unix account name
        user: String,
    },
}

fn shown(path: &Path) -> String {
    crate::domain::sanitize::path(path).to_string()
}

/// `roundtable init`: a new encrypted database; the recovery key is printed once.
pub(super) fn init(path: &Path, group: Option<&str>) -> Result<(), Failure> {
    let group = group.map(super::group::lookup).transpose()?;
    let pass = passphrase::read_new(true)?;
    let (store, recovery) = Store::init_encrypted(path, &pass)?;
    if let Some(gid) = group {
        super::group::share(path, gid)?;
    }
    drop(store);
    say(&tf("crypt-created", &[("path", &shown(path))]));
    say(&tf("crypt-recovery_once", &[("key", &recovery.as_str())]));
    Ok(())
}

/// `roundtable encrypt`: a plain database, encrypted in place.
pub(super) fn encrypt(path: &Path) -> Result<(), Failure> {
    let store = Store::open(path, false)?;
    if store.is_encrypted() {
        return Err(t("crypt-already_encrypted").into());
    }
    let pass = passphrase::read_new(true)?;
    let recovery = store.encrypt_in_place(&pass)?;
    drop(store);
    Store::open(path, false)?.write(|tx| {
        tx.append_audit(AuditEvent::new(
            AuditKind::Encrypted,
            "database".to_owned(),
            "every record sealed",
        ))
    })?;
    say(&tf("crypt-encrypted", &[("path", &shown(path))]));
    say(&tf("crypt-recovery_once", &[("key", &recovery.as_str())]));
    say_err(t("crypt-old_blocks"));
    Ok(())
}

/// `roundtable passphrase`: set or change one's own passphrase (from the one-time code
/// of `team add`, the current passphrase, or the recovery key).
pub(super) fn change(path: &Path) -> Result<(), Failure> {
    let store = Store::open_keyless(path, true)?;
    let current = passphrase::read(&tf("crypt-prompt_current", &[("path", &shown(path))]))?;
    let new = passphrase::read_new(false)?;
    store.change_passphrase(&current, &new)?;
    say(&tf("crypt-passphrase_set", &[("user", &store.user())]));
    Ok(())
}

pub(super) fn team(path: &Path, what: TeamCommand) -> Result<(), Failure> {
    // `team list` needs no key; the others unlock when they need it.
    let store = Store::open_keyless(path, true)?;
    match what {
        TeamCommand::List => {
            for m in store.team()? {
                let key = if m.pending {
                    "crypt-member_pending"
                } else {
                    "crypt-member"
                };
                say(&tf(key, &[("user", &m.user)]));
            }
        }
        TeamCommand::Add { user } => {
            let code = store.team_add(&user)?;
            say(&tf(
                "crypt-added",
                &[("user", &user), ("code", &code.as_str())],
            ));
        }
        TeamCommand::Remove { user } => {
            store.team_remove(&user)?;
            say(&tf("crypt-removed", &[("user", &user)]));
        }
    }
    Ok(())
}
