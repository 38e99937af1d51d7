//! Why a form is open: one variant per form, with what it needs to build its record.

use crate::domain::case::Case;
use crate::domain::stakeholder::Stakeholder;

/// Why a form is open, with what it needs to build its record.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// New (None) or edit of a stakeholder.
    Stakeholder(Option<Box<Stakeholder>>),
    /// Log a contact with a stakeholder.
    Contact(crate::domain::Id),
    /// Plan a new round-table session.
    Session,
    /// New (None) or edit of a case.
    Case(Option<Box<Case>>),
    /// Close a case: reason and onward referral.
    CloseCase(crate::domain::Id),
    /// New (None) or edit of a mini-network.
    Network(Option<Box<crate::domain::network::MiniNetwork>>),
    /// A member's role, what they bring and gain.
    Member {
        network: crate::domain::Id,
        stakeholder: crate::domain::Id,
    },
    /// A problem → solution → owner entry of a network.
    Problem {
        network: crate::domain::Id,
        original: Option<Box<crate::domain::network::ProblemEntry>>,
    },
    /// An exchange-of-experience meeting of a network.
    Exchange(crate::domain::Id),
    /// A training and who attended.
    Training,
    /// A general topic for the open meeting's agenda.
    Topic,
    /// The network's sharing agreement.
    Agreement,
    /// A new rule narrowing what the labels allow.
    Rule,
    /// Import stakeholders from a file.
    Import,
    /// A step on an open action that needs a line typed: done with a result, cancelled
    /// with a reason, or a new due date.
    FollowUp(crate::domain::Id, super::follow_up::Typed),
}
