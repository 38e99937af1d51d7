//! Following up an action: the steps, what a follow-up form asks for, and what the
//! Actions view is narrowed to.

use chrono::NaiveDate;

use crate::domain::Id;
use crate::domain::note::ActionItem;

/// One step on an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Done, with an optional one-line result.
    Done(String),
    /// Cancelled, with a reason.
    Cancel(String),
    /// Given to another owner.
    Reassign(Id),
    /// Due on another date.
    Due(NaiveDate),
}

/// What a follow-up form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// Done, with an optional result.
    Result,
    /// Cancelled, with a reason.
    Reason,
    /// A new due date (`2026-12-01`, `+3d`, as in notes).
    Due,
}

/// What the Actions view is narrowed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionsFilter {
    Owner(Id),
    Case(Id),
    /// Actions owned by a member of this mini-network.
    Network(Id),
}

impl ActionsFilter {
    /// As a picker value: the kind in the high bits, the id below (0 is "all").
    pub fn value(self) -> u64 {
        match self {
            ActionsFilter::Owner(id) => (1 << 48) | id,
            ActionsFilter::Case(id) => (2 << 48) | id,
            ActionsFilter::Network(id) => (3 << 48) | id,
        }
    }

    pub fn from_value(v: u64) -> Option<Self> {
        let id = v & ((1 << 48) - 1);
        match v >> 48 {
            1 => Some(ActionsFilter::Owner(id)),
            2 => Some(ActionsFilter::Case(id)),
            3 => Some(ActionsFilter::Network(id)),
            _ => None,
        }
    }

    pub fn keeps(self, data: &crate::domain::dataset::Dataset, a: &ActionItem) -> bool {
        match self {
            ActionsFilter::Owner(id) => a.owner == Some(id),
            ActionsFilter::Case(id) => a.anchor.case == Some(id),
            ActionsFilter::Network(id) => data
                .networks
                .iter()
                .find(|n| n.id == id)
                .is_some_and(|n| n.members.iter().any(|m| Some(m.stakeholder) == a.owner)),
        }
    }
}
