//! Step 1 of the practice: finding the people. Each would-be partner moves through
//! identified → approached → met → engaged (or declined), and the date of each move is kept,
//! so that the overview can count the pipeline and the coordinator sees who has waited
//! long. Who introduced whom is the stakeholder's `referred_by`. A partner may also agree to
//! be listed with their contact details in a handout ("who can do what"); that consent has a
//! date and can be withdrawn.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a would-be partner stands in step 1. The order is the pipeline's; `Declined` ends
/// it from any stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Identified,
    Approached,
    Met,
    Engaged,
    Declined,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 5] = [
        Stage::Identified,
        Stage::Approached,
        Stage::Met,
        Stage::Engaged,
        Stage::Declined,
    ];

    /// Catalogue key of the stage's name.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Identified => "stage-identified",
            Stage::Approached => "stage-approached",
            Stage::Met => "stage-met",
            Stage::Engaged => "stage-engaged",
            Stage::Declined => "stage-declined",
        }
    }

    /// The name in dumps and on the command line (`identified`).
    pub fn code(self) -> &'static str {
        match self {
            Stage::Identified => "identified",
            Stage::Approached => "approached",
            Stage::Met => "met",
            Stage::Engaged => "engaged",
            Stage::Declined => "declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One move in the pipeline: the stage reached, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub stage: Stage,
    #[serde(with = "crate::domain::time::date")]
    pub on: NaiveDate,
}

/// Agreement to be listed with contact details in what is handed out to partners.
/// Withdrawing keeps the date it was given, for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    #[serde(with = "crate::domain::time::date")]
    pub given: NaiveDate,
    #[serde(with = "crate::domain::time::opt_date")]
    pub withdrawn: Option<NaiveDate>,
}
