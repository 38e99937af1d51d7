//! Computed indicators of the practice: who is overdue for a contact, who was only ever
//! called about problems, who gives and who only takes, referral chains, and the combined
//! membership of a community network. Pure functions over the data set.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::Id;
use super::dataset::Dataset;
use super::stakeholder::{ContactEntry, ContactPurpose, Sector, Stakeholder};

/// Where a stakeholder stands with the keep-in-touch rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// No rhythm set.
    None,
    /// Never contacted although a rhythm is set.
    Never,
    /// Next contact due in this many days (0 = today).
    Due(i64),
    /// Overdue by this many days.
    Overdue(i64),
}

/// Last contact and rhythm → status. `last` is the date of the latest contact.
pub fn cadence(cadence_days: Option<u32>, last: Option<NaiveDate>, today: NaiveDate) -> Cadence {
    let Some(every) = cadence_days else {
        return Cadence::None;
    };
    let Some(last) = last else {
        return Cadence::Never;
    };
    let due_in = (last - today).num_days() + i64::from(every);
    if due_in < 0 {
        Cadence::Overdue(-due_in)
    } else {
        Cadence::Due(due_in)
    }
}

impl Cadence {
    pub fn is_overdue(self) -> bool {
        matches!(self, Cadence::Overdue(_) | Cadence::Never)
    }
}

/// Per stakeholder: the latest contact date, and whether every contact was about a
/// problem ("never rush": keep contacts up when there is no problem).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContactSummary {
    pub last: Option<NaiveDate>,
    pub count: usize,
    pub problems: usize,
}

impl ContactSummary {
    pub fn only_problems(&self) -> bool {
        self.count > 0 && self.problems == self.count
    }
}

pub fn contact_summaries(contacts: &[ContactEntry]) -> HashMap<Id, ContactSummary> {
    let mut out: HashMap<Id, ContactSummary> = HashMap::new();
    for c in contacts {
        let s = out.entry(c.stakeholder).or_default();
        s.count += 1;
        if c.purpose == ContactPurpose::Problem {
            s.problems += 1;
        }
        s.last = s.last.max(Some(c.date));
    }
    out
}

/// Information given (notes whose source they are) and received (items shared with them:
/// exports, feedback sheets, and until those exist, actions assigned to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reciprocity {
    pub given: usize,
    pub received: usize,
}

impl Reciprocity {
    /// Takes but never gives: the seed's "avoid those who take but never give".
    pub fn takes_only(&self) -> bool {
        self.given == 0 && self.received > 0
    }
}

pub fn reciprocity(data: &Dataset) -> HashMap<Id, Reciprocity> {
    let mut out: HashMap<Id, Reciprocity> = HashMap::new();
    for n in &data.notes {
        if let Some(s) = n.source {
            out.entry(s).or_default().given += 1;
        }
    }
    for a in &data.actions {
        if let Some(o) = a.owner {
            out.entry(o).or_default().received += 1;
        }
    }
    for e in &data.audit {
        if let (super::audit::AuditKind::Export | super::audit::AuditKind::FeedbackSheet, Some(r)) =
            (&e.kind, e.recipient)
        {
            out.entry(r).or_default().received += e.included.len();
        }
    }
    out
}

/// Who referred `id`, who referred them, and so on (nearest first); stops at a cycle.
/// `referrer` tells who referred a given stakeholder.
pub fn referral_chain_up(referrer: impl Fn(Id) -> Option<Id>, id: Id) -> Vec<Id> {
    let mut chain = Vec::new();
    let mut seen = HashSet::from([id]);
    let mut cur = referrer(id);
    while let Some(p) = cur {
        if !seen.insert(p) {
            break;
        }
        chain.push(p);
        cur = referrer(p);
    }
    chain
}

/// Whom `id` referred, directly.
pub fn referred_by(people: &[Stakeholder], id: Id) -> Vec<Id> {
    people
        .iter()
        .filter(|s| s.referred_by == Some(id))
        .map(|s| s.id)
        .collect()
}

/// Every member of a network and of the networks it includes, recursively, each once.
pub fn combined_members(data: &Dataset, network: Id) -> Vec<Id> {
    let mut out = Vec::new();
    let mut seen_members = HashSet::new();
    let mut seen_nets = HashSet::new();
    let mut stack = vec![network];
    while let Some(n) = stack.pop() {
        if !seen_nets.insert(n) {
            continue;
        }
        let Some(net) = data.networks.iter().find(|x| x.id == n) else {
            continue;
        };
        for m in &net.members {
            if seen_members.insert(m.stakeholder) {
                out.push(m.stakeholder);
            }
        }
        stack.extend(net.sub_networks.iter().rev());
    }
    out
}

/// "Who can do what": the combined members grouped by sector.
pub fn directory(data: &Dataset, network: Id) -> BTreeMap<Sector, Vec<Id>> {
    let mut out: BTreeMap<Sector, Vec<Id>> = BTreeMap::new();
    for id in combined_members(data, network) {
        if let Some(s) = data.stakeholders.iter().find(|s| s.id == id) {
            out.entry(s.sector.clone()).or_default().push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn cadence_status() {
        let today = d("2026-11-29");
        assert_eq!(cadence(None, Some(today), today), Cadence::None);
        assert_eq!(cadence(Some(30), None, today), Cadence::Never);
        assert_eq!(
            cadence(Some(30), Some(d("2026-11-19")), today),
            Cadence::Due(20)
        );
        assert_eq!(
            cadence(Some(30), Some(d("2026-10-30")), today),
            Cadence::Due(0)
        );
        assert_eq!(
            cadence(Some(30), Some(d("2026-10-19")), today),
            Cadence::Overdue(11)
        );
        assert!(Cadence::Never.is_overdue() && !Cadence::Due(0).is_overdue());
    }

    #[test]
    fn demo_indicators() {
        let today = d("2026-11-29");
        let data = crate::demo::build(today);
        let sums = contact_summaries(&data.contacts);
        // The football coach was only ever called about problems.
        assert!(sums[&18].only_problems());
        assert!(!sums[&14].only_problems());
        assert_eq!(sums[&14].last, Some(d("2026-11-17")));

        let rec = reciprocity(&data);
        assert!(rec[&12].given >= 3);
        // The job coach got an action but never brought information.
        assert!(rec[&31].takes_only());

        let people: HashMap<Id, &Stakeholder> =
            data.stakeholders.iter().map(|s| (s.id, s)).collect();
        // Ahmed (21) ← Imam (14) ← Samira (12) ← Anke (1)
        assert_eq!(
            referral_chain_up(|id| people.get(&id).and_then(|s| s.referred_by), 21),
            vec![14, 12, 1]
        );
        assert!(referred_by(&data.stakeholders, 14).contains(&21));

        let all = combined_members(&data, 6);
        for sub in [12, 14, 18, 4, 1] {
            assert!(all.contains(&sub), "{sub}");
        }
        let unique: HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "each member once");
        let dir = directory(&data, 6);
        assert!(dir[&Sector::Religious].contains(&14));
    }

    #[test]
    fn referral_cycles_stop() {
        let mut data = crate::demo::build(d("2026-11-29"));
        data.stakeholders[0].referred_by = Some(21);
        let people: HashMap<Id, &Stakeholder> =
            data.stakeholders.iter().map(|s| (s.id, s)).collect();
        assert_eq!(
            referral_chain_up(|id| people.get(&id).and_then(|s| s.referred_by), 21),
            vec![14, 12, 1]
        );
    }
}
