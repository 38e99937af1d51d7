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
    /// When the answer (picked up or not) was recorded; `None` while unknown, and for
    /// answers recorded before schema 12, whose day was not kept.
    #[serde(with = "crate::domain::time::opt_date")]
    pub picked_up_on: Option<NaiveDate>,
}

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerRefused {
    /// "Not known yet" is where a concern starts, not an answer.
    NotAnAnswer,
    /// Dated before the concern was routed.
    BeforeRouted,
    /// Dated after today.
    InFuture,
}

impl AnswerRefused {
    /// Catalogue key of the reason.
    pub fn key(self) -> &'static str {
        match self {
            AnswerRefused::NotAnAnswer => "invalid-concern_answer",
            AnswerRefused::BeforeRouted => "invalid-concern_before_routed",
            AnswerRefused::InFuture => "invalid-date_future",
        }
    }
}

impl RoutedConcern {
    /// Still waiting for an answer from the service it went to.
    pub fn is_open(&self) -> bool {
        self.picked_up == PickedUp::Unknown
    }

    /// The concern with the service's answer recorded on `on`: picked up or not. An answer
    /// may be changed later (the service took it up after all), always dated.
    pub fn answered(
        &self,
        answer: PickedUp,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<RoutedConcern, AnswerRefused> {
        if answer == PickedUp::Unknown {
            return Err(AnswerRefused::NotAnAnswer);
        }
        if on > today {
            return Err(AnswerRefused::InFuture);
        }
        if on < self.on {
            return Err(AnswerRefused::BeforeRouted);
        }
        Ok(RoutedConcern {
            picked_up: answer,
            picked_up_on: Some(on),
            ..self.clone()
        })
    }

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

/// The concerns about `about`, and, for a partner, those routed to them too; open ones
/// first, then the newest.
pub fn of(list: &[RoutedConcern], about: ConcernAbout) -> Vec<&RoutedConcern> {
    let mut out: Vec<&RoutedConcern> = list
        .iter()
        .filter(|c| match about {
            ConcernAbout::Stakeholder(id) => {
                c.about_stakeholder() == Some(id) || c.to_stakeholder() == Some(id)
            }
            ConcernAbout::Case(_) => c.about == about,
        })
        .collect();
    out.sort_by_key(|c| (!c.is_open(), std::cmp::Reverse(c.on), c.id));
    out
}

/// Every partner and case a concern names exists, and an answer's day is one
/// [`RoutedConcern::answered`] could have recorded.
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
        let wrong = match (c.picked_up, c.picked_up_on) {
            (PickedUp::Unknown, Some(_)) => Some("an answer's day without an answer"),
            (_, Some(day)) if day < c.on => Some("answered before it was routed"),
            _ => None,
        };
        if let Some(message) = wrong {
            return Err(Invalid {
                path: format!("routed_concerns[{i}].picked_up_on"),
                message: message.into(),
            });
        }
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

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn an_answer_is_picked_up_or_not_dated_between_routing_and_today() {
        let data = crate::demo::build(d(29));
        let mut c = data.routed_concerns[0].clone();
        c.on = d(10);
        c.picked_up = PickedUp::Unknown;
        c.picked_up_on = None;
        assert!(c.is_open());
        let yes = c.answered(PickedUp::Yes, d(12), d(29)).unwrap();
        assert_eq!(
            (yes.picked_up, yes.picked_up_on),
            (PickedUp::Yes, Some(d(12)))
        );
        assert!(!yes.is_open());
        let no = yes.answered(PickedUp::No, d(20), d(29)).unwrap();
        assert_eq!(no.picked_up_on, Some(d(20)), "changed later, dated again");
        assert_eq!(
            c.answered(PickedUp::Unknown, d(12), d(29)),
            Err(AnswerRefused::NotAnAnswer)
        );
        assert_eq!(
            c.answered(PickedUp::Yes, d(9), d(29)),
            Err(AnswerRefused::BeforeRouted)
        );
        assert_eq!(
            c.answered(PickedUp::Yes, d(30), d(29)),
            Err(AnswerRefused::InFuture)
        );
    }

    #[test]
    fn a_restore_refuses_an_answer_day_the_rules_never_record() {
        let mut data = crate::demo::build(d(29));
        let i = data
            .routed_concerns
            .iter()
            .position(|c| c.is_open())
            .unwrap();
        data.routed_concerns[i].picked_up_on = Some(d(28));
        let err = data.validate_records().unwrap_err();
        assert_eq!(err.path, format!("routed_concerns[{i}].picked_up_on"));
        let c = &mut data.routed_concerns[i];
        c.picked_up = PickedUp::Yes;
        c.picked_up_on = c.on.pred_opt();
        assert!(data.validate_records().is_err());
        let c = &mut data.routed_concerns[i];
        c.picked_up_on = Some(c.on);
        data.validate_records().unwrap();
    }

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
