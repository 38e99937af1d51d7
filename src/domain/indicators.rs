//! Computed indicators of the practice: who is overdue for a contact, who was only ever
//! called about problems, who gives and who only takes, referral chains, and the combined
//! membership of a community network. Pure functions over the data set.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::Id;
use super::dataset::Dataset;
use super::note::ActionStatus;
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

/// What a partner brings to the network and what they get from it, as the seed means
/// it ("avoid those who take but never give").
///
/// Gives: information brought to the table (notes whose source they are, retracted ones
/// left out), actions they completed, exchange meetings they hosted and trainings they
/// gave (the trainer's name is theirs), once held.
/// Takes: items in minutes and feedback sheets sent to them, and actions completed by
/// someone else on information they brought (done for them). Being *given* an action
/// is neither: it is work asked of them, and counts once they have done it.
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
    use super::audit::AuditKind;
    let mut out: HashMap<Id, Reciprocity> = HashMap::new();
    let mut give = |who: Id, n: usize| out.entry(who).or_default().given += n;
    for n in data.notes.iter().filter(|n| !n.is_retracted()) {
        if let Some(s) = n.source {
            give(s, 1);
        }
    }
    for a in data
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
    {
        if let Some(o) = a.owner {
            give(o, 1);
        }
    }
    for e in data.exchanges.iter().filter(|e| e.held) {
        if let Some(host) = e.host {
            give(host, 1);
        }
    }
    let trainers = Trainers::of(data);
    for t in data.trainings.iter().filter(|t| t.held) {
        if let Some(trainer) = trainers.named(&t.trainer) {
            give(trainer, 1);
        }
    }
    let mut take = |who: Id, n: usize| out.entry(who).or_default().received += n;
    for e in &data.audit {
        let minutes = e.kind == AuditKind::Export && e.subject.starts_with("session:");
        if let (true, Some(r)) = (minutes || e.kind == AuditKind::FeedbackSheet, e.recipient) {
            take(r, e.included.len());
        }
    }
    // Each note's source, read once: a walk through the notes for each action made this
    // quadratic (10,000 actions × 100,000 notes, 0.8 s of every load in a big town).
    let mut sources: HashMap<Id, Option<Id>> = HashMap::with_capacity(data.notes.len());
    for n in &data.notes {
        sources.entry(n.id).or_insert(n.source);
    }
    for a in data
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
    {
        let source = a
            .from_note
            .and_then(|id| sources.get(&id).copied().flatten());
        if let Some(s) = source.filter(|s| a.owner != Some(*s)) {
            take(s, 1);
        }
    }
    out
}

/// The stakeholders by their folded name, for naming a training's trainer: each name
/// folded once, however many trainings there are (`None`: two people share the name).
struct Trainers(HashMap<String, Option<Id>>);

impl Trainers {
    /// Empty unless a held training needs it: folding every name costs a walk of them all.
    fn of(data: &Dataset) -> Trainers {
        let mut names = HashMap::new();
        if data.trainings.iter().any(|t| t.held) {
            for s in &data.stakeholders {
                names
                    .entry(super::lines::fold(&s.name))
                    .and_modify(|one: &mut Option<Id>| *one = None)
                    .or_insert(Some(s.id));
            }
        }
        Trainers(names)
    }

    /// The stakeholder a training's trainer names, when exactly one has that name.
    fn named(&self, trainer: &str) -> Option<Id> {
        self.0.get(&super::lines::fold(trainer)).copied().flatten()
    }
}

/// The latest day each partner was in touch, for the keep-in-touch cadence: the contact
/// log, round tables they attended (held ones), exchange meetings they came to and
/// trainings they attended or gave (held ones: being invited is no contact yet).
pub fn last_contacts(data: &Dataset) -> HashMap<Id, NaiveDate> {
    let mut out: HashMap<Id, NaiveDate> = HashMap::new();
    let mut seen = |who: Id, date: NaiveDate| {
        let e = out.entry(who).or_insert(date);
        *e = (*e).max(date);
    };
    for c in &data.contacts {
        seen(c.stakeholder, c.date);
    }
    for s in data.sessions.iter().filter(|s| s.is_held()) {
        for p in s.present() {
            seen(p, s.date);
        }
    }
    for e in &data.exchanges {
        for p in e.came() {
            seen(*p, e.date);
        }
    }
    let trainers = Trainers::of(data);
    for t in data.trainings.iter().filter(|t| t.held) {
        for p in &t.attendees {
            seen(*p, t.date);
        }
        if let Some(p) = trainers.named(&t.trainer) {
            seen(p, t.date);
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
        let Some(net) = crate::domain::dataset::by_id(&data.networks, n) else {
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
        if let Some(s) = crate::domain::dataset::by_id(&data.stakeholders, id) {
            out.entry(s.sector.clone()).or_default().push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::network::ExchangeMeeting;

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
    fn being_asked_to_help_is_no_taking() {
        let data = crate::demo::build(d("2026-11-29"));
        // The job coach (31) was given an action and brought no information: not a taker.
        assert!(data.actions.iter().any(|a| a.owner == Some(31)));
        assert!(!reciprocity(&data).get(&31).is_some_and(|r| r.takes_only()));
    }

    #[test]
    fn gives_and_takes_count_what_the_seed_means() {
        let mut data = crate::demo::build(d("2026-11-29"));
        data.audit.clear();
        let before = reciprocity(&data);
        let r = |m: &HashMap<Id, Reciprocity>, id: Id| m.get(&id).copied().unwrap_or_default();
        // An action completed by its owner is given by them, and taken by the source of
        // the note it came from.
        let a = data
            .actions
            .iter_mut()
            .find(|a| a.is_open() && a.from_note.is_some())
            .unwrap();
        let owner = a.owner.unwrap();
        let note = a.from_note.unwrap();
        a.status = ActionStatus::Done;
        let source = data
            .notes
            .iter()
            .find(|n| n.id == note)
            .unwrap()
            .source
            .unwrap();
        assert_ne!(owner, source);
        let after = reciprocity(&data);
        assert_eq!(r(&after, owner).given, r(&before, owner).given + 1);
        assert_eq!(r(&after, source).received, r(&before, source).received + 1);
        // A training given by a partner (held), an exchange meeting they hosted (held).
        let trainer = data.stakeholders[4].clone();
        data.trainings[0].trainer = trainer.name.to_uppercase();
        assert!(data.trainings[0].held);
        let host = data
            .exchanges
            .iter()
            .find(|e| e.held)
            .unwrap()
            .host
            .unwrap();
        let with_training = reciprocity(&data);
        assert_eq!(
            r(&with_training, trainer.id).given,
            r(&after, trainer.id).given + 1
        );
        assert!(r(&with_training, host).given >= 1);
        // Minutes sent count what they held; an agenda does not.
        let mut e = crate::domain::audit::AuditEvent::new(
            crate::domain::audit::AuditKind::Export,
            "session:2".into(),
            "file",
        );
        e.recipient = Some(33);
        e.included = vec!["note:9".into(), "note:10".into()];
        let mut agenda = e.clone();
        agenda.subject = "agenda:session:3".into();
        data.audit = vec![e, agenda];
        assert_eq!(
            r(&reciprocity(&data), 33).received,
            r(&with_training, 33).received + 2
        );
    }

    #[test]
    fn round_tables_exchanges_and_trainings_count_as_contact() {
        let mut data = crate::demo::build(d("2026-11-29"));
        data.contacts.clear();
        let last = last_contacts(&data);
        // Present at the round table of last month (session 2, held).
        let s2 = &data.sessions[1];
        let p = s2.present().next().unwrap();
        assert!(last[&p] >= s2.date);
        // Invited to next week's session only: not yet a contact.
        let planned = &data.sessions[2];
        assert!(
            last.get(&planned.invitees[0])
                .is_none_or(|d| *d < planned.date)
        );
        let e = &data.exchanges[0];
        assert!(last[&e.attendees[0]] >= e.date);
        let t = &data.trainings[0];
        assert!(last[&t.attendees[0]] >= t.date);
        // With the contact log empty, sitting at last month's table keeps a 45-day
        // rhythm: 35 days ago, due in 10.
        let today = d("2026-11-29");
        assert_eq!(s2.date, d("2026-10-25"));
        assert_eq!(
            cadence(Some(45), last.get(&p).copied(), today),
            Cadence::Due(10)
        );
        assert!(cadence(Some(45), None, today).is_overdue());
    }

    /// Only what happened counts: a planned exchange or training is no contact for those
    /// invited, and gives nothing to its host or trainer; a held exchange gives to its host
    /// (not to the network's lead) and is contact for those who came.
    #[test]
    fn held_exchanges_and_trainings_count_planned_ones_do_not() {
        let mut data = crate::demo::build(d("2026-11-29"));
        data.contacts.clear();
        data.notes.clear();
        data.actions.clear();
        data.sessions.clear();
        data.audit.clear();
        let given = |data: &Dataset, id: Id| reciprocity(data).get(&id).map_or(0, |r| r.given);
        let mut e = ExchangeMeeting::planned(3, d("2026-12-10"), "Supporters".into());
        e.id = 99;
        e.host = Some(20);
        e.invited = vec![20, 44];
        data.exchanges = vec![e.clone()];
        data.trainings.clear();
        let lead = data
            .networks
            .iter()
            .find(|n| n.id == 3)
            .unwrap()
            .lead
            .unwrap();
        assert_ne!(lead, 20);
        assert_eq!((given(&data, 20), given(&data, lead)), (0, 0));
        assert!(!last_contacts(&data).contains_key(&44));
        e.date = d("2026-11-20");
        e.hold(vec![44], String::new(), String::new(), d("2026-11-29"))
            .unwrap();
        data.exchanges = vec![e];
        assert_eq!((given(&data, 20), given(&data, lead)), (1, 0));
        assert_eq!(last_contacts(&data).get(&44), Some(&d("2026-11-20")));
        assert!(!last_contacts(&data).contains_key(&20) || given(&data, 20) == 1);
        // A training planned: its invitees and trainer are not in touch yet.
        let trainer = data.stakeholders[4].clone();
        let mut t = crate::domain::training::Training::planned(
            "Secrecy".into(),
            d("2026-12-20"),
            trainer.name.clone(),
        );
        t.invited = vec![5];
        t.attendees = vec![5];
        data.trainings = vec![t];
        assert!(!last_contacts(&data).contains_key(&5));
        assert_eq!(given(&data, trainer.id), 0);
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
