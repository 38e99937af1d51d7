//! Erasure, as pure changes to the data set: a case (its notes, actions, decisions and
//! drafts go; a stub with its reference stays) and a person (a tombstone: the record stays
//! so that references stay consistent, and reads "a former partner"). The store writes the
//! difference (`WriteTx::apply`) in one transaction with its audit entry.

use super::Id;
use super::action::ActionChange;
use super::case::{Closure, ClosureReason};
use super::dataset::Dataset;
use super::session::AgendaSubject;
use super::stakeholder::{ContactDetails, Sector, Stakeholder};

/// What erasing a case removed, by kind: what the command reports (counts, no content).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseErased {
    pub notes: usize,
    pub decisions: usize,
    pub actions: usize,
    pub drafts: usize,
    /// Concerns routed about the case.
    pub concerns: usize,
}

/// Where drafts about `case` are kept: its forms, its notes' correction forms, and the
/// agenda items that discussed it
/// (`session:3#2`, and `session:3:item:2` as older versions wrote).
fn case_draft_places(data: &Dataset, case: Id) -> Vec<String> {
    let mut places = vec![
        format!("form:case:{case}"),
        format!("form:closecase:{case}"),
    ];
    // A correction form left open on a note of the case keeps its text in a draft.
    let notes = data.notes.iter().filter(|n| n.anchor.case == Some(case));
    places.extend(notes.map(|n| format!("form:correction:{}", n.id)));
    for s in &data.sessions {
        for a in &s.agenda {
            if a.subject == AgendaSubject::Case(case) {
                places.push(format!("session:{}#{}", s.id, a.item));
                places.push(format!("session:{}:item:{}", s.id, a.item));
            }
        }
    }
    places
}

/// Erases case `case` from `data`: every note, decision and action anchored to it and
/// every draft typed about it are removed; the case itself becomes a closed stub that
/// holds its pseudonymous reference only (so that the reference is never handed out again
/// and agendas and the audit trail still point at something). `None`: no such case.
pub fn erase_case(data: &mut Dataset, case: Id) -> Option<CaseErased> {
    let places = case_draft_places(data, case);
    let c = data.cases.iter_mut().find(|c| c.id == case)?;
    c.status = super::case::CaseStatus::Closed;
    c.referred_by = None;
    c.lead = None;
    c.review_date = None;
    c.summary.clear();
    c.closure = Some(Closure {
        reason: ClosureReason::Other,
        explanation: String::new(),
        onward_referral: String::new(),
    });
    c.history.clear();
    let about = |a: &super::note::Anchor| a.case == Some(case);
    let mut gone = CaseErased::default();
    let before = data.notes.len();
    data.notes.retain(|n| !about(&n.anchor));
    gone.notes = before - data.notes.len();
    let before = data.decisions.len();
    data.decisions.retain(|d| !about(&d.anchor));
    gone.decisions = before - data.decisions.len();
    let before = data.actions.len();
    data.actions.retain(|a| !about(&a.anchor));
    gone.actions = before - data.actions.len();
    let before = data.drafts.len();
    data.drafts.retain(|d| !places.contains(&d.place));
    gone.drafts = before - data.drafts.len();
    let before = data.routed_concerns.len();
    data.routed_concerns
        .retain(|c| c.about_case() != Some(case));
    gone.concerns = before - data.routed_concerns.len();
    forget_removed_notes(data);
    Some(gone)
}

/// An action or decision elsewhere that was taken from a note now removed forgets it
/// (and is then masked if any note at its agenda item has a protected source, as for
/// older records), so that every reference stays valid.
fn forget_removed_notes(data: &mut Dataset) {
    let notes: std::collections::HashSet<Id> = data.notes.iter().map(|n| n.id).collect();
    let gone = |from: &mut Option<Id>| {
        if from.is_some_and(|id| !notes.contains(&id)) {
            *from = None;
        }
    };
    data.actions.iter_mut().for_each(|a| gone(&mut a.from_note));
    data.decisions
        .iter_mut()
        .for_each(|d| gone(&mut d.from_note));
}

/// A case erased by [`erase_case`]: closed, and holding nothing but its reference.
pub fn is_erased_stub(data: &Dataset, case: &super::case::Case) -> bool {
    is_stub_shaped(case) && !super::retention::holds_items(data, case.id)
}

/// The case record itself holds nothing but its reference (items aside).
pub fn is_stub_shaped(case: &super::case::Case) -> bool {
    case.summary.is_empty()
        && case.history.is_empty()
        && case.lead.is_none()
        && case.referred_by.is_none()
        && case
            .closure
            .as_ref()
            .is_some_and(|c| c.explanation.is_empty() && c.onward_referral.is_empty())
}

/// What a draft is about, as its place names it (`form:stakeholder:4`, `session:3#2`):
/// the person or case whose erasure takes the draft, the note whose removal does, or the
/// agenda item (session, item) whose case's erasure does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftAbout {
    Person(Id),
    Case(Id),
    Note(Id),
    AgendaItem(Id, u32),
}

/// What the draft at `place` is about; `None` for a form about nothing erasable.
pub fn draft_about(place: &str) -> Option<DraftAbout> {
    if let Some(rest) = place.strip_prefix("session:") {
        let (session, item) = (rest.split_once('#')).or_else(|| rest.split_once(":item:"))?;
        return Some(DraftAbout::AgendaItem(
            session.parse().ok()?,
            item.parse().ok()?,
        ));
    }
    let mut parts = place.strip_prefix("form:")?.split(':');
    let kind = parts.next()?;
    let ids: Vec<Option<Id>> = parts.map(|p| p.parse().ok()).collect();
    let id = |i: usize| ids.get(i).copied().flatten();
    match kind {
        "stakeholder" | "contact" => id(0).map(DraftAbout::Person),
        "member" => id(1).map(DraftAbout::Person),
        "case" | "closecase" => id(0).map(DraftAbout::Case),
        "correction" => id(0).map(DraftAbout::Note),
        _ => None,
    }
}

/// What erasing a person changed: the records whose free text named them in full (now "a
/// former partner"), and the contact log entries removed. Keys only (`note:3`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonErased {
    pub rewritten: Vec<String>,
    /// Texts where a part of the name (a first name alone) still stands, to be read.
    pub partial: Vec<String>,
    pub contacts: usize,
    pub drafts: usize,
    /// Concerns routed about the person (what they describe is about them).
    pub concerns: usize,
}

/// `text` with every whole-word occurrence of `name` (case aside) replaced by `former`.
/// Names shorter than four characters are left alone: they would hit ordinary words.
pub fn scrub(text: &str, name: &str, former: &str) -> Option<String> {
    let name = name.trim();
    if name.chars().count() < 4 {
        return None;
    }
    let lower = text.to_lowercase();
    let want = name.to_lowercase();
    // Lowercasing may change byte lengths (rare); then only exact-case matches are found.
    let (hay, needle) = if lower.len() == text.len() && want.len() == name.len() {
        (lower.as_str(), want.as_str())
    } else {
        (text, name)
    };
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::new();
    let mut last = 0;
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle).map(|i| i + from) {
        let end = i + needle.len();
        if !word(text[..i].chars().next_back()) && !word(text[end..].chars().next()) {
            out.push_str(&text[last..i]);
            out.push_str(former);
            last = end;
        }
        from = end;
    }
    (last > 0).then(|| out + &text[last..])
}

/// Makes `person` a tombstone: every personal field emptied, the name `former` ("a former
/// partner"), archived; their contact log, their forms' drafts and what their network
/// memberships say about them removed; their full name in the free text of notes,
/// decisions, actions, cases, other people's notes and drafts replaced by `former`.
/// References to the record stay. `None`: no such person, or erased already.
pub fn erase_person(data: &mut Dataset, person: Id, former: &str) -> Option<PersonErased> {
    let s = data
        .stakeholders
        .iter_mut()
        .find(|s| s.id == person && !s.erased)?;
    let name = std::mem::take(&mut s.name);
    *s = Stakeholder {
        id: s.id,
        meta: s.meta.clone(),
        kind: s.kind,
        name: former.to_owned(),
        organisation: String::new(),
        role: String::new(),
        sector: Sector::Other(String::new()),
        formality: s.formality,
        tier: s.tier,
        communities: Vec::new(),
        key_figure: false,
        contact: ContactDetails::default(),
        referred_by: None,
        cadence_days: None,
        notes: String::new(),
        archived: true,
        erased: true,
        consent: None,
        pipeline: Vec::new(),
        language: None,
    };
    let mut gone = PersonErased::default();
    let before = data.contacts.len();
    data.contacts.retain(|c| c.stakeholder != person);
    gone.contacts = before - data.contacts.len();
    let forms = [
        format!("form:stakeholder:{person}"),
        format!("form:contact:{person}"),
    ];
    let member_form = format!(":{person}");
    let before = data.drafts.len();
    let about = |place: &str| {
        forms.iter().any(|f| f == place)
            || (place.starts_with("form:member:") && place.ends_with(&member_form))
    };
    data.drafts.retain(|d| !about(&d.place));
    gone.drafts = before - data.drafts.len();
    let before = data.routed_concerns.len();
    data.routed_concerns
        .retain(|c| c.about_stakeholder() != Some(person));
    gone.concerns = before - data.routed_concerns.len();
    for n in &mut data.networks {
        for m in n.members.iter_mut().filter(|m| m.stakeholder == person) {
            m.role.clear();
            m.brings.clear();
            m.gains.clear();
        }
    }
    gone.rewritten = scrub_everywhere(data, &name, former);
    gone.partial = partial_mentions(data, &name);
    Some(gone)
}

/// Replaces `name` in every free text that may name a partner; returns the keys changed.
fn scrub_everywhere(data: &mut Dataset, name: &str, former: &str) -> Vec<String> {
    let mut changed: Vec<String> = Vec::new();
    each_text(data, &mut |key, text| {
        if let Some(t) = scrub(text, name, former) {
            *text = t;
            if !changed.contains(&key) {
                changed.push(key);
            }
        }
    });
    changed
}

/// The keys of the free texts where a word of `name` (a first name, a surname) still
/// stands: what the coordinator should read and correct after an erasure.
pub fn partial_mentions(data: &mut Dataset, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut found: Vec<String> = Vec::new();
    each_text(data, &mut |key, text| {
        let hit = words.iter().any(|w| scrub(text, w, "").is_some());
        if hit && !found.contains(&key) {
            found.push(key);
        }
    });
    found
}

/// Calls `f` with the key and text of every free text that may name a partner. A new
/// free-text field on any record belongs here too (the exhaustive test in tests/erase.rs
/// finds a full name left anywhere an export or a dump shows).
fn each_text(data: &mut Dataset, f: &mut dyn FnMut(String, &mut String)) {
    for n in &mut data.notes {
        f(format!("note:{}", n.id), &mut n.text);
        for r in &mut n.revisions {
            f(format!("note:{}", n.id), &mut r.text);
        }
        if let Some(r) = &mut n.retraction {
            f(format!("note:{}", n.id), &mut r.reason);
        }
    }
    for d in &mut data.decisions {
        f(format!("decision:{}", d.id), &mut d.text);
    }
    for a in &mut data.actions {
        f(format!("action:{}", a.id), &mut a.text);
        for e in &mut a.history {
            match &mut e.change {
                ActionChange::Done { result: Some(t) } | ActionChange::Cancelled { reason: t } => {
                    f(format!("action:{}", a.id), t)
                }
                _ => {}
            }
        }
    }
    for c in &mut data.cases {
        f(format!("case:{}", c.id), &mut c.summary);
        if let Some(cl) = &mut c.closure {
            f(format!("case:{}", c.id), &mut cl.explanation);
            f(format!("case:{}", c.id), &mut cl.onward_referral);
        }
    }
    for s in &mut data.stakeholders {
        f(format!("person:{}", s.id), &mut s.notes);
    }
    for c in &mut data.contacts {
        f(format!("contact:{}", c.id), &mut c.summary);
    }
    for t in &mut data.trainings {
        f(format!("training:{}", t.id), &mut t.trainer);
        f(format!("training:{}", t.id), &mut t.title);
    }
    for p in &mut data.problems {
        for text in [&mut p.problem, &mut p.solution, &mut p.lesson] {
            f(format!("problem:{}", p.id), text);
        }
    }
    for e in &mut data.exchanges {
        for text in [&mut e.topic, &mut e.notes, &mut e.place, &mut e.lessons] {
            f(format!("exchange:{}", e.id), text);
        }
    }
    for s in &mut data.sessions {
        f(format!("session:{}", s.id), &mut s.title);
        for a in &mut s.agenda {
            if let AgendaSubject::Topic(topic) = &mut a.subject {
                f(format!("session:{}", s.id), topic);
            }
        }
    }
    for d in &mut data.drafts {
        f(format!("draft:{}", d.id), &mut d.text);
    }
    for c in &mut data.routed_concerns {
        f(format!("concern:{}", c.id), &mut c.what);
        if let crate::domain::routing::RoutedTo::Service(service) = &mut c.to {
            f(format!("concern:{}", c.id), service);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Dataset {
        crate::demo::build(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
    }

    #[test]
    fn scrub_replaces_whole_words_only_case_aside() {
        let s = |t| scrub(t, "Ali Ben", "X");
        assert_eq!(
            s("met ali ben, then ALI BEN."),
            Some("met X, then X.".into())
        );
        assert_eq!(s("Ali Benson came"), None);
        assert_eq!(s("nothing"), None);
        assert_eq!(scrub("Al came", "Al", "X"), None, "too short to be safe");
        assert_eq!(
            scrub("Zoë Ëlan and zoë ëlan", "Zoë Ëlan", "X"),
            Some("X and X".into())
        );
    }

    #[test]
    fn erasing_a_case_leaves_a_stub_and_nothing_anchored_to_it() {
        let mut d = demo();
        let case = d.cases[0].id;
        let had = d
            .notes
            .iter()
            .filter(|n| n.anchor.case == Some(case))
            .count();
        assert!(had > 0);
        // An action about another case taken from one of this case's notes (a note
        // moved since, say) must not be left pointing at a removed note.
        let note = d
            .notes
            .iter()
            .find(|n| n.anchor.case == Some(case))
            .unwrap()
            .id;
        let other = d.actions.iter_mut().find(|a| a.anchor.case != Some(case));
        let other = other.unwrap();
        other.from_note = Some(note);
        let other = other.id;
        let gone = erase_case(&mut d, case).unwrap();
        let kept = d.actions.iter().find(|a| a.id == other).unwrap();
        assert_eq!(kept.from_note, None);
        assert_eq!(gone.notes, had);
        assert!(d.notes.iter().all(|n| n.anchor.case != Some(case)));
        assert!(d.actions.iter().all(|a| a.anchor.case != Some(case)));
        assert!(d.decisions.iter().all(|x| x.anchor.case != Some(case)));
        let stub = d.cases.iter().find(|c| c.id == case).unwrap();
        assert!(is_erased_stub(&d, stub));
        assert!(!is_erased_stub(&d, &d.cases[1]));
        d.validate_records().unwrap();
        assert_eq!(erase_case(&mut d, 9999), None);
    }

    #[test]
    fn erasing_a_person_keeps_references_and_drops_what_describes_them() {
        let mut d = demo();
        let who = d.cases[0].lead.unwrap();
        let name = d
            .stakeholders
            .iter()
            .find(|s| s.id == who)
            .unwrap()
            .name
            .clone();
        d.notes[0].text = format!("talked with {name} today");
        let gone = erase_person(&mut d, who, "a former partner").unwrap();
        assert!(gone.rewritten.contains(&format!("note:{}", d.notes[0].id)));
        assert_eq!(d.notes[0].text, "talked with a former partner today");
        let first = name.split_whitespace().next().unwrap();
        d.notes[1].text = format!("{first} will call");
        let left = partial_mentions(&mut d, &name);
        assert!(
            left.contains(&format!("note:{}", d.notes[1].id)),
            "{left:?}"
        );
        let s = d.stakeholders.iter().find(|s| s.id == who).unwrap();
        assert!(s.erased && s.archived && s.contact == ContactDetails::default());
        assert_eq!(d.cases[0].lead, Some(who), "references stay");
        assert!(d.contacts.iter().all(|c| c.stakeholder != who));
        d.validate_records().unwrap();
        assert_eq!(erase_person(&mut d, who, "x"), None, "erased once");
    }

    #[test]
    fn erasing_a_case_or_a_person_removes_the_concerns_routed_about_them() {
        use crate::domain::routing::ConcernAbout;
        let mut d = demo();
        let case = d
            .routed_concerns
            .iter()
            .find_map(|c| c.about_case())
            .unwrap();
        let gone = erase_case(&mut d, case).unwrap();
        assert_eq!(gone.concerns, 1);
        assert!(
            d.routed_concerns
                .iter()
                .all(|c| c.about != ConcernAbout::Case(case))
        );
        let who = d
            .routed_concerns
            .iter()
            .find_map(|c| c.about_stakeholder())
            .unwrap();
        let to = d
            .routed_concerns
            .iter()
            .find_map(|c| c.to_stakeholder())
            .unwrap();
        let name = d
            .stakeholders
            .iter()
            .find(|s| s.id == to)
            .unwrap()
            .name
            .clone();
        let kept = d
            .routed_concerns
            .iter()
            .position(|c| c.about_stakeholder() != Some(who));
        let kept = d.routed_concerns[kept.unwrap()].id;
        d.routed_concerns
            .iter_mut()
            .find(|c| c.id == kept)
            .unwrap()
            .what = format!("{name} will look into it");
        let before = d.routed_concerns.len();
        let gone = erase_person(&mut d, who, "a former partner").unwrap();
        assert_eq!(gone.concerns, before - d.routed_concerns.len());
        assert!(
            d.routed_concerns
                .iter()
                .all(|c| c.about_stakeholder() != Some(who))
        );
        erase_person(&mut d, to, "a former partner").unwrap();
        let k = d.routed_concerns.iter().find(|c| c.id == kept).unwrap();
        assert_eq!(k.what, "a former partner will look into it");
        d.validate_records().unwrap();
    }
}
