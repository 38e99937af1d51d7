//! The practice's three steps and the round table as checklist lines, each derived from
//! the data with its evidence and the view that holds the records concerned. Nothing here
//! is typed by hand.

use std::collections::{BTreeSet, HashSet};

use chrono::{Datelike, Days, NaiveDate};

use super::percent;
use crate::domain::Id;
use crate::domain::action::ActionChange;
use crate::domain::dataset::Dataset;
use crate::domain::indicators::{cadence, contact_summaries, directory};
use crate::domain::network::{MiniNetwork, NetworkKind, missing_sectors};
use crate::domain::note::ActionStatus;
use crate::domain::session::Presence;
use crate::domain::stakeholder::{Formality, Sector, Stakeholder};

/// Where a line belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Build your own network.
    One,
    /// Mini-networks of similar actors.
    Two,
    /// The community network.
    Three,
    /// The partner round table.
    Table,
}

/// The view that holds the records a line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Jump {
    Stakeholders,
    Networks,
    Sessions,
    Actions,
    /// The stakeholders list, to choose a step-1 stage to filter on.
    Pipeline,
    /// Every routed concern still waiting for an answer, to record one.
    Concerns,
}

/// A piece of evidence, typed so that each reader words it in its own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Count(usize),
    Percent(u32),
    Sectors(Vec<Sector>),
    /// Names of networks or communities (text from the database: sanitise to print).
    Names(Vec<String>),
}

/// One line of the checklist: its catalogue key (`overview.check.<name>`), its evidence
/// as the key's `{placeholders}`, whether it is met, and where to look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub step: Step,
    pub key: &'static str,
    pub vars: Vec<(&'static str, Value)>,
    pub ok: bool,
    pub jump: Jump,
}

/// Below this share of informal partners, the network leans on the municipality's own
/// services ("use existing networks", the grocer across from the mosque).
pub const INFORMAL_MIN_PERCENT: u32 = 25;
/// Moves in the step-1 pipeline count over this many days back from today.
pub const PIPELINE_DAYS: u64 = 30;
/// Exchange meetings count for the last quarter: this many days back from today.
pub const QUARTER_DAYS: u64 = 91;
/// The monthly rhythm is checked over this many full months before the current one.
pub const RHYTHM_MONTHS: u32 = 6;
/// Attendance and actions on time are met from this share on.
pub const TABLE_MIN_PERCENT: u32 = 75;

/// Every line, step by step.
pub fn checklist(data: &Dataset, today: NaiveDate) -> Vec<Check> {
    vec![
        sectors_covered(data),
        communities_unreached(data),
        informal_share(data),
        contacts_overdue(data, today),
        pipeline_moving(data, today),
        networks_incomplete(data),
        members_without_reasons(data),
        networks_missing_sectors(data),
        exchanges_last_quarter(data, today),
        problems_without_owner(data),
        combined_network(data),
        combined_covers_sectors(data),
        monthly_rhythm(data, today),
        attendance(data, today),
        actions_on_time(data),
        concerns_open(data, today),
    ]
}

fn active(data: &Dataset) -> impl Iterator<Item = &Stakeholder> {
    data.stakeholders.iter().filter(|s| !s.archived)
}

/// Mini-networks of step 2: not archived, neither the community network nor the round
/// table.
pub fn mini_networks(data: &Dataset) -> impl Iterator<Item = &MiniNetwork> {
    data.networks.iter().filter(|n| {
        !n.archived && !matches!(n.kind, NetworkKind::Community | NetworkKind::RoundTable)
    })
}

/// The community network of step 3: the first one that combines other networks.
pub fn community(data: &Dataset) -> Option<&MiniNetwork> {
    data.networks
        .iter()
        .find(|n| !n.archived && n.kind == NetworkKind::Community && !n.sub_networks.is_empty())
}

/// The sectors the network should cover: every standard sector, as the community
/// network wants ([`MiniNetwork::wanted`]).
pub fn expected_sectors(data: &Dataset) -> Vec<Sector> {
    community(data).map_or_else(|| Sector::STANDARD.to_vec(), MiniNetwork::wanted)
}

fn missing(expected: &[Sector], present: &HashSet<&Sector>) -> Vec<Sector> {
    expected
        .iter()
        .filter(|s| !present.contains(s))
        .cloned()
        .collect()
}

fn sectors_covered(data: &Dataset) -> Check {
    let expected = expected_sectors(data);
    let present: HashSet<&Sector> = active(data).map(|s| &s.sector).collect();
    let missing = missing(&expected, &present);
    Check {
        step: Step::One,
        key: "overview-check-sectors",
        ok: missing.is_empty(),
        vars: vec![
            ("covered", Value::Count(expected.len() - missing.len())),
            ("expected", Value::Count(expected.len())),
            ("missing", Value::Sectors(missing)),
        ],
        jump: Jump::Stakeholders,
    }
}

/// Communities someone names that no key figure reaches.
pub fn unreached_communities(data: &Dataset) -> Vec<String> {
    let reached: HashSet<&str> = active(data)
        .filter(|s| s.key_figure)
        .flat_map(|s| s.communities.iter().map(String::as_str))
        .collect();
    let named: BTreeSet<&str> = active(data)
        .flat_map(|s| s.communities.iter().map(String::as_str))
        .collect();
    named
        .into_iter()
        .filter(|c| !reached.contains(c))
        .map(str::to_owned)
        .collect()
}

fn communities_unreached(data: &Dataset) -> Check {
    let unreached = unreached_communities(data);
    Check {
        step: Step::One,
        key: "overview-check-communities",
        ok: unreached.is_empty(),
        vars: vec![
            ("n", Value::Count(unreached.len())),
            ("names", Value::Names(unreached)),
        ],
        jump: Jump::Stakeholders,
    }
}

fn informal_share(data: &Dataset) -> Check {
    let all = active(data).count();
    let informal = active(data)
        .filter(|s| s.formality == Formality::Informal)
        .count();
    let share = percent(informal, all);
    Check {
        step: Step::One,
        key: "overview-check-informal",
        ok: share >= INFORMAL_MIN_PERCENT,
        vars: vec![
            ("share", Value::Percent(share)),
            ("informal", Value::Count(informal)),
            ("all", Value::Count(all)),
            ("min", Value::Percent(INFORMAL_MIN_PERCENT)),
        ],
        jump: Jump::Stakeholders,
    }
}

/// Active stakeholders with a keep-in-touch rhythm whose next contact is past (or who
/// were never contacted).
pub fn overdue_contacts(data: &Dataset, today: NaiveDate) -> usize {
    let summaries = contact_summaries(&data.contacts);
    active(data)
        .filter(|s| {
            let last = summaries.get(&s.id).and_then(|c| c.last);
            cadence(s.cadence_days, last, today).is_overdue()
        })
        .count()
}

fn contacts_overdue(data: &Dataset, today: NaiveDate) -> Check {
    let n = overdue_contacts(data, today);
    Check {
        step: Step::One,
        key: "overview-check-overdue",
        ok: n == 0,
        vars: vec![("n", Value::Count(n))],
        jump: Jump::Stakeholders,
    }
}

/// How many stand at each step-1 stage (archived people aside) and how many moves were
/// made in the last [`PIPELINE_DAYS`]; met while the pipeline moves or nobody waits in it.
fn pipeline_moving(data: &Dataset, today: NaiveDate) -> Check {
    use crate::domain::pipeline::Stage;
    let moves = pipeline_moves(data, today);
    let counts = pipeline_counts(data);
    let at = |stages: &[Stage]| -> usize {
        counts
            .iter()
            .filter(|(s, _)| stages.contains(s))
            .map(|(_, n)| n)
            .sum()
    };
    let waiting = at(&[Stage::Identified, Stage::Approached, Stage::Met]);
    Check {
        step: Step::One,
        key: "overview-check-pipeline",
        ok: moves > 0 || waiting == 0,
        vars: vec![
            ("waiting", Value::Count(waiting)),
            ("engaged", Value::Count(at(&[Stage::Engaged]))),
            ("moves", Value::Count(moves)),
        ],
        jump: Jump::Pipeline,
    }
}

/// Moves of active people in the last [`PIPELINE_DAYS`] up to `today`.
pub fn pipeline_moves(data: &Dataset, today: NaiveDate) -> usize {
    let since = today - Days::new(PIPELINE_DAYS);
    crate::domain::pipeline::moves_since(active(data).map(|s| &s.pipeline[..]), since)
}

/// Concerns routed to other services still waiting for an answer, and the days the
/// oldest has waited; met while none has waited longer than [`PIPELINE_DAYS`].
fn concerns_open(data: &Dataset, today: NaiveDate) -> Check {
    let open: Vec<_> = data
        .routed_concerns
        .iter()
        .filter(|c| c.is_open())
        .collect();
    let oldest = open
        .iter()
        .map(|c| (today - c.on).num_days().max(0))
        .max()
        .unwrap_or(0);
    Check {
        step: Step::Table,
        key: "overview-check-concerns_open",
        ok: oldest <= PIPELINE_DAYS as i64,
        vars: vec![
            ("n", Value::Count(open.len())),
            ("days", Value::Count(usize::try_from(oldest).unwrap_or(0))),
        ],
        jump: Jump::Concerns,
    }
}

/// How many active people stand at each step-1 stage, in pipeline order.
pub fn pipeline_counts(data: &Dataset) -> Vec<(crate::domain::pipeline::Stage, usize)> {
    crate::domain::pipeline::counts(active(data).map(|s| &s.pipeline[..]))
}

/// Whether a mini-network has its shared goal, a lead, a contact point and selection
/// criteria (coordination from the start).
pub fn is_complete(n: &MiniNetwork) -> bool {
    !n.shared_goal.trim().is_empty()
        && n.lead.is_some()
        && n.contact_point.is_some()
        && !n.selection_criteria.trim().is_empty()
}

fn networks_incomplete(data: &Dataset) -> Check {
    let names: Vec<String> = mini_networks(data)
        .filter(|n| !is_complete(n))
        .map(|n| n.name.clone())
        .collect();
    Check {
        step: Step::Two,
        key: "overview-check-incomplete",
        ok: names.is_empty(),
        vars: vec![
            ("n", Value::Count(names.len())),
            ("names", Value::Names(names)),
        ],
        jump: Jump::Networks,
    }
}

fn members_without_reasons(data: &Dataset) -> Check {
    let n = mini_networks(data)
        .flat_map(|n| &n.members)
        .filter(|m| m.brings.trim().is_empty() || m.gains.trim().is_empty())
        .count();
    Check {
        step: Step::Two,
        key: "overview-check-reasons",
        ok: n == 0,
        vars: vec![("n", Value::Count(n))],
        jump: Jump::Networks,
    }
}

/// Mini-networks that lack a sector they want (area and theme networks name theirs; a
/// sector network wants no other sector).
fn networks_missing_sectors(data: &Dataset) -> Check {
    let sector_of = |id: Id| {
        data.stakeholders
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.sector.clone())
    };
    let names: Vec<String> = mini_networks(data)
        .filter(|n| {
            let people: Vec<Id> = n.members.iter().map(|m| m.stakeholder).collect();
            !missing_sectors(n, &people, sector_of).is_empty()
        })
        .map(|n| n.name.clone())
        .collect();
    Check {
        step: Step::Two,
        key: "overview-check-missing",
        ok: names.is_empty(),
        vars: vec![
            ("n", Value::Count(names.len())),
            ("names", Value::Names(names)),
        ],
        jump: Jump::Networks,
    }
}

fn exchanges_last_quarter(data: &Dataset, today: NaiveDate) -> Check {
    let from = today - Days::new(QUARTER_DAYS);
    let recent: Vec<Id> = data
        .exchanges
        .iter()
        .filter(|e| e.held && e.date > from && e.date <= today)
        .map(|e| e.network)
        .collect();
    let without: Vec<String> = mini_networks(data)
        .filter(|n| !recent.contains(&n.id))
        .map(|n| n.name.clone())
        .collect();
    Check {
        step: Step::Two,
        key: "overview-check-exchanges",
        ok: without.is_empty(),
        vars: vec![
            ("n", Value::Count(recent.len())),
            ("without", Value::Names(without)),
        ],
        jump: Jump::Networks,
    }
}

fn problems_without_owner(data: &Dataset) -> Check {
    let n = data
        .problems
        .iter()
        .filter(|p| p.status.is_open())
        .filter(|p| p.owner.is_none())
        .count();
    Check {
        step: Step::Two,
        key: "overview-check-owners",
        ok: n == 0,
        vars: vec![("n", Value::Count(n))],
        jump: Jump::Networks,
    }
}

fn combined_network(data: &Dataset) -> Check {
    let c = community(data);
    Check {
        step: Step::Three,
        key: "overview-check-combined",
        ok: c.is_some(),
        vars: vec![
            ("n", Value::Count(c.map_or(0, |c| c.sub_networks.len()))),
            (
                "name",
                Value::Names(c.map(|c| c.name.clone()).into_iter().collect()),
            ),
        ],
        jump: Jump::Networks,
    }
}

fn combined_covers_sectors(data: &Dataset) -> Check {
    let expected = expected_sectors(data);
    let dir = community(data)
        .map(|c| directory(data, c.id))
        .unwrap_or_default();
    let present: HashSet<&Sector> = dir.keys().collect();
    let missing = missing(&expected, &present);
    Check {
        step: Step::Three,
        key: "overview-check-who_can_do_what",
        ok: missing.is_empty(),
        vars: vec![
            ("covered", Value::Count(expected.len() - missing.len())),
            ("expected", Value::Count(expected.len())),
            ("missing", Value::Sectors(missing)),
        ],
        jump: Jump::Networks,
    }
}

/// Of the [`RHYTHM_MONTHS`] full months before today's, how many had a round table.
pub fn months_with_a_session(data: &Dataset, today: NaiveDate) -> usize {
    let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let now = index(today);
    let held: HashSet<i32> = data
        .sessions
        .iter()
        .filter(|s| s.date <= today)
        .map(|s| index(s.date))
        .collect();
    (1..=RHYTHM_MONTHS as i32)
        .filter(|k| held.contains(&(now - k)))
        .count()
}

fn monthly_rhythm(data: &Dataset, today: NaiveDate) -> Check {
    let n = months_with_a_session(data, today);
    Check {
        step: Step::Table,
        key: "overview-check-rhythm",
        ok: n == RHYTHM_MONTHS as usize,
        vars: vec![
            ("n", Value::Count(n)),
            ("months", Value::Count(RHYTHM_MONTHS as usize)),
        ],
        jump: Jump::Sessions,
    }
}

/// Present and expected (invited or on the attendance list) at sessions of the last year
/// that are over.
pub fn attendance_counts(data: &Dataset, today: NaiveDate) -> (usize, usize) {
    let from = today - Days::new(365);
    let mut present = 0;
    let mut expected = 0;
    for s in data
        .sessions
        .iter()
        .filter(|s| s.date > from && s.date <= today)
    {
        let mut people: HashSet<Id> = s.invitees.iter().copied().collect();
        people.extend(s.attendance.iter().map(|a| a.stakeholder));
        expected += people.len();
        present += s
            .attendance
            .iter()
            .filter(|a| a.presence == Presence::Present)
            .count();
    }
    (present, expected)
}

fn attendance(data: &Dataset, today: NaiveDate) -> Check {
    let (present, expected) = attendance_counts(data, today);
    let share = percent(present, expected);
    Check {
        step: Step::Table,
        key: "overview-check-attendance",
        ok: expected > 0 && share >= TABLE_MIN_PERCENT,
        vars: vec![
            ("share", Value::Percent(share)),
            ("present", Value::Count(present)),
            ("expected", Value::Count(expected)),
        ],
        jump: Jump::Sessions,
    }
}

/// The day an action was marked done, from its history.
pub fn done_on(a: &crate::domain::note::ActionItem) -> Option<NaiveDate> {
    a.history.iter().rev().find_map(|e| match e.change {
        ActionChange::Done { .. } => Some(e.at.date_naive()),
        _ => None,
    })
}

/// Done actions, and those of them done by their due date (or that had none).
pub fn done_on_time(data: &Dataset) -> (usize, usize) {
    let done: Vec<_> = data
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .collect();
    let on_time = done
        .iter()
        .filter(|a| match (a.due, done_on(a)) {
            (Some(due), Some(day)) => day <= due,
            _ => true,
        })
        .count();
    (done.len(), on_time)
}

fn actions_on_time(data: &Dataset) -> Check {
    let (done, on_time) = done_on_time(data);
    let share = percent(on_time, done);
    Check {
        step: Step::Table,
        key: "overview-check-on_time",
        ok: done > 0 && share >= TABLE_MIN_PERCENT,
        vars: vec![
            ("share", Value::Percent(share)),
            ("on_time", Value::Count(on_time)),
            ("done", Value::Count(done)),
        ],
        jump: Jump::Actions,
    }
}
