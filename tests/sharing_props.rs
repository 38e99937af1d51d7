//! Property test of the sharing rules: over random sessions, attendances, labels, cases,
//! protected sources and recipients, no export ever contains the text of a TLP:RED item,
//! a TLP:AMBER+STRICT item for someone who was not present, or the name (or
//! organisation) of a protected source next to what they said.
//!
//! 10,000 worlds by default; `ROUNDTABLE_LONG=1 cargo test --test sharing_props` runs
//! 200,000.

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use roundtable::domain::Meta;
use roundtable::domain::case::{Case, CaseRef, CaseStatus};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::network::{Member, MiniNetwork, NetworkKind};
use roundtable::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use roundtable::domain::session::{
    AgendaItem, AgendaSubject, Attendance, Presence, Session, SessionStatus,
};
use roundtable::domain::sharing::{Pap, Tlp};
use roundtable::domain::stakeholder::{Stakeholder, Tier};
use roundtable::export::{Format, minutes};

/// A tiny deterministic generator, so that a failing seed rebuilds the same world.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn meta() -> Meta {
    let mut m = Meta::new("p", DateTime::<Utc>::UNIX_EPOCH);
    m.touch("p", DateTime::<Utc>::UNIX_EPOCH);
    m
}

fn name(i: u64) -> String {
    format!("PERS{i:02}X")
}
fn org(i: u64) -> String {
    format!("ORGA{i:02}Z")
}

const PEOPLE: u64 = 8;

fn world(seed: u64) -> (Dataset, u64) {
    let mut r = Rng(seed | 1);
    let mut d = Dataset::default();
    for i in 1..=PEOPLE {
        d.stakeholders.push(Stakeholder {
            id: i,
            meta: meta(),
            name: name(i),
            organisation: org(i),
            ..Stakeholder::blank()
        });
    }
    let members = (1..=PEOPLE).filter(|_| r.chance(50)).map(|s| Member {
        stakeholder: s,
        role: String::new(),
        brings: String::new(),
        gains: String::new(),
    });
    d.networks.push(MiniNetwork {
        id: 1,
        meta: meta(),
        name: "net".into(),
        kind: NetworkKind::Sector,
        tier: Tier::Practitioner,
        shared_goal: String::new(),
        vision: String::new(),
        selection_criteria: String::new(),
        lead: None,
        contact_point: None,
        members: members.collect(),
        wanted_sectors: vec![],
        sub_networks: vec![],
        archived: false,
    });
    let cases = r.below(3);
    for c in 1..=cases {
        d.cases.push(Case {
            id: c,
            meta: meta(),
            reference: CaseRef {
                year: 2026,
                number: c as u16,
            },
            status: CaseStatus::InDiscussion,
            referred_by: r.chance(70).then(|| 1 + r.below(PEOPLE)),
            lead: r.chance(70).then(|| 1 + r.below(PEOPLE)),
            review_date: None,
            summary: String::new(),
            closure: None,
            history: vec![],
        });
    }
    let sessions = 1 + r.below(2);
    for s in 1..=sessions {
        let invitees: Vec<u64> = (1..=PEOPLE).filter(|_| r.chance(60)).collect();
        let attendance = (1..=PEOPLE)
            .filter_map(|p| {
                let presence = match r.below(4) {
                    0 => return None,
                    1 => Presence::Present,
                    2 => Presence::Excused,
                    _ => Presence::Absent,
                };
                Some(Attendance {
                    stakeholder: p,
                    presence,
                })
            })
            .collect();
        let mut agenda = vec![AgendaItem {
            item: 1,
            subject: AgendaSubject::Topic("general".into()),
            elapsed_secs: 0,
        }];
        for c in 1..=cases {
            agenda.push(AgendaItem {
                item: 1 + c as u32,
                subject: AgendaSubject::Case(c),
                elapsed_secs: 0,
            });
        }
        d.sessions.push(Session {
            id: s,
            meta: meta(),
            date: NaiveDate::from_ymd_opt(2026, 11, s as u32).unwrap(),
            time: None,
            title: format!("session {s}"),
            chair: None,
            invitees,
            attendance,
            agenda,
            status: SessionStatus::Closed,
            feedback_consensus: r.chance(60),
        });
    }
    let tlp = |r: &mut Rng| Tlp::ALL[r.below(5) as usize];
    let anchor = |r: &mut Rng| {
        let s = 1 + r.below(sessions);
        let item = 1 + r.below(cases + 1) as u32;
        Anchor {
            session: Some(s),
            item: Some(item),
            case: (item > 1).then_some(item as u64 - 1),
        }
    };
    for n in 1..=(1 + r.below(10)) {
        let a = anchor(&mut r);
        let source = r.chance(80).then(|| 1 + r.below(PEOPLE));
        d.notes.push(Note {
            id: n,
            meta: meta(),
            at: DateTime::<Utc>::UNIX_EPOCH,
            author: "p".into(),
            anchor: a,
            text: format!("NOTE{n:03}Y"),
            source,
            tlp: tlp(&mut r),
            pap: Pap::ALL[r.below(4) as usize],
            protected_source: r.chance(40),
            who_acts: if r.chance(50) {
                source
            } else {
                r.chance(50).then(|| 1 + r.below(PEOPLE))
            },
        });
    }
    for n in 1..=r.below(4) {
        let a = anchor(&mut r);
        d.decisions.push(Decision {
            id: n,
            meta: meta(),
            at: DateTime::<Utc>::UNIX_EPOCH,
            anchor: a,
            text: format!("DECI{n:03}Y"),
            tlp: tlp(&mut r),
            from_note: None,
        });
    }
    for n in 1..=r.below(4) {
        let a = anchor(&mut r);
        d.actions.push(ActionItem {
            id: n,
            meta: meta(),
            anchor: a,
            text: format!("ACTN{n:03}Y"),
            owner: Some(1 + r.below(PEOPLE)),
            due: None,
            status: ActionStatus::Open,
            tlp: tlp(&mut r),
            from_note: None,
        });
    }
    if r.chance(20) {
        d.sharing_rules
            .push(roundtable::domain::sharing::SharingRule {
                id: 1,
                meta: meta(),
                kind: roundtable::domain::sharing::RuleKind::CaseNeedToKnow,
                text: String::new(),
                active: false,
            });
    }
    let recipient = 1 + r.below(PEOPLE);
    (d, recipient)
}

/// The lines that belong to the item whose first line contains `token`.
fn item_block<'a>(out: &'a str, token: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = out.lines().collect();
    let Some(start) = lines.iter().position(|l| l.contains(token)) else {
        return vec![];
    };
    let mut block = vec![lines[start]];
    for l in &lines[start + 1..] {
        if l.starts_with("  ") {
            block.push(l);
        } else {
            break;
        }
    }
    block
}

fn check(seed: u64) -> Result<(), TestCaseError> {
    let (d, recipient) = world(seed);
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let mut outputs = Vec::new();
    for s in &d.sessions {
        let p = minutes::preview(&d, s, recipient);
        for fmt in [Format::Md, Format::Txt] {
            outputs.push((Some(s), minutes::render(&d, s, recipient, &p, fmt, at, "p")));
        }
    }
    for c in &d.cases {
        let p = minutes::feedback_preview(&d, c, recipient);
        outputs.push((
            None,
            minutes::render_feedback(&d, c, recipient, &p, Format::Md, at, "p"),
        ));
    }
    for (session, out) in &outputs {
        for n in &d.notes {
            if n.tlp == Tlp::Red {
                prop_assert!(
                    !out.contains(&n.text),
                    "seed {seed}: TLP:RED {} went out:\n{out}",
                    n.text
                );
            }
            let said_here = session.is_some_and(|s| n.anchor.session == Some(s.id));
            if n.tlp == Tlp::AmberStrict && out.contains(&n.text) {
                let s = d
                    .sessions
                    .iter()
                    .find(|s| Some(s.id) == n.anchor.session)
                    .unwrap();
                prop_assert!(
                    said_here && s.presence_of(recipient) == Some(Presence::Present),
                    "seed {seed}: AMBER+STRICT {} to someone not present:\n{out}",
                    n.text
                );
            }
            if session.is_none() {
                prop_assert!(
                    !out.contains(&n.text),
                    "seed {seed}: a note in a feedback sheet:\n{out}"
                );
            }
            if n.protected_source
                && let Some(src) = n.source
            {
                for l in item_block(out, &n.text) {
                    prop_assert!(
                        !l.contains(&name(src)) && !l.contains(&org(src)),
                        "seed {seed}: protected source named next to {}:\n{out}",
                        n.text
                    );
                }
            }
        }
        for dec in &d.decisions {
            if dec.tlp == Tlp::Red {
                prop_assert!(
                    !out.contains(&dec.text),
                    "seed {seed}: TLP:RED decision went out"
                );
            }
        }
        for a in &d.actions {
            if a.tlp == Tlp::Red {
                prop_assert!(
                    !out.contains(&a.text),
                    "seed {seed}: TLP:RED action went out"
                );
            }
        }
    }
    Ok(())
}

fn cases() -> u32 {
    if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        200_000
    } else {
        10_000
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn no_export_leaks_past_its_label(seed in any::<u64>()) {
        check(seed)?;
    }
}

/// The generator really produces what the properties are about.
#[test]
fn worlds_cover_every_situation() {
    let (mut red, mut strict, mut protected, mut withheld, mut included) = (0, 0, 0, 0, 0);
    for seed in 0..500u64 {
        let (d, recipient) = world(seed.wrapping_mul(0x9E3779B97F4A7C15));
        red += d.notes.iter().filter(|n| n.tlp == Tlp::Red).count();
        strict += d.notes.iter().filter(|n| n.tlp == Tlp::AmberStrict).count();
        protected += d.notes.iter().filter(|n| n.protected_source).count();
        for s in &d.sessions {
            let p = minutes::preview(&d, s, recipient);
            withheld += p.withheld.len();
            included += p.included.len();
        }
    }
    assert!(
        red > 100 && strict > 100 && protected > 100 && withheld > 300 && included > 300,
        "red {red} strict {strict} protected {protected} withheld {withheld} included {included}"
    );
}
