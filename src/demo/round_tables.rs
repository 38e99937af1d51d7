//! The demo town's cases, round tables, notes, decisions, actions and sharing agreement.

use chrono::{NaiveDate, NaiveTime};

use super::{AUTHOR, at_of, day_of, stamp};
use crate::domain::case::{Case, CaseRef, CaseStatus, Closure, ClosureReason, StatusChange};
use crate::domain::dataset::Dataset;
use crate::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use crate::domain::session::{
    AgendaItem, AgendaSubject, Attendance, Presence, Session, SessionStatus,
};
use crate::domain::sharing::{Pap, Tlp};

/// Cases in every status, three sessions with attendance, notes under every label (some
/// from protected sources), open, overdue and done actions, the sharing agreement.
pub(super) fn round_tables(d: &mut Dataset, today: NaiveDate) {
    let day = |offset| day_of(today, offset);
    let at = |offset, hour| at_of(today, offset, hour);
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
            place: Some("Town hall, room 2".into()),
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
            place: Some("Town hall, room 2".into()),
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
            place: Some("Town hall, room 2".into()),
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
        revisions: Vec::new(),
        retraction: None,
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
            from_note: Some(3),
        },
        Decision {
            id: 2,
            meta: stamp(at(-35, 15)),
            at: at(-35, 15),
            anchor: anchor(2, 1, Some(1)),
            text: "Youth worker stays lead; review in one month.".into(),
            tlp: Tlp::Amber,
            from_note: Some(6),
        },
        Decision {
            id: 3,
            meta: stamp(at(-35, 15)),
            at: at(-35, 15),
            anchor: anchor(2, 4, None),
            text: "Faith leaders issue a joint statement.".into(),
            tlp: Tlp::Green,
            from_note: Some(9),
        },
    ];
    // The note each action was taken from, by action id.
    let from = |id: u64| [6, 7, 9, 8, 1].get(id as usize - 1).copied();
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
            from_note: from(id),
            history: Vec::new(),
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
            ActionStatus::Open,
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
            ActionStatus::Open,
        ),
        action(
            6,
            anchor(1, 1, Some(1)),
            "Ask the sports club for a trial session",
            31,
            -30,
            ActionStatus::Open,
        ),
    ];
    follow_up(&mut d.actions, &at);

    super::agreement::sharing_agreement(d, today);
}

/// What happened to the demo's actions after they were agreed: one done on time, one
/// done late, one cancelled, one reassigned (its owner now is the one it was given to).
fn follow_up(actions: &mut [ActionItem], at: &dyn Fn(i64, u32) -> chrono::DateTime<chrono::Utc>) {
    let by = AUTHOR;
    for a in actions.iter_mut() {
        let step = match a.id {
            // Due 20 days ago, done two days before that.
            3 => a.complete(by, at(-22, 10), "Statement agreed by all partners"),
            // Due 50 days ago, done five days late.
            5 => a.complete(by, at(-45, 16), "Visit done; mother open to support"),
            6 => a.cancel(by, at(-31, 9), "The club has no places this season"),
            2 => {
                let owner = a.owner.take();
                a.owner = Some(31);
                a.reassign(by, at(-20, 11), owner.unwrap_or(8))
            }
            _ => Ok(()),
        };
        step.expect("a demo action follows the workflow");
    }
}
