//! Every record kind in one place, and the whole data set as one value: what a dump holds,
//! what a restore validates, what the views draw from.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::session::AgendaSubject;
use super::{Id, Meta};

/// A stored record: an id unique within its kind, and the bookkeeping.
pub trait Record: Serialize + for<'de> Deserialize<'de> + Clone + Send + 'static {
    /// Name of the kind; also the name of its table and of its list in a dump.
    const KIND: &'static str;
    fn id(&self) -> Id;
    fn set_id(&mut self, id: Id);
    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;
}

/// The record with `id` in `list`. The store reads each kind in id order and new records
/// get higher ids, so a binary search finds it at once; a list out of that order (a test's
/// data, a dump) still finds it, by a walk through the list.
pub fn by_id<R: Record>(list: &[R], id: Id) -> Option<&R> {
    match list.binary_search_by_key(&id, Record::id) {
        Ok(i) => Some(&list[i]),
        Err(_) => list.iter().find(|r| r.id() == id),
    }
}

/// Calls `$m!` with the list of `field: Type` of every record kind. Adding a kind here adds
/// its table, its place in dumps and its round-trip test.
#[macro_export]
macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            stakeholders: $crate::domain::stakeholder::Stakeholder,
            contacts: $crate::domain::stakeholder::ContactEntry,
            trainings: $crate::domain::stakeholder::Training,
            networks: $crate::domain::network::MiniNetwork,
            problems: $crate::domain::network::ProblemEntry,
            exchanges: $crate::domain::network::ExchangeMeeting,
            sessions: $crate::domain::session::Session,
            cases: $crate::domain::case::Case,
            notes: $crate::domain::note::Note,
            decisions: $crate::domain::note::Decision,
            actions: $crate::domain::note::ActionItem,
            sharing_rules: $crate::domain::sharing::SharingRule,
            agreements: $crate::domain::sharing::SharingAgreement,
            audit: $crate::domain::audit::AuditEvent,
            drafts: $crate::domain::note::Draft,
            routed_concerns: $crate::domain::routing::RoutedConcern,
        }
    };
}

macro_rules! impl_record {
    ($($field:ident: $ty:ty,)*) => {
        $(impl Record for $ty {
            const KIND: &'static str = stringify!($field);
            fn id(&self) -> Id { self.id }
            fn set_id(&mut self, id: Id) { self.id = id; }
            fn meta(&self) -> &Meta { &self.meta }
            fn meta_mut(&mut self) -> &mut Meta { &mut self.meta }
        })*

        /// Every record, kind by kind, in id order.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Dataset {
            $(#[serde(default)] pub $field: Vec<$ty>,)*
        }

        impl Dataset {
            pub fn is_empty(&self) -> bool {
                true $(&& self.$field.is_empty())*
            }

            /// Number of records of every kind, for reports.
            pub fn counts(&self) -> Vec<(&'static str, usize)> {
                vec![$((stringify!($field), self.$field.len()),)*]
            }
        }
    };
}
for_each_kind!(impl_record);

/// The first thing wrong in a data set, with its place (`cases[2].lead`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct Invalid {
    pub path: String,
    pub message: String,
}

/// The highest id a record may have: far more than any town needs, exact in every JSON
/// reader (2^53), and far enough from `u64::MAX` that a counter never wraps.
pub const MAX_ID: Id = 1 << 53;

fn ids<T: Record>(list: &[T]) -> Result<HashSet<Id>, Invalid> {
    let mut seen = HashSet::with_capacity(list.len());
    for (i, r) in list.iter().enumerate() {
        if r.id() == 0 || r.id() > MAX_ID || !seen.insert(r.id()) {
            return Err(Invalid {
                path: format!("{}[{i}].id", T::KIND),
                message: format!("id {} is zero, above {MAX_ID} or used twice", r.id()),
            });
        }
        if r.meta().rev == 0 {
            return Err(Invalid {
                path: format!("{}[{i}].meta.rev", T::KIND),
                message: "rev must be at least 1".into(),
            });
        }
    }
    Ok(seen)
}

/// Checks that `id` (if any) names an existing record.
pub(super) fn refers(
    set: &HashSet<Id>,
    id: Option<Id>,
    path: impl FnOnce() -> String,
) -> Result<(), Invalid> {
    match id {
        Some(id) if !set.contains(&id) => Err(Invalid {
            path: path(),
            message: format!("refers to {id}, which does not exist"),
        }),
        _ => Ok(()),
    }
}

/// The highest agenda item number and item time (seconds) a session may hold: far beyond
/// any meeting, and far enough from `u32::MAX` that adding an item (`max + 1`) or counting
/// the timer up never wraps.
pub const MAX_AGENDA_NUMBER: u32 = u32::MAX / 2;

/// Agenda item numbers unique within the session (notes find their item by it), and item
/// numbers and times within [`MAX_AGENDA_NUMBER`].
fn agenda_numbers(i: usize, agenda: &[super::session::AgendaItem]) -> Result<(), Invalid> {
    let mut seen = HashSet::with_capacity(agenda.len());
    for (j, a) in agenda.iter().enumerate() {
        let bad = |field: &str, message: String| Invalid {
            path: format!("sessions[{i}].agenda[{j}].{field}"),
            message,
        };
        if a.item > MAX_AGENDA_NUMBER || !seen.insert(a.item) {
            let m = format!("item {} is above {MAX_AGENDA_NUMBER} or used twice", a.item);
            return Err(bad("item", m));
        }
        if a.elapsed_secs > MAX_AGENDA_NUMBER {
            let m = format!("{} seconds is above {MAX_AGENDA_NUMBER}", a.elapsed_secs);
            return Err(bad("elapsed_secs", m));
        }
    }
    Ok(())
}

impl Dataset {
    /// [`Dataset::validate_records`], then the audit trail's links.
    pub fn validate(&self) -> Result<(), Invalid> {
        self.validate_records()?;
        self.validate_trail()
    }

    /// Only the ids: each non-zero, at most [`MAX_ID`], unique within its kind, with a
    /// revision. What a salvaged data set must meet to be written to a new file.
    pub fn validate_ids(&self) -> Result<(), Invalid> {
        macro_rules! each {
            ($($field:ident: $ty:ty,)*) => {$( ids(&self.$field)?; )*};
        }
        crate::for_each_kind!(each);
        Ok(())
    }

    /// Ids unique and non-zero, every reference pointing at an existing record, case
    /// references unique. Returns the first problem found.
    pub fn validate_records(&self) -> Result<(), Invalid> {
        let people = ids(&self.stakeholders)?;
        ids(&self.contacts)?;
        ids(&self.trainings)?;
        let networks = ids(&self.networks)?;
        ids(&self.problems)?;
        ids(&self.exchanges)?;
        let sessions = ids(&self.sessions)?;
        let cases = ids(&self.cases)?;
        let notes = ids(&self.notes)?;
        ids(&self.decisions)?;
        ids(&self.actions)?;
        ids(&self.sharing_rules)?;
        ids(&self.agreements)?;
        ids(&self.audit)?;
        ids(&self.drafts)?;
        ids(&self.routed_concerns)?;
        super::routing::check_refs(&self.routed_concerns, &people, &cases)?;

        for (i, s) in self.stakeholders.iter().enumerate() {
            refers(&people, s.referred_by, || {
                format!("stakeholders[{i}].referred_by")
            })?;
            super::pipeline::check(&s.pipeline, s.consent).map_err(|(field, message)| Invalid {
                path: format!("stakeholders[{i}].{field}"),
                message,
            })?;
        }
        for (i, c) in self.contacts.iter().enumerate() {
            refers(&people, Some(c.stakeholder), || {
                format!("contacts[{i}].stakeholder")
            })?;
        }
        for (i, t) in self.trainings.iter().enumerate() {
            for (list, name) in [(&t.attendees, "attendees"), (&t.invited, "invited")] {
                for (j, a) in list.iter().enumerate() {
                    refers(&people, Some(*a), || format!("trainings[{i}].{name}[{j}]"))?;
                }
            }
        }
        for (i, n) in self.networks.iter().enumerate() {
            refers(&people, n.lead, || format!("networks[{i}].lead"))?;
            refers(&people, n.contact_point, || {
                format!("networks[{i}].contact_point")
            })?;
            for (j, m) in n.members.iter().enumerate() {
                refers(&people, Some(m.stakeholder), || {
                    format!("networks[{i}].members[{j}].stakeholder")
                })?;
            }
            for (j, s) in n.sub_networks.iter().enumerate() {
                refers(&networks, Some(*s), || {
                    format!("networks[{i}].sub_networks[{j}]")
                })?;
            }
        }
        for (i, p) in self.problems.iter().enumerate() {
            refers(&networks, Some(p.network), || {
                format!("problems[{i}].network")
            })?;
            refers(&people, p.owner, || format!("problems[{i}].owner"))?;
        }
        for (i, e) in self.exchanges.iter().enumerate() {
            refers(&networks, Some(e.network), || {
                format!("exchanges[{i}].network")
            })?;
            refers(&people, e.host, || format!("exchanges[{i}].host"))?;
            for (list, name) in [(&e.attendees, "attendees"), (&e.invited, "invited")] {
                for (j, a) in list.iter().enumerate() {
                    refers(&people, Some(*a), || format!("exchanges[{i}].{name}[{j}]"))?;
                }
            }
        }
        for (i, s) in self.sessions.iter().enumerate() {
            refers(&people, s.chair, || format!("sessions[{i}].chair"))?;
            for (j, p) in s.invitees.iter().enumerate() {
                refers(&people, Some(*p), || format!("sessions[{i}].invitees[{j}]"))?;
            }
            for (j, a) in s.attendance.iter().enumerate() {
                refers(&people, Some(a.stakeholder), || {
                    format!("sessions[{i}].attendance[{j}].stakeholder")
                })?;
            }
            agenda_numbers(i, &s.agenda)?;
            for (j, a) in s.agenda.iter().enumerate() {
                let path = || format!("sessions[{i}].agenda[{j}].subject");
                match a.subject {
                    AgendaSubject::Case(c) => refers(&cases, Some(c), path)?,
                    AgendaSubject::OpenActions(s) => refers(&sessions, Some(s), path)?,
                    AgendaSubject::Topic(_) => {}
                }
            }
        }
        let mut refs = HashSet::new();
        for (i, c) in self.cases.iter().enumerate() {
            if !refs.insert(c.reference) {
                return Err(Invalid {
                    path: format!("cases[{i}].reference"),
                    message: format!("{} is used twice", c.reference),
                });
            }
            refers(&people, c.lead, || format!("cases[{i}].lead"))?;
            refers(&people, c.referred_by, || format!("cases[{i}].referred_by"))?;
        }
        let anchor = |a: &super::note::Anchor, path: &dyn Fn(&str) -> String| {
            refers(&sessions, a.session, || path("anchor.session"))?;
            refers(&cases, a.case, || path("anchor.case"))
        };
        for (i, n) in self.notes.iter().enumerate() {
            anchor(&n.anchor, &|f| format!("notes[{i}].{f}"))?;
            refers(&people, n.source, || format!("notes[{i}].source"))?;
            refers(&people, n.who_acts, || format!("notes[{i}].who_acts"))?;
        }
        for (i, d) in self.decisions.iter().enumerate() {
            anchor(&d.anchor, &|f| format!("decisions[{i}].{f}"))?;
            refers(&notes, d.from_note, || format!("decisions[{i}].from_note"))?;
        }
        for (i, a) in self.actions.iter().enumerate() {
            anchor(&a.anchor, &|f| format!("actions[{i}].{f}"))?;
            refers(&people, a.owner, || format!("actions[{i}].owner"))?;
            refers(&notes, a.from_note, || format!("actions[{i}].from_note"))?;
            for (j, e) in a.history.iter().enumerate() {
                if let super::action::ActionChange::Reassigned { from, to } = e.change {
                    let at = |f: &str| format!("actions[{i}].history[{j}].{f}");
                    refers(&people, from, || at("from"))?;
                    refers(&people, Some(to), || at("to"))?;
                }
            }
        }
        Ok(())
    }

    /// Every audit entry links to the one before.
    pub fn validate_trail(&self) -> Result<(), Invalid> {
        if let Err(id) = super::audit::verify(&self.audit, None) {
            let i = self.audit.iter().position(|e| e.id == id).unwrap_or(0);
            return Err(Invalid {
                path: format!("audit[{i}].prev_hash"),
                message: format!(
                    "audit trail broken at entry {id}: an entry was changed or removed"
                ),
            });
        }
        Ok(())
    }
}

impl Dataset {
    /// How many records refer to stakeholder `id`. A stakeholder with references is
    /// archived rather than deleted, so that history keeps its names.
    pub fn references_to(&self, id: Id) -> usize {
        let one = |x: Option<Id>| usize::from(x == Some(id));
        let many = |v: &[Id]| v.iter().filter(|x| **x == id).count();
        self.stakeholders
            .iter()
            .map(|s| one(s.referred_by))
            .sum::<usize>()
            + self.contacts.iter().filter(|c| c.stakeholder == id).count()
            + self
                .trainings
                .iter()
                .map(|t| many(&t.attendees) + many(&t.invited))
                .sum::<usize>()
            + self
                .networks
                .iter()
                .map(|n| {
                    one(n.lead)
                        + one(n.contact_point)
                        + n.members.iter().filter(|m| m.stakeholder == id).count()
                })
                .sum::<usize>()
            + self.problems.iter().map(|p| one(p.owner)).sum::<usize>()
            + self
                .exchanges
                .iter()
                .map(|e| many(&e.attendees) + many(&e.invited) + one(e.host))
                .sum::<usize>()
            + self
                .sessions
                .iter()
                .map(|s| {
                    one(s.chair)
                        + many(&s.invitees)
                        + s.attendance.iter().filter(|a| a.stakeholder == id).count()
                })
                .sum::<usize>()
            + self
                .cases
                .iter()
                .map(|c| one(c.lead) + one(c.referred_by))
                .sum::<usize>()
            + self
                .notes
                .iter()
                .map(|n| one(n.source) + one(n.who_acts))
                .sum::<usize>()
            + self.actions.iter().map(|a| one(a.owner)).sum::<usize>()
            + super::routing::references_to(&self.routed_concerns, id)
    }
}

#[cfg(test)]
mod by_id_tests {
    use super::{Record, by_id};

    #[test]
    fn finds_a_record_in_id_order_and_out_of_it() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let mut notes = crate::demo::build(today).stakeholders;
        assert!(notes.len() > 40);
        let ids: Vec<u64> = notes.iter().map(Record::id).collect();
        for order in ["as stored", "reversed"] {
            for &id in &ids {
                assert_eq!(by_id(&notes, id).map(Record::id), Some(id), "{order}");
            }
            assert!(by_id(&notes, 0).is_none(), "{order}");
            assert!(by_id(&notes, u64::MAX).is_none(), "{order}");
            notes.reverse();
        }
    }
}
