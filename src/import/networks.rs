//! Categories that name a mini-network: a new person with that category joins it.

use super::{Options, Plan};
use crate::domain::Id;
use crate::domain::lines::fold;
use crate::domain::stakeholder::Stakeholder;
use crate::store::StoreError;

/// The networks `categories` name, counted in `joins`.
pub(super) fn joined(
    options: &Options,
    categories: &[String],
    joins: &mut Vec<(Id, String, usize)>,
) -> Vec<Id> {
    let mut ids = Vec::new();
    for (id, name) in &options.networks {
        if categories.iter().any(|c| fold(c) == fold(name)) && !ids.contains(id) {
            ids.push(*id);
            match joins.iter_mut().find(|j| j.0 == *id) {
                Some(j) => j.2 += 1,
                None => joins.push((*id, name.clone(), 1)),
            }
        }
    }
    ids
}

/// Makes the new people (`new`, created from the rows at `lines`) members of the networks
/// their categories name.
pub(super) fn join_networks(
    tx: &mut crate::store::WriteTx<'_>,
    plan: &Plan,
    lines: &[u64],
    new: &[Stakeholder],
) -> Result<(), StoreError> {
    use crate::domain::network::{Member, MiniNetwork};
    for (id, _, _) in &plan.joins {
        let Some(mut n) = tx.get::<MiniNetwork>(*id)? else {
            continue;
        };
        let before = n.members.len();
        for (line, s) in lines.iter().zip(new) {
            let wanted = plan
                .rows
                .iter()
                .any(|r| r.line == *line && r.networks.contains(id));
            if wanted && !n.members.iter().any(|m| m.stakeholder == s.id) {
                n.members.push(Member {
                    stakeholder: s.id,
                    role: String::new(),
                    brings: String::new(),
                    gains: String::new(),
                });
            }
        }
        if n.members.len() > before {
            tx.update(&mut n)?;
        }
    }
    Ok(())
}

/// The mini-networks a category can name: (id, name) of those not archived.
pub fn networks_of(networks: &[crate::domain::network::MiniNetwork]) -> Vec<(Id, String)> {
    networks
        .iter()
        .filter(|n| !n.archived)
        .map(|n| (n.id, n.name.clone()))
        .collect()
}
