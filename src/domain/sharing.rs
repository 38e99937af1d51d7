use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Id, Meta};

/// Traffic Light Protocol 2.0 (FIRST, 2022), written exactly as the standard does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tlp {
    #[serde(rename = "TLP:RED")]
    Red,
    #[serde(rename = "TLP:AMBER+STRICT")]
    AmberStrict,
    #[serde(rename = "TLP:AMBER")]
    Amber,
    #[serde(rename = "TLP:GREEN")]
    Green,
    #[serde(rename = "TLP:CLEAR")]
    Clear,
}

impl Tlp {
    pub const ALL: [Tlp; 5] = [
        Tlp::Red,
        Tlp::AmberStrict,
        Tlp::Amber,
        Tlp::Green,
        Tlp::Clear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Red => "TLP:RED",
            Tlp::AmberStrict => "TLP:AMBER+STRICT",
            Tlp::Amber => "TLP:AMBER",
            Tlp::Green => "TLP:GREEN",
            Tlp::Clear => "TLP:CLEAR",
        }
    }

    /// Catalogue key of the standard's meaning (FIRST's wording): what a *recipient* may
    /// do with the item.
    pub fn meaning_key(self) -> &'static str {
        match self {
            Tlp::Red => "tlp.red",
            Tlp::AmberStrict => "tlp.amber_strict",
            Tlp::Amber => "tlp.amber",
            Tlp::Green => "tlp.green",
            Tlp::Clear => "tlp.clear",
        }
    }
}

impl Tlp {
    /// This network's distribution rule for the label: who receives the item in minutes,
    /// agendas and feedback sheets. The disclosure function enforces exactly this, and the
    /// screen, help and the minutes' header print it, so that they cannot drift apart.
    pub fn distribution(self) -> Distribution {
        match self {
            Tlp::Red => Distribution::Nobody,
            Tlp::AmberStrict => Distribution::Present,
            Tlp::Amber => Distribution::Invited,
            Tlp::Green => Distribution::Network,
            Tlp::Clear => Distribution::Anyone,
        }
    }

    /// The stricter of two labels (`TLP:RED` is the strictest).
    pub fn stricter(self, other: Tlp) -> Tlp {
        self.min(other)
    }
}

/// Who receives an item in what the round table writes down (see [`Tlp::distribution`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Distribution {
    /// Never written down, for anyone: said at the table only.
    Nobody,
    /// Those present at the session.
    Present,
    /// Those invited to the session (and anyone present).
    Invited,
    /// The members of the network.
    Network,
    /// Anyone.
    Anyone,
}

impl Distribution {
    /// Catalogue key of the rule's wording.
    pub fn key(self) -> &'static str {
        match self {
            Distribution::Nobody => "distribution.nobody",
            Distribution::Present => "distribution.present",
            Distribution::Invited => "distribution.invited",
            Distribution::Network => "distribution.network",
            Distribution::Anyone => "distribution.anyone",
        }
    }

    /// Whether items under this rule are ever written to a file.
    pub fn written(self) -> bool {
        self != Distribution::Nobody
    }
}

/// Whether items about a case go only to those involved in it. Without a rule saying
/// otherwise they do: need-to-know is the default.
pub fn case_need_to_know(rules: &[SharingRule]) -> bool {
    rules
        .iter()
        .find(|r| r.kind == RuleKind::CaseNeedToKnow)
        .is_none_or(|r| r.active)
}

/// Catalogue key of the need-to-know rule's wording.
pub const NEED_TO_KNOW_KEY: &str = "distribution.need_to_know";

impl fmt::Display for Tlp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Permissible Actions Protocol: what a recipient may do with the information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pap {
    #[serde(rename = "PAP:RED")]
    Red,
    #[serde(rename = "PAP:AMBER")]
    Amber,
    #[serde(rename = "PAP:GREEN")]
    Green,
    #[serde(rename = "PAP:CLEAR")]
    Clear,
}

impl Pap {
    pub const ALL: [Pap; 4] = [Pap::Red, Pap::Amber, Pap::Green, Pap::Clear];

    pub fn as_str(self) -> &'static str {
        match self {
            Pap::Red => "PAP:RED",
            Pap::Amber => "PAP:AMBER",
            Pap::Green => "PAP:GREEN",
            Pap::Clear => "PAP:CLEAR",
        }
    }

    pub fn meaning_key(self) -> &'static str {
        match self {
            Pap::Red => "pap.red",
            Pap::Amber => "pap.amber",
            Pap::Green => "pap.green",
            Pap::Clear => "pap.clear",
        }
    }
}

impl fmt::Display for Pap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule that narrows what the labels alone would allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Notes about a case go only to partners involved in that case.
    CaseNeedToKnow,
    /// Shared information may not be reused for criminal investigation.
    NoCriminalInvestigationUse,
    /// A free-text rule the network agreed on.
    Custom,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharingRule {
    pub id: Id,
    pub meta: Meta,
    pub kind: RuleKind,
    pub text: String,
    pub active: bool,
}

/// The network's information-sharing agreement. There is one; it is stored with id 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharingAgreement {
    pub id: Id,
    pub meta: Meta,
    pub purpose: String,
    pub legal_basis: String,
    pub default_tlp: Tlp,
    pub default_pap: Pap,
    /// How long what the network holds is kept (schema 8).
    pub retention: Retention,
}

/// The retention periods the network agreed on: what `roundtable retention` lists as due
/// and what `domain::retention` computes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// A closed case's notes, actions, decisions and drafts are due for erasure this many
    /// months after its closure.
    pub closed_case_months: u32,
    /// Exported files in the export folder are due for removal after this many days.
    pub export_days: u32,
    /// Backups are kept this many days: an erasure is complete once every backup taken
    /// before it has expired (docs/security.md, "Retention, erasure and subject rights").
    pub backup_days: u32,
}

impl Retention {
    /// What a new agreement starts with: five years after closure, a month for exports
    /// and backups.
    pub const DEFAULT: Retention = Retention {
        closed_case_months: 60,
        export_days: 30,
        backup_days: 30,
    };

    /// The closed-case period of schema 7 (`retention_days`), in whole months, rounded up
    /// so that nothing becomes due earlier than agreed.
    pub fn from_days(days: u32, export_days: u32, backup_days: u32) -> Retention {
        Retention {
            closed_case_months: (u64::from(days) * 12).div_ceil(365) as u32,
            export_days,
            backup_days,
        }
    }
}
