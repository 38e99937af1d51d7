//! A month later a note's source is corrected from one partner to another. The database
//! still holds the earlier version, which names the first partner as the source: their
//! subject access export ("everything held about one person") must still list the note.

use chrono::{DateTime, Utc};
use roundtable::domain::correction::{Correction, correct};
use roundtable::export::{Format, person};
use roundtable::i18n::Lang;

mod support;

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

#[test]
fn a_source_corrected_away_still_finds_the_note_in_their_subject_access_export() {
    let mut d = roundtable::demo::build(support::today());
    let i = d
        .notes
        .iter()
        .position(|n| n.source.is_some() && n.who_acts != n.source && !n.is_retracted())
        .expect("the demo town has a note with a source");
    let was = d.notes[i].source.unwrap();
    let now = d
        .stakeholders
        .iter()
        .find(|s| s.id != was && d.notes[i].who_acts != Some(s.id))
        .unwrap()
        .id;
    let mut c = Correction::of(&d.notes[i]);
    c.source = Some(now);
    d.notes[i] = correct(&d.notes[i], c, "anke", at()).unwrap();
    let key = format!("note:{}", d.notes[i].id);
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        let e = person::render_in(lang, &d, was, Format::Md, at(), "anke").unwrap();
        let listed = e
            .included
            .iter()
            .chain(&e.withheld)
            .any(|k| k == &key || k.starts_with(&format!("{key} ")));
        assert!(listed, "{lang:?}: {key} is missing for {was}:\n{}", e.text);
        let role = lang.t("person_export-as_earlier_source");
        assert!(
            e.text.contains(role),
            "{lang:?}: no role given:\n{}",
            e.text
        );
    }
}

#[test]
fn an_action_reassigned_away_still_finds_it_in_their_subject_access_export() {
    let mut d = roundtable::demo::build(support::today());
    let i = d
        .actions
        .iter()
        .position(|a| a.owner.is_some() && a.clone().reassign("x", at(), 0).is_ok())
        .expect("the demo town has an open action with an owner");
    let was = d.actions[i].owner.unwrap();
    let now = d.stakeholders.iter().find(|s| s.id != was).unwrap().id;
    d.actions[i].reassign("anke", at(), now).unwrap();
    let key = format!("action:{}", d.actions[i].id);
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        let e = person::render_in(lang, &d, was, Format::Md, at(), "anke").unwrap();
        let listed = e
            .included
            .iter()
            .chain(&e.withheld)
            .any(|k| k == &key || k.starts_with(&format!("{key} ")));
        assert!(listed, "{lang:?}: {key} is missing for {was}:\n{}", e.text);
        let role = lang.t("person_export-as_earlier_owner");
        assert!(e.text.contains(role), "{lang:?}: no role:\n{}", e.text);
    }
}
