//! Hostile dumps: numbers that the program later counts up from must be refused on restore,
//! or the first agenda topic added (`max + 1`) or the first second of the timer overflows.

mod support;
use support::cli::roundtable;

use std::process::Output;

/// Restores the test data set, changed by `edit`, into a new file; returns the output.
fn restore_edited(edit: impl FnOnce(&mut serde_json::Value)) -> (Output, bool) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("town.redb");
    let store = roundtable::store::Store::open_as(&db, true, "tester".into()).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let dump = dir.path().join("d.json");
    let o = roundtable(&[
        "dump",
        "--db",
        db.to_str().unwrap(),
        "--out",
        dump.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{o:?}");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dump).unwrap()).unwrap();
    edit(&mut json);
    std::fs::write(&dump, json.to_string()).unwrap();
    let target = dir.path().join("new.redb");
    let o = roundtable(&[
        "restore",
        dump.to_str().unwrap(),
        "--db",
        target.to_str().unwrap(),
    ]);
    (o, target.exists())
}

fn refused(o: &Output, written: bool, place: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "restored: {err}");
    assert!(err.contains(place), "{err}");
    assert!(!written, "nothing written");
}

fn first_session_with_agenda(json: &serde_json::Value) -> usize {
    json["data"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["agenda"].as_array().unwrap().len() >= 2)
        .expect("a session with two agenda items")
}

#[test]
fn an_agenda_item_number_at_the_top_of_its_range_is_refused() {
    let mut at = 0;
    let (o, written) = restore_edited(|json| {
        at = first_session_with_agenda(json);
        json["data"]["sessions"][at]["agenda"][0]["item"] = u32::MAX.into();
    });
    refused(&o, written, &format!("sessions[{at}].agenda[0].item"));
}

#[test]
fn an_agenda_item_number_used_twice_in_a_session_is_refused() {
    let mut at = 0;
    let (o, written) = restore_edited(|json| {
        at = first_session_with_agenda(json);
        let first = json["data"]["sessions"][at]["agenda"][0]["item"].clone();
        json["data"]["sessions"][at]["agenda"][1]["item"] = first;
    });
    refused(&o, written, &format!("sessions[{at}].agenda[1].item"));
}

#[test]
fn an_item_timer_at_the_top_of_its_range_is_refused() {
    let mut at = 0;
    let (o, written) = restore_edited(|json| {
        at = first_session_with_agenda(json);
        json["data"]["sessions"][at]["agenda"][0]["elapsed_secs"] = u32::MAX.into();
    });
    refused(
        &o,
        written,
        &format!("sessions[{at}].agenda[0].elapsed_secs"),
    );
}
