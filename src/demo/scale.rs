//! A synthetic town of any size, for measuring: N stakeholders and proportionate
//! everything (about ten notes per stakeholder), deterministic for a given N.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::domain::Meta;
use crate::domain::case::{Case, CaseRef, CaseStatus, StatusChange};
use crate::domain::dataset::Dataset;
use crate::domain::network::{Member, MiniNetwork, NetworkKind};
use crate::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use crate::domain::session::{
    AgendaItem, AgendaSubject, Attendance, Presence, Session, SessionStatus,
};
use crate::domain::sharing::{Pap, Tlp};
use crate::domain::stakeholder::{
    Channel, ContactDetails, ContactEntry, ContactKind, ContactPurpose, Formality, Sector,
    Stakeholder, Tier,
};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}

const FIRST: [&str; 24] = [
    "Anke", "Youssef", "Samira", "Jonas", "Fatima", "Pieter", "Els", "Karim", "Marleen", "Ahmed",
    "Sofie", "Tom", "Nadia", "Griet", "Omar", "Leila", "Bram", "Yara", "Dirk", "Hassan", "Ilse",
    "Kevin", "Zoë", "Mehmet",
];
const LAST: [&str; 24] = [
    "Verhulst",
    "Amrani",
    "El Idrissi",
    "De Smet",
    "Alaoui",
    "Dewaele",
    "Van Damme",
    "Haddou",
    "Cools",
    "Tahiri",
    "Claes",
    "Wouters",
    "Bouzid",
    "Maes",
    "Farouk",
    "Mansouri",
    "Jacobs",
    "Haddad",
    "Van Acker",
    "Ouali",
    "Martens",
    "Goossens",
    "Mertens",
    "Yilmaz",
];
const ORGS: [&str; 12] = [
    "City",
    "Police Zone",
    "Mental Health Centre",
    "School",
    "Youth House",
    "Mosque",
    "Parish",
    "FC",
    "Boxing club",
    "Social Welfare",
    "Library",
    "Neighbourhood group",
];

/// The town of `n` stakeholders as of `today`.
pub fn build(n: usize, today: NaiveDate) -> Dataset {
    let mut r = Rng(n as u64);
    let at = |days: u64| -> DateTime<Utc> {
        (today - Days::new(days))
            .and_hms_opt(14, 0, 0)
            .unwrap_or_default()
            .and_utc()
    };
    let meta = |t: DateTime<Utc>| {
        let mut m = Meta::new("coordinator", t);
        m.touch("coordinator", t);
        m
    };
    let mut d = Dataset::default();
    for i in 1..=n as u64 {
        let name = format!("{} {} {i}", r.pick(&FIRST), r.pick(&LAST));
        let org = format!("{} {}", r.pick(&ORGS), 1 + r.below(n as u64 / 10 + 1));
        let sector = Sector::STANDARD[r.below(Sector::STANDARD.len() as u64) as usize].clone();
        d.stakeholders.push(Stakeholder {
            id: i,
            meta: meta(at(400)),
            kind: ContactKind::Person,
            contact: ContactDetails {
                phone: format!("+32 15 {:06}", i),
                email: format!("p{i}@example.org"),
                address: String::new(),
            },
            name,
            organisation: org,
            role: "Partner".into(),
            sector,
            formality: if r.below(3) == 0 {
                Formality::Informal
            } else {
                Formality::Formal
            },
            tier: if r.below(4) == 0 {
                Tier::Policy
            } else {
                Tier::Practitioner
            },
            communities: vec![],
            key_figure: r.below(10) == 0,
            referred_by: (i > 1 && r.below(3) == 0).then(|| 1 + r.below(i - 1)),
            cadence_days: Some(30 + 15 * r.below(6) as u32),
            notes: String::new(),
            archived: false,
            erased: false,
            consent: None,
            pipeline: Vec::new(),
            language: None,
        });
    }
    for i in 1..=(2 * n) as u64 {
        d.contacts.push(ContactEntry {
            id: i,
            meta: meta(at(r.below(300))),
            stakeholder: 1 + r.below(n as u64),
            date: today - Days::new(r.below(300)),
            channel: Channel::Meeting,
            purpose: if r.below(4) == 0 {
                ContactPurpose::Problem
            } else {
                ContactPurpose::Maintenance
            },
            summary: "Catch-up on the network and local news.".into(),
        });
    }
    let nets = (n / 20).max(4) as u64;
    for id in 1..=nets {
        let members = (0..8 + r.below(20))
            .map(|_| Member {
                stakeholder: 1 + r.below(n as u64),
                role: "member".into(),
                brings: String::new(),
                gains: String::new(),
            })
            .collect();
        d.networks.push(MiniNetwork {
            id,
            meta: meta(at(300)),
            name: format!("Network {id}"),
            kind: NetworkKind::Sector,
            tier: if id % 3 == 0 {
                Tier::Policy
            } else {
                Tier::Practitioner
            },
            shared_goal: "Notice early, act together.".into(),
            vision: String::new(),
            selection_criteria: String::new(),
            lead: Some(1 + r.below(n as u64)),
            contact_point: None,
            members,
            wanted_sectors: vec![],
            sub_networks: vec![],
            archived: false,
        });
    }
    let cases = (n / 10).max(5) as u64;
    for id in 1..=cases {
        let status = CaseStatus::ALL[r.below(5) as usize];
        d.cases.push(Case {
            id,
            meta: meta(at(200)),
            reference: CaseRef {
                year: 2016 + (id / 900) as u16,
                number: (id % 900 + 1) as u16,
            },
            status,
            referred_by: Some(1 + r.below(n as u64)),
            lead: Some(1 + r.below(n as u64)),
            review_date: Some(today + Days::new(r.below(60))),
            summary: "Young person, worries at school.".into(),
            closure: None,
            history: vec![StatusChange {
                at: at(200),
                by: "coordinator".into(),
                from: None,
                to: status,
            }],
        });
    }
    // Ten years of monthly sessions, and more for a larger cell.
    let sessions = (n / 50).max(12) as u64;
    for id in 1..=sessions {
        let invitees: Vec<u64> = (0..12).map(|_| 1 + r.below(n as u64)).collect();
        let attendance = invitees
            .iter()
            .map(|&s| Attendance {
                stakeholder: s,
                presence: Presence::Present,
            })
            .collect();
        let agenda = (1..=6u32)
            .map(|item| AgendaItem {
                item,
                subject: AgendaSubject::Case(1 + r.below(cases)),
                elapsed_secs: 300,
            })
            .collect();
        d.sessions.push(Session {
            id,
            meta: meta(at(sessions - id)),
            date: today - Days::new(30 * (sessions - id)),
            time: None,
            title: format!("Partner round table {id}"),
            chair: Some(1),
            invitees,
            attendance,
            agenda,
            status: if id == sessions {
                SessionStatus::Planned
            } else {
                SessionStatus::Closed
            },
            feedback_consensus: id % 2 == 0,
            place: None,
        });
    }
    let notes = 10 * n as u64;
    for id in 1..=notes {
        let s = 1 + r.below(sessions);
        let item = 1 + r.below(6) as u32;
        let anchor = Anchor {
            session: Some(s),
            item: Some(item),
            case: Some(1 + r.below(cases)),
        };
        let t = at(r.below(3000));
        d.notes.push(Note {
            id,
            meta: meta(t),
            at: t,
            author: "coordinator".into(),
            anchor,
            text: format!("Note {id}: the partner reports progress at school and at home; follow up next month."),
            source: Some(1 + r.below(n as u64)),
            tlp: Tlp::ALL[r.below(5) as usize],
            pap: Pap::ALL[r.below(4) as usize],
            protected_source: r.below(10) == 0,
            revisions: Vec::new(),
            retraction: None,
            who_acts: None,
        });
        if id % 10 == 0 {
            d.actions.push(ActionItem {
                id: id / 10,
                meta: meta(t),
                anchor,
                text: "Call the family".into(),
                owner: Some(1 + r.below(n as u64)),
                due: Some(today + Days::new(r.below(40))),
                status: if r.below(3) == 0 {
                    ActionStatus::Done
                } else {
                    ActionStatus::Open
                },
                tlp: Tlp::Amber,
                from_note: Some(id),
                history: Vec::new(),
            });
        }
        if id % 20 == 0 {
            d.decisions.push(Decision {
                id: id / 20,
                meta: meta(t),
                at: t,
                anchor,
                text: "Keep in follow-up".into(),
                tlp: Tlp::Amber,
                from_note: Some(id),
            });
        }
    }
    super::agreement::sharing_agreement(&mut d, today);
    d
}

#[cfg(test)]
mod tests {
    /// The scaled town carries the demo town's sharing agreement and rules, unchanged.
    #[test]
    fn the_scaled_town_has_the_demo_agreement() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let demo = super::super::build(today);
        for n in [1, 50] {
            let scaled = super::build(n, today);
            assert_eq!(scaled.agreements, demo.agreements);
            assert_eq!(scaled.sharing_rules, demo.sharing_rules);
            assert_eq!(scaled.agreements.len(), 1);
            assert_eq!(scaled.sharing_rules.len(), 3);
        }
    }
}
