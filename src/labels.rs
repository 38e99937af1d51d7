//! Display names of domain values, from the catalogue. Shared by the views and by the
//! app's search haystacks.

use crate::domain::case::CaseStatus;
use crate::domain::network::NetworkKind;
use crate::domain::sanitize;
use crate::domain::session::SessionStatus;
use crate::domain::stakeholder::{Formality, Sector, Tier};
use crate::i18n::t;

pub fn sector(s: &Sector) -> String {
    match s {
        Sector::Other(text) if !text.is_empty() => sanitize::line(text).into_owned(),
        other => t(other.key()).to_owned(),
    }
}

pub fn formality(f: Formality) -> &'static str {
    match f {
        Formality::Formal => t("formality.formal"),
        Formality::Informal => t("formality.informal"),
    }
}

pub fn tier(tier: Tier) -> &'static str {
    match tier {
        Tier::Practitioner => t("tier.practitioner"),
        Tier::Policy => t("tier.policy"),
    }
}

pub fn network_kind(k: &NetworkKind) -> &'static str {
    match k {
        NetworkKind::Sector => t("network_kind.sector"),
        NetworkKind::Area => t("network_kind.area"),
        NetworkKind::Theme => t("network_kind.theme"),
        NetworkKind::Community => t("network_kind.community"),
    }
}

pub fn session_status(s: SessionStatus) -> &'static str {
    match s {
        SessionStatus::Planned => t("session_status.planned"),
        SessionStatus::InProgress => t("session_status.in_progress"),
        SessionStatus::Closed => t("session_status.closed"),
    }
}

pub fn case_status(s: CaseStatus) -> &'static str {
    t(s.key())
}
