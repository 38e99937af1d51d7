//! Following up an action in the app: done, cancelled, reassigned, due date moved. The
//! step is checked by the domain first (nothing is queued when it refuses), then written
//! with its audit entry (ids only) in one transaction; the store refuses it when the
//! action changed since it was read.

use crate::app::model::follow_up::{ActionsFilter, Step, StepKind, Typed};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::{App, Effect, Status, StatusKind};
use crate::domain::Id;
use crate::domain::audit::AuditEvent;
use crate::domain::audit::AuditKind;
use crate::i18n::tf;

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
            let ticket = app.quick(done);
            app.effects.push(Effect::Apply(changes, ticket));
        }
        Err(key) => {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text: tf(key, &[("id", &id)]),
            });
        }
    }
}

/// The form was submitted: queue the step, or keep the form open with why not.
pub fn submit(app: &mut App, mut form: crate::app::model::form::Form, id: Id, typed: Typed) {
    let value = form.value(crate::app::forms::follow_up::field(typed));
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
            let ticket = app.quick(done);
            app.effects.push(Effect::Apply(changes, ticket));
        }
        Err(key) => {
            // The form shows a catalogue text without the id (the title has it).
            if let Some(i) = form.index(crate::app::forms::follow_up::field(typed)) {
                form.fields[i].error = Some(key.replacen("cli-", "form-", 1));
            }
            app.form = Some(form);
        }
    }
}

/// The picker of filters: everyone owning an open action, every case with one, every
/// mini-network, and "all".
pub fn filter_picker(app: &App) -> crate::app::model::picker::Picker {
    use crate::app::model::picker::{PickItem, PickTarget, Picker};
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

/// A filter was picked for the Actions view (0 is "all").
pub fn filter_picked(app: &mut App, value: u64) {
    app.actions_filter = ActionsFilter::from_value(value);
    app.list_actions();
}

/// Begins `kind` on the action `id`: the one-line form of a result, a reason or a due
/// date, or the people picker (without the current owner) for a new owner.
pub fn begin(app: &mut App, id: Id, kind: StepKind) {
    if let Some(typed) = kind.typed() {
        app.form = Some(crate::app::forms::follow_up::form(id, typed));
        return;
    }
    use crate::app::model::picker::{PickTarget, Picker};
    let owner = app
        .data
        .actions
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| a.owner);
    let items = crate::app::model::namesakes::people_items(app, &[])
        .into_iter()
        .filter(|p| Some(p.value) != owner)
        .collect();
    app.picker = Some(Picker::new(
        crate::i18n::t("picker-action_owner").to_owned(),
        items,
        PickTarget::ActionOwner(id),
    ));
}

/// Begins `kind` on one of the open actions `ids` (overdue first): at once when there
/// is one, else after picking it. Nothing open: says so.
pub fn choose(app: &mut App, ids: &[Id], kind: StepKind) {
    match ids {
        [] => {
            app.status = Some(Status {
                kind: StatusKind::Info,
                text: crate::i18n::t("status-no_open_action").to_owned(),
            });
        }
        [id] => begin(app, *id, kind),
        _ => app.picker = Some(action_picker(app, ids, kind)),
    }
}

/// The picker of the open actions `ids`, each with its owner and due date.
fn action_picker(app: &App, ids: &[Id], kind: StepKind) -> crate::app::model::picker::Picker {
    use crate::app::model::picker::{PickItem, PickTarget, Picker};
    let items = ids
        .iter()
        .filter_map(|id| crate::domain::dataset::by_id(&app.data.actions, *id))
        .map(|a| {
            let owner = app.stakeholder_name(a.owner).unwrap_or("—");
            let due = a.due.map(|d| format!(" · {d}")).unwrap_or_default();
            let overdue = a.is_overdue(app.today);
            PickItem {
                value: a.id,
                label: crate::domain::sanitize::line(&a.text).into_owned(),
                hint: format!(
                    "{}{due}{}",
                    crate::domain::sanitize::line(owner),
                    if overdue {
                        format!(" {}", crate::i18n::t("action-overdue"))
                    } else {
                        String::new()
                    }
                ),
                group: u8::from(!overdue),
            }
        })
        .collect();
    Picker::new(
        crate::i18n::t("picker-follow_up").to_owned(),
        items,
        PickTarget::FollowUpAction(kind),
    )
}

/// The open actions of `case`, overdue first.
pub fn open_of_case(app: &App, case: Id) -> Vec<Id> {
    crate::domain::action::open_sorted(
        app.data
            .actions
            .iter()
            .filter(|a| a.anchor.case == Some(case)),
        app.today,
    )
    .into_iter()
    .map(|a| a.id)
    .collect()
}
