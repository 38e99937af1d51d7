//! `roundtable actions` lists open actions; `roundtable action …` closes, cancels,
//! reassigns one or moves its due date, one store transaction each, on the audit trail by
//! ids only.

use std::path::Path;

use clap::Subcommand;

use super::{Failure, say};
use crate::domain::Id;
use crate::domain::audit::{self, AuditKind};
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{Item, Naming, naming};
use crate::domain::note::ActionItem;
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Mark an open action done
    Done {
        /// The action's id (shown by `roundtable actions`)
        id: Id,
        /// A short result, one line
        #[arg(long)]
        result: Option<String>,
    },
    /// Cancel an open action, with a reason
    Cancel {
        /// The action's id (shown by `roundtable actions`)
        id: Id,
        /// Why it is cancelled, one line
        #[arg(long)]
        reason: String,
    },
    /// Give an open action to another partner
    Reassign {
        /// The action's id (shown by `roundtable actions`)
        id: Id,
        /// The new owner's name (as in the stakeholder list)
        #[arg(long, value_name = "NAME")]
        to: String,
    },
    /// Move an open action's due date: 2026-12-01, +3d, +2w
    Due {
        /// The action's id (shown by `roundtable actions`)
        id: Id,
        /// The new due date: 2026-12-01, or from today +3d, +2w
        #[arg(allow_hyphen_values = true)]
        date: String,
    },
}

/// The filters of `roundtable actions`.
pub struct Filter {
    pub overdue: bool,
    pub owner: Option<String>,
    pub case: Option<String>,
}

fn today() -> chrono::NaiveDate {
    super::today()
}

/// Lists open actions, overdue first. Whom a line names is `disclosure::naming`'s to say:
/// an action from a protected-source note has "a partner" as owner, and never matches an
/// `--owner` filter (which would tell its owner).
pub(super) fn list(path: &Path, filter: Filter) -> Result<(), Failure> {
    let store = Store::open_read_only(path)?;
    let data = store.load()?;
    let case = filter
        .case
        .map(|c| c.parse::<crate::domain::case::CaseRef>())
        .transpose()
        .map_err(Failure::from)?;
    let owner = filter.owner.map(|o| o.trim().to_lowercase());
    let today = today();
    for a in crate::domain::action::open_sorted(&data.actions, today) {
        let overdue = a.is_overdue(today);
        let reference = a
            .anchor
            .case
            .and_then(|id| crate::domain::dataset::by_id(&data.cases, id))
            .map(|c| &c.reference);
        if (filter.overdue && !overdue) || case.as_ref().is_some_and(|c| reference != Some(c)) {
            continue;
        }
        let naming = naming(&data, &Item::Action(a));
        let who = match naming {
            Naming::Masked => None,
            Naming::Open => owner_name(&data, a.owner),
        };
        if let Some(o) = &owner
            && !who.is_some_and(|w| w.to_lowercase().contains(o.as_str()))
        {
            continue;
        }
        let partner = t("minutes-a_partner");
        say(&tf(
            "cli-action_line",
            &[
                (
                    "mark",
                    &if overdue {
                        format!("{} ", t("cli-action_overdue"))
                    } else {
                        String::new()
                    },
                ),
                ("id", &a.id),
                (
                    "case",
                    &reference.map_or_else(|| "-".to_owned(), |r| r.to_string()),
                ),
                ("owner", &who.unwrap_or(partner)),
                (
                    "due",
                    &a.due.map_or_else(|| "-".to_owned(), |d| d.to_string()),
                ),
                ("text", &naming.text(&a.text, partner)),
            ],
        ));
    }
    Ok(())
}

fn owner_name(data: &Dataset, id: Option<Id>) -> Option<&str> {
    let id = id?;
    data.stakeholders
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.as_str())
}

/// One step on one action, in one transaction with its audit entry.
pub(super) fn change(path: &Path, command: ActionCommand) -> Result<(), Failure> {
    let store = Store::open(path, false)?;
    let id = match &command {
        ActionCommand::Done { id, .. }
        | ActionCommand::Cancel { id, .. }
        | ActionCommand::Reassign { id, .. }
        | ActionCommand::Due { id, .. } => *id,
    };
    // The new owner is looked up before the write (a name, never written to the trail).
    let to = match &command {
        ActionCommand::Reassign { to, .. } => Some(find_person(&store.load()?, to)?),
        _ => None,
    };
    let due = match &command {
        ActionCommand::Due { date, .. } => {
            Some(crate::domain::parse::date(date, today()).map_err(Failure::from)?)
        }
        _ => None,
    };
    let refused = std::cell::Cell::new(None);
    let result = store.write(|tx| {
        let mut a: ActionItem = tx.get(id)?.ok_or(StoreError::Gone {
            kind: "actions",
            id,
        })?;
        let (by, at) = (tx.user().to_owned(), tx.now());
        let (kind, step) = match &command {
            ActionCommand::Done { result, .. } => (
                AuditKind::ActionDone,
                a.complete(&by, at, result.as_deref().unwrap_or("")),
            ),
            ActionCommand::Cancel { reason, .. } => {
                (AuditKind::ActionCancelled, a.cancel(&by, at, reason))
            }
            ActionCommand::Reassign { .. } => (
                AuditKind::ActionReassigned,
                a.reassign(&by, at, to.unwrap_or_default()),
            ),
            ActionCommand::Due { .. } => (
                AuditKind::ActionDueMoved,
                a.move_due(&by, at, due.unwrap_or_default()),
            ),
        };
        if let Err(e) = step {
            refused.set(Some(e));
            return Err(StoreError::Invalid(e.key().into()));
        }
        tx.update(&mut a)?;
        let detail = to.map_or_else(|| kind.key().to_owned(), |p| format!("to:person:{p}"));
        tx.append_audit(audit::AuditEvent::new(
            kind,
            format!("action:{id}"),
            &detail,
        ))
    });
    match (result, refused.get()) {
        (Ok(_), _) => {
            say(&tf("cli-action_changed", &[("id", &id)]));
            Ok(())
        }
        (Err(_), Some(e)) => Err(Failure {
            code: 1,
            message: tf(&format!("cli-{}", e.key()), &[("id", &id)]),
        }),
        (Err(e), None) => Err(e.into()),
    }
}

/// The one stakeholder whose name is `name` (case and surrounding spaces aside).
fn find_person(data: &Dataset, name: &str) -> Result<Id, Failure> {
    let want = name.trim().to_lowercase();
    let found: Vec<_> = data
        .stakeholders
        .iter()
        .filter(|s| s.name.trim().to_lowercase() == want)
        .collect();
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => Err(Failure::from(tf(
            "cli-action_no_person",
            &[("name", &name)],
        ))),
        _ => Err(Failure::from(tf(
            "cli-action_two_people",
            &[("name", &name)],
        ))),
    }
}
