//! Unit tests of every checklist line and figure, on small hand-made towns.

use chrono::{NaiveDate, TimeZone, Utc};

use super::checklist::{Check, Jump, Step, Value, checklist};
use super::figures::{Period, figures_over};
use super::graph::{Graph, betweenness, picture};
use crate::domain::Meta;
use crate::domain::action::{ActionChange, ActionEvent};
use crate::domain::case::{Case, CaseRef, CaseStatus, StatusChange};
use crate::domain::dataset::Dataset;
use crate::domain::network::{
    ExchangeMeeting, Member, MiniNetwork, NetworkKind, ProblemEntry, ProblemStatus,
};
use crate::domain::note::{ActionItem, ActionStatus, Anchor};
use crate::domain::session::{Attendance, Presence, Session, SessionStatus};
use crate::domain::sharing::Tlp;
use crate::domain::stakeholder::{ContactEntry, Formality, Sector, Stakeholder, Tier};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn meta_at(s: &str) -> Meta {
    Meta::new(
        "t",
        Utc.from_utc_datetime(&day(s).and_hms_opt(9, 0, 0).unwrap()),
    )
}

const TODAY: &str = "2026-11-29";

fn person(id: u64, sector: Sector, formality: Formality) -> Stakeholder {
    Stakeholder {
        id,
        meta: meta_at("2026-01-01"),
        name: format!("P{id}"),
        sector,
        formality,
        ..Stakeholder::blank()
    }
}

fn member(id: u64, brings: &str) -> Member {
    Member {
        stakeholder: id,
        role: String::new(),
        brings: brings.into(),
        gains: brings.into(),
    }
}

fn network(id: u64, kind: NetworkKind, members: Vec<Member>) -> MiniNetwork {
    MiniNetwork {
        id,
        meta: meta_at("2026-01-01"),
        name: format!("N{id}"),
        kind,
        tier: Tier::Practitioner,
        shared_goal: "goal".into(),
        vision: String::new(),
        selection_criteria: "criteria".into(),
        lead: Some(1),
        contact_point: Some(1),
        members,
        wanted_sectors: vec![],
        sub_networks: vec![],
        archived: false,
    }
}

fn line<'a>(checks: &'a [Check], key: &str) -> &'a Check {
    checks.iter().find(|c| c.key == key).unwrap()
}

fn var<'a>(c: &'a Check, name: &str) -> &'a Value {
    &c.vars.iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn every_line_has_a_step_and_a_place_to_jump() {
    let checks = checklist(&Dataset::default(), day(TODAY));
    let steps: Vec<Step> = checks.iter().map(|c| c.step).collect();
    for s in [Step::One, Step::Two, Step::Three, Step::Table] {
        assert!(steps.contains(&s), "{s:?}");
    }
    assert!(checks.iter().any(|c| c.jump == Jump::Actions));
}

#[test]
fn sectors_covered_counts_active_partners_against_the_expected_list() {
    let mut d = Dataset::default();
    d.stakeholders
        .push(person(1, Sector::Police, Formality::Formal));
    let mut gone = person(2, Sector::Education, Formality::Formal);
    gone.archived = true;
    d.stakeholders.push(gone);
    let mut c = network(9, NetworkKind::Community, vec![]);
    c.sub_networks = vec![8];
    // The combined network wants every sector, whatever list it kept.
    c.wanted_sectors = vec![Sector::Police, Sector::Education];
    d.networks.push(network(8, NetworkKind::Sector, vec![]));
    d.networks.push(c);
    let checks = checklist(&d, day(TODAY));
    let l = line(&checks, "overview-check-sectors");
    assert_eq!(var(l, "covered"), &Value::Count(1));
    assert_eq!(var(l, "expected"), &Value::Count(Sector::STANDARD.len()));
    let others: Vec<Sector> = Sector::STANDARD
        .into_iter()
        .filter(|s| *s != Sector::Police)
        .collect();
    assert_eq!(var(l, "missing"), &Value::Sectors(others));
    assert!(!l.ok);
}

#[test]
fn communities_unreached_are_those_no_key_figure_reaches() {
    let mut d = Dataset::default();
    let mut a = person(1, Sector::Religious, Formality::Informal);
    a.communities = vec!["Somali".into(), "Youth".into()];
    let mut b = person(2, Sector::Religious, Formality::Informal);
    b.communities = vec!["Youth".into()];
    b.key_figure = true;
    d.stakeholders = vec![a, b];
    let checks = checklist(&d, day(TODAY));
    let l = line(&checks, "overview-check-communities");
    assert_eq!(var(l, "names"), &Value::Names(vec!["Somali".into()]));
    assert!(!l.ok);
}

#[test]
fn informal_share_is_met_from_a_quarter() {
    let mut d = Dataset::default();
    for i in 1..=4 {
        let f = if i == 1 {
            Formality::Informal
        } else {
            Formality::Formal
        };
        d.stakeholders.push(person(i, Sector::Police, f));
    }
    let checks = checklist(&d, day(TODAY));
    let l = line(&checks, "overview-check-informal");
    assert_eq!(var(l, "share"), &Value::Percent(25));
    assert!(l.ok);
    d.stakeholders
        .push(person(5, Sector::Police, Formality::Formal));
    assert!(!line(&checklist(&d, day(TODAY)), "overview-check-informal").ok);
}

#[test]
fn contacts_overdue_follow_each_rhythm() {
    let mut d = Dataset::default();
    let mut a = person(1, Sector::Police, Formality::Formal);
    a.cadence_days = Some(30);
    let mut b = person(2, Sector::Police, Formality::Formal);
    b.cadence_days = Some(30);
    let c = person(3, Sector::Police, Formality::Formal);
    d.stakeholders = vec![a, b, c];
    d.contacts.push(ContactEntry {
        id: 1,
        meta: meta_at("2026-11-20"),
        stakeholder: 1,
        date: day("2026-11-20"),
        channel: crate::domain::stakeholder::Channel::Phone,
        purpose: crate::domain::stakeholder::ContactPurpose::Maintenance,
        summary: String::new(),
    });
    // 2 was never contacted although a rhythm is set; 3 has no rhythm.
    let checks = checklist(&d, day(TODAY));
    assert_eq!(
        var(line(&checks, "overview-check-overdue"), "n"),
        &Value::Count(1)
    );
}

#[test]
fn step_two_names_the_mini_networks_missing_a_sector_they_want() {
    let mut d = Dataset::default();
    d.stakeholders
        .push(person(1, Sector::Police, Formality::Formal));
    // A sector network wants no other sector, whatever list it kept.
    let mut similar = network(1, NetworkKind::Sector, vec![member(1, "x")]);
    similar.wanted_sectors = vec![Sector::Education];
    let mut area = network(2, NetworkKind::Area, vec![member(1, "x")]);
    area.wanted_sectors = vec![Sector::Police, Sector::Education];
    let mut theme = network(3, NetworkKind::Theme, vec![member(1, "x")]);
    theme.wanted_sectors = vec![Sector::Police];
    let mut table = network(4, NetworkKind::RoundTable, vec![]);
    table.wanted_sectors = vec![Sector::Housing];
    d.networks = vec![similar, area, theme, table];
    let checks = checklist(&d, day(TODAY));
    let l = line(&checks, "overview-check-missing");
    assert_eq!(var(l, "names"), &Value::Names(vec!["N2".into()]));
    assert!(!l.ok);
}

#[test]
fn step_two_lines_find_gaps_in_mini_networks() {
    let mut d = Dataset::default();
    let mut lax = network(1, NetworkKind::Sector, vec![member(1, ""), member(2, "x")]);
    lax.lead = None;
    d.networks.push(lax);
    d.networks
        .push(network(2, NetworkKind::Area, vec![member(3, "y")]));
    let mut held = ExchangeMeeting::planned(2, day("2026-10-01"), String::new());
    held.held = true;
    // Planned in the quarter: no exchange yet.
    let planned = ExchangeMeeting::planned(1, day("2026-11-20"), String::new());
    d.exchanges = vec![held, planned];
    let problem = |id, owner, status| ProblemEntry {
        id,
        owner,
        status,
        ..ProblemEntry::open(1, String::new(), day("2026-10-01"))
    };
    d.problems = vec![
        problem(1, None, ProblemStatus::Open),
        problem(2, Some(1), ProblemStatus::SolutionAgreed),
        problem(3, None, ProblemStatus::Done),
    ];
    let checks = checklist(&d, day(TODAY));
    let incomplete = line(&checks, "overview-check-incomplete");
    assert_eq!(var(incomplete, "names"), &Value::Names(vec!["N1".into()]));
    assert_eq!(
        var(line(&checks, "overview-check-reasons"), "n"),
        &Value::Count(1)
    );
    let ex = line(&checks, "overview-check-exchanges");
    assert_eq!(var(ex, "n"), &Value::Count(1));
    assert_eq!(var(ex, "without"), &Value::Names(vec!["N1".into()]));
    assert_eq!(
        var(line(&checks, "overview-check-owners"), "n"),
        &Value::Count(1)
    );
}

#[test]
fn step_three_needs_a_combined_network_covering_every_expected_sector() {
    let mut d = Dataset::default();
    d.stakeholders
        .push(person(1, Sector::Police, Formality::Formal));
    d.stakeholders
        .push(person(2, Sector::Education, Formality::Formal));
    d.networks
        .push(network(1, NetworkKind::Sector, vec![member(1, "x")]));
    let checks = checklist(&d, day(TODAY));
    assert!(!line(&checks, "overview-check-combined").ok);
    let mut c = network(2, NetworkKind::Community, vec![member(2, "y")]);
    c.sub_networks = vec![1];
    d.networks.push(c);
    // Every standard sector but housing, in the network it combines.
    for (i, s) in Sector::STANDARD.into_iter().enumerate() {
        if s != Sector::Housing {
            d.stakeholders
                .push(person(10 + i as u64, s, Formality::Formal));
            d.networks[0].members.push(member(10 + i as u64, "x"));
        }
    }
    let checks = checklist(&d, day(TODAY));
    assert!(line(&checks, "overview-check-combined").ok);
    let l = line(&checks, "overview-check-who_can_do_what");
    assert_eq!(var(l, "missing"), &Value::Sectors(vec![Sector::Housing]));
    assert!(!l.ok);
    d.stakeholders
        .push(person(9, Sector::Housing, Formality::Formal));
    d.networks[0].members.push(member(9, "x"));
    let checks = checklist(&d, day(TODAY));
    assert!(line(&checks, "overview-check-who_can_do_what").ok);
}

fn session(id: u64, date: &str, present: &[u64], absent: &[u64]) -> Session {
    let mark = |p: &[u64], presence| {
        p.iter()
            .map(|&s| Attendance {
                stakeholder: s,
                presence,
            })
            .collect::<Vec<_>>()
    };
    let mut attendance = mark(present, Presence::Present);
    attendance.extend(mark(absent, Presence::Absent));
    Session {
        id,
        meta: meta_at(date),
        date: day(date),
        time: None,
        place: None,
        title: String::new(),
        chair: None,
        invitees: present.iter().chain(absent).copied().collect(),
        attendance,
        agenda: vec![],
        status: SessionStatus::Closed,
        feedback_consensus: false,
    }
}

#[test]
fn the_round_table_keeps_its_rhythm_and_attendance() {
    let mut d = Dataset::default();
    for (i, m) in ["05", "06", "07", "08", "09", "10"].iter().enumerate() {
        d.sessions.push(session(
            i as u64 + 1,
            &format!("2026-{m}-15"),
            &[1, 2, 3],
            &[4],
        ));
    }
    let checks = checklist(&d, day(TODAY));
    let rhythm = line(&checks, "overview-check-rhythm");
    assert_eq!(var(rhythm, "n"), &Value::Count(6));
    assert!(rhythm.ok);
    let att = line(&checks, "overview-check-attendance");
    assert_eq!(var(att, "share"), &Value::Percent(75));
    assert!(att.ok);
    d.sessions.remove(2);
    let checks = checklist(&d, day(TODAY));
    assert_eq!(
        var(line(&checks, "overview-check-rhythm"), "n"),
        &Value::Count(5)
    );
}

fn action(
    id: u64,
    created: &str,
    due: Option<&str>,
    status: ActionStatus,
    done: Option<&str>,
) -> ActionItem {
    ActionItem {
        id,
        meta: meta_at(created),
        anchor: Anchor {
            session: None,
            item: None,
            case: None,
        },
        text: String::new(),
        owner: None,
        due: due.map(day),
        status,
        tlp: Tlp::Amber,
        from_note: None,
        history: done
            .map(|d| ActionEvent {
                by: "t".into(),
                at: meta_at(d).created_at,
                change: ActionChange::Done { result: None },
            })
            .into_iter()
            .collect(),
    }
}

#[test]
fn actions_are_open_overdue_done_on_time_late_or_cancelled() {
    let d = Dataset {
        actions: vec![
            action(
                1,
                "2026-10-01",
                Some("2026-12-10"),
                ActionStatus::Open,
                None,
            ),
            action(
                2,
                "2026-10-01",
                Some("2026-11-10"),
                ActionStatus::Open,
                None,
            ),
            action(
                3,
                "2026-10-01",
                Some("2026-10-10"),
                ActionStatus::Done,
                Some("2026-10-09"),
            ),
            action(
                4,
                "2026-10-01",
                Some("2026-10-10"),
                ActionStatus::Done,
                Some("2026-10-12"),
            ),
            action(5, "2026-10-01", None, ActionStatus::Cancelled, None),
            action(6, "2025-10-01", None, ActionStatus::Open, None),
        ],
        ..Dataset::default()
    };
    let f = figures_over(&d, Period::last_year(day(TODAY)), day(TODAY));
    let a = f.actions;
    assert_eq!(
        (a.open, a.overdue, a.done_on_time, a.done_late, a.cancelled),
        (1, 1, 1, 1, 1)
    );
    let checks = checklist(&d, day(TODAY));
    let l = line(&checks, "overview-check-on_time");
    assert_eq!(var(l, "share"), &Value::Percent(50));
    assert!(!l.ok);
}

fn case(id: u64, signalled: &str, closed: Option<&str>) -> Case {
    let at = |s: &str| meta_at(s).created_at;
    let mut history = vec![StatusChange {
        at: at(signalled),
        by: "t".into(),
        from: None,
        to: CaseStatus::Signalled,
    }];
    if let Some(c) = closed {
        history.push(StatusChange {
            at: at(c),
            by: "t".into(),
            from: Some(CaseStatus::FollowUp),
            to: CaseStatus::Closed,
        });
    }
    Case {
        id,
        meta: meta_at(signalled),
        reference: CaseRef {
            year: 2026,
            number: id as u16,
        },
        status: if closed.is_some() {
            CaseStatus::Closed
        } else {
            CaseStatus::Triage
        },
        referred_by: None,
        lead: None,
        review_date: None,
        summary: String::new(),
        closure: None,
        history,
    }
}

#[test]
fn cases_signals_and_days_to_closure() {
    let d = Dataset {
        cases: vec![
            case(1, "2026-01-10", Some("2026-02-09")),
            case(2, "2026-03-01", Some("2026-03-11")),
            case(3, "2026-03-05", Some("2026-05-04")),
            case(4, "2026-11-02", None),
            case(5, "2025-06-01", None),
        ],
        ..Dataset::default()
    };
    let f = figures_over(&d, Period::year(2026).unwrap(), day(TODAY));
    let by: Vec<usize> = f.cases_by_status.iter().map(|(_, n)| *n).collect();
    assert_eq!(by, vec![0, 2, 0, 0, 3]);
    let months: Vec<usize> = f.signals_per_month.iter().map(|(_, n)| *n).collect();
    assert_eq!(months, vec![1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    assert_eq!((f.closures, f.median_days_to_closure), (3, Some(30)));
    let last = figures_over(&d, Period::last_year(day(TODAY)), day(TODAY));
    assert_eq!(last.signals_per_month.len(), 12);
    assert_eq!(last.signals_per_month[0].0, day("2025-12-01"));
}

#[test]
fn attendance_per_partner_and_sector_and_sector_coverage() {
    let mut d = Dataset::default();
    d.stakeholders
        .push(person(1, Sector::Police, Formality::Formal));
    d.stakeholders
        .push(person(2, Sector::Police, Formality::Formal));
    d.stakeholders.push(person(
        3,
        Sector::Other("Buurtwerk".into()),
        Formality::Informal,
    ));
    d.sessions.push(session(1, "2026-10-15", &[1, 3], &[2]));
    d.sessions.push(session(2, "2026-11-15", &[1], &[2, 3]));
    d.networks.push(network(
        1,
        NetworkKind::Sector,
        vec![member(1, "x"), member(3, "y")],
    ));
    let f = figures_over(&d, Period::last_year(day(TODAY)), day(TODAY));
    let p1 = f
        .attendance_by_partner
        .iter()
        .find(|(id, _)| *id == 1)
        .unwrap()
        .1;
    assert_eq!((p1.present, p1.expected), (2, 2));
    let police = f
        .attendance_by_sector
        .iter()
        .find(|(s, _)| *s == Sector::Police)
        .unwrap()
        .1;
    assert_eq!((police.present, police.expected), (2, 4));
    let cov = |s: Sector| f.sector_coverage.iter().find(|(x, _)| *x == s).unwrap().1;
    assert_eq!(cov(Sector::Police), 1);
    assert_eq!(cov(Sector::Other(String::new())), 1);
    assert_eq!(cov(Sector::Housing), 0);
}

#[test]
fn betweenness_of_a_path_and_a_star() {
    // 0 - 1 - 2: every path between the ends runs through 1.
    let mut g = Graph::new(3);
    g.tie(0, 1);
    g.tie(1, 2);
    assert_eq!(betweenness(&g, 3), vec![0.0, 1.0, 0.0]);
    // A star of five: the centre carries all six pairs of leaves.
    let mut g = Graph::new(5);
    (1..5).for_each(|i| g.tie(0, i));
    let b = betweenness(&g, 5);
    assert!((b[0] - 1.0).abs() < 1e-9 && b[1] == 0.0, "{b:?}");
    // Sampling every node is the exact value.
    assert_eq!(betweenness(&g, 1000), b);
}

#[test]
fn the_picture_finds_bridges_key_people_and_single_links() {
    let mut d = Dataset::default();
    for i in 1..=5 {
        d.stakeholders
            .push(person(i, Sector::Police, Formality::Formal));
    }
    d.stakeholders[4].referred_by = Some(4);
    d.stakeholders[3].referred_by = Some(1);
    d.networks.push(network(
        1,
        NetworkKind::Sector,
        vec![member(1, "x"), member(2, "x")],
    ));
    d.networks.push(network(
        2,
        NetworkKind::Area,
        vec![member(2, "x"), member(3, "x")],
    ));
    let p = picture(&d);
    assert_eq!(p.people, 5);
    assert_eq!(p.bridges, vec![(0, 1, 1)]);
    assert_eq!(p.bridging_people, 1);
    // The chain reads 5 - 4 - 1 - N1 - 2 - N2 - 3: 1 and 2 sit in the middle alike.
    let ids: Vec<u64> = p.key_people.iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![1, 2, 4], "{:?}", p.key_people);
    assert_eq!(p.key_people[1].networks, 2);
    assert_eq!(p.key_people[0].betweenness, p.key_people[1].betweenness);
    assert_eq!(p.single_link, vec![3, 5]);
    assert_eq!((p.referrals, p.longest_chain), (2, 3));
    assert!(!p.estimated);
}

#[test]
fn the_pipeline_line_counts_each_stage_and_the_moves_of_the_last_30_days() {
    use crate::domain::pipeline::{Move, Stage};
    let mut data = Dataset::default();
    let at = |stage, on: &str| Move { stage, on: day(on) };
    let mut followed = |id, moves: Vec<Move>, archived| {
        let mut p = person(id, Sector::Police, Formality::Formal);
        p.pipeline = moves;
        p.archived = archived;
        data.stakeholders.push(p);
    };
    followed(1, vec![at(Stage::Identified, "2026-01-10")], false);
    followed(
        2,
        vec![
            at(Stage::Identified, "2026-09-01"),
            at(Stage::Approached, "2026-10-30"),
        ],
        false,
    );
    followed(3, vec![at(Stage::Met, "2026-11-20")], false);
    followed(4, vec![at(Stage::Identified, "2026-11-25")], true);
    followed(5, vec![], false);
    let checks = checklist(&data, day(TODAY));
    let c = line(&checks, "overview-check-pipeline");
    assert_eq!(c.step, Step::One);
    assert_eq!(c.jump, Jump::Pipeline);
    assert_eq!(var(c, "waiting"), &Value::Count(3), "archived people aside");
    assert_eq!(var(c, "engaged"), &Value::Count(0));
    assert_eq!(
        super::compute(&data, day(TODAY)).pipeline,
        vec![
            (Stage::Identified, 1),
            (Stage::Approached, 1),
            (Stage::Met, 1),
            (Stage::Engaged, 0),
            (Stage::Declined, 0)
        ]
    );
    // 2026-10-30 is exactly 30 days back: counted; 2026-09-01 is not.
    assert_eq!(var(c, "moves"), &Value::Count(2));
    assert!(c.ok, "the pipeline moves");
    let later = checklist(&data, day("2027-02-01"));
    let c = line(&later, "overview-check-pipeline");
    assert_eq!(var(c, "moves"), &Value::Count(0));
    assert!(!c.ok, "people wait and nobody moved for 30 days");
    let empty = checklist(&Dataset::default(), day(TODAY));
    assert!(line(&empty, "overview-check-pipeline").ok, "nobody waits");
}

#[test]
fn the_concerns_line_counts_the_open_ones_and_the_longest_wait() {
    use crate::domain::routing::PickedUp;
    let mut data = crate::demo::build(day(TODAY));
    let open = data.routed_concerns.iter().filter(|c| c.is_open()).count();
    assert!(open > 0);
    let c = line(
        &checklist(&data, day(TODAY)),
        "overview-check-concerns_open",
    )
    .clone();
    assert_eq!((c.step, c.jump), (Step::Table, Jump::Concerns));
    assert_eq!(var(&c, "n"), &Value::Count(open));
    assert_eq!(
        var(&c, "days"),
        &Value::Count(12),
        "the demo's open one, 12 days"
    );
    assert!(c.ok);
    let later = checklist(&data, day("2027-01-10"));
    assert!(
        !line(&later, "overview-check-concerns_open").ok,
        "waited too long"
    );
    for c in &mut data.routed_concerns {
        c.picked_up = PickedUp::Yes;
    }
    let none = checklist(&data, day("2027-01-10"));
    let c = line(&none, "overview-check-concerns_open");
    assert_eq!(var(c, "n"), &Value::Count(0));
    assert!(c.ok);
}
