//! Actions on the mini-networks tab.

use crate::domain::network::MiniNetwork;
use crate::i18n::{t, tf};

use crate::app::forms;
use crate::app::model::namesakes::people_items;
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::Ticket;
use crate::app::model::{Action, App, Effect, Tab};

fn selected(app: &App) -> Option<&MiniNetwork> {
    if app.tab != Tab::Networks {
        return None;
    }
    app.view().selected_row().map(|i| &app.data.networks[i])
}

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
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
        Action::Delete => {
            let mut n = selected(app)?.clone();
            n.archived = true;
            let msg = tf(
                "status-archived",
                &[("name", &crate::domain::sanitize::line(&n.name))],
            );
            app.saving.push(Ticket::Quick(msg.clone()));
            app.effects.push(Effect::Apply(
                vec![Change::Put(AnyRecord::Network(n))],
                Ticket::Quick(msg),
            ));
        }
        _ => {}
    }
    None
}

/// The picker chose someone to add to a network: ask their role next.
pub fn member_picked(app: &mut App, network: u64, stakeholder: u64) {
    if let Some(n) = app.data.networks.iter().find(|n| n.id == network) {
        let form = forms::member::form(n, stakeholder, app);
        app.form = Some(form);
    }
}

pub fn member_removed(app: &mut App, network: u64, stakeholder: u64) {
    let Some(n) = app.data.networks.iter().find(|n| n.id == network) else {
        return;
    };
    let mut n = n.clone();
    n.members.retain(|m| m.stakeholder != stakeholder);
    let msg = t("status-member_removed").to_owned();
    app.saving.push(Ticket::Quick(msg.clone()));
    app.effects.push(Effect::Apply(
        vec![Change::Put(AnyRecord::Network(n))],
        Ticket::Quick(msg),
    ));
}
