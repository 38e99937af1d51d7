//! Corrections of saved notes: a note's text, source, labels or protection can change, or
//! the note can be retracted with a reason, but what it said before is never lost. The
//! earlier version is kept on the note as a revision; the audit trail names the note by
//! id only (content in the hash chain could never be erased).

use chrono::{DateTime, Utc};

use super::Id;
use super::audit::{AuditEvent, AuditKind};
use super::note::{Note, NoteRevision, Retraction};
use super::sharing::{Pap, Tlp};

/// What a correction sets: the parts of a note that decide what it says and who may
/// read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub text: String,
    pub source: Option<Id>,
    pub tlp: Tlp,
    pub pap: Pap,
    pub protected_source: bool,
}

impl Correction {
    /// The note's current content, to start editing from.
    pub fn of(note: &Note) -> Self {
        Correction {
            text: note.text.clone(),
            source: note.source,
            tlp: note.tlp,
            pap: note.pap,
            protected_source: note.protected_source,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionError {
    #[error("{}", crate::i18n::t("correction-retracted"))]
    Retracted,
    #[error("{}", crate::i18n::t("correction-unchanged"))]
    Unchanged,
    #[error("{}", crate::i18n::t("correction-empty"))]
    Empty,
    #[error("{}", crate::i18n::t("correction-no_reason"))]
    NoReason,
    /// An update that drops or rewrites an earlier version, or changes the content
    /// without keeping the version it replaces.
    #[error("{}", crate::i18n::t("correction-history_lost"))]
    HistoryLost,
}

impl CorrectionError {
    /// The catalogue key of the message shown to the coordinator.
    pub fn key(self) -> &'static str {
        match self {
            CorrectionError::Retracted => "correction-retracted",
            CorrectionError::Unchanged => "correction-unchanged",
            CorrectionError::Empty => "correction-empty",
            CorrectionError::NoReason => "correction-no_reason",
            CorrectionError::HistoryLost => "correction-history_lost",
        }
    }
}

/// What an update of a stored note is, as the audit trail records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteChange {
    /// Only bookkeeping or the links (who acts) changed.
    Other,
    Corrected,
    Retracted,
}

fn revision_of(note: &Note, by: &str, at: DateTime<Utc>) -> NoteRevision {
    NoteRevision {
        replaced_at: at,
        replaced_by: by.to_owned(),
        text: note.text.clone(),
        source: note.source,
        tlp: note.tlp,
        pap: note.pap,
        protected_source: note.protected_source,
    }
}

/// `note` corrected to `c`, the version it replaces kept as its newest revision.
pub fn correct(
    note: &Note,
    c: Correction,
    by: &str,
    at: DateTime<Utc>,
) -> Result<Note, CorrectionError> {
    if note.is_retracted() {
        return Err(CorrectionError::Retracted);
    }
    if c.text.trim().is_empty() {
        return Err(CorrectionError::Empty);
    }
    if c == Correction::of(note) {
        return Err(CorrectionError::Unchanged);
    }
    let mut out = note.clone();
    out.revisions.push(revision_of(note, by, at));
    out.text = c.text;
    out.source = c.source;
    out.tlp = c.tlp;
    out.pap = c.pap;
    out.protected_source = c.protected_source;
    Ok(out)
}

/// `note` withdrawn for `reason`; its text stays, for the case file.
pub fn retract(
    note: &Note,
    reason: &str,
    by: &str,
    at: DateTime<Utc>,
) -> Result<Note, CorrectionError> {
    if note.is_retracted() {
        return Err(CorrectionError::Retracted);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(CorrectionError::NoReason);
    }
    let mut out = note.clone();
    out.retraction = Some(Retraction {
        at,
        by: by.to_owned(),
        reason: reason.to_owned(),
    });
    Ok(out)
}

/// Whether `new` may replace `stored`, and what kind of change it is. Holds for every
/// path that writes a note: the earlier revisions stay as they were, a change of content
/// adds exactly one revision holding the content it replaces, and a retraction is final.
pub fn check_update(stored: &Note, new: &Note) -> Result<NoteChange, CorrectionError> {
    let kept = new.revisions.len() >= stored.revisions.len()
        && new.revisions[..stored.revisions.len()] == stored.revisions[..];
    if !kept || (stored.is_retracted() && new.retraction != stored.retraction) {
        return Err(CorrectionError::HistoryLost);
    }
    if stored.is_retracted() && Correction::of(new) != Correction::of(stored) {
        return Err(CorrectionError::Retracted);
    }
    let added = &new.revisions[stored.revisions.len()..];
    let same = Correction::of(new) == Correction::of(stored);
    match added {
        [] if same => Ok(if new.retraction.is_some() && !stored.is_retracted() {
            NoteChange::Retracted
        } else {
            NoteChange::Other
        }),
        [r] if !same && as_correction(r) == Correction::of(stored) && !new.is_retracted() => {
            Ok(NoteChange::Corrected)
        }
        _ => Err(CorrectionError::HistoryLost),
    }
}

fn as_correction(r: &NoteRevision) -> Correction {
    Correction {
        text: r.text.clone(),
        source: r.source,
        tlp: r.tlp,
        pap: r.pap,
        protected_source: r.protected_source,
    }
}

/// One version of a note in the case file's history, oldest first: every revision, then
/// the current text.
pub fn versions(note: &Note) -> Vec<Correction> {
    let mut out: Vec<Correction> = note.revisions.iter().map(as_correction).collect();
    out.push(Correction::of(note));
    out
}

/// A document sent before a note in it was corrected or retracted: its recipient holds a
/// version that no longer stands, and should get the new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Superseded {
    /// The export's audit entry.
    pub export: Id,
    /// What was exported (`session:2`).
    pub subject: String,
    pub recipient: Option<Id>,
    /// The notes it held that changed later (`note:6`), each once.
    pub notes: Vec<String>,
}

/// Every export of the trail that held a note corrected or retracted after it, oldest
/// first. Read from the trail alone: entries name notes by id, never by content.
pub fn superseded(trail: &[AuditEvent]) -> Vec<Superseded> {
    let mut out = Vec::new();
    for (i, e) in trail.iter().enumerate() {
        if e.kind != AuditKind::Export {
            continue;
        }
        let mut notes: Vec<String> = Vec::new();
        for later in &trail[i + 1..] {
            let changed = matches!(
                later.kind,
                AuditKind::NoteCorrected | AuditKind::NoteRetracted
            );
            if changed && e.included.contains(&later.subject) && !notes.contains(&later.subject) {
                notes.push(later.subject.clone());
            }
        }
        if !notes.is_empty() {
            out.push(Superseded {
                export: e.id,
                subject: e.subject.clone(),
                recipient: e.recipient,
                notes,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note() -> Note {
        let d = crate::demo::build(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        d.notes.into_iter().find(|n| n.id == 6).unwrap()
    }

    fn at() -> DateTime<Utc> {
        "2026-11-30T09:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_correction_keeps_the_version_it_replaces() {
        let n = note();
        let mut c = Correction::of(&n);
        c.text = "corrected".into();
        c.tlp = Tlp::Red;
        let out = correct(&n, c, "els", at()).unwrap();
        assert_eq!(out.text, "corrected");
        assert_eq!(out.tlp, Tlp::Red);
        assert_eq!(out.revisions.len(), 1);
        assert_eq!(out.revisions[0].text, n.text);
        assert_eq!(out.revisions[0].tlp, n.tlp);
        assert_eq!(out.revisions[0].replaced_by, "els");
        assert_eq!(versions(&out).len(), 2);
        assert_eq!(check_update(&n, &out), Ok(NoteChange::Corrected));
    }

    #[test]
    fn nothing_to_correct_and_empty_text_are_refused() {
        let n = note();
        assert_eq!(
            correct(&n, Correction::of(&n), "els", at()),
            Err(CorrectionError::Unchanged)
        );
        let mut c = Correction::of(&n);
        c.text = "  ".into();
        assert_eq!(correct(&n, c, "els", at()), Err(CorrectionError::Empty));
    }

    #[test]
    fn a_retraction_needs_a_reason_and_is_final() {
        let n = note();
        assert_eq!(
            retract(&n, " ", "els", at()),
            Err(CorrectionError::NoReason)
        );
        let r = retract(&n, "said about the wrong person", "els", at()).unwrap();
        assert_eq!(r.text, n.text, "the text stays for the case file");
        assert_eq!(check_update(&n, &r), Ok(NoteChange::Retracted));
        let mut c = Correction::of(&r);
        c.text = "again".into();
        assert_eq!(correct(&r, c, "els", at()), Err(CorrectionError::Retracted));
        assert_eq!(
            retract(&r, "x", "els", at()),
            Err(CorrectionError::Retracted)
        );
        let mut undone = r.clone();
        undone.retraction = None;
        assert_eq!(check_update(&r, &undone), Err(CorrectionError::HistoryLost));
    }

    #[test]
    fn exports_holding_a_note_corrected_later_are_superseded() {
        let entry = |id, kind, subject: &str, included: &[&str]| {
            let mut e = AuditEvent::new(kind, subject.into(), "x");
            e.id = id;
            e.recipient = Some(id);
            e.included = included.iter().map(|s| s.to_string()).collect();
            e
        };
        let trail = vec![
            entry(1, AuditKind::Export, "session:2", &["note:6", "note:7"]),
            entry(2, AuditKind::Export, "session:2", &["note:7"]),
            entry(3, AuditKind::NoteCorrected, "note:6", &[]),
            entry(4, AuditKind::NoteRetracted, "note:6", &[]),
            // Sent after the correction: holds the current version.
            entry(5, AuditKind::Export, "session:2", &["note:6"]),
            entry(6, AuditKind::NoteChanged, "note:7", &[]),
        ];
        assert_eq!(
            superseded(&trail),
            vec![Superseded {
                export: 1,
                subject: "session:2".into(),
                recipient: Some(1),
                notes: vec!["note:6".into()],
            }]
        );
    }

    #[test]
    fn an_update_that_loses_a_version_is_refused() {
        let n = note();
        // Content changed without a revision: silent overwrite.
        let mut silent = n.clone();
        silent.text = "overwritten".into();
        assert_eq!(check_update(&n, &silent), Err(CorrectionError::HistoryLost));
        // A revision that does not hold what was replaced.
        let mut c = Correction::of(&n);
        c.text = "new".into();
        let mut forged = correct(&n, c, "els", at()).unwrap();
        forged.revisions[0].text = "something else".into();
        assert_eq!(check_update(&n, &forged), Err(CorrectionError::HistoryLost));
        // An earlier revision dropped.
        let mut c = Correction::of(&n);
        c.text = "one".into();
        let one = correct(&n, c, "els", at()).unwrap();
        let mut dropped = one.clone();
        dropped.revisions.clear();
        dropped.text = n.text.clone();
        assert_eq!(
            check_update(&one, &dropped),
            Err(CorrectionError::HistoryLost)
        );
        // Bookkeeping only: fine.
        let mut other = n.clone();
        other.who_acts = None;
        assert_eq!(check_update(&n, &other), Ok(NoteChange::Other));
    }
}
