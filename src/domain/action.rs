//! The action workflow: an agreed action is open until it is done or cancelled; while open
//! it can be reassigned or its due date moved. Every step is kept on the action as a typed
//! event with who and when, so that the case file can show its history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Id;
use super::meta::Who;
use super::note::{ActionItem, ActionStatus};

/// The longest result or reason kept, in characters: a short line, not a report.
pub const MAX_TEXT: usize = 200;

/// One step in an action's life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionEvent {
    pub by: Who,
    #[serde(with = "crate::domain::time::utc")]
    pub at: DateTime<Utc>,
    pub change: ActionChange,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionChange {
    Done {
        result: Option<String>,
    },
    Cancelled {
        reason: String,
    },
    Reassigned {
        from: Option<Id>,
        to: Id,
    },
    DueMoved {
        #[serde(with = "crate::domain::time::opt_date")]
        from: Option<NaiveDate>,
        #[serde(with = "crate::domain::time::date")]
        to: NaiveDate,
    },
}

/// Why a step was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionError {
    /// Only an open action can be closed, reassigned or moved.
    NotOpen(ActionStatus),
    /// Cancelling needs a reason.
    NoReason,
    /// A result or reason longer than [`MAX_TEXT`] or on more than one line.
    TextTooLong,
    /// The action already has this owner or this due date.
    Unchanged,
}

impl ActionError {
    /// The catalogue key that explains it.
    pub fn key(self) -> &'static str {
        match self {
            ActionError::NotOpen(_) => "action_not_open",
            ActionError::NoReason => "action_needs_reason",
            ActionError::TextTooLong => "action_text_too_long",
            ActionError::Unchanged => "action_unchanged",
        }
    }
}

/// A one-line text: trimmed, `None` when empty.
fn line(text: &str) -> Result<Option<String>, ActionError> {
    let t = text.trim();
    if t.contains(['\n', '\r']) || t.chars().count() > MAX_TEXT {
        return Err(ActionError::TextTooLong);
    }
    Ok((!t.is_empty()).then(|| t.to_owned()))
}

impl ActionItem {
    fn record(&mut self, by: &str, at: DateTime<Utc>, change: ActionChange) {
        self.history.push(ActionEvent {
            by: by.into(),
            at,
            change,
        });
    }

    fn ensure_open(&self) -> Result<(), ActionError> {
        match self.status {
            ActionStatus::Open => Ok(()),
            s => Err(ActionError::NotOpen(s)),
        }
    }

    /// Open -> done, with an optional short result.
    pub fn complete(
        &mut self,
        by: &str,
        at: DateTime<Utc>,
        result: &str,
    ) -> Result<(), ActionError> {
        self.ensure_open()?;
        let result = line(result)?;
        self.status = ActionStatus::Done;
        self.record(by, at, ActionChange::Done { result });
        Ok(())
    }

    /// Open -> cancelled, with a reason.
    pub fn cancel(&mut self, by: &str, at: DateTime<Utc>, reason: &str) -> Result<(), ActionError> {
        self.ensure_open()?;
        let reason = line(reason)?.ok_or(ActionError::NoReason)?;
        self.status = ActionStatus::Cancelled;
        self.record(by, at, ActionChange::Cancelled { reason });
        Ok(())
    }

    /// Gives an open action to another owner.
    pub fn reassign(&mut self, by: &str, at: DateTime<Utc>, to: Id) -> Result<(), ActionError> {
        self.ensure_open()?;
        if self.owner == Some(to) {
            return Err(ActionError::Unchanged);
        }
        let from = self.owner.replace(to);
        self.record(by, at, ActionChange::Reassigned { from, to });
        Ok(())
    }

    /// Moves an open action's due date.
    pub fn move_due(
        &mut self,
        by: &str,
        at: DateTime<Utc>,
        to: NaiveDate,
    ) -> Result<(), ActionError> {
        self.ensure_open()?;
        if self.due == Some(to) {
            return Err(ActionError::Unchanged);
        }
        let from = self.due.replace(to);
        self.record(by, at, ActionChange::DueMoved { from, to });
        Ok(())
    }

    /// When it was closed (done or cancelled), from its history.
    pub fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.history.iter().rev().find_map(|e| match e.change {
            ActionChange::Done { .. } | ActionChange::Cancelled { .. } => Some(e.at),
            _ => None,
        })
    }
}

/// Open actions, overdue first (earliest due first), then by due date (none last), then id.
pub fn open_sorted<'a>(
    actions: impl IntoIterator<Item = &'a ActionItem>,
    today: NaiveDate,
) -> Vec<&'a ActionItem> {
    let mut open: Vec<_> = actions.into_iter().filter(|a| a.is_open()).collect();
    open.sort_by_key(|a| (!a.is_overdue(today), a.due.is_none(), a.due, a.id));
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::note::Anchor;
    use crate::domain::sharing::Tlp;

    fn action(id: Id, due: Option<NaiveDate>) -> ActionItem {
        ActionItem {
            id,
            meta: Default::default(),
            anchor: Anchor {
                session: Some(1),
                item: Some(0),
                case: None,
            },
            text: "call the school".into(),
            owner: Some(1),
            due,
            status: ActionStatus::Open,
            tlp: Tlp::Amber,
            from_note: None,
            history: Vec::new(),
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn at() -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH
    }

    #[test]
    fn done_records_who_when_and_result_once() {
        let mut a = action(1, Some(day(10)));
        a.complete("samira", at(), "  school called back \t")
            .unwrap();
        assert_eq!(a.status, ActionStatus::Done);
        assert_eq!(
            a.history,
            [ActionEvent {
                by: "samira".into(),
                at: at(),
                change: ActionChange::Done {
                    result: Some("school called back".into())
                },
            }]
        );
        assert_eq!(a.closed_at(), Some(at()));
        assert_eq!(
            a.complete("samira", at(), ""),
            Err(ActionError::NotOpen(ActionStatus::Done))
        );
        assert_eq!(a.history.len(), 1, "a refused step records nothing");
    }

    #[test]
    fn an_empty_result_is_none() {
        let mut a = action(1, None);
        a.complete("x", at(), "   ").unwrap();
        assert_eq!(a.history[0].change, ActionChange::Done { result: None });
    }

    #[test]
    fn cancel_needs_a_one_line_reason() {
        let mut a = action(1, None);
        assert_eq!(a.cancel("x", at(), " "), Err(ActionError::NoReason));
        assert_eq!(a.cancel("x", at(), "a\nb"), Err(ActionError::TextTooLong));
        let long = "x".repeat(MAX_TEXT + 1);
        assert_eq!(a.cancel("x", at(), &long), Err(ActionError::TextTooLong));
        assert!(a.history.is_empty() && a.is_open());
        a.cancel("x", at(), "family moved away").unwrap();
        assert_eq!(a.status, ActionStatus::Cancelled);
        assert_eq!(
            a.reassign("x", at(), 2),
            Err(ActionError::NotOpen(ActionStatus::Cancelled))
        );
        assert_eq!(
            a.move_due("x", at(), day(3)),
            Err(ActionError::NotOpen(ActionStatus::Cancelled))
        );
    }

    #[test]
    fn reassign_and_move_keep_the_old_value() {
        let mut a = action(1, Some(day(10)));
        assert_eq!(a.reassign("x", at(), 1), Err(ActionError::Unchanged));
        a.reassign("x", at(), 4).unwrap();
        assert_eq!(a.owner, Some(4));
        assert_eq!(a.move_due("x", at(), day(10)), Err(ActionError::Unchanged));
        a.move_due("x", at(), day(20)).unwrap();
        assert_eq!(a.due, Some(day(20)));
        let changes: Vec<_> = a.history.iter().map(|e| e.change.clone()).collect();
        assert_eq!(
            changes,
            [
                ActionChange::Reassigned {
                    from: Some(1),
                    to: 4
                },
                ActionChange::DueMoved {
                    from: Some(day(10)),
                    to: day(20)
                },
            ]
        );
        assert!(a.is_open());
        assert_eq!(a.closed_at(), None);
    }

    #[test]
    fn overdue_is_open_and_due_before_today() {
        let today = day(15);
        assert!(action(1, Some(day(14))).is_overdue(today));
        assert!(!action(1, Some(day(15))).is_overdue(today));
        assert!(!action(1, None).is_overdue(today));
        let mut done = action(1, Some(day(1)));
        done.complete("x", at(), "").unwrap();
        assert!(!done.is_overdue(today));
    }

    #[test]
    fn open_actions_sort_overdue_first() {
        let list = [
            action(1, None),
            action(2, Some(day(20))),
            action(3, Some(day(14))),
            action(4, Some(day(2))),
            action(5, Some(day(16))),
        ];
        let mut closed = action(6, Some(day(1)));
        closed.cancel("x", at(), "no longer needed").unwrap();
        let ids: Vec<_> = open_sorted(list.iter().chain([&closed]), day(15))
            .iter()
            .map(|a| a.id)
            .collect();
        assert_eq!(ids, [4, 3, 5, 2, 1]);
    }
}
