//! The demo town of Marlevoorde: invented people and organisations that show every
//! feature. Built as a plain data set relative to a given day, so that tests get the same
//! town every time and a user's demo has reviews due this week.

use std::path::Path;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

use crate::domain::Meta;
use crate::domain::dataset::Dataset;
use crate::domain::network::{Member, MiniNetwork, NetworkKind};
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactKind, ContactPurpose, Formality, Sector,
    Stakeholder, Tier,
};
use crate::store::{Store, StoreError};

mod agreement;
mod language;
mod people;
mod round_tables;
pub mod scale;
pub use language::build_in;
mod step_one;
mod work;
use people::people;
use round_tables::round_tables;

/// Today in the default zone, for callers that have no configuration.
fn default_today() -> NaiveDate {
    use crate::domain::time::{DEFAULT_ZONE, now, today_in};
    today_in(now(), DEFAULT_ZONE)
}

/// Opens the demo database at `path`, creating and filling it when it does not exist.
pub fn open_or_create(path: &Path) -> Result<Store, StoreError> {
    open_or_create_in(path, crate::i18n::Lang::En, default_today())
}

/// [`open_or_create`] with the town written in `lang` and dated from `today` when it is
/// created ([`build_in`]); `today` is the app's, in the configured zone
/// (`domain::time::today_in`), not the machine clock's.
pub fn open_or_create_in(
    path: &Path,
    lang: crate::i18n::Lang,
    today: NaiveDate,
) -> Result<Store, StoreError> {
    let fresh = !path.exists();
    let store = Store::open(path, true)?;
    if fresh {
        store.restore(&build_in(lang, today), false)?;
    }
    Ok(store)
}

/// Opens the synthetic town of `n` stakeholders at `path`, creating it when missing.
pub fn open_or_create_scaled(path: &Path, n: usize) -> Result<Store, StoreError> {
    open_or_create_scaled_on(path, n, default_today())
}

/// [`open_or_create_scaled`] dated from `today` (in the configured zone).
pub fn open_or_create_scaled_on(
    path: &Path,
    n: usize,
    today: NaiveDate,
) -> Result<Store, StoreError> {
    let fresh = !path.exists();
    let store = Store::open(path, true)?;
    if fresh {
        store.restore(&scale::build(n, today), false)?;
    }
    Ok(store)
}

pub(super) const AUTHOR: &str = "coordinator";

pub(super) fn stamp(at: DateTime<Utc>) -> Meta {
    let mut m = Meta::new(AUTHOR, at);
    m.touch(AUTHOR, at);
    m
}

use Formality::Informal as I;
use Sector::*;
use Tier::{Policy as Pol, Practitioner as Pr};

/// `today` moved by `offset` days (negative: earlier).
pub(super) fn day_of(today: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        today + Days::new(offset as u64)
    } else {
        today - Days::new(offset.unsigned_abs())
    }
}

/// That day at `hour`:00 UTC.
pub(super) fn at_of(today: NaiveDate, offset: i64, hour: u32) -> DateTime<Utc> {
    day_of(today, offset)
        .and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
        .and_utc()
}

/// The demo town as of `today`.
pub fn build(today: NaiveDate) -> Dataset {
    let day = |offset| day_of(today, offset);
    let at = |offset, hour| at_of(today, offset, hour);
    let created = at(-400, 9);
    let mut d = Dataset::default();

    for (i, (name, org, role, sector, formality, tier, communities, key, referred, cadence)) in
        people().into_iter().enumerate()
    {
        // One address per person (imports recognise people by e-mail).
        let first: Vec<String> = name
            .split_whitespace()
            .map(crate::domain::lines::fold)
            .filter(|w| !w.is_empty())
            .collect();
        let first = first.join(".");
        d.stakeholders.push(Stakeholder {
            id: i as u64 + 1,
            meta: stamp(created),
            kind: ContactKind::Person,
            name: name.into(),
            organisation: org.into(),
            role: role.into(),
            sector,
            formality,
            tier,
            communities: communities.iter().map(|c| c.to_string()).collect(),
            key_figure: key,
            contact: ContactDetails {
                phone: format!("+32 15 55 {:02} {:02}", 10 + i, 30 + i),
                email: format!("{first}@example.org"),
                address: String::new(),
            },
            referred_by: (referred > 0 && referred != i + 1).then_some(referred as u64),
            cadence_days: Some(cadence),
            notes: String::new(),
            archived: false,
            erased: false,
            consent: None,
            pipeline: Vec::new(),
            language: None,
        });
    }
    // One archived former partner, kept because an old note names them.
    d.stakeholders.push(Stakeholder {
        id: 45,
        meta: stamp(created),
        kind: ContactKind::Organisation,
        name: "Former youth centre De Schakel".into(),
        organisation: "De Schakel (closed 2025)".into(),
        role: String::new(),
        sector: YouthWork,
        formality: I,
        tier: Pr,
        communities: vec![],
        key_figure: false,
        contact: ContactDetails::default(),
        referred_by: Some(12),
        cadence_days: None,
        notes: "Closed; kept for the history of case RT-2025-004.".into(),
        archived: true,
        erased: false,
        consent: None,
        pipeline: Vec::new(),
        language: None,
    });

    // Contact log: maintenance and problem contacts; some stakeholders overdue, one only
    // ever contacted about problems.
    let contacts: &[(u64, i64, Channel, ContactPurpose, &str)] = &[
        (
            14,
            -12,
            Channel::Visit,
            ContactPurpose::Maintenance,
            "Tea after Friday prayer; talked about the new youth room.",
        ),
        (
            14,
            -70,
            Channel::Meeting,
            ContactPurpose::Problem,
            "Worries about a group of boys watching online preachers.",
        ),
        (
            21,
            -5,
            Channel::Visit,
            ContactPurpose::Maintenance,
            "Dropped by the shop; he mentioned the football tournament.",
        ),
        (
            18,
            -95,
            Channel::Phone,
            ContactPurpose::Problem,
            "Coach noticed a player refusing to shake hands with a referee.",
        ),
        (
            18,
            -140,
            Channel::Phone,
            ContactPurpose::Problem,
            "Fight after a match; asked for police presence.",
        ),
        (
            12,
            -3,
            Channel::Meeting,
            ContactPurpose::Maintenance,
            "Monthly catch-up at the youth house.",
        ),
        (
            4,
            -8,
            Channel::Meeting,
            ContactPurpose::Maintenance,
            "Neighbourhood walk in Molenwijk.",
        ),
        (
            22,
            -160,
            Channel::Event,
            ContactPurpose::Maintenance,
            "Spring market stand; introduced the network.",
        ),
        (
            17,
            -30,
            Channel::Email,
            ContactPurpose::Maintenance,
            "Invited to the exchange evening on polarisation.",
        ),
        (
            23,
            -20,
            Channel::Visit,
            ContactPurpose::Maintenance,
            "Mothers' circle; asked what they need.",
        ),
        (
            20,
            -200,
            Channel::Phone,
            ContactPurpose::Problem,
            "Young man in the club talking about travelling abroad.",
        ),
        (
            25,
            -40,
            Channel::Meeting,
            ContactPurpose::Maintenance,
            "Introduced by Fatima; shared the network's story.",
        ),
        (
            6,
            -15,
            Channel::Phone,
            ContactPurpose::Problem,
            "Referral question about RT-2026-003.",
        ),
        (
            8,
            -25,
            Channel::Email,
            ContactPurpose::Maintenance,
            "School calendar for the awareness session.",
        ),
        (
            33,
            -10,
            Channel::Visit,
            ContactPurpose::Maintenance,
            "Studio visit; interested in a debate night.",
        ),
    ];
    let mut contacts = contacts.to_vec();
    // Everyone else had a maintenance contact at some point; a few are overdue, two
    // (the newest partners) were never contacted.
    for id in 1..=44u64 {
        if contacts.iter().any(|c| c.0 == id) || id == 42 || id == 44 {
            continue;
        }
        let off = -((id as i64 * 37) % 110 + 2);
        contacts.push((
            id,
            off,
            Channel::Meeting,
            ContactPurpose::Maintenance,
            "Catch-up on the network and local news.",
        ));
    }
    for (i, (who, off, channel, purpose, summary)) in contacts.iter().enumerate() {
        d.contacts.push(ContactEntry {
            id: i as u64 + 1,
            meta: stamp(at(*off, 10)),
            stakeholder: *who,
            date: day(*off),
            channel: *channel,
            purpose: *purpose,
            summary: (*summary).into(),
        });
    }
    let member = |s: u64, role: &str, brings: &str, gains: &str| Member {
        stakeholder: s,
        role: role.into(),
        brings: brings.into(),
        gains: gains.into(),
    };
    let net = |id: u64,
               name: &str,
               kind: NetworkKind,
               tier: Tier,
               goal: &str,
               criteria: &str,
               lead: u64,
               contact: u64,
               members: Vec<Member>,
               wanted: Vec<Sector>,
               subs: Vec<u64>| MiniNetwork {
        id,
        meta: stamp(created),
        name: name.into(),
        kind,
        tier,
        shared_goal: goal.into(),
        vision: "A Marlevoorde where every young person belongs.".into(),
        selection_criteria: criteria.into(),
        lead: Some(lead),
        contact_point: Some(contact),
        members,
        wanted_sectors: wanted,
        sub_networks: subs,
        archived: false,
    };
    d.networks = vec![
        net(
            1,
            "Youth workers' circle",
            NetworkKind::Sector,
            Pr,
            "Notice early when a young person drifts, and offer a place to belong.",
            "Works with young people 12–25 every week.",
            12,
            13,
            vec![
                member(
                    12,
                    "lead",
                    "daily contact with Molenwijk youth",
                    "support on worrying cases",
                ),
                member(13, "member", "street presence", "training"),
                member(
                    39,
                    "member",
                    "scouts network",
                    "contacts with other youth groups",
                ),
                member(40, "member", "Turkish youth association", "recognition"),
                member(43, "member", "online presence", "case consultation"),
                member(27, "member", "youth care procedures", "early signals"),
            ],
            vec![YouthWork, Education, Sports, MentalHealth],
            vec![],
        ),
        net(
            2,
            "Faith leaders' table",
            NetworkKind::Sector,
            Pr,
            "Speak with one voice against hate, whoever it targets.",
            "Leads a faith community in Marlevoorde.",
            14,
            16,
            vec![
                member(
                    14,
                    "lead",
                    "reach into the Moroccan community",
                    "a say in prevention",
                ),
                member(15, "member", "Turkish community", "contacts with the city"),
                member(16, "member", "parish network", "interfaith contacts"),
                member(17, "member", "West-African community", "recognition"),
            ],
            vec![Religious, Community, LocalAuthority],
            vec![],
        ),
        net(
            3,
            "Sports clubs against polarisation",
            NetworkKind::Sector,
            Pr,
            "Keep every player on the pitch and off the street.",
            "Runs a club with members aged 12–25.",
            18,
            19,
            vec![
                member(18, "lead", "football youth", "help with difficult players"),
                member(20, "member", "boxing club", "coaching tips"),
                member(44, "member", "cycling club", "new members"),
            ],
            vec![],
            vec![],
        ),
        net(
            4,
            "Prevention policy group",
            NetworkKind::Theme,
            Pol,
            "Set the frame, free the means, protect the practitioners.",
            "Decides on policy or budget.",
            2,
            1,
            vec![
                member(2, "chair", "mandate", "overview"),
                member(3, "member", "police policy", "local intelligence picture"),
                member(11, "member", "welfare budget", "coordination"),
                member(37, "member", "youth policy", "field signals"),
                member(28, "member", "prosecution policy", "early information"),
            ],
            vec![LocalAuthority, Police, Justice, SocialWelfare, Education],
            vec![],
        ),
        net(
            5,
            "Molenwijk neighbourhood network",
            NetworkKind::Area,
            Pr,
            "Molenwijk looks after its own.",
            "Lives or works in Molenwijk.",
            4,
            23,
            vec![
                member(4, "lead", "neighbourhood policing", "trust"),
                member(
                    21,
                    "member",
                    "the shop across from the mosque",
                    "safer street",
                ),
                member(23, "member", "mothers' circle", "a voice"),
                member(30, "member", "housing", "calmer blocks"),
                member(38, "member", "night-time eyes", "fewer incidents"),
            ],
            vec![Police, Housing, Religious, YouthWork, Education],
            vec![],
        ),
        net(
            6,
            "Marlevoorde community network",
            NetworkKind::Community,
            Pr,
            "You are all part of the solution.",
            "Member of one of the mini-networks.",
            1,
            1,
            vec![member(
                1,
                "coordinator",
                "coordination",
                "the whole picture",
            )],
            vec![],
            vec![1, 2, 3, 5],
        ),
        net(
            7,
            "Partner round table",
            NetworkKind::RoundTable,
            Pr,
            "Discuss individual cases; one partner leads each.",
            "Invited to the monthly round table.",
            1,
            1,
            vec![
                member(1, "chair", "coordination", "the whole picture"),
                member(2, "member", "mandate", "overview"),
                member(4, "member", "neighbourhood policing", "early signals"),
                member(7, "member", "school care", "support"),
            ],
            vec![
                LocalAuthority,
                Police,
                Justice,
                MentalHealth,
                Education,
                SocialWelfare,
                YouthWork,
                Religious,
            ],
            vec![],
        ),
    ];
    work::problems_exchanges_trainings(&mut d, today);
    round_tables(&mut d, today);
    step_one::step_one(&mut d, today);
    d
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::domain::case::CaseStatus;
    use crate::domain::note::ActionStatus;
    use crate::domain::sharing::Tlp;

    #[test]
    fn demo_town_shows_every_feature() {
        let d = build(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        d.validate().unwrap();
        assert!(d.stakeholders.len() >= 40);
        let sectors: HashSet<_> = d.stakeholders.iter().map(|s| s.sector.clone()).collect();
        assert!(sectors.len() >= 10, "{} sectors", sectors.len());
        assert!(
            d.stakeholders
                .iter()
                .any(|s| s.formality == Formality::Informal)
        );
        assert!(d.stakeholders.iter().any(|s| s.key_figure));
        // a referral chain of at least three links
        let by = |id: u64| {
            d.stakeholders
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| s.referred_by)
        };
        assert!(
            d.stakeholders
                .iter()
                .any(|s| by(s.id).and_then(by).and_then(by).is_some())
        );
        assert!(d.networks.len() >= 4);
        assert!(
            d.networks.iter().any(|n| n.tier == Pol) && d.networks.iter().any(|n| n.tier == Pr)
        );
        assert!(d.networks.iter().any(|n| !n.sub_networks.is_empty()));
        assert!(d.sessions.len() >= 3 && d.sessions.iter().any(|s| !s.attendance.is_empty()));
        for status in CaseStatus::ALL {
            assert!(d.cases.iter().any(|c| c.status == status), "{status:?}");
        }
        for tlp in Tlp::ALL {
            assert!(d.notes.iter().any(|n| n.tlp == tlp), "{tlp}");
        }
        assert!(d.notes.iter().any(|n| n.protected_source));
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert!(d.actions.iter().any(|a| a.is_overdue(today)));
        assert!(
            d.actions
                .iter()
                .any(|a| a.is_open() && !a.is_overdue(today))
        );
        assert!(d.actions.iter().any(|a| a.status == ActionStatus::Done));
        assert_eq!(d.agreements.len(), 1);
    }
}
