//! A coordinator left a correction form open on a note of a case (its draft, kept for a
//! crash, holds the note's text as it was being rewritten). Erasing the case must take
//! that draft too, as it takes the note: an erased case leaves no text behind.

use roundtable::domain::erasure::erase_case;
use roundtable::domain::meta::Meta;
use roundtable::domain::note::Draft;

mod support;

#[test]
fn erasing_a_case_removes_the_correction_drafts_of_its_notes() {
    let mut d = roundtable::demo::build(support::today());
    let note = d
        .notes
        .iter()
        .find(|n| n.anchor.case.is_some())
        .expect("the demo town has a note on a case")
        .clone();
    let case = note.anchor.case.unwrap();
    let meta = Meta::new("anke", chrono::DateTime::UNIX_EPOCH);
    let id = d.drafts.iter().map(|x| x.id).max().unwrap_or(0) + 1;
    d.drafts.push(Draft {
        id,
        meta,
        owner: "anke".into(),
        place: format!("form:correction:{}", note.id),
        text: format!("{{\"rewritten\":\"{}\"}}", note.text),
    });
    erase_case(&mut d, case).unwrap();
    let left: Vec<&str> = d.drafts.iter().map(|x| x.place.as_str()).collect();
    assert!(
        !left.contains(&format!("form:correction:{}", note.id).as_str()),
        "a correction draft of an erased note stayed: {left:?}"
    );
}
