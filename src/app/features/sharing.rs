//! The sharing-rules tab: the agreement, the rules, the audit trail; and opening a case
//! file, which the audit trail records.

use crate::domain::Id;
use crate::domain::audit::AuditKind;
use crate::i18n::t;

use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::Ticket;
use crate::app::model::{Action, App, Effect, Tab};

/// Actions on the sharing-rules tab.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    if app.tab != Tab::Sharing {
        return None;
    }
    match action {
        Action::ToggleAudit => {
            app.show_audit = !app.show_audit;
        }
        Action::CycleQuick if app.show_audit => {
            use AuditKind::*;
            let order = [
                None,
                Some(Export),
                Some(ExportCancelled),
                Some(FeedbackSheet),
                Some(CaseOpened),
                Some(CaseChanged),
                Some(NoteChanged),
                Some(SessionReopened),
            ];
            let i = order
                .iter()
                .position(|k| *k == app.audit_filter)
                .unwrap_or(0);
            app.audit_filter = order[(i + 1) % order.len()].clone();
            app.refresh_audit();
        }
        Action::Edit if !app.show_audit => app.form = Some(crate::app::forms::agreement::form(app)),
        Action::New if !app.show_audit => app.form = Some(crate::app::forms::rule::form()),
        Action::ToggleRule if !app.show_audit => {
            let i = app.view().selected_row()?;
            let mut r = app.data.sharing_rules.get(i)?.clone();
            r.active = !r.active;
            let msg = if r.active {
                t("status-rule_on")
            } else {
                t("status-rule_off")
            }
            .to_owned();
            let ticket = app.quick(msg);
            app.saving.push(ticket.clone());
            app.effects
                .push(Effect::Apply(vec![Change::Put(AnyRecord::Rule(r))], ticket));
        }
        _ => {}
    }
    None
}

/// Opening a case file is on the audit trail.
pub fn case_opened(app: &mut App, case: Id) {
    let Some(c) = crate::domain::dataset::by_id(&app.data.cases, case) else {
        return;
    };
    let event = crate::domain::audit::AuditEvent::new(
        AuditKind::CaseOpened,
        format!("case:{}", c.reference),
        "case file opened",
    );
    app.effects
        .push(Effect::Apply(vec![Change::Audit(event)], Ticket::Silent));
}
