//! Handouts the coordinator gives a group, in Markdown: a mini-network's member directory
//! ("who can do what"), its lessons learned and exchange notes, and the sharing agreement
//! with its rules. What goes in is `disclosure::may_hand_out`'s to say; contact details
//! are `disclosure::contact_details_shared`'s.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{HandoutItem, contact_details_shared, may_hand_out};
use crate::domain::indicators::{combined_members, directory};
use crate::domain::network::MiniNetwork;
use crate::domain::sanitize;
use crate::domain::sharing::{Pap, Tlp};
use crate::i18n::{label_value, t, tf};

/// Which handout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HandoutKind {
    /// The member directory: who can do what, by sector.
    Directory,
    /// Lessons learned from problems solved together, and exchange-meeting notes.
    Lessons,
    /// The sharing agreement and rules.
    Agreement,
}

/// A handout and what it holds, for the audit trail.
pub struct Handout {
    pub text: String,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
}

/// One line of text from the database: controls made visible, nothing that renders.
fn esc(s: &str) -> String {
    sanitize::markdown(&sanitize::line(s)).into_owned()
}

/// Several lines of text from the database, each escaped, as a quoted block.
fn block(s: &str) -> Vec<String> {
    sanitize::text(s)
        .lines()
        .map(|l| format!("> {}", esc(l)))
        .collect()
}

/// The network and every network it combines.
pub fn networks_of(data: &Dataset, network: Id) -> Vec<Id> {
    let mut seen = Vec::new();
    let mut stack = vec![network];
    while let Some(n) = stack.pop() {
        if seen.contains(&n) {
            continue;
        }
        seen.push(n);
        if let Some(net) = crate::domain::dataset::by_id(&data.networks, n) {
            stack.extend(net.sub_networks.iter().rev());
        }
    }
    seen
}

fn header(title: String, audience: String, at: DateTime<Utc>, by: &str) -> Vec<String> {
    vec![
        format!("# {title}"),
        String::new(),
        audience,
        tf(
            "minutes-prepared",
            &[("at", &at.format("%Y-%m-%d %H:%M UTC")), ("by", &esc(by))],
        ),
        super::language_line(crate::i18n::lang()),
        tf(
            "handout-label",
            &[
                ("label", &Tlp::Green.as_str()),
                ("rule", &crate::labels::tlp_rule(Tlp::Green)),
            ],
        ),
        String::new(),
    ]
}

fn audience(n: &MiniNetwork) -> String {
    tf("handout-for", &[("network", &esc(&n.name))])
}

/// The member directory of `network` and the networks it combines, by sector.
pub fn directory_of(data: &Dataset, n: &MiniNetwork, at: DateTime<Utc>, by: &str) -> Handout {
    let title = tf("handout-directory_title", &[("network", &esc(&n.name))]);
    let mut out = header(title, audience(n), at, by);
    out.push(t("handout-no_contact_details").to_owned());
    out.push(String::new());
    let nets = networks_of(data, n.id);
    let mut h = Handout {
        text: String::new(),
        included: vec![],
        withheld: vec![],
    };
    let people: HashSet<Id> = combined_members(data, n.id).into_iter().collect();
    for (sector, ids) in directory(data, n.id) {
        let mut lines = Vec::new();
        for s in ids
            .iter()
            .filter(|id| people.contains(id))
            .filter_map(|id| crate::domain::dataset::by_id(&data.stakeholders, *id))
        {
            if let Err(why) = may_hand_out(&nets, HandoutItem::Member(s)) {
                h.withheld.push(format!("person:{} ({})", s.id, why.key()));
                continue;
            }
            h.included.push(format!("person:{}", s.id));
            lines.extend(member_lines(data, &nets, s));
        }
        if !lines.is_empty() {
            out.push(format!("## {}", esc(&crate::labels::sector(&sector))));
            out.push(String::new());
            out.extend(lines);
            out.push(String::new());
        }
    }
    h.text = out.join("\n").trim_end().to_owned() + "\n";
    h
}

fn member_lines(
    data: &Dataset,
    nets: &[Id],
    s: &crate::domain::stakeholder::Stakeholder,
) -> Vec<String> {
    let mut who = format!("- **{}**", esc(&s.name));
    if !s.organisation.is_empty() {
        who.push_str(&format!(" ({})", esc(&s.organisation)));
    }
    if !s.role.is_empty() {
        who.push_str(&format!(", {}", esc(&s.role)));
    }
    let mut out = vec![who];
    let membership = data
        .networks
        .iter()
        .filter(|x| nets.contains(&x.id))
        .flat_map(|x| &x.members)
        .find(|m| m.stakeholder == s.id);
    if let Some(m) = membership {
        if !m.brings.trim().is_empty() {
            out.push(format!(
                "  - {}",
                label_value(t("handout-brings"), &esc(&m.brings))
            ));
        }
        if !m.gains.trim().is_empty() {
            out.push(format!(
                "  - {}",
                label_value(t("handout-gains"), &esc(&m.gains))
            ));
        }
    }
    if contact_details_shared(s) {
        for v in [&s.contact.phone, &s.contact.email, &s.contact.address] {
            if !v.is_empty() {
                out.push(format!("  - {}", esc(v)));
            }
        }
    }
    out
}

fn person(data: &Dataset, id: Option<Id>) -> String {
    id.and_then(|id| crate::domain::dataset::by_id(&data.stakeholders, id))
        .map_or_else(|| t("handout-nobody").to_owned(), |s| esc(&s.name))
}

/// Lessons learned from the problems of `network` (and those it combines), and the notes
/// of its exchange meetings, oldest first.
pub fn lessons_of(data: &Dataset, n: &MiniNetwork, at: DateTime<Utc>, by: &str) -> Handout {
    let title = tf("handout-lessons_title", &[("network", &esc(&n.name))]);
    let mut out = header(title, audience(n), at, by);
    let nets = networks_of(data, n.id);
    let mut h = Handout {
        text: String::new(),
        included: vec![],
        withheld: vec![],
    };
    out.push(format!("## {}", t("handout-lessons")));
    out.push(String::new());
    let lessons: Vec<_> = data
        .problems
        .iter()
        .filter(|p| !p.lesson.trim().is_empty())
        .filter(|p| may_hand_out(&nets, HandoutItem::Lesson(p)).is_ok())
        .collect();
    if lessons.is_empty() {
        out.push(t("handout-none_yet").to_owned());
    }
    for p in lessons {
        h.included.push(format!("problem:{}", p.id));
        out.push(format!("- **{}**", esc(&p.problem)));
        let solution = label_value(t("handout-solution"), &esc(&p.solution));
        out.push(format!("  - {solution}"));
        let who = label_value(t("handout-who"), &person(data, p.owner));
        out.push(format!("  - {who}"));
        out.push(format!(
            "  - {}",
            label_value(t("handout-lesson"), &esc(&p.lesson))
        ));
    }
    out.push(String::new());
    out.push(format!("## {}", t("handout-exchanges")));
    out.push(String::new());
    let mut meetings: Vec<_> = data
        .exchanges
        .iter()
        .filter(|e| e.held && may_hand_out(&nets, HandoutItem::Exchange(e)).is_ok())
        .collect();
    meetings.sort_by_key(|e| (e.date, e.id));
    if meetings.is_empty() {
        out.push(t("handout-none_yet").to_owned());
    }
    for e in meetings {
        h.included.push(format!("exchange:{}", e.id));
        out.push(format!("### {} — {}", e.date, esc(&e.topic)));
        out.push(String::new());
        out.extend(block(&e.notes));
        out.push(String::new());
    }
    h.text = out.join("\n").trim_end().to_owned() + "\n";
    h
}

/// The sharing agreement and rules, for every member of the network.
pub fn agreement(data: &Dataset, at: DateTime<Utc>, by: &str) -> Handout {
    let mut out = header(
        t("handout-agreement_title").to_owned(),
        t("handout-for_all").to_owned(),
        at,
        by,
    );
    let mut h = Handout {
        text: String::new(),
        included: vec![],
        withheld: vec![],
    };
    if let Some(a) = data.agreements.first() {
        h.included.push(format!("agreement:{}", a.id));
        out.push(format!("## {}", t("field-purpose")));
        out.push(String::new());
        out.extend(block(&a.purpose));
        out.push(String::new());
        out.push(format!("## {}", t("field-legal_basis")));
        out.push(String::new());
        out.extend(block(&a.legal_basis));
        out.push(String::new());
        let r = &a.retention;
        out.push(tf(
            "handout-retention",
            &[
                ("months", &r.closed_case_months),
                ("exports", &r.export_days),
                ("backups", &r.backup_days),
            ],
        ));
        out.push(tf(
            "handout-defaults",
            &[("tlp", &a.default_tlp), ("pap", &a.default_pap)],
        ));
        out.push(String::new());
    }
    out.push(format!("## {}", t("handout-labels")));
    out.push(String::new());
    out.extend(
        crate::labels::written_rules(&data.sharing_rules)
            .into_iter()
            .map(|l| format!("- {l}")),
    );
    out.extend(
        Pap::ALL
            .iter()
            .map(|p| format!("- {}", label_value(&p.to_string(), t(p.meaning_key())))),
    );
    out.push(String::new());
    out.push(format!("## {}", t("handout-rules")));
    out.push(String::new());
    for r in data.sharing_rules.iter().filter(|r| r.active) {
        h.included.push(format!("rule:{}", r.id));
        out.push(format!("- {}", esc(&r.text)));
    }
    h.text = out.join("\n").trim_end().to_owned() + "\n";
    h
}
