//! The form of a member of a mini-network: their role, what they bring and gain.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::Id;
use crate::domain::network::{Member, MiniNetwork};
use crate::i18n::{t, tf};

fields! {
    /// The fields of the member form.
    pub enum MemberField {
        MemberRole: "member_role" => "field-member_role",
        Brings: "brings" => "field-brings",
        Gains: "gains" => "field-gains",
    }
}
use MemberField as F;

/// The kind in the draft's place.
pub const KIND: &str = "member";

/// The stakeholder `stakeholder` as a member of the network `network`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberForm {
    pub network: Id,
    pub stakeholder: Id,
}

impl Purpose for MemberForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        member(form, self.network, self.stakeholder, app).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(
            KIND,
            &[Some(self.network), Some(self.stakeholder)],
        ))
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let network = super::id_at(ids, 0)?;
    let n = crate::domain::dataset::by_id(&app.data.networks, network)?;
    Some(form(n, super::id_at(ids, 1)?, app))
}

pub fn form(network: &MiniNetwork, stakeholder: Id, app: &App) -> Form {
    let existing = network
        .members
        .iter()
        .find(|m| m.stakeholder == stakeholder);
    let fields = vec![
        Field::text(
            F::MemberRole,
            existing.map_or(t("member-default_role"), |m| &m.role),
        ),
        Field::text(F::Brings, existing.map_or("", |m| &m.brings)),
        Field::text(F::Gains, existing.map_or("", |m| &m.gains)),
    ];
    let who = app.stakeholder_name(Some(stakeholder)).unwrap_or_default();
    let title = tf(
        "form-member",
        &[
            ("name", &crate::domain::sanitize::line(who)),
            ("network", &crate::domain::sanitize::line(&network.name)),
        ],
    );
    Form::new(
        MemberForm {
            network: network.id,
            stakeholder,
        },
        title,
        fields,
    )
}

fn member(form: &mut Form, network: Id, stakeholder: Id, app: &App) -> Option<Change> {
    let mut n = crate::domain::dataset::by_id(&app.data.networks, network)?.clone();
    let m = Member {
        stakeholder,
        role: form.value(F::MemberRole),
        brings: form.value(F::Brings),
        gains: form.value(F::Gains),
    };
    match n.members.iter_mut().find(|x| x.stakeholder == stakeholder) {
        Some(x) => *x = m,
        None => n.members.push(m),
    }
    Some(Change::Put(AnyRecord::Network(n)))
}
