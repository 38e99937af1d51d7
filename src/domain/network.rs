use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::stakeholder::{Sector, Tier};
use super::{Id, Meta};

/// What binds a mini-network together (step 2) or that it is the whole community network
/// combining other networks (step 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    /// Similar actors: all youth organisations, all sports clubs, ...
    Sector,
    /// A neighbourhood or district.
    Area,
    /// A theme such as polarisation in schools.
    Theme,
    /// Step 3: the network of networks for the whole local community.
    Community,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub stakeholder: Id,
    pub role: String,
    /// What this member brings to the table.
    pub brings: String,
    /// What this member gets out of it.
    pub gains: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MiniNetwork {
    pub id: Id,
    pub meta: Meta,
    pub name: String,
    pub kind: NetworkKind,
    pub tier: Tier,
    /// The shared goal to return to when discussions get stormy.
    pub shared_goal: String,
    pub vision: String,
    /// Why are these people at the table?
    pub selection_criteria: String,
    pub lead: Option<Id>,
    /// The contact when problems arise.
    pub contact_point: Option<Id>,
    pub members: Vec<Member>,
    pub wanted_sectors: Vec<Sector>,
    /// Step 3: networks this one combines.
    pub sub_networks: Vec<Id>,
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemStatus {
    Open,
    InProgress,
    Solved,
    Dropped,
}

/// Locate problems and solve them together: problem, agreed solution, who does it, and
/// what was learned (to distribute to the groups).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemEntry {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    pub problem: String,
    pub solution: String,
    pub owner: Option<Id>,
    pub status: ProblemStatus,
    pub lesson: String,
}

/// An exchange-of-experience meeting of a mini-network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeMeeting {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    pub topic: String,
    pub notes: String,
    pub attendees: Vec<Id>,
}

/// Sectors the network wants (or, when it names none, every standard sector) that none of
/// its members covers: "who is missing?".
pub fn missing_sectors(
    network: &MiniNetwork,
    sector_of: impl Fn(Id) -> Option<Sector>,
) -> Vec<Sector> {
    let present: Vec<Sector> = network
        .members
        .iter()
        .filter_map(|m| sector_of(m.stakeholder))
        .collect();
    let wanted: Vec<Sector> = if network.wanted_sectors.is_empty() {
        Sector::STANDARD.to_vec()
    } else {
        network.wanted_sectors.clone()
    };
    wanted
        .into_iter()
        .filter(|s| !present.contains(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(wanted: Vec<Sector>, members: &[Id]) -> MiniNetwork {
        MiniNetwork {
            id: 1,
            meta: Meta::default(),
            name: "Youth".into(),
            kind: NetworkKind::Sector,
            tier: Tier::Practitioner,
            shared_goal: String::new(),
            vision: String::new(),
            selection_criteria: String::new(),
            lead: None,
            contact_point: None,
            members: members
                .iter()
                .map(|&s| Member {
                    stakeholder: s,
                    role: String::new(),
                    brings: String::new(),
                    gains: String::new(),
                })
                .collect(),
            wanted_sectors: wanted,
            sub_networks: vec![],
            archived: false,
        }
    }

    #[test]
    fn missing_is_wanted_minus_present() {
        let n = net(
            vec![Sector::Police, Sector::Education, Sector::YouthWork],
            &[1, 2],
        );
        let sector = |id| match id {
            1 => Some(Sector::Police),
            2 => Some(Sector::Sports),
            _ => None,
        };
        assert_eq!(
            missing_sectors(&n, sector),
            vec![Sector::Education, Sector::YouthWork]
        );
    }

    #[test]
    fn no_wanted_list_means_every_standard_sector() {
        let n = net(vec![], &[1]);
        let missing = missing_sectors(&n, |_| Some(Sector::Police));
        assert_eq!(missing.len(), Sector::STANDARD.len() - 1);
        assert!(!missing.contains(&Sector::Police));
    }
}
