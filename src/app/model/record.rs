//! Changes the app asks the store to make, as data, so that `update` stays free of I/O
//! and tests can inspect what would be written.

use crate::domain::Id;
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::domain::case::Case;
use crate::domain::network::{ExchangeMeeting, MiniNetwork, ProblemEntry};
use crate::domain::note::{ActionItem, Decision, Note};
use crate::domain::routing::RoutedConcern;
use crate::domain::session::Session;
use crate::domain::sharing::{SharingAgreement, SharingRule};
use crate::domain::stakeholder::{ContactEntry, Stakeholder, Training};
use crate::store::{StoreError, WriteTx};

/// A record of any kind the app edits.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyRecord {
    Stakeholder(Stakeholder),
    Contact(ContactEntry),
    Training(Training),
    Network(MiniNetwork),
    Problem(ProblemEntry),
    Exchange(ExchangeMeeting),
    Session(Session),
    Case(Case),
    Note(Note),
    Decision(Decision),
    Action(ActionItem),
    Rule(SharingRule),
    Agreement(SharingAgreement),
    Concern(RoutedConcern),
}

/// One change; a list of them is written in one transaction.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // a few per save; boxing buys nothing
pub enum Change {
    /// Insert when the id is 0, else update (refused when its `rev` is stale). A new
    /// action or decision with `from_note: Some(0)` was taken from the note put earlier in
    /// the same list, whose id is not known until then.
    Put(AnyRecord),
    /// Delete a stakeholder that nothing refers to.
    DeleteStakeholder(Id, u64),
    /// Keep the editor's text as this user's draft for a place; empty text removes it.
    SetDraft { place: String, text: String },
    /// Append to the audit trail (who and when are filled in by the store).
    Audit(AuditEvent),
}

macro_rules! put {
    ($tx:expr, $rec:expr, $($variant:ident),*) => {
        match $rec {
            $(AnyRecord::$variant(r) => {
                let mut r = r.clone();
                if r.id == 0 { $tx.insert(&mut r) } else { $tx.update(&mut r).map(|_| r.id) }
            })*
        }
    };
}

/// Whether saving `rule` switches off a rule that is on now.
fn switched_off(tx: &WriteTx, rule: &SharingRule) -> Result<bool, StoreError> {
    if rule.id == 0 || rule.active {
        return Ok(false);
    }
    Ok(tx.get::<SharingRule>(rule.id)?.is_some_and(|r| r.active))
}

/// Carries out `changes` inside one transaction; returns the id of every record put.
pub fn apply(tx: &mut WriteTx, changes: &[Change]) -> Result<Vec<Id>, StoreError> {
    refuse_closed(tx, changes)?;
    refuse_erased(tx, changes)?;
    let mut ids = Vec::new();
    let mut note = None;
    for c in changes {
        match c {
            Change::Put(rec) => {
                let rec = &*with_note(rec, note);
                // Every change to a case, a note or a routed concern is on the audit
                // trail, in the same transaction as the change.
                let trail = trail(tx, rec)?;
                let id = put!(
                    tx,
                    rec,
                    Stakeholder,
                    Contact,
                    Training,
                    Network,
                    Problem,
                    Exchange,
                    Session,
                    Case,
                    Note,
                    Decision,
                    Action,
                    Rule,
                    Agreement,
                    Concern
                )?;
                if let Some(trail) = trail {
                    tx.append_audit(trail.event(id))?;
                }
                if matches!(rec, AnyRecord::Note(_)) {
                    note = Some(id);
                }
                ids.push(id);
            }
            Change::DeleteStakeholder(id, rev) => {
                tx.delete::<Stakeholder>(*id, *rev)?;
            }
            Change::SetDraft { place, text } => tx.put_draft(place, text)?,
            Change::Audit(event) => {
                tx.append_audit(event.clone())?;
            }
        }
    }
    Ok(ids)
}

/// The audit entry a put writes: ids and keys only, never content.
struct Trail {
    kind: AuditKind,
    /// `note`, `concern`, …: the subject is `prefix:id`, with the id known once put.
    prefix: &'static str,
    /// The subject's key when it is not the id (a case's reference).
    key: Option<String>,
    detail: String,
}

impl Trail {
    fn new(kind: AuditKind, prefix: &'static str, detail: &str) -> Trail {
        let detail = detail.to_owned();
        Trail {
            kind,
            prefix,
            key: None,
            detail,
        }
    }

    fn event(self, id: Id) -> AuditEvent {
        let key = self.key.unwrap_or_else(|| id.to_string());
        AuditEvent::new(self.kind, format!("{}:{key}", self.prefix), &self.detail)
    }
}

/// The entry putting `rec` writes on the trail, if any.
fn trail(tx: &WriteTx, rec: &AnyRecord) -> Result<Option<Trail>, StoreError> {
    let made = |id: Id| if id == 0 { "created" } else { "updated" };
    Ok(Some(match rec {
        AnyRecord::Case(c) => Trail {
            key: Some(c.reference.to_string()),
            ..Trail::new(AuditKind::CaseChanged, "case", made(c.id))
        },
        AnyRecord::Note(n) => {
            let kind = note_kind(tx, n)?;
            let detail = match kind {
                AuditKind::NoteCorrected => "corrected",
                AuditKind::NoteRetracted => "retracted",
                _ => made(n.id),
            };
            Trail::new(kind, "note", detail)
        }
        AnyRecord::Rule(r) if switched_off(tx, r)? => Trail {
            key: Some(r.id.to_string()),
            ..Trail::new(AuditKind::RuleOff, "rule", "switched off")
        },
        AnyRecord::Concern(c) => concern_trail(c),
        _ => return Ok(None),
    }))
}

/// A new concern is routed; a stored one changes only by its answer. The detail names
/// whom it is about by id and the answer by its key: never the text nor the service.
fn concern_trail(c: &RoutedConcern) -> Trail {
    use crate::domain::routing::ConcernAbout;
    let about = match c.about {
        ConcernAbout::Stakeholder(id) => format!("about stakeholder:{id}"),
        ConcernAbout::Case(id) => format!("about case:{id}"),
    };
    if c.id == 0 {
        return Trail::new(AuditKind::ConcernRouted, "concern", &about);
    }
    let detail = format!("{}, {about}", c.picked_up.key());
    Trail {
        key: Some(c.id.to_string()),
        ..Trail::new(AuditKind::ConcernAnswered, "concern", &detail)
    }
}

/// How the trail names a change to `n`. An update of a stored note must keep every
/// earlier version (`domain::correction::check_update`), whoever writes it.
fn note_kind(tx: &WriteTx, n: &Note) -> Result<AuditKind, StoreError> {
    use crate::domain::correction::{NoteChange, check_update};
    let Some(stored) = (n.id != 0)
        .then(|| tx.get::<Note>(n.id))
        .transpose()?
        .flatten()
    else {
        return Ok(AuditKind::NoteChanged);
    };
    // Saved by someone else since it was read: a lost update, whatever it changed.
    if stored.meta.rev != n.meta.rev {
        return Err(StoreError::Conflict {
            kind: <Note as crate::domain::dataset::Record>::KIND,
            id: n.id,
            by: stored.meta.updated_by.to_string(),
            at: stored.meta.updated_at,
        });
    }
    match check_update(&stored, n) {
        Ok(NoteChange::Other) => Ok(AuditKind::NoteChanged),
        Ok(NoteChange::Corrected) => Ok(AuditKind::NoteCorrected),
        Ok(NoteChange::Retracted) => Ok(AuditKind::NoteRetracted),
        Err(e) => Err(StoreError::Invalid(crate::i18n::t(e.key()).to_owned())),
    }
}

/// `rec` with a `from_note` of 0 replaced by the note just put (`None` if there was none).
fn with_note(rec: &AnyRecord, note: Option<Id>) -> std::borrow::Cow<'_, AnyRecord> {
    use std::borrow::Cow;
    match rec {
        AnyRecord::Action(a) if a.from_note == Some(0) => {
            Cow::Owned(AnyRecord::Action(ActionItem {
                from_note: note,
                ..a.clone()
            }))
        }
        AnyRecord::Decision(d) if d.from_note == Some(0) => {
            Cow::Owned(AnyRecord::Decision(Decision {
                from_note: note,
                ..d.clone()
            }))
        }
        _ => Cow::Borrowed(rec),
    }
}

/// Nothing is written onto an erased person: a form left open on them while they were
/// erased (its refused save put on the tombstone) or a contact logged with them.
fn refuse_erased(tx: &WriteTx, changes: &[Change]) -> Result<(), StoreError> {
    for c in changes {
        let person = match c {
            Change::Put(AnyRecord::Stakeholder(s)) if s.id != 0 => s.id,
            Change::Put(AnyRecord::Contact(c)) => c.stakeholder,
            _ => continue,
        };
        if tx.get::<Stakeholder>(person)?.is_some_and(|s| s.erased) {
            return Err(StoreError::Erased {
                kind: <Stakeholder as crate::domain::dataset::Record>::KIND,
                id: person,
            });
        }
    }
    Ok(())
}

/// A closed session is read-only here too, whoever asks (another terminal's copy may be
/// a second old): nothing new is anchored to it and the session itself does not change,
/// unless the same transaction reopens it with its audit entry.
fn refuse_closed(tx: &WriteTx, changes: &[Change]) -> Result<(), StoreError> {
    let reopened = |id: Id| {
        changes.iter().any(|c| {
            matches!(c, Change::Audit(e)
                if e.kind == AuditKind::SessionReopened && e.subject == format!("session:{id}"))
        })
    };
    for c in changes {
        let Change::Put(rec) = c else { continue };
        let (session, new) = match rec {
            AnyRecord::Note(n) => (n.anchor.session, n.id == 0),
            AnyRecord::Decision(d) => (d.anchor.session, d.id == 0),
            AnyRecord::Action(a) => (a.anchor.session, a.id == 0),
            AnyRecord::Session(s) => (Some(s.id), false),
            _ => continue,
        };
        let Some(id) = session.filter(|id| *id != 0 && !reopened(*id)) else {
            continue;
        };
        let Some(stored) = tx.get::<Session>(id)? else {
            continue;
        };
        if stored.status != crate::domain::session::SessionStatus::Closed {
            continue;
        }
        let changed = match rec {
            AnyRecord::Session(s) => {
                let mut s = s.clone();
                s.meta = stored.meta.clone();
                s != stored
            }
            AnyRecord::Action(a) if !new => !follow_up_only(tx, a)?,
            // A correction or retraction changes what the session's minutes said.
            AnyRecord::Note(n) if !new => note_kind(tx, n)? != AuditKind::NoteChanged,
            _ => new,
        };
        if changed {
            return Err(StoreError::Invalid(crate::i18n::tf(
                "error-session_closed",
                &[("id", &id)],
            )));
        }
    }
    Ok(())
}

/// Whether `a` differs from the stored action only in its follow-up (status, owner, due
/// date, history): what happens to an action after it was agreed is not a change to the
/// session it was agreed at.
fn follow_up_only(tx: &WriteTx, a: &ActionItem) -> Result<bool, StoreError> {
    let Some(stored) = tx.get::<ActionItem>(a.id)? else {
        return Ok(true);
    };
    let mut a = a.clone();
    a.meta = stored.meta.clone();
    a.status = stored.status;
    a.owner = stored.owner;
    a.due = stored.due;
    a.history = stored.history.clone();
    Ok(a == stored)
}
