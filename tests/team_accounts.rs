//! Two Unix accounts on one encrypted database, as a team shares it: `init --group`,
//! `team add`, the colleague's first use with the one-time code, both reading and
//! writing, the audit trail naming each, and a folder whose mode no longer fits refused.
//! Needs root (to create the second account with useradd); skipped otherwise.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A group and an account made for the test, removed at the end.
struct Accounts {
    user: String,
    group: String,
    uid: u32,
    gid: u32,
}

impl Accounts {
    fn make() -> Option<Accounts> {
        let tag = std::process::id();
        let (user, group) = (format!("rtbob{tag}"), format!("rtteam{tag}"));
        let ok = |c: &mut Command| c.status().map(|s| s.success()).unwrap_or(false);
        if !ok(Command::new("groupadd").arg(&group)) {
            return None;
        }
        if !ok(Command::new("useradd").args(["-M", "-N", "-g", &group, &user])) {
            let _ = Command::new("groupdel").arg(&group).status();
            return None;
        }
        let id = |flag: &str| -> u32 {
            let o = Command::new("id").args([flag, &user]).output().unwrap();
            String::from_utf8_lossy(&o.stdout).trim().parse().unwrap()
        };
        Some(Accounts {
            uid: id("-u"),
            gid: id("-g"),
            user,
            group,
        })
    }
}

impl Drop for Accounts {
    fn drop(&mut self) {
        let _ = Command::new("userdel").arg(&self.user).status();
        let _ = Command::new("groupdel").arg(&self.group).status();
    }
}

fn private_file(path: &Path, text: &str, owner: Option<(u32, u32)>) -> PathBuf {
    std::fs::write(path, format!("{text}\n")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    if let Some((u, g)) = owner {
        std::os::unix::fs::chown(path, Some(u), Some(g)).unwrap();
    }
    path.to_owned()
}

fn run(
    args: &[&str],
    pass: &Path,
    home: &Path,
    as_user: Option<(u32, u32)>,
    new: Option<&Path>,
) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .arg("--passphrase-file")
        .arg(pass)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", home)
        .env("ROUNDTABLE_INSECURE_TEST_KDF", "1")
        .stdin(std::process::Stdio::null());
    if let Some(n) = new {
        c.env("ROUNDTABLE_NEW_PASSPHRASE_FILE", n);
    }
    if let Some((u, g)) = as_user {
        c.uid(u).gid(g);
    }
    c.output().unwrap()
}

fn check(o: &Output, what: &str) -> String {
    assert!(
        o.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn two_accounts_share_one_encrypted_database() {
    if !support::running_as_root("creating a second account needs root") {
        return;
    }
    let Some(bob) = Accounts::make() else {
        eprintln!("skipped: useradd/groupadd not available");
        return;
    };
    let base = tempfile::tempdir().unwrap();
    std::fs::set_permissions(base.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
    let db = base.path().join("team").join("town.redb");
    let dbs = db.to_str().unwrap().to_owned();
    let root_home = base.path().join("root");
    std::fs::create_dir(&root_home).unwrap();
    let bob_home = base.path().join("bob");
    std::fs::create_dir(&bob_home).unwrap();
    std::os::unix::fs::chown(&bob_home, Some(bob.uid), Some(bob.gid)).unwrap();
    let as_bob = Some((bob.uid, bob.gid));
    if !support::user_can_run_the_binary(bob.uid, bob.gid) {
        return;
    }
    let pass = private_file(&root_home.join("pass"), "root's long passphrase", None);

    check(
        &run(
            &["init", "--group", &bob.group, "--db", &dbs],
            &pass,
            &root_home,
            None,
            None,
        ),
        "init",
    );
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&db).unwrap().mode() & 0o7777, 0o660);
    assert_eq!(
        std::fs::metadata(db.parent().unwrap()).unwrap().mode() & 0o7777,
        0o2770
    );
    let added = check(
        &run(
            &["team", "add", &bob.user, "--db", &dbs],
            &pass,
            &root_home,
            None,
            None,
        ),
        "team add",
    );
    let code = added.split_whitespace().last().unwrap();

    // Bob: the code alone is refused; with it he sets his own passphrase, then reads.
    let code_file = private_file(&bob_home.join("code"), code, as_bob);
    let o = run(
        &["actions", "--db", &dbs],
        &code_file,
        &bob_home,
        as_bob,
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("one-time code"));
    let bob_pass = private_file(&bob_home.join("pass"), "bob's own passphrase", as_bob);
    check(
        &run(
            &["passphrase", "--db", &dbs],
            &code_file,
            &bob_home,
            as_bob,
            Some(&bob_pass),
        ),
        "bob's passphrase",
    );
    let dump = check(
        &run(&["dump", "--db", &dbs], &bob_pass, &bob_home, as_bob, None),
        "bob dumps",
    );
    let data = roundtable::cli::parse_dump(&dump).unwrap();
    let who: Vec<(&str, &str)> = data
        .audit
        .iter()
        .map(|e| (e.who.as_str(), e.kind.key()))
        .collect();
    assert!(who.contains(&("root", "team_added")), "{who:?}");
    assert!(
        who.contains(&(bob.user.as_str(), "passphrase_changed")),
        "{who:?}"
    );
    // Root still reads what bob wrote, and the file stayed the team's.
    check(
        &run(&["audit", "--db", &dbs], &pass, &root_home, None, None),
        "root reads",
    );
    assert_eq!(std::fs::metadata(&db).unwrap().gid(), bob.gid);

    // A folder that lost its setgid bit (or lets others in) is refused, one line.
    std::fs::set_permissions(db.parent().unwrap(), std::fs::Permissions::from_mode(0o770)).unwrap();
    let o = run(
        &["team", "add", "carol", "--db", &dbs],
        &pass,
        &root_home,
        None,
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(e.trim().lines().count(), 1, "{e}");
    assert!(e.contains("2770"), "{e}");
}
