//! Locate problems and solve them together (step 2): problem → agreed solution → who
//! does it, and what was learned, to distribute to the groups.

use serde::{Deserialize, Serialize};

use crate::domain::{Id, Meta};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemStatus {
    Open,
    InProgress,
    Solved,
    Dropped,
}

/// Locate problems and solve them together: problem, agreed solution, who does it, and
/// what was learned (to distribute to the groups).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemEntry {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    pub problem: String,
    pub solution: String,
    pub owner: Option<Id>,
    pub status: ProblemStatus,
    pub lesson: String,
}
