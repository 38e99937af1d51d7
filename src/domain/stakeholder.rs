use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::pipeline::{Consent, Move};
use super::{Id, Meta};

/// The standard sectors of a local network. `Other` keeps the original wording so that an
/// imported "Buurtwerk" is not flattened into a meaningless bucket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    LocalAuthority,
    Police,
    Justice,
    MentalHealth,
    Health,
    Education,
    SocialWelfare,
    YouthWork,
    Religious,
    Sports,
    Culture,
    Community,
    Business,
    Housing,
    Employment,
    Other(String),
}

impl Sector {
    /// Every standard sector, in display order (without `Other`).
    pub const STANDARD: [Sector; 15] = [
        Sector::LocalAuthority,
        Sector::Police,
        Sector::Justice,
        Sector::MentalHealth,
        Sector::Health,
        Sector::Education,
        Sector::SocialWelfare,
        Sector::YouthWork,
        Sector::Religious,
        Sector::Sports,
        Sector::Culture,
        Sector::Community,
        Sector::Business,
        Sector::Housing,
        Sector::Employment,
    ];

    /// Catalogue key of the sector's display name.
    pub fn key(&self) -> &'static str {
        match self {
            Sector::LocalAuthority => "sector-local_authority",
            Sector::Police => "sector-police",
            Sector::Justice => "sector-justice",
            Sector::MentalHealth => "sector-mental_health",
            Sector::Health => "sector-health",
            Sector::Education => "sector-education",
            Sector::SocialWelfare => "sector-social_welfare",
            Sector::YouthWork => "sector-youth_work",
            Sector::Religious => "sector-religious",
            Sector::Sports => "sector-sports",
            Sector::Culture => "sector-culture",
            Sector::Community => "sector-community",
            Sector::Business => "sector-business",
            Sector::Housing => "sector-housing",
            Sector::Employment => "sector-employment",
            Sector::Other(_) => "sector-other",
        }
    }
}

/// A language a partner reads: exports to them are written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Nl,
    Fr,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Nl, Language::Fr, Language::En];

    /// The code in dumps, spreadsheets and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The municipality's own services (formal) or the community (informal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Formality {
    Formal,
    Informal,
}

/// Practitioners handle real cases; policy people shape the frame. Different profiles need
/// different networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Practitioner,
    Policy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Person,
    Organisation,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ContactDetails {
    pub phone: String,
    pub email: String,
    pub address: String,
}

/// A partner, or a would-be partner, of the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: Id,
    pub meta: Meta,
    pub kind: ContactKind,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub sector: Sector,
    pub formality: Formality,
    pub tier: Tier,
    /// Communities this person can reach and carry the message to.
    pub communities: Vec<String>,
    pub key_figure: bool,
    pub contact: ContactDetails,
    /// Who pointed the coordinator to this person.
    pub referred_by: Option<Id>,
    /// Keep-in-touch rhythm in days ("never rush": contact without a problem to solve).
    pub cadence_days: Option<u32>,
    pub notes: String,
    /// Hidden from lists but kept, because notes, actions or networks refer to it.
    pub archived: bool,
    /// A tombstone (schema 8): the person was erased (`roundtable erase person`). Every
    /// personal field is empty and the name reads "a former partner"; the record stays so
    /// that notes, actions and sessions that refer to it stay consistent.
    pub erased: bool,
    /// Agreement to be listed with contact details in handouts (schema 10).
    pub consent: Option<Consent>,
    /// The step-1 pipeline, oldest move first; empty: not followed (schema 10).
    pub pipeline: Vec<Move>,
    /// The language exports to this person are written in; `None`: the interface's.
    pub language: Option<Language>,
}

impl Stakeholder {
    /// A person with nothing filled in yet (a new form, an imported row).
    pub fn blank() -> Self {
        Stakeholder {
            id: 0,
            meta: Meta::default(),
            kind: ContactKind::Person,
            name: String::new(),
            organisation: String::new(),
            role: String::new(),
            sector: Sector::Other(String::new()),
            formality: Formality::Formal,
            tier: Tier::Practitioner,
            communities: vec![],
            key_figure: false,
            contact: ContactDetails::default(),
            referred_by: None,
            cadence_days: None,
            notes: String::new(),
            archived: false,
            erased: false,
            consent: None,
            pipeline: Vec::new(),
            language: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Meeting,
    Phone,
    Email,
    Visit,
    Event,
    Other,
}

/// Why the coordinator was in touch: keeping the relation up, or a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactPurpose {
    Maintenance,
    Problem,
}

/// One entry of a stakeholder's contact log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactEntry {
    pub id: Id,
    pub meta: Meta,
    pub stakeholder: Id,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    pub channel: Channel,
    pub purpose: ContactPurpose,
    pub summary: String,
}

pub use super::training::Training;
