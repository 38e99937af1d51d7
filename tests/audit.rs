//! The audit trail from outside: what is recorded, what it holds, and the witnesses that
//! leave the file (exports and the system log).

use std::path::Path;
use std::process::{Command, Output};

use roundtable::domain::audit::AuditEvent;
use roundtable::domain::dataset::Dataset;
use roundtable::store::Store;

mod support;

fn roundtable(args: &[&str]) -> Output {
    roundtable_env(args, &[])
}

fn roundtable_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_roundtable"));
    c.args(args)
        .env_remove("ROUNDTABLE_DB")
        .env("HOME", std::env::temp_dir());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn filled_db(dir: &Path) -> String {
    let path = dir.join("town.redb");
    let store = Store::open_as(&path, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    path.display().to_string()
}

fn trail(db: &str) -> Vec<AuditEvent> {
    Store::open(db.as_ref(), false)
        .unwrap()
        .load()
        .unwrap()
        .audit
}

fn last_kind(db: &str) -> String {
    format!("{:?}", trail(db).last().unwrap().kind)
}

/// A session and a recipient for whom something is included and something withheld.
fn session_with_withheld(data: &Dataset) -> (u64, u64) {
    use roundtable::export::minutes::preview;
    for s in &data.sessions {
        for p in &data.stakeholders {
            let v = preview(data, s, p.id);
            if !v.withheld.is_empty() && !v.included.is_empty() {
                return (s.id, p.id);
            }
        }
    }
    panic!("the demo has a session with something withheld")
}

fn ok(o: &Output) {
    assert!(o.status.success(), "{}", stderr(o));
}

#[test]
fn dump_backup_and_restore_are_audited() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let before = trail(&db).len();
    let dump = dir.path().join("d.json");
    ok(&roundtable(&[
        "dump",
        "--db",
        &db,
        "--out",
        dump.to_str().unwrap(),
    ]));
    assert_eq!(trail(&db).len(), before + 1);
    assert_eq!(last_kind(&db), "Dump");
    // A dump to standard output leaves the application too.
    ok(&roundtable(&["dump", "--db", &db]));
    assert_eq!(last_kind(&db), "Dump");

    let copy = dir.path().join("copy.redb");
    ok(&roundtable(&[
        "backup",
        copy.to_str().unwrap(),
        "--db",
        &db,
    ]));
    assert_eq!(last_kind(&db), "Backup");

    let target = dir.path().join("restored.redb");
    let target = target.to_str().unwrap();
    ok(&roundtable(&[
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target,
    ]));
    let t = trail(target);
    assert_eq!(format!("{:?}", t.last().unwrap().kind), "Restore");
    assert_eq!(t.len(), before + 2, "the dump's trail, then the restore");
    ok(&roundtable(&["check", "--db", target]));
}

#[test]
fn switching_a_sharing_rule_off_is_audited() {
    use roundtable::app::model::record::{AnyRecord, Change, apply};
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let store = Store::open(db.as_ref(), false).unwrap();
    let data = store.load().unwrap();
    let mut rule = data
        .sharing_rules
        .iter()
        .find(|r| r.active)
        .expect("the demo has an active rule")
        .clone();
    let before = data.audit.len();
    rule.active = false;
    store
        .write(|tx| apply(tx, &[Change::Put(AnyRecord::Rule(rule.clone()))]))
        .unwrap();
    let t = store.load().unwrap().audit;
    assert_eq!(t.len(), before + 1);
    let e = t.last().unwrap();
    assert_eq!(format!("{:?}", e.kind), "RuleOff");
    assert_eq!(e.subject, format!("rule:{}", rule.id));
    // Saving it again while off, or changing something else, is no second switch.
    let mut again = store.load().unwrap().sharing_rules;
    let r = again.iter_mut().find(|r| r.id == rule.id).unwrap();
    store
        .write(|tx| apply(tx, &[Change::Put(AnyRecord::Rule(r.clone()))]))
        .unwrap();
    assert_eq!(store.load().unwrap().audit.len(), before + 1);
}

/// Every `withheld.*` reason as the catalogue translates it.
fn translated_reasons() -> Vec<&'static str> {
    use roundtable::domain::disclosure::Withheld::*;
    [
        Red,
        NotPresent,
        NotInvited,
        NotMember,
        NotInvolved,
        NotForFeedback,
    ]
    .iter()
    .map(|w| roundtable::i18n::t(w.key()))
    .collect()
}

#[test]
fn entries_hold_ids_and_keys_never_paths_names_or_translated_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let data = support::full_dataset();
    let (session, who) = session_with_withheld(&data);
    let name = data
        .stakeholders
        .iter()
        .find(|s| s.id == who)
        .unwrap()
        .name
        .clone();
    let minutes = dir.path().join("minutes-secret-place.md");
    ok(&roundtable(&[
        "export",
        "minutes",
        "--db",
        &db,
        "--session",
        &session.to_string(),
        "--for",
        &name,
        "--out",
        minutes.to_str().unwrap(),
    ]));
    let dump = dir.path().join("dump-secret-place.json");
    ok(&roundtable(&[
        "dump",
        "--db",
        &db,
        "--out",
        dump.to_str().unwrap(),
    ]));
    let copy = dir.path().join("backup-secret-place.redb");
    ok(&roundtable(&[
        "backup",
        copy.to_str().unwrap(),
        "--db",
        &db,
    ]));

    let t = trail(&db);
    let export = t
        .iter()
        .find(|e| e.subject == format!("session:{session}"))
        .expect("the export is recorded");
    assert!(!export.withheld.is_empty());
    let stored = serde_json::to_string(&t[1..]).unwrap();
    for secret in ["secret-place", name.as_str()] {
        assert!(!stored.contains(secret), "{secret} in the trail: {stored}");
    }
    for reason in translated_reasons() {
        assert!(
            !stored.contains(reason),
            "'{reason}' in the trail: {stored}"
        );
    }
    // Nor anywhere in the file: a path is never written down.
    let raw = std::fs::read(&db).unwrap();
    assert!(
        !raw.windows(12).any(|w| w == b"secret-place"),
        "a path in the database file"
    );
    // The reasons are still shown, translated, when the trail is read.
    let o = roundtable(&["audit", "--db", &db]);
    ok(&o);
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(
        translated_reasons().iter().any(|r| shown.contains(r)),
        "{shown}"
    );
}

/// `SEQ:HASH` as written in an export.
fn witness_in(text: &str) -> String {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':'))
        .find(|w| {
            w.split_once(':').is_some_and(|(seq, hash)| {
                !seq.is_empty()
                    && seq.bytes().all(|b| b.is_ascii_digit())
                    && hash.len() == 64
                    && hash.bytes().all(|b| b.is_ascii_hexdigit())
            })
        })
        .unwrap_or_else(|| panic!("no witness in:\n{text}"))
        .to_owned()
}

fn check_witness(db: &str, witness: &str) -> Output {
    roundtable(&["check", "--db", db, "--witness", witness])
}

#[test]
fn every_export_carries_a_witness_that_check_confirms() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let data = support::full_dataset();
    let (session, who) = session_with_withheld(&data);
    let case = data.cases[0].reference.to_string();
    let out = |name: &str| dir.path().join(name).display().to_string();
    let runs: Vec<Vec<String>> = vec![
        vec!["dump".into(), "--out".into(), out("d.json")],
        vec![
            "export".into(),
            "minutes".into(),
            "--session".into(),
            session.to_string(),
            "--for".into(),
            who.to_string(),
            "--out".into(),
            out("m.md"),
        ],
        vec![
            "export".into(),
            "minutes".into(),
            "--session".into(),
            session.to_string(),
            "--for".into(),
            who.to_string(),
            "--format".into(),
            "txt".into(),
            "--out".into(),
            out("m.txt"),
        ],
        vec![
            "export".into(),
            "feedback".into(),
            "--case".into(),
            case,
            "--for".into(),
            who.to_string(),
            "--out".into(),
            out("f.md"),
        ],
        vec![
            "export".into(),
            "stakeholders".into(),
            "--out".into(),
            out("s.csv"),
        ],
        vec![
            "export".into(),
            "stakeholders".into(),
            "--format".into(),
            "json".into(),
            "--out".into(),
            out("s.json"),
        ],
    ];
    let mut witnesses = Vec::new();
    for args in runs {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.extend(["--db", &db]);
        ok(&roundtable(&args));
        let file = args[args.iter().position(|a| *a == "--out").unwrap() + 1];
        let text = std::fs::read_to_string(file).unwrap();
        let w = witness_in(&text);
        let last = trail(&db).last().unwrap().clone();
        assert_eq!(
            w,
            format!("{}:{}", last.id, roundtable::domain::audit::hash(&last)),
            "{file}: the export's own entry and its hash"
        );
        witnesses.push(w);
    }
    // The JSON dump holds it in a field, and still restores.
    let dump: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out("d.json")).unwrap()).unwrap();
    assert_eq!(dump["witness"].as_str(), Some(witnesses[0].as_str()));
    let target = out("r.redb");
    ok(&roundtable(&["restore", &out("d.json"), "--db", &target]));
    // The stakeholder list still imports, the witness line is no stakeholder.
    let o = roundtable(&[
        "import",
        "stakeholders",
        &out("s.csv"),
        "--dry-run",
        "--db",
        &target,
    ]);
    ok(&o);
    for w in &witnesses {
        let o = check_witness(&db, w);
        ok(&o);
        assert!(String::from_utf8_lossy(&o.stdout).contains(w.as_str()));
    }
}

#[test]
fn a_trail_rewritten_with_the_binary_fails_the_witness() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let data = support::full_dataset();
    let (session, who) = session_with_withheld(&data);
    let minutes = dir.path().join("m.md");
    ok(&roundtable(&[
        "export",
        "minutes",
        "--db",
        &db,
        "--session",
        &session.to_string(),
        "--for",
        &who.to_string(),
        "--out",
        minutes.to_str().unwrap(),
    ]));
    let w = witness_in(&std::fs::read_to_string(&minutes).unwrap());
    ok(&check_witness(&db, &w));
    // Later entries do not disturb it.
    ok(&roundtable(&["dump", "--db", &db]));
    ok(&check_witness(&db, &w));

    // An attacker with write access rewrites the export's entry and rebuilds the chain
    // with roundtable's own code: the file checks.
    let store = Store::open(db.as_ref(), false).unwrap();
    let mut data = store.load().unwrap();
    let seq: u64 = w.split(':').next().unwrap().parse().unwrap();
    let mut prev = roundtable::domain::audit::GENESIS.to_owned();
    for e in &mut data.audit {
        if e.id == seq {
            e.recipient = Some(1);
            e.withheld.clear();
        }
        e.prev_hash = prev;
        prev = roundtable::domain::audit::hash(e);
    }
    store.write(|tx| tx.replace_all(&data)).unwrap();
    ok(&roundtable(&["check", "--db", &db]));
    let o = check_witness(&db, &w);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains(&seq.to_string()), "{}", stderr(&o));

    // Truncating the trail before the witness is detected too.
    data.audit.retain(|e| e.id < seq);
    store.write(|tx| tx.replace_all(&data)).unwrap();
    ok(&roundtable(&["check", "--db", &db]));
    let o = check_witness(&db, &w);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));

    // A malformed witness is an error of its own.
    let o = check_witness(&db, "12:nothex");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn restore_refuses_a_broken_chain_unless_forced_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let store = Store::open(db.as_ref(), false).unwrap();
    for n in 0..3 {
        let mut e = support::full_dataset().audit[0].clone();
        e.subject = format!("session:{n}");
        store.write(|tx| tx.append_audit(e)).unwrap();
    }
    let dump = dir.path().join("d.json");
    ok(&roundtable(&[
        "dump",
        "--db",
        &db,
        "--out",
        dump.to_str().unwrap(),
    ]));
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dump).unwrap()).unwrap();
    json["data"]["audit"][1]["recipient"] = 7.into();
    std::fs::write(&dump, json.to_string()).unwrap();

    let target = dir.path().join("new.redb");
    let target = target.to_str().unwrap();
    let o = roundtable(&["restore", dump.to_str().unwrap(), "--db", target]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(!Path::new(target).exists(), "nothing written");

    let o = roundtable(&["restore", dump.to_str().unwrap(), "--db", target, "--force"]);
    ok(&o);
    let t = trail(target);
    let last = t.last().unwrap();
    assert_eq!(format!("{:?}", last.kind), "Restore");
    assert!(last.detail.contains("forced"), "{last:?}");
    assert!(last.detail.contains(&t[2].id.to_string()), "{last:?}");
}

/// Every datagram waiting on `sock`.
fn received(sock: &std::os::unix::net::UnixDatagram) -> Vec<String> {
    sock.set_nonblocking(true).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = sock.recv(&mut buf) {
        out.push(String::from_utf8_lossy(&buf[..n]).into_owned());
    }
    out
}

#[test]
fn each_entry_goes_to_the_system_log_without_names_or_paths() {
    let dir = tempfile::tempdir().unwrap();
    let db = filled_db(dir.path());
    let data = support::full_dataset();
    let (session, who) = session_with_withheld(&data);
    let name = data
        .stakeholders
        .iter()
        .find(|s| s.id == who)
        .unwrap()
        .name
        .clone();
    let socket = dir.path().join("log.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&socket).unwrap();
    let env = [("ROUNDTABLE_SYSLOG_SOCKET", socket.to_str().unwrap())];
    let minutes = dir.path().join("minutes-secret-place.md");
    ok(&roundtable_env(
        &[
            "export",
            "minutes",
            "--db",
            &db,
            "--session",
            &session.to_string(),
            "--for",
            &name,
            "--out",
            minutes.to_str().unwrap(),
        ],
        &env,
    ));
    ok(&roundtable_env(&["dump", "--db", &db], &env));
    let lines = received(&sock);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let t = trail(&db);
    let n = t.len();
    for (line, e) in lines.iter().zip(&t[n - 2..]) {
        let head = roundtable::domain::audit::hash(e);
        // RFC 3164: facility auth (4), severity notice (5).
        assert!(line.starts_with("<37>"), "{line}");
        assert!(line.contains(" roundtable["), "{line}");
        assert!(line.contains(&format!("seq={}", e.id)), "{line}");
        assert!(line.contains(&format!("head={}", &head[..16])), "{line}");
        assert!(line.contains(&format!("user={}", e.who)), "{line}");
        for secret in ["secret-place", name.as_str(), db.as_str()] {
            assert!(!line.contains(secret), "{secret} in {line}");
        }
    }
    assert!(lines[0].contains("kind=export"), "{}", lines[0]);
    assert!(lines[1].contains("kind=dump"), "{}", lines[1]);
    // A missing log socket is skipped quietly.
    let gone = dir.path().join("nothing.sock");
    let o = roundtable_env(
        &["dump", "--db", &db],
        &[("ROUNDTABLE_SYSLOG_SOCKET", gone.to_str().unwrap())],
    );
    ok(&o);
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

/// The head as stored, read without roundtable (which would migrate the file).
fn raw_head(path: &Path) -> String {
    use redb::ReadableDatabase;
    let db = redb::Database::open(path).unwrap();
    let txn = db.begin_read().unwrap();
    let t = txn
        .open_table(redb::TableDefinition::<&str, &str>::new("chain"))
        .unwrap();
    t.get("audit_head").unwrap().unwrap().value().to_owned()
}

#[test]
fn old_chains_still_verify_and_new_entries_are_salted() {
    for schema in [3, 4, 5] {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("fixture.redb");
        let fixture = format!(
            "{}/tests/fixtures/schema{schema}-demo.redb",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::copy(fixture, &copy).unwrap();
        let head = raw_head(&copy);
        let db = copy.to_str().unwrap();
        let old = trail(db);
        assert!(!old.is_empty());
        assert!(old.iter().all(|e| e.hash_version == 1 && e.salt.is_empty()));
        assert_eq!(
            raw_head(&copy),
            head,
            "schema {schema}: the head is unchanged"
        );
        assert_eq!(roundtable::domain::audit::hash(old.last().unwrap()), head);
        ok(&roundtable(&["check", "--db", db]));

        ok(&roundtable(&["dump", "--db", db]));
        ok(&roundtable(&["dump", "--db", db]));
        let t = trail(db);
        let new = &t[old.len()..];
        assert_eq!(new.len(), 2);
        for e in new {
            assert_eq!(e.hash_version, 2);
            assert_eq!(e.salt.len(), 32, "128 bits in hex");
            assert!(e.salt.bytes().all(|b| b.is_ascii_hexdigit()));
        }
        assert_ne!(new[0].salt, new[1].salt, "a salt per entry");
        assert_eq!(new[0].prev_hash, head, "v2 goes on from the v1 chain");
        ok(&roundtable(&["check", "--db", db]));
    }
}
