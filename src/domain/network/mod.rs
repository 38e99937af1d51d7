use serde::{Deserialize, Serialize};

use super::stakeholder::{Sector, Tier};
use super::{Id, Meta};

mod exchange;
mod problem;
pub use exchange::{ExchangeEdit, ExchangeError, ExchangeMeeting};

/// Where an exchange meeting or a training stands: planned, held (who came is
/// recorded), or cancelled (it will not take place; nobody came).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkState {
    Planned,
    Held,
    Cancelled,
}

impl WorkState {
    /// Every state with its label's catalogue key, in the order a form offers them.
    pub const ALL: [(WorkState, &'static str); 3] = [
        (WorkState::Planned, "network-planned"),
        (WorkState::Held, "network-held"),
        (WorkState::Cancelled, "network-cancelled"),
    ];

    /// The state of a record with these two flags (held wins: who came is recorded).
    pub fn of(held: bool, cancelled: bool) -> WorkState {
        match (held, cancelled) {
            (true, _) => WorkState::Held,
            (false, true) => WorkState::Cancelled,
            (false, false) => WorkState::Planned,
        }
    }

    /// The catalogue key of its label.
    pub fn key(self) -> &'static str {
        Self::ALL[self.index()].1
    }

    /// Its place in [`WorkState::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}
pub use problem::{ProblemEntry, ProblemError, ProblemStatus};

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
    /// The partner round table itself: who should sit at it (its members are those
    /// invited to its sessions).
    RoundTable,
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

impl MiniNetwork {
    /// The sectors this network should have around its table ("who is missing?"):
    /// a sector network brings similar actors together and wants no other sector
    /// («qui se ressemblent»); an area or theme network and the round table want the
    /// sectors they name; the combined community network wants every standard sector.
    pub fn wanted(&self) -> Vec<Sector> {
        match self.kind {
            NetworkKind::Sector => Vec::new(),
            NetworkKind::Area | NetworkKind::Theme | NetworkKind::RoundTable => {
                self.wanted_sectors.clone()
            }
            NetworkKind::Community => Sector::STANDARD.to_vec(),
        }
    }

    /// Whether the kind of network keeps an editable list of wanted sectors.
    pub fn names_its_wanted_sectors(kind: &NetworkKind) -> bool {
        matches!(
            kind,
            NetworkKind::Area | NetworkKind::Theme | NetworkKind::RoundTable
        )
    }
}

/// The sectors of `wanted` that none of `present` covers, in the order wanted.
pub fn missing_from(wanted: &[Sector], present: &[Sector]) -> Vec<Sector> {
    wanted
        .iter()
        .filter(|s| !present.contains(s))
        .cloned()
        .collect()
}

/// The sectors `network` wants ([`MiniNetwork::wanted`]) that none of `people` covers:
/// "who is missing?". `people` are the members (for a community network, those of the
/// networks it combines; for the round table, those invited to its session).
pub fn missing_sectors(
    network: &MiniNetwork,
    people: &[Id],
    sector_of: impl Fn(Id) -> Option<Sector>,
) -> Vec<Sector> {
    let present: Vec<Sector> = people.iter().filter_map(|&p| sector_of(p)).collect();
    missing_from(&network.wanted(), &present)
}

/// The round table's network: the first one of kind [`NetworkKind::RoundTable`] that is
/// not archived.
pub fn round_table(networks: &[MiniNetwork]) -> Option<&MiniNetwork> {
    networks
        .iter()
        .find(|n| !n.archived && n.kind == NetworkKind::RoundTable)
}

/// "Who is missing at this table?": the sectors the round table wants that none of the
/// session's invitees brings. `None` when no round table names what it wants.
pub fn missing_at_table(
    networks: &[MiniNetwork],
    invitees: &[Id],
    sector_of: impl Fn(Id) -> Option<Sector>,
) -> Option<Vec<Sector>> {
    let table = round_table(networks).filter(|n| !n.wanted().is_empty())?;
    Some(missing_sectors(table, invitees, sector_of))
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

    fn sector(id: Id) -> Option<Sector> {
        match id {
            1 => Some(Sector::Police),
            2 => Some(Sector::Sports),
            _ => None,
        }
    }

    fn missing(kind: NetworkKind, wanted: Vec<Sector>) -> Vec<Sector> {
        let mut n = net(wanted, &[1, 2]);
        n.kind = kind;
        let people: Vec<Id> = n.members.iter().map(|m| m.stakeholder).collect();
        missing_sectors(&n, &people, sector)
    }

    #[test]
    fn a_sector_network_misses_no_other_sector() {
        assert!(missing(NetworkKind::Sector, vec![]).is_empty());
        // Even a list left from an earlier kind does not count: similar actors only.
        assert!(missing(NetworkKind::Sector, vec![Sector::Education]).is_empty());
    }

    #[test]
    fn an_area_network_misses_what_it_wants_and_nobody_brings() {
        let wanted = vec![Sector::Police, Sector::Education, Sector::YouthWork];
        assert_eq!(
            missing(NetworkKind::Area, wanted),
            vec![Sector::Education, Sector::YouthWork]
        );
        assert!(missing(NetworkKind::Area, vec![]).is_empty());
    }

    #[test]
    fn a_theme_network_misses_what_it_wants_and_nobody_brings() {
        let wanted = vec![Sector::Sports, Sector::Religious];
        assert_eq!(missing(NetworkKind::Theme, wanted), vec![Sector::Religious]);
    }

    #[test]
    fn the_round_table_misses_what_it_wants_and_nobody_brings() {
        let wanted = vec![Sector::MentalHealth, Sector::Police];
        assert_eq!(
            missing(NetworkKind::RoundTable, wanted),
            vec![Sector::MentalHealth]
        );
    }

    #[test]
    fn the_community_network_misses_every_standard_sector_nobody_brings() {
        // Whatever it names: the combined network should cover the whole community.
        let missing = missing(NetworkKind::Community, vec![Sector::Housing]);
        assert_eq!(missing.len(), Sector::STANDARD.len() - 2);
        assert!(!missing.contains(&Sector::Police) && !missing.contains(&Sector::Sports));
        assert!(missing.contains(&Sector::LocalAuthority));
    }

    #[test]
    fn missing_at_the_table_is_what_the_round_table_wants_and_no_invitee_brings() {
        let mut table = net(vec![Sector::Police, Sector::Education], &[]);
        table.kind = NetworkKind::RoundTable;
        let mut sports = net(vec![Sector::Health], &[]);
        sports.kind = NetworkKind::Area;
        assert_eq!(missing_at_table(&[sports.clone()], &[1], sector), None);
        let nets = [sports, table];
        assert_eq!(
            missing_at_table(&nets, &[1, 2], sector),
            Some(vec![Sector::Education])
        );
        assert_eq!(
            missing_at_table(&nets, &[], sector),
            Some(vec![Sector::Police, Sector::Education])
        );
    }

    #[test]
    fn only_area_theme_and_round_table_name_their_wanted_sectors() {
        let named: Vec<bool> = [
            NetworkKind::Sector,
            NetworkKind::Area,
            NetworkKind::Theme,
            NetworkKind::Community,
            NetworkKind::RoundTable,
        ]
        .iter()
        .map(MiniNetwork::names_its_wanted_sectors)
        .collect();
        assert_eq!(named, [false, true, true, false, true]);
    }
}
