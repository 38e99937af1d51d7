//! Actions on the mini-networks tab.

use crate::domain::network::{ExchangeMeeting, MiniNetwork};
use crate::domain::training::Training;
use crate::i18n::{t, tf};

use crate::app::forms;
use crate::app::model::namesakes::people_items;
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::{Action, App, Effect, Status, StatusKind, Tab};

fn selected(app: &App) -> Option<&MiniNetwork> {
    if app.tab != Tab::Networks || app.show_trainings {
        return None;
    }
    app.view().selected_row().map(|i| &app.data.networks[i])
}

fn selected_training(app: &App) -> Option<&Training> {
    if app.tab != Tab::Networks || !app.show_trainings {
        return None;
    }
    app.view().selected_row().map(|i| &app.data.trainings[i])
}

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::ToggleTrainings => {
            app.show_trainings = !app.show_trainings;
            app.zoom = false;
        }
        Action::New if app.show_trainings => app.form = Some(forms::training::form(app)),
        Action::Edit if app.show_trainings => {
            let t = selected_training(app)?;
            app.form = Some(forms::training_edit::form(app, t));
        }
        Action::EditExchange => choose_exchange(app),
        Action::New => app.form = Some(forms::network::form(None)),
        Action::Edit => {
            let n = selected(app)?.clone();
            app.form = Some(forms::network::form(Some(&n)));
        }
        Action::AddMember => {
            let n = selected(app)?;
            let (id, members): (_, Vec<u64>) =
                (n.id, n.members.iter().map(|m| m.stakeholder).collect());
            let items = people_items(app, &[])
                .into_iter()
                .filter(|i| !members.contains(&i.value))
                .collect();
            app.picker = Some(Picker::new(
                t("picker-add_member").to_owned(),
                items,
                PickTarget::AddMember(id),
            ));
        }
        Action::RemoveMember => {
            let n = selected(app)?;
            let id = n.id;
            let items: Vec<PickItem> = n
                .members
                .iter()
                .map(|m| PickItem {
                    value: m.stakeholder,
                    label: app
                        .stakeholder_name(Some(m.stakeholder))
                        .unwrap_or_default()
                        .to_owned(),
                    hint: crate::app::model::namesakes::person_hint(app, m.stakeholder, &m.role),
                    group: 0,
                })
                .collect();
            app.picker = Some(Picker::new(
                t("picker-remove_member").to_owned(),
                items,
                PickTarget::RemoveMember(id),
            ));
        }
        Action::LogProblem => {
            let n = selected(app)?.id;
            app.form = Some(forms::problem::form(n, None));
        }
        Action::LogExchange => {
            let n = selected(app)?.clone();
            app.form = Some(forms::exchange::form(&n));
        }
        Action::Delete => archive(app, true, "status-archived"),
        Action::Restore => archive(app, false, "status-restored"),
        Action::ToggleArchived => {
            app.show_archived_networks = !app.show_archived_networks;
            app.refresh_networks();
        }
        _ => {}
    }
    None
}

/// Archives the selected network (`d`), or restores an archived one (`u`); `message` says
/// which was done.
fn archive(app: &mut App, archived: bool, message: &str) {
    let Some(mut n) = selected(app).filter(|n| n.archived != archived).cloned() else {
        return;
    };
    n.archived = archived;
    let msg = tf(
        message,
        &[("name", &crate::domain::sanitize::line(&n.name))],
    );
    let ticket = app.quick(msg);
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(
        vec![Change::Put(AnyRecord::Network(n))],
        ticket,
    ));
}

/// Asks which of the selected network's exchange meetings to edit, planned ones first.
fn choose_exchange(app: &mut App) {
    let Some(n) = selected(app) else { return };
    let mut mine: Vec<&ExchangeMeeting> = (app.data.exchanges.iter())
        .filter(|e| e.network == n.id)
        .collect();
    if mine.is_empty() {
        app.status = Some(Status {
            kind: StatusKind::Info,
            text: t("status-no_exchanges").to_owned(),
        });
        return;
    }
    // Planned soonest first, then held and cancelled ones latest first.
    mine.sort_by_key(|e| {
        let days = chrono::Datelike::num_days_from_ce(&e.date);
        let planned = e.state() == crate::domain::network::WorkState::Planned;
        (e.state().index(), if planned { days } else { -days })
    });
    let items = mine
        .iter()
        .map(|e| PickItem {
            value: e.id,
            label: format!("{} {}", e.date, crate::domain::sanitize::line(&e.topic)),
            hint: t(e.state().key()).to_owned(),
            group: 0,
        })
        .collect();
    app.picker = Some(Picker::new(
        t("picker-edit_exchange").to_owned(),
        items,
        PickTarget::EditExchange,
    ));
}

/// The picker chose an exchange meeting to edit.
pub fn exchange_picked(app: &mut App, exchange: u64) {
    if let Some(e) = crate::domain::dataset::by_id(&app.data.exchanges, exchange) {
        app.form = Some(forms::exchange_edit::form(e));
    }
}

/// The picker chose someone to add to a network: ask their role next.
pub fn member_picked(app: &mut App, network: u64, stakeholder: u64) {
    if let Some(n) = crate::domain::dataset::by_id(&app.data.networks, network) {
        let form = forms::member::form(n, stakeholder, app);
        app.form = Some(form);
    }
}

pub fn member_removed(app: &mut App, network: u64, stakeholder: u64) {
    let Some(n) = crate::domain::dataset::by_id(&app.data.networks, network) else {
        return;
    };
    let mut n = n.clone();
    n.members.retain(|m| m.stakeholder != stakeholder);
    let msg = t("status-member_removed").to_owned();
    let ticket = app.quick(msg);
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(
        vec![Change::Put(AnyRecord::Network(n))],
        ticket,
    ));
}
