use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::sharing::{Pap, Tlp};
use super::{Id, Meta};

/// Where a note, decision or action was taken down: a session's agenda item, and the case
/// it is about when the item is a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub session: Option<Id>,
    pub item: Option<u32>,
    pub case: Option<Id>,
}

/// A note taken at the table. The labels travel with it: they decide who may ever read it
/// outside the room, and what they may do with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: Id,
    pub meta: Meta,
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub author: String,
    pub anchor: Anchor,
    pub text: String,
    /// The partner who brought this information to the meeting.
    pub source: Option<Id>,
    pub tlp: Tlp,
    pub pap: Pap,
    /// The source must never be named, nor its organisation, outside the room.
    pub protected_source: bool,
    /// Who will act on it.
    pub who_acts: Option<Id>,
    /// Earlier versions, oldest first (schema 8): a correction keeps what it replaced, so
    /// that the case file's history shows what was said before.
    pub revisions: Vec<NoteRevision>,
    /// Withdrawn, with the reason (schema 8): kept in the case file, never sent again.
    pub retraction: Option<Retraction>,
}

/// A note as it read before a correction, and who replaced it when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteRevision {
    #[serde(with = "crate::domain::time::utc")]
    pub replaced_at: DateTime<Utc>,
    pub replaced_by: String,
    pub text: String,
    pub source: Option<Id>,
    pub tlp: Tlp,
    pub pap: Pap,
    pub protected_source: bool,
}

/// Why and when a note was withdrawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Retraction {
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub by: String,
    pub reason: String,
}

impl Note {
    pub fn is_retracted(&self) -> bool {
        self.retraction.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub id: Id,
    pub meta: Meta,
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub anchor: Anchor,
    pub text: String,
    pub tlp: Tlp,
    /// The note whose `decision:` line this is (schema 5). `None` for decisions of older
    /// files whose note could not be told apart from the others at their agenda item.
    pub from_note: Option<Id>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done,
    Cancelled,
}

/// An agreed action: one owner, a deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: Id,
    pub meta: Meta,
    pub anchor: Anchor,
    pub text: String,
    pub owner: Option<Id>,
    #[serde(with = "crate::domain::time::opt_date")]
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub tlp: Tlp,
    /// The note whose `action:` line this is (schema 5): what the note's labels and
    /// protected source say holds for the action too. `None` as for decisions.
    pub from_note: Option<Id>,
    /// What happened to it after it was agreed (schema 7): done, cancelled, reassigned,
    /// due date moved, oldest first. Empty for actions of older files.
    pub history: Vec<super::action::ActionEvent>,
}

impl ActionItem {
    pub fn is_open(&self) -> bool {
        self.status == ActionStatus::Open
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|d| d < today)
    }
}

/// What the editor held when last saved, so that nothing typed is lost when the terminal
/// goes away. One per Unix account and place of typing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: Id,
    pub meta: Meta,
    pub owner: String,
    /// Where the text was being typed, e.g. `session:3:item:2`.
    pub place: String,
    pub text: String,
}
