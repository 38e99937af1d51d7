//! Following up an action in the app: done, cancelled, reassigned, due date moved. The
//! step is checked by the domain first (nothing is queued when it refuses), then written
//! with its audit entry (ids only) in one transaction; the store refuses it when the
//! action changed since it was read.

use chrono::NaiveDate;

use super::record::{AnyRecord, Change};
use super::{App, Effect, Status, StatusKind, Ticket};
use crate::domain::Id;
use crate::domain::audit::AuditEvent;
use crate::domain::audit::AuditKind;
use crate::domain::note::ActionItem;
use crate::i18n::tf;

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

/// The changes that make `step` on the action `id`, or the catalogue key of why not.
pub fn changes(app: &App, id: Id, step: &Step) -> Result<Vec<Change>, &'static str> {
    let mut a = app
        .data
        .actions
        .iter()
        .find(|a| a.id == id)
        .cloned()
        .ok_or("cli-action_not_open")?;
    let (by, at) = (app.user.as_str(), app.now);
    let (kind, done) = match step {
        Step::Done(result) => (AuditKind::ActionDone, a.complete(by, at, result)),
        Step::Cancel(reason) => (AuditKind::ActionCancelled, a.cancel(by, at, reason)),
        Step::Reassign(to) => (AuditKind::ActionReassigned, a.reassign(by, at, *to)),
        Step::Due(date) => (AuditKind::ActionDueMoved, a.move_due(by, at, *date)),
    };
    done.map_err(|e| match e {
        crate::domain::action::ActionError::NotOpen(_) => "cli-action_not_open",
        crate::domain::action::ActionError::NoReason => "cli-action_needs_reason",
        crate::domain::action::ActionError::TextTooLong => "cli-action_text_too_long",
        crate::domain::action::ActionError::Unchanged => "cli-action_unchanged",
    })?;
    let detail = match step {
        Step::Reassign(to) => format!("to:person:{to}"),
        _ => kind.key().to_owned(),
    };
    Ok(vec![
        Change::Put(AnyRecord::Action(a)),
        Change::Audit(AuditEvent::new(kind, format!("action:{id}"), &detail)),
    ])
}

/// Queues `step` on the action `id`, or says why it cannot be done.
pub fn apply(app: &mut App, id: Id, step: &Step) {
    match changes(app, id, step) {
        Ok(changes) => {
            let done = tf("cli-action_changed", &[("id", &id)]);
            app.effects
                .push(Effect::Apply(changes, Ticket::Quick(done)));
        }
        Err(key) => {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text: tf(key, &[("id", &id)]),
            });
        }
    }
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

impl Typed {
    fn field(self) -> &'static str {
        match self {
            Typed::Result => "field-action_result",
            Typed::Reason => "field-action_reason",
            Typed::Due => "field-action_due",
        }
    }
}

/// The one-line form for `typed` on the action `id`.
pub fn form(id: Id, typed: Typed) -> super::form::Form {
    super::form::Form::new(
        super::forms::Purpose::FollowUp(id, typed),
        tf("form-follow_up", &[("id", &id)]),
        vec![super::form::Field::text(typed.field(), "")],
    )
}

/// The form was submitted: queue the step, or keep the form open with why not.
pub fn submit(app: &mut App, mut form: super::form::Form, id: Id, typed: Typed) {
    let value = form.value(typed.field());
    let step = match typed {
        Typed::Result => Ok(Step::Done(value)),
        Typed::Reason => Ok(Step::Cancel(value)),
        Typed::Due => crate::domain::parse::date(&value, app.today)
            .map(Step::Due)
            .map_err(|_| "cli-action_bad_date"),
    };
    match step.and_then(|s| changes(app, id, &s)) {
        Ok(changes) => {
            let done = tf("cli-action_changed", &[("id", &id)]);
            app.effects
                .push(Effect::Apply(changes, Ticket::Quick(done)));
        }
        Err(key) => {
            let i = form.index(typed.field());
            // The form shows a catalogue text without the id (the title has it).
            form.fields[i].error = Some(key.replacen("cli-", "form-", 1));
            app.form = Some(form);
        }
    }
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

/// The picker of filters: everyone owning an open action, every case with one, every
/// mini-network, and "all".
pub fn filter_picker(app: &App) -> super::picker::Picker {
    use super::picker::{PickItem, PickTarget, Picker};
    let item = |value, label: String, hint: &str, group| PickItem {
        value,
        label,
        hint: hint.to_owned(),
        group,
    };
    let mut items = vec![item(0, tf("actions-filter_all", &[]), "", 0)];
    let open: Vec<_> = app.data.actions.iter().filter(|a| a.is_open()).collect();
    let mut owners: Vec<Id> = open.iter().filter_map(|a| a.owner).collect();
    owners.sort_unstable();
    owners.dedup();
    for id in owners {
        let name = app.stakeholder_name(Some(id)).unwrap_or("—").to_owned();
        items.push(item(
            ActionsFilter::Owner(id).value(),
            name,
            crate::i18n::t("col-owner"),
            1,
        ));
    }
    for c in &app.data.cases {
        if open.iter().any(|a| a.anchor.case == Some(c.id)) {
            let v = ActionsFilter::Case(c.id).value();
            items.push(item(
                v,
                c.reference.to_string(),
                crate::i18n::t("col-case"),
                2,
            ));
        }
    }
    for n in app.data.networks.iter().filter(|n| !n.archived) {
        let v = ActionsFilter::Network(n.id).value();
        items.push(item(
            v,
            n.name.clone(),
            crate::i18n::t("actions-network"),
            3,
        ));
    }
    Picker::new(
        crate::i18n::t("picker-actions_filter").to_owned(),
        items,
        PickTarget::ActionsFilter,
    )
}
