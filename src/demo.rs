//! The demo town of Marlevoorde: invented people and organisations that show every
//! feature. Built as a plain data set relative to a given day, so that tests get the same
//! town every time and a user's demo has reviews due this week.

use std::path::Path;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

use crate::domain::Meta;
use crate::domain::case::{Case, CaseRef, CaseStatus, Closure, ClosureReason, StatusChange};
use crate::domain::dataset::Dataset;
use crate::domain::network::{
    ExchangeMeeting, Member, MiniNetwork, NetworkKind, ProblemEntry, ProblemStatus,
};
use crate::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use crate::domain::session::{
    AgendaItem, AgendaSubject, Attendance, Presence, Session, SessionStatus,
};
use crate::domain::sharing::{Pap, RuleKind, SharingAgreement, SharingRule, Tlp};
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactKind, ContactPurpose, Formality, Sector,
    Stakeholder, Tier, Training,
};
use crate::store::{Store, StoreError};

/// Opens the demo database at `path`, creating and filling it when it does not exist.
pub fn open_or_create(path: &Path) -> Result<Store, StoreError> {
    let fresh = !path.exists();
    let store = Store::open(path, true)?;
    if fresh {
        store.restore(&build(chrono::Local::now().date_naive()), false)?;
    }
    Ok(store)
}

/// Opens the synthetic town of `n` stakeholders at `path`, creating it when missing.
pub fn open_or_create_scaled(path: &Path, n: usize) -> Result<Store, StoreError> {
    let fresh = !path.exists();
    let store = Store::open(path, true)?;
    if fresh {
        store.restore(
            &crate::scale::build(n, chrono::Local::now().date_naive()),
            false,
        )?;
    }
    Ok(store)
}

const AUTHOR: &str = "coordinator";

fn stamp(at: DateTime<Utc>) -> Meta {
    let mut m = Meta::new(AUTHOR, at);
    m.touch(AUTHOR, at);
    m
}

use Formality::{Formal as F, Informal as I};
use Sector::*;
use Tier::{Policy as Pol, Practitioner as Pr};

/// name, organisation, role, sector, formality, tier, communities, key figure,
/// referred by (1-based row), cadence in days.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    Sector,
    Formality,
    Tier,
    &'static [&'static str],
    bool,
    usize,
    u32,
);

fn people() -> Vec<Row> {
    vec![
        (
            "Anke Verhulst",
            "City of Marlevoorde",
            "Prevention coordinator",
            LocalAuthority,
            F,
            Pol,
            &[],
            false,
            0,
            30,
        ),
        (
            "Mayor Pieter Dewaele",
            "City of Marlevoorde",
            "Mayor",
            LocalAuthority,
            F,
            Pol,
            &[],
            true,
            0,
            30,
        ),
        (
            "Chief Insp. Sofie Claes",
            "Marlevoorde Police Zone",
            "Chief of police",
            Police,
            F,
            Pol,
            &[],
            false,
            2,
            30,
        ),
        (
            "Insp. Youssef Amrani",
            "Marlevoorde Police Zone",
            "Neighbourhood officer, Molenwijk",
            Police,
            F,
            Pr,
            &["Molenwijk"],
            true,
            3,
            30,
        ),
        (
            "Dr. Lotte Peeters",
            "Mental Health Centre De Brug",
            "Psychiatrist",
            MentalHealth,
            F,
            Pr,
            &[],
            false,
            1,
            45,
        ),
        (
            "Karim Haddou",
            "Mental Health Centre De Brug",
            "Outreach psychologist",
            MentalHealth,
            F,
            Pr,
            &["Moroccan-Belgian youth"],
            false,
            5,
            45,
        ),
        (
            "Els Van Damme",
            "Sint-Jozef Secondary School",
            "Head teacher",
            Education,
            F,
            Pol,
            &[],
            false,
            1,
            60,
        ),
        (
            "Tom Wouters",
            "Sint-Jozef Secondary School",
            "Student counsellor",
            Education,
            F,
            Pr,
            &["pupils 12–18"],
            false,
            7,
            45,
        ),
        (
            "Nadia Bouzid",
            "Atheneum Marlevoorde",
            "Pupil support",
            Education,
            F,
            Pr,
            &["pupils 12–18"],
            false,
            8,
            45,
        ),
        (
            "Griet Maes",
            "Public Centre for Social Welfare",
            "Social worker",
            SocialWelfare,
            F,
            Pr,
            &["families on benefits"],
            false,
            1,
            60,
        ),
        (
            "Bram Jacobs",
            "Public Centre for Social Welfare",
            "Director",
            SocialWelfare,
            F,
            Pol,
            &[],
            false,
            10,
            90,
        ),
        (
            "Samira El Idrissi",
            "Youth House 't Kruispunt",
            "Youth worker",
            YouthWork,
            F,
            Pr,
            &["Molenwijk youth", "girls' group"],
            true,
            1,
            30,
        ),
        (
            "Jonas De Smet",
            "Youth House 't Kruispunt",
            "Street worker",
            YouthWork,
            F,
            Pr,
            &["skate park youth"],
            false,
            12,
            30,
        ),
        (
            "Imam Abdelhak Benali",
            "El Fath Mosque",
            "Imam",
            Religious,
            I,
            Pr,
            &["Moroccan community", "mosque youth"],
            true,
            12,
            45,
        ),
        (
            "Mustafa Yilmaz",
            "Ulu Mosque association",
            "Chair",
            Religious,
            I,
            Pol,
            &["Turkish community"],
            true,
            14,
            60,
        ),
        (
            "Father Luc Vermeulen",
            "Parish of Sint-Martinus",
            "Parish priest",
            Religious,
            I,
            Pr,
            &["elderly parishioners"],
            false,
            1,
            90,
        ),
        (
            "Pastor Grace Mensah",
            "Living Word Church",
            "Pastor",
            Religious,
            I,
            Pr,
            &["West-African community"],
            true,
            16,
            60,
        ),
        (
            "Dirk Van Acker",
            "FC Marlevoorde",
            "Youth coach",
            Sports,
            I,
            Pr,
            &["football youth U15–U19"],
            true,
            12,
            45,
        ),
        (
            "Hassan Ouali",
            "FC Marlevoorde",
            "Club secretary",
            Sports,
            I,
            Pol,
            &[],
            false,
            18,
            90,
        ),
        (
            "Kevin Goossens",
            "Boxing club Ring 9",
            "Trainer",
            Sports,
            I,
            Pr,
            &["young men 16–25"],
            true,
            13,
            45,
        ),
        (
            "Ahmed Tahiri",
            "Tahiri grocery, Kerkstraat",
            "Shop owner",
            Business,
            I,
            Pr,
            &["Kerkstraat neighbours", "mosque visitors"],
            true,
            14,
            60,
        ),
        (
            "Marleen Cools",
            "Women's farmers club Marlevoorde",
            "Chair",
            Community,
            I,
            Pr,
            &["rural families"],
            true,
            16,
            90,
        ),
        (
            "Fatima Zahra Alaoui",
            "Mothers' circle Molenwijk",
            "Volunteer",
            Community,
            I,
            Pr,
            &["mothers in Molenwijk"],
            true,
            12,
            45,
        ),
        (
            "Rudi Claessens",
            "Neighbourhood clean-up group",
            "Organiser",
            Community,
            I,
            Pr,
            &["Oud-Marlevoorde"],
            false,
            22,
            90,
        ),
        (
            "Yara Haddad",
            "Refugee welcome network",
            "Coordinator",
            Community,
            I,
            Pr,
            &["Syrian families", "Arabic speakers"],
            true,
            23,
            60,
        ),
        (
            "Dr. Jan Willems",
            "GP practice De Linde",
            "General practitioner",
            Health,
            F,
            Pr,
            &[],
            false,
            5,
            90,
        ),
        (
            "Ilse Martens",
            "Youth Care Flanders, Marlevoorde",
            "Case manager",
            YouthWork,
            F,
            Pr,
            &[],
            false,
            10,
            60,
        ),
        (
            "Peter Segers",
            "Public Prosecutor's Office",
            "Liaison magistrate",
            Justice,
            F,
            Pol,
            &[],
            false,
            3,
            90,
        ),
        (
            "Eva Dumont",
            "Justice House",
            "Probation officer",
            Justice,
            F,
            Pr,
            &[],
            false,
            28,
            60,
        ),
        (
            "Wim Hermans",
            "Social Housing Marlevoorde",
            "Tenant support",
            Housing,
            F,
            Pr,
            &["Molenwijk tenants"],
            false,
            10,
            90,
        ),
        (
            "Sara Lemmens",
            "Employment office",
            "Job coach",
            Employment,
            F,
            Pr,
            &["young job seekers"],
            false,
            10,
            90,
        ),
        (
            "Koen Bauwens",
            "Library & cultural centre",
            "Programme maker",
            Culture,
            F,
            Pr,
            &["readers", "debate evenings"],
            false,
            1,
            90,
        ),
        (
            "Leila Mansouri",
            "Hip-hop collective Beatstraat",
            "Founder",
            Culture,
            I,
            Pr,
            &["young artists"],
            true,
            13,
            45,
        ),
        (
            "Tine Vandenberghe",
            "Truancy platform",
            "Coordinator",
            Education,
            F,
            Pr,
            &[],
            false,
            7,
            60,
        ),
        (
            "Omar Farouk",
            "Somali community association",
            "Chair",
            Community,
            I,
            Pol,
            &["Somali community"],
            true,
            25,
            60,
        ),
        (
            "Hilde Smets",
            "City of Marlevoorde",
            "Diversity officer",
            LocalAuthority,
            F,
            Pol,
            &[],
            false,
            1,
            60,
        ),
        (
            "Bart Peeters",
            "City of Marlevoorde",
            "Alderman for youth",
            LocalAuthority,
            F,
            Pol,
            &[],
            false,
            2,
            90,
        ),
        (
            "Rachid Essaidi",
            "Kebab house Molenplein",
            "Owner",
            Business,
            I,
            Pr,
            &["Molenplein night life"],
            false,
            21,
            90,
        ),
        (
            "Annelies Goris",
            "Scouts Marlevoorde",
            "Group leader",
            YouthWork,
            I,
            Pr,
            &["scouts 8–17"],
            false,
            12,
            90,
        ),
        (
            "Yusuf Demir",
            "Turkish youth association",
            "Youth leader",
            YouthWork,
            I,
            Pr,
            &["Turkish youth"],
            true,
            15,
            45,
        ),
        (
            "Nathalie Roels",
            "Victim support service",
            "Counsellor",
            SocialWelfare,
            F,
            Pr,
            &[],
            false,
            5,
            90,
        ),
        (
            "Joris Lambrecht",
            "Regional radicalisation desk",
            "Advisor",
            Other("Regional government".into()),
            F,
            Pol,
            &[],
            false,
            1,
            60,
        ),
        (
            "Dounia Amrani",
            "Online youth work 'Chat met ons'",
            "Online youth worker",
            YouthWork,
            F,
            Pr,
            &["youth online"],
            false,
            12,
            45,
        ),
        (
            "Geert Verbeke",
            "Cycling club De Spurters",
            "Chair",
            Sports,
            I,
            Pol,
            &["cyclists 40+"],
            false,
            18,
            120,
        ),
    ]
}

/// The demo town as of `today`.
pub fn build(today: NaiveDate) -> Dataset {
    let day = |offset: i64| -> NaiveDate {
        if offset >= 0 {
            today + Days::new(offset as u64)
        } else {
            today - Days::new(offset.unsigned_abs())
        }
    };
    let at = |offset: i64, hour: u32| -> DateTime<Utc> {
        day(offset)
            .and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
            .and_utc()
    };
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
    d.trainings.push(Training {
        id: 1,
        meta: stamp(at(-60, 9)),
        title: "Recognising signs of radicalisation (first line)".into(),
        date: day(-60),
        trainer: "Regional radicalisation desk".into(),
        attendees: vec![7, 8, 9, 12, 13, 18, 20, 43],
    });
    d.trainings.push(Training {
        id: 2,
        meta: stamp(at(-10, 9)),
        title: "Shared professional secrecy in practice".into(),
        date: day(21),
        trainer: "Peter Segers".into(),
        attendees: vec![4, 5, 10, 27],
    });

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
            vec![Sports, YouthWork, Police],
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
            vec![],
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
    ];
    d.problems = vec![
        ProblemEntry {
            id: 1,
            meta: stamp(at(-50, 9)),
            network: 1,
            problem: "Boys hanging around the skate park after dark, recruiters seen.".into(),
            solution: "Evening opening of the youth house on Fridays.".into(),
            owner: Some(12),
            status: ProblemStatus::InProgress,
            lesson: String::new(),
        },
        ProblemEntry {
            id: 2,
            meta: stamp(at(-120, 9)),
            network: 3,
            problem: "Insults between supporters after the derby.".into(),
            solution: "Joint fair-play day of both clubs.".into(),
            owner: Some(18),
            status: ProblemStatus::Solved,
            lesson: "Players listen to coaches more than to posters.".into(),
        },
        ProblemEntry {
            id: 3,
            meta: stamp(at(-20, 9)),
            network: 2,
            problem: "Hate leaflets in letterboxes.".into(),
            solution: "Joint statement of faith leaders.".into(),
            owner: Some(14),
            status: ProblemStatus::Open,
            lesson: String::new(),
        },
    ];
    d.exchanges = vec![ExchangeMeeting {
        id: 1,
        meta: stamp(at(-30, 19)),
        network: 1,
        date: day(-30),
        topic: "Online polarisation: what do we see?".into(),
        notes: "TikTok accounts mentioned by three youth workers.\nAgreed to share examples (no names) next time.".into(),
        attendees: vec![12, 13, 39, 43],
    }];

    // Cases in every status.
    let year = today
        .format("%Y")
        .to_string()
        .parse::<u16>()
        .unwrap_or(2026);
    let case = |id: u64,
                number: u16,
                y: u16,
                status: CaseStatus,
                referred: u64,
                lead: Option<u64>,
                review: Option<i64>,
                summary: &str| Case {
        id,
        meta: stamp(at(-100 + id as i64 * 7, 9)),
        reference: CaseRef { year: y, number },
        status,
        referred_by: Some(referred),
        lead,
        review_date: review.map(day),
        summary: summary.into(),
        closure: None,
        history: vec![StatusChange {
            at: at(-100 + id as i64 * 7, 9),
            by: AUTHOR.into(),
            from: None,
            to: status,
        }],
    };
    d.cases = vec![
        case(
            1,
            1,
            year,
            CaseStatus::FollowUp,
            4,
            Some(12),
            Some(-3),
            "Young man, 19, isolated, online extremist content.",
        ),
        case(
            2,
            2,
            year,
            CaseStatus::InDiscussion,
            8,
            Some(5),
            Some(6),
            "Pupil, 16, threatening statements in class.",
        ),
        case(
            3,
            3,
            year,
            CaseStatus::Triage,
            6,
            None,
            Some(2),
            "Young woman, 17, contacts abroad, family worried.",
        ),
        case(
            4,
            4,
            year,
            CaseStatus::Signalled,
            18,
            None,
            None,
            "Player, 18, talks about leaving to fight.",
        ),
        case(
            5,
            5,
            year,
            CaseStatus::FollowUp,
            14,
            Some(10),
            Some(20),
            "Brothers, 15 and 17, drifting from school.",
        ),
    ];
    let mut closed = case(
        6,
        4,
        year - 1,
        CaseStatus::Closed,
        3,
        Some(5),
        None,
        "Man, 24, released; reintegration went well.",
    );
    closed.closure = Some(Closure {
        reason: ClosureReason::Resolved,
        explanation: "Stable job and housing; no more concerns.".into(),
        onward_referral: "Justice House follow-up".into(),
    });
    closed.history.push(StatusChange {
        at: at(-40, 11),
        by: AUTHOR.into(),
        from: Some(CaseStatus::FollowUp),
        to: CaseStatus::Closed,
    });
    let mut signposted = case(
        7,
        6,
        year,
        CaseStatus::Closed,
        9,
        None,
        None,
        "Pupil, 14, bullying; no radicalisation concern.",
    );
    signposted.closure = Some(Closure {
        reason: ClosureReason::SignpostedElsewhere,
        explanation: "School care team handles it.".into(),
        onward_referral: "Sint-Jozef care team".into(),
    });
    d.cases.push(closed);
    d.cases.push(signposted);

    // Three sessions: two closed, one planned for next week.
    let att = |list: &[(u64, Presence)]| {
        list.iter()
            .map(|&(s, p)| Attendance {
                stakeholder: s,
                presence: p,
            })
            .collect::<Vec<_>>()
    };
    let invitees = vec![1, 2, 3, 4, 5, 7, 10, 12, 14, 27];
    let item = |n: u32, s: AgendaSubject| AgendaItem {
        item: n,
        subject: s,
        elapsed_secs: 0,
    };
    d.sessions = vec![
        Session {
            id: 1,
            meta: stamp(at(-70, 9)),
            date: day(-63),
            time: NaiveTime::from_hms_opt(14, 0, 0),
            title: "Partner round table — two months ago".into(),
            chair: Some(1),
            invitees: invitees.clone(),
            attendance: att(&[
                (1, Presence::Present),
                (2, Presence::Present),
                (3, Presence::Present),
                (4, Presence::Present),
                (5, Presence::Present),
                (7, Presence::Excused),
                (10, Presence::Present),
                (12, Presence::Present),
                (14, Presence::Absent),
                (27, Presence::Present),
            ]),
            agenda: vec![
                item(1, AgendaSubject::Case(1)),
                item(2, AgendaSubject::Case(6)),
                item(
                    3,
                    AgendaSubject::Topic("Local trends: online polarisation".into()),
                ),
            ],
            status: SessionStatus::Closed,
            feedback_consensus: true,
        },
        Session {
            id: 2,
            meta: stamp(at(-40, 9)),
            date: day(-35),
            time: NaiveTime::from_hms_opt(14, 0, 0),
            title: "Partner round table — last month".into(),
            chair: Some(1),
            invitees: invitees.clone(),
            attendance: att(&[
                (1, Presence::Present),
                (2, Presence::Excused),
                (3, Presence::Present),
                (4, Presence::Present),
                (5, Presence::Present),
                (7, Presence::Present),
                (10, Presence::Absent),
                (12, Presence::Present),
                (14, Presence::Present),
                (27, Presence::Present),
            ]),
            agenda: vec![
                item(1, AgendaSubject::Case(1)),
                item(2, AgendaSubject::Case(2)),
                item(3, AgendaSubject::Case(5)),
                item(4, AgendaSubject::Topic("Hate leaflets in Molenwijk".into())),
            ],
            status: SessionStatus::Closed,
            feedback_consensus: false,
        },
        Session {
            id: 3,
            meta: stamp(at(-2, 9)),
            date: day(7),
            time: NaiveTime::from_hms_opt(14, 0, 0),
            title: "Partner round table — next week".into(),
            chair: Some(1),
            invitees,
            attendance: vec![],
            agenda: vec![
                item(1, AgendaSubject::Case(1)),
                item(2, AgendaSubject::Case(3)),
                item(3, AgendaSubject::Case(2)),
            ],
            status: SessionStatus::Planned,
            feedback_consensus: false,
        },
    ];

    // Notes under every label, some from protected sources.
    let anchor = |s: u64, item: u32, case: Option<u64>| Anchor {
        session: Some(s),
        item: Some(item),
        case,
    };
    let note = |id: u64,
                off: i64,
                a: Anchor,
                text: &str,
                source: Option<u64>,
                tlp: Tlp,
                pap: Pap,
                protected: bool,
                acts: Option<u64>| Note {
        id,
        meta: stamp(at(off, 14)),
        at: at(off, 14),
        author: AUTHOR.into(),
        anchor: a,
        text: text.into(),
        source,
        tlp,
        pap,
        protected_source: protected,
        who_acts: acts,
    };
    d.notes = vec![
        note(
            1,
            -63,
            anchor(1, 1, Some(1)),
            "Spends nights online; mother says he stopped seeing friends.",
            Some(12),
            Tlp::AmberStrict,
            Pap::Amber,
            false,
            Some(12),
        ),
        note(
            2,
            -63,
            anchor(1, 1, Some(1)),
            "Known to police for a minor incident; no current investigation.",
            Some(3),
            Tlp::Red,
            Pap::Red,
            false,
            None,
        ),
        note(
            3,
            -63,
            anchor(1, 2, Some(6)),
            "Works full time since spring; housing secured.",
            Some(29),
            Tlp::Amber,
            Pap::Green,
            false,
            None,
        ),
        note(
            4,
            -63,
            anchor(1, 3, None),
            "Three youth workers see the same TikTok accounts.",
            Some(12),
            Tlp::Green,
            Pap::Green,
            false,
            None,
        ),
        note(
            5,
            -35,
            anchor(2, 1, Some(1)),
            "A neighbour saw him with two older men from outside town.",
            Some(21),
            Tlp::Red,
            Pap::Red,
            true,
            None,
        ),
        note(
            6,
            -35,
            anchor(2, 1, Some(1)),
            "Agreed to offer a job-coaching trajectory.",
            Some(12),
            Tlp::Amber,
            Pap::Green,
            false,
            Some(31),
        ),
        note(
            7,
            -35,
            anchor(2, 2, Some(2)),
            "Teachers report threats against a classmate; parents cooperative.",
            Some(8),
            Tlp::AmberStrict,
            Pap::Amber,
            false,
            Some(8),
        ),
        note(
            8,
            -35,
            anchor(2, 3, Some(5)),
            "Mosque youth leader knows the family well.",
            Some(14),
            Tlp::Amber,
            Pap::Amber,
            true,
            Some(14),
        ),
        note(
            9,
            -35,
            anchor(2, 4, None),
            "Leaflets also found near the church; statement planned.",
            Some(16),
            Tlp::Clear,
            Pap::Clear,
            false,
            Some(14),
        ),
        note(
            10,
            -35,
            anchor(2, 4, None),
            "Network newsletter will mention the joint statement.",
            Some(1),
            Tlp::Green,
            Pap::Clear,
            false,
            Some(1),
        ),
    ];
    d.decisions = vec![
        Decision {
            id: 1,
            meta: stamp(at(-63, 15)),
            at: at(-63, 15),
            anchor: anchor(1, 2, Some(6)),
            text: "Close RT-".to_owned() + &(year - 1).to_string() + "-004: resolved.",
            tlp: Tlp::Amber,
        },
        Decision {
            id: 2,
            meta: stamp(at(-35, 15)),
            at: at(-35, 15),
            anchor: anchor(2, 1, Some(1)),
            text: "Youth worker stays lead; review in one month.".into(),
            tlp: Tlp::Amber,
        },
        Decision {
            id: 3,
            meta: stamp(at(-35, 15)),
            at: at(-35, 15),
            anchor: anchor(2, 4, None),
            text: "Faith leaders issue a joint statement.".into(),
            tlp: Tlp::Green,
        },
    ];
    let action =
        |id: u64, a: Anchor, text: &str, owner: u64, due: i64, status: ActionStatus| ActionItem {
            id,
            meta: stamp(at(-35, 15)),
            anchor: a,
            text: text.into(),
            owner: Some(owner),
            due: Some(day(due)),
            status,
            tlp: Tlp::Amber,
        };
    d.actions = vec![
        action(
            1,
            anchor(2, 1, Some(1)),
            "Introduce him to the job coach",
            31,
            -7,
            ActionStatus::Open,
        ),
        action(
            2,
            anchor(2, 2, Some(2)),
            "Talk with the parents together with the school",
            8,
            5,
            ActionStatus::Open,
        ),
        action(
            3,
            anchor(2, 4, None),
            "Draft the joint statement",
            14,
            -20,
            ActionStatus::Done,
        ),
        action(
            4,
            anchor(2, 3, Some(5)),
            "Check school attendance of both brothers",
            34,
            -2,
            ActionStatus::Open,
        ),
        action(
            5,
            anchor(1, 1, Some(1)),
            "Home visit with the mother",
            12,
            -50,
            ActionStatus::Done,
        ),
    ];

    d.agreements.push(SharingAgreement {
        id: 1,
        meta: stamp(created),
        purpose: "Prevent radicalisation and violent extremism through a multi-agency approach to individual cases.".into(),
        legal_basis: "Art. 458ter Criminal Code; law of 30 July 2018 (LISC-R).".into(),
        default_tlp: Tlp::AmberStrict,
        default_pap: Pap::Amber,
        retention_days: 365 * 5,
    });
    d.sharing_rules = vec![
        SharingRule {
            id: 1,
            meta: stamp(created),
            kind: RuleKind::CaseNeedToKnow,
            text: "Notes about a case go only to partners involved in that case.".into(),
            active: true,
        },
        SharingRule {
            id: 2,
            meta: stamp(created),
            kind: RuleKind::NoCriminalInvestigationUse,
            text: "Information shared here may not be reused for a criminal investigation.".into(),
            active: true,
        },
        SharingRule {
            id: 3,
            meta: stamp(created),
            kind: RuleKind::Custom,
            text: "The feedback sheet to the police needs the consensus of the members present."
                .into(),
            active: true,
        },
    ];
    d
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

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
