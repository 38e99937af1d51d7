//! Changes the app asks the store to make, as data, so that `update` stays free of I/O
//! and tests can inspect what would be written.

use crate::domain::Id;
use crate::domain::case::Case;
use crate::domain::network::{ExchangeMeeting, MiniNetwork, ProblemEntry};
use crate::domain::note::{ActionItem, Decision, Note};
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
}

/// One change; a list of them is written in one transaction.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // a few per save; boxing buys nothing
pub enum Change {
    /// Insert when the id is 0, else update (refused when its `rev` is stale).
    Put(AnyRecord),
    /// Delete a stakeholder that nothing refers to.
    DeleteStakeholder(Id, u64),
    /// Keep the editor's text as this user's draft for a place; empty text removes it.
    SetDraft { place: String, text: String },
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

/// Carries out `changes` inside one transaction; returns the id of every record put.
pub fn apply(tx: &mut WriteTx, changes: &[Change]) -> Result<Vec<Id>, StoreError> {
    let mut ids = Vec::new();
    for c in changes {
        match c {
            Change::Put(rec) => ids.push(put!(
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
                Agreement
            )?),
            Change::DeleteStakeholder(id, rev) => {
                tx.delete::<Stakeholder>(*id, *rev)?;
            }
            Change::SetDraft { place, text } => tx.put_draft(place, text)?,
        }
    }
    Ok(ids)
}
