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

/// A window still open on a form of what is erased meanwhile (`roundtable erase` in a
/// shell while the TUI shows the form) goes on writing its draft while the user types, and
/// rescues it on a hang-up. Whoever writes it and whenever: a draft of a form about an
/// erased person, an erased case or a note that erasure removed is not kept, or a restart
/// would bring the erased text back.
#[test]
fn a_draft_written_after_an_erasure_about_what_was_erased_is_not_kept() {
    use roundtable::domain::erasure::{erase_case, erase_person};
    use roundtable::domain::session::AgendaSubject;
    use roundtable::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("town.redb");
    let store = Store::open_as(&path, true, "anke".into()).unwrap();
    let d = roundtable::demo::build(support::today());
    store.restore(&d, false).unwrap();
    let note = d.notes.iter().find(|n| n.anchor.case.is_some()).unwrap();
    let case = note.anchor.case.unwrap();
    let person = d.stakeholders.iter().find(|s| !s.erased).unwrap();
    let network = d.networks[0].id;
    let (session, item) = (d.sessions.iter())
        .find_map(|s| {
            let a = s
                .agenda
                .iter()
                .find(|a| a.subject == AgendaSubject::Case(case))?;
            Some((s.id, a.item))
        })
        .expect("the demo town discusses the case at a session");
    store
        .write(|tx| {
            let before = tx.dataset()?;
            let mut after = before.clone();
            erase_case(&mut after, case).unwrap();
            erase_person(&mut after, person.id, "a former partner").unwrap();
            tx.apply(&before, &after)
        })
        .unwrap();
    let places = [
        format!("form:stakeholder:{}", person.id),
        format!("form:contact:{}", person.id),
        format!("form:member:{network}:{}", person.id),
        format!("form:case:{case}"),
        format!("form:closecase:{case}"),
        format!("form:correction:{}", note.id),
        // The meeting's note editor, on the erased case's agenda item.
        format!("session:{session}#{item}"),
    ];
    let text = format!(
        "{{\"name\":\"{}\",\"text\":\"{}\"}}",
        person.name, note.text
    );
    for place in &places {
        store.write(|tx| tx.put_draft(place, &text)).unwrap();
    }
    let left = store.load().unwrap().drafts;
    let kept: Vec<&str> = (left.iter())
        .filter(|x| places.contains(&x.place))
        .map(|x| x.place.as_str())
        .collect();
    assert!(
        kept.is_empty(),
        "drafts about erased records kept: {kept:?}"
    );
    // A draft about what still stands is kept as before.
    let other = d.stakeholders.iter().find(|s| s.id != person.id).unwrap();
    let place = format!("form:stakeholder:{}", other.id);
    store.write(|tx| tx.put_draft(&place, "{}")).unwrap();
    assert!(
        store
            .load()
            .unwrap()
            .drafts
            .iter()
            .any(|x| x.place == place)
    );
}
