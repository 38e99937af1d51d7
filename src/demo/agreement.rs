//! The demo town's sharing agreement and its rules, shared by the demo and the scaled town.

use chrono::NaiveDate;

use super::{at_of, stamp};
use crate::domain::dataset::Dataset;
use crate::domain::sharing::{Pap, RuleKind, SharingAgreement, SharingRule, Tlp};

/// Adds the town's sharing agreement and sets its rules.
pub(super) fn sharing_agreement(d: &mut Dataset, today: NaiveDate) {
    let created = at_of(today, -400, 9);
    d.agreements.push(SharingAgreement {
        id: 1,
        meta: stamp(created),
        purpose: "Prevent radicalisation and violent extremism through a multi-agency approach to individual cases.".into(),
        legal_basis: "Art. 458ter Criminal Code; law of 30 July 2018 (LISC-R).".into(),
        default_tlp: Tlp::AmberStrict,
        default_pap: Pap::Amber,
        retention: crate::domain::sharing::Retention::DEFAULT,
    });
    d.sharing_rules = vec![
        SharingRule {
            id: 1,
            meta: stamp(created),
            kind: RuleKind::CaseNeedToKnow,
            text: "Notes about a case go only to partners involved in that case.".into(),
            active: true,
        },
        SharingRule {
            id: 2,
            meta: stamp(created),
            kind: RuleKind::NoCriminalInvestigationUse,
            text: "Information shared here may not be reused for a criminal investigation.".into(),
            active: true,
        },
        SharingRule {
            id: 3,
            meta: stamp(created),
            kind: RuleKind::Custom,
            text: "The feedback sheet to the police needs the consensus of the members present."
                .into(),
            active: true,
        },
    ];
}
