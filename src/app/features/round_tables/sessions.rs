//! Actions on the round-tables tab: sessions and cases.

use crate::domain::Id;
use crate::domain::case::{CaseStatus, StatusChange};
use crate::domain::session::{AgendaItem, AgendaSubject, SessionStatus};
use crate::i18n::{t, tf};

use super::meeting;
use crate::app::forms;
use crate::app::model::export_preview::Exporting;
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::{Action, App, Effect};

fn selected_session(app: &App) -> Option<&crate::domain::session::Session> {
    (!app.show_cases).then(|| app.view().selected_row().map(|i| &app.data.sessions[i]))?
}

fn selected_case(app: &App) -> Option<&crate::domain::case::Case> {
    app.show_cases
        .then(|| app.view().selected_row().map(|i| &app.data.cases[i]))?
}

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::ExportMinutes => {
            let s = selected_session(app)?.id;
            return Some(Action::ChooseRecipient(Exporting::Minutes(s)));
        }
        Action::ExportAgenda => {
            let s = selected_session(app)?.id;
            return Some(Action::ChooseRecipient(Exporting::Agenda(s)));
        }
        Action::ExportFeedback => {
            let c = selected_case(app)?.id;
            return Some(Action::ChooseRecipient(Exporting::Feedback(c)));
        }
        Action::ToggleActions => {
            app.show_actions = !app.show_actions;
            app.zoom = false;
        }
        Action::FilterActions if app.show_actions => {
            app.picker = Some(super::follow_up::filter_picker(app));
        }
        Action::ActionDoneSelected
        | Action::ActionCancelSelected
        | Action::ActionDueSelected
        | Action::ActionReassignSelected => {
            let kind = crate::app::model::follow_up::StepKind::of(&action)?;
            if app.show_actions {
                let i = app.view().selected_row()?;
                super::follow_up::begin(app, app.data.actions[i].id, kind);
            } else {
                // The case (in the list or its file): one of its open actions.
                let ids = super::follow_up::open_of_case(app, selected_case(app)?.id);
                super::follow_up::choose(app, &ids, kind);
            }
        }
        Action::ToggleCases => {
            app.show_cases = !app.show_cases;
            app.zoom = false;
        }
        Action::OpenMeeting => {
            let s = selected_session(app)?.clone();
            meeting::open(app, s);
        }
        Action::New if app.show_cases => app.form = Some(forms::case::form(app, None)),
        Action::New => app.form = Some(forms::session::form(app)),
        Action::Edit if !app.show_cases => {
            let s = selected_session(app)?;
            if s.status == SessionStatus::Closed {
                let key = crate::domain::schedule::SessionEditError::Closed.key();
                app.status = Some(crate::app::model::Status {
                    kind: crate::app::model::StatusKind::Error,
                    text: t(key).to_owned(),
                });
            } else {
                app.form = Some(forms::session_edit::form(s));
            }
        }
        Action::Edit => {
            let c = selected_case(app)?.clone();
            app.form = Some(forms::case::form(app, Some(&c)));
        }
        Action::RouteConcern => {
            let about = crate::domain::routing::ConcernAbout::Case(selected_case(app)?.id);
            return Some(Action::ConcernsOf(about));
        }
        Action::CorrectNote => {
            let c = selected_case(app)?.id;
            super::correction::from_case(app, c);
        }
        Action::ChangeCaseStatus => {
            let c = selected_case(app)?;
            app.picker = Some(status_picker(c.id, c.status));
        }
        Action::AddToAgenda => {
            let c = selected_case(app)?.id;
            let items: Vec<PickItem> = app
                .data
                .sessions
                .iter()
                .filter(|s| s.status != SessionStatus::Closed)
                .map(|s| PickItem {
                    value: s.id,
                    label: format!("{} {}", s.date, s.title),
                    hint: crate::labels::session_status(s.status).to_owned(),
                    group: 0,
                })
                .collect();
            if items.is_empty() {
                app.status = Some(crate::app::model::Status {
                    kind: crate::app::model::StatusKind::Error,
                    text: t("status-no_open_session").to_owned(),
                });
            } else {
                app.picker = Some(Picker::new(
                    t("picker-session").to_owned(),
                    items,
                    PickTarget::CaseToSession(c),
                ));
            }
        }
        _ => {}
    }
    None
}

/// The picker chose a session for a case: append it to the agenda (once).
pub fn add_case_to(app: &mut App, case: crate::domain::Id, session: crate::domain::Id) {
    let Some(s) = crate::domain::dataset::by_id(&app.data.sessions, session) else {
        return;
    };
    let reference = app
        .data
        .cases
        .iter()
        .find(|c| c.id == case)
        .map(|c| c.reference.to_string())
        .unwrap_or_default();
    if s.cases().any(|c| c == case) {
        app.status = Some(crate::app::model::Status {
            kind: crate::app::model::StatusKind::Info,
            text: tf("status-already_on_agenda", &[("case", &reference)]),
        });
        return;
    }
    let mut s = s.clone();
    let next = s.agenda.iter().map(|i| i.item).max().unwrap_or(0) + 1;
    s.agenda.push(AgendaItem {
        item: next,
        subject: AgendaSubject::Case(case),
        elapsed_secs: 0,
    });
    let msg = tf(
        "status-added_to_agenda",
        &[("case", &reference), ("session", &s.title)],
    );
    let ticket = app.quick(msg);
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(
        vec![Change::Put(AnyRecord::Session(s))],
        ticket,
    ));
}

/// A status was picked for a case: closing asks for the reason first.
pub fn status_picked(app: &mut App, case: crate::domain::Id, index: usize) {
    let Some(&to) = CaseStatus::ALL.get(index) else {
        return;
    };
    if to == CaseStatus::Closed {
        if let Some(c) = crate::domain::dataset::by_id(&app.data.cases, case) {
            app.form = Some(forms::close_case::form(c));
        }
    } else {
        set_case_status(app, case, to, None);
    }
}

/// A case's status changed at the table (or in the case file).
pub fn set_case_status(
    app: &mut App,
    case: Id,
    to: CaseStatus,
    closure: Option<crate::domain::case::Closure>,
) {
    let Some(c) = crate::domain::dataset::by_id(&app.data.cases, case) else {
        return;
    };
    let mut c = c.clone();
    if c.status == to && closure.is_none() {
        return;
    }
    c.history.push(StatusChange {
        at: app.now,
        by: app.user.clone(),
        from: Some(c.status),
        to,
    });
    c.status = to;
    if to == CaseStatus::Closed {
        c.closure = closure;
    }
    let msg = tf(
        "status-case_status",
        &[
            ("case", &c.reference),
            ("status", &crate::labels::case_status(to)),
        ],
    );
    let ticket = app.quick(msg);
    app.saving.push(ticket.clone());
    app.effects
        .push(Effect::Apply(vec![Change::Put(AnyRecord::Case(c))], ticket));
}

/// Case statuses as picker items.
pub fn status_picker(case: Id, current: CaseStatus) -> Picker {
    let items = CaseStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| PickItem {
            value: i as u64,
            label: crate::labels::case_status(*s).to_owned(),
            hint: String::new(),
            group: 0,
        })
        .collect();
    Picker::new(
        t("picker-case_status").to_owned(),
        items,
        PickTarget::CaseStatus(case),
    )
    .select_value(
        CaseStatus::ALL
            .iter()
            .position(|s| *s == current)
            .map(|i| i as u64),
    )
}
