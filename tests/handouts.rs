//! Handouts for the demo town as golden files, and what they must never hold.

use chrono::{DateTime, Utc};
use roundtable::domain::network::NetworkKind;
use roundtable::export::handout;

mod support;

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

fn golden(name: &str, text: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, text).unwrap();
    }
    assert_eq!(
        text,
        std::fs::read_to_string(&path).unwrap(),
        "UPDATE_GOLDEN=1 rewrites {name}"
    );
}

/// No phone number, e-mail address or street address of anyone who did not agree to be
/// listed (or withdrew); those of a listed person who agreed are there.
fn no_contact_details(data: &roundtable::domain::dataset::Dataset, text: &str) {
    for s in &data.stakeholders {
        let agreed = s.consent.is_some_and(|c| c.withdrawn.is_none());
        let listed = agreed && text.contains(&format!("**{}**", s.name));
        for v in [&s.contact.phone, &s.contact.email, &s.contact.address] {
            if !v.is_empty() {
                assert_eq!(text.contains(v.as_str()), listed, "{v} of {}", s.name);
            }
        }
    }
}

#[test]
fn golden_directory_of_the_youth_workers_and_of_the_community_network() {
    let data = roundtable::demo::build(support::today());
    let youth = data.networks.iter().find(|n| n.id == 1).unwrap();
    let h = handout::directory_of(&data, youth, at(), "anke");
    golden("handout-directory-network1.md", &h.text);
    no_contact_details(&data, &h.text);
    assert!(
        h.text
            .contains("Contact details are printed only for partners who agreed")
    );
    let listed = data.stakeholders.iter().find(|s| s.id == 12).unwrap();
    assert!(
        h.text.contains(&listed.contact.phone),
        "a consenting member is listed"
    );
    let community = data
        .networks
        .iter()
        .find(|n| n.kind == NetworkKind::Community)
        .unwrap();
    let h = handout::directory_of(&data, community, at(), "anke");
    golden("handout-directory-community.md", &h.text);
    no_contact_details(&data, &h.text);
    assert!(!h.text.contains("De Schakel"), "a former partner is listed");
}

#[test]
fn golden_lessons_and_agreement() {
    let data = roundtable::demo::build(support::today());
    let youth = data.networks.iter().find(|n| n.id == 1).unwrap();
    let h = handout::lessons_of(&data, youth, at(), "anke");
    golden("handout-lessons-network1.md", &h.text);
    assert!(h.text.contains("None yet."), "no lesson from network 3");
    let sports = data.networks.iter().find(|n| n.id == 3).unwrap();
    let h3 = handout::lessons_of(&data, sports, at(), "anke");
    golden("handout-lessons-network3.md", &h3.text);
    assert!(h3.text.contains("Players listen to coaches"));
    assert!(h.included.iter().all(|k| {
        let id: u64 = k.rsplit(':').next().unwrap().parse().unwrap();
        if k.starts_with("problem:") {
            data.problems.iter().any(|p| p.id == id && p.network == 1)
        } else {
            data.exchanges.iter().any(|e| e.id == id && e.network == 1)
        }
    }));
    let h = handout::agreement(&data, at(), "anke");
    golden("handout-agreement.md", &h.text);
    assert!(
        !h.text.contains("TLP:RED"),
        "a label never written is not named"
    );
}

#[test]
fn the_command_writes_a_handout_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    drop(store);
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .args(["--db", db.to_str().unwrap(), "export", "handout"])
            .args(args)
            .env_remove("ROUNDTABLE_DB")
            .env("HOME", dir.path())
            .output()
            .unwrap()
    };
    let out = run(&["directory", "--network", "youth workers' circle"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Who can do what"));
    let out = run(&["lessons"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--network"));
    let trail = roundtable::store::Store::open_read_only(&db)
        .unwrap()
        .load()
        .unwrap()
        .audit;
    assert_eq!(trail.last().unwrap().subject, "handout:directory:network:1");
}
