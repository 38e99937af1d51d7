//! Schema 9 -> 10: a stakeholder holds their consent to be listed, their step-1 pipeline
//! and their preferred language, all empty for older records. Routed concerns are a new
//! kind whose table is created on first write: nothing to migrate.

use super::old;
use crate::store::{StoreError, WriteTx};

pub(super) fn step(tx: &mut WriteTx) -> Result<(), StoreError> {
    let people = old(tx, v9::Stakeholder::into_current)?;
    tx.rewrite(&people)
}

/// A stakeholder as schemas 8 and 9 stored them.
mod v9 {
    use serde::Deserialize;

    use crate::domain::stakeholder::{ContactDetails, ContactKind, Formality, Sector, Tier};
    use crate::domain::{Id, Meta};

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
        erased: bool,
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
                erased,
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
                erased,
                consent: None,
                pipeline: Vec::new(),
                language: None,
            }
        }
    }
}
