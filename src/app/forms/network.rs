//! The mini-network form: a new network, or one edited.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, FieldKind, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{App, Tab};
use crate::domain::network::{MiniNetwork, NetworkKind};
use crate::domain::stakeholder::{Sector, Tier};
use crate::domain::{Id, Meta, validate};
use crate::i18n::{t, tf};

use super::{check, err, labels};

fields! {
    /// The fields of the mini-network form.
    pub enum NetworkField {
        WantedSectors: "wanted_sectors" => "field-wanted_sectors",
        SubNetworks: "sub_networks" => "field-sub_networks",
        Name: "name" => "field-name",
        NetworkKind: "network_kind" => "field-network_kind",
        Tier: "tier" => "field-tier",
        SharedGoal: "shared_goal" => "field-shared_goal",
        Vision: "vision" => "field-vision",
        Selection: "selection" => "field-selection",
        Lead: "lead" => "field-lead",
        ContactPoint: "contact_point" => "field-contact_point",
    }
}
use NetworkField as F;

/// The kind in the draft's place.
pub const KIND: &str = "network";

/// What a mini-network is organised around, with the label of each.
const KINDS: [(NetworkKind, &str); 5] = [
    (NetworkKind::Sector, "network_kind-sector"),
    (NetworkKind::Area, "network_kind-area"),
    (NetworkKind::Theme, "network_kind-theme"),
    (NetworkKind::Community, "network_kind-community"),
    (NetworkKind::RoundTable, "network_kind-round_table"),
];

/// A new mini-network (`None`) or one edited.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkForm(pub Option<Box<MiniNetwork>>);

impl Purpose for NetworkForm {
    fn validate(&self, form: &mut Form, _app: &App) -> Option<Vec<Change>> {
        network(form, self.0.as_deref().cloned()).map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[self.0.as_ref().map(|n| n.id)]))
    }

    fn rev(&self) -> u64 {
        self.0.as_ref().map_or(0, |n| n.meta.rev)
    }

    fn set_rev(&mut self, rev: u64) {
        if let Some(n) = &mut self.0 {
            n.meta.rev = rev;
        }
    }

    fn new_record_tab(&self) -> Option<Tab> {
        self.0.is_none().then_some(Tab::Networks)
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    match super::id_at(ids, 0) {
        Some(i) => Some(form(Some(crate::domain::dataset::by_id(
            &app.data.networks,
            i,
        )?))),
        None => Some(form(None)),
    }
}

pub fn form(original: Option<&MiniNetwork>) -> Form {
    let n = original;
    let wanted: Vec<Id> = n
        .map(|n| {
            n.wanted_sectors
                .iter()
                .filter_map(|s| Sector::STANDARD.iter().position(|x| x == s))
                .map(|i| i as Id)
                .collect()
        })
        .unwrap_or_default();
    let mut sectors = Field::people(F::WantedSectors, wanted);
    sectors.kind = FieldKind::Sectors;
    let mut subs = Field::people(
        F::SubNetworks,
        n.map(|n| n.sub_networks.clone()).unwrap_or_default(),
    );
    subs.kind = FieldKind::Networks;
    let fields = vec![
        Field::text(F::Name, n.map_or("", |n| &n.name)),
        Field::choice_of(
            F::NetworkKind,
            &KINDS,
            n.and_then(|n| KINDS.iter().position(|(k, _)| *k == n.kind))
                .unwrap_or(0),
        ),
        Field::choice(
            F::Tier,
            labels(&["tier-practitioner", "tier-policy"]),
            usize::from(n.is_some_and(|n| n.tier == Tier::Policy)),
        ),
        Field::multi(F::SharedGoal, n.map_or("", |n| &n.shared_goal)),
        Field::multi(F::Vision, n.map_or("", |n| &n.vision)),
        Field::multi(F::Selection, n.map_or("", |n| &n.selection_criteria)),
        Field::person(F::Lead, n.and_then(|n| n.lead)),
        Field::person(F::ContactPoint, n.and_then(|n| n.contact_point)),
        sectors,
        subs,
    ];
    let title = match n {
        Some(n) => tf(
            "form-edit_network",
            &[("name", &crate::domain::sanitize::line(&n.name))],
        ),
        None => t("form-new_network").to_owned(),
    };
    Form::new(NetworkForm(n.cloned().map(Box::new)), title, fields)
}

fn network(form: &mut Form, original: Option<MiniNetwork>) -> Option<Change> {
    let name = form.value(F::Name);
    check(form, F::Name, validate::required(&name));
    if let Some(o) = &original
        && form.field(F::SubNetworks)?.people.contains(&o.id)
    {
        err(form, F::SubNetworks, "invalid-self_network");
    }
    if form.has_errors() {
        return None;
    }
    let wanted = form
        .field(F::WantedSectors)?
        .people
        .iter()
        .filter_map(|&i| Sector::STANDARD.get(i as usize).cloned())
        .collect();
    let base = original.unwrap_or(MiniNetwork {
        id: 0,
        meta: Meta::default(),
        name: String::new(),
        kind: NetworkKind::Sector,
        tier: Tier::Practitioner,
        shared_goal: String::new(),
        vision: String::new(),
        selection_criteria: String::new(),
        lead: None,
        contact_point: None,
        members: Vec::new(),
        wanted_sectors: Vec::new(),
        sub_networks: Vec::new(),
        archived: false,
    });
    let n = MiniNetwork {
        name,
        kind: form.chosen(F::NetworkKind, &KINDS)?,
        tier: if form.field(F::Tier)?.choice == 1 {
            Tier::Policy
        } else {
            Tier::Practitioner
        },
        shared_goal: form.field(F::SharedGoal)?.text.value(),
        vision: form.field(F::Vision)?.text.value(),
        selection_criteria: form.field(F::Selection)?.text.value(),
        lead: form.field(F::Lead)?.person,
        contact_point: form.field(F::ContactPoint)?.person,
        wanted_sectors: wanted,
        sub_networks: form.field(F::SubNetworks)?.people.clone(),
        ..base
    };
    Some(Change::Put(AnyRecord::Network(n)))
}
