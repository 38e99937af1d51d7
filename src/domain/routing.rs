//! Concerns routed to another service. The practice asks the coordinator to pass on what
//! is not the round table's to the right service all along, not only when a case closes:
//! each hand-over is recorded with what, to whom, when and whether it was picked up.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dataset::{Invalid, refers};
use super::{Id, Meta};

/// Who the concern went to: a service by name, or a partner of the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoutedTo {
    Service(String),
    Stakeholder(Id),
}

/// What the concern was about: a partner (their organisation, their people) or a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcernAbout {
    Stakeholder(Id),
    Case(Id),
}

/// Whether the receiving service took it up. Often not known at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PickedUp {
    Unknown,
    Yes,
    No,
}

impl PickedUp {
    pub const ALL: [PickedUp; 3] = [PickedUp::Unknown, PickedUp::Yes, PickedUp::No];

    pub fn key(self) -> &'static str {
        match self {
            PickedUp::Unknown => "picked-unknown",
            PickedUp::Yes => "picked-yes",
            PickedUp::No => "picked-no",
        }
    }
}

/// One concern handed to another service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoutedConcern {
    pub id: Id,
    pub meta: Meta,
    pub what: String,
    pub to: RoutedTo,
    #[serde(with = "crate::domain::time::date")]
    pub on: NaiveDate,
    pub picked_up: PickedUp,
    pub about: ConcernAbout,
}

impl RoutedConcern {
    /// The partner it went to, if it went to one.
    pub fn to_stakeholder(&self) -> Option<Id> {
        match self.to {
            RoutedTo::Stakeholder(id) => Some(id),
            RoutedTo::Service(_) => None,
        }
    }

    pub fn about_stakeholder(&self) -> Option<Id> {
        match self.about {
            ConcernAbout::Stakeholder(id) => Some(id),
            ConcernAbout::Case(_) => None,
        }
    }

    pub fn about_case(&self) -> Option<Id> {
        match self.about {
            ConcernAbout::Case(id) => Some(id),
            ConcernAbout::Stakeholder(_) => None,
        }
    }
}

/// Every partner and case a concern names exists.
pub(super) fn check_refs(
    list: &[RoutedConcern],
    people: &HashSet<Id>,
    cases: &HashSet<Id>,
) -> Result<(), Invalid> {
    for (i, c) in list.iter().enumerate() {
        refers(people, c.to_stakeholder(), || {
            format!("routed_concerns[{i}].to")
        })?;
        refers(people, c.about_stakeholder(), || {
            format!("routed_concerns[{i}].about")
        })?;
        refers(cases, c.about_case(), || {
            format!("routed_concerns[{i}].about")
        })?;
    }
    Ok(())
}

/// How many concerns name partner `id`, as recipient or subject.
pub(super) fn references_to(list: &[RoutedConcern], id: Id) -> usize {
    list.iter()
        .map(|c| {
            usize::from(c.to_stakeholder() == Some(id))
                + usize::from(c.about_stakeholder() == Some(id))
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_concern_naming_a_missing_partner_or_case_is_refused() {
        let mut data = crate::demo::build(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        data.validate_records().unwrap();
        let before = data.references_to(4);
        assert!(before > 0);
        let mut c = data.routed_concerns[0].clone();
        c.id = 99;
        c.to = RoutedTo::Stakeholder(4);
        data.routed_concerns.push(c);
        assert_eq!(
            data.references_to(4),
            before + 1,
            "a recipient is a reference"
        );
        data.routed_concerns[0].about = ConcernAbout::Case(999);
        let err = data.validate_records().unwrap_err();
        assert_eq!(err.path, "routed_concerns[0].about");
        data.routed_concerns[0].about = ConcernAbout::Case(1);
        data.routed_concerns[1].to = RoutedTo::Stakeholder(999);
        let err = data.validate_records().unwrap_err();
        assert_eq!(err.path, "routed_concerns[1].to");
    }
}
