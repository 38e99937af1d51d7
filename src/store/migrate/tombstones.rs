//! Schema 7 -> 8: the sharing agreement holds its retention periods, and a stakeholder can
//! be a tombstone (erased). Records are read in the shape schema 7 stored them and
//! rewritten.

use super::old;
use crate::domain::sharing::Retention;
use crate::store::{StoreError, WriteTx};

/// Export and backup retention that older agreements get: a month, as
/// [`Retention::DEFAULT`].
pub(super) fn step(tx: &mut WriteTx) -> Result<(), StoreError> {
    let agreements = old(tx, v7::SharingAgreement::into_current)?;
    tx.rewrite(&agreements)?;
    let people = old(tx, v7::Stakeholder::into_current)?;
    tx.rewrite(&people)
}

/// The closed-case period in days (schema 7) as months, rounded up.
fn retention_of(days: u32) -> Retention {
    Retention::from_days(
        days,
        Retention::DEFAULT.export_days,
        Retention::DEFAULT.backup_days,
    )
}

/// The two record types as schemas 2 to 7 stored them.
mod v7 {
    use serde::Deserialize;

    use crate::domain::sharing::{Pap, Tlp};
    use crate::domain::stakeholder::{ContactDetails, ContactKind, Formality, Sector, Tier};
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct SharingAgreement {
        id: Id,
        meta: Meta,
        purpose: String,
        legal_basis: String,
        default_tlp: Tlp,
        default_pap: Pap,
        retention_days: u32,
    }

    impl SharingAgreement {
        pub fn into_current(self) -> crate::domain::sharing::SharingAgreement {
            let SharingAgreement {
                id,
                meta,
                purpose,
                legal_basis,
                default_tlp,
                default_pap,
                retention_days,
            } = self;
            crate::domain::sharing::SharingAgreement {
                id,
                meta,
                purpose,
                legal_basis,
                default_tlp,
                default_pap,
                retention: super::retention_of(retention_days),
            }
        }
    }

    #[derive(Deserialize)]
    pub struct Stakeholder {
        id: Id,
        meta: Meta,
        kind: ContactKind,
        name: String,
        organisation: String,
        role: String,
        sector: Sector,
        formality: Formality,
        tier: Tier,
        communities: Vec<String>,
        key_figure: bool,
        contact: ContactDetails,
        referred_by: Option<Id>,
        cadence_days: Option<u32>,
        notes: String,
        archived: bool,
    }

    impl Stakeholder {
        pub fn into_current(self) -> crate::domain::stakeholder::Stakeholder {
            let Stakeholder {
                id,
                meta,
                kind,
                name,
                organisation,
                role,
                sector,
                formality,
                tier,
                communities,
                key_figure,
                contact,
                referred_by,
                cadence_days,
                notes,
                archived,
            } = self;
            crate::domain::stakeholder::Stakeholder {
                id,
                meta,
                kind,
                name,
                organisation,
                role,
                sector,
                formality,
                tier,
                communities,
                key_figure,
                contact,
                referred_by,
                cadence_days,
                notes,
                archived,
                erased: false,
                consent: None,
                pipeline: Vec::new(),
                language: None,
            }
        }
    }
}

/// A dump of schema 7 or older, as the migration would have it: every agreement's
/// `retention_days` becomes `retention`, every stakeholder gets `erased: false`.
pub fn upgrade_dump(data: &mut serde_json::Value) {
    if let Some(list) = data.get_mut("agreements").and_then(|a| a.as_array_mut()) {
        for a in list.iter_mut().filter_map(|r| r.as_object_mut()) {
            let days = a.remove("retention_days").and_then(|d| d.as_u64());
            if let Some(days) = days.and_then(|d| u32::try_from(d).ok()) {
                let r = retention_of(days);
                a.entry("retention").or_insert_with(|| {
                    serde_json::json!({
                        "closed_case_months": r.closed_case_months,
                        "export_days": r.export_days,
                        "backup_days": r.backup_days,
                    })
                });
            }
        }
    }
    if let Some(list) = data.get_mut("stakeholders").and_then(|a| a.as_array_mut()) {
        for s in list.iter_mut().filter_map(|r| r.as_object_mut()) {
            s.entry("erased").or_insert(serde_json::Value::Bool(false));
        }
    }
}
