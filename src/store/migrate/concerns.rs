//! Schema 11 -> 12: a routed concern keeps the day its answer (picked up or not) was
//! recorded. Answers recorded before have no day: when is not known.

use super::old;
use crate::store::{StoreError, WriteTx};

pub(super) fn step(tx: &mut WriteTx) -> Result<(), StoreError> {
    let concerns = old(tx, v11::RoutedConcern::into_current)?;
    tx.rewrite(&concerns)
}

/// A routed concern as schema 11 stored it.
mod v11 {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::domain::routing::{ConcernAbout, PickedUp, RoutedTo};
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct RoutedConcern {
        id: Id,
        meta: Meta,
        what: String,
        to: RoutedTo,
        #[serde(with = "crate::domain::time::date")]
        on: NaiveDate,
        picked_up: PickedUp,
        about: ConcernAbout,
    }

    impl RoutedConcern {
        pub fn into_current(self) -> crate::domain::routing::RoutedConcern {
            let RoutedConcern {
                id,
                meta,
                what,
                to,
                on,
                picked_up,
                about,
            } = self;
            crate::domain::routing::RoutedConcern {
                id,
                meta,
                what,
                to,
                on,
                picked_up,
                about,
                picked_up_on: None,
            }
        }
    }
}
