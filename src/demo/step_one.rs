//! Step 1 in the demo town: who is in the pipeline, who agreed to be listed, who reads
//! French or English, and concerns routed to other services.

use chrono::NaiveDate;

use super::{at_of, day_of, stamp};
use crate::domain::dataset::Dataset;
use crate::domain::pipeline::{Consent, Move, Stage};
use crate::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};
use crate::domain::stakeholder::Language;

/// Person (id) and their moves (stage, days before today), oldest first.
const PIPELINE: &[(u64, &[(Stage, i64)])] = &[
    (44, &[(Stage::Identified, -20)]),
    (38, &[(Stage::Identified, -60), (Stage::Approached, -25)]),
    (
        35,
        &[
            (Stage::Identified, -120),
            (Stage::Approached, -90),
            (Stage::Met, -40),
        ],
    ),
    (
        25,
        &[
            (Stage::Identified, -300),
            (Stage::Approached, -280),
            (Stage::Met, -250),
            (Stage::Engaged, -200),
        ],
    ),
    (19, &[(Stage::Identified, -150), (Stage::Declined, -100)]),
];

/// Partners who agreed to be listed with their details, days before today; 21 withdrew.
const CONSENT: &[(u64, i64)] = &[
    (1, -200),
    (4, -180),
    (5, -90),
    (12, -150),
    (14, -60),
    (21, -120),
];

const LANGUAGES: &[(u64, Language)] = &[(29, Language::Fr), (25, Language::En), (41, Language::Fr)];

pub(super) fn step_one(d: &mut Dataset, today: NaiveDate) {
    let day = |offset| day_of(today, offset);
    for s in &mut d.stakeholders {
        if let Some((_, moves)) = PIPELINE.iter().find(|(id, _)| *id == s.id) {
            s.pipeline = moves
                .iter()
                .map(|&(stage, offset)| Move {
                    stage,
                    on: day(offset),
                })
                .collect();
        }
        if let Some(&(_, offset)) = CONSENT.iter().find(|(id, _)| *id == s.id) {
            s.consent = Some(Consent {
                given: day(offset),
                withdrawn: (s.id == 21).then(|| day(-10)),
            });
        }
        s.language = LANGUAGES
            .iter()
            .find(|(id, _)| *id == s.id)
            .map(|&(_, l)| l);
    }
    let concern = |id: u64, offset, what: &str, to, picked_up, about| RoutedConcern {
        id,
        meta: stamp(at_of(today, offset, 11)),
        what: what.into(),
        to,
        on: day(offset),
        picked_up,
        about,
        picked_up_on: (picked_up != PickedUp::Unknown).then(|| day(offset + 5)),
    };
    d.routed_concerns = vec![
        concern(
            1,
            -45,
            "Debts of the family; not a matter for the round table.",
            RoutedTo::Service("CAW debt counselling".into()),
            PickedUp::Yes,
            ConcernAbout::Case(1),
        ),
        concern(
            2,
            -12,
            "Shop window smashed twice; owner feels targeted.",
            RoutedTo::Stakeholder(4),
            PickedUp::Unknown,
            ConcernAbout::Stakeholder(21),
        ),
        concern(
            3,
            -30,
            "Tenants complain about noise in the stairwell.",
            RoutedTo::Service("Housing mediation".into()),
            PickedUp::No,
            ConcernAbout::Stakeholder(30),
        ),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_town_shows_every_stage_consent_languages_and_routed_concerns() {
        let d = super::super::build(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        for stage in Stage::ALL {
            assert!(
                d.stakeholders
                    .iter()
                    .any(|s| s.pipeline.last().map(|m| m.stage) == Some(stage)),
                "{stage:?}"
            );
        }
        assert!(
            d.stakeholders
                .iter()
                .any(|s| s.consent.is_some_and(|c| c.withdrawn.is_none()))
        );
        assert!(
            d.stakeholders
                .iter()
                .any(|s| s.consent.is_some_and(|c| c.withdrawn.is_some()))
        );
        assert!(
            d.stakeholders
                .iter()
                .any(|s| s.language == Some(Language::Fr))
        );
        for p in PickedUp::ALL {
            assert!(d.routed_concerns.iter().any(|c| c.picked_up == p), "{p:?}");
        }
        assert!(
            d.routed_concerns
                .iter()
                .any(|c| matches!(c.about, ConcernAbout::Case(_)))
        );
    }
}
