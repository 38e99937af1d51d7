//! Which note an action or decision was taken from, for records written before they
//! kept it (files of schema 4 and older, and their dumps).
//!
//! The editor is the only place that makes actions and decisions: each comes from an
//! `action:`/`decision:` line of a note, gets that note's anchor and is saved in the same
//! transaction. So the origin of an older record is a note at the same anchor, not newer
//! than the record; among those, the notes holding the very line, then those saved in the
//! same transaction, are preferred. Exactly one candidate left: that note. Otherwise the
//! origin stays unknown (`None`), which the disclosure treats with suspicion.

use chrono::NaiveDate;

use super::dataset::Dataset;
use super::note::{Anchor, Note};
use super::{Id, Meta, lines};

/// Fills in `from_note` wherever it is unknown and the note can be told unambiguously.
pub fn derive(data: &mut Dataset) {
    let notes = &data.notes;
    for a in data.actions.iter_mut().filter(|a| a.from_note.is_none()) {
        a.from_note = origin(notes, a.anchor, &a.meta, |n| {
            parsed(n).actions.iter().any(|p| p.text == a.text)
        });
    }
    for d in data.decisions.iter_mut().filter(|d| d.from_note.is_none()) {
        d.from_note = origin(notes, d.anchor, &d.meta, |n| {
            parsed(n).decisions.iter().any(|p| p.text == d.text)
        });
    }
}

/// The note's lines as the editor read them (any `@owner` accepted: only the text counts).
fn parsed(n: &Note) -> lines::Parsed {
    let any_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    lines::parse(&n.text, any_day, |_| Ok(0))
}

fn origin(notes: &[Note], anchor: Anchor, meta: &Meta, says: impl Fn(&Note) -> bool) -> Option<Id> {
    let here: Vec<&Note> = notes
        .iter()
        .filter(|n| n.anchor == anchor && n.meta.created_at <= meta.created_at)
        .collect();
    let here = prefer(here, says);
    let here = prefer(here, |n| {
        n.meta.created_at == meta.created_at && n.meta.created_by == meta.created_by
    });
    match here.as_slice() {
        [one] => Some(one.id),
        _ => None,
    }
}

/// The candidates that pass `test`, or all of them when none does.
fn prefer(all: Vec<&Note>, test: impl Fn(&Note) -> bool) -> Vec<&Note> {
    let kept: Vec<&Note> = all.iter().copied().filter(|n| test(n)).collect();
    if kept.is_empty() { all } else { kept }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::note::{ActionItem, ActionStatus, Decision};
    use crate::domain::sharing::{Pap, Tlp};
    use chrono::{DateTime, Utc};

    fn at(min: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::minutes(min)
    }

    fn meta(min: i64) -> Meta {
        Meta::new("anke", at(min))
    }

    fn anchor(item: u32) -> Anchor {
        Anchor {
            session: Some(1),
            item: Some(item),
            case: None,
        }
    }

    fn note(id: Id, item: u32, min: i64, text: &str) -> Note {
        Note {
            id,
            meta: meta(min),
            at: at(min),
            author: "anke".into(),
            anchor: anchor(item),
            text: text.into(),
            source: None,
            tlp: Tlp::Amber,
            pap: Pap::Amber,
            protected_source: false,
            revisions: Vec::new(),
            retraction: None,
            who_acts: None,
        }
    }

    fn action(id: Id, item: u32, min: i64, text: &str) -> ActionItem {
        ActionItem {
            id,
            meta: meta(min),
            anchor: anchor(item),
            text: text.into(),
            owner: Some(1),
            due: None,
            status: ActionStatus::Open,
            tlp: Tlp::Amber,
            from_note: None,
            history: Vec::new(),
        }
    }

    fn decision(id: Id, item: u32, min: i64, text: &str) -> Decision {
        Decision {
            id,
            meta: meta(min),
            at: at(min),
            anchor: anchor(item),
            text: text.into(),
            tlp: Tlp::Amber,
            from_note: None,
        }
    }

    #[test]
    fn the_note_is_found_where_it_is_unambiguous_and_left_unknown_elsewhere() {
        let mut d = Dataset {
            notes: vec![
                note(
                    1,
                    1,
                    0,
                    "Talked.\naction: @imam talk with the family due:+7d",
                ),
                note(2, 1, 0, "decision: keep in follow-up"),
                note(3, 2, 5, "Only note here."),
                note(4, 3, 5, "first"),
                note(5, 3, 5, "second"),
                note(6, 4, 9, "written after the action"),
                note(7, 5, 1, "older"),
                note(8, 5, 2, "saved with the action"),
            ],
            actions: vec![
                action(1, 1, 0, "talk with the family"),
                action(2, 2, 6, "anything"),
                action(3, 3, 6, "anything"),
                action(4, 4, 8, "anything"),
                action(5, 5, 2, "anything"),
                action(6, 1, 0, "not written in any note"),
            ],
            decisions: vec![
                decision(1, 1, 0, "keep in follow-up"),
                decision(2, 3, 7, "anything"),
            ],
            ..Dataset::default()
        };
        d.actions[5].meta.created_by = "someone else".into();
        derive(&mut d);
        let from: Vec<Option<Id>> = d.actions.iter().map(|a| a.from_note).collect();
        // 1: its line; 2: the only note there; 3: two candidates; 4: only a newer note;
        // 5: the one saved in the same transaction; 6: two notes, neither says it.
        assert_eq!(from, [Some(1), Some(3), None, None, Some(8), None]);
        let from: Vec<Option<Id>> = d.decisions.iter().map(|d| d.from_note).collect();
        assert_eq!(from, [Some(2), None]);
    }

    #[test]
    fn a_known_origin_is_kept() {
        let mut d = Dataset {
            notes: vec![note(1, 1, 0, "x"), note(2, 2, 0, "y")],
            actions: vec![action(1, 1, 0, "z")],
            ..Dataset::default()
        };
        d.actions[0].from_note = Some(2);
        derive(&mut d);
        assert_eq!(d.actions[0].from_note, Some(2));
    }
}
